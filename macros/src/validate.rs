//! Checks a parsed [`Registry`] as a whole and leaves in it only what is valid.
//!
//! Every problem becomes one error on the offending token, all of them combined into one
//! `syn::Error`. An entry, alias or class with a problem is removed from the model (or kept,
//! when the problem does not affect the generated code), so the expansion of the rest still
//! compiles. The [`Checker`] has one method per item kind, run in the order of the items' kinds.

use std::collections::{HashMap, HashSet};

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, LitStr, Type};

use crate::extends;
use crate::http_statuses::{code_of_name, has_code, HTTP_STATUSES};
use crate::model::{
    kebab_case, kw, unraw, Alias, Class, Classes, Code, Entry, Open, Origin, ProblemBase, Registry,
    Repr, Status, StatusValue,
};

/// The names of the items generated on every registry; an entry or alias cannot take them.
const REGISTRY_ITEMS: &[&str] = &[
    "ALL",
    "COUNT",
    "code",
    "name",
    "phrase",
    "description",
    "reference",
    "from_code",
    "from_name",
    "from_bytes",
    "phrase_of",
    "iter",
    "class",
    "with_body",
];

/// The names of the items generated on the open code type, which also has one associated
/// constant per entry and alias.
const OPEN_ITEMS: &[&str] = &["new", "known", "range", "from_bytes", "with_body"];

/// The names of the items generated on the class type.
const CLASS_ITEMS: &[&str] = &["ALL", "of", "range", "contains", "name", "phrase"];

/// The traits the expansion implements itself; deriving one of them again would conflict.
const IMPLEMENTED: &[&str] = &[
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Debug",
];

/// Every problem found, in the order found.
#[derive(Default)]
pub struct Errors(Vec<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        self.0.push(error);
    }

    /// An error on `second` that also points at `first`.
    fn push_duplicate(
        &mut self,
        second: impl ToTokens,
        message: String,
        first: impl ToTokens,
        note: String,
    ) {
        let mut error = syn::Error::new_spanned(second, message);
        error.combine(syn::Error::new_spanned(first, note));
        self.0.push(error);
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn into_error(self) -> Option<syn::Error> {
        self.0.into_iter().reduce(|mut all, error| {
            all.combine(error);
            all
        })
    }
}

/// Merges the base (if the registry extends one), checks the registry and removes what is
/// invalid. Returns every problem found, combined.
pub fn validate(registry: &mut Registry) -> Option<syn::Error> {
    let mut checker = Checker {
        errors: Errors(std::mem::take(&mut registry.errors)),
        registry_name: registry.name(),
        base_name: extends::base_name(registry),
        repr: Repr::U16,
        names: HashMap::new(),
        declared: Vec::new(),
        reserved: Vec::new(),
    };
    extends::merge(registry, &mut checker.errors);
    checker.declared = registry.entries.iter().map(Entry::name).collect();
    checker.head(registry);
    checker.classes(registry);
    checker.reserve(registry);
    checker.entries(registry);
    checker.aliases(registry);
    if registry.entries.is_empty() && checker.errors.is_empty() {
        checker.errors.push(syn::Error::new(
            registry.brace.span.join(),
            format!(
                "`{}` has no entries: declare at least one, such as `200 OK \"OK\";`",
                checker.registry_name
            ),
        ));
    }
    checker.open(registry);
    checker.catalogue(registry);
    checker.errors.into_error()
}

/// What the checks share: the problems found so far, and the names taken.
struct Checker {
    errors: Errors,
    registry_name: String,
    /// The name of the registry this one extends, or `""`.
    base_name: String,
    repr: Repr,
    /// Each name taken by an entry or alias, with its identifier and where it comes from.
    names: HashMap<String, (Ident, Origin)>,
    /// The names of this registry's own entries as declared, valid or not: an alias of an entry
    /// that was rejected is not reported a second time.
    declared: Vec<String>,
    /// Each generated name, with what generates it.
    reserved: Vec<(String, String)>,
}

