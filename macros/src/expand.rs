//! [`Model`] -> tokens. Cannot fail: everything here has been validated.
//!
//! The generated type carries its table as small `const fn` matches; formatting, parsing,
//! iteration and the error types are written once in the runtime crate, over its `Registry`
//! trait. Paths are absolute (`::core::...`, `<crate>::__private::...`) so the expansion means
//! the same whatever the caller has in scope.

use std::collections::HashMap;
use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Attribute, LitByteStr, LitStr};

use crate::parse::Code;
use crate::validate::{Base, Class, Classes, Entry, Model, OpenType};

pub fn expand(model: &Model) -> TokenStream {
    let Model {
        attrs,
        krate,
        vis,
        ident,
        repr,
        entries,
        aliases,
        classes,
        open,
        base,
        replay_body: _,
    } = model;
    let private = quote!(#krate::__private);
    let repr_ident = format_ident!("{}", repr.name());
    let ty = quote!(::core::primitive::#repr_ident);
    let option = quote!(::core::option::Option);
    let str = quote!(::core::primitive::str);
    let registry_name = ident.to_string();
    let registry_name = registry_name.trim_start_matches("r#");

    let cfgs = cfgs(attrs);
    let type_doc = separated(attrs, &type_doc(model, registry_name));
    // A code one above the previous entry's is left implicit: rustc's constant evaluation
    // evaluates an explicit discriminant each time it reads an enum value (`ALL`), walking the
    // variants, which makes the build of a large registry quadratic.
    let variants = entries.iter().enumerate().map(|(index, entry)| {
        let Entry { attrs, ident, .. } = entry;
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
    let names: Vec<_> = entries.iter().map(|entry| &entry.ident).collect();
    let count = entries.len();
    let positions = (0..count).map(Literal::usize_unsuffixed);
    let count_literal = Literal::usize_unsuffixed(count);

    // One row per entry, in the order of `ALL`: `entry_of` indexes them.
    let entry_rows = entries.iter().map(|entry| {
        let Entry {
            ident: variant,
            name,
            phrase,
            description,
            reference,
            ..
        } = entry;
        let name = LitStr::new(name, variant.span());
        let line = format!("{} {}", entry.code.value, phrase.value());
        let line = LitStr::new(&line, variant.span());
        let description = match description {
            Some(description) => quote!(#description),
            None => quote!(""),
        };
        let reference = match reference {
            Some(reference) => quote!(#option::Some(#reference)),
            None => quote!(#option::None),
        };
        quote! {
            #private::Entry {
                name: #name,
                phrase: #phrase,
                description: #description,
                reference: #reference,
                line: #line,
            }
        }
    });
    let position_of_code = position_of_code(model, &ty, &private);
    let entry_of = if entries.is_empty() {
        quote!(match status {})
    } else {
        quote!(#private::entry(ENTRY_ROWS, position_of_code(status as #ty)))
    };

    let name_lookup = name_lookup(model, &private, &option);

    let alias_consts = aliases.iter().map(|alias| {
        let attrs = &alias.attrs;
        let alias_ident = &alias.ident;
        let target = &alias.target;
        let doc = separated(
            attrs,
            &format!(
                "Another name of [`{target_name}`](Self::{target_name}), accepted by `from_name`.",
                target_name = target.to_string().trim_start_matches("r#")
            ),
        );
        quote!(#(#attrs)* #[doc = #doc] pub const #alias_ident: Self = Self::#target;)
    });

    // Outside the `const _` block below, so that rustc names an alias `R::OLD` in its messages
    // (a deprecation warning, say) rather than `_::<impl R>::OLD`.
    let alias_impl = (!aliases.is_empty()).then(|| {
        quote! {
            #(#cfgs)*
            #[allow(deprecated, non_upper_case_globals)]
            impl #ident {
                #(#alias_consts)*
            }
        }
    });

    let class_items = classes
        .as_ref()
        .map(|classes| expand_classes(classes, model, &ty, &option, &str));
    let (class_type, class_methods) = class_items.unzip();
    let classified_impl = classes.as_ref().map(|classes| {
        let class_path = class_path(classes, &private);
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
    });
    let base_impls = base.as_ref().map(|base| expand_base(base, model, &option));
    let open_type = open
        .as_ref()
        .map(|open| expand_open(open, model, &ty, &option, &str));
    // The open type's `phrase` reads the registry's tables, so it is declared beside them.
    let open_phrase = open.as_ref().map(|open| {
        let open_ident = &open.ident;
        let phrases = Literal::usize_unsuffixed(count + 1);
        quote! {
            /// `PHRASES[position_of_code(code)]`: the phrase of the entry with `code`, if any.
            const PHRASES: [#option<&'static #str>; #phrases] = #private::phrase_table(ENTRY_ROWS);

            impl #open_ident {
                /// The reason phrase of the entry with this code, if it is registered.
                #[inline]
                pub const fn phrase(self) -> #option<&'static #str> {
                    #private::phrase_at(&PHRASES, position_of_code(self.0))
                }
            }
        }
    });
    let replay = replay_macro(model);
    let display = quote!(#private::display_line(entry_of(*self).line, f));
    let code_type_impls =
        code_type_impls(ident, registry_name, &display, &private, &ty, &option, &str);

    quote! {
        #(#attrs)*
        #[doc = #type_doc]
        #[repr(#repr_ident)]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
        )]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, clippy::enum_variant_names)]
        #vis enum #ident {
            #(#variants,)*
        }

        #class_type

        #alias_impl

        #open_type

        #replay

        #(#cfgs)*
        #[allow(deprecated, non_upper_case_globals)]
        const _: () = {
            /// The entries' rows, in the order of `ALL`.
            const ENTRY_ROWS: &[#private::Entry] = &[#(#entry_rows),*];

            #position_of_code

            #[inline]
            const fn entry_of(status: #ident) -> &'static #private::Entry {
                #entry_of
            }

            /// The entries of `ALL`, in a `static`: rustc validates the enum values of every
            /// constant that holds them, walking the variants for each, but not those of a static
            /// that a constant points to. `ALL` and `Registry::ALL` cost one validation, not two.
            static ALL_ENTRIES: [#ident; #count_literal] = [#(#ident::#names),*];

            /// `ALL[position]`, by a `match` that the compiler turns into a table: `const fn`s
            /// that read `ALL` would make rustc validate its enum values once more.
            #[inline]
            const fn status_at(position: ::core::primitive::usize) -> #option<#ident> {
                match position {
                    #(#positions => #option::Some(#ident::#names),)*
                    _ => #option::None,
                }
            }

            #open_phrase

            impl #ident {
                /// Every entry in declaration order, aliases excluded.
                pub const ALL: &'static [Self] = &ALL_ENTRIES;

                /// How many entries there are (aliases excluded).
                pub const COUNT: ::core::primitive::usize = #count;

                /// The numeric code.
                #[inline]
                pub const fn code(self) -> #ty {
                    self as #ty
                }

                /// The canonical name as declared, such as `"NOT_FOUND"`.
                #[inline]
                pub const fn name(self) -> &'static #str {
                    entry_of(self).name
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

                /// The entry with this code, if it is registered.
                #[inline]
                pub const fn from_code(code: #ty) -> #option<Self> {
                    status_at(position_of_code(code))
                }

                /// The entry with this canonical name or alias: an exact, case-sensitive match.
                #[inline]
                pub const fn from_name(name: &#str) -> #option<Self> {
                    #name_lookup
                }

                /// Iterates over every entry in declaration order, aliases excluded.
                #[inline]
                pub fn iter() -> #private::Iter<Self> {
                    ::core::iter::Iterator::copied(Self::ALL.iter())
                }

                #class_methods
            }


            #[automatically_derived]
            impl #private::CodeType for #ident {
                type Repr = #ty;
                const TYPE_NAME: &'static #str = #registry_name;
                const MIN_CODE: #ty = #ty::MIN;
                const MAX_CODE: #ty = #ty::MAX;

                #[inline]
                fn code(self) -> #ty {
                    Self::code(self)
                }

                #[inline]
                fn from_code(code: #ty) -> #option<Self> {
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
            }

            #base_impls

            #classified_impl

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.pad(self.name())
                }
            }

            #code_type_impls

            #[automatically_derived]
            impl ::core::cmp::Ord for #ident {
                #[inline]
                fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                    ::core::cmp::Ord::cmp(&self.code(), &other.code())
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialOrd for #ident {
                #[inline]
                fn partial_cmp(&self, other: &Self) -> #option<::core::cmp::Ordering> {
                    #option::Some(::core::cmp::Ord::cmp(self, other))
                }
            }
        };
    }
}

