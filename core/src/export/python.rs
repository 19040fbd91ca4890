//! The Python export: a module defining an `IntEnum` laid out as CPython lays out
//! `http.HTTPStatus` in `Lib/http/__init__.py`, as a plain `IntEnum` subclass (CPython's own
//! test, `CheckedHTTPStatus` in `Lib/test/test_httplib.py`, writes it so):
//! `__new__(cls, value, phrase, description='')`, one `is_*` property per class
//! (`is_client_error` for `CLIENT_ERROR`: `return 400 <= self <= 499`), the entries in
//! declaration order as `NAME = code, 'phrase', 'description'` under a comment for each class,
//! and each alias as a Python alias (`REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE`) after its
//! entry. Members have `value`, `name`, `phrase` and `description`, as CPython's; references
//! are left out, as CPython has none (an attribute more would not be `HTTPStatus`).
//!
//! The module is pure ASCII: strings are single-quoted Python literals in which quotes,
//! backslashes, control characters and every non-ASCII character are escapes (`\u00e9`,
//! `\U0001f375`), and comments show such characters as escapes too.
//!
//! A name Python cannot hold as a member, as written, is refused ([`ExportError::Name`]): a
//! Python keyword (`None`, `True`, `False`, `class`, ...); a name of Enum's own (`mro`, one
//! that starts and ends with `_`, or starts with `__`, which Python mangles); and a non-ASCII
//! name, which Python would normalize (NFKC) into another. The class's name (see
//! [`Export::name`]) follows the same rules. A class's property is named as the macro names
//! its predicate (`is_client_error` for `CLIENT_ERROR` or `ClientError`), so no entry has its
//! name.

use core::fmt::{self, Write as _};

use super::{Export, ExportError};
use crate::traits::Registry;

const TARGET: &str = "Python";

/// Python's keywords (3.14), none of which can be an attribute's name in source.
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The longest line CPython's module writes an entry on; a longer entry goes on two lines.
const LINE: usize = 79;

/// Writes the Python module of `export` to `out`.
pub(super) fn write<R: Registry>(
    export: &Export<'_, R>,
    out: &mut dyn fmt::Write,
) -> Result<(), ExportError> {
    check(export)?;
    let class_name = export.type_name();
    writeln!(
        out,
        "# {} as a Python IntEnum, written by status-registry: do not edit.",
        R::TYPE_NAME
    )?;
    writeln!(out, "from enum import IntEnum")?;
    writeln!(out)?;
    writeln!(out, "__all__ = ['{class_name}']")?;
    writeln!(out)?;
    writeln!(out)?;
    writeln!(out, "class {class_name}(IntEnum):")?;
    out.write_str("    \"\"\"")?;
    export.write_doc(out, write_docstring)?;
    match export.doc {
        Some(doc) if doc.contains('\n') => out.write_str("\n    \"\"\"\n")?,
        _ => out.write_str("\"\"\"\n")?,
    }
    out.write_str(
        "    def __new__(cls, value, phrase, description=''):\n        obj = int.__new__(cls, value)\n        obj._value_ = value\n        obj.phrase = phrase\n        obj.description = description\n        return obj\n",
    )?;
    for class in export.classes() {
        out.write_str("\n    @property\n    def is_")?;
        write_snake_case(out, class.name)?;
        writeln!(out, "(self):")?;
        let (first, last): (i128, i128) = (class.first.into(), class.last.into());
        writeln!(out, "        return {first} <= self <= {last}")?;
    }
    let mut class = None;
    for (index, entry) in export.entries().enumerate() {
        if index == 0 || entry.class().map(|class| class.name) != class {
            class = entry.class().map(|class| class.name);
            out.write_str("\n")?;
            if let Some(of) = entry.class() {
                out.write_str("    # ")?;
                write_comment(out, of.phrase)?;
                out.write_str("\n")?;
            }
        }
        write_entry(
            out,
            entry.name(),
            entry.code().into(),
            entry.phrase(),
            entry.description(),
        )?;
        for alias in entry.aliases() {
            writeln!(out, "    {alias} = {}", entry.name())?;
        }
    }
    Ok(())
}

/// One entry: on one line if it fits, as CPython writes `CONTINUE = 100, 'Continue', ...`, else
/// in parentheses, its description on the next lines, cut at spaces into literals that Python
/// joins (`'... too many requests in '` then `'a given amount of time ...'`).
fn write_entry(
    out: &mut dyn fmt::Write,
    name: &str,
    code: i128,
    phrase: &str,
    description: &str,
) -> fmt::Result {
    let mut width = Width(0);
    write!(width, "    {name} = {code}, ")?;
    write_string(&mut width, phrase)?;
    if !description.is_empty() {
        width.0 += 2;
        write_string(&mut width, description)?;
    }
    if width.0 <= LINE || description.is_empty() {
        write!(out, "    {name} = {code}, ")?;
        write_string(out, phrase)?;
        if !description.is_empty() {
            out.write_str(", ")?;
            write_string(out, description)?;
        }
        return out.write_str("\n");
    }
    write!(out, "    {name} = ({code}, ")?;
    write_string(out, phrase)?;
    out.write_str(",")?;
    // Each line is the indent, a literal, and `)` after the last one.
    let room = LINE - "        ''".len() - ")".len();
    let (mut start, mut end, mut line) = (0, 0, 0);
    for word in description.split_inclusive(' ') {
        let mut word_width = Width(0);
        word.chars()
            .try_for_each(|c| write_escaped(&mut word_width, c))?;
        if line > 0 && line + word_width.0 > room {
            out.write_str("\n        ")?;
            write_string(out, description.get(start..end).unwrap_or_default())?;
            (start, line) = (end, 0);
        }
        end += word.len();
        line += word_width.0;
    }
    out.write_str("\n        ")?;
    write_string(out, description.get(start..).unwrap_or_default())?;
    out.write_str(")\n")
}

