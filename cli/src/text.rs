//! Text for messages: an argument quoted safely, and lists of names in a sentence.

use std::fmt::Write as _;

/// How many characters of an argument a message quotes.
pub const SHOWN_CHARS: usize = 60;

/// `text` quoted for a message on one line: in backticks, control and invisible formatting
/// characters escaped (`\u{1b}`), and cut after [`SHOWN_CHARS`] characters.
pub fn shown(text: &str) -> String {
    let mut out = String::from("`");
    for (index, c) in text.chars().enumerate() {
        if index == SHOWN_CHARS {
            let _ = write!(out, "...` ({} bytes)", text.len());
            return out;
        }
        // Bidirectional overrides and zero-width characters would make the message lie.
        let invisible = matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
        );
        if c.is_control() || invisible {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out.push('`');
    out
}

/// `items` in a sentence: `A`, `A or B`, `A, B or C`.
pub fn one_of(items: &[&str]) -> String {
    let mut out = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push_str(if index + 1 == items.len() {
                " or "
            } else {
                ", "
            });
        }
        out.push_str(item);
    }
    out
}

/// `noun` (with its article, `an HTTP status`) without the article: `HTTP status`.
pub fn bare(noun: &str) -> &str {
    noun.strip_prefix("a ")
        .or_else(|| noun.strip_prefix("an "))
        .unwrap_or(noun)
}

/// The plural of a noun (its article dropped): `HTTP statuses`, `gRPC codes`.
pub fn plural(noun: &str) -> String {
    let noun = bare(noun);
    if noun.ends_with('s') || noun.ends_with('x') {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// What a code of `noun` is called, with the article: `an HTTP status code`, `a gRPC code`.
pub fn code_noun(noun: &str) -> String {
    if noun.ends_with("code") {
        noun.to_owned()
    } else {
        format!("{noun} code")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_escapes_and_cuts() {
        assert_eq!(shown("404"), "`404`");
        assert_eq!(shown("a\u{1b}[31mb\n"), "`a\\u{1b}[31mb\\u{a}`");
        assert_eq!(shown("a\u{202e}b"), "`a\\u{202e}b`");
        let long = "é".repeat(100);
        assert_eq!(
            shown(&long),
            format!("`{}...` (200 bytes)", "é".repeat(SHOWN_CHARS))
        );
        assert_eq!(
            shown(&"x".repeat(SHOWN_CHARS)),
            format!("`{}`", "x".repeat(SHOWN_CHARS))
        );
    }

    #[test]
    fn nouns_in_sentences() {
        assert_eq!(one_of(&[]), "");
        assert_eq!(one_of(&["A"]), "A");
        assert_eq!(one_of(&["A", "B"]), "A or B");
        assert_eq!(one_of(&["A", "B", "C"]), "A, B or C");
        assert_eq!(bare("an HTTP status"), "HTTP status");
        assert_eq!(bare("a gRPC code"), "gRPC code");
        assert_eq!(bare("anything"), "anything");
        assert_eq!(plural("an HTTP status"), "HTTP statuses");
        assert_eq!(plural("a close code"), "close codes");
        assert_eq!(code_noun("an HTTP status"), "an HTTP status code");
        assert_eq!(code_noun("a gRPC code"), "a gRPC code");
    }
}
