//! The generated documentation: the registry's table of entries, each variant's line, and the
//! escaping that shows phrases and descriptions as they are.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Expr, ExprLit, Lit, LitStr, Meta};

use super::problem::answer;
use crate::http_statuses::HTTP_STATUSES;
use crate::model::{unraw, Class, Classes, Entry, Registry};

/// `#[doc]` attributes of `text`, one per line, as `///` comments would be: a table in the docs
/// reads row by row in the generated sources.
pub fn doc_lines(text: &str) -> TokenStream {
    let lines = text.split('\n');
    quote!(#(#[doc = #lines])*)
}

/// `text`, as a paragraph after the user's own doc comments if there are any.
pub fn separated(attrs: &[Attribute], text: &str) -> String {
    if attrs.iter().any(|attr| attr.path().is_ident("doc")) {
        format!("\n{text}")
    } else {
        text.to_owned()
    }
}

/// The registry's docs: a table of all entries, and its aliases.
pub fn type_doc(registry: &Registry) -> String {
    let registry_name = registry.name();
    let catalogue = registry.is_catalogue();
    let (kind, columns, align) = if catalogue {
        (
            "An error catalogue",
            " HTTP status | Problem type |",
            "---|---|",
        )
    } else {
        ("A status registry", "", "")
    };
    let mut doc = format!(
        "{kind} of {} entries, with codes of type `{}`.\n\n| Code | Name | Phrase | Description | Reference |{columns}\n|---:|---|---|---|---|{align}\n",
        registry.entries.len(),
        registry.repr.name(),
    );
    for entry in &registry.entries {
        let answer = if catalogue {
            let (status, uri) = answer(registry, entry);
            // A problem type URI holds no backtick (`validate` checks it): a code span shows it.
            format!(" {} | `{uri}` |", status_doc(status))
        } else {
            String::new()
        };
        let _ = writeln!(
            doc,
            "| {} | [`{name}`]({registry_name}::{name}) | {} | {} | {} |{answer}",
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
            name = entry.name(),
        );
    }
    if !registry.aliases.is_empty() {
        doc.push_str("\nAliases:\n\n");
        for alias in &registry.aliases {
            let target = alias.target.to_string();
            let _ = writeln!(
                doc,
                "- [`{name}`]({registry_name}::{name}) = [`{target}`]({registry_name}::{target})",
                name = alias.name(),
                target = target.trim_start_matches("r#"),
            );
        }
    }
    doc
}

/// The docs generated for one entry's variant, in one line so that the type's page stays short
/// (its table has every entry): code and phrase, then the description and the reference, as
/// "`404` Not Found: Nothing matches the given URI (RFC9110, Section 15.5.5)".
///
/// An error catalogue's entry adds how it is answered: "Answered with `404` (`NOT_FOUND`), as
/// the problem type `https://example.com/problems/user-not-found`".
pub fn variant_doc(registry: &Registry, entry: &Entry) -> String {
    let mut doc = format!("`{}` {}", entry.code.value, markdown(&entry.phrase.value()));
    let description = entry.description.as_ref().map(LitStr::value);
    if let Some(description) = description.filter(|description| !description.is_empty()) {
        let _ = write!(doc, ": {}", markdown(&description));
    }
    if let Some(reference) = &entry.reference {
        let _ = write!(doc, " ({})", markdown(&reference.value()));
    }
    if registry.is_catalogue() {
        let (status, uri) = answer(registry, entry);
        let _ = write!(
            doc,
            ". Answered with {}, as the problem type `{uri}`",
            status_doc(status),
        );
    }
    doc
}

/// `` `404` (`NOT_FOUND`) ``: an HTTP status in the docs, with its name in `HttpStatus`.
fn status_doc(status: u16) -> String {
    match HTTP_STATUSES.iter().find(|&&(_, code)| code == status) {
        Some((name, _)) => format!("`{status}` (`{name}`)"),
        None => format!("`{status}`"),
    }
}

/// `text` as literal Markdown text: punctuation that Markdown or rustdoc would read as markup
/// is escaped, and line breaks cannot end a table row.
pub fn markdown(text: &str) -> String {
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

/// The class type's docs: a table of its classes.
pub fn class_type_doc(registry: &Registry, classes: &Classes) -> String {
    let class_type = unraw(&classes.ident);
    let mut doc = format!(
        "The classes of [`{}`] codes, in ascending order of their ranges.\n\n| Range | Name | Phrase |\n|---|---|---|\n",
        registry.name(),
    );
    for class in &classes.classes {
        let _ = writeln!(
            doc,
            "| `{}..={}` | [`{name}`]({class_type}::{name}) | {} |",
            class.lo.value,
            class.hi.value,
            markdown(&class.phrase.value()),
            name = class.name(),
        );
    }
    separated(&classes.attrs, &doc)
}

/// A class variant's docs: its range and phrase.
pub fn class_doc(class: &Class) -> String {
    separated(
        &class.attrs,
        &format!(
            "`{}..={}`: {}",
            class.lo.value,
            class.hi.value,
            markdown(&class.phrase.value())
        ),
    )
}

/// The user's own doc comments among `attrs`, as rustdoc reads them (a `///` line's first space
/// dropped), with intra-doc links shown as their text: what a schema's `description` says.
pub fn own_docs(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            Meta::NameValue(doc) => match &doc.value {
                Expr::Lit(ExprLit {
                    lit: Lit::Str(line),
                    ..
                }) => Some(line.value()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let lines: Vec<&str> = lines
        .iter()
        .map(|line| line.strip_prefix(' ').unwrap_or(line))
        .collect();
    without_links(lines.join("\n").trim())
}

/// `text` with each intra-doc link (`` [`HttpStatus`] ``, `` [`ALL`](Self::ALL) ``) replaced by
/// its text: outside rustdoc, the path means nothing.
fn without_links(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[`") {
        let (before, link) = rest.split_at(start);
        plain.push_str(before);
        let Some(end) = link.find("`]") else {
            rest = link;
            break;
        };
        let (label, after) = link.split_at(end + 2);
        plain.push_str(&label[1..label.len() - 1]);
        // A link's target, `(path)`, goes with it; a parenthesis with a space is prose.
        rest = match after
            .strip_prefix('(')
            .and_then(|target| target.split_once(')'))
        {
            Some((target, following)) if !target.contains(char::is_whitespace) => following,
            _ => after,
        };
    }
    plain.push_str(rest);
    plain
}
