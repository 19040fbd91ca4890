//! What a registry and an open code type implement alike where the registry's codes are HTTP's:
//! the call of the runtime's `impl_http!`. (What they share in every registry, parsing, serde,
//! and the conversions and comparisons with the repr, is the runtime's `impl_codes!`, which its
//! `impl_registry!` and `impl_open!` call.)

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::Paths;
use crate::model::{Registry, HTTP_CODES};

/// For a type of HTTP codes (of a registry that [`is_http`](Registry::is_http)): what the
/// runtime's `impl_http!` writes with its `http` feature (the conversions with
/// `http::StatusCode`, and `==`) and its `axum` feature (`IntoResponse`). Without those features
/// the call expands to nothing.
///
/// `window` is an open code type's; `None` is for the registry, which holds every one of its
/// codes (all in `100..=999`) but not every code. Each conversion is `From` where it cannot fail.
pub fn http_impls(
    registry: &Registry,
    ident: &Ident,
    window: Option<(i128, i128)>,
    paths: &Paths,
) -> TokenStream {
    if !registry.is_http() {
        return TokenStream::new();
    }
    let private = &paths.private;
    let (lo, hi) = HTTP_CODES;
    let (holds_http, inside_http) = match window {
        Some((start, end)) => (start <= lo && hi <= end, lo <= start && end <= hi),
        None => (false, true),
    };
    let conversion = |total: bool| if total { quote!(From) } else { quote!(TryFrom) };
    let (from_http, into_http) = (conversion(holds_http), conversion(inside_http));
    quote! {
        #private::impl_http!(#ident: from_http = #from_http, into_http = #into_http);
    }
}
