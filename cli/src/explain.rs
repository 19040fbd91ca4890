//! [`Explain`]: what a tool knows of one of its registries, beyond the registry's entries.

use std::fmt;
use std::ops::RangeInclusive;

use status_registry::export::Export;
use status_registry::search::find_class;
use status_registry::{ClassType, Classified, CodeType, OpenCode, Registry, Repr};

use crate::text::{one_of, plural};

/// One registry of a [`Tool`](crate::Tool): its flag, what its entries are called, and what
/// the tool may tell of it beyond each entry (its classes, the window of its open code type,
/// notes on codes it does not register).
///
/// ```
/// use status_registry::{HttpStatus, StatusCode};
/// use status_registry_cli::Explain;
///
/// let http = Explain::<HttpStatus>::new("http", "an HTTP status")
///     .about("CPython's http.HTTPStatus, with IANA's references")
///     .classes()
///     .open::<StatusCode>();
/// assert_eq!(http.flag(), "http");
/// ```
pub struct Explain<R: Registry> {
    flag: &'static str,
    noun: &'static str,
    about: &'static str,
    classes: Option<Classes<R>>,
    window: RangeInclusive<R::Repr>,
    notes: Vec<Note<R::Repr>>,
    unofficial: Vec<Vendor<R::Repr>>,
    export: Export<'static, R>,
}

/// Another registry whose entries answer codes of the window that no entry of this one has:
/// the vendor that answers with them (`"nginx"`), and the lookup of a code in it.
pub(crate) type Vendor<T> = (&'static str, fn(T) -> Option<Unofficial>);

/// The entry of another registry that answers a code no entry of this one has: nginx's 499
/// beside HTTP's statuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unofficial {
    pub name: &'static str,
    pub phrase: &'static str,
    pub description: &'static str,
    pub reference: Option<&'static str>,
}

/// The entry of `U` with `code`, as an unofficial one.
fn unofficial_entry<U: Registry>(code: U::Repr) -> Option<Unofficial> {
    U::from_code(code).map(|entry| Unofficial {
        name: entry.name(),
        phrase: entry.phrase(),
        description: entry.description(),
        reference: entry.reference(),
    })
}

/// A field of the record of a code that no entry has: its label, and what it says of a code.
pub(crate) type Note<T> = (&'static str, fn(T) -> Option<String>);

/// A registry's classes, read through its class type once.
struct Classes<R: Registry> {
    all: Vec<Class<R::Repr>>,
    /// The position in `all` of the class a query names (`4xx`, `client error`).
    find: fn(&str) -> Option<usize>,
    /// The position in `all` of an entry's class.
    of_entry: fn(R) -> Option<usize>,
}

/// One class of a registry, as the tool shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Class<T> {
    pub name: &'static str,
    pub phrase: &'static str,
    pub range: RangeInclusive<T>,
}

impl<R: Registry> Explain<R> {
    /// A registry the tool picks with `--FLAG` (`"grpc"` for `--grpc`), whose entries the
    /// messages call `noun`, written with its article (`"an HTTP status"`, `"a gRPC code"`).
    ///
    /// Any code of the repr is a code: one that no entry has prints as unregistered. Call
    /// [`open`](Explain::open) to take the window of the registry's open code type instead,
    /// and [`classes`](Explain::classes) if it has classes.
    #[must_use]
    pub fn new(flag: &'static str, noun: &'static str) -> Self {
        Explain {
            flag,
            noun,
            about: "",
            classes: None,
            window: <R::Repr as Repr>::MIN..=<R::Repr as Repr>::MAX,
            notes: Vec::new(),
            unofficial: Vec::new(),
            export: Export::plain(),
        }
    }

    /// Where the registry comes from, in a few words: `--help` shows it beside the flag.
    #[must_use]
    pub fn about(mut self, about: &'static str) -> Self {
        self.about = about;
        self
    }

