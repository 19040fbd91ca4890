//! The `http` feature: lossless conversions between the `http` crate's `StatusCode` and every
//! type of HTTP codes, and `==` across them.
//!
//! The macro calls `impl_http!` for every registry of HTTP codes (its repr is `u16` and every
//! code of it is in `100..=999`, as `HttpStatus`'s are and so those of a registry extending it)
//! and for its open code type. Each conversion is `From` where it cannot fail and `TryFrom`
//! where it can, with an error naming the code:
//!
//! - a registry into `http::StatusCode` is `From`: `http` holds every code in `100..=999`;
//! - `http::StatusCode` into a registry is `TryFrom`, with [`UnknownCode`](crate::UnknownCode);
//! - an open code type is `From` from `http::StatusCode` when its window holds `100..=999`, and
//!   `From` into it when its window lies inside; else `TryFrom`, with `UnknownCode` and
//!   [`OutsideHttpRange`].

use core::fmt;

/// A code that `http::StatusCode` cannot hold (it holds `100..=999`): the error of
/// `http::StatusCode::try_from(code)` for an open code type whose window is wider.
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OutsideHttpRange {
    code: u16,
}

impl OutsideHttpRange {
    /// The rejected code.
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl fmt::Display for OutsideHttpRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not an HTTP status code: http::StatusCode holds 100..=999",
            self.code
        )
    }
}

impl core::error::Error for OutsideHttpRange {}

/// The `http` crate's status code for a code in `100..=999`, every one of which it accepts.
#[inline]
pub fn to_http(code: u16) -> ::http::StatusCode {
    // The fallback is never taken: the macro calls `impl_http!` with `From` only for types whose
    // codes are all in `100..=999`, and `http` takes each of them (its test tries them all).
    ::http::StatusCode::from_u16(code).unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// The `http` crate's status code for `code`, or the error naming it if `http` cannot hold it.
#[inline]
pub fn try_to_http(code: u16) -> Result<::http::StatusCode, OutsideHttpRange> {
    ::http::StatusCode::from_u16(code).map_err(|_| OutsideHttpRange { code })
}

/// For a type of HTTP codes `$ty`: the conversions with `http::StatusCode` both ways, each `From`
/// or `TryFrom` as the macro found, `==` both ways, and with the `axum` feature `IntoResponse`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($ty:ident: from_http = $from:ident, into_http = $into:ident) => {
        $crate::__impl_http!(@from_http $from $ty);
        $crate::__impl_http!(@into_http $into $ty);

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$crate::__private::http::StatusCode> for $ty {
            #[inline]
            fn eq(&self, other: &$crate::__private::http::StatusCode) -> ::core::primitive::bool {
                $crate::__private::CodeType::code(*self) == other.as_u16()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$ty> for $crate::__private::http::StatusCode {
            #[inline]
            fn eq(&self, other: &$ty) -> ::core::primitive::bool {
                self.as_u16() == $crate::__private::CodeType::code(*other)
            }
        }

        $crate::__impl_axum!($ty);
        $crate::__impl_about_blank!($ty);
    };
    // An open code type whose window holds every code of `http`, and `open_code` (`impl_open!`).
    (@from_http From $ty:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$crate::__private::http::StatusCode> for $ty {
            /// The code of `http`'s status code, registered or not.
            #[inline]
            fn from(status: $crate::__private::http::StatusCode) -> Self {
                open_code(status.as_u16())
            }
        }
    };
    (@from_http TryFrom $ty:ident) => {
        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $ty {
            type Error = $crate::__private::UnknownCode<Self>;

            /// The code of `http`'s status code, or an error naming it if this type has no such
            /// code.
            #[inline]
            fn try_from(
                status: $crate::__private::http::StatusCode,
            ) -> ::core::result::Result<Self, Self::Error> {
                <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(status.as_u16())
            }
        }
    };
    (@into_http From $ty:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$ty> for $crate::__private::http::StatusCode {
            /// `http`'s status code with the same code.
            #[inline]
            fn from(status: $ty) -> Self {
                $crate::__private::to_http($crate::__private::CodeType::code(status))
            }
        }
    };
    (@into_http TryFrom $ty:ident) => {
        #[automatically_derived]
        impl ::core::convert::TryFrom<$ty> for $crate::__private::http::StatusCode {
            type Error = $crate::__private::OutsideHttpRange;

            /// `http`'s status code with the same code, or an error naming the code if it is
            /// outside `100..=999`.
            #[inline]
            fn try_from(status: $ty) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::try_to_http($crate::__private::CodeType::code(status))
            }
        }
    };
}
