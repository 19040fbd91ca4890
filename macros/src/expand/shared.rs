//! What a registry and an open code type implement alike, over their `CodeType` impl: `Display`,
//! and through the runtime's `impl_codes!`, parsing, serde (when the runtime's feature is on),
//! and the conversions and comparisons with the repr.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::Paths;

/// `Display` (its body is `display`), and what the runtime's `impl_codes!` writes: `FromStr`,
/// serde, and the conversions and comparisons with the repr.
pub fn impls(ident: &Ident, display: &TokenStream, paths: &Paths) -> TokenStream {
    let Paths { private, repr, .. } = paths;
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display
            }
        }

        #private::impl_codes!(#ident: #repr);
    }
}
