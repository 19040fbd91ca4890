//! A validated [`Registry`] -> tokens. Cannot fail: everything here has been validated, and a
//! registry whose every entry was rejected still yields its type (with no variant), so that its
//! uses raise no second error.
//!
//! The expansion carries what differs from one registry to another: the types, their
//! constants, the tables and each class's range and name. What every registry has alike (the
//! inherent `const fn` API over the tables, the trait impls, the class methods) is written once,
//! as `macro_rules!` in the runtime crate (`impl_registry!`, `impl_open!`, `impl_classes!`,
//! `impl_class_methods!`, `impl_codes!`, `impl_http!`, `impl_problem!`), which the expansion calls through
//! `__private`, as bitflags writes its public API once; formatting, parsing, iteration and the
//! error types are the runtime's too, over its traits. Paths are absolute (`::core::...`,
//! `<crate>::__private::...`) so the expansion means the same whatever the caller has in scope.
//! One file per part:
//!
//! - `registry`: the enum, its aliases, and the call of `impl_registry!`;
//! - `tables`: the lookup tables the API runs on;
//! - `classes`: the class type, its rows, and the calls of `impl_classes!` and
//!   `impl_class_methods!`;
//! - `open`: the open code type, its constants, and the call of `impl_open!`;
//! - `docs`: the generated documentation;
//! - `shared`: the call of `impl_http!` for a registry of HTTP codes and its open type;
//! - `problem`: the call of `impl_problem!` for an error catalogue.

mod classes;
mod docs;
mod open;
mod problem;
mod registry;
mod shared;
mod tables;

#[cfg(test)]
pub(crate) use tables::{displaced_layout, first_slot_layout, name_table, NameLookup};

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Attribute;

use crate::extends;
use crate::model::{Code, Registry};

/// The paths every part names, built once.
pub struct Paths {
    /// `<crate>::__private`: the runtime's one door for generated code.
    pub private: TokenStream,
    /// `::core::primitive::u16`: the repr.
    pub repr: TokenStream,
    pub option: TokenStream,
}

impl Paths {
    fn new(registry: &Registry) -> Paths {
        let krate = registry.krate();
        let repr = format_ident!("{}", registry.repr.name());
        Paths {
            private: quote!(#krate::__private),
            repr: quote!(::core::primitive::#repr),
            option: quote!(::core::option::Option),
        }
    }
}

pub fn expand(registry: &Registry) -> TokenStream {
    let paths = Paths::new(registry);
    let cfgs = cfgs(&registry.attrs);
    let enum_type = registry::enum_type(registry);
    let class_type = classes::class_type(registry, &paths);
    let aliases = registry::alias_consts(registry);
    let open_type = registry
        .open()
        .map(|open| open::open_type(registry, open, &paths));
    let replay = extends::replay_macro(registry);
    let tables = tables::tables(registry, &paths);
    let impls = registry::impls(registry, &paths);
    let base = extends::conversions(registry, &paths);
    let open_impls = registry
        .open()
        .map(|open| open::with_tables(registry, open, &paths));
    let problem = problem::problem_impls(registry, &paths);
    quote! {
        #enum_type
        #class_type
        #aliases
        #open_type
        #replay

        #(#cfgs)*
        #[allow(deprecated, non_upper_case_globals)]
        const _: () = {
            #tables
            #impls
            #base
            #open_impls
            #problem
        };
    }
}

/// What every generated type derives: its values are codes, equal and ordered as their codes
/// are (a fieldless enum's derived order is its discriminants', which are the codes). The enums
/// also allow the naming lints: their variants are named as declared.
fn value_derives() -> TokenStream {
    quote! {
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash,
        )]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, clippy::enum_variant_names)]
    }
}

/// The registry's `#[cfg(...)]` attributes, which every generated item must carry too.
pub fn cfgs(attrs: &[Attribute]) -> Vec<&Attribute> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .collect()
}

/// The code as an unsuffixed literal (the enum's repr types it), on the span of the code as
/// written so that rustc's own errors land on the entry.
fn code_literal(code: &Code) -> TokenStream {
    let mut literal = Literal::u128_unsuffixed(code.value.unsigned_abs());
    literal.set_span(code.span());
    if code.value < 0 {
        quote_spanned!(code.span()=> -#literal)
    } else {
        quote!(#literal)
    }
}
