//! A chat server's own close codes, in the range RFC 6455 leaves to private use (4000-4999),
//! declared as a registry of their own, beside the standard codes `status-registry` ships: what
//! the server makes of the code of every Close frame it receives.
//!
//! ```text
//! cargo run --example websocket -- 1000 1014 1005 3008 4001 4999 999
//! ```

use status_registry::status_registry;
use status_registry::websocket::CloseCode;

status_registry! {
    /// The close codes this chat server sends, all in the private-use range.
    pub enum ChatClose {
        4000 KICKED "Kicked" "A moderator removed the user from the room";
        4001 BANNED "Banned" "The user is banned from the room";
        4401 TOKEN_EXPIRED "Token Expired" "The session token expired: sign in again";
        4429 FLOODING "Flooding" "The user sent messages too fast";
    }
}

/// What the server makes of a received close code: the chat's own, a standard one, or neither;
/// and whether the frame that carried it broke the protocol.
fn describe(code: u16) -> String {
    let close = CloseCode::from_u16(code);
    let meaning = match (ChatClose::from_code(code), close.known()) {
        (Some(chat), _) => format!("{chat} (ours)"),
        (None, Some(status)) => status.to_string(),
        (None, None) => close.to_string(),
    };
    let class = close.class().map_or("", |class| class.phrase());
    if close.may_receive() {
        format!("{meaning}: {class}")
    } else {
        format!("{meaning}: {class}; a peer may not send it: fail the connection")
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let codes: Vec<u16> = if args.is_empty() {
        vec![1000, 1014, 1005, 3008, 4001, 4999, 999]
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
    use status_registry::websocket::CloseStatus;

    #[test]
    fn the_chat_codes_are_private_use_and_may_be_sent() {
        for chat in ChatClose::iter() {
            let close = CloseCode::from_u16(chat.code());
            assert!(close.is_private_use() && close.may_send(), "{chat:?}");
            assert_eq!(close.known(), None, "IANA registers no private-use code");
        }
    }

    #[test]
    #[rustfmt::skip] // A table: one case per line.
    fn describes_what_a_peer_sends() {
        assert_eq!(describe(1000), "1000 Normal Closure: Protocol");
        assert_eq!(describe(1014), "1014 Bad Gateway: Protocol");
        assert_eq!(describe(1005), "1005 No Status Rcvd: Protocol; a peer may not send it: fail the connection");
        assert_eq!(describe(3008), "3008 Timeout: Registered");
        assert_eq!(describe(4001), "4001 Banned (ours): Private Use");
        assert_eq!(describe(4999), "4999 (unregistered): Private Use");
        assert_eq!(describe(999), "999 (unregistered): Not Used; a peer may not send it: fail the connection");
        assert_eq!(CloseStatus::from_code(4001), None);
    }
}
