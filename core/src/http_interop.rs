//! The `http` feature: lossless conversions between [`HttpStatus`] or [`StatusCode`] and the
//! `http` crate's `StatusCode`, and comparisons across them.
//!
//! `http::StatusCode` holds any code in `100..=999`, exactly the window of [`StatusCode`], so
//! those two convert both ways with `From`. Every `HttpStatus` is one of those codes, so that
//! way is `From` too; the other way is `TryFrom`, and its error names the code `HttpStatus`
//! lacks.

use crate::error::UnknownCode;
use crate::http::{HttpStatus, StatusCode};

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<HttpStatus> for ::http::StatusCode {
    /// The `http` crate's status code with the same code: `HttpStatus::NOT_FOUND` gives
    /// `http::StatusCode::NOT_FOUND`.
    #[inline]
    fn from(status: HttpStatus) -> Self {
        to_http(status.code())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl TryFrom<::http::StatusCode> for HttpStatus {
    type Error = UnknownCode<HttpStatus>;

    /// The entry with the same code, or an error naming the code if there is none (`http`
    /// accepts any code in `100..=999`, such as nginx's 499).
    #[inline]
    fn try_from(status: ::http::StatusCode) -> Result<Self, Self::Error> {
        Self::try_from(status.as_u16())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<StatusCode> for ::http::StatusCode {
    /// The `http` crate's status code with the same code, registered or not.
    #[inline]
    fn from(code: StatusCode) -> Self {
        to_http(code.code())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<::http::StatusCode> for StatusCode {
    /// The status code with the same code, registered or not: both hold `100..=999`.
    #[inline]
    fn from(status: ::http::StatusCode) -> Self {
        // The fallback is never taken: `StatusCode` holds every code in `100..=999` (checked
        // below), and `http` holds no other.
        StatusCode::new(status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// `==` between one of ours and `http::StatusCode`, both ways: the same code.
macro_rules! same_code {
    ($($ours:ident)*) => {$(
        #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
        impl PartialEq<::http::StatusCode> for $ours {
            /// Whether both have the same code.
            #[inline]
            fn eq(&self, other: &::http::StatusCode) -> bool {
                self.code() == other.as_u16()
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
        impl PartialEq<$ours> for ::http::StatusCode {
            /// Whether both have the same code.
            #[inline]
            fn eq(&self, other: &$ours) -> bool {
                self.as_u16() == other.code()
            }
        }
    )*};
}
same_code!(HttpStatus StatusCode);

/// The `http` crate's status code for a code in `100..=999`, every one of which it accepts.
fn to_http(code: u16) -> ::http::StatusCode {
    // The fallback is never taken: `http` takes any code in `100..=999` (the test of this
    // feature tries them all), and every `HttpStatus` and `StatusCode` is in it (checked below).
    ::http::StatusCode::from_u16(code).unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
}

// `StatusCode`'s window is `http`'s, and every `HttpStatus` code is in it, at compile time.
const _: () = {
    let window = StatusCode::range();
    assert!(*window.start() == 100 && *window.end() == 999);
    let mut all = HttpStatus::ALL;
    while let [status, rest @ ..] = all {
        assert!(100 <= status.code() && status.code() <= 999);
        all = rest;
    }
};