    /// Looks queries up in the registry's classes (`4xx`, `client_error`), lists one with
    /// `--list CLASS`, and shows each code's class.
    #[must_use]
    pub fn classes(mut self) -> Self
    where
        R: Classified,
    {
        self.classes = Some(Classes {
            all: <R::Class as ClassType>::ALL
                .iter()
                .map(|class| Class {
                    name: class.name(),
                    phrase: class.phrase(),
                    range: class.range(),
                })
                .collect(),
            find: |text| position(find_class::<R::Class>(text)?),
            of_entry: |entry| position(entry.class()),
        });
        self.export = Export::classified();
        self
    }

    /// Takes the codes of `O`, the registry's open code type: a number outside its window is
    /// a usage error, one inside it that no entry has prints as unregistered.
    #[must_use]
    pub fn open<O>(mut self) -> Self
    where
        O: OpenCode<Registry = R> + CodeType<Repr = R::Repr>,
    {
        self.window = O::MIN_CODE..=O::MAX_CODE;
        self
    }

    /// Adds a field, `label`, to the record of a code that no entry has: what `note` says of
    /// the code, if it says something (`httpstatus 499` tells what a client takes it for).
    #[must_use]
    pub fn note(mut self, label: &'static str, note: fn(R::Repr) -> Option<String>) -> Self {
        self.notes.push((label, note));
        self
    }

    /// Answers a code that no entry has with the entry of `U`, another registry of the same
    /// codes, marked as `vendor`'s and unofficial: `httpstatus 499` shows nginx's
    /// `CLIENT_CLOSED_REQUEST` beside HTTP's statuses. The first registry given that has the
    /// code answers; a code that one of them has counts as found (exit code 0). `--json` and
    /// `--export` stay this registry's: a tool gives `U` its own flag for them.
    #[must_use]
    pub fn unofficial<U: Registry<Repr = R::Repr>>(mut self, vendor: &'static str) -> Self {
        self.unofficial.push((vendor, unofficial_entry::<U>));
        self
    }

    /// The vendor and entry that answer `code` where no entry of the registry does.
    pub(crate) fn unofficial_of(&self, code: R::Repr) -> Option<(&'static str, Unofficial)> {
        if R::from_code(code).is_some() {
            return None;
        }
        self.unofficial
            .iter()
            .find_map(|(vendor, lookup)| Some((*vendor, lookup(code)?)))
    }

    /// What `--export` and `--json` write: the registry's [`Export`], which names the type and
    /// documents it in the exported files (by default the registry's Rust name and a line of
    /// its own; call this after [`classes`](Explain::classes), which exports the classes).
    ///
    /// ```
    /// use status_registry::export::Export;
    /// use status_registry::HttpStatus;
    /// use status_registry_cli::Explain;
    ///
    /// let http = Explain::<HttpStatus>::new("http", "an HTTP status")
    ///     .classes()
    ///     .export(Export::classified().name("HTTPStatus"));
    /// ```
    #[must_use]
    pub fn export(mut self, export: Export<'static, R>) -> Self {
        self.export = export;
        self
    }

