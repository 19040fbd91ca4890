//! A registry outside Rust: its JSON, a Markdown docs page, a Python module whose `IntEnum` is
//! laid out as CPython's `http.HTTPStatus`, and a TypeScript module, each written from one walk
//! of the registry ([`Export`]) to any [`fmt::Write`], generic over [`Registry`].
//!
//! ```
//! use status_registry::export::Export;
//! use status_registry::HttpStatus;
//!
//! let export = Export::<HttpStatus>::classified().name("HTTPStatus");
//! let mut python = String::new();
//! export.python(&mut python)?;
//! assert!(python.contains("class HTTPStatus(IntEnum):"));
//! assert!(python.contains("    NOT_FOUND = 404, 'Not Found', 'Nothing matches the given URI'\n"));
//! assert!(python.contains("    REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE\n"));
//!
//! let mut typescript = String::new();
//! export.typescript(&mut typescript)?;
//! assert!(typescript.contains("  NOT_FOUND: 404,\n"));
//! # Ok::<(), status_registry::export::ExportError>(())
//! ```
//!
//! Every string of the registry is escaped for its target, so that any registry gives a file
//! that its language reads back as the registry's own values: the Python and TypeScript modules
//! are pure ASCII (every other character is an escape), and the Markdown page shows every
//! string as text. A name the target cannot hold is refused with an [`ExportError`] that says
//! which and why (see each target's module), never renamed.
//!
//! With the `json` feature, `Export::json` writes the JSON (the `json` module). With the `std`
//! feature, `check_file` is the drift check of a checked-in export.

use core::fmt;
use core::marker::PhantomData;

#[cfg(test)]
extern crate std;

use crate::traits::{ClassType, Classified, Registry};

#[cfg(feature = "std")]
mod drift;
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub mod json;
pub mod markdown;
pub mod python;
pub mod typescript;

#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub use drift::{check_file, Drift};

/// One walk of a registry: its entries in declaration order, each with its aliases and its
/// class, then its classes; what every exporter reads.
///
/// [`Export::plain`] walks any registry, [`Export::classified`] one with classes (its entries
/// then carry their class). [`Export::name`] and [`Export::doc`] set the type's name and its
/// documentation in the output.
pub struct Export<'a, R: Registry> {
    name: &'a str,
    doc: Option<&'a str>,
    /// The class at a position of the class type's `ALL`: no class at all for a plain walk.
    class_at: fn(usize) -> Option<Class<R::Repr>>,
    registry: PhantomData<fn() -> R>,
}

impl<R: Registry> Clone for Export<'_, R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: Registry> Copy for Export<'_, R> {}

impl<R: Registry> fmt::Debug for Export<'_, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Export")
            .field("registry", &R::TYPE_NAME)
            .field("name", &self.name)
            .field("doc", &self.doc)
            .field("classes", &self.classes().count())
            .finish()
    }
}

impl<R: Registry> Export<'static, R> {
    /// The walk of a registry without classes (or whose classes the output leaves out).
    pub fn plain() -> Self {
        Self {
            name: R::TYPE_NAME,
            doc: None,
            class_at: |_| None,
            registry: PhantomData,
        }
    }
}

impl<R: Classified> Export<'static, R> {
    /// The walk of a registry with classes: each entry carries its class, and the output lists
    /// the classes (in Python, as CPython's `is_*` properties).
    pub fn classified() -> Self {
        Self {
            class_at: class_at::<R::Class>,
            ..Self::plain()
        }
    }
}

/// The class at `position` in `C::ALL`.
fn class_at<C: ClassType>(position: usize) -> Option<Class<C::Repr>> {
    C::ALL.get(position).map(|&class| Class {
        name: class.name(),
        phrase: class.phrase(),
        first: *class.range().start(),
        last: *class.range().end(),
    })
}

