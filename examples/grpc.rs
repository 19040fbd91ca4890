//! A gateway in front of a gRPC service: it answers each `grpc-status` it gets with the HTTP
//! status `google/rpc/code.proto` maps the code to, keeps a code it does not know as it is, and
//! reads the code of an upstream response that came without one from its HTTP status.
//!
//! ```text
//! cargo run --example grpc -- 5 14 UNAUTHENTICATED 42 -3 nonsense
//! ```

use status_registry::grpc::{GrpcCode, GrpcStatus};
use status_registry::http::{HttpStatus, StatusCode};

/// The HTTP status a gateway answers a `grpc-status` with: a registered code's mapping, and for
/// any other code UNKNOWN's (500), as gRPC says an unknown code is taken.
fn gateway_status(code: GrpcCode) -> StatusCode {
    code.known().unwrap_or(GrpcStatus::UNKNOWN).http_status()
}

fn describe(input: &str) -> String {
    match input.parse::<GrpcCode>() {
        Ok(code) => format!("{code} -> HTTP {}", gateway_status(code)),
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
    // An upstream that answered 503 without a `grpc-status`.
    let inferred = GrpcStatus::from_http_status(HttpStatus::SERVICE_UNAVAILABLE.into());
    println!("HTTP 503 without grpc-status -> {inferred}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[rustfmt::skip] // A table: one case per line.
    fn answers_every_code() {
        assert_eq!(describe("5"), "5 Not Found -> HTTP 404 Not Found");
        assert_eq!(describe("CANCELLED"), "1 Cancelled -> HTTP 499 (unregistered)");
        assert_eq!(describe("42"), "42 (unregistered) -> HTTP 500 Internal Server Error");
        assert_eq!(describe("-3"), "-3 (unregistered) -> HTTP 500 Internal Server Error");
        assert!(describe("nonsense").starts_with("`nonsense`: "), "{}", describe("nonsense"));
    }

    #[test]
    fn only_ok_is_a_success() {
        for status in GrpcStatus::iter() {
            let http = gateway_status(status.into());
            assert_eq!(status == GrpcStatus::OK, http.is_success(), "{status:?}");
        }
    }
}
