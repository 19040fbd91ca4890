//! The open code type of an `open` line: any code of its window, registered or not, with a
//! constant per entry and alias of its registry.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::docs::{markdown, own_docs, separated};
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
    let nonzero = nonzero(registry, open);
    let constants = constants(registry, nonzero.as_ref(), paths);
    let field = match &nonzero {
        Some(_) => quote!(::core::num::NonZero<#repr>),
        None => quote!(#repr),
    };
    let derives = super::value_derives();
    let cfgs = cfgs(&registry.attrs);
    let class_methods = classes::class_methods(registry, ident, paths, false);
    let class_methods = (!class_methods.is_empty()).then(|| quote!(#(#cfgs)* #class_methods));
    quote! {
        #(#cfgs)*
        #(#attrs)*
        #[doc = #doc]
        #derives
        #[derive(::core::fmt::Debug)]
        #[repr(transparent)]
        #vis struct #ident(#field);

        #(#cfgs)*
        #[allow(deprecated, non_upper_case_globals)]
        impl #ident {
            #constants
        }

        #class_methods
    }
}

/// The runtime's function that holds a code of the window as a `NonZero` (`nonzero_u16`), if
/// the window excludes 0: the type's field is then a `NonZero`, so that an `Option` of the type
/// is no larger than it.
fn nonzero(registry: &Registry, open: &Open) -> Option<Ident> {
    (open.lo.value > 0 || open.hi.value < 0)
        .then(|| format_ident!("nonzero_{}", registry.repr.name()))
}

/// One constant per entry and alias of the registry.
fn constants(registry: &Registry, nonzero: Option<&Ident>, paths: &Paths) -> TokenStream {
    let private = &paths.private;
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
        let code = match nonzero {
            Some(nonzero) => quote!(#private::#nonzero(#code)),
            None => code,
        };
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

/// The open code type's API and trait impls, which the runtime's `impl_open!` writes, inside the
/// registry's `const _` block since they read its tables.
pub fn with_tables(registry: &Registry, open: &Open, paths: &Paths) -> TokenStream {
    let Paths { private, repr, .. } = paths;
    let (ident, registry_ident, name) = (&open.ident, &registry.ident, unraw(&open.ident));
    let (lo, hi) = (code_literal(&open.lo), code_literal(&open.hi));
    let rows = proc_macro2::Literal::usize_unsuffixed(registry.entries.len() + 1);
    let http = shared::http_impls(registry, ident, Some((open.lo.value, open.hi.value)), paths);
    let nonzero = nonzero(registry, open).map(|nonzero| quote!(as #nonzero));
    let mut doc = own_docs(&open.attrs);
    if doc.is_empty() {
        doc = format!(
            "Any code in `{}..={}`, registered in `{}` or not.",
            open.lo.value,
            open.hi.value,
            registry.name()
        );
    }
    // The descriptions by code where the registry's tables by code are `static`s, as its phrases
    // are; a larger registry's open code type reads them by position.
    let descriptions = match super::tables::code_tables(registry) {
        Some((span, true)) => quote!(by code #span),
        _ => quote!(by position),
    };
    quote! {
        #private::impl_open!(
            #ident: #repr #nonzero, #name, #lo..=#hi, #registry_ident, #rows,
            descriptions #descriptions
        );
        #private::impl_schema!(#ident: open, #doc);
        #http
    }
}
