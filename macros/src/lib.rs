//! The `status_registry!` procedural macro. Use it through the `status-registry` crate, which
//! re-exports it and holds the runtime its expansion needs.
//!
//! The pipeline, on one model (`model.rs`): tokens -> `parse` (the declaration as written,
//! spans kept) -> `validate` (every problem collected, only the valid part kept) -> `expand`
//! (tokens; cannot fail). `extends.rs` holds all of `enum Edge extends Base`.
#![forbid(unsafe_code)]

mod expand;
mod extends;
mod http_statuses;
mod model;
#[cfg(test)]
mod mutation_tests;
/// A link to core's file: the hash the macro lays out the name table with is the one the runtime
/// looks names up with.
mod name_hash;
mod parse;
#[cfg(test)]
mod tests;
mod validate;

use proc_macro2::TokenStream;

/// Declares a status registry: a table of numeric codes with a NAME, a reason phrase, an optional
/// description and an optional spec reference, expanded into an IntEnum-like Rust type.
///
/// The grammar, in order:
///
/// ```text
/// #[status_registry(crate = path)]      optional: where status_registry is, if renamed
/// #[status_registry(export)]            optional: other crates may extend this registry
/// #[...] /// docs                        outer attributes pass through to the enum
/// VIS enum Name: REPR extends BASE {     REPR: u8 u16 u32 u64 i8 i16 i32 i64 (default u16)
///                                        extends BASE: optional, see below
///     classes ClassType {                optional, at most one; every entry in a class
///         LO..=HI NAME "phrase" => STATUS?;
///     }
///     open CodeType in LO..=HI;          optional: a type holding any code of the window
///     type "BASE_URI";                   optional: the base of the problem type URIs
///     CODE NAME "phrase" "description"? ["reference"]? => STATUS? type "URI"?;
///     alias OTHER_NAME = NAME;
/// }
/// ```
///
/// An **error catalogue** is a registry whose entries say how each error is answered, as an
/// RFC 9457 problem detail (`application/problem+json`; see the `problem` feature of the
/// `status-registry` crate). `=> STATUS` names the HTTP status an entry is answered with, as an
/// `HttpStatus` name (or alias) or code: `=> NOT_FOUND`, `=> 404`. After a class's phrase, it is
/// the status of every entry of the class that names none. `type "URI"` gives an entry its own
/// problem type URI; `type "BASE_URI";` in the body gives the others theirs: the base, then the
/// entry's name in kebab case (`USER_NOT_FOUND` under `"https://example.com/problems/"` is
/// `https://example.com/problems/user-not-found`). Once an entry or class names a status, or
/// the registry has a base, every entry must end up with a status and a type URI, which must be
/// absolute (with a scheme) and not `about:blank`. An error catalogue's codes are its own, never
/// HTTP statuses: the `http` and `axum` features treat it as a catalogue, not as a registry of
/// HTTP codes.
///
/// ```
/// use status_registry::status_registry;
///
/// status_registry! {
///     /// The errors of our API.
///     pub enum ApiError: u32 {
///         type "https://api.example.com/problems/";
///         classes ApiErrorClass {
///             40000..=40099 BAD_REQUEST "Bad Request" => BAD_REQUEST;
///             40400..=40499 NOT_FOUND "Not Found" => NOT_FOUND;
///             40900..=40999 CONFLICT "Conflict";
///         }
///         open ApiErrorCode in 0..=99999;
///         40001 INVALID_EMAIL "Invalid email" "The email address is not valid";
///         40401 USER_NOT_FOUND "User not found" "No user has this id";
///         40402 ORDER_NOT_FOUND "Order not found" => GONE type "https://example.com/orders";
///         40901 EMAIL_TAKEN "Email taken" => 409;
///     }
/// }
/// # let _ = ApiError::EMAIL_TAKEN;
/// ```
///
/// `extends BASE` (a path to another registry, from this crate or another) gives the registry
/// every entry, alias and class of the base, before its own, and the conversions
/// `From<BASE>` and `TryFrom<Self> for BASE`. The base's expansion hands its declaration over
/// through a hidden macro named like the base type, so the path that names the type names it
/// too. The repr is the base's; the class type is the base's. That macro is an item of the
/// base's module, seen no further than its crate, unless the base has the `export` option: then
/// it is exported at the crate root, for other crates to extend the base.
///
/// Codes are integer literals (decimal, hex, `_` separators, a leading `-` for signed reprs).
/// Entries, aliases and the classes block come in any order; `ALL` keeps the entries'
/// declaration order. Doc comments and attributes such as `#[deprecated]` pass through to the
/// variant (entries), the associated const (aliases) or the class type and its variants.
///
/// See the `status-registry` crate for what the expansion offers.
///
/// ```
/// use status_registry::status_registry;
///
/// status_registry! {
///     /// Codes our edge proxy answers with.
///     pub enum EdgeStatus: u16 {
///         classes EdgeClass {
///             400..=499 CLIENT_ERROR "Client Error";
///             500..=599 SERVER_ERROR "Server Error";
///         }
///         444 NO_RESPONSE "No Response" "The server closed the connection without a response";
///         499 CLIENT_CLOSED_REQUEST "Client Closed Request";
///         520 WEB_SERVER_UNKNOWN_ERROR "Web Server Returned an Unknown Error" ["Cloudflare"];
///         alias NGINX_NO_RESPONSE = NO_RESPONSE;
///     }
/// }
///
/// let status = EdgeStatus::from_name("NGINX_NO_RESPONSE").unwrap();
/// assert_eq!(status, EdgeStatus::NO_RESPONSE);
/// assert_eq!(status.to_string(), "444 No Response");
/// assert!(EdgeStatus::WEB_SERVER_UNKNOWN_ERROR.is_server_error());
/// assert_eq!(EdgeStatus::ALL.len(), 3);
/// ```
#[proc_macro]
pub fn status_registry(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand_registry(input.into()).into()
}

/// The whole macro on `proc_macro2` tokens: the expansion of what is valid, then every error.
fn expand_registry(input: TokenStream) -> TokenStream {
    let mut registry = match parse::parse(input.clone()) {
        Ok(registry) => registry,
        Err(error) => return error.to_compile_error(),
    };
    if let Some(first_pass) = extends::first_pass(&registry, &input) {
        return first_pass;
    }
    let errors = validate::validate(&mut registry);
    let mut tokens = expand::expand(&registry);
    if let Some(errors) = errors {
        tokens.extend(errors.to_compile_error());
    }
    tokens
}
