// The declaration of `CloseStatus`, `CloseClass` and `CloseCode`: the one source of truth. The
// crate expands it with the `macros` feature; without it, it includes `generated.rs` beside this
// file, the macro's expansion of it, so that it builds no proc macro. After a change here or to
// the macro's output, run
//
//     cargo test -p status-registry-macros generated_sources
//
// which rewrites `generated.rs` (and fails once, to say so). In CI the same test fails while
// the two differ.

status_registry! {
    /// A WebSocket close code registered with IANA: the "WebSocket Close Code Number Registry"
    /// of RFC 6455, section 11.7, with IANA's meaning of each code as its phrase and IANA's
    /// reference.
    ///
    /// The phrase is IANA's "Meaning" as IANA writes it ("Protocol error", "Mandatory Ext.").
    /// For 1014 IANA's meaning is a sentence, not a name: the phrase is the name in common use,
    /// "Bad Gateway", and IANA's sentence is the description.
    ///
    /// A Close frame may carry any `u16`: [`CloseCode`] holds every one of them, registered or
    /// not. The type is `#[non_exhaustive]`: IANA registers codes as it goes.
    #[non_exhaustive]
    pub enum CloseStatus: u16 {
        /// The ranges of RFC 6455, section 7.4.2, and what lies above them, which the RFC
        /// leaves undefined.
        classes CloseClass {
            0..=999 NOT_USED "Not Used";
            1000..=2999 PROTOCOL "Protocol";
            3000..=3999 REGISTERED "Registered";
            4000..=4999 PRIVATE_USE "Private Use";
            5000..=65535 UNDEFINED "Undefined";
        }

        /// Any close code a Close frame can carry: its first two bytes, registered in
        /// [`CloseStatus`] or not, so that a code a peer sends is never lost.
        open CloseCode in 0..=65535;

        1000 NORMAL_CLOSURE "Normal Closure" "The purpose for which the connection was established has been fulfilled" ["RFC6455"];
        1001 GOING_AWAY "Going Away" "An endpoint is going away, such as a server going down or a browser having navigated away from a page" ["RFC6455"];
        1002 PROTOCOL_ERROR "Protocol error" "An endpoint is terminating the connection due to a protocol error" ["RFC6455"];
        1003 UNSUPPORTED_DATA "Unsupported Data" "An endpoint received a type of data it cannot accept" ["RFC6455"];
        1004 RESERVED "Reserved" "Reserved: the specific meaning might be defined in the future" ["RFC6455"];
        1005 NO_STATUS_RCVD "No Status Rcvd" "No status code was actually present; never sent in a Close frame" ["RFC6455"];
        1006 ABNORMAL_CLOSURE "Abnormal Closure" "The connection was closed abnormally, without a Close frame; never sent in a Close frame" ["RFC6455"];
        1007 INVALID_FRAME_PAYLOAD_DATA "Invalid frame payload data" "An endpoint received data within a message that was not consistent with the type of the message" ["RFC6455"];
        1008 POLICY_VIOLATION "Policy Violation" "An endpoint received a message that violates its policy" ["RFC6455"];
        1009 MESSAGE_TOO_BIG "Message Too Big" "An endpoint received a message that is too big for it to process" ["RFC6455"];
        1010 MANDATORY_EXT "Mandatory Ext." "The client expected the server to negotiate one or more extensions, but the server did not" ["RFC6455"];
        1011 INTERNAL_ERROR "Internal Error" "An endpoint encountered an unexpected condition that prevented it from fulfilling the request" ["RFC6455; RFC Errata 3227"];
        1012 SERVICE_RESTART "Service Restart" "The server is restarting" ["https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/"];
        1013 TRY_AGAIN_LATER "Try Again Later" "The server is overloaded or otherwise unable to serve now: try again later" ["https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/"];
        /// IANA's meaning of 1014 is a sentence, its description here; the phrase is the name
        /// of the message that registered it, and MDN's.
        1014 BAD_GATEWAY "Bad Gateway" "The server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to 502 HTTP Status Code." ["https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/"];
        1015 TLS_HANDSHAKE "TLS handshake" "The TLS handshake failed, such as when the server certificate cannot be verified; never sent in a Close frame" ["RFC6455"];
        3000 UNAUTHORIZED "Unauthorized";
        3003 FORBIDDEN "Forbidden";
        3008 TIMEOUT "Timeout";
    }
}
