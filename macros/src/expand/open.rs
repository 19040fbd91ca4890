//! The open code type of an `open` line: any code of its window, registered or not, with a
//! constant per entry and alias of its registry.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{markdown, separated};
use super::{cfgs, classes, code_literal, shared, Paths};
use crate::model::{unraw, Open, Registry};

/// The type, its constants and its API: outside the registry's `const _` block, so that rustc
/// names the constants `StatusCode::NOT_FOUND` in its messages.
pub fn open_type(registry: &Registry, open: &Open, paths: &Paths) -> TokenStream {
    let repr = &paths.repr;
    let (attrs, ident, vis) = (&open.attrs, &open.ident, &registry.vis);
    let (registry_name, open_name) = (registry.name(), unraw(ident));
    let doc = separated(
        attrs,
        &format!(
            "Any code in `{}..={}`, registered in [`{registry_name}`] or not, held without loss.\n\n\
             It has an associated constant for every entry and alias of [`{registry_name}`], and \
             [`known`]({open_name}::known) gives the entry of a registered code.",
            open.lo.value, open.hi.value
        ),
    );
    let constants = constants(registry);
    let api = api(registry, open, paths);
    let derives = super::value_derives();
    let cfgs = cfgs(&registry.attrs);
    quote! {
        #(#cfgs)*
        #(#attrs)*
        #[doc = #doc]
        #derives
        #[derive(::core::fmt::Debug)]
        #[repr(transparent)]
        #vis struct #ident(#repr);

        #(#cfgs)*
        #[allow(deprecated, non_upper_case_globals)]
        impl #ident {
            #constants

            #api
        }
    }
}

/// `new`, `range`, `code`, `known`, `name`, `from_name`, and those of the classes.
fn api(registry: &Registry, open: &Open, paths: &Paths) -> TokenStream {
    let Paths {
        repr, option, str, ..
    } = paths;
    let registry_ident = &registry.ident;
    let (lo, hi) = (code_literal(&open.lo), code_literal(&open.hi));
    let class_methods = classes::open_methods(registry, paths);
    quote! {
        /// The code, if it is in the window this type holds.
        #[inline]
        pub const fn new(code: #repr) -> #option<Self> {
            if ::core::matches!(code, #lo..=#hi) {
                #option::Some(Self(code))
            } else {
                #option::None
            }
        }

        /// The codes this type holds.
        #[inline]
        pub const fn range() -> ::core::ops::RangeInclusive<#repr> {
            #lo..=#hi
        }

        /// The numeric code.
        #[inline]
        pub const fn code(self) -> #repr {
            self.0
        }

        /// The registry's entry with this code, if it is registered.
        #[inline]
        pub const fn known(self) -> #option<#registry_ident> {
            #registry_ident::from_code(self.0)
        }

        /// The name of the entry with this code, if it is registered.
        #[inline]
        pub const fn name(self) -> #option<&'static #str> {
            match self.known() {
                #option::Some(status) => #option::Some(status.name()),
                #option::None => #option::None,
            }
        }

        /// The code of the entry with this name or alias: an exact, case-sensitive match.
        #[inline]
        pub const fn from_name(name: &#str) -> #option<Self> {
            match #registry_ident::from_name(name) {
                #option::Some(status) => #option::Some(Self(status.code())),
                #option::None => #option::None,
            }
        }

        #class_methods
    }
}

/// One constant per entry and alias of the registry.
fn constants(registry: &Registry) -> TokenStream {
    let registry_name = registry.name();
    // Only the attributes that say how to use an entry or alias (`#[deprecated]`) carry over.
    fn deprecated(attrs: &[syn::Attribute]) -> impl Iterator<Item = &syn::Attribute> {
        attrs
            .iter()
            .filter(|attr| attr.path().is_ident("deprecated"))
    }
    let entries = registry.entries.iter().map(|entry| {
        let (ident, code) = (&entry.ident, code_literal(&entry.code));
        let doc = format!(
            "`{}` {}: [`{registry_name}::{}`].",
            entry.code.value,
            markdown(&entry.phrase.value()),
            entry.name()
        );
        let deprecated = deprecated(&entry.attrs);
        quote!(#(#deprecated)* #[doc = #doc] pub const #ident: Self = Self(#code);)
    });
    let aliases = registry.aliases.iter().map(|alias| {
        let (ident, target) = (&alias.ident, &alias.target);
        let doc = format!("Another name of [`{0}`](Self::{0}).", unraw(target));
        let deprecated = deprecated(&alias.attrs);
        quote!(#(#deprecated)* #[doc = #doc] pub const #ident: Self = Self::#target;)
    });
    quote!(#(#entries)* #(#aliases)*)
}

/// What reads the registry's tables (the phrase of a code) and the trait impls, inside the
/// registry's `const _` block.
pub fn with_tables(registry: &Registry, open: &Open, paths: &Paths) -> TokenStream {
    let Paths {
        private,
        option,
        str,
        ..
    } = paths;
    let (ident, registry_ident) = (&open.ident, &registry.ident);
    let display = quote!(#private::display(*self, f));
    let shared = shared::impls(ident, &display, paths);
    let code_type = code_type_impl(open, paths);
    let http = shared::http_impls(registry, ident, Some((open.lo.value, open.hi.value)), paths);
    let rows = proc_macro2::Literal::usize_unsuffixed(registry.entries.len() + 1);
    quote! {
        /// `PHRASES[position_of_code(code)]`: the phrase of the entry with `code`, if any, in
        /// one read that yields the `Option` itself (the registry's `phrase_of` reads it too).
        const PHRASES: [#option<&'static #str>; #rows] = #private::phrase_table(ROWS);

        impl #ident {
            /// The reason phrase of the entry with this code, if it is registered.
            #[inline]
            pub const fn phrase(self) -> #option<&'static #str> {
                #private::phrase_at(&PHRASES, position_of_code(self.0))
            }
        }

        #code_type

        #[automatically_derived]
        impl #private::OpenCode for #ident {
            type Registry = #registry_ident;
        }

        #shared

        #private::impl_open!(#ident: #registry_ident);
        #http
    }
}

/// `CodeType`: the window, and the entry of a registered code from the registry's rows.
fn code_type_impl(open: &Open, paths: &Paths) -> TokenStream {
    let Paths {
        private,
        repr,
        option,
        str,
    } = paths;
    let (ident, name) = (&open.ident, unraw(&open.ident));
    let (lo, hi) = (code_literal(&open.lo), code_literal(&open.hi));
    quote! {
    #[automatically_derived]
    impl #private::CodeType for #ident {
        type Repr = #repr;
        const TYPE_NAME: &'static #str = #name;
        const MIN_CODE: #repr = #lo;
        const MAX_CODE: #repr = #hi;

        #[inline]
        fn code(self) -> #repr {
            self.0
        }

        #[inline]
        fn from_code(code: #repr) -> #option<Self> {
            Self::new(code)
        }

        #[inline]
        fn from_name(name: &#str) -> #option<Self> {
            Self::from_name(name)
        }

        #[inline]
        fn entry(self) -> #option<&'static #private::Entry> {
            #private::entry_at(ROWS, position_of_code(self.0))
        }
    }
    }
}
