//! The registry itself: the enum, its aliases, and the call of the runtime's `impl_registry!`,
//! which writes its inherent `const fn` API over the tables and its trait impls.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{doc_lines, own_docs, separated, type_doc, variant_doc};
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
        let doc = separated(attrs, &variant_doc(registry, entry));
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

/// The inherent API, `const fn`s over the tables of `tables.rs`, and the runtime's traits:
/// written once, in the runtime's `impl_registry!`, but for what the classes add.
pub fn impls(registry: &Registry, paths: &Paths) -> TokenStream {
    let Paths { private, repr, .. } = paths;
    let ident = &registry.ident;
    let name = registry.name();
    let count = proc_macro2::Literal::usize_unsuffixed(registry.entries.len());
    let digits = proc_macro2::Literal::u32_unsuffixed(code_digits(registry));
    let class_methods = classes::class_methods(registry, ident, paths, true);
    let http = shared::http_impls(registry, ident, None, paths);
    let doc = own_docs(&registry.attrs);
    quote! {
        #private::impl_registry!(#ident: #repr, #name, #count, digits #digits);
        #private::impl_schema!(#ident: registry, #doc);

        #class_methods
        #http
    }
}

/// How many decimal digits every code of the registry has, where all have as many and none is
/// negative (HTTP's 3), else 0: `FromStr` then reads that many digits with no loop
/// (`CodeType::CODE_DIGITS`).
fn code_digits(registry: &Registry) -> u32 {
    let digits = |code: i128| code.unsigned_abs().checked_ilog10().unwrap_or(0) + 1;
    let mut codes = registry.entries.iter().map(|entry| entry.code.value);
    let Some(first) = codes.next() else {
        return 0;
    };
    let count = digits(first);
    let alike = codes.all(|code| code >= 0 && digits(code) == count);
    if first >= 0 && alike {
        count
    } else {
        0
    }
}
