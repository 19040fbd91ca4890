//! What a registry and an open code type implement alike, over their `CodeType` impl and
//! inherent `code()`: formatting and parsing (written once in the runtime), serde (when the
//! runtime's feature is on), and conversions and comparisons with the repr.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::Paths;

/// `Display` (its body is `display`), `FromStr`, serde, and [`conversions`].
pub fn impls(ident: &Ident, display: &TokenStream, paths: &Paths) -> TokenStream {
    let Paths { private, str, .. } = paths;
    let conversions = conversions(ident, paths);
    quote! {
        // `Serialize` and `Deserialize` if the runtime's `serde` feature is on, else nothing.
        #private::impl_serde!(#ident);

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #private::ParseError<Self>;

            #[inline]
            fn from_str(input: &#str) -> ::core::result::Result<Self, Self::Err> {
                #private::parse(input)
            }
        }

        #conversions
    }
}

/// `From` and `TryFrom` the repr, and `==` and `<` with it, both ways.
fn conversions(ident: &Ident, paths: &Paths) -> TokenStream {
    let Paths {
        private,
        repr: ty,
        option,
        ..
    } = paths;
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#ident> for #ty {
            #[inline]
            fn from(status: #ident) -> Self {
                status.code()
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<#ty> for #ident {
            type Error = #private::UnknownCode<Self>;

            #[inline]
            fn try_from(code: #ty) -> ::core::result::Result<Self, Self::Error> {
                match <Self as #private::CodeType>::from_code(code) {
                    #option::Some(status) => ::core::result::Result::Ok(status),
                    #option::None => ::core::result::Result::Err(#private::UnknownCode::new(code)),
                }
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ty> for #ident {
            #[inline]
            fn eq(&self, other: &#ty) -> ::core::primitive::bool {
                self.code() == *other
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #ty {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                *self == other.code()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd<#ty> for #ident {
            #[inline]
            fn partial_cmp(&self, other: &#ty) -> #option<::core::cmp::Ordering> {
                ::core::cmp::PartialOrd::partial_cmp(&self.code(), other)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd<#ident> for #ty {
            #[inline]
            fn partial_cmp(&self, other: &#ident) -> #option<::core::cmp::Ordering> {
                ::core::cmp::PartialOrd::partial_cmp(self, &other.code())
            }
        }
    }
}