/// Counts the characters written to it.
struct Width(usize);

impl fmt::Write for Width {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0 += text.chars().count();
        Ok(())
    }
}

/// `text` as a single-quoted Python string literal, pure ASCII.
pub(super) fn write_string(out: &mut dyn fmt::Write, text: &str) -> fmt::Result {
    out.write_char('\'')?;
    for c in text.chars() {
        match c {
            '\'' => out.write_str("\\'")?,
            _ => write_escaped(out, c)?,
        }
    }
    out.write_char('\'')
}

/// The docstring's text: double quotes and backslashes escaped (so that no `"""` ends it), each
/// line after the first indented as the class body (but for empty lines).
fn write_docstring(out: &mut dyn fmt::Write, text: &str) -> fmt::Result {
    let mut line_start = false;
    for c in text.chars() {
        if line_start && c != '\n' {
            out.write_str("    ")?;
        }
        line_start = c == '\n';
        match c {
            '"' => out.write_str("\\\"")?,
            '\n' => out.write_char('\n')?,
            _ => write_escaped(out, c)?,
        }
    }
    Ok(())
}

/// `c` inside a Python string: printable ASCII as itself, the rest as escapes.
fn write_escaped(out: &mut dyn fmt::Write, c: char) -> fmt::Result {
    match c {
        '\\' => out.write_str("\\\\"),
        '\n' => out.write_str("\\n"),
        '\r' => out.write_str("\\r"),
        '\t' => out.write_str("\\t"),
        ' '..='~' => out.write_char(c),
        '\0'..='\u{ff}' => write!(out, "\\x{:02x}", u32::from(c)),
        '\u{100}'..='\u{ffff}' => write!(out, "\\u{:04x}", u32::from(c)),
        _ => write!(out, "\\U{:08x}", u32::from(c)),
    }
}

/// A comment's text: printable ASCII as itself, the rest as `\u....` (a comment is not read, so
/// this is only what a reader sees; no line break can end it).
fn write_comment(out: &mut dyn fmt::Write, text: &str) -> fmt::Result {
    for c in text.chars() {
        match c {
            ' '..='~' => out.write_char(c.to_ascii_lowercase())?,
            _ => write_escaped(out, c)?,
        }
    }
    Ok(())
}

/// A class's name in snake case, as the macro names its predicate (`ClientError` and
/// `CLIENT_ERROR` give `client_error`): an `_` before an upper-case letter after a lower-case
/// one or a digit, and every letter in lower case.
fn write_snake_case(out: &mut dyn fmt::Write, name: &str) -> fmt::Result {
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_uppercase()
            && previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
        {
            out.write_char('_')?;
        }
        out.write_char(c.to_ascii_lowercase())?;
        previous = Some(c);
    }
    Ok(())
}

/// Refuses the names Python cannot hold as written.
fn check<R: Registry>(export: &Export<'_, R>) -> Result<(), ExportError> {
    check_name(export.type_name())?;
    // A name that is one of the `is_*` properties, the macro refuses already.
    for (name, _) in R::NAMES {
        check_name(name)?;
    }
    for class in export.classes() {
        if !is_identifier(class.name) {
            return Err(ExportError::name(
                TARGET,
                class.name,
                "a class's name gives a property, `is_` and the name in lower case, which must \
                 be an ASCII identifier; rename the class",
            ));
        }
    }
    Ok(())
}

fn check_name(name: &str) -> Result<(), ExportError> {
    let reason = if KEYWORDS.contains(&name) {
        "it is a Python keyword; rename it (Python's None, True and False are capitalised)"
    } else if !is_identifier(name) {
        "Python normalizes a non-ASCII identifier (NFKC), which may change it; use an ASCII \
         name (letters, digits and `_`)"
    } else if name == "mro"
        || (name.len() > 2 && name.starts_with('_') && name.ends_with('_'))
        || name.starts_with("__")
    {
        "Enum reserves it (`mro`, a `_sunder_` or `__dunder__` name) or Python mangles it (a \
         name that starts with `__`); rename it"
    } else {
        return Ok(());
    };
    Err(ExportError::name(TARGET, name, reason))
}

/// Whether `name` is an ASCII Python identifier.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::written;

    #[test]
    fn strings_are_ascii_literals() {
        assert_eq!(written(write_string, "I'm a Teapot"), r"'I\'m a Teapot'");
        assert_eq!(written(write_string, "a\\b\"c"), r#"'a\\b"c'"#);
        assert_eq!(
            written(write_string, "\n\r\t\u{0}\u{7f}"),
            r"'\n\r\t\x00\x7f'"
        );
        assert_eq!(
            written(write_string, "é\u{2028}\u{202e}🍵"),
            r"'\xe9\u2028\u202e\U0001f375'"
        );
        assert_eq!(
            written(write_string, "\"\"\" ''' */ ${x}"),
            r#"'""" \'\'\' */ ${x}'"#
        );
    }

    #[test]
    fn names_python_refuses() {
        for name in [
            "None", "True", "False", "class", "mro", "_x_", "__init__", "__secret", "Ñ",
        ] {
            assert!(check_name(name).is_err(), "{name}");
        }
        for name in [
            "NONE", "OK", "_", "_X", "x_", "name", "value", "match", "type",
        ] {
            assert_eq!(check_name(name), Ok(()), "{name}");
        }
    }
}
