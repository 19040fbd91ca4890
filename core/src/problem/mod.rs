//! Error catalogues as RFC 9457 problem details (`application/problem+json`), with the
//! `problem` feature.
//!
//! An **error catalogue** is a registry whose entries name the HTTP status each is answered with
//! (`40401 USER_NOT_FOUND "User not found" => NOT_FOUND;`, see
//! [`status_registry!`](crate::status_registry!)). Each entry is an RFC 9457 *problem type*:
//! [`Catalogue`] gives its HTTP status, its `type` URI and its `title` (the entry's phrase), and
//! [`problem_types`] lists them as data. Every registry of HTTP codes (`HttpStatus`,
//! `StatusCode`, and yours) is a catalogue too, of `about:blank` problems: RFC 9457, section
//! 4.2.1, "The "about:blank" URI, when used as a problem type, indicates that the problem has no
//! additional semantics beyond that of the HTTP status code", and then "the title SHOULD be the
//! same as the recommended HTTP status phrase for that code".
//!
//! A [`Problem`] is one occurrence: the entry (or, read from a newer server, a code the
//! registry does not know, kept in its open code type), an optional `detail` and `instance`,
//! and extension members. It is written as JSON with serde, answers as an axum response (with
//! the `axum` feature) or an `http::Response`, and is read back from a body or a response with
//! [`Problem::from_body`] and [`Problem::from_response`].
//!
//! # The members, as RFC 9457 section 3.1 defines them
//!
//! "Problem detail objects can have the following members. If a member's value type does not
//! match the specified type, the member MUST be ignored -- i.e., processing will continue as if
//! the member had not been present." So, when a body is read:
//!
//! - `type`, a JSON string: "When this member is not present, its value is assumed to be
//!   "about:blank"." A `type` that is not a string is taken as absent, so as `about:blank`.
//! - `status`, a JSON number, "only advisory": one that is not an integer of `100..=999` is
//!   taken as absent. One that disagrees with the response's status is an error
//!   ([`ProblemError::StatusMismatch`]): "Generators MUST use the same status code in the actual
//!   HTTP response".
//! - `title`, `detail` and `instance`, JSON strings; one of another type is taken as absent.
//!   The `title` read is kept as sent (it "MAY be localized").
//! - `code`, this crate's extension member, the registry's code as a JSON integer: it tells
//!   `USER_NOT_FOUND` from `ORDER_NOT_FOUND` when both are 404. A catalogue's problem is known
//!   by it, so it must be there and be an integer; its `type` must be the entry's ("Consumers
//!   MUST use the "type" URI ... as the problem type's primary identifier"), and its status
//!   the one the entry is answered with ([`ProblemError::EntryStatusMismatch`]). A problem of a
//!   registry of HTTP codes has no `code` member: its code is its status.
//!
//! # Extension members (RFC 9457 sections 3.2 and 4)
//!
//! "Problem type definitions MAY extend the problem details object with additional members that
//! are specific to that problem type." Every member a body has beyond those above is kept, in
//! order, as an extension member ("Clients consuming problem details MUST ignore any such
//! extensions that they don't recognize"; a `Problem` keeps them for whoever does). When a
//! problem is written, [`Problem::with_extension`] holds an extension's name to section 4: "their
//! names SHOULD start with a letter (ALPHA ...) and SHOULD comprise characters from ALPHA, DIGIT
//! ..., and "_" (so that it can be serialized in formats other than JSON), and they SHOULD be
//! three characters or longer"; nor may it be the name of a member above.
//!
//! # Hostile bodies
//!
//! A body is read only up to [`MAX_BODY_LEN`] bytes, and serde_json nests no deeper than 128
//! arrays and objects: what a body can make the reader allocate is bounded by its length, and
//! nothing it holds makes it panic.

mod parse;
#[cfg(any(feature = "schemars", feature = "utoipa"))]
mod schema;
mod value;

pub use parse::{ProblemError, MAX_BODY_LEN};
#[cfg(any(feature = "schemars", feature = "utoipa"))]
pub(crate) use schema::problem_schema;
pub use value::{ExtensionError, Problem};

use crate::code::CodeType;
use crate::http::StatusCode;
use crate::traits::Registry;

/// The media type of a problem detail written as JSON (RFC 9457, section 3).
pub const MEDIA_TYPE: &str = "application/problem+json";

/// A registry whose entries are RFC 9457 problem types: an error catalogue, which names the HTTP
/// status of each entry, or a registry of HTTP codes, whose problems are `about:blank`. The
/// macro implements it, with the `problem` feature.
pub trait Catalogue: CodeType<Repr: TryFrom<i128> + serde::Serialize> {
    /// The type that holds any code a problem of this catalogue can carry: the registry's open
    /// code type if it declares one (`open ApiErrorCode in 0..=99999;`), else the registry
    /// itself, which then reads no code it does not know.
    type Open: CodeType<Repr = Self::Repr>;

