//! The `axum` feature: every type of HTTP codes (those of the `http` feature) is an axum
//! response, with its registry's own reason phrase on an HTTP/1 status line.
//!
//! hyper writes a status line's phrase from the response's `hyper::ext::ReasonPhrase` if it has
//! one, and else the `http` crate's phrase for the code (`<none>` for a code `http` does not
//! know). So a response carries the extension only where the registry's phrase differs from
//! `http`'s: `413 Content Too Large` and `499 Client Closed Request` do, `404 Not Found` does
//! not, and a code no entry has gets what hyper writes. HTTP/2 has no phrases: there, the status
//! alone goes out.
//!
//! A phrase hyper would refuse (a control character) is never set, so nothing panics; the macro
//! already rejects such a phrase at compile time.

use axum_core::response::{IntoResponse, Response};
use bytes::Bytes;
use hyper::ext::ReasonPhrase;

use crate::code::CodeType;
use crate::http_interop::to_http;

/// The response of a status alone: an empty body, as axum's for `http::StatusCode`.
#[inline]
pub fn response<T: CodeType<Repr = u16>>(status: T) -> Response {
    let mut response = ().into_response();
    let (code, reason) = status_line(status);
    *response.status_mut() = code;
    if let Some(reason) = reason {
        response.extensions_mut().insert(reason);
    }
    response
}

/// `body`'s response with this status: what axum's `(StatusCode, body)` is, with the phrase.
#[inline]
pub fn response_with<T: CodeType<Repr = u16>, B: IntoResponse>(status: T, body: B) -> Response {
    let mut response = body.into_response();
    let (code, reason) = status_line(status);
    *response.status_mut() = code;
    match reason {
        Some(reason) => {
            response.extensions_mut().insert(reason);
        }
        // A phrase the body set belongs to the status it had.
        None => {
            response.extensions_mut().remove::<ReasonPhrase>();
        }
    }
    response
}

/// The status and the reason phrase to set for it: none where hyper writes that phrase anyway.
#[inline]
fn status_line<T: CodeType<Repr = u16>>(status: T) -> (::http::StatusCode, Option<ReasonPhrase>) {
    let code = to_http(status.code());
    let phrase = status.entry().map(|entry| entry.phrase);
    (code, phrase.and_then(|phrase| reason_phrase(code, phrase)))
}

/// `phrase` as the reason phrase of `code`'s status line, if hyper would write another one and
/// accepts this one (no control characters): `None` otherwise.
#[inline]
pub fn reason_phrase(code: ::http::StatusCode, phrase: &'static str) -> Option<ReasonPhrase> {
    if code.canonical_reason() == Some(phrase) {
        return None;
    }
    ReasonPhrase::try_from(Bytes::from_static(phrase.as_bytes())).ok()
}

/// For a type of HTTP codes `$ty`: `IntoResponse`, and `with_body`, a status with a body.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::axum_core::response::IntoResponse for $ty {
            /// A response with this status and an empty body; over HTTP/1, its status line
            /// carries this code's reason phrase.
            #[inline]
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::response(self)
            }
        }

        impl $ty {
            /// `body`'s response (anything a handler can return) with this status: over
            /// HTTP/1, its status line carries this code's reason phrase. What
            /// `(http::StatusCode::CREATED, Json(value))` is in axum, written
            /// `HttpStatus::CREATED.with_body(Json(value))`.
            #[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
            #[inline]
            pub fn with_body<B>(self, body: B) -> $crate::__private::axum_core::response::Response
            where
                B: $crate::__private::axum_core::response::IntoResponse,
            {
                $crate::__private::response_with(self, body)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_hyper_refuses_is_not_set() {
        let code = ::http::StatusCode::from_u16(499).unwrap_or(::http::StatusCode::OK);
        assert_eq!(code.as_u16(), 499);
        for phrase in ["Line\r\nBreak", "Nul\0", "Bell\u{7}", "Del\u{7f}"] {
            assert_eq!(reason_phrase(code, phrase), None, "{phrase:?}");
        }
        let reason = reason_phrase(code, "Client Closed Request");
        assert_eq!(
            reason.as_ref().map(ReasonPhrase::as_bytes),
            Some(&b"Client Closed Request"[..])
        );
        // Tabs and text past ASCII are allowed on a status line.
        assert!(reason_phrase(code, "Tab\there, caf\u{e9}").is_some());
    }

    #[test]
    fn http_s_own_phrase_is_not_set_again() {
        let not_found = ::http::StatusCode::NOT_FOUND;
        assert_eq!(reason_phrase(not_found, "Not Found"), None);
        assert!(reason_phrase(not_found, "Nothing Here").is_some());
        let too_large = ::http::StatusCode::PAYLOAD_TOO_LARGE;
        assert!(reason_phrase(too_large, "Content Too Large").is_some());
    }
}
