//! An error catalogue's problem types: the call of the runtime's `impl_problem!` with each
//! entry's HTTP status and problem type URI, in the order of `ALL`. Without the runtime's
//! `problem` feature the call expands to nothing.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Paths;
use crate::model::{kebab_case, Entry, Registry};

/// For a registry that [`is_catalogue`](Registry::is_catalogue): the call of `impl_problem!`.
pub fn problem_impls(registry: &Registry, paths: &Paths) -> TokenStream {
    if !registry.is_catalogue() {
        return TokenStream::new();
    }
    let private = &paths.private;
    let ident = &registry.ident;
    let open = match registry.open() {
        Some(open) => {
            let open = &open.ident;
            quote!(#open)
        }
        None => quote!(Self),
    };
    let problems = registry.entries.iter().map(|entry| {
        let (status, uri) = answer(registry, entry);
        let status = Literal::u16_unsuffixed(status);
        quote!(#status #uri)
    });
    quote! {
        #private::impl_problem!(#ident: open = #open, problems = [#(#problems),*]);
    }
}

/// How an entry of an error catalogue is answered: the code of its HTTP status and its problem
/// type URI.
pub fn answer(registry: &Registry, entry: &Entry) -> (u16, String) {
    let uri = match (&entry.problem_type, registry.problem_bases.first()) {
        (Some(uri), _) => uri.value(),
        (None, Some(base)) => format!("{}{}", base.uri.value(), kebab_case(&entry.name())),
        // Reported by `validate`.
        (None, None) => String::new(),
    };
    (status(registry, entry), uri)
}

/// The code of the HTTP status an entry is answered with: its own, else its class's (500 where
/// `validate` reported neither).
fn status(registry: &Registry, entry: &Entry) -> u16 {
    let code = entry.code.value;
    let class_status = || {
        registry
            .classes()?
            .classes
            .iter()
            .find(|class| (class.lo.value..=class.hi.value).contains(&code))?
            .status
            .as_ref()?
            .code
    };
    entry
        .status
        .as_ref()
        .and_then(|status| status.code)
        .or_else(class_status)
        .unwrap_or(500)
}