/// What a registry and an open code type implement alike, over their `CodeType` impl and
/// inherent `code()`: formatting and parsing (written once in the runtime), serde (when the
/// runtime's feature is on), and conversions and comparisons with the repr.
fn code_type_impls(
    ident: &syn::Ident,
    type_name: &str,
    display: &TokenStream,
    private: &TokenStream,
    ty: &TokenStream,
    option: &TokenStream,
    str: &TokenStream,
) -> TokenStream {
    quote! {
        // `Serialize` and `Deserialize` if the runtime's `serde` feature is on, else nothing.
        #private::impl_serde!(#ident: #ty, #type_name);

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

/// The class type, and the registry's methods that use it.
fn expand_classes(
    classes_model: &Classes,
    model: &Model,
    ty: &TokenStream,
    option: &TokenStream,
    str: &TokenStream,
) -> (TokenStream, TokenStream) {
    let class_path = class_path(classes_model, &{
        let krate = &model.krate;
        quote!(#krate::__private)
    });
    let Classes {
        attrs,
        ident,
        classes,
        inherited_from,
    } = classes_model;
    let Model {
        vis,
        ident: registry,
        krate,
        ..
    } = model;
    let class_name = ident.to_string();
    let registry_name = registry.to_string();
    let mut doc = format!(
        "The classes of [`{registry}`] codes, in ascending order of their ranges.\n\n| Range | Name | Phrase |\n|---|---|---|\n",
        registry = registry_name.trim_start_matches("r#"),
    );
    for class in classes {
        let _ = writeln!(
            doc,
            "| `{}..={}` | [`{name}`]({class_type}::{name}) | {} |",
            class.lo.value,
            class.hi.value,
            markdown(&class.phrase.value()),
            name = class.name,
            class_type = class_name.trim_start_matches("r#"),
        );
    }
    let doc = separated(attrs, &doc);
    let variants = classes.iter().map(|class| {
        let Class { attrs, ident, .. } = class;
        let doc = separated(
            attrs,
            &format!(
                "`{}..={}`: {}",
                class.lo.value,
                class.hi.value,
                markdown(&class.phrase.value())
            ),
        );
        quote!(#(#attrs)* #[doc = #doc] #ident)
    });
    let names: Vec<_> = classes.iter().map(|class| &class.ident).collect();
    let name_strings = classes
        .iter()
        .map(|class| LitStr::new(&class.name, class.ident.span()));
    let phrases = classes.iter().map(|class| &class.phrase);
    let phrases2 = phrases.clone();
    let name_strings2 = name_strings.clone();
    let ranges_lo = classes.iter().map(|class| code_literal(&class.lo));
    let ranges_hi = classes.iter().map(|class| code_literal(&class.hi));
    let ranges: Vec<_> = classes
        .iter()
        .map(|class| {
            let lo = code_literal(&class.lo);
            let hi = code_literal(&class.hi);
            quote!(#lo..=#hi)
        })
        .collect();
    let predicates = classes.iter().zip(&ranges).map(|(class, range)| {
        let predicate = &class.predicate;
        // The base's class type may not be in scope here, so only a declared one is linked.
        let class_doc = match inherited_from {
            None => format!(
                "[`{}`]({}::{})",
                class.name,
                class_name.trim_start_matches("r#"),
                class.name
            ),
            Some(_) => format!("`{}`", class.name),
        };
        let doc = format!(
            "Whether the code is in `{}..={}`, the class {class_doc}.",
            class.lo.value, class.hi.value,
        );
        quote! {
            #[doc = #doc]
            #[inline]
            pub const fn #predicate(self) -> ::core::primitive::bool {
                ::core::matches!(self.code(), #range)
            }
        }
    });
    // Every entry lies in a class (the macro checked it), so the last class needs no range.
    let (last, leading) = names
        .split_last()
        .map_or((None, &[][..]), |(last, leading)| (Some(last), leading));
    let leading_ranges = &ranges[..leading.len()];

    let cfgs = cfgs(&model.attrs);
    let class_type = quote! {
        #(#cfgs)*
        #(#attrs)*
        #[doc = #doc]
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
        #vis enum #ident {
            #(#variants,)*
        }

        #(#cfgs)*
        #[allow(non_upper_case_globals)]
        const _: () = {
            impl #ident {
                /// Every class, in ascending order of their ranges.
                pub const ALL: &'static [Self] = &[#(Self::#names),*];

                /// The class whose range holds `code`, if any.
                #[inline]
                pub const fn of(code: #ty) -> #option<Self> {
                    match code {
                        #(#ranges => #option::Some(Self::#names),)*
                        _ => #option::None,
                    }
                }

                /// The codes of this class.
                #[inline]
                pub const fn range(self) -> ::core::ops::RangeInclusive<#ty> {
                    match self {
                        #(Self::#names => #ranges,)*
                    }
                }

                /// Whether `code` is in this class's range.
                #[inline]
                pub const fn contains(self, code: #ty) -> ::core::primitive::bool {
                    let range = self.range();
                    *range.start() <= code && code <= *range.end()
                }

                /// The class's name as declared, such as `"CLIENT_ERROR"`.
                #[inline]
                pub const fn name(self) -> &'static #str {
                    match self {
                        #(Self::#names => #name_strings,)*
                    }
                }

                /// The class's phrase, such as `"Client Error"`.
                #[inline]
                pub const fn phrase(self) -> &'static #str {
                    match self {
                        #(Self::#names => #phrases,)*
                    }
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.pad(self.name())
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.pad(self.phrase())
                }
            }

            #[automatically_derived]
            impl #krate::__private::ClassType for #ident {
                type Repr = #ty;
                const ALL: &'static [Self] = Self::ALL;

                #[inline]
                fn row(self) -> &'static #krate::__private::ClassRow<#ty> {
                    match self {
                        #(Self::#names => &#krate::__private::ClassRow { lo: #ranges_lo, hi: #ranges_hi, name: #name_strings2, phrase: #phrases2 },)*
                    }
                }
            }
        };
    };

    let class_methods = quote! {
        /// The class this entry belongs to.
        #[inline]
        pub const fn class(self) -> #class_path {
            match self.code() {
                #(#leading_ranges => #class_path::#leading,)*
                _ => #class_path::#last,
            }
        }

        #(#predicates)*
    };
    // A registry that extends another uses the base's class type rather than declaring one.
    let class_type = inherited_from.is_none().then_some(class_type);
    (class_type.unwrap_or_default(), class_methods)
}

