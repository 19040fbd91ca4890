//! The class type of a `classes` block, and what a registry and its open code type get from
//! their classes: `class()` and one `is_*` predicate per class.

use proc_macro2::TokenStream;
use quote::quote;
use syn::LitStr;

use super::docs::{class_doc, class_type_doc, doc_lines};
use super::{cfgs, code_literal, Paths};
use crate::model::{unraw, Classes, Origin, Registry};

/// The class type, unless the registry uses its base's.
pub fn class_type(registry: &Registry, paths: &Paths) -> TokenStream {
    let Some(classes) = registry.classes().filter(|c| c.origin == Origin::Own) else {
        return TokenStream::new();
    };
    let (attrs, ident, vis) = (&classes.attrs, &classes.ident, &registry.vis);
    let doc = doc_lines(&class_type_doc(registry, classes));
    let variants = classes.classes.iter().map(|class| {
        let (attrs, ident, doc) = (&class.attrs, &class.ident, class_doc(class));
        quote!(#(#attrs)* #[doc = #doc] #ident)
    });
    let api = class_api(registry, classes, paths);
    let derives = super::value_derives();
    let cfgs = cfgs(&registry.attrs);
    quote! {
        #(#cfgs)*
        #(#attrs)*
        #doc
        #derives
        #vis enum #ident {
            #(#variants,)*
        }

        #api
    }
}

/// The class type's `ALL`, `of` and rows, and the call of the runtime's `impl_classes!`, which
/// writes the rest of its API and its trait impls over the rows.
fn class_api(registry: &Registry, classes: &Classes, paths: &Paths) -> TokenStream {
    let Paths {
        private,
        repr,
        option,
        ..
    } = paths;
    let ident = &classes.ident;
    let names: Vec<_> = classes.classes.iter().map(|class| &class.ident).collect();
    let ranges = ranges(classes);
    let rows = classes.classes.iter().map(|class| {
        let (lo, hi) = (code_literal(&class.lo), code_literal(&class.hi));
        let name = LitStr::new(&class.name(), class.ident.span());
        let phrase = &class.phrase;
        quote!(&#private::ClassRow(#lo, #hi, #name, #phrase))
    });
    let cfgs = cfgs(&registry.attrs);
    quote! {
        #(#cfgs)*
        #[allow(non_upper_case_globals)]
        const _: () = {
            impl #ident {
                /// Every class, in ascending order of their ranges.
                pub const ALL: &'static [Self] = &[#(Self::#names),*];

                /// The class whose range holds `code`, if any.
                #[inline]
                // Classes that cover every value of the repr leave the last arm unreachable.
                #[allow(unreachable_patterns)]
                pub const fn of(code: #repr) -> #option<Self> {
                    match code {
                        #(#ranges => #option::Some(Self::#names),)*
                        _ => #option::None,
                    }
                }
            }

            /// The class's range, name and phrase.
            #[inline]
            const fn row(class: #ident) -> &'static #private::ClassRow<#repr> {
                match class {
                    #(#ident::#names => #rows,)*
                }
            }

            #private::impl_classes!(#ident: #repr);
        };
    }
}

/// Each class's range as literals, `100..=199`.
fn ranges(classes: &Classes) -> Vec<TokenStream> {
    classes
        .classes
        .iter()
        .map(|class| {
            let (lo, hi) = (code_literal(&class.lo), code_literal(&class.hi));
            quote!(#lo..=#hi)
        })
        .collect()
}

/// The class type of a registry's classes: its own, or its base's.
pub fn class_path(registry: &Registry, classes: &Classes, paths: &Paths) -> TokenStream {
    match (classes.origin, registry.base_path()) {
        (Origin::Base, Some(base)) => {
            let private = &paths.private;
            quote!(<#base as #private::Classified>::Class)
        }
        _ => {
            let ident = &classes.ident;
            quote!(#ident)
        }
    }
}

/// The methods a registry (`registry`) or its open code type gets from its classes: the call
/// of the runtime's `impl_class_methods!` with each class's range, name, predicate and the
/// predicate's doc, which links the class where the class type is sure to be in scope (the
/// registry's own classes).
pub fn class_methods(
    registry: &Registry,
    ident: &syn::Ident,
    paths: &Paths,
    registry_side: bool,
) -> TokenStream {
    let Some(classes) = registry
        .classes()
        .filter(|classes| !classes.classes.is_empty())
    else {
        return TokenStream::new();
    };
    let private = &paths.private;
    let class_path = class_path(registry, classes, paths);
    let class_type = unraw(&classes.ident);
    let linked = registry_side && classes.origin == Origin::Own;
    let rows = classes
        .classes
        .iter()
        .zip(ranges(classes))
        .map(|(class, range)| {
            let (name, predicate) = (&class.ident, class.predicate());
            let doc = format!(
                "Whether the code is in `{}..={}`, the class {}.",
                class.lo.value,
                class.hi.value,
                if linked {
                    format!("[`{0}`]({class_type}::{0})", class.name())
                } else {
                    format!("`{}`", class.name())
                },
            );
            quote!(#range #name #predicate #doc;)
        });
    let kind = if registry_side {
        // Every entry lies in a class (the macro checked it): the last class is the fallback
        // of a `match` that must be total.
        let fallback = classes.classes.last().map(|class| &class.ident);
        quote!(registry of #class_path, fallback #fallback,)
    } else {
        quote!(open of #class_path,)
    };
    quote! {
        #private::impl_class_methods!(#ident: #kind #(#rows)*);
    }
}
