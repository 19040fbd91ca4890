//! Status registries as IntEnum-like Rust types, and [`HttpStatus`]: the newest CPython
//! `http.HTTPStatus`, byte for byte, with the IANA reference of every code.
//!
//! ```
//! use status_registry::{HttpStatus, StatusClass};
//!
//! let status = HttpStatus::from_code(404).unwrap();
//! assert_eq!(status, HttpStatus::NOT_FOUND);
//! assert_eq!(status.phrase(), "Not Found");
//! assert_eq!(status.description(), "Nothing matches the given URI");
//! assert_eq!(status.reference(), Some("RFC9110, Section 15.5.5"));
//! assert_eq!(status.class(), StatusClass::CLIENT_ERROR);
//! assert!(status.is_client_error());
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!("REQUEST_ENTITY_TOO_LARGE".parse(), Ok(HttpStatus::CONTENT_TOO_LARGE));
//! ```
//!
//! Declare a registry of your own with [`status_registry!`]:
//!
//! ```
//! use status_registry::status_registry;
//!
//! status_registry! {
//!     /// What our edge proxy answers besides the standard codes.
//!     pub enum EdgeStatus {
//!         444 NO_RESPONSE "No Response";
//!         499 CLIENT_CLOSED_REQUEST "Client Closed Request" "The client closed the connection";
//!     }
//! }
//!
//! assert_eq!(EdgeStatus::from_code(499), Some(EdgeStatus::CLIENT_CLOSED_REQUEST));
//! assert_eq!(EdgeStatus::COUNT, 2);
//! ```
//!
//! Generic code works with any registry through the [`Registry`] trait.
#![no_std]
#![forbid(unsafe_code)]

// The macro's expansion names this crate `::status_registry`, here as in a user's crate.
extern crate self as status_registry;

mod error;
pub mod http;
#[cfg(feature = "http")]
mod http_interop;
mod registry;
#[cfg(feature = "serde")]
mod serde_support;

pub use error::{ParseError, ParseErrorKind, UnknownCode};
pub use http::{HttpStatus, StatusClass, StatusCode};
pub use registry::{ClassType, Classified, CodeType, Iter, OpenCode, Registry, Repr};
pub use status_registry_macros::status_registry;

/// What the macro's expansion uses; not a public API, and not covered by semver.
#[doc(hidden)]
pub mod __private {
    pub use crate::__impl_serde as impl_serde;
    pub use crate::error::{ParseError, UnknownCode};
    pub use crate::registry::{
        display, parse, ClassType, Classified, CodeType, Entry, Iter, OpenCode, Registry,
    };
    #[cfg(feature = "serde")]
    pub use crate::serde_support::{deserialize_code, serialize_code, SerdeRepr};
    #[cfg(feature = "serde")]
    pub use ::serde;
}

/// Without the `serde` feature, the expansion's `impl_serde!` call expands to nothing, so a
/// registry never names serde (the `serde` feature's version is in `serde_support`).
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident: $repr:ty, $type_name:expr) => {};
}