impl Checker {
    /// The head: generics, the repr, and the registry's own attributes.
    fn head(&mut self, registry: &mut Registry) {
        if let Some(generics) = &registry.generics {
            // Spelled out: `Generics` prints nothing for an empty `<>`, which would put the
            // error on the call site.
            let (lt, params, gt) = (&generics.lt_token, &generics.params, &generics.gt_token);
            self.errors.push(syn::Error::new_spanned(
                quote!(#lt #params #gt),
                "a status registry cannot have generic parameters; remove them",
            ));
        }
        if let Some(ty) = &registry.repr_type {
            match Repr::from_type(ty) {
                Some(repr) => self.repr = repr,
                None => self.unknown_repr(ty),
            }
        }
        registry.repr = self.repr;
        let attrs = std::mem::take(&mut registry.attrs);
        registry.attrs = attrs
            .into_iter()
            .filter_map(|attr| self.registry_attr(attr))
            .collect();
    }

    fn unknown_repr(&mut self, ty: &Type) {
        let written = match ty {
            Type::Path(path) => path.path.get_ident().map(Ident::to_string),
            _ => None,
        };
        let problem = match written.as_deref() {
            Some(name @ ("usize" | "isize")) => {
                format!("`{name}` cannot be the repr: its width depends on the target")
            }
            Some(name) => format!("unknown repr `{name}`: codes are integers"),
            None => "unknown repr: codes are integers".to_owned(),
        };
        self.errors.push(syn::Error::new_spanned(
            ty,
            format!(
                "{problem}; use one of u8, u16, u32, u64, i8, i16, i32, i64 (the default is u16)"
            ),
        ));
    }

    /// Rejects, and removes, `#[repr(...)]` (the declaration gives the repr) and `#[derive]` of
    /// a trait the expansion already implements.
    fn registry_attr(&mut self, attr: Attribute) -> Option<Attribute> {
        if attr.path().is_ident("repr") {
            let repr = attr
                .parse_args::<Type>()
                .ok()
                .and_then(|ty| Repr::from_type(&ty))
                .unwrap_or(Repr::U16);
            self.errors.push(syn::Error::new_spanned(
                &attr,
                format!(
                    "remove this `#[repr]`: a registry's repr is written after its name, as in `enum {}: {}`",
                    self.registry_name,
                    repr.name()
                ),
            ));
            return None;
        }
        if !attr.path().is_ident("derive") {
            return Some(attr);
        }
        let Ok(paths) =
            attr.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        else {
            return Some(attr);
        };
        let mut kept = Vec::new();
        for path in paths {
            match path.segments.last() {
                Some(last) if IMPLEMENTED.iter().any(|name| last.ident == name) => {
                    self.errors.push(syn::Error::new_spanned(
                        &path,
                        format!(
                            "remove `{}` from this derive: every registry already implements it",
                            last.ident
                        ),
                    ));
                }
                _ => kept.push(path),
            }
        }
        if kept.is_empty() {
            return None;
        }
        let pound = attr.pound_token;
        Some(syn::parse_quote_spanned!(pound.span=> #[derive(#(#kept),*)]))
    }

    /// Whether `code` fits the repr; if not, an error that names the repr to declare instead.
    fn fits(&mut self, code: &Code, what: &str) -> bool {
        let repr = self.repr;
        if repr.holds(code.value) {
            return true;
        }
        let ((min, max), value, name) = (repr.bounds(), code.value, repr.name());
        let registry_name = &self.registry_name;
        let message = match wider(repr, value) {
            Some(wider) if value < 0 && !repr.is_signed() => format!(
                "{what} {value} is negative, but `{name}` is unsigned; declare a signed repr, such as `enum {registry_name}: {}`",
                wider.name()
            ),
            Some(wider) => format!(
                "{what} {value} does not fit in `{name}` ({min}..={max}); declare a wider repr, such as `enum {registry_name}: {}`",
                wider.name()
            ),
            None => format!(
                "{what} {value} does not fit in `{name}` ({min}..={max}) nor in any other repr (u8 to u64, i8 to i64); correct the code"
            ),
        };
        self.errors.push(syn::Error::new_spanned(code, message));
        false
    }

    /// The `classes` block: at most one, named apart from the registry, with valid classes.
    fn classes(&mut self, registry: &mut Registry) {
        let mut blocks = std::mem::take(&mut registry.classes).into_iter();
        let Some(mut block) = blocks.next() else {
            return;
        };
        for extra in blocks {
            self.errors.push_duplicate(
                extra.keyword,
                "a registry has at most one `classes` block; merge this one into the first"
                    .to_owned(),
                kw::classes {
                    span: block.keyword.span,
                },
                "the first `classes` block is here".to_owned(),
            );
        }
        let type_name = unraw(&block.ident);
        if type_name == self.registry_name {
            self.errors.push(syn::Error::new(
                block.ident.span(),
                format!("the class type cannot have the registry's name `{type_name}`; call it, say, `{type_name}Class`"),
            ));
            return;
        }
        if block.classes.is_empty() {
            self.errors.push(syn::Error::new(
                block.brace.span.join(),
                "this `classes` block declares no class: add one, such as `200..=299 SUCCESS \"Success\";`, or remove the block",
            ));
            return;
        }
        let mut names: HashMap<String, Ident> = HashMap::new();
        let mut valid: Vec<Class> = Vec::new();
        for class in std::mem::take(&mut block.classes) {
            if let Some(class) = self.class(class, &valid, &mut names, &type_name) {
                valid.push(class);
            }
        }
        if valid.is_empty() {
            return;
        }
        valid.sort_by_key(|class| class.lo.value);
        block.classes = valid;
        registry.classes.push(block);
    }

    /// One class: its range fits the repr, is not empty and overlaps no valid class; its name
    /// and predicate are its own. Returns it if it is valid.
    fn class(
        &mut self,
        mut class: Class,
        valid: &[Class],
        names: &mut HashMap<String, Ident>,
        type_name: &str,
    ) -> Option<Class> {
        let name = class.name();
        let range = class.range_tokens();
        class.attrs = self.reject_cfg(std::mem::take(&mut class.attrs), "a class");
        let mut ok = self.fits(&class.lo, "class bound") & self.fits(&class.hi, "class bound");
        if ok && class.lo.value > class.hi.value {
            self.errors.push(syn::Error::new_spanned(
                &range,
                format!(
                    "empty class range: {} is greater than {}; write the range as `LO..=HI`",
                    class.lo.value, class.hi.value
                ),
            ));
            ok = false;
        }
        if ok {
            if let Some(other) = valid
                .iter()
                .find(|other| class.lo.value <= other.hi.value && other.lo.value <= class.hi.value)
            {
                self.errors.push_duplicate(
                    &range,
                    format!(
                        "class range {}..={} overlaps `{}` ({}..={}); class ranges must not overlap, shrink one of them",
                        class.lo.value, class.hi.value, other.name(), other.lo.value, other.hi.value
                    ),
                    other.range_tokens(),
                    format!("`{}` is declared here", other.name()),
                );
                ok = false;
            }
        }
        if let Some(status) = &mut class.status {
            self.status(status);
        }
        let predicate = class.predicate();
        if CLASS_ITEMS.contains(&name.as_str()) {
            self.errors.push(syn::Error::new(
                class.ident.span(),
                format!("`{name}` is the name of an item generated on the class type (`{type_name}::{name}`); choose another name"),
            ));
            ok = false;
        } else if let Some(first) = names.get(&name) {
            self.errors.push_duplicate(
                &class.ident,
                format!("duplicate class name `{name}`: rename one"),
                first,
                format!("`{name}` is first declared here"),
            );
            ok = false;
        } else if let Some(other) = valid.iter().find(|other| other.predicate() == predicate) {
            self.errors.push_duplicate(
                &class.ident,
                format!(
                    "`{name}` and `{}` both give the predicate `{predicate}`; rename one",
                    other.name()
                ),
                &other.ident,
                format!("`{}` is declared here", other.name()),
            );
            ok = false;
        }
        if class.phrase.value().is_empty() {
            self.errors.push(syn::Error::new(
                class.phrase.span(),
                format!("empty phrase for the class `{name}`: give it a phrase, such as \"Client Error\""),
            ));
        }
        names.entry(name).or_insert_with(|| class.ident.clone());
        ok.then_some(class)
    }

    /// The names generated on the registry, its open code type and for its classes' predicates.
    fn reserve(&mut self, registry: &Registry) {
        let registry_name = &self.registry_name;
        let registry_items = REGISTRY_ITEMS.iter().map(|item| {
            (
                item.to_string(),
                format!(
                    "the name of an item generated on the registry (`{registry_name}::{item}`)"
                ),
            )
        });
        let open_items = registry.opens.first().into_iter().flat_map(|open| {
            let open_name = unraw(&open.ident);
            OPEN_ITEMS.iter().map(move |item| {
                (
                    item.to_string(),
                    format!("the name of an item generated on the open code type (`{open_name}::{item}`)"),
                )
            })
        });
        let predicates = registry.classes().into_iter().flat_map(|classes| {
            classes.classes.iter().map(|class| {
                let predicate = class.predicate();
                (
                    predicate.to_string(),
                    format!(
                        "the predicate generated for the class `{}` (`{registry_name}::{predicate}`)",
                        class.name()
                    ),
                )
            })
        });
        self.reserved = registry_items.chain(open_items).chain(predicates).collect();
    }

    /// The entries, in order; the names of the base's aliases are taken first, so that an entry
    /// of this registry named like one is the one in error.
    fn entries(&mut self, registry: &mut Registry) {
        let base_aliases: HashSet<String> = registry
            .aliases
            .iter()
            .filter(|alias| alias.origin == Origin::Base)
            .map(Alias::name)
            .collect();
        // Each code taken, with the entry (its name, its code as written, its origin) that took it.
        let mut codes: HashMap<i128, (Ident, TokenStream, Origin)> = HashMap::new();
        let classes = registry.classes.first();
        let mut valid = Vec::new();
        // Its phrases go on HTTP status lines (the runtime's `axum` feature).
        let http = registry.is_http();
        for mut entry in std::mem::take(&mut registry.entries) {
            entry.attrs = self.reject_cfg(std::mem::take(&mut entry.attrs), "an entry");
            let name = entry.name();
            let mut ok = if base_aliases.contains(&name) && entry.origin == Origin::Own {
                self.errors.push(self.base_name_taken(&entry.ident, &name));
                false
            } else {
                self.name(&entry.ident, &name, entry.origin)
            };
            ok &= self.entry_code(&entry, &codes, classes);
            if let Some(status) = &mut entry.status {
                self.status(status);
            }
            if entry.phrase.value().is_empty() {
                self.errors.push(syn::Error::new(
                    entry.phrase.span(),
                    format!(
                        "empty reason phrase for `{name}`: give it a phrase, such as \"Not Found\""
                    ),
                ));
            }
            if http {
                self.status_line_phrase(&entry.phrase, &name);
            }
            if ok {
                let code_tokens = entry.code.to_token_stream();
                codes.insert(
                    entry.code.value,
                    (entry.ident.clone(), code_tokens, entry.origin),
                );
                valid.push(entry);
            }
        }
        registry.entries = valid;
    }

    /// A reason phrase of a registry of HTTP codes is what an HTTP/1 status line can carry
    /// (RFC 9112's `reason-phrase`: tabs, spaces and visible characters): no control character.
    fn status_line_phrase(&mut self, phrase: &LitStr, name: &str) {
        let value = phrase.value();
        if let Some(control) = value.chars().find(|&c| c.is_control() && c != '\t') {
            self.errors.push(syn::Error::new(
                phrase.span(),
                format!(
                    "the reason phrase of `{name}` holds the control character {control:?}, \
                     which an HTTP status line cannot carry: the phrase of an HTTP code is one \
                     line of text"
                ),
            ));
        }
    }

    /// The code of an entry: it fits the repr, no entry before has it, and a class holds it.
    fn entry_code(
        &mut self,
        entry: &Entry,
        codes: &HashMap<i128, (Ident, TokenStream, Origin)>,
        classes: Option<&Classes>,
    ) -> bool {
        if !self.fits(&entry.code, "code") {
            return false;
        }
        let (code, registry_name, base_name) =
            (entry.code.value, &self.registry_name, &self.base_name);
        if let Some((first, first_code, origin)) = codes.get(&code) {
            let first_name = unraw(first);
            match origin {
                Origin::Base => self.errors.push(syn::Error::new_spanned(
                    &entry.code,
                    format!("code {code} is already `{base_name}::{first_name}`: `{registry_name}` extends `{base_name}` and has all its entries; give this entry another code"),
                )),
                Origin::Own => self.errors.push_duplicate(
                    &entry.code,
                    format!(
                        "duplicate code {code}: `{first_name}` already has it; give each entry its own code, or name it twice with `alias {} = {first_name};`",
                        entry.name()
                    ),
                    first_code,
                    format!("`{first_name}` is declared with code {code} here"),
                ),
            }
            return false;
        }
        let Some(classes) = classes else {
            return true;
        };
        if classes
            .classes
            .iter()
            .any(|class| (class.lo.value..=class.hi.value).contains(&code))
        {
            return true;
        }
        let fix = match classes.origin {
            Origin::Base => format!("; `{registry_name}` has the classes of `{base_name}`, which it extends: correct the code"),
            Origin::Own => "; add a class whose range holds it, or correct the code".to_owned(),
        };
        self.errors.push(syn::Error::new_spanned(
            &entry.code,
            format!(
                "code {code} is outside every class of `{}`{fix}",
                unraw(&classes.ident)
            ),
        ));
        false
    }

    /// Checks a name for a collision with a generated item or an earlier name, and takes it.
    fn name(&mut self, ident: &Ident, name: &str, origin: Origin) -> bool {
        if let Some((_, what)) = self.reserved.iter().find(|(item, _)| item == name) {
            self.errors.push(syn::Error::new(
                ident.span(),
                format!("`{name}` is {what}; choose another name"),
            ));
            return false;
        }
        if let Some((first, first_origin)) = self.names.get(name) {
            if *first_origin == Origin::Base {
                self.errors.push(self.base_name_taken(ident, name));
            } else {
                self.errors.push_duplicate(
                    ident,
                    format!(
                        "duplicate name `{name}`: names of entries and aliases must be unique; rename one"
                    ),
                    first,
                    format!("`{name}` is first declared here"),
                );
            }
            return false;
        }
        self.names.insert(name.to_owned(), (ident.clone(), origin));
        true
    }

    fn base_name_taken(&self, ident: &Ident, name: &str) -> syn::Error {
        let (registry_name, base_name) = (&self.registry_name, &self.base_name);
        syn::Error::new(
            ident.span(),
            format!("`{name}` is already a name in `{base_name}`: `{registry_name}` extends `{base_name}` and has all its names; choose another name"),
        )
    }

    /// The aliases: each names a valid entry, whose position it records.
    fn aliases(&mut self, registry: &mut Registry) {
        let alias_targets: HashMap<String, String> = registry
            .aliases
            .iter()
            .map(|alias| (alias.name(), unraw(&alias.target)))
            .collect();
        let mut valid = Vec::new();
        for mut alias in std::mem::take(&mut registry.aliases) {
            alias.attrs = self.reject_cfg(std::mem::take(&mut alias.attrs), "an alias");
            let (name, target_name) = (alias.name(), unraw(&alias.target));
            let ok = self.name(&alias.ident, &name, alias.origin);
            let position = registry
                .entries
                .iter()
                .position(|entry| entry.name() == target_name);
            match position {
                Some(position) if ok => {
                    alias.position = Some(position);
                    valid.push(alias);
                }
                Some(_) => {}
                None if self.declared.contains(&target_name) => {}
                None => {
                    let error =
                        self.unknown_alias_target(&alias.target, &target_name, &alias_targets);
                    self.errors.push(error);
                }
            }
        }
        registry.aliases = valid;
    }

    fn unknown_alias_target(
        &self,
        target: &Ident,
        target_name: &str,
        alias_targets: &HashMap<String, String>,
    ) -> syn::Error {
        if let Some(entry) = alias_targets.get(target_name) {
            return syn::Error::new(
                target.span(),
                format!("`{target_name}` is itself an alias, of `{entry}`; name the entry instead: `= {entry}`"),
            );
        }
        let hint = match closest(target_name, &self.declared) {
            Some(close) => format!("; did you mean `{close}`?"),
            None => String::new(),
        };
        syn::Error::new(
            target.span(),
            format!("no entry named `{target_name}` in `{}`: an alias names an entry of the same registry{hint}", self.registry_name),
        )
    }

    /// The `open` line: at most one, named apart from the registry's types, with a window that
    /// fits the repr and holds every entry.
    fn open(&mut self, registry: &mut Registry) {
        let mut opens = std::mem::take(&mut registry.opens).into_iter();
        let Some(open) = opens.next() else {
            return;
        };
        for extra in opens {
            self.errors.push_duplicate(
                extra.keyword,
                "a registry has at most one open code type; remove this one".to_owned(),
                kw::open {
                    span: open.keyword.span,
                },
                "the first is declared here".to_owned(),
            );
        }
        let name = unraw(&open.ident);
        let registry_name = &self.registry_name;
        let taken = name == *registry_name
            || registry.classes().is_some_and(|classes| {
                classes.origin == Origin::Own && unraw(&classes.ident) == name
            });
        if taken {
            self.errors.push(syn::Error::new(
                open.ident.span(),
                format!("`{name}` is already the name of a type this registry declares; call the open code type, say, `{registry_name}Code`"),
            ));
            return;
        }
        if self.window(&open, &registry.entries) {
            registry.opens.push(open);
        }
    }

    /// Whether the open type's window fits the repr, is not empty and holds every entry.
    fn window(&mut self, open: &Open, entries: &[Entry]) -> bool {
        if !(self.fits(&open.lo, "window bound") & self.fits(&open.hi, "window bound")) {
            return false;
        }
        let (lo, hi, window) = (open.lo.value, open.hi.value, open.window_tokens());
        if lo > hi {
            self.errors.push(syn::Error::new_spanned(
                window,
                format!("empty window: {lo} is greater than {hi}; write the window as `LO..=HI`"),
            ));
            return false;
        }
        let outside: Vec<&Entry> = entries
            .iter()
            .filter(|entry| !(lo..=hi).contains(&entry.code.value))
            .collect();
        let Some(first) = outside.first() else {
            return true;
        };
        let left_out = match outside.len() {
            1 => "an entry".to_owned(),
            count => format!("{count} entries"),
        };
        self.errors.push(syn::Error::new_spanned(
            window,
            format!(
                "the window {lo}..={hi} of `{}` leaves out {left_out} (`{}` is {}); an open code type holds every entry: widen the window",
                unraw(&open.ident),
                first.name(),
                first.code.value,
            ),
        ));
        false
    }

    /// An error catalogue's own checks: at most one base of its problem type URIs, and a valid
    /// one; every entry answered with an HTTP status (its own or its class's) and with a problem
    /// type (its own, or the base and its name), and every URI an absolute one.
    fn catalogue(&mut self, registry: &mut Registry) {
        let mut bases = std::mem::take(&mut registry.problem_bases).into_iter();
        let base = bases.next();
        if let Some(base) = &base {
            for extra in bases {
                self.errors.push_duplicate(
                    extra.keyword,
                    "a registry has at most one base of its problem type URIs; remove this `type` line".to_owned(),
                    syn::Token![type](base.keyword.span),
                    "the first is declared here".to_owned(),
                );
            }
        }
        // An entry is not told again that it has no type when the base it would have is wrong.
        let base_written = base.is_some();
        let base = base.and_then(|base| self.problem_base(base));
        if !registry.is_catalogue() {
            registry.problem_bases.extend(base);
            return;
        }
        let registry_name = self.registry_name.clone();
        let class_status = |code: i128| {
            registry.classes().and_then(|classes| {
                classes
                    .classes
                    .iter()
                    .find(|class| (class.lo.value..=class.hi.value).contains(&code))
                    .and_then(|class| class.status.as_ref())
            })
        };
        let mut base_without_status = false;
        let mut without_type: Vec<&Entry> = Vec::new();
        for entry in &registry.entries {
            if entry.status.is_none() && class_status(entry.code.value).is_none() {
                if entry.origin == Origin::Base {
                    base_without_status = true;
                } else {
                    let name = entry.name();
                    self.errors.push(syn::Error::new(
                        entry.ident.span(),
                        format!(
                            "`{name}` has no HTTP status, and every entry of the error catalogue `{registry_name}` needs one: name it after the entry, as in `{} {name} \"...\" => NOT_FOUND;`, or give its class one",
                            entry.code.value
                        ),
                    ));
                }
            }
            match &entry.problem_type {
                Some(problem_type) => self.problem_uri(problem_type, "a problem type URI"),
                // The base's entries have its types: a catalogue's base is a catalogue.
                None if !base_written && entry.origin == Origin::Own => without_type.push(entry),
                None => {}
            }
        }
        if base_without_status {
            if let Some(path) = registry.base_path() {
                self.errors.push(syn::Error::new_spanned(
                    path,
                    format!("`{registry_name}` is an error catalogue, and `{}` is not (its entries name no HTTP status): a catalogue extends only a catalogue", self.base_name),
                ));
            }
        }
        if let Some(first) = without_type.first() {
            let others = match without_type.len() {
                1 => String::new(),
                2 => " (and 1 other entry)".to_owned(),
                count => format!(" (and {} other entries)", count - 1),
            };
            self.errors.push(syn::Error::new(
                first.ident.span(),
                format!(
                    "`{}`{others} has no problem type URI: give `{registry_name}` a base, as in `type \"https://example.com/problems/\";` (an entry's type is then the base and its name in kebab case), or the entry its own, as in `=> NOT_FOUND type \"https://example.com/problems/{}\"`",
                    first.name(),
                    kebab_case(&first.name()),
                ),
            ));
        }
        registry.problem_bases.extend(base);
    }

    /// The base of the problem type URIs, if it is valid.
    fn problem_base(&mut self, base: ProblemBase) -> Option<ProblemBase> {
        let errors = self.errors.0.len();
        self.problem_uri(&base.uri, "the base of the problem type URIs");
        let valid = self.errors.0.len() == errors;
        for attr in &base.attrs {
            self.errors.push(syn::Error::new_spanned(
                attr,
                "remove this attribute: the base of the problem type URIs generates no item to carry it",
            ));
        }
        valid.then_some(base)
    }

    /// A problem type URI (or its base) is an absolute URI, with a scheme, and is not
    /// `about:blank`, which RFC 9457 keeps for problems that are nothing beyond their status.
    fn problem_uri(&mut self, uri: &LitStr, what: &str) {
        let value = uri.value();
        let problem = if value == "about:blank" {
            Some("`about:blank` means \"no type beyond the HTTP status\" (RFC 9457, section 4.2.1), and its title must be the status's phrase: give the entry a URI of its own".to_owned())
        } else if let Some(bad) = value
            .chars()
            .find(|&c| c.is_whitespace() || c.is_control() || "\"<>\\^`{|}".contains(c))
        {
            Some(format!("{what} cannot hold {bad:?}: percent-encode it"))
        } else if !has_scheme(&value) {
            Some(format!("{what} must be an absolute URI, with a scheme, such as \"https://example.com/problems/\" (RFC 9457 advises against relative ones, which clients resolve differently)"))
        } else {
            None
        };
        if let Some(problem) = problem {
            self.errors.push(syn::Error::new(uri.span(), problem));
        }
    }

    /// Resolves the `HttpStatus` a status names; an error on it if it names none.
    fn status(&mut self, status: &mut Status) {
        match &status.value {
            StatusValue::Name(ident) => {
                let name = unraw(ident);
                status.code = code_of_name(&name);
                if status.code.is_none() {
                    let names: Vec<String> = HTTP_STATUSES
                        .iter()
                        .map(|(name, _)| (*name).to_owned())
                        .collect();
                    let hint = match closest(&name, &names) {
                        Some(close) => format!("did you mean `{close}`?"),
                        None => "write the name of an `HttpStatus` entry, such as `NOT_FOUND`, or its code".to_owned(),
                    };
                    self.errors.push(syn::Error::new(
                        ident.span(),
                        format!("`{name}` is not an HTTP status (a name of `HttpStatus`): {hint}"),
                    ));
                }
            }
            StatusValue::Code(lit) => {
                let code = lit
                    .base10_parse::<u16>()
                    .ok()
                    .filter(|code| lit.suffix().is_empty() && has_code(*code));
                status.code = code;
                if code.is_none() {
                    self.errors.push(syn::Error::new(
                        lit.span(),
                        format!("`{lit}` is not an HTTP status that `HttpStatus` has: write one of its codes, such as `404`, or its name, such as `NOT_FOUND`"),
                    ));
                }
            }
        }
    }

    /// Rejects, and removes, `#[cfg]` on an entry, alias or class (`what`): the generated
    /// lookups and tables name every one of them, so one cannot be compiled out on its own.
    fn reject_cfg(&mut self, attrs: Vec<Attribute>, what: &str) -> Vec<Attribute> {
        attrs
            .into_iter()
            .filter(|attr| {
                if !attr.path().is_ident("cfg") {
                    return true;
                }
                self.errors.push(syn::Error::new_spanned(
                    attr,
                    format!("remove this `#[cfg]`: {what} cannot be compiled out on its own, the generated lookups name every one"),
                ));
                false
            })
            .collect()
    }
}

/// Whether `uri` begins with a URI scheme and `:` (RFC 3986, section 3.1).
fn has_scheme(uri: &str) -> bool {
    let Some((scheme, _)) = uri.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

/// The declared name nearest to `name`, if one is near enough to be a likely typo.
fn closest<'a>(name: &str, candidates: &'a [String]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= 2.max(name.len() / 4))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate.as_str())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// The narrowest repr that holds `value` and, if one can, every code `repr` holds; of two
/// reprs of the same width, the one of the same signedness as `repr`.
fn wider(repr: Repr, value: i128) -> Option<Repr> {
    let (min, max) = repr.bounds();
    let mut candidates = Repr::ALL.to_vec();
    candidates.sort_by_key(|candidate| {
        let (candidate_min, candidate_max) = candidate.bounds();
        (
            candidate_max - candidate_min,
            candidate.is_signed() != repr.is_signed(),
        )
    });
    let holds = |candidate: &Repr, lo: i128, hi: i128| candidate.holds(lo) && candidate.holds(hi);
    let (lo, hi) = (min.min(value), max.max(value));
    candidates
        .iter()
        .find(|candidate| holds(candidate, lo, hi))
        .or_else(|| {
            candidates
                .iter()
                .find(|candidate| holds(candidate, value, value))
        })
        .copied()
}
