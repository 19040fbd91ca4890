//! WebSocket close codes (RFC 6455, section 7.4, and IANA's registry): the named codes
//! 1000-1015, the ranges the RFC sets aside, and an open type for any code a peer may send.
//!
//! ```text
//! cargo run --example websocket -- 1000 1006 3001 4404 999
//! ```

use status_registry::status_registry;

status_registry! {
    /// The close codes IANA's WebSocket Close Code Number Registry names.
    pub enum CloseStatus {
        /// RFC 6455, section 7.4.2: who may use which codes.
        classes CloseRange {
            1000..=2999 PROTOCOL "Reserved for this protocol and its extensions";
            3000..=3999 REGISTERED "Registered with IANA for libraries, frameworks and applications";
            4000..=4999 PRIVATE_USE "Private use";
        }

        /// Any close code a peer may send, named or not.
        open CloseCode in 1000..=4999;

        1000 NORMAL_CLOSURE "Normal Closure" "The purpose of the connection has been fulfilled" ["RFC6455"];
        1001 GOING_AWAY "Going Away" "The endpoint is going away, such as a server shutting down" ["RFC6455"];
        1002 PROTOCOL_ERROR "Protocol Error" "The endpoint received a frame that breaks the protocol" ["RFC6455"];
        1003 UNSUPPORTED_DATA "Unsupported Data" "The endpoint cannot accept this type of data" ["RFC6455"];
        1004 RESERVED "Reserved" "Reserved; its meaning may be defined in the future" ["RFC6455"];
        1005 NO_STATUS_RECEIVED "No Status Rcvd" "No status code was present; never sent in a Close frame" ["RFC6455"];
        1006 ABNORMAL_CLOSURE "Abnormal Closure" "The connection closed without a Close frame; never sent in one" ["RFC6455"];
        1007 INVALID_FRAME_PAYLOAD_DATA "Invalid frame payload data" "The message's data does not match its type" ["RFC6455"];
        1008 POLICY_VIOLATION "Policy Violation" "The message violates the endpoint's policy" ["RFC6455"];
        1009 MESSAGE_TOO_BIG "Message Too Big" "The message is too big to process" ["RFC6455"];
        1010 MANDATORY_EXTENSION "Mandatory Ext." "The server did not negotiate an extension the client requires" ["RFC6455"];
        1011 INTERNAL_ERROR "Internal Error" "The server met a condition that prevented it from fulfilling the request" ["RFC6455"];
        1012 SERVICE_RESTART "Service Restart" "The service is restarting" ["Alexey Melnikov"];
        1013 TRY_AGAIN_LATER "Try Again Later" "The service is overloaded; try again later" ["Alexey Melnikov"];
        1014 BAD_GATEWAY "Bad Gateway" "A gateway received an invalid response from upstream" ["Alexey Melnikov"];
        1015 TLS_HANDSHAKE "TLS handshake" "The TLS handshake failed; never sent in a Close frame" ["RFC6455"];
        alias INTERNAL_SERVER_ERROR = INTERNAL_ERROR;
    }
}

/// The codes an endpoint must never put in a Close frame (RFC 6455, section 7.4.1).
const NEVER_SENT: [CloseStatus; 3] = [
    CloseStatus::NO_STATUS_RECEIVED,
    CloseStatus::ABNORMAL_CLOSURE,
    CloseStatus::TLS_HANDSHAKE,
];

/// Whether an endpoint may send `code` in a Close frame: a named code other than the reserved
/// and never-sent ones, or any code of the registered and private-use ranges.
fn may_send(code: CloseCode) -> bool {
    match code.known() {
        Some(status) => status != CloseStatus::RESERVED && !NEVER_SENT.contains(&status),
        None => code.is_registered() || code.is_private_use(),
    }
}

fn describe(code: u16) -> String {
    let Some(close) = CloseCode::new(code) else {
        return format!("{code} is not a close code (they are 1000..=4999)");
    };
    let range = close.class().map_or("", |range| range.phrase());
    let sendable = if may_send(close) {
        "may be sent"
    } else {
        "must not be sent"
    };
    format!("{close}: {range}; {sendable}")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let codes: Vec<u16> = if args.is_empty() {
        vec![1000, 1006, 1012, 2000, 3001, 4404, 999]
    } else {
        args.iter().filter_map(|arg| arg.parse().ok()).collect()
    };
    for code in codes {
        println!("{}", describe(code));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_codes_of_rfc_6455() {
        assert_eq!(CloseStatus::COUNT, 16);
        let codes: Vec<u16> = CloseStatus::iter().map(CloseStatus::code).collect();
        assert_eq!(codes, (1000..=1015).collect::<Vec<u16>>());
        assert_eq!(
            CloseStatus::from_name("INTERNAL_SERVER_ERROR"),
            Some(CloseStatus::INTERNAL_ERROR)
        );
        assert!(CloseStatus::iter().all(CloseStatus::is_protocol));
    }

    #[test]
    fn tells_which_codes_may_be_sent() {
        assert_eq!(
            describe(1000),
            "1000 Normal Closure: Reserved for this protocol and its extensions; may be sent"
        );
        assert_eq!(describe(1006), "1006 Abnormal Closure: Reserved for this protocol and its extensions; must not be sent");
        assert_eq!(
            describe(2000),
            "2000 (unregistered): Reserved for this protocol and its extensions; must not be sent"
        );
        assert_eq!(describe(3001), "3001 (unregistered): Registered with IANA for libraries, frameworks and applications; may be sent");
        assert_eq!(
            describe(4404),
            "4404 (unregistered): Private use; may be sent"
        );
        assert_eq!(
            describe(999),
            "999 is not a close code (they are 1000..=4999)"
        );
        let sendable = (1000..=4999)
            .filter_map(CloseCode::new)
            .filter(|code| may_send(*code))
            .count();
        assert_eq!(sendable, 12 + 2000);
    }

    #[test]
    fn every_close_code_round_trips() {
        for code in 1000..=4999u16 {
            let close = CloseCode::new(code).unwrap();
            assert_eq!(close.to_string().parse::<CloseCode>(), Ok(close));
            assert_eq!(close.class().map(|range| range.contains(code)), Some(true));
        }
        assert_eq!(CloseCode::new(5000), None);
        assert_eq!(CloseCode::GOING_AWAY.known(), Some(CloseStatus::GOING_AWAY));
    }
}
