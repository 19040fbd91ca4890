//! The Markdown export: a docs page (CommonMark with GitHub's tables) titled with the type's
//! name, its documentation, the table of every entry (code, name, phrase, description,
//! reference), the table of the classes (for a walk with classes) and the table of the
//! aliases (if any).
//!
//! Every string shows as text: the characters Markdown reads as markup (`*`, `_`, `` ` ``,
//! `|`, `[`, `<`, `&`, a `#` or a list marker that starts a line, ...) are backslash-escaped, a
//! line break in a cell is `<br>`, and control characters, line separators and invisible or
//! bidirectional format characters show as their escape (`\u{202e}`). Names are code spans.

use core::fmt;

use super::{is_unsafe_in_text, Export};
use crate::traits::Registry;

/// Writes the Markdown page of `export` to `out`.
pub(super) fn write<R: Registry>(export: &Export<'_, R>, out: &mut dyn fmt::Write) -> fmt::Result {
    out.write_str("# ")?;
    write_text(out, export.type_name())?;
    out.write_str("\n\n")?;
    export.write_doc(out, write_paragraph)?;
    out.write_str("\n\n| Code | Name | Phrase | Description | Reference |\n")?;
    out.write_str("| ---: | --- | --- | --- | --- |\n")?;
    for entry in export.entries() {
        write!(out, "| {} | ", entry.code())?;
        write_name(out, entry.name())?;
        out.write_str(" | ")?;
        write_text(out, entry.phrase())?;
        out.write_str(" | ")?;
        write_text(out, entry.description())?;
        out.write_str(" | ")?;
        write_text(out, entry.reference().unwrap_or_default())?;
        out.write_str(" |\n")?;
    }
    let mut classes = export.classes().peekable();
    if classes.peek().is_some() {
        out.write_str("\n## Classes\n\n| Class | Codes | Phrase |\n| --- | --- | --- |\n")?;
        for class in classes {
            out.write_str("| ")?;
            write_name(out, class.name)?;
            write!(out, " | {} to {} | ", class.first, class.last)?;
            write_text(out, class.phrase)?;
            out.write_str(" |\n")?;
        }
    }
    let mut aliases = export.aliases().peekable();
    if aliases.peek().is_some() {
        out.write_str("\n## Aliases\n\n| Alias | Name | Code |\n| --- | --- | ---: |\n")?;
        for (alias, status) in aliases {
            out.write_str("| ")?;
            write_name(out, alias)?;
            out.write_str(" | ")?;
            write_name(out, status.name())?;
            writeln!(out, " | {} |", status.code())?;
        }
    }
    Ok(())
}

/// A name as a code span, or as text if a code span could not hold it.
fn write_name(out: &mut dyn fmt::Write, name: &str) -> fmt::Result {
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '$');
    if plain {
        write!(out, "`{name}`")
    } else {
        write_text(out, name)
    }
}

/// The documentation: a paragraph whose lines end in hard breaks (a blank line parts two).
fn write_paragraph(out: &mut dyn fmt::Write, text: &str) -> fmt::Result {
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        write_text(out, line)?;
        match lines.peek() {
            Some(next) if !line.trim().is_empty() && !next.trim().is_empty() => {
                out.write_str("\\\n")?
            }
            Some(_) => out.write_str("\n")?,
            None => {}
        }
    }
    Ok(())
}

/// `text` escaped so that Markdown shows it as it is.
fn write_text(out: &mut dyn fmt::Write, text: &str) -> fmt::Result {
    let mut line_start = true;
    let mut digits = false;
    let end = text.trim_end_matches(' ').len();
    for (at, c) in text.char_indices() {
        let at_start = line_start;
        match c {
            // Spaces that start or end a cell would be trimmed, and four that start a
            // paragraph's line would make it code: as references, they stay text.
            ' ' if at_start || at >= end => out.write_str("&#32;")?,
            '\n' => out.write_str("<br>")?,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '!' | '~' | '&' | '$' | '#'
            | '{' | '}' => {
                out.write_char('\\')?;
                out.write_char(c)?;
            }
            // A list marker, a heading's underline or an ordered list's `1.` at a line's start.
            '-' | '+' | '=' | ':' if at_start => {
                out.write_char('\\')?;
                out.write_char(c)?;
            }
            '.' | ')' if digits => {
                out.write_char('\\')?;
                out.write_char(c)?;
            }
            c if is_unsafe_in_text(c) => {
                out.write_char('\\')?;
                write!(out, "{}", c.escape_unicode())?;
            }
            c => out.write_char(c)?,
        }
        digits = c.is_ascii_digit() && (at_start || digits);
        line_start = at_start && c == ' ';
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::written;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(written(write_text, "a | b"), "a \\| b");
        assert_eq!(
            written(write_text, "`code` *em* _em_"),
            "\\`code\\` \\*em\\* \\_em\\_"
        );
        assert_eq!(written(write_text, "# not a heading"), "\\# not a heading");
        assert_eq!(written(write_text, "- item"), "\\- item");
        assert_eq!(written(write_text, "1. item"), "1\\. item");
        assert_eq!(
            written(write_text, "<b>&amp;</b>"),
            "\\<b\\>\\&amp;\\</b\\>"
        );
        assert_eq!(written(write_text, "two\nlines"), "two<br>lines");
        assert_eq!(written(write_text, "\u{202e}\u{7}"), "\\\\u{202e}\\\\u{7}");
        assert_eq!(
            written(write_text, "RFC9110, Section 15.5.5"),
            "RFC9110, Section 15.5.5"
        );
        assert_eq!(written(write_text, " a  b "), "&#32;a  b&#32;");
    }
}
