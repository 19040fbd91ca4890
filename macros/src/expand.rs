//! [`Model`] -> tokens. Cannot fail: everything here has been validated.
//!
//! The generated type carries its table as small `const fn` matches; formatting, parsing,
//! iteration and the error types are written once in the runtime crate, over its `Registry`
//! trait. Paths are absolute (`::core::...`, `<crate>::__private::...`) so the expansion means
//! the same whatever the caller has in scope.

use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Attribute, LitByteStr, LitStr};

use crate::parse::Code;
use crate::validate::{Class, Classes, Entry, Model};

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
    let variants = entries.iter().map(|entry| {
        let Entry { attrs, ident, .. } = entry;
        let doc = separated(attrs, &variant_doc(entry));
        let code = code_literal(&entry.code);
        quote!(#(#attrs)* #[doc = #doc] #ident = #code)
    });
    let names: Vec<_> = entries.iter().map(|entry| &entry.ident).collect();
    let codes = entries.iter().map(|entry| code_literal(&entry.code));
    let count = entries.len();

    let entry_arms = entries.iter().map(|entry| {
        let Entry {
            ident: variant,
            name,
            phrase,
            description,
            reference,
            ..
        } = entry;
        let name = LitStr::new(name, variant.span());
        let description = match description {
            Some(description) => quote!(#description),
            None => quote!(""),
        };
        let reference = match reference {
            Some(reference) => quote!(#option::Some(#reference)),
            None => quote!(#option::None),
        };
        quote! {
            #ident::#variant => &#private::Entry {
                name: #name,
                phrase: #phrase,
                description: #description,
                reference: #reference,
            }
        }
    });

    let name_arms = entries
        .iter()
        .map(|entry| (&entry.name, &entry.ident))
        .chain(aliases.iter().map(|alias| (&alias.name, &alias.target)))
        .map(|(name, target)| {
            let name = LitByteStr::new(name.as_bytes(), target.span());
            quote!(#name => #option::Some(Self::#target))
        });

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

        #(#cfgs)*
        #[allow(deprecated, non_upper_case_globals)]
        const _: () = {
            const fn entry_of(status: #ident) -> &'static #private::Entry {
                match status {
                    #(#entry_arms,)*
                }
            }

            impl #ident {
                /// Every entry in declaration order, aliases excluded.
                pub const ALL: &'static [Self] = &[#(Self::#names),*];

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
                    match code {
                        #(#codes => #option::Some(Self::#names),)*
                        _ => #option::None,
                    }
                }

                /// The entry with this canonical name or alias: an exact, case-sensitive match.
                #[inline]
                pub const fn from_name(name: &#str) -> #option<Self> {
                    match name.as_bytes() {
                        #(#name_arms,)*
                        _ => #option::None,
                    }
                }

                /// Iterates over every entry in declaration order, aliases excluded.
                #[inline]
                pub fn iter() -> #private::Iter<Self> {
                    ::core::iter::Iterator::copied(Self::ALL.iter())
                }

                #class_methods
            }

            #[automatically_derived]
            impl #private::Registry for #ident {
                type Repr = #ty;
                const TYPE_NAME: &'static #str = #registry_name;
                const ALL: &'static [Self] = Self::ALL;

                #[inline]
                fn code(self) -> #ty {
                    Self::code(self)
                }

                #[inline]
                fn name(self) -> &'static #str {
                    Self::name(self)
                }

                #[inline]
                fn phrase(self) -> &'static #str {
                    Self::phrase(self)
                }

                #[inline]
                fn description(self) -> &'static #str {
                    Self::description(self)
                }

                #[inline]
                fn reference(self) -> #option<&'static #str> {
                    Self::reference(self)
                }

                #[inline]
                fn from_code(code: #ty) -> #option<Self> {
                    Self::from_code(code)
                }

                #[inline]
                fn from_name(name: &#str) -> #option<Self> {
                    Self::from_name(name)
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
                    #private::display(*self, f)
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
                    match Self::from_code(code) {
                        #option::Some(status) => ::core::result::Result::Ok(status),
                        #option::None => ::core::result::Result::Err(#private::UnknownCode::new(code)),
                    }
                }
            }

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
        };
    }
}

/// The class type, and the registry's methods that use it.
fn expand_classes(
    classes: &Classes,
    model: &Model,
    ty: &TokenStream,
    option: &TokenStream,
    str: &TokenStream,
) -> (TokenStream, TokenStream) {
    let Classes {
        attrs,
        ident,
        classes,
    } = classes;
    let Model {
        vis,
        ident: registry,
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
        let doc = format!(
            "Whether the code is in `{}..={}`, the class [`{}`]({}::{}).",
            class.lo.value,
            class.hi.value,
            class.name,
            class_name.trim_start_matches("r#"),
            class.name,
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
        };
    };

    let class_methods = quote! {
        /// The class this entry belongs to.
        #[inline]
        pub const fn class(self) -> #ident {
            match self.code() {
                #(#leading_ranges => #ident::#leading,)*
                _ => #ident::#last,
            }
        }

        #(#predicates)*
    };
    (class_type, class_methods)
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
