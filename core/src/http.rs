//! The standard HTTP status codes: [`HttpStatus`], its classes, [`StatusClass`], and the
//! open [`StatusCode`] that holds any three-digit code without loss.
//!
//! Two sources, both copied into the project's `tests/data/` and checked against this
//! declaration by its tests:
//!
//! - The codes, their order, names, reason phrases and descriptions, and the aliases are those
//!   of the newest CPython's [`http.HTTPStatus`](https://docs.python.org/3/library/http.html#http.HTTPStatus),
//!   byte for byte: 62 codes, and the 4 old names that Python 3.13 keeps as aliases.
//! - The reference of every code is IANA's
//!   [HTTP Status Code Registry](https://www.iana.org/assignments/http-status-codes/) (RFC 9110
//!   for most codes), as a citation: IANA's field is a run of bracketed references
//!   (`[RFC2774][status-change-http-experiments-to-historic]` for 510), and the string is
//!   those references without their brackets, joined by `"; "`
//!   (`"RFC2774; status-change-http-experiments-to-historic"`).
//!
//! The classes are the ranges of Python 3.12's properties: [`HttpStatus::is_success`] is true
//! exactly for the codes in `200..=299`, and so on.
//!
//! ```
//! use status_registry::http::{HttpStatus, StatusClass};
//!
//! let status: HttpStatus = "413".parse().unwrap();
//! assert_eq!(status, HttpStatus::CONTENT_TOO_LARGE);
//! assert_eq!(HttpStatus::from_name("REQUEST_ENTITY_TOO_LARGE"), Some(status));
//! assert_eq!(status.name(), "CONTENT_TOO_LARGE");
//! assert_eq!(status.reference(), Some("RFC9110, Section 15.5.14"));
//! assert_eq!(status.class(), StatusClass::CLIENT_ERROR);
//! assert_eq!(status.to_string(), "413 Content Too Large");
//! ```

// `HttpStatus`, `StatusClass` and `StatusCode` are declared in `http/declaration.rs`. With the
// `macros` feature the crate expands the declaration itself; without it, it includes
// `http/generated.rs`, the macro's expansion of the declaration kept as source, so that it builds
// no proc macro. The `generated_sources` test of status-registry-macros (which builds this crate
// with the feature) checks that the file is that expansion, and rewrites it when it is not.
#[cfg(feature = "macros")]
use crate::status_registry;
#[cfg(feature = "macros")]
include!("http/declaration.rs");
#[cfg(not(feature = "macros"))]
include!("http/generated.rs");

impl StatusCode {
    /// The [`HttpStatus`] a client must understand this code as (RFC 9110, section 15): the
    /// code's own status if it is registered; else the `x00` status of its class (an unknown
    /// 4xx is treated as 400 Bad Request, a 5xx as 500 Internal Server Error, and so on); and
    /// for a code outside `100..=599`, which is invalid in HTTP, 500 Internal Server Error.
    ///
    /// ```
    /// use status_registry::http::{HttpStatus, StatusCode};
    ///
    /// assert_eq!(StatusCode::NOT_FOUND.understood_as(), HttpStatus::NOT_FOUND);
    /// let nginx_closed = StatusCode::new(499).unwrap();
    /// assert_eq!(nginx_closed.understood_as(), HttpStatus::BAD_REQUEST);
    /// assert_eq!(StatusCode::new(299).unwrap().understood_as(), HttpStatus::OK);
    /// assert_eq!(StatusCode::new(700).unwrap().understood_as(), HttpStatus::INTERNAL_SERVER_ERROR);
    /// ```
    #[inline]
    pub const fn understood_as(self) -> HttpStatus {
        if let Some(status) = self.known() {
            return status;
        }
        match self.class() {
            Some(StatusClass::INFORMATIONAL) => HttpStatus::CONTINUE,
            Some(StatusClass::SUCCESS) => HttpStatus::OK,
            Some(StatusClass::REDIRECTION) => HttpStatus::MULTIPLE_CHOICES,
            Some(StatusClass::CLIENT_ERROR) => HttpStatus::BAD_REQUEST,
            Some(StatusClass::SERVER_ERROR) | None => HttpStatus::INTERNAL_SERVER_ERROR,
        }
    }
}
