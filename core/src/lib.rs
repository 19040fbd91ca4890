// The crate docs are the package's README (written for dependents; the repository's README is
// for contributors), so that crates.io and docs.rs show the same, and its examples run.
#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The macro's expansion names this crate `::status_registry`, here as in a user's crate.
extern crate self as status_registry;
// The `problem` feature's values own their strings and JSON, and so do the schemas.
#[cfg(any(feature = "problem", feature = "schemars", feature = "utoipa"))]
extern crate alloc;
// utoipa's model is std's (its maps and strings).
#[cfg(feature = "utoipa")]
extern crate std;

mod code;
#[cfg(feature = "dns")]
#[cfg_attr(docsrs, doc(cfg(feature = "dns")))]
pub mod dns;
mod error;
#[cfg(any(doc, doctest))]
pub mod example_generated;
pub mod export;
mod external;
mod format;
#[cfg(feature = "grpc")]
#[cfg_attr(docsrs, doc(cfg(feature = "grpc")))]
pub mod grpc;
pub mod http;
mod impls;
mod name_hash;
mod parse;
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub mod problem;
#[cfg(any(feature = "schemars", feature = "utoipa"))]
mod schema;
pub mod search;
mod table;
mod traits;
#[cfg(feature = "unofficial")]
#[cfg_attr(docsrs, doc(cfg(feature = "unofficial")))]
pub mod unofficial;
#[cfg(feature = "websocket")]
#[cfg_attr(docsrs, doc(cfg(feature = "websocket")))]
pub mod websocket;

pub use code::{CodeType, Repr};
pub use error::{ParseError, ParseErrorKind, UnknownCode};
#[cfg(feature = "http")]
pub use external::http::OutsideHttpRange;
pub use http::{HttpStatus, StatusClass, StatusCode};
#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
pub use status_registry_macros::status_registry;
pub use traits::{ClassType, Classified, Iter, OpenCode, Registry};

/// What the macro's expansion uses; not a public API, and not covered by semver.
#[doc(hidden)]
pub mod __private {
    pub use crate::__impl_class_methods as impl_class_methods;
    pub use crate::__impl_classes as impl_classes;
    pub use crate::__impl_code_lookups as impl_code_lookups;
    pub use crate::__impl_codes as impl_codes;
    pub use crate::__impl_http as impl_http;
    pub use crate::__impl_open as impl_open;
    pub use crate::__impl_problem as impl_problem;
    pub use crate::__impl_registry as impl_registry;
    pub use crate::__impl_schema as impl_schema;
    pub use crate::__impl_serde as impl_serde;
    pub use crate::code::{
        nonzero_i16, nonzero_i32, nonzero_i64, nonzero_i8, nonzero_u16, nonzero_u32, nonzero_u64,
        nonzero_u8, CodeType,
    };
    pub use crate::error::{ParseError, UnknownCode};
    #[cfg(feature = "axum")]
    pub use crate::external::axum::{response, response_with, PhraseCache};
    #[cfg(feature = "http")]
    pub use crate::external::http::{to_http, try_to_http, OutsideHttpRange};
    #[cfg(feature = "serde")]
    pub use crate::external::serde::{deserialize_code, serialize_code, SerdeRepr};
    #[cfg(all(feature = "utoipa", feature = "problem"))]
    pub use crate::external::utoipa::catalogue_responses;
    #[cfg(feature = "utoipa")]
    pub use crate::external::utoipa::utoipa_schema;
    pub use crate::format::{display, display_line};
    #[cfg(feature = "problem")]
    pub use crate::http::StatusCode;
    pub use crate::impls::CodeOf;
    pub use crate::parse::{parse, parse_bytes};
    #[cfg(feature = "problem")]
    pub use crate::problem::{
        http_status, status_at as problem_status_at, type_at as problem_type_at, Catalogue,
    };
    #[cfg(any(feature = "schemars", feature = "utoipa"))]
    pub use crate::schema::{open_schema, registry_schema};
    pub use crate::table::{
        clamp_offset, code_table, description_code_table, description_table, entry, entry_at,
        find_name, find_name_at_first_slot, find_name_displaced, get, name_at, phrase_at,
        phrase_code_table, phrase_in_row, phrase_is_read, phrase_table, position, position_table,
        status_at_offset, status_phrase_table, status_table, ClassRow, CodeTables, Entry,
        StatusTable,
    };
    pub use crate::traits::{ClassType, Classified, Iter, OpenCode, Registry};
    #[cfg(any(feature = "schemars", feature = "utoipa"))]
    pub use ::alloc::borrow::Cow;
    #[cfg(feature = "axum")]
    pub use ::axum_core;
    #[cfg(feature = "http")]
    pub use ::http;
    #[cfg(feature = "schemars")]
    pub use ::schemars;
    #[cfg(feature = "serde")]
    pub use ::serde;
    #[cfg(all(feature = "utoipa", feature = "problem"))]
    pub use ::std::{collections::BTreeMap, string::String};
    #[cfg(feature = "utoipa")]
    pub use ::utoipa;
}

/// Without the `serde` feature, the expansion's `impl_serde!` call expands to nothing, so a
/// registry never names serde (the `serde` feature's version is in `external/serde.rs`).
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {};
}

/// Without the `schemars` feature, `impl_schema!` implements no `JsonSchema` (the feature's
/// version is in `external/schemars.rs`).
#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($ty:ident: $kind:ident, $doc:literal) => {};
}

/// Without the `utoipa` feature, `impl_schema!` implements no `ToSchema` (the feature's version
/// is in `external/utoipa.rs`).
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($ty:ident: $kind:ident, $doc:literal) => {};
}

/// Without the `utoipa` feature, an error catalogue is no `IntoResponses`.
#[cfg(all(feature = "problem", not(feature = "utoipa")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_utoipa {
    ($ty:ident) => {};
}

/// Without the `http` feature, the expansion's `impl_http!` calls expand to nothing, so a
/// registry never names `http` (the feature's version is in `external/http.rs`).
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($ty:ident: from_http = $from:ident, into_http = $into:ident) => {};
}

/// Without the `axum` feature, `impl_http!` implements no `IntoResponse` (the feature's version
/// is in `external/axum.rs`).
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($ty:ident) => {};
}

/// Without the `problem` feature, the expansion's `impl_problem!` call (an error catalogue's
/// problem types) expands to nothing (the feature's version is in `problem/`).
#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem {
    ($ty:ident: open = $open:ty, problems = [$($status:literal $uri:literal),*]) => {};
}

/// Without the `problem` feature, `impl_http!` makes no registry of HTTP codes an `about:blank`
/// problem type (the feature's version is in `problem/`).
#[cfg(not(feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_about_blank {
    ($ty:ident) => {};
}

/// Declares a status registry, with the `macros` feature, which this build of the crate lacks:
/// without it, `status_registry!` is a compile error that says how to turn the feature on.
///
/// `HttpStatus`, `StatusClass` and `StatusCode` need no feature.
#[cfg(not(feature = "macros"))]
#[macro_export]
macro_rules! status_registry {
    ($($declaration:tt)*) => {
        ::core::compile_error! {
            "`status_registry!` needs the `macros` feature of `status-registry`: in Cargo.toml, write `status-registry = { version = \"0.1\", features = [\"macros\"] }`, or run `cargo add status-registry --features macros`"
        }
    };
}
