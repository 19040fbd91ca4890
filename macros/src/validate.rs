//! [`Input`] -> [`Model`]: checks the declaration as a whole and keeps what is well formed.
//!
//! Every problem becomes one error on the offending token, all of them combined into one
//! `syn::Error`. An entry, alias or class with a problem is left out of the model (or kept, when
//! the problem does not affect the generated code), so the expansion of the rest still compiles.

use std::collections::{HashMap, HashSet};

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::ext::IdentExt;
use syn::{Attribute, Ident, LitStr, Type};

use crate::parse::{self, Code, Input};

/// A registry ready to expand: every entry, alias and class in it is valid.
pub struct Model {
    pub attrs: Vec<Attribute>,
    pub krate: TokenStream,
    pub vis: syn::Visibility,
    pub ident: Ident,
    pub repr: Repr,
    pub entries: Vec<Entry>,
    pub aliases: Vec<Alias>,
    pub classes: Option<Classes>,
    pub open: Option<OpenType>,
    pub base: Option<Base>,
    /// The body that registries extending this one replay: the base's body, then this one's.
    pub replay_body: TokenStream,
}

/// The registry this one extends.
pub struct Base {
    /// As written after `extends`.
    pub path: TokenStream,
    /// Its last segment, for messages.
    pub name: String,
    /// The base's entries, which come first among this registry's entries.
    pub entries: Vec<Ident>,
}

/// `open StatusCode in LO..=HI;`: the type that holds any code of the window.
pub struct OpenType {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub lo: Code,
    pub hi: Code,
}

pub struct Entry {
    pub attrs: Vec<Attribute>,
    pub code: Code,
    pub ident: Ident,
    /// The name as `name()` returns it: the identifier without `r#`.
    pub name: String,
    pub phrase: LitStr,
    pub description: Option<LitStr>,
    pub reference: Option<LitStr>,
}

pub struct Alias {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub name: String,
    /// The identifier of the entry, as that entry declares it.
    pub target: Ident,
}

pub struct Classes {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    /// The base registry whose class type this registry uses, instead of declaring its own.
    pub inherited_from: Option<TokenStream>,
    /// In ascending order of their ranges.
    pub classes: Vec<Class>,
}

pub struct Class {
    pub attrs: Vec<Attribute>,
    pub lo: Code,
    pub hi: Code,
    pub ident: Ident,
    pub name: String,
    pub phrase: LitStr,
    /// `is_success` for `SUCCESS`: the predicate generated on the registry.
    pub predicate: Ident,
}

/// The primitive integer type of the codes.
#[derive(Clone, Copy)]
pub enum Repr {
    U8,
    U16,
    U32,
    U64,
    I8,
    I16,
    I32,
    I64,
}

impl Repr {
    const ALL: [(Repr, &'static str); 8] = [
        (Repr::U8, "u8"),
        (Repr::U16, "u16"),
        (Repr::U32, "u32"),
        (Repr::U64, "u64"),
        (Repr::I8, "i8"),
        (Repr::I16, "i16"),
        (Repr::I32, "i32"),
        (Repr::I64, "i64"),
    ];

    fn from_type(ty: &Type) -> Option<Repr> {
        let Type::Path(path) = ty else { return None };
        let ident = path.path.get_ident()?;
        Repr::ALL
            .iter()
            .find(|(_, name)| ident == name)
            .map(|(repr, _)| *repr)
    }

    pub fn name(self) -> &'static str {
        match self {
            Repr::U8 => "u8",
            Repr::U16 => "u16",
            Repr::U32 => "u32",
            Repr::U64 => "u64",
            Repr::I8 => "i8",
            Repr::I16 => "i16",
            Repr::I32 => "i32",
            Repr::I64 => "i64",
        }
    }

    pub fn bounds(self) -> (i128, i128) {
        match self {
            Repr::U8 => (0, u8::MAX.into()),
            Repr::U16 => (0, u16::MAX.into()),
            Repr::U32 => (0, u32::MAX.into()),
            Repr::U64 => (0, u64::MAX.into()),
            Repr::I8 => (i8::MIN.into(), i8::MAX.into()),
            Repr::I16 => (i16::MIN.into(), i16::MAX.into()),
            Repr::I32 => (i32::MIN.into(), i32::MAX.into()),
            Repr::I64 => (i64::MIN.into(), i64::MAX.into()),
        }
    }

