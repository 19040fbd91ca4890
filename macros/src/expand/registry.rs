//! The registry itself: the enum, its aliases, its inherent `const fn` API over the tables, and
//! its trait impls, each a few lines since the traits carry the behaviour.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{doc_lines, separated, type_doc, variant_doc};
use super::{cfgs, classes, code_literal, shared, Paths};
use crate::model::{unraw, Registry};

/// `#[repr(T)] pub enum R { NAME = CODE, ... }`.
pub fn enum_type(registry: &Registry) -> TokenStream {
    let Registry {
        attrs,
        vis,
        ident,
        entries,
        ..
    } = registry;
    let doc = doc_lines(&separated(attrs, &type_doc(registry)));
    // A code one above the previous entry's is left implicit: rustc's constant evaluation
    // evaluates an explicit discriminant each time it reads an enum value (`ALL`), walking the
    // variants, which makes the build of a large registry quadratic.
    let variants = entries.iter().enumerate().map(|(index, entry)| {
        let (attrs, ident) = (&entry.attrs, &entry.ident);
        let doc = separated(attrs, &variant_doc(entry));
        let follows = index
            .checked_sub(1)
            .and_then(|previous| entries.get(previous))
            .is_some_and(|previous| previous.code.value + 1 == entry.code.value);
        if follows {
            quote!(#(#attrs)* #[doc = #doc] #ident)
        } else {
            let code = code_literal(&entry.code);
            quote!(#(#attrs)* #[doc = #doc] #ident = #code)
        }
    });
    // A registry with no valid entry (its errors are reported) has no variant, and an enum
    // without variants can have no repr.
    let derives = super::value_derives();
    let repr = (!entries.is_empty()).then(|| {
        let repr = quote::format_ident!("{}", registry.repr.name());
        quote!(#[repr(#repr)])
    });
    quote! {
        #(#attrs)*
        #doc
        #repr
        #derives
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

/// The aliases, as associated consts.
///
/// Outside the `const _` block, so that rustc names an alias `R::OLD` in its messages (a
/// deprecation warning, say) rather than `_::<impl R>::OLD`.
pub fn alias_consts(registry: &Registry) -> TokenStream {
    if registry.aliases.is_empty() {
        return TokenStream::new();
    }
    let consts = registry.aliases.iter().map(|alias| {
        let (attrs, ident, target) = (&alias.attrs, &alias.ident, &alias.target);
        let doc = separated(
            attrs,
            &format!(
                "Another name of [`{0}`](Self::{0}), accepted by `from_name`.",
                unraw(target)
            ),
        );
        quote!(#(#attrs)* #[doc = #doc] pub const #ident: Self = Self::#target;)
    });
    let (ident, cfgs) = (&registry.ident, cfgs(&registry.attrs));
    quote! {
        #(#cfgs)*
        #[allow(deprecated, non_upper_case_globals)]
        impl #ident {
            #(#consts)*
        }
    }
}

/// The inherent API: `const fn`s over the tables of `tables.rs`.
pub fn api(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths {
        private,
        repr,
        option,
        str,
    } = paths;
    let ident = &registry.ident;
    let count = proc_macro2::Literal::usize_unsuffixed(registry.entries.len());
    let class_methods = classes::registry_methods(registry, paths);
    let lookups = lookups(registry, paths);
    quote! {
        impl #ident {
            /// Every entry in declaration order, aliases excluded.
            pub const ALL: &'static [Self] = &ALL_ENTRIES;

            /// How many entries there are (aliases excluded).
            pub const COUNT: ::core::primitive::usize = #count;

            /// The numeric code.
            #[inline]
            pub const fn code(self) -> #repr {
                self as #repr
            }

            /// The canonical name as declared, such as `"NOT_FOUND"`.
            #[inline]
            pub const fn name(self) -> &'static #str {
                #private::name_at(NAMES, position_of_code(self.code()))
            }

            /// The reason phrase, such as `"Not Found"`.
            #[inline]
            pub const fn phrase(self) -> &'static #str {
                entry_of(self).phrase
            }

            /// The long description; `""` when the declaration gives none.
            #[inline]
            pub const fn description(self) -> &'static #str {
                entry_of(self).description
            }

            /// The specification that defines the code, if the declaration names one.
            #[inline]
            pub const fn reference(self) -> #option<&'static #str> {
                entry_of(self).reference
            }

            #lookups

            /// Iterates over every entry in declaration order, aliases excluded.
            #[inline]
            pub fn iter() -> #private::Iter<Self> {
                ::core::iter::Iterator::copied(Self::ALL.iter())
            }

            #class_methods
        }
    }
}

/// `from_code`, `phrase_of` and `from_name`: the lookups by code and by name.
fn lookups(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths {
        private,
        repr,
        option,
        str,
    } = paths;
    // The open code type's table of phrases, where there is one; else the rows. A table of
    // phrases for every registry cost a 10,000-entry `cargo check` half a second.
    let phrase_of = if registry.open().is_some() {
        quote!(#private::phrase_at(&PHRASES, position_of_code(code)))
    } else {
        quote! {
            match #private::entry_at(ROWS, position_of_code(code)) {
                #option::Some(entry) => #option::Some(entry.phrase),
                #option::None => #option::None,
            }
        }
    };
    quote! {
            /// The entry with this code, if it is registered.
            #[inline]
            pub const fn from_code(code: #repr) -> #option<Self> {
                status_at(position_of_code(code))
            }

            /// The reason phrase of the entry with this code, if it is registered:
            /// `from_code(code).map(phrase)` in one lookup, as `http`'s `canonical_reason`.
            #[inline]
            pub const fn phrase_of(code: #repr) -> #option<&'static #str> {
                #phrase_of
            }

            /// The entry with this canonical name or alias: an exact, case-sensitive match.
            #[inline]
            pub const fn from_name(name: &#str) -> #option<Self> {
                match position_of_name(name) {
                    #option::Some(position) => status_at(position),
                    #option::None => #option::None,
                }
            }
    }
}

/// The runtime's traits, `Debug`, and what a registry shares with an open code type.
pub fn trait_impls(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths {
        private,
        repr,
        option,
        str,
    } = paths;
    let ident = &registry.ident;
    let name = registry.name();
    let display = quote!(#private::display_line(entry_of(*self).line, f));
    let shared = shared::impls(ident, &display, paths);
    let classified = classes::classified_impl(registry, paths);
    let http = shared::http_impls(registry, ident, None, paths);
    quote! {
        #[automatically_derived]
        impl #private::CodeType for #ident {
            type Repr = #repr;
            const TYPE_NAME: &'static #str = #name;

            #[inline]
            fn code(self) -> #repr {
                self as #repr
            }

            #[inline]
            fn from_code(code: #repr) -> #option<Self> {
                Self::from_code(code)
            }

            #[inline]
            fn from_name(name: &#str) -> #option<Self> {
                Self::from_name(name)
            }

            #[inline]
            fn entry(self) -> #option<&'static #private::Entry> {
                #option::Some(entry_of(self))
            }
        }

        #[automatically_derived]
        impl #private::Registry for #ident {
            const ALL: &'static [Self] = &ALL_ENTRIES;
            const NAMES: &'static [(&'static #str, ::core::primitive::usize)] = NAMES;

            #[inline]
            fn name(self) -> &'static #str {
                Self::name(self)
            }

            #[inline]
            fn phrase_of(code: #repr) -> #option<&'static #str> {
                Self::phrase_of(code)
            }
        }

        #classified

        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        #shared
        #http
    }
}