impl<'a, R: Registry> Export<'a, R> {
    /// The type's name in the output (the registry's Rust name, such as `HttpStatus`, unless
    /// set): the Python class, the TypeScript object of codes, the Markdown page's title.
    pub fn name<'b>(self, name: &'b str) -> Export<'b, R>
    where
        'a: 'b,
    {
        Export { name, ..self }
    }

    /// The type's documentation in the output: the Python class's docstring, the TypeScript
    /// object's doc comment, the paragraph under the Markdown title. Without it, one line that
    /// names the registry.
    pub fn doc<'b>(self, doc: &'b str) -> Export<'b, R>
    where
        'a: 'b,
    {
        Export {
            doc: Some(doc),
            ..self
        }
    }

    /// Writes the Python module to `out`: an `IntEnum` laid out as CPython's `http.HTTPStatus`
    /// ([`python`] says what it holds and which names it refuses).
    pub fn python(&self, out: &mut impl fmt::Write) -> Result<(), ExportError> {
        python::write(self, out)
    }

    /// Writes the TypeScript module to `out` ([`typescript`] says what it exports and what it
    /// refuses).
    pub fn typescript(&self, out: &mut impl fmt::Write) -> Result<(), ExportError> {
        typescript::write(self, out)
    }

    /// Writes the Markdown docs page to `out` ([`markdown`] says how it escapes).
    pub fn markdown(&self, out: &mut impl fmt::Write) -> Result<(), ExportError> {
        Ok(markdown::write(self, out)?)
    }

    /// The type's name in the output.
    pub fn type_name(&self) -> &'a str {
        self.name
    }

    /// Writes the documentation, given or default, through `write` (which escapes it).
    fn write_doc(
        &self,
        out: &mut dyn fmt::Write,
        write: fn(&mut dyn fmt::Write, &str) -> fmt::Result,
    ) -> fmt::Result {
        match self.doc {
            Some(doc) => write(out, doc),
            // Pieces that neither start nor end in a space, which Markdown would escape.
            None => {
                write(out, "The")?;
                out.write_str(" ")?;
                write(out, R::TYPE_NAME)?;
                out.write_str(" ")?;
                write(
                    out,
                    "status codes, with their reason phrases and descriptions.",
                )
            }
        }
    }

    /// Every entry in declaration order, aliases excluded.
    pub fn entries(&self) -> impl Iterator<Item = Entry<R>> + '_ {
        R::iter().map(|status| self.entry(status))
    }

    /// The entry of `status`, with its class.
    pub fn entry(&self, status: R) -> Entry<R> {
        Entry {
            status,
            class: self.class_of(status.code()),
        }
    }

    /// Every class, in ascending order of their ranges; none for a plain walk.
    pub fn classes(&self) -> impl Iterator<Item = Class<R::Repr>> + '_ {
        (0..).map_while(self.class_at)
    }

    /// The class whose range holds `code`, if any (any code, registered or not).
    pub fn class_of(&self, code: R::Repr) -> Option<Class<R::Repr>> {
        self.classes().find(|class| class.contains(code))
    }

    /// Every alias in declaration order, with the entry it names.
    pub fn aliases(&self) -> impl Iterator<Item = (&'static str, R)> {
        R::aliases()
    }
}

/// One entry of a walk: a registry's value and its class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<R: Registry> {
    status: R,
    class: Option<Class<R::Repr>>,
}

impl<R: Registry> Entry<R> {
    /// The registry's value.
    pub fn status(&self) -> R {
        self.status
    }

    /// The code.
    pub fn code(&self) -> R::Repr {
        self.status.code()
    }

    /// The canonical name.
    pub fn name(&self) -> &'static str {
        self.status.name()
    }

    /// The reason phrase.
    pub fn phrase(&self) -> &'static str {
        self.status.phrase()
    }

    /// The description; `""` when the declaration gives none.
    pub fn description(&self) -> &'static str {
        self.status.description()
    }

    /// The specification that defines the code.
    pub fn reference(&self) -> Option<&'static str> {
        self.status.reference()
    }

    /// The class, for a walk with classes.
    pub fn class(&self) -> Option<Class<R::Repr>> {
        self.class
    }

    /// The entry's aliases, in declaration order.
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> {
        let status = self.status;
        R::aliases().filter_map(move |(alias, of)| (of == status).then_some(alias))
    }
}

