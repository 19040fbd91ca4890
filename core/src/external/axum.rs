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

use core::sync::atomic::{AtomicBool, Ordering};

use axum_core::response::{IntoResponse, Response};
use bytes::Bytes;
use hyper::ext::ReasonPhrase;

use crate::code::CodeType;
use crate::external::http::try_to_http;

/// Which of a type of codes' HTTP codes are known to need no `ReasonPhrase` (hyper writes the
/// type's phrase anyway, as `http`'s; the type has no entry with the code; or hyper would refuse
/// its phrase), learnt at the code's first response. Comparing the phrase with `http`'s on every
/// response took a fifth of the time of a response; reading this takes a load. A code whose
/// phrase goes in a `ReasonPhrase` is never marked: its response builds one each time anyway.
///
/// `impl_axum!` keeps one per type of codes and use (900 bytes each, zero-initialized).
pub struct PhraseCache([AtomicBool; CODES]);

/// The codes of `http::StatusCode`, `100..=999`.
const CODES: usize = 900;

impl PhraseCache {
    /// Nothing learnt.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        Self([const { AtomicBool::new(false) }; CODES])
    }

    /// The mark of `code`, which is in `100..=999` (every `http::StatusCode` is).
    #[inline]
    fn slot(&self, code: ::http::StatusCode) -> Option<&AtomicBool> {
        self.0.get(usize::from(code.as_u16()).wrapping_sub(100))
    }

    /// Whether `code`'s response is known to need no `ReasonPhrase`.
    #[inline]
    fn needs_nothing(&self, code: ::http::StatusCode) -> bool {
        self.slot(code)
            .is_none_or(|needs_nothing| needs_nothing.load(Ordering::Relaxed))
    }
}

/// Gives `response` the `ReasonPhrase` of `status` if it needs one, and else notes in `cache`
/// that it needs none.
#[inline]
fn add_phrase<T: CodeType<Repr = u16>>(
    response: &mut Response,
    status: T,
    code: ::http::StatusCode,
    cache: &PhraseCache,
) {
    let reason = status
        .entry()
        .and_then(|entry| reason_phrase(code, entry.phrase));
    match reason {
        Some(reason) => {
            response.extensions_mut().insert(reason);
        }
        None => {
            if let Some(needs_nothing) = cache.slot(code) {
                needs_nothing.store(true, Ordering::Relaxed);
            }
        }
    }
}

