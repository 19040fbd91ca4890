//! `enum Edge extends HttpStatus`, all of it: the first pass that asks the base for its
//! declaration, the replay macro through which every registry hands its own over, the merge of
//! the base's items into the registry, and the conversions between the two.
//!
//! A proc macro cannot see another type's entries. So every registry's expansion has a hidden
//! `macro_rules!` that replays its declaration, re-exported under the registry's own name in the
//! macro namespace: the path that names the type names its replay macro. The first pass of a
//! registry that extends `Base` expands to `Base! { {krate} INPUT }`, which calls this macro again
//! with `__extend { BASE } INPUT`; the second pass merges `BASE` into `INPUT`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};
use syn::Visibility;

use crate::expand::Paths;
use crate::model::{kebab_case, unraw, Origin, Registry, Repr};
use crate::validate::Errors;

/// The first pass of a registry that extends another, whose declaration it does not have yet:
/// the call of the base's replay macro.
pub fn first_pass(registry: &Registry, input: &TokenStream) -> Option<TokenStream> {
    let extends = registry.extends.as_ref()?;
    if extends.base.is_some() {
        return None;
    }
    let (path, krate) = (&extends.path, registry.krate());
    Some(quote!(#path! { { #krate } #input }))
}

/// The replay macro, and its re-export under the registry's name.
///
/// Inside its crate, a registry's replay macro is an ordinary item of its module, named after the
/// registry (`__status_registry_replay_Code`), so that two registries of one name in two modules,
/// or one declaration stamped out twice by a user's macro, do not collide. Only a registry with
/// the `export` option, which other crates may extend, leaves its macro at the crate root
/// (`#[macro_export]` gives no other way across crates), under a name unique to its declaration.
pub fn replay_macro(registry: &Registry) -> TokenStream {
    let ident = &registry.ident;
    let repr = format_ident!("{}", registry.repr.name());
    let body = replay_body(registry);
    let cfgs = crate::expand::cfgs(&registry.attrs);
    let replay = quote! {
        ({ $($krate:tt)* } $($extension:tt)*) => {
            $($krate)*::status_registry! {
                __extend { enum #ident: #repr { #body } }
                $($extension)*
            }
        };
    };
    let (export, name, vis) = match &registry.options.export {
        Some(_) => {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            std::hash::Hash::hash(&body.to_string(), &mut hasher);
            std::hash::Hash::hash(registry.repr.name(), &mut hasher);
            let hash = std::hash::Hasher::finish(&hasher);
            let name = format_ident!("__status_registry_{}_{hash:016x}", unraw(ident));
            (
                quote!(#[macro_export]),
                name,
                registry.vis.to_token_stream(),
            )
        }
        None => {
            let name = format_ident!("__status_registry_replay_{}", unraw(ident));
            (quote!(), name, crate_visible(&registry.vis))
        }
    };
    quote! {
        #(#cfgs)*
        #[doc(hidden)]
        #export
        // A registry declared in a function body is extendable from that body.
        #[allow(non_local_definitions)]
        macro_rules! #name { #replay }

        #(#cfgs)*
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #name as #ident;
    }
}

/// The registry's visibility for a macro that is not exported: at most the crate.
fn crate_visible(vis: &Visibility) -> TokenStream {
    match vis {
        Visibility::Public(public) => quote!(#public(crate)),
        other => other.to_token_stream(),
    }
}

/// What registries extending this one replay: the base's body, then this one's.
fn replay_body(registry: &Registry) -> TokenStream {
    let mut body = TokenStream::new();
    if let Some(base) = registry.extends.as_ref().and_then(|e| e.base.as_ref()) {
        body.extend(replay_body(base));
    }
    body.extend(registry.body.clone());
    body
}

/// Puts the base's entries, aliases and classes (marked [`Origin::Base`]) before this registry's
/// own, and checks that the two agree on the repr and on who declares classes.
pub fn merge(registry: &mut Registry, errors: &mut Errors) {
    let base_name = base_name(registry);
    let registry_name = registry.name();
    let Some(extends) = &mut registry.extends else {
        return;
    };
    let Some(base) = extends.base.as_mut() else {
        return;
    };
    let base_repr = base
        .repr_type
        .as_ref()
        .and_then(Repr::from_type)
        .unwrap_or(Repr::U16);
    let base_repr_ident = syn::Ident::new(base_repr.name(), last_span(&extends.path));
    match &registry.repr_type {
        Some(ty) if Repr::from_type(ty).is_some_and(|repr| repr != base_repr) => {
            errors.push(syn::Error::new_spanned(
                ty,
                format!("`{registry_name}` extends `{base_name}`, whose codes are `{0}`: write `: {0}` or leave the repr out", base_repr.name()),
            ));
            registry.repr_type = Some(syn::parse_quote!(#base_repr_ident));
        }
        Some(_) => {}
        None => registry.repr_type = Some(syn::parse_quote!(#base_repr_ident)),
    }
    if let Some(mut classes) = base.classes.pop() {
        for own in &registry.classes {
            errors.push(syn::Error::new(
                own.keyword.span,
                format!("`{registry_name}` extends `{base_name}` and so has its classes; remove this `classes` block"),
            ));
        }
        classes.origin = Origin::Base;
        registry.classes = vec![classes];
    }
    let mut entries = std::mem::take(&mut base.entries);
    let mut aliases = std::mem::take(&mut base.aliases);
    // Of the base's attributes, those that document an entry or alias carry over; others, such
    // as `#[default]` (which needs the base's `#[derive(Default)]`), belong to the base alone.
    let carried =
        |attr: &syn::Attribute| attr.path().is_ident("doc") || attr.path().is_ident("deprecated");
    // The base's problem types are its own: an entry of it that gives none has the base's base.
    let problem_base = base.problem_bases.first();
    for entry in &mut entries {
        entry.origin = Origin::Base;
        entry.attrs.retain(carried);
        if let (None, Some(problem_base)) = (&entry.problem_type, problem_base) {
            entry.problem_type = Some(syn::LitStr::new(
                &format!("{}{}", problem_base.uri.value(), kebab_case(&entry.name())),
                problem_base.uri.span(),
            ));
        }
    }
    for alias in &mut aliases {
        alias.origin = Origin::Base;
        alias.attrs.retain(carried);
    }
    registry.entries.splice(0..0, entries);
    registry.aliases.splice(0..0, aliases);
}

/// The base's name, for messages: the last segment of its path.
pub fn base_name(registry: &Registry) -> String {
    registry
        .base_path()
        .and_then(|path| path.segments.last())
        .map_or_else(String::new, |segment| unraw(&segment.ident))
}

fn last_span(path: &syn::Path) -> proc_macro2::Span {
    path.segments
        .last()
        .map_or_else(proc_macro2::Span::call_site, |segment| segment.ident.span())
}

/// The conversions between a registry and the registry it extends.
pub fn conversions(registry: &Registry, paths: &Paths) -> TokenStream {
    let Some(base) = registry.base_path() else {
        return TokenStream::new();
    };
    let Paths {
        private, option, ..
    } = paths;
    let ident = &registry.ident;
    let entries: Vec<_> = registry
        .entries
        .iter()
        .filter(|entry| entry.origin == Origin::Base)
        .map(|entry| &entry.ident)
        .collect();
    // An unmatched base value (none, but the base may be `#[non_exhaustive]`) is taken to the
    // first entry; with no base entry left there is no value to take it to.
    let fallback = entries.first().map(|first| quote!(_ => Self::#first,));
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#base> for #ident {
            #[inline]
            fn from(status: #base) -> Self {
                // Every entry of the base is an entry of this registry: the macro replayed the
                // base's declaration. The wildcard only satisfies a `#[non_exhaustive]` base.
                #[allow(unreachable_patterns)]
                match status {
                    #(#base::#entries => Self::#entries,)*
                    #fallback
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<#ident> for #base {
            type Error = #private::UnknownCode<#base>;

            #[inline]
            fn try_from(status: #ident) -> ::core::result::Result<Self, Self::Error> {
                match #base::from_code(status.code()) {
                    #option::Some(base) => ::core::result::Result::Ok(base),
                    #option::None => ::core::result::Result::Err(#private::UnknownCode::new(status.code())),
                }
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#base> for #ident {
            #[inline]
            fn eq(&self, other: &#base) -> ::core::primitive::bool {
                self.code() == other.code()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #base {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                self.code() == other.code()
            }
        }
    }
}
