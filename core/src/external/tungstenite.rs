//! The `tungstenite` feature: lossless conversions between [`CloseCode`] and tungstenite's
//! `CloseCode`, both ways, for every `u16`.
//!
//! tungstenite sorts the codes it has no variant for into buckets (`Bad`, `Reserved`, `Iana`,
//! `Library`), each holding the number, so every `u16` survives the trip either way. What it
//! decides about a code is its own: its `is_allowed()` rejects 1004, 1014 and 1016 to 2999,
//! which [`CloseCode::may_receive`] accepts (the `websocket` module says why).

use ::tungstenite::protocol::frame::coding::CloseCode as TungsteniteCloseCode;

use crate::websocket::{CloseCode, CloseStatus};

#[cfg_attr(docsrs, doc(cfg(feature = "tungstenite")))]
impl From<TungsteniteCloseCode> for CloseCode {
    #[inline]
    fn from(code: TungsteniteCloseCode) -> Self {
        Self::from_u16(code.into())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "tungstenite")))]
impl From<CloseCode> for TungsteniteCloseCode {
    #[inline]
    fn from(code: CloseCode) -> Self {
        Self::from(code.code())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "tungstenite")))]
impl From<CloseStatus> for TungsteniteCloseCode {
    #[inline]
    fn from(status: CloseStatus) -> Self {
        Self::from(status.code())
    }
}