/// The class type of a registry's classes: its own, or its base's.
fn class_path(classes: &Classes, private: &TokenStream) -> TokenStream {
    match &classes.inherited_from {
        Some(base) => quote!(<#base as #private::Classified>::Class),
        None => {
            let ident = &classes.ident;
            quote!(#ident)
        }
    }
}

/// The conversions between a registry and the registry it extends.
fn expand_base(base: &Base, model: &Model, option: &TokenStream) -> TokenStream {
    let Model { ident, krate, .. } = model;
    let Base { path, entries, .. } = base;
    let first = entries.first();
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#path> for #ident {
            #[inline]
            fn from(status: #path) -> Self {
                // Every entry of the base is an entry of this registry: the macro replayed the
                // base's declaration. The wildcard only satisfies a `#[non_exhaustive]` base.
                #[allow(unreachable_patterns)]
                match status {
                    #(#path::#entries => Self::#entries,)*
                    _ => Self::#first,
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<#ident> for #path {
            type Error = #krate::__private::UnknownCode<#path>;

            #[inline]
            fn try_from(status: #ident) -> ::core::result::Result<Self, Self::Error> {
                match #path::from_code(status.code()) {
                    #option::Some(base) => ::core::result::Result::Ok(base),
                    #option::None => ::core::result::Result::Err(#krate::__private::UnknownCode::new(status.code())),
                }
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#path> for #ident {
            #[inline]
            fn eq(&self, other: &#path) -> ::core::primitive::bool {
                self.code() == other.code()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #path {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                self.code() == other.code()
            }
        }
    }
}

/// The open code type: any code of the window, registered or not.
fn expand_open(
    open: &OpenType,
    model: &Model,
    ty: &TokenStream,
    option: &TokenStream,
    str: &TokenStream,
) -> TokenStream {
    let OpenType {
        attrs,
        ident,
        lo,
        hi,
    } = open;
    let Model {
        ident: registry,
        vis,
        krate,
        entries,
        aliases,
        classes,
        ..
    } = model;
    let private = quote!(#krate::__private);
    let cfgs = cfgs(&model.attrs);
    let (lo_literal, hi_literal) = (code_literal(lo), code_literal(hi));
    let window = quote!(#lo_literal..=#hi_literal);
    let open_name = ident.to_string();
    let open_name = open_name.trim_start_matches("r#");
    let registry_name = registry.to_string();
    let registry_name = registry_name.trim_start_matches("r#");
    let doc = separated(
        attrs,
        &format!(
            "Any code in `{}..={}`, registered in [`{registry_name}`] or not, held without loss.\n\n\
             It has an associated constant for every entry and alias of [`{registry_name}`], and \
             [`known`]({open_name}::known) gives the entry of a registered code.",
            lo.value, hi.value
        ),
    );
    let entry_consts = entries.iter().map(|entry| {
        let Entry {
            attrs, ident: name, ..
        } = entry;
        let code = code_literal(&entry.code);
        let doc = format!(
            "`{}` {}: [`{registry_name}::{}`].",
            entry.code.value,
            markdown(&entry.phrase.value()),
            entry.name
        );
        // Only the entry's own attributes that say how to use it (`#[deprecated]`) carry over.
        let deprecated = attrs
            .iter()
            .filter(|attr| attr.path().is_ident("deprecated"));
        quote!(#(#deprecated)* #[doc = #doc] pub const #name: Self = Self(#code);)
    });
    let alias_consts = aliases.iter().map(|alias| {
        let name = &alias.ident;
        let target = &alias.target;
        let deprecated = alias
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("deprecated"));
        let doc = format!(
            "Another name of [`{target}`](Self::{target}).",
            target = target.to_string().trim_start_matches("r#")
        );
        quote!(#(#deprecated)* #[doc = #doc] pub const #name: Self = Self::#target;)
    });
    let class_methods = classes.as_ref().map(|classes| {
        let class_path = class_path(classes, &private);
        let names = classes.classes.iter().map(|class| &class.ident);
        let ranges: Vec<TokenStream> = classes
            .classes
            .iter()
            .map(|class| {
                let (lo, hi) = (code_literal(&class.lo), code_literal(&class.hi));
                quote!(#lo..=#hi)
            })
            .collect();
        let predicates = classes.classes.iter().zip(&ranges).map(|(class, range)| {
            let predicate = &class.predicate;
            let doc = format!(
                "Whether the code is in `{}..={}`, the class `{}`.",
                class.lo.value, class.hi.value, class.name
            );
            quote! {
                #[doc = #doc]
                #[inline]
                pub const fn #predicate(self) -> ::core::primitive::bool {
                    ::core::matches!(self.0, #range)
                }
            }
        });
        quote! {
            /// The class whose range holds the code, if any.
            #[inline]
            pub const fn class(self) -> #option<#class_path> {
                match self.0 {
                    #(#ranges => #option::Some(#class_path::#names),)*
                    _ => #option::None,
                }
            }

            #(#predicates)*
        }
    });
    let display = quote!(#private::display(*self, f));
    let code_type_impls = code_type_impls(ident, open_name, &display, &private, ty, option, str);
    let comparisons = quote! {
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#registry> for #ident {
            #[inline]
            fn eq(&self, other: &#registry) -> ::core::primitive::bool {
                self.0 == other.code()
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #registry {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                self.code() == other.0
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd<#registry> for #ident {
            #[inline]
            fn partial_cmp(&self, other: &#registry) -> #option<::core::cmp::Ordering> {
                ::core::cmp::PartialOrd::partial_cmp(&self.0, &other.code())
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd<#ident> for #registry {
            #[inline]
            fn partial_cmp(&self, other: &#ident) -> #option<::core::cmp::Ordering> {
                ::core::cmp::PartialOrd::partial_cmp(&self.code(), &other.0)
            }
        }
    };

    quote! {
        #(#cfgs)*
        #(#attrs)*
        #[doc = #doc]
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash,
            ::core::fmt::Debug,
        )]
        #[repr(transparent)]
        #vis struct #ident(#ty);

        // The constants are outside the `const _` block below so that rustc names them
        // `StatusCode::NOT_FOUND` in its messages.
        #(#cfgs)*
        #[allow(deprecated, non_upper_case_globals)]
        impl #ident {
            #(#entry_consts)*
            #(#alias_consts)*
        }

        #(#cfgs)*
        #[allow(deprecated, non_upper_case_globals)]
        const _: () = {
            impl #ident {
                /// The code, if it is in the window this type holds.
                #[inline]
                pub const fn new(code: #ty) -> #option<Self> {
                    if ::core::matches!(code, #window) {
                        #option::Some(Self(code))
                    } else {
                        #option::None
                    }
                }

                /// The codes this type holds.
                #[inline]
                pub const fn range() -> ::core::ops::RangeInclusive<#ty> {
                    #window
                }

                /// The numeric code.
                #[inline]
                pub const fn code(self) -> #ty {
                    self.0
                }

                /// The registry's entry with this code, if it is registered.
                #[inline]
                pub const fn known(self) -> #option<#registry> {
                    #registry::from_code(self.0)
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
                    match #registry::from_name(name) {
                        #option::Some(status) => #option::Some(Self(status.code())),
                        #option::None => #option::None,
                    }
                }

                #class_methods
            }

            #[automatically_derived]
            impl #private::CodeType for #ident {
                type Repr = #ty;
                const TYPE_NAME: &'static #str = #open_name;
                const MIN_CODE: #ty = #lo_literal;
                const MAX_CODE: #ty = #hi_literal;

                #[inline]
                fn code(self) -> #ty {
                    self.0
                }

                #[inline]
                fn from_code(code: #ty) -> #option<Self> {
                    Self::new(code)
                }

                #[inline]
                fn from_name(name: &#str) -> #option<Self> {
                    Self::from_name(name)
                }

                #[inline]
                fn entry(self) -> #option<&'static #private::Entry> {
                    match self.known() {
                        #option::Some(status) => #private::CodeType::entry(status),
                        #option::None => #option::None,
                    }
                }
            }

            #[automatically_derived]
            impl #private::OpenCode for #ident {
                type Registry = #registry;
            }

            #code_type_impls

            #[automatically_derived]
            impl ::core::convert::From<#registry> for #ident {
                #[inline]
                fn from(status: #registry) -> Self {
                    Self(status.code())
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<#ident> for #registry {
                type Error = #private::UnknownCode<#registry>;

                #[inline]
                fn try_from(code: #ident) -> ::core::result::Result<Self, Self::Error> {
                    match code.known() {
                        #option::Some(status) => ::core::result::Result::Ok(status),
                        #option::None => ::core::result::Result::Err(#private::UnknownCode::new(code.0)),
                    }
                }
            }

            #comparisons
        };
    }
}

