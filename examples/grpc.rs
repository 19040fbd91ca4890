//! gRPC status codes: a registry with a signed repr (`i32`, as on the wire), no classes, and
//! the HTTP status a gateway answers with for each, held in `StatusCode` since one of them
//! (499) is not in `HttpStatus`.
//!
//! ```text
//! cargo run --example grpc -- 5 14 UNAUTHENTICATED 42
//! ```

use status_registry::http::StatusCode;
use status_registry::status_registry;

status_registry! {
    /// The canonical status codes of gRPC.
    pub enum GrpcStatus: i32 {
        0 OK "OK" "Not an error; returned on success" ["grpc/doc/statuscodes.md"];
        1 CANCELLED "Cancelled" "The operation was cancelled, typically by the caller" ["grpc/doc/statuscodes.md"];
        2 UNKNOWN "Unknown" "Unknown error" ["grpc/doc/statuscodes.md"];
        3 INVALID_ARGUMENT "Invalid Argument" "The client specified an invalid argument" ["grpc/doc/statuscodes.md"];
        4 DEADLINE_EXCEEDED "Deadline Exceeded" "The deadline expired before the operation could complete" ["grpc/doc/statuscodes.md"];
        5 NOT_FOUND "Not Found" "Some requested entity was not found" ["grpc/doc/statuscodes.md"];
        6 ALREADY_EXISTS "Already Exists" "The entity that a client attempted to create already exists" ["grpc/doc/statuscodes.md"];
        7 PERMISSION_DENIED "Permission Denied" "The caller does not have permission to execute the operation" ["grpc/doc/statuscodes.md"];
        8 RESOURCE_EXHAUSTED "Resource Exhausted" "Some resource has been exhausted" ["grpc/doc/statuscodes.md"];
        9 FAILED_PRECONDITION "Failed Precondition" "The system is not in a state required for the operation" ["grpc/doc/statuscodes.md"];
        10 ABORTED "Aborted" "The operation was aborted, typically by a concurrency conflict" ["grpc/doc/statuscodes.md"];
        11 OUT_OF_RANGE "Out Of Range" "The operation was attempted past the valid range" ["grpc/doc/statuscodes.md"];
        12 UNIMPLEMENTED "Unimplemented" "The operation is not implemented or supported" ["grpc/doc/statuscodes.md"];
        13 INTERNAL "Internal" "Internal error: an invariant of the system is broken" ["grpc/doc/statuscodes.md"];
        14 UNAVAILABLE "Unavailable" "The service is currently unavailable" ["grpc/doc/statuscodes.md"];
        15 DATA_LOSS "Data Loss" "Unrecoverable data loss or corruption" ["grpc/doc/statuscodes.md"];
        16 UNAUTHENTICATED "Unauthenticated" "The request lacks valid authentication credentials" ["grpc/doc/statuscodes.md"];
    }
}

/// The HTTP status a gateway answers with for a gRPC status (google.rpc.Code's mapping).
const fn http_status(status: GrpcStatus) -> StatusCode {
    match status {
        GrpcStatus::OK => StatusCode::OK,
        GrpcStatus::CANCELLED => match StatusCode::new(499) {
            Some(client_closed_request) => client_closed_request,
            None => StatusCode::BAD_REQUEST,
        },
        GrpcStatus::INVALID_ARGUMENT
        | GrpcStatus::FAILED_PRECONDITION
        | GrpcStatus::OUT_OF_RANGE => StatusCode::BAD_REQUEST,
        GrpcStatus::DEADLINE_EXCEEDED => StatusCode::GATEWAY_TIMEOUT,
        GrpcStatus::NOT_FOUND => StatusCode::NOT_FOUND,
        GrpcStatus::ALREADY_EXISTS | GrpcStatus::ABORTED => StatusCode::CONFLICT,
        GrpcStatus::PERMISSION_DENIED => StatusCode::FORBIDDEN,
        GrpcStatus::RESOURCE_EXHAUSTED => StatusCode::TOO_MANY_REQUESTS,
        GrpcStatus::UNIMPLEMENTED => StatusCode::NOT_IMPLEMENTED,
        GrpcStatus::UNAVAILABLE => StatusCode::SERVICE_UNAVAILABLE,
        GrpcStatus::UNAUTHENTICATED => StatusCode::UNAUTHORIZED,
        GrpcStatus::UNKNOWN | GrpcStatus::INTERNAL | GrpcStatus::DATA_LOSS => {
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

fn describe(input: &str) -> String {
    match input.parse::<GrpcStatus>() {
        Ok(status) => format!(
            "{status} ({}) -> HTTP {}",
            status.name(),
            http_status(status)
        ),
        Err(error) => format!("`{input}`: {error}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs = if args.is_empty() {
        ["0", "1", "5", "14", "UNAUTHENTICATED", "42"]
            .map(String::from)
            .to_vec()
    } else {
        args
    };
    for input in inputs {
        println!("{}", describe(&input));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seventeen_codes() {
        assert_eq!(GrpcStatus::COUNT, 17);
        let codes: Vec<i32> = GrpcStatus::iter().map(GrpcStatus::code).collect();
        assert_eq!(codes, (0..=16).collect::<Vec<i32>>());
        assert_eq!(GrpcStatus::from_code(-1), None);
        assert_eq!(
            GrpcStatus::try_from(17).unwrap_err().to_string(),
            "17 is not a registered GrpcStatus code"
        );
        assert_eq!(
            "-3".parse::<GrpcStatus>().unwrap_err().to_string(),
            "-3 is not a registered GrpcStatus code"
        );
    }

    #[test]
    fn maps_every_code_to_http() {
        assert_eq!(
            describe("5"),
            "5 Not Found (NOT_FOUND) -> HTTP 404 Not Found"
        );
        assert_eq!(
            describe("CANCELLED"),
            "1 Cancelled (CANCELLED) -> HTTP 499 (unregistered)"
        );
        assert_eq!(
            describe("42"),
            "`42`: 42 is not a registered GrpcStatus code"
        );
        for status in GrpcStatus::iter() {
            let http = http_status(status);
            assert_eq!(status == GrpcStatus::OK, http.is_success(), "{status:?}");
            assert!(http.code() >= 200 && http.code() < 600, "{status:?}");
        }
    }
}
