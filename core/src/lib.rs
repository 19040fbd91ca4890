// The crate docs are the README, so that both show the same and its examples run as doctests.
#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]

// The macro's expansion names this crate `::status_registry`, here as in a user's crate.
extern crate self as status_registry;

mod code;
mod error;
#[cfg(doc)]
pub mod example_generated;
mod format;
pub mod http;
#[cfg(feature = "http")]
mod http_interop;
mod impls;
mod parse;
#[cfg(feature = "serde")]
mod serde_support;
mod table;
mod traits;

pub use code::{CodeType, Repr};
pub use error::{ParseError, ParseErrorKind, UnknownCode};
pub use http::{HttpStatus, StatusClass, StatusCode};
pub use status_registry_macros::status_registry;
pub use traits::{ClassType, Classified, Iter, OpenCode, Registry};

/// What the macro's expansion uses; not a public API, and not covered by semver.
#[doc(hidden)]
pub mod __private {
    pub use crate::__impl_codes as impl_codes;
    pub use crate::__impl_open as impl_open;
    pub use crate::__impl_serde as impl_serde;
    pub use crate::code::CodeType;
    pub use crate::error::{ParseError, UnknownCode};
    pub use crate::format::{display, display_line};
    pub use crate::impls::CodeOf;
    pub use crate::parse::parse;
    #[cfg(feature = "serde")]
    pub use crate::serde_support::{deserialize_code, serialize_code, SerdeRepr};
    pub use crate::table::{
        entry, entry_at, find_name, get, name_table, phrase_at, position, position_table, ClassRow,
        Entry, NameTable,
    };
    pub use crate::traits::{ClassType, Classified, Iter, OpenCode, Registry};
    #[cfg(feature = "serde")]
    pub use ::serde;
}

/// Without the `serde` feature, the expansion's `impl_serde!` call expands to nothing, so a
/// registry never names serde (the `serde` feature's version is in `serde_support`).
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}