    fn is_signed(self) -> bool {
        self.bounds().0 < 0
    }

    /// The narrowest repr that holds `value` and, if one can, every code `self` holds; of two
    /// reprs of the same width, the one of the same signedness as `self`.
    fn wider(self, value: i128) -> Option<Repr> {
        let (min, max) = self.bounds();
        let mut candidates: Vec<Repr> = Repr::ALL.iter().map(|(repr, _)| *repr).collect();
        candidates.sort_by_key(|repr| {
            let (repr_min, repr_max) = repr.bounds();
            (repr_max - repr_min, repr.is_signed() != self.is_signed())
        });
        let holds = |repr: &Repr, lo: i128, hi: i128| {
            let (repr_min, repr_max) = repr.bounds();
            repr_min <= lo && hi <= repr_max
        };
        let (lo, hi) = (min.min(value), max.max(value));
        candidates
            .iter()
            .find(|repr| holds(repr, lo, hi))
            .or_else(|| candidates.iter().find(|repr| holds(repr, value, value)))
            .copied()
    }

    fn fits(self, code: &Code, what: &str, registry_name: &str, errors: &mut Errors) -> bool {
        let (min, max) = self.bounds();
        if (min..=max).contains(&code.value) {
            return true;
        }
        let (value, name) = (code.value, self.name());
        let message = match self.wider(value) {
            Some(wider) if value < 0 && !self.is_signed() => format!(
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
        errors.push(syn::Error::new_spanned(code, message));
        false
    }
}

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
    "iter",
    "class",
];

/// The names of the items generated on the open code type, which also has one associated
/// constant per entry and alias.
const OPEN_ITEMS: &[&str] = &["new", "known", "range"];

/// The names of the items generated on the class type.
const CLASS_ITEMS: &[&str] = &["ALL", "of", "range", "contains", "name", "phrase"];

/// Every problem found, in the order found.
#[derive(Default)]
struct Errors(Vec<syn::Error>);

impl Errors {
    fn push(&mut self, error: syn::Error) {
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

    fn into_error(self) -> Option<syn::Error> {
        self.0.into_iter().reduce(|mut all, error| {
            all.combine(error);
            all
        })
    }
}

/// Checks `input`. Returns the model of its valid part (none when nothing valid is left to
/// expand) and every problem found, combined.
pub fn validate(mut input: Input) -> (Option<Model>, Option<syn::Error>) {
    let mut errors = Errors(std::mem::take(&mut input.errors));
    let registry_name = input.ident.unraw().to_string();
    let merged = merge_base(&mut input, &mut errors);

    if let Some(generics) = &input.generics {
        // Spelled out: `Generics` prints nothing for an empty `<>`, which would put the error
        // on the call site.
        let (lt, params, gt) = (&generics.lt_token, &generics.params, &generics.gt_token);
        errors.push(syn::Error::new_spanned(
            quote!(#lt #params #gt),
            "a status registry cannot have generic parameters; remove them",
        ));
    }
    let repr = match &input.repr {
        None => Repr::U16,
        Some(ty) => Repr::from_type(ty).unwrap_or_else(|| {
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
            errors.push(syn::Error::new_spanned(
                ty,
                format!("{problem}; use one of u8, u16, u32, u64, i8, i16, i32, i64 (the default is u16)"),
            ));
            Repr::U16
        }),
    };
    let attrs = check_registry_attrs(input.attrs, &registry_name, &mut errors);

    let mut classes = validate_classes(input.class_blocks, &registry_name, repr, &mut errors);
    if let Some(classes) = &mut classes {
        classes.inherited_from = merged
            .base
            .as_ref()
            .filter(|_| merged.classes_inherited)
            .map(|base| base.path.clone());
    }
    // The open code type's name, for messages about the items generated on it.
    let open_name = input
        .opens
        .first()
        .map(|open| open.ident.unraw().to_string());

    // Names of every entry and alias as declared, valid or not: an alias of an entry that was
    // rejected is not reported a second time.
    let declared: Vec<String> = input
        .entries
        .iter()
        .map(|entry| entry.ident.unraw().to_string())
        .collect();
    // Each generated name, with what generates it.
    let reserved: Vec<(String, String)> = REGISTRY_ITEMS
        .iter()
        .map(|item| {
            (
                item.to_string(),
                format!("the name of an item generated on the registry (`{registry_name}::{item}`)"),
            )
        })
        .chain(open_name.iter().flat_map(|open_name| {
            OPEN_ITEMS.iter().map(move |item| {
                (
                    item.to_string(),
                    format!("the name of an item generated on the open code type (`{open_name}::{item}`)"),
                )
            })
        }))
        .chain(classes.iter().flat_map(|classes| {
            classes.classes.iter().map(|class| {
                (
                    class.predicate.to_string(),
                    format!(
                        "the predicate generated for the class `{}` (`{registry_name}::{}`)",
                        class.name, class.predicate
                    ),
                )
            })
        }))
        .collect();
    let mut names = Names {
        registry_name: &registry_name,
        reserved: &reserved,
        declared: HashMap::new(),
        base: merged
            .base
            .as_ref()
            .map(|base| (base.name.clone(), merged.base_names.clone())),
        base_aliases: merged.base_aliases.clone(),
    };
    // Each code taken, with the entry (its name, then its code as written) that took it.
    let mut codes: HashMap<i128, (Ident, TokenStream)> = HashMap::new();
    let mut entries = Vec::new();
    for entry in input.entries {
        let name = entry.ident.unraw().to_string();
        let attrs = reject_cfg(entry.attrs, "an entry", &mut errors);
        let mut valid = names.check_entry(&entry.ident, &name, &mut errors);
        if !repr.fits(&entry.code, "code", &registry_name, &mut errors) {
            valid = false;
        } else if let Some((first, first_code)) = codes.get(&entry.code.value) {
            match &names.base {
                Some((base_name, _)) if merged.base_codes.contains(&entry.code.value) => {
                    errors.push(syn::Error::new_spanned(
                        &entry.code,
                        format!(
                            "code {} is already `{base_name}::{}`: `{registry_name}` extends `{base_name}` and has all its entries; give this entry another code",
                            entry.code.value,
                            first.unraw(),
                        ),
                    ));
                }
                _ => errors.push_duplicate(
                    &entry.code,
                    format!(
                        "duplicate code {}: `{}` already has it; give each entry its own code, or name it twice with `alias {} = {};`",
                        entry.code.value,
                        first.unraw(),
                        name,
                        first.unraw()
                    ),
                    first_code,
                    format!("`{}` is declared with code {} here", first.unraw(), entry.code.value),
                ),
            }
            valid = false;
        } else if let Some(classes) = &classes {
            if !classes
                .classes
                .iter()
                .any(|class| (class.lo.value..=class.hi.value).contains(&entry.code.value))
            {
                let fix = match (&classes.inherited_from, &names.base) {
                    (Some(_), Some((base_name, _))) => format!(
                        "; `{registry_name}` has the classes of `{base_name}`, which it extends: correct the code"
                    ),
                    _ => "; add a class whose range holds it, or correct the code".to_owned(),
                };
                errors.push(syn::Error::new_spanned(
                    &entry.code,
                    format!(
                        "code {} is outside every class of `{}`{fix}",
                        entry.code.value,
                        classes.ident.unraw()
                    ),
                ));
                valid = false;
            }
        }
        if entry.phrase.value().is_empty() {
            errors.push(syn::Error::new(
                entry.phrase.span(),
                format!(
                    "empty reason phrase for `{name}`: give it a phrase, such as \"Not Found\""
                ),
            ));
        }
        if valid {
            codes.insert(
                entry.code.value,
                (entry.ident.clone(), entry.code.to_token_stream()),
            );
            entries.push(Entry {
                attrs,
                code: entry.code,
                ident: entry.ident,
                name,
                phrase: entry.phrase,
                description: entry.description,
                reference: entry.reference,
            });
        }
    }

    let alias_targets: HashMap<String, String> = input
        .aliases
        .iter()
        .map(|alias| {
            (
                alias.ident.unraw().to_string(),
                alias.target.unraw().to_string(),
            )
        })
        .collect();
    let mut aliases = Vec::new();
    for alias in input.aliases {
        let name = alias.ident.unraw().to_string();
        let target_name = alias.target.unraw().to_string();
        let attrs = reject_cfg(alias.attrs, "an alias", &mut errors);
        let valid = names.check(&alias.ident, &name, &mut errors);
        let target = entries.iter().find(|entry| entry.name == target_name);
        match target {
            Some(target) if valid => aliases.push(Alias {
                attrs,
                ident: alias.ident,
                name,
                target: target.ident.clone(),
            }),
            Some(_) => {}
            None if declared.contains(&target_name) => {}
            None => errors.push(unknown_alias_target(
                &alias.target,
                &target_name,
                &registry_name,
                &declared,
                &alias_targets,
            )),
        }
    }

    if entries.is_empty() && errors.0.is_empty() {
        errors.push(syn::Error::new(
            input.brace.span.join(),
            format!(
                "`{registry_name}` has no entries: declare at least one, such as `200 OK \"OK\";`"
            ),
        ));
    }
    let open = validate_open(
        input.opens,
        &registry_name,
        classes.as_ref(),
        &entries,
        repr,
        &mut errors,
    );
    let model = (!entries.is_empty()).then(|| Model {
        attrs,
        krate: match input.crate_path {
            Some(path) => path.into_token_stream(),
            None => quote!(::status_registry),
        },
        vis: input.vis,
        ident: input.ident,
        repr,
        entries,
        aliases,
        classes,
        open,
        base: merged.base,
        replay_body: merged.replay_body,
    });
    (model, errors.into_error())
}

fn unknown_alias_target(
    target: &Ident,
    target_name: &str,
    registry_name: &str,
    declared: &[String],
    alias_targets: &HashMap<String, String>,
) -> syn::Error {
    if let Some(entry) = alias_targets.get(target_name) {
        return syn::Error::new(
            target.span(),
            format!("`{target_name}` is itself an alias, of `{entry}`; name the entry instead: `= {entry}`"),
        );
    }
    let hint = match closest(target_name, declared) {
        Some(close) => format!("; did you mean `{close}`?"),
        None => String::new(),
    };
    syn::Error::new(
        target.span(),
        format!("no entry named `{target_name}` in `{registry_name}`: an alias names an entry of the same registry{hint}"),
    )
}

/// The names taken so far, and what a new one must not collide with.
struct Names<'a> {
    registry_name: &'a str,
    /// Each generated name, with what generates it.
    reserved: &'a [(String, String)],
    declared: HashMap<String, Ident>,
    /// The base registry's name and its entries' and aliases' names.
    base: Option<(String, HashSet<String>)>,
    /// The names of the base's aliases, which are checked after every entry.
    base_aliases: HashSet<String>,
}

impl Names<'_> {
    /// [`Names::check`] for an entry: one that takes the name of a base's alias is this
    /// registry's (a base's entries and aliases do not collide), and the error is on it.
    fn check_entry(&mut self, ident: &Ident, name: &str, errors: &mut Errors) -> bool {
        match &self.base {
            Some((base_name, _)) if self.base_aliases.contains(name) => {
                errors.push(base_name_taken(ident, name, self.registry_name, base_name));
                false
            }
            _ => self.check(ident, name, errors),
        }
    }