/// The response of a status alone: an empty body, as axum's for `http::StatusCode`. A code
/// `http` cannot hold (an open code type's window may be wider) is a server's mistake:
/// `500 Internal Server Error`.
///
/// Out of line, with each way of building the response a call of its own (which the compiler
/// makes into the response's place): inlined, the two ways made the caller copy the response
/// (128 bytes, read back right after they were written), which cost a third of axum's own.
#[inline(never)]
pub fn response<T: CodeType<Repr = u16>>(status: T, cache: &PhraseCache) -> Response {
    match try_to_http(status.code()) {
        // Most codes need no phrase, once learnt: then this is axum's response for the code.
        Ok(code) if cache.needs_nothing(code) => code.into_response(),
        Ok(code) => response_with_phrase(status, code, cache),
        Err(_) => ::http::StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// [`response`] for a code whose phrase may be needed.
#[cold]
#[inline(never)]
fn response_with_phrase<T: CodeType<Repr = u16>>(
    status: T,
    code: ::http::StatusCode,
    cache: &PhraseCache,
) -> Response {
    let mut response = code.into_response();
    add_phrase(&mut response, status, code, cache);
    response
}

/// `body`'s response with this status: what axum's `(StatusCode, body)` is, with the phrase.
#[inline]
pub fn response_with<T, B>(status: T, body: B, cache: &PhraseCache) -> Response
where
    T: CodeType<Repr = u16>,
    B: IntoResponse,
{
    let mut response = body.into_response();
    // A phrase the body set belongs to the status it had.
    response.extensions_mut().remove::<ReasonPhrase>();
    let Ok(code) = try_to_http(status.code()) else {
        *response.status_mut() = ::http::StatusCode::INTERNAL_SERVER_ERROR;
        return response;
    };
    *response.status_mut() = code;
    if !cache.needs_nothing(code) {
        add_phrase(&mut response, status, code, cache);
    }
    response
}

/// `phrase` as the reason phrase of `code`'s status line, if hyper would write another one
/// (`http`'s phrase for the code, or `<none>`) and accepts this one (no control characters).
fn reason_phrase(code: ::http::StatusCode, phrase: &'static str) -> Option<ReasonPhrase> {
    if code.canonical_reason() == Some(phrase) {
        return None;
    }
    ReasonPhrase::try_from(Bytes::from_static(phrase.as_bytes())).ok()
}

/// The response of a problem (the `problem` feature): its status, with the status's phrase on an
/// HTTP/1 status line as for any type of HTTP codes, `Content-Type: application/problem+json`,
/// and its body.
#[cfg(feature = "problem")]
pub fn problem_response(status: ::http::StatusCode, body: alloc::vec::Vec<u8>) -> Response {
    static REASONS: PhraseCache = PhraseCache::new();
    let mut response = Response::new(axum_core::body::Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(
        ::http::header::CONTENT_TYPE,
        ::http::HeaderValue::from_static(crate::problem::MEDIA_TYPE),
    );
    if !REASONS.needs_nothing(status) {
        if let Some(code) = crate::StatusCode::new(status.as_u16()) {
            add_phrase(&mut response, code, status, &REASONS);
        }
    }
    response
}

/// A problem is a response: its status, with the status's phrase on an HTTP/1 status line,
/// `Content-Type: application/problem+json`, and its JSON.
#[cfg(feature = "problem")]
impl<C: crate::problem::Catalogue> IntoResponse for crate::problem::Problem<C> {
    #[inline]
    fn into_response(self) -> Response {
        problem_response(self.http_status(), self.to_body())
    }
}

#[cfg(feature = "problem")]
impl crate::problem::Problem<crate::StatusCode> {
    /// An extractor's rejection (axum's `JsonRejection`, `PathRejection`, ...) as a problem:
    /// `about:blank` with the rejection's status, its phrase as the title and its message as
    /// the `detail`, so that a handler's bad input answers as `application/problem+json` too:
    /// `payload.map_err(Problem::from_rejection)?` with a `Result<Json<T>, JsonRejection>`
    /// argument.
    pub fn from_rejection<R: IntoResponse + core::fmt::Display>(rejection: R) -> Self {
        let detail = alloc::string::ToString::to_string(&rejection);
        let status = rejection.into_response().status().as_u16();
        let status = crate::StatusCode::new(status).unwrap_or(crate::StatusCode::BAD_REQUEST);
        Self::new(status).with_detail(detail)
    }
}

/// For an error catalogue `$ty` (`impl_problem!`): its entry is a response, the problem of the
/// entry with nothing more.
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_axum {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::axum_core::response::IntoResponse for $ty {
            /// The problem of this entry: its status, with the status's phrase on an HTTP/1
            /// status line, `Content-Type: application/problem+json`, and the problem's JSON.
            #[inline]
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::axum_core::response::IntoResponse::into_response(
                    $crate::problem::Problem::new(self),
                )
            }
        }
    };
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
                static REASONS: $crate::__private::PhraseCache =
                    $crate::__private::PhraseCache::new();
                $crate::__private::response(self, &REASONS)
            }
        }

        impl $ty {
            /// `body`'s response (anything a handler can return) with this status: over
            /// HTTP/1, its status line carries this code's reason phrase. What
            /// `(http::StatusCode::CREATED, Json(value))` is in axum, written
            /// `HttpStatus::CREATED.with_body(Json(value))`. With status-registry's `axum`
            /// feature.
            // No `doc(cfg(...))`: this expands in the user's crate, whose docs build (docs.rs
            // passes `--cfg docsrs`) would need the unstable `doc_cfg` feature for it.
            #[inline]
            pub fn with_body<B>(self, body: B) -> $crate::__private::axum_core::response::Response
            where
                B: $crate::__private::axum_core::response::IntoResponse,
            {
                static REASONS: $crate::__private::PhraseCache =
                    $crate::__private::PhraseCache::new();
                $crate::__private::response_with(self, body, &REASONS)
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
