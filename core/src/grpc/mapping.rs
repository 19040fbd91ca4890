//! The two HTTP mappings of gRPC codes, each byte for byte its source's, and asymmetric as they
//! are: a code's HTTP status is not the status whose code it is.

use super::GrpcStatus;
use crate::http::StatusCode;

/// nginx's 499 Client Closed Request, which `code.proto` maps CANCELLED to. `HttpStatus` has no
/// such entry; the open `StatusCode` holds it.
const CLIENT_CLOSED_REQUEST: StatusCode = match StatusCode::new(499) {
    Some(code) => code,
    // 499 is in `StatusCode`'s window, `100..=999`: this arm is never taken.
    None => StatusCode::INTERNAL_SERVER_ERROR,
};

impl GrpcStatus {
    /// The HTTP status of this code: the "HTTP Mapping" of its comment in googleapis
    /// `google/rpc/code.proto`. CANCELLED maps to 499 Client Closed Request, nginx's, which is
    /// why this is the open [`StatusCode`] and not an `HttpStatus`.
    ///
    /// ```
    /// use status_registry::grpc::GrpcStatus;
    /// use status_registry::http::{HttpStatus, StatusCode};
    ///
    /// assert_eq!(GrpcStatus::NOT_FOUND.http_status(), StatusCode::NOT_FOUND);
    /// assert_eq!(GrpcStatus::RESOURCE_EXHAUSTED.http_status(), HttpStatus::TOO_MANY_REQUESTS);
    /// assert_eq!(GrpcStatus::CANCELLED.http_status().known(), None);
    /// ```
    #[inline]
    pub const fn http_status(self) -> StatusCode {
        match self {
            Self::OK => StatusCode::OK,
            Self::CANCELLED => CLIENT_CLOSED_REQUEST,
            Self::UNKNOWN | Self::INTERNAL | Self::DATA_LOSS => StatusCode::INTERNAL_SERVER_ERROR,
            Self::INVALID_ARGUMENT | Self::FAILED_PRECONDITION | Self::OUT_OF_RANGE => {
                StatusCode::BAD_REQUEST
            }
            Self::DEADLINE_EXCEEDED => StatusCode::GATEWAY_TIMEOUT,
            Self::NOT_FOUND => StatusCode::NOT_FOUND,
            Self::ALREADY_EXISTS | Self::ABORTED => StatusCode::CONFLICT,
            Self::PERMISSION_DENIED => StatusCode::FORBIDDEN,
            Self::RESOURCE_EXHAUSTED => StatusCode::TOO_MANY_REQUESTS,
            Self::UNIMPLEMENTED => StatusCode::NOT_IMPLEMENTED,
            Self::UNAVAILABLE => StatusCode::SERVICE_UNAVAILABLE,
            Self::UNAUTHENTICATED => StatusCode::UNAUTHORIZED,
        }
    }

    /// The code of an HTTP response that carries no `grpc-status`: grpc/grpc's
    /// `doc/http-grpc-status-mapping.md`, which is "to be used _only_ for clients that received
    /// a response that did not include grpc-status". Every status it does not list, 200
    /// included ("there should be a grpc-status in case of truly OK response"), is UNKNOWN.
    /// (The same document says that a 1xx response "should have the entire header skipped":
    /// a client that does so never asks.)
    ///
    /// ```
    /// use status_registry::grpc::GrpcStatus;
    /// use status_registry::http::StatusCode;
    ///
    /// assert_eq!(GrpcStatus::from_http_status(StatusCode::BAD_REQUEST), GrpcStatus::INTERNAL);
    /// assert_eq!(GrpcStatus::from_http_status(StatusCode::BAD_GATEWAY), GrpcStatus::UNAVAILABLE);
    /// assert_eq!(GrpcStatus::from_http_status(StatusCode::OK), GrpcStatus::UNKNOWN);
    /// ```
    #[inline]
    pub const fn from_http_status(status: StatusCode) -> Self {
        match status.code() {
            400 => Self::INTERNAL,
            401 => Self::UNAUTHENTICATED,
            403 => Self::PERMISSION_DENIED,
            404 => Self::UNIMPLEMENTED,
            429 | 502 | 503 | 504 => Self::UNAVAILABLE,
            _ => Self::UNKNOWN,
        }
    }
}
