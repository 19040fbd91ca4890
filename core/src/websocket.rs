//! WebSocket close codes: [`CloseStatus`], the IANA registry; [`CloseClass`], the ranges of
//! RFC 6455, section 7.4.2; and the open [`CloseCode`], which holds any `u16` a Close frame can
//! carry. With the feature `websocket`.
//!
//! Two predicates say what RFC 6455 allows, written from its text, on every code:
//!
//! - [`CloseCode::may_send`]: whether an endpoint may put the code in a Close frame.
//! - [`CloseCode::may_receive`]: whether a received Close frame may carry it without the
//!   endpoint failing the connection.
//!
//! Where tungstenite differs: its `CloseCode::is_allowed()` rejects 1014, which IANA registered
//! in 2016, and tungstenite answers a received 1014 with 1002 Protocol error (tungstenite
//! issue #502); it also rejects 1004 and the codes 1016 to 2999 that an extension may define.
//! [`CloseCode::may_receive`] accepts all of them.
//!
//! ```
//! use status_registry::websocket::{CloseClass, CloseCode, CloseStatus};
//!
//! let code = CloseCode::from_u16(1014);
//! assert_eq!(code.known(), Some(CloseStatus::BAD_GATEWAY));
//! assert_eq!(code.to_string(), "1014 Bad Gateway");
//! assert!(code.may_send() && code.may_receive());
//! assert!(!CloseCode::NO_STATUS_RCVD.may_send());
//! assert_eq!(CloseCode::from_u16(4001).class(), Some(CloseClass::PRIVATE_USE));
//! assert_eq!(CloseCode::from_u16(4001).to_string(), "4001 (unregistered)");
//! ```

// IANA's references of 1012 to 1014 are URLs of the hybi mailing list, which the docs of the
// expansion quote as written, as text, as they quote every reference.
#![allow(rustdoc::bare_urls)]

// As in `http.rs`: the declaration expanded by the macro with the `macros` feature, else the
// expansion kept as source.
#[cfg(feature = "macros")]
use crate::status_registry;
#[cfg(feature = "macros")]
include!("websocket/declaration.rs");
#[cfg(not(feature = "macros"))]
include!("websocket/generated.rs");

impl CloseCode {
    /// The close code `code`: every `u16` is one.
    #[inline]
    pub const fn from_u16(code: u16) -> Self {
        Self(code)
    }

    /// Whether an endpoint may send this code in a Close frame (RFC 6455, section 7.4).
    ///
    /// A Close frame's status code is "a status code with value /code/ defined in Section 7.4"
    /// (section 5.5.1). So it may send:
    ///
    /// - a code of `1000..=2999`, "reserved for definition by this protocol, its future
    ///   revisions, and extensions", that IANA registered: all of [`CloseStatus`] in that
    ///   range, but for 1004 ("Reserved. The specific meaning might be defined in the future.")
    ///   and the three that "MUST NOT be set as a status code in a Close control frame by an
    ///   endpoint": 1005 No Status Rcvd, 1006 Abnormal Closure and 1015 TLS handshake;
    /// - a code of `3000..=3999`, "reserved for use by libraries, frameworks, and applications",
    ///   or of `4000..=4999`, "reserved for private use";
    ///
    /// and not a code of `0..=999` ("not used") or above 4999, which section 7.4 does not define.
    ///
    /// It does not know which endpoint sends: 1010 is the client's ("this status code is not
    /// used by the server, as it can fail the WebSocket handshake instead"), and 1011, once the
    /// server's, is either endpoint's since RFC Errata 3227.
    #[inline]
    pub const fn may_send(self) -> bool {
        match self.0 {
            1004..=1006 | 1015 => false,
            1000..=2999 => CloseStatus::from_code(self.0).is_some(),
            3000..=4999 => true,
            _ => false,
        }
    }

    /// Whether a received Close frame may carry this code without the endpoint failing the
    /// connection (RFC 6455, sections 7.4 and 7.1.7).
    ///
    /// Any code of `1000..=4999` but 1005, 1006 and 1015: those three "MUST NOT be set as a
    /// status code in a Close control frame by an endpoint" (section 7.4.1), so a frame that
    /// carries one comes from a peer that broke the protocol, as does one with a code of
    /// `0..=999` ("not used", section 7.4.2) or above 4999 (undefined). A code of
    /// `1000..=2999` that IANA has not registered, or 1004, may be one that "future revisions,
    /// and extensions" define (section 7.4.2): a receiver accepts it as an unknown status, as it
    /// must accept 1012 to 1014, registered after the RFC.
    #[inline]
    pub const fn may_receive(self) -> bool {
        // `1000..=4999` but 1005, 1006 and 1015, tested without a branch: a received code is
        // the peer's choice, which a branch predictor cannot learn. Bit `n` of the mask says
        // whether `1000 + n` may be received, for `n` up to 15; every shift from 16 on reads
        // the upper half, all ones.
        const RECEIVABLE: u32 = 0xFFFF_7F9F;
        let offset = self.0.wrapping_sub(1000);
        let shift = if offset < 16 { offset } else { 16 };
        (offset < 4000) & ((RECEIVABLE >> shift) & 1 != 0)
    }
}

impl CloseStatus {
    /// Whether an endpoint may send this code in a Close frame: see [`CloseCode::may_send`].
    #[inline]
    pub const fn may_send(self) -> bool {
        CloseCode::from_u16(self.code()).may_send()
    }

    /// Whether a received Close frame may carry this code without the endpoint failing the
    /// connection: see [`CloseCode::may_receive`].
    #[inline]
    pub const fn may_receive(self) -> bool {
        CloseCode::from_u16(self.code()).may_receive()
    }
}