/// The hidden `macro_rules!` that hands this registry's declaration to a registry that extends
/// it (`enum Edge extends HttpStatus`: the macro cannot see another type's entries otherwise).
///
/// It is exported under a name unique to the declaration, and re-exported in this module under
/// the registry's own name, in the macro namespace, so that the path to the type is the path to
/// its replay macro.
fn replay_macro(model: &Model) -> TokenStream {
    let Model {
        ident,
        vis,
        repr,
        replay_body,
        attrs,
        ..
    } = model;
    let repr_ident = format_ident!("{}", repr.name());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    std::hash::Hash::hash(&replay_body.to_string(), &mut hasher);
    let unique = format_ident!(
        "__status_registry_{}_{:016x}",
        ident.to_string().trim_start_matches("r#"),
        std::hash::Hasher::finish(&hasher)
    );
    let cfgs = cfgs(attrs);
    quote! {
        #(#cfgs)*
        #[doc(hidden)]
        #[macro_export]
        // A registry declared in a function body is extendable from that body.
        #[allow(non_local_definitions)]
        macro_rules! #unique {
            ({ $($krate:tt)* } $($extension:tt)*) => {
                $($krate)*::status_registry! {
                    __extend { enum #ident: #repr_ident { #replay_body } }
                    $($extension)*
                }
            };
        }

        #(#cfgs)*
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #unique as #ident;
    }
}

