//! The `http` feature: lossless conversions between [`HttpStatus`] and the `http` crate's
//! `StatusCode`, and comparisons across the two.
//!
//! `http::StatusCode` holds any code in `100..=999`. Every `HttpStatus` is one of them, so that
//! way is `From`; the other way is `TryFrom`, and its error names the code `HttpStatus` lacks.

use crate::error::UnknownCode;
use crate::http::HttpStatus;

impl From<HttpStatus> for ::http::StatusCode {
    /// The `http` crate's status code with the same code: `HttpStatus::NOT_FOUND` gives
    /// `http::StatusCode::NOT_FOUND`.
    #[inline]
    fn from(status: HttpStatus) -> Self {
        to_http(status.code())
    }
}

impl TryFrom<::http::StatusCode> for HttpStatus {
    type Error = UnknownCode<HttpStatus>;

    /// The entry with the same code, or an error naming the code if there is none (`http`
    /// accepts any code in `100..=999`, such as nginx's 499).
    #[inline]
    fn try_from(status: ::http::StatusCode) -> Result<Self, Self::Error> {
        Self::try_from(status.as_u16())
    }
}

impl PartialEq<::http::StatusCode> for HttpStatus {
    /// Whether both have the same code.
    #[inline]
    fn eq(&self, other: &::http::StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

impl PartialEq<HttpStatus> for ::http::StatusCode {
    /// Whether both have the same code.
    #[inline]
    fn eq(&self, other: &HttpStatus) -> bool {
        self.as_u16() == other.code()
    }
}

/// The `http` crate's status code for a code in `100..=999`, every one of which it accepts.
fn to_http(code: u16) -> ::http::StatusCode {
    // The fallback is never taken: `http` takes any code in `100..=999` (the test of this
    // feature tries them all), and every `HttpStatus` code is in it (checked below).
    ::http::StatusCode::from_u16(code).unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
}

// Every `HttpStatus` code is in `100..=999`, checked at compile time.
const _: () = {
    let mut all = HttpStatus::ALL;
    while let [status, rest @ ..] = all {
        assert!(100 <= status.code() && status.code() <= 999);
        all = rest;
    }
};