/// A class of a walk: its name, phrase and range, whatever the registry's class type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Class<T> {
    /// The class's name, such as `"CLIENT_ERROR"`.
    pub name: &'static str,
    /// The class's phrase, such as `"Client Error"`.
    pub phrase: &'static str,
    /// The lowest code of its range.
    pub first: T,
    /// The highest code of its range.
    pub last: T,
}

impl<T: PartialOrd> Class<T> {
    /// Whether `code` is in the class's range.
    pub fn contains(&self, code: T) -> bool {
        self.first <= code && code <= self.last
    }
}

/// Why an export failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExportError {
    /// The writer failed (a `fmt::Write` that refuses more text).
    Write,
    /// A name that the target language cannot hold as written: a keyword, a name its runtime
    /// reserves, or one it would change.
    Name {
        /// The target language, such as `"Python"`.
        target: &'static str,
        /// The name, as the registry (or [`Export::name`]) gives it.
        name: NameText,
        /// Why the target refuses it, and what to do.
        reason: &'static str,
    },
    /// A code that the target language cannot hold exactly.
    Code {
        /// The target language.
        target: &'static str,
        /// The code.
        code: i128,
        /// Why, and what to do.
        reason: &'static str,
    },
    /// serde_json refused the data (it does not for a registry's; kept for its error).
    Json,
}

/// A name in an [`ExportError`]: the registry's names are `'static`, a name given to
/// [`Export::name`] is not, so the error keeps up to 64 bytes of it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct NameText {
    bytes: [u8; 64],
    len: usize,
}

impl NameText {
    fn new(name: &str) -> Self {
        let mut len = name.len().min(64);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; 64];
        if let (Some(to), Some(from)) = (bytes.get_mut(..len), name.as_bytes().get(..len)) {
            to.copy_from_slice(from);
        }
        Self { bytes, len }
    }

    /// The name (cut after 64 bytes).
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..self.len).unwrap_or_default();
        core::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl fmt::Debug for NameText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for NameText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ExportError {
    pub(crate) fn name(target: &'static str, name: &str, reason: &'static str) -> Self {
        Self::Name {
            target,
            name: NameText::new(name),
            reason,
        }
    }
}

impl From<fmt::Error> for ExportError {
    fn from(_: fmt::Error) -> Self {
        Self::Write
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Write => f.write_str("the export's writer failed"),
            Self::Name {
                target,
                name,
                reason,
            } => write!(f, "{target} cannot hold the name {name:?}: {reason}"),
            Self::Code {
                target,
                code,
                reason,
            } => write!(f, "{target} cannot hold the code {code}: {reason}"),
            Self::Json => f.write_str("serde_json could not write the registry"),
        }
    }
}

impl core::error::Error for ExportError {}

/// `c` as an escape the targets read, `\uXXXX` (two of them, a surrogate pair, past U+FFFF):
/// the escape of JavaScript, JSON and Python strings alike.
fn write_u_escape(out: &mut dyn fmt::Write, c: char) -> fmt::Result {
    let mut units = [0; 2];
    for unit in c.encode_utf16(&mut units) {
        write!(out, "\\u{unit:04x}")?;
    }
    Ok(())
}

/// Whether `c` would make source text lie or break: a control character, a line or paragraph
/// separator, a bidirectional override, a zero-width or other invisible format character.
fn is_unsafe_in_text(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{85}'
                | '\u{ad}'
                | '\u{61c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}'
        )
}

/// What `write` writes of `text`: the unit tests of each target's escapes.
#[cfg(test)]
fn written(write: fn(&mut dyn fmt::Write, &str) -> fmt::Result, text: &str) -> std::string::String {
    let mut out = std::string::String::new();
    write(&mut out, text).unwrap_or_default();
    out
}
