//! A private registry that extends the standard one: every `HttpStatus` entry, plus the codes
//! an edge proxy sees that are not standard, nginx's 444 and 494-499 and Cloudflare's 520-530.
//!
//! ```text
//! cargo run --example edge_proxy -- 200 444 499 522 599
//! ```
//!
//! A log pipeline keeps every upstream code as it came (`EdgeCode`, an open code type) and
//! describes it: an entry of the standard set, one of the proxy's own, or a code that only
//! its class tells something about.

use status_registry::{status_registry, CodeType, HttpStatus, Registry};

status_registry! {
    /// Every standard HTTP status, plus the codes nginx and Cloudflare answer with in front
    /// of an origin server. It has the classes of [`HttpStatus`].
    pub enum EdgeStatus extends HttpStatus {
        /// Any code an upstream can send, 100 to 999, registered or not.
        open EdgeCode in 100..=999;

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

/// One line for a status of any registry.
fn log_line<R: Registry>(status: R) -> String {
    format!("{status} [{}: {}]", R::TYPE_NAME, status.name())
}

/// What a log line says about an upstream code.
fn describe(code: u16) -> String {
    let Some(code) = EdgeCode::new(code) else {
        return format!("{code} is not an HTTP status code");
    };
    match code.known() {
        Some(status) => match HttpStatus::try_from(status) {
            Ok(standard) => log_line(standard),
            Err(_) => format!("{} ({})", log_line(status), status.description()),
        },
        None => match code.class() {
            Some(class) => format!("{code}, class {class}"),
            None => format!("{code}, no class"),
        },
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
        "\n{} has {} entries: the {} of {} and {} of its own.",
        EdgeStatus::TYPE_NAME,
        EdgeStatus::COUNT,
        HttpStatus::COUNT,
        HttpStatus::TYPE_NAME,
        EdgeStatus::COUNT - HttpStatus::COUNT
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use status_registry::StatusClass;

    #[test]
    fn has_every_standard_entry_first_then_its_own() {
        assert_eq!(EdgeStatus::COUNT, HttpStatus::COUNT + 15);
        for (edge, standard) in EdgeStatus::iter().zip(HttpStatus::iter()) {
            assert_eq!(edge, EdgeStatus::from(standard));
            assert_eq!(edge, standard);
            assert_eq!(
                (edge.code(), edge.name(), edge.phrase()),
                (standard.code(), standard.name(), standard.phrase())
            );
            assert_eq!(edge.reference(), standard.reference());
            assert_eq!(HttpStatus::try_from(edge), Ok(standard));
        }
        assert_eq!(
            EdgeStatus::from_name("REQUEST_ENTITY_TOO_LARGE"),
            Some(EdgeStatus::CONTENT_TOO_LARGE)
        );
        assert_eq!(
            HttpStatus::try_from(EdgeStatus::CLIENT_CLOSED_REQUEST)
                .unwrap_err()
                .to_string(),
            "499 is not a registered HttpStatus code"
        );
    }

    #[test]
    fn uses_the_standard_classes() {
        let class: StatusClass = EdgeStatus::NO_RESPONSE.class();
        assert_eq!(class, StatusClass::CLIENT_ERROR);
        assert!(EdgeStatus::ORIGIN_ERROR.is_server_error());
        assert!(EdgeStatus::OK.is_success());
        assert_eq!(
            EdgeCode::new(599).unwrap().class(),
            Some(StatusClass::SERVER_ERROR)
        );
    }

    #[test]
    fn describes_standard_edge_and_unregistered_codes() {
        assert_eq!(describe(502), "502 Bad Gateway [HttpStatus: BAD_GATEWAY]");
        assert_eq!(
            describe(522),
            "522 Connection Timed Out [EdgeStatus: CONNECTION_TIMED_OUT] (The TCP handshake with the origin timed out)"
        );
        assert_eq!(describe(598), "598 (unregistered), class Server Error");
        assert_eq!(describe(999), "999 (unregistered), no class");
        assert_eq!(describe(42), "42 is not an HTTP status code");
    }

    #[test]
    fn the_open_type_keeps_every_code() {
        for code in 100..=999u16 {
            let edge = EdgeCode::new(code).unwrap();
            assert_eq!(edge.code(), code);
            assert_eq!(edge.to_string().parse::<EdgeCode>(), Ok(edge));
            assert_eq!(
                edge.known().map(EdgeStatus::code),
                EdgeStatus::from_code(code).map(EdgeStatus::code)
            );
        }
        assert_eq!(EdgeCode::CLIENT_CLOSED_REQUEST, 499u16);
        assert_eq!(
            EdgeCode::NGINX_CLIENT_CLOSED,
            EdgeCode::CLIENT_CLOSED_REQUEST
        );
        assert_eq!(<EdgeCode as CodeType>::TYPE_NAME, "EdgeCode");
    }
}