/// The body of `from_name`: a hash table of the names and aliases, built by constant evaluation
/// and probed by the runtime's `find_name` (a hash of a few words, then one comparison of names
/// as a rule), or a `match` on the bytes for a registry of more than 65,534 names.
fn name_lookup(model: &Model, private: &TokenStream, option: &TokenStream) -> TokenStream {
    let Model {
        entries, aliases, ..
    } = model;
    let names = entries
        .iter()
        .map(|entry| (&entry.name, &entry.ident))
        .chain(aliases.iter().map(|alias| (&alias.name, &alias.target)));
    if entries.len() + aliases.len() >= usize::from(u16::MAX) {
        let arms = names.map(|(name, target)| {
            let name = LitByteStr::new(name.as_bytes(), target.span());
            quote!(#name => #option::Some(Self::#target))
        });
        return quote! {
            match name.as_bytes() {
                #(#arms,)*
                _ => #option::None,
            }
        };
    }
    let positions: HashMap<String, usize> = entries
        .iter()
        .enumerate()
        .map(|(position, entry)| (entry.ident.to_string(), position))
        .collect();
    let names: Vec<_> = names.collect();
    let rows = names.iter().map(|(name, target)| {
        let row_name = LitStr::new(name, target.span());
        let position = positions
            .get(&target.to_string())
            .copied()
            .unwrap_or_default();
        let position = Literal::usize_unsuffixed(position);
        quote!((#row_name, #position))
    });
    let hashes = |seed| {
        names
            .iter()
            .map(move |(name, _)| name_hash(name.as_bytes(), seed))
    };
    let (slot_count, seed) = name_table_layout(names.len(), hashes);
    let mut slots = vec![0_u32; slot_count];
    let mask = slot_count - 1;
    for (index, hash) in hashes(seed).enumerate() {
        let mut slot = (hash >> 32) as usize & mask;
        while slots.get(slot).is_some_and(|taken| *taken != 0) {
            slot = (slot + 1) & mask;
        }
        if let Some(free) = slots.get_mut(slot) {
            *free = ((hash >> 48) as u32) << 16 | (index as u32 + 1);
        }
    }
    let slots = slots.iter().map(|slot| Literal::u32_unsuffixed(*slot));
    let seed = Literal::u64_unsuffixed(seed);
    quote! {
        /// Every name and alias, with the position in `ALL` of its entry.
        const NAMES: &[(&::core::primitive::str, ::core::primitive::usize)] = &[#(#rows),*];
        /// The hash table of `NAMES`, laid out by the macro.
        const NAME_SLOTS: [::core::primitive::u32; #slot_count] = [#(#slots),*];
        match #private::find_name(&NAME_SLOTS, NAMES, #seed, name) {
            #option::Some(position) => status_at(position),
            #option::None => #option::None,
        }
    }
}

/// The number of slots of the name table, and the seed of its hash. Up to 256 names get 8 to 16
/// slots per name and the first of 1,024 seeds under which no two names share a first slot (or
/// else the seed under which the fewest do), so that a lookup reads one slot; a larger registry
/// gets a table at most two thirds full and seed 0, where a probe is short.
pub(crate) fn name_table_layout<I: Iterator<Item = u64>>(
    names: usize,
    hashes: impl Fn(u64) -> I,
) -> (usize, u64) {
    if names > 256 {
        return ((names * 3 / 2 + 1).next_power_of_two(), 0);
    }
    let slot_count = (names * 8).next_power_of_two();
    let mut taken = vec![false; slot_count];
    let mut best = (usize::MAX, 0);
    for seed in 0..1024 {
        taken.fill(false);
        let mut shared = 0;
        for hash in hashes(seed) {
            if let Some(slot) = taken.get_mut((hash >> 32) as usize & (slot_count - 1)) {
                shared += usize::from(*slot);
                *slot = true;
            }
        }
        if shared < best.0 {
            best = (shared, seed);
        }
        if shared == 0 {
            break;
        }
    }
    (slot_count, best.1)
}

/// The hash by which the runtime's `find_name` looks a name up (`name_hash` in
/// core/src/table.rs; the two must not differ): FxHash's step over the seed and the length,
/// then the first and last 8 bytes of the name, overlapping (a name shorter than 8 packed into
/// one word).
pub(crate) fn name_hash(name: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let word = |bytes: &[u8]| {
        let mut word = [0; 8];
        for (to, from) in word.iter_mut().zip(bytes) {
            *to = *from;
        }
        u64::from_le_bytes(word)
    };
    let (first, last) = match name.len() {
        8.. => (word(&name[..8]), word(&name[name.len() - 8..])),
        4..=7 => (word(&name[..4]) | word(&name[name.len() - 4..]) << 32, 0),
        _ => (word(name), 0),
    };
    let hash = (seed ^ name.len() as u64).wrapping_mul(K);
    let hash = (hash.rotate_left(5) ^ first).wrapping_mul(K);
    (hash.rotate_left(5) ^ last).wrapping_mul(K)
}

/// `const fn position_of_code(code) -> usize`: the position in `ALL` of the entry with `code`,
/// or one past the last position if there is none. `from_code` and every accessor (through `entry_of`) run on it.
///
/// Codes dense enough (a span of at most 8 slots per entry, plus 64) get a table indexed by
/// `code - lowest`, built by constant evaluation from the entries' offsets: a load, and no
/// branch to mispredict. Sparse codes (far apart, or `i64`s spread widely) get a `match`.
fn position_of_code(model: &Model, ty: &TokenStream, private: &TokenStream) -> TokenStream {
    let usize = quote!(::core::primitive::usize);
    let entries = &model.entries;
    let codes = entries.iter().map(|entry| entry.code.value);
    let (Some(lowest), Some(highest)) = (codes.clone().min(), codes.max()) else {
        return quote! {
            const fn position_of_code(_: #ty) -> #usize {
                #usize::MAX
            }
        };
    };
    let span = highest.abs_diff(lowest) + 1;
    if span > 8 * entries.len() as u128 + 64 || entries.len() >= usize::from(u16::MAX) {
        let codes = entries.iter().map(|entry| code_literal(&entry.code));
        let positions = 0..entries.len();
        let count = entries.len();
        return quote! {
            #[inline]
            const fn position_of_code(code: #ty) -> #usize {
                match code {
                    #(#codes => #positions,)*
                    _ => #count,
                }
            }
        };
    }
    // The offset from the lowest code, in the unsigned type of the repr's width: codes below
    // the lowest wrap around to offsets above the highest.
    let repr = model.repr.name();
    let unsigned = format_ident!("{}", repr.replace('i', "u"));
    let (repr_min, repr_max) = model.repr.bounds();
    let lowest_unsigned = lowest.rem_euclid(repr_max - repr_min + 1);
    let lowest_unsigned = Literal::u128_unsuffixed(lowest_unsigned.unsigned_abs());
    let offset = if repr.starts_with('i') {
        quote!((code as ::core::primitive::#unsigned).wrapping_sub(#lowest_unsigned))
    } else {
        quote!(code.wrapping_sub(#lowest_unsigned))
    };
    let offsets = entries
        .iter()
        .map(|entry| Literal::u128_unsuffixed(entry.code.value.abs_diff(lowest)));
    // A last slot, which no code has, takes every offset past the others: no branch.
    let table_len = Literal::u128_unsuffixed(span + 1);
    let clamp = if span == repr_max.abs_diff(repr_min) + 1 {
        quote!()
    } else {
        let span = Literal::u128_unsuffixed(span);
        quote!(let offset = if offset < #span { offset } else { #span };)
    };
    quote! {
        /// `POSITIONS[code - lowest code]`: the position in `ALL` of the entry with `code`.
        const POSITIONS: [::core::primitive::u16; #table_len] =
            #private::position_table(&[#(#offsets),*]);

        #[inline]
        #[allow(
            clippy::cast_lossless,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        const fn position_of_code(code: #ty) -> #usize {
            let offset = #offset;
            #clamp
            #private::position(&POSITIONS, offset as #usize)
        }
    }
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

/// The registry's `#[cfg(...)]` attributes, which every generated item must carry too.
fn cfgs(attrs: &[Attribute]) -> Vec<&Attribute> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .collect()
}

/// `text`, as a paragraph after the user's own doc comments if there are any.
fn separated(attrs: &[Attribute], text: &str) -> String {
    if attrs.iter().any(|attr| attr.path().is_ident("doc")) {
        format!("\n{text}")
    } else {
        text.to_owned()
    }
}

/// The registry's docs: a table of all entries, and its aliases.
fn type_doc(model: &Model, registry_name: &str) -> String {
    let mut doc = format!(
        "A status registry of {} entries, with codes of type `{}`.\n\n| Code | Name | Phrase | Description | Reference |\n|---:|---|---|---|---|\n",
        model.entries.len(),
        model.repr.name(),
    );
    for entry in &model.entries {
        let _ = writeln!(
            doc,
            "| {} | [`{name}`]({registry_name}::{name}) | {} | {} | {} |",
            entry.code.value,
            markdown(&entry.phrase.value()),
            entry
                .description
                .as_ref()
                .map_or(String::new(), |d| markdown(&d.value())),
            entry
                .reference
                .as_ref()
                .map_or(String::new(), |r| markdown(&r.value())),
            name = entry.name,
        );
    }
    if !model.aliases.is_empty() {
        doc.push_str("\nAliases:\n\n");
        for alias in &model.aliases {
            let target = alias.target.to_string();
            let _ = writeln!(
                doc,
                "- [`{name}`]({registry_name}::{name}) = [`{target}`]({registry_name}::{target})",
                name = alias.name,
                target = target.trim_start_matches("r#"),
            );
        }
    }
    doc
}

/// The docs generated for one entry's variant: its code and phrase, description, reference.
fn variant_doc(entry: &Entry) -> String {
    let mut doc = format!("`{}` {}", entry.code.value, markdown(&entry.phrase.value()));
    if let Some(description) = &entry.description {
        let description = description.value();
        if !description.is_empty() {
            let _ = write!(doc, "\n\n{}", markdown(&description));
        }
    }
    if let Some(reference) = &entry.reference {
        let _ = write!(doc, "\n\nReference: {}", markdown(&reference.value()));
    }
    doc
}

/// `text` as literal Markdown text: punctuation that Markdown or rustdoc would read as markup
/// is escaped, and line breaks cannot end a table row.
fn markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // `'`, `"` and `-` too: rustdoc's smart punctuation would curl quotes and turn
            // `--` into a dash, and the docs are to show phrases and descriptions as they are.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '#' | '\'' | '"'
            | '-' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' | '\r' => escaped.push(' '),
            _ => escaped.push(c),
        }
    }
    escaped
}
