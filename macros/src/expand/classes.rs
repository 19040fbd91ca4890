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

/// The registry's `class()` and predicates.
pub fn registry_methods(registry: &Registry, paths: &Paths) -> TokenStream {
    let Some(classes) = registry.classes() else {
        return TokenStream::new();
    };
    let class_path = class_path(registry, classes, paths);
    let ranges = ranges(classes);
    let names: Vec<_> = classes.classes.iter().map(|class| &class.ident).collect();
    // Every entry lies in a class (the macro checked it), so the last class needs no range.
    let (last, leading) = names
        .split_last()
        .map_or((None, &[][..]), |(last, leading)| (Some(last), leading));
    let leading_ranges = &ranges[..leading.len()];
    let predicates = predicates(classes, &quote!(self.code()), classes.origin == Origin::Own);
    quote! {
        /// The class this entry belongs to.
        #[inline]
        pub const fn class(self) -> #class_path {
            match self.code() {
                #(#leading_ranges => #class_path::#leading,)*
                _ => #class_path::#last,
            }
        }

        #predicates
    }
}

/// The open code type's `class()`, which a code outside every class has none of, and
/// predicates.
pub fn open_methods(registry: &Registry, paths: &Paths) -> TokenStream {
    let Some(classes) = registry.classes() else {
        return TokenStream::new();
    };
    let option = &paths.option;
    let class_path = class_path(registry, classes, paths);
    let ranges = ranges(classes);
    let names = classes.classes.iter().map(|class| &class.ident);
    let predicates = predicates(classes, &quote!(self.0), false);
    quote! {
        /// The class whose range holds the code, if any.
        #[inline]
        pub const fn class(self) -> #option<#class_path> {
            match self.0 {
                #(#ranges => #option::Some(#class_path::#names),)*
                _ => #option::None,
            }
        }

        #predicates
    }
}

/// One `is_*` predicate per class, on the code that `code` reads. The docs link each class to
/// its variant where the class type is sure to be in scope (`linked`).
fn predicates(classes: &Classes, code: &TokenStream, linked: bool) -> TokenStream {
    let class_type = unraw(&classes.ident);
    let predicates = classes
        .classes
        .iter()
        .zip(ranges(classes))
        .map(|(class, range)| {
            let predicate = class.predicate();
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
            quote! {
                #[doc = #doc]
                #[inline]
                pub const fn #predicate(self) -> ::core::primitive::bool {
                    ::core::matches!(#code, #range)
                }
            }
        });
    quote!(#(#predicates)*)
}

/// `Classified`, for a registry with classes.
pub fn classified_impl(registry: &Registry, paths: &Paths) -> TokenStream {
    let Some(classes) = registry.classes() else {
        return TokenStream::new();
    };
    let (ident, private) = (&registry.ident, &paths.private);
    let class_path = class_path(registry, classes, paths);
    quote! {
        #[automatically_derived]
        impl #private::Classified for #ident {
            type Class = #class_path;

            #[inline]
            fn class(self) -> #class_path {
                Self::class(self)
            }
        }
    }
}