    /// The registry's export.
    pub(crate) fn exporter(&self) -> &Export<'static, R> {
        &self.export
    }

    /// The flag that picks the registry, without its `--`.
    pub fn flag(&self) -> &'static str {
        self.flag
    }

    /// Where the registry comes from.
    pub(crate) fn about_text(&self) -> &'static str {
        self.about
    }

    /// What an entry is called, with its article.
    pub(crate) fn noun(&self) -> &'static str {
        self.noun
    }

    /// What the entries are called, in the plural: `HTTP statuses`.
    pub(crate) fn plural(&self) -> String {
        plural(self.noun)
    }

    /// The codes a query may give.
    pub(crate) fn window(&self) -> &RangeInclusive<R::Repr> {
        &self.window
    }

    /// The notes on a code that no entry has.
    pub(crate) fn notes(&self) -> &[Note<R::Repr>] {
        &self.notes
    }

    /// The registry's classes; none if it has none.
    pub(crate) fn class_list(&self) -> &[Class<R::Repr>] {
        self.classes.as_ref().map_or(&[], |classes| &classes.all)
    }

    /// The patterns of the classes, for messages: `1xx to 5xx` when each class is one
    /// pattern and they follow each other, `1xx, 3xx or 5xx` when they do not follow each
    /// other; `None` when a class is no pattern.
    pub(crate) fn class_patterns(&self) -> Option<String> {
        let classes = self.class_list();
        let patterns = classes
            .iter()
            .map(|class| pattern(&class.range))
            .collect::<Option<Vec<String>>>()?;
        let (first, last) = (patterns.first()?, patterns.last()?);
        if patterns.len() > 2 && follow_each_other(classes) {
            Some(format!("{first} to {last}"))
        } else {
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
            Some(one_of(&patterns))
        }
    }

    /// The codes in a class, for messages: `100..=599` when the classes follow each other,
    /// else each class's range.
    pub(crate) fn class_span(&self) -> String {
        let classes = self.class_list();
        match (classes.first(), classes.last()) {
            (Some(first), Some(last)) if follow_each_other(classes) => {
                format!("{}..={}", first.range.start(), last.range.end())
            }
            _ => {
                let ranges: Vec<String> = classes
                    .iter()
                    .map(|class| format!("{}..={}", class.range.start(), class.range.end()))
                    .collect();
                ranges.join(", ")
            }
        }
    }

    /// Whether the registry has classes.
    pub(crate) fn has_classes(&self) -> bool {
        self.classes.is_some()
    }

    /// The class a query names.
    pub(crate) fn find_class(&self, text: &str) -> Option<&Class<R::Repr>> {
        let classes = self.classes.as_ref()?;
        classes.all.get((classes.find)(text)?)
    }

    /// The class of a code: its entry's, if it has one, else the one whose range holds it.
    pub(crate) fn class_of(&self, code: R::Repr, entry: Option<R>) -> Option<&Class<R::Repr>> {
        let classes = self.classes.as_ref()?;
        match entry {
            Some(entry) => classes.all.get((classes.of_entry)(entry)?),
            None => classes.all.iter().find(|class| class.range.contains(&code)),
        }
    }
}

/// Whether each class's range starts after the one before it ends.
fn follow_each_other<T: Repr>(classes: &[Class<T>]) -> bool {
    classes.windows(2).all(|pair| match pair {
        [before, after] => {
            let (end, start): (i128, i128) =
                ((*before.range.end()).into(), (*after.range.start()).into());
            end + 1 == start
        }
        _ => true,
    })
}

/// The pattern that spells `class`'s range (`4xx` for `400..=499`), if one does.
pub(crate) fn pattern_of<T: Repr>(class: &Class<T>) -> Option<String> {
    pattern(&class.range)
}

/// The pattern that spells `range` (`4xx` for `400..=499`), as `find_class` reads it, if one
/// does.
fn pattern<T: Repr>(range: &RangeInclusive<T>) -> Option<String> {
    let (start, end): (i128, i128) = ((*range.start()).into(), (*range.end()).into());
    let mut width: i128 = 1;
    for wildcards in 1..=17 {
        width = width.checked_mul(10)?;
        if start > 0 && start % width == 0 && end.checked_sub(start)?.checked_add(1)? == width {
            return Some(format!("{}{}", start / width, "x".repeat(wildcards)));
        }
    }
    None
}

/// The position of `class` among its type's classes.
fn position<C: ClassType>(class: C) -> Option<usize> {
    C::ALL.iter().position(|each| *each == class)
}

impl<R: Registry> fmt::Debug for Explain<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Explain")
            .field("registry", &R::TYPE_NAME)
            .field("flag", &self.flag)
            .field("noun", &self.noun)
            .field("classes", &self.class_list())
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}
