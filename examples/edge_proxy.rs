//! A private registry beside the standard one: the codes an edge proxy sees that are not in
//! `HttpStatus`, nginx's 444 and 494-499 and Cloudflare's 520-530, declared with the macro.
//!
//! ```text
//! cargo run --example edge_proxy -- 200 444 499 522 599
//! ```
//!
//! A log pipeline classifies every upstream code: a standard status first, then the proxy's own,
//! then the class the code falls in.

use status_registry::{status_registry, HttpStatus, Registry, StatusClass};

status_registry! {
    /// Non-standard codes returned by nginx and Cloudflare in front of an origin server.
    pub enum EdgeStatus: u16 {
        classes EdgeClass {
            /// Codes nginx uses for requests it refuses or could not answer.
            400..=499 CLIENT_ERROR "Client Error";
            /// Codes Cloudflare uses when the origin server misbehaves.
            500..=599 SERVER_ERROR "Server Error";
        }

        444 NO_RESPONSE "No Response"
            "The server returned no information and closed the connection"
            ["nginx, ngx_http_request.h"];
        494 REQUEST_HEADER_TOO_LARGE "Request Header Too Large"
            "The client sent too large a request or too long a header line"
            ["nginx, ngx_http_request.h"];
        495 SSL_CERTIFICATE_ERROR "SSL Certificate Error"
            "The client certificate failed verification"
            ["nginx, ngx_http_request.h"];
        496 SSL_CERTIFICATE_REQUIRED "SSL Certificate Required"
            "The client did not present a required certificate"
            ["nginx, ngx_http_request.h"];
        497 HTTP_TO_HTTPS "HTTP Request Sent to HTTPS Port"
            "A plain HTTP request was sent to the HTTPS port"
            ["nginx, ngx_http_request.h"];
        499 CLIENT_CLOSED_REQUEST "Client Closed Request"
            "The client closed the connection before the server answered"
            ["nginx, ngx_http_request.h"];
        alias NGINX_CLIENT_CLOSED = CLIENT_CLOSED_REQUEST;

        520 WEB_SERVER_UNKNOWN_ERROR "Web Server Returned an Unknown Error"
            "The origin returned an empty, unknown or unexpected response"
            ["Cloudflare, 5xx errors"];
        521 WEB_SERVER_IS_DOWN "Web Server Is Down"
            "The origin refused the connection"
            ["Cloudflare, 5xx errors"];
        522 CONNECTION_TIMED_OUT "Connection Timed Out"
            "The TCP handshake with the origin timed out"
            ["Cloudflare, 5xx errors"];
        523 ORIGIN_IS_UNREACHABLE "Origin Is Unreachable"
            "No route to the origin"
            ["Cloudflare, 5xx errors"];
        524 A_TIMEOUT_OCCURRED "A Timeout Occurred"
            "The origin accepted the connection but did not answer in time"
            ["Cloudflare, 5xx errors"];
        525 SSL_HANDSHAKE_FAILED "SSL Handshake Failed"
            "The TLS handshake with the origin failed"
            ["Cloudflare, 5xx errors"];
        526 INVALID_SSL_CERTIFICATE "Invalid SSL Certificate"
            "The origin's certificate could not be validated"
            ["Cloudflare, 5xx errors"];
        /// Railgun has been retired; the code is kept so that old logs still read.
        #[deprecated = "Cloudflare retired Railgun"]
        527 RAILGUN_ERROR "Railgun Error"
            "The connection between Cloudflare and the origin's Railgun server failed"
            ["Cloudflare, 5xx errors"];
        530 ORIGIN_ERROR "Origin Error"
            "Returned together with a Cloudflare 1xxx error"
            ["Cloudflare, 5xx errors"];
    }
}

/// What a log line says about an upstream code.
#[derive(Debug, PartialEq, Eq)]
enum Upstream {
    Standard(HttpStatus),
    Edge(EdgeStatus),
    Unregistered(u16, Option<StatusClass>),
}

fn classify(code: u16) -> Upstream {
    if let Some(status) = HttpStatus::from_code(code) {
        Upstream::Standard(status)
    } else if let Some(status) = EdgeStatus::from_code(code) {
        Upstream::Edge(status)
    } else {
        Upstream::Unregistered(code, StatusClass::of(code))
    }
}

/// One generic line for a status of any registry.
fn log_line<R: Registry>(status: R) -> String {
    format!("{status} [{}: {}]", R::TYPE_NAME, status.name())
}

fn describe(code: u16) -> String {
    match classify(code) {
        Upstream::Standard(status) => log_line(status),
        Upstream::Edge(status) => format!("{} ({})", log_line(status), status.description()),
        Upstream::Unregistered(code, Some(class)) => format!("{code} unregistered {class}"),
        Upstream::Unregistered(code, None) => format!("{code} unregistered, no class"),
    }
}

fn main() {
    let codes: Vec<u16> = std::env::args()
        .skip(1)
        .filter_map(|arg| match arg.parse() {
            Ok(code) => Some(code),
            Err(error) => {
                eprintln!("skipping `{arg}`: {error}");
                None
            }
        })
        .collect();
    let codes = if codes.is_empty() {
        vec![200, 404, 444, 499, 502, 522, 530, 598, 999]
    } else {
        codes
    };
    for code in codes {
        println!("{}", describe(code));
    }
    println!(
        "\n{} has {} entries beside the {} of {}.",
        EdgeStatus::TYPE_NAME,
        EdgeStatus::COUNT,
        HttpStatus::COUNT,
        HttpStatus::TYPE_NAME
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_codes_come_first() {
        assert_eq!(classify(404), Upstream::Standard(HttpStatus::NOT_FOUND));
        assert_eq!(describe(502), "502 Bad Gateway [HttpStatus: BAD_GATEWAY]");
    }

    #[test]
    fn edge_codes_are_found_in_the_private_registry() {
        assert_eq!(
            classify(499),
            Upstream::Edge(EdgeStatus::CLIENT_CLOSED_REQUEST)
        );
        assert_eq!(
            describe(522),
            "522 Connection Timed Out [EdgeStatus: CONNECTION_TIMED_OUT] (The TCP handshake with the origin timed out)"
        );
        assert_eq!(
            EdgeStatus::from_name("NGINX_CLIENT_CLOSED"),
            Some(EdgeStatus::CLIENT_CLOSED_REQUEST)
        );
        assert!(EdgeStatus::NO_RESPONSE.is_client_error());
        assert!(EdgeStatus::ORIGIN_ERROR.is_server_error());
        assert_eq!(EdgeStatus::ORIGIN_ERROR.class(), EdgeClass::SERVER_ERROR);
    }

    #[test]
    fn other_codes_keep_their_number_and_class() {
        assert_eq!(
            classify(598),
            Upstream::Unregistered(598, Some(StatusClass::SERVER_ERROR))
        );
        assert_eq!(describe(999), "999 unregistered, no class");
    }

    #[test]
    fn the_registries_do_not_overlap() {
        for status in EdgeStatus::iter() {
            assert_eq!(HttpStatus::from_code(status.code()), None, "{status:?}");
        }
    }
}
