//! A private registry that extends the standard one: every `HttpStatus` entry, plus the codes of
//! an AWS Application Load Balancer, which `status-registry` does not ship; beside the nginx and
//! Cloudflare codes it does ship (the `unofficial` feature).
//!
//! ```text
//! cargo run --example edge_proxy -- 200 460 499 522 561 598
//! ```
//!
//! A log pipeline keeps every upstream code as it came (`EdgeCode`, an open code type) and
//! describes it: an entry of the standard set, of the load balancer, of nginx or Cloudflare, or
//! a code that only its class tells something about.

use status_registry::unofficial::{CloudflareStatus, NginxStatus};
use status_registry::{status_registry, CodeType, HttpStatus, Registry};

status_registry! {
    /// Every standard HTTP status, plus the codes an AWS Application Load Balancer answers with
    /// on its own (its troubleshooting guide names them). It has the classes of [`HttpStatus`].
    pub enum EdgeStatus extends HttpStatus {
        /// Any code an upstream can send, 100 to 999, registered or not.
        open EdgeCode in 100..=999;

        460 CLIENT_CLOSED_CONNECTION "Client Closed Connection"
            "The client closed the connection before the idle timeout elapsed"
            ["AWS, Application Load Balancer troubleshooting: HTTP 460"];
        463 TOO_MANY_FORWARDED_ADDRESSES "Too Many Forwarded Addresses"
            "The X-Forwarded-For header held more than 30 IP addresses"
            ["AWS, Application Load Balancer troubleshooting: HTTP 463"];
        464 INCOMPATIBLE_PROTOCOL "Incompatible Protocol"
            "The request's protocol does not match the target group's protocol version"
            ["AWS, Application Load Balancer troubleshooting: HTTP 464"];
        561 UNAUTHORIZED_BY_IDP "Unauthorized"
            "The identity provider returned an error when authenticating the user"
            ["AWS, Application Load Balancer troubleshooting: HTTP 561"];
        alias IDP_ERROR = UNAUTHORIZED_BY_IDP;
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
    let number = code.code();
    if let Some(standard) = HttpStatus::from_code(number) {
        return log_line(standard);
    }
    if let Some(status) = code.known() {
        return format!("{} ({})", log_line(status), status.description());
    }
    if let Some(nginx) = NginxStatus::from_code(number) {
        return log_line(nginx);
    }
    if let Some(cloudflare) = CloudflareStatus::from_code(number) {
        return log_line(cloudflare);
    }
    match code.class() {
        Some(class) => format!("{code}, class {class}"),
        None => format!("{code}, no class"),
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
        vec![200, 404, 460, 499, 502, 522, 561, 598, 999]
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
        assert_eq!(EdgeStatus::COUNT, HttpStatus::COUNT + 4);
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
            HttpStatus::try_from(EdgeStatus::CLIENT_CLOSED_CONNECTION)
                .unwrap_err()
                .to_string(),
            "460 is not a registered HttpStatus code"
        );
    }

    #[test]
    fn uses_the_standard_classes() {
        let class: StatusClass = EdgeStatus::CLIENT_CLOSED_CONNECTION.class();
        assert_eq!(class, StatusClass::CLIENT_ERROR);
        assert!(EdgeStatus::UNAUTHORIZED_BY_IDP.is_server_error());
        assert!(EdgeStatus::OK.is_success());
        assert_eq!(
            EdgeCode::new(599).unwrap().class(),
            Some(StatusClass::SERVER_ERROR)
        );
    }

    #[test]
    #[rustfmt::skip] // A table: one case per line.
    fn describes_standard_edge_vendor_and_unregistered_codes() {
        assert_eq!(describe(502), "502 Bad Gateway [HttpStatus: BAD_GATEWAY]");
        assert_eq!(describe(463), "463 Too Many Forwarded Addresses [EdgeStatus: TOO_MANY_FORWARDED_ADDRESSES] (The X-Forwarded-For header held more than 30 IP addresses)");
        assert_eq!(describe(499), "499 Client Closed Request [NginxStatus: CLIENT_CLOSED_REQUEST]");
        assert_eq!(describe(522), "522 Connection Timed Out [CloudflareStatus: CONNECTION_TIMED_OUT]");
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
        assert_eq!(EdgeCode::INCOMPATIBLE_PROTOCOL, 464u16);
        assert_eq!(EdgeCode::IDP_ERROR, EdgeCode::UNAUTHORIZED_BY_IDP);
        assert_eq!(<EdgeCode as CodeType>::TYPE_NAME, "EdgeCode");
    }
}