    /// Whether its problems carry their code in a `code` member: an error catalogue's do; a
    /// registry of HTTP codes' do not (their code is their status).
    const CODE_MEMBER: bool;

    /// The HTTP status the problem is answered with.
    fn status(self) -> StatusCode;

    /// The problem type URI (RFC 9457, section 3.1.1): the entry's, or `about:blank` for a
    /// registry of HTTP codes.
    fn problem_type(self) -> &'static str;

    /// The title (RFC 9457, section 3.1.3): the entry's phrase; `None` for a code of an open
    /// code type that no entry has.
    fn title(self) -> Option<&'static str>;
}

/// One problem type of a catalogue, as data: what an OpenAPI document lists for each response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ProblemType<C> {
    /// The entry.
    pub entry: C,
    /// The HTTP status it is answered with.
    pub status: StatusCode,
    /// Its problem type URI.
    pub problem_type: &'static str,
    /// Its title.
    pub title: &'static str,
}

/// Every problem type of a catalogue, in the order of its entries.
///
/// ```
/// # #[cfg(all(feature = "macros", feature = "problem"))] {
/// use status_registry::problem::problem_types;
/// use status_registry::status_registry;
///
/// status_registry! {
///     pub enum ApiError: u32 {
///         type "https://api.example.com/problems/";
///         40401 USER_NOT_FOUND "User not found" => NOT_FOUND;
///         40901 EMAIL_TAKEN "Email taken" => CONFLICT;
///     }
/// }
///
/// let types: Vec<_> = problem_types::<ApiError>().collect();
/// assert_eq!(types[0].status.code(), 404);
/// assert_eq!(types[1].problem_type, "https://api.example.com/problems/email-taken");
/// assert_eq!(types[1].title, "Email taken");
/// # }
/// ```
pub fn problem_types<C: Catalogue + Registry>() -> impl Iterator<Item = ProblemType<C>> {
    C::iter().map(|entry| ProblemType {
        entry,
        status: entry.status(),
        problem_type: entry.problem_type(),
        title: entry.phrase(),
    })
}

/// The status of a catalogue's entry at `position` in `ALL`, from its table.
#[doc(hidden)]
#[inline]
pub fn status_at(problems: &[(u16, &'static str)], position: usize) -> StatusCode {
    problems
        .get(position)
        .and_then(|&(status, _)| StatusCode::new(status))
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The problem type URI of a catalogue's entry at `position` in `ALL`, from its table.
#[doc(hidden)]
#[inline]
pub fn type_at(problems: &[(u16, &'static str)], position: usize) -> &'static str {
    problems
        .get(position)
        .map_or("about:blank", |&(_, uri)| uri)
}

/// The status of a code of a registry of HTTP codes, which `StatusCode` holds.
#[doc(hidden)]
#[inline]
pub fn http_status(code: u16) -> StatusCode {
    StatusCode::new(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// For an error catalogue `$ty`: [`Catalogue`] over its table of statuses and type URIs (in the
/// order of `ALL`, read at `position_of_code`, where the call is), and with the `axum` feature
/// `IntoResponse`, the entry as a problem with nothing more.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem {
    ($ty:ident: open = $open:ty, problems = [$($status:literal $uri:literal),*]) => {
        const PROBLEMS: &[(::core::primitive::u16, &::core::primitive::str)] =
            &[$(($status, $uri)),*];

        #[automatically_derived]
        impl $crate::__private::Catalogue for $ty {
            type Open = $open;
            const CODE_MEMBER: ::core::primitive::bool = true;

            #[inline]
            fn status(self) -> $crate::__private::StatusCode {
                $crate::__private::problem_status_at(PROBLEMS, position_of_code(self.code()))
            }

            #[inline]
            fn problem_type(self) -> &'static ::core::primitive::str {
                $crate::__private::problem_type_at(PROBLEMS, position_of_code(self.code()))
            }

            #[inline]
            fn title(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ::core::option::Option::Some(self.phrase())
            }
        }

        $crate::__impl_problem_axum!($ty);
        $crate::__impl_problem_utoipa!($ty);
    };
}

/// For a type of HTTP codes `$ty` (`impl_http!`): [`Catalogue`] of `about:blank` problems.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_about_blank {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::Catalogue for $ty {
            type Open = Self;
            const CODE_MEMBER: ::core::primitive::bool = false;

            #[inline]
            fn status(self) -> $crate::__private::StatusCode {
                $crate::__private::http_status($crate::__private::CodeType::code(self))
            }

            #[inline]
            fn problem_type(self) -> &'static ::core::primitive::str {
                "about:blank"
            }

            #[inline]
            fn title(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                ::core::option::Option::map($crate::__private::CodeType::entry(self), |entry| {
                    entry.phrase
                })
            }
        }
    };
}

/// Without the `axum` feature, an error catalogue's entry is no `IntoResponse`.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_axum {
    ($ty:ident) => {};
}