    /// Checks a name for a collision with a generated item or an earlier name, and records it.
    fn check(&mut self, ident: &Ident, name: &str, errors: &mut Errors) -> bool {
        let registry_name = self.registry_name;
        if let Some((_, what)) = self.reserved.iter().find(|(item, _)| item == name) {
            errors.push(syn::Error::new(
                ident.span(),
                format!("`{name}` is {what}; choose another name"),
            ));
            return false;
        }
        if let Some(first) = self.declared.get(name) {
            match &self.base {
                Some((base_name, base_names)) if base_names.contains(name) => {
                    errors.push(base_name_taken(ident, name, registry_name, base_name));
                }
                _ => errors.push_duplicate(
                    ident,
                    format!(
                        "duplicate name `{name}`: names of entries and aliases must be unique; rename one"
                    ),
                    first,
                    format!("`{name}` is first declared here"),
                ),
            }
            return false;
        }
        self.declared.insert(name.to_owned(), ident.clone());
        true
    }
}

fn base_name_taken(ident: &Ident, name: &str, registry_name: &str, base_name: &str) -> syn::Error {
    syn::Error::new(
        ident.span(),
        format!("`{name}` is already a name in `{base_name}`: `{registry_name}` extends `{base_name}` and has all its names; choose another name"),
    )
}

/// What a registry takes from the registry it extends.
struct Merged {
    base: Option<Base>,
    base_codes: HashSet<i128>,
    base_names: HashSet<String>,
    base_aliases: HashSet<String>,
    classes_inherited: bool,
    replay_body: TokenStream,
}

/// Puts the base's entries, aliases and classes (if this registry extends one) before this
/// registry's own, and checks that the two agree on the repr and on who declares classes.
fn merge_base(input: &mut Input, errors: &mut Errors) -> Merged {
    let (Some(base), Some(path)) = (input.base.take(), input.extends.take()) else {
        return Merged {
            base: None,
            base_codes: HashSet::new(),
            base_names: HashSet::new(),
            base_aliases: HashSet::new(),
            classes_inherited: false,
            replay_body: input.body.clone(),
        };
    };
    let base_name = path_name(&path);
    let registry_name = input.ident.unraw().to_string();
    let base_repr = base
        .repr
        .as_ref()
        .and_then(Repr::from_type)
        .unwrap_or(Repr::U16);
    let base_repr_ident = Ident::new(base_repr.name(), path_span(&path));
    match &input.repr {
        None => input.repr = Some(syn::parse_quote!(#base_repr_ident)),
        Some(ty) => {
            if Repr::from_type(ty).is_some_and(|repr| repr.name() != base_repr.name()) {
                errors.push(syn::Error::new_spanned(
                    ty,
                    format!("`{registry_name}` extends `{base_name}`, whose codes are `{}`: write `: {}` or leave the repr out", base_repr.name(), base_repr.name()),
                ));
                input.repr = Some(syn::parse_quote!(#base_repr_ident));
            }
        }
    }
    let classes_inherited = !base.class_blocks.is_empty();
    if classes_inherited {
        for block in &input.class_blocks {
            errors.push(syn::Error::new(
                block.keyword.span(),
                format!("`{registry_name}` extends `{base_name}` and so has its classes; remove this `classes` block"),
            ));
        }
        input.class_blocks = base.class_blocks;
    }
    let base_codes = base.entries.iter().map(|entry| entry.code.value).collect();
    let base_names = base
        .entries
        .iter()
        .map(|entry| &entry.ident)
        .chain(base.aliases.iter().map(|alias| &alias.ident))
        .map(|ident| ident.unraw().to_string())
        .collect();
    let base_alias_names = base
        .aliases
        .iter()
        .map(|alias| alias.ident.unraw().to_string())
        .collect();
    let base_idents = base
        .entries
        .iter()
        .map(|entry| entry.ident.clone())
        .collect();
    let mut replay_body = base.body;
    replay_body.extend(input.body.clone());
    // Of the base's attributes, those that document an entry or alias carry over; others, such
    // as `#[default]` (which needs the base's `#[derive(Default)]`), belong to the base alone.
    let mut base_entries = base.entries;
    let mut base_aliases = base.aliases;
    for attrs in base_entries
        .iter_mut()
        .map(|entry| &mut entry.attrs)
        .chain(base_aliases.iter_mut().map(|alias| &mut alias.attrs))
    {
        attrs.retain(|attr| attr.path().is_ident("doc") || attr.path().is_ident("deprecated"));
    }
    input.entries.splice(0..0, base_entries);
    input.aliases.splice(0..0, base_aliases);
    Merged {
        base: Some(Base {
            path: path.into_token_stream(),
            name: base_name,
            entries: base_idents,
        }),
        base_codes,
        base_names,
        base_aliases: base_alias_names,
        classes_inherited,
        replay_body,
    }
}

fn path_span(path: &syn::Path) -> proc_macro2::Span {
    path.segments
        .last()
        .map_or_else(proc_macro2::Span::call_site, |segment| segment.ident.span())
}

/// The last segment of a path, for messages: `HttpStatus` for `status_registry::HttpStatus`.
fn path_name(path: &syn::Path) -> String {
    path.segments
        .last()
        .map_or_else(String::new, |segment| segment.ident.unraw().to_string())
}

/// Checks the `open` declaration: its window fits the repr and holds every entry.
fn validate_open(
    opens: Vec<parse::Open>,
    registry_name: &str,
    classes: Option<&Classes>,
    entries: &[Entry],
    repr: Repr,
    errors: &mut Errors,
) -> Option<OpenType> {
    let mut opens = opens.into_iter();
    let open = opens.next()?;
    for extra in opens {
        errors.push_duplicate(
            &extra.keyword,
            "a registry has at most one open code type; remove this one".to_owned(),
            &open.keyword,
            "the first is declared here".to_owned(),
        );
    }
    let name = open.ident.unraw().to_string();
    let taken = name == registry_name
        || classes.is_some_and(|classes| {
            classes.inherited_from.is_none() && classes.ident.unraw() == name
        });
    if taken {
        errors.push(syn::Error::new(
            open.ident.span(),
            format!("`{name}` is already the name of a type this registry declares; call the open code type, say, `{registry_name}Code`"),
        ));
        return None;
    }
    if !(repr.fits(&open.lo, "window bound", registry_name, errors)
        & repr.fits(&open.hi, "window bound", registry_name, errors))
    {
        return None;
    }
    let (lo, range_token, hi) = (&open.lo, &open.range_token, &open.hi);
    if lo.value > hi.value {
        errors.push(syn::Error::new_spanned(
            quote!(#lo #range_token #hi),
            format!(
                "empty window: {} is greater than {}; write the window as `LO..=HI`",
                lo.value, hi.value
            ),
        ));
        return None;
    }
    let outside: Vec<&Entry> = entries
        .iter()
        .filter(|entry| !(lo.value..=hi.value).contains(&entry.code.value))
        .collect();
    if let Some(first) = outside.first() {
        errors.push(syn::Error::new_spanned(
            quote!(#lo #range_token #hi),
            format!(
                "the window {}..={} of `{name}` leaves out {} (`{}` is {}); an open code type holds every entry: widen the window",
                lo.value,
                hi.value,
                if outside.len() == 1 { "an entry".to_owned() } else { format!("{} entries", outside.len()) },
                first.name,
                first.code.value,
            ),
        ));
        return None;
    }
    Some(OpenType {
        attrs: open.attrs,
        ident: open.ident,
        lo: open.lo,
        hi: open.hi,
    })
}

fn validate_classes(
    blocks: Vec<parse::ClassBlock>,
    registry_name: &str,
    repr: Repr,
    errors: &mut Errors,
) -> Option<Classes> {
    let mut blocks = blocks.into_iter();
    let block = blocks.next()?;
    for extra in blocks {
        errors.push_duplicate(
            &extra.keyword,
            "a registry has at most one `classes` block; merge this one into the first".to_owned(),
            &block.keyword,
            "the first `classes` block is here".to_owned(),
        );
    }
    let type_name = block.ident.unraw().to_string();
    if type_name == registry_name {
        errors.push(syn::Error::new(
            block.ident.span(),
            format!("the class type cannot have the registry's name `{registry_name}`; call it, say, `{registry_name}Class`"),
        ));
        return None;
    }
    if block.classes.is_empty() {
        errors.push(syn::Error::new(
            block.brace.span.join(),
            "this `classes` block declares no class: add one, such as `200..=299 SUCCESS \"Success\";`, or remove the block",
        ));
        return None;
    }
    let mut classes: Vec<Class> = Vec::new();
    let mut names: HashMap<String, Ident> = HashMap::new();
    // Each valid class's range as written, for errors that point at it.
    let mut ranges: Vec<TokenStream> = Vec::new();
    for class in block.classes {
        let name = class.ident.unraw().to_string();
        let predicate = Ident::new(&format!("is_{}", snake_case(&name)), class.ident.span());
        let (lo, range_token, hi) = (&class.lo, &class.range_token, &class.hi);
        let range = quote!(#lo #range_token #hi);
        let attrs = reject_cfg(class.attrs, "a class", errors);
        let mut valid = repr.fits(&class.lo, "class bound", registry_name, errors)
            & repr.fits(&class.hi, "class bound", registry_name, errors);
        if valid && class.lo.value > class.hi.value {
            errors.push(syn::Error::new_spanned(
                &range,
                format!(
                    "empty class range: {} is greater than {}; write the range as `LO..=HI`",
                    class.lo.value, class.hi.value
                ),
            ));
            valid = false;
        }
        if valid {
            if let Some((other, other_range)) = classes.iter().zip(&ranges).find(|(other, _)| {
                class.lo.value <= other.hi.value && other.lo.value <= class.hi.value
            }) {
                errors.push_duplicate(
                    &range,
                    format!(
                        "class range {}..={} overlaps `{}` ({}..={}); class ranges must not overlap, shrink one of them",
                        class.lo.value, class.hi.value, other.name, other.lo.value, other.hi.value
                    ),
                    other_range,
                    format!("`{}` is declared here", other.name),
                );
                valid = false;
            }
        }
        if CLASS_ITEMS.contains(&name.as_str()) {
            errors.push(syn::Error::new(
                class.ident.span(),
                format!("`{name}` is the name of an item generated on the class type (`{type_name}::{name}`); choose another name"),
            ));
            valid = false;
        } else if let Some(first) = names.get(&name) {
            errors.push_duplicate(
                &class.ident,
                format!("duplicate class name `{name}`: rename one"),
                first,
                format!("`{name}` is first declared here"),
            );
            valid = false;
        } else if let Some(other) = classes.iter().find(|other| other.predicate == predicate) {
            errors.push_duplicate(
                &class.ident,
                format!(
                    "`{name}` and `{}` both give the predicate `{predicate}`; rename one",
                    other.name
                ),
                &other.ident,
                format!("`{}` is declared here", other.name),
            );
            valid = false;
        }
        names
            .entry(name.clone())
            .or_insert_with(|| class.ident.clone());
        if valid {
            ranges.push(range);
            classes.push(Class {
                attrs,
                lo: class.lo,
                hi: class.hi,
                ident: class.ident,
                name,
                phrase: class.phrase,
                predicate,
            });
        }
    }
    if classes.is_empty() {
        return None;
    }
    classes.sort_by_key(|class| class.lo.value);
    Some(Classes {
        inherited_from: None,
        attrs: block.attrs,
        ident: block.ident,
        classes,
    })
}

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

/// Rejects, and removes, `#[repr(...)]` (the declaration gives the repr) and `#[derive(...)]` of
/// a trait the expansion already implements.
fn check_registry_attrs(
    attrs: Vec<Attribute>,
    registry_name: &str,
    errors: &mut Errors,
) -> Vec<Attribute> {
    use syn::punctuated::Punctuated;
    attrs
        .into_iter()
        .filter_map(|attr| {
            if attr.path().is_ident("repr") {
                let repr = attr.parse_args::<Type>().ok().and_then(|ty| Repr::from_type(&ty)).unwrap_or(Repr::U16);
                errors.push(syn::Error::new_spanned(
                    &attr,
                    format!(
                        "remove this `#[repr]`: a registry's repr is written after its name, as in `enum {registry_name}: {}`",
                        repr.name()
                    ),
                ));
                return None;
            }
            if !attr.path().is_ident("derive") {
                return Some(attr);
            }
            let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated) else {
                return Some(attr);
            };
            let mut kept = Vec::new();
            for path in paths {
                match path.segments.last() {
                    Some(last) if IMPLEMENTED.iter().any(|name| last.ident == name) => {
                        errors.push(syn::Error::new_spanned(
                            &path,
                            format!("remove `{}` from this derive: every registry already implements it", last.ident),
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
        })
        .collect()
}

/// Rejects, and removes, `#[cfg]` on an entry, alias or class (`what`): the generated lookups and
/// tables name every one of them, so one cannot be compiled out on its own.
fn reject_cfg(attrs: Vec<Attribute>, what: &str, errors: &mut Errors) -> Vec<Attribute> {
    attrs
        .into_iter()
        .filter(|attr| {
            if !attr.path().is_ident("cfg") {
                return true;
            }
            errors.push(syn::Error::new_spanned(
                attr,
                format!("remove this `#[cfg]`: {what} cannot be compiled out on its own, the generated lookups name every one"),
            ));
            false
        })
        .collect()
}

/// `CLIENT_ERROR`, `ClientError` and `clientError` all become `client_error`.
pub fn snake_case(name: &str) -> String {
    let mut snake = String::with_capacity(name.len() + 4);
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_uppercase() {
            if previous.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit()) {
                snake.push('_');
            }
            snake.extend(c.to_lowercase());
        } else {
            snake.push(c);
        }
        previous = Some(c);
    }
    snake
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
