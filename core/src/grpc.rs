//! gRPC status codes: [`GrpcStatus`], the 17 codes of `google.rpc.Code`, and the open
//! [`GrpcCode`], which holds any `i32` a `grpc-status` can carry; with the two HTTP mappings of
//! their sources ([`GrpcStatus::http_status`], [`GrpcStatus::from_http_status`]). With the
//! feature `grpc`.
//!
//! Where tonic differs: its `Code` (0.14) folds every value it does not know into `Unknown`, so
//! the number is lost; [`GrpcCode`] keeps it. Its `description()` strings are tonic's own short
//! forms, not the proto's comments. It has no gRPC to HTTP mapping.
//!
//! ```
//! use status_registry::grpc::{GrpcCode, GrpcStatus};
//! use status_registry::http::StatusCode;
//!
//! let code = GrpcCode::from_i32(14);
//! assert_eq!(code.known(), Some(GrpcStatus::UNAVAILABLE));
//! assert_eq!(code.to_string(), "14 Unavailable");
//! assert_eq!(GrpcCode::from_i32(42).to_string(), "42 (unregistered)");
//! assert_eq!(GrpcStatus::CANCELLED.http_status().code(), 499);
//! assert_eq!(GrpcStatus::from_http_status(StatusCode::NOT_FOUND), GrpcStatus::UNIMPLEMENTED);
//! ```

mod mapping;

// As in `http.rs`: the declaration expanded by the macro with the `macros` feature, else the
// expansion kept as source.
#[cfg(feature = "macros")]
use crate::status_registry;
#[cfg(feature = "macros")]
include!("grpc/declaration.rs");
#[cfg(not(feature = "macros"))]
include!("grpc/generated.rs");

impl GrpcCode {
    /// The gRPC code `code`: every `i32` is one.
    #[inline]
    pub const fn from_i32(code: i32) -> Self {
        Self(code)
    }
}
