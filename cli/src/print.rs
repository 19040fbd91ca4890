//! Everything the program writes: the record of one status, the table of several, the JSON
//! array, the help, and the messages on stderr.

use std::fmt::Write as _;
use std::io::Write as _;

use status_registry::{HttpStatus, StatusClass, StatusCode};

use crate::query::{aliases, Hit, Miss, MissKind};
use crate::Exit;

/// Writes `text` to stdout. A closed pipe (`httpstatus --list | head -1`) ends the output
/// quietly: there is no one left to tell.
pub fn stdout(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Writes `text` to stderr.
pub fn stderr(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// How many characters of an argument a message quotes.
const SHOWN_CHARS: usize = 60;

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

/// A usage error, on one line.
pub fn usage_error(message: &str) -> String {
    format!("httpstatus: {message} (see httpstatus --help)\n")
}

/// What `--version` prints.
pub fn version() -> String {
    format!("httpstatus {}\n", env!("CARGO_PKG_VERSION"))
}

/// What `--help` prints.
pub fn help() -> String {
    let mut out = format!(
        "httpstatus {}: look up HTTP status codes by code, name, class or words, in the
standard set (CPython's http.HTTPStatus, with IANA's references).

Usage: httpstatus [--json] QUERY...
       httpstatus [--json] --list [CLASS]

Each argument is one query:
  404                 a code. For a code in 100..=999 that is not registered (499): its
                      class, and the status a client must take it for (RFC 9110: x00 of
                      its class, 500 outside 100..=599)
  not_found, GONE     a name or an alias (REQUEST_ENTITY_TOO_LARGE), in any case
  4xx, client_error   a class: its statuses
  teapot, \"too large\" words, searched in names, phrases and descriptions in any case, best
                      match first
A query that finds nothing gets the closest names: \"did you mean\".
One status prints as a record, several as a table. Results go to stdout, errors and
hints to stderr.

Options:
  --json              print one JSON array of objects, one per status, with the keys:
                        code         number: the code
                        name         string: the name, such as \"NOT_FOUND\"; null if the code
                                     is not registered
                        phrase       string: the reason phrase, such as \"Not Found\"; or null
                        description  string: the description; or null
                        reference    string: the specification, such as \"RFC9110, Section
                                     15.5.5\"; or null
                        class        string: the class, such as \"CLIENT_ERROR\"; null outside
                                     every class
                        aliases      array of strings: the status's other names
                        registered   boolean: false for a code that is not registered
  --list [CLASS]      print the table of every status, or of one class (4xx, client_error)
  -h, --help          print this help
  -V, --version       print the version
  --                  end of options: every argument after it is a query

An argument that starts with - and a digit, such as -1, is a query, not an option.

Exit status:
",
        env!("CARGO_PKG_VERSION")
    );
    for exit in Exit::ALL {
        let meaning = exit.meaning().replace('\n', "\n     ");
        let _ = writeln!(out, "  {}  {meaning}", exit as u8);
    }
    out
}

/// The rows the queries found: one as a record, several as a table, or JSON.
pub fn hits(hits: &[Hit], json: bool) -> String {
    match hits {
        _ if json => self::json(hits),
        [] => String::new(),
        [hit] => record(*hit),
        _ => table(hits),
    }
}

/// The rows of `--list`: a table, or JSON.
pub fn list(hits: &[Hit], json: bool) -> String {
    if json {
        self::json(hits)
    } else {
        table(hits)
    }
}

/// What a query that found nothing says on stderr.
pub fn miss(miss: &Miss) -> String {
    let query = shown(&miss.query);
    match &miss.kind {
        MissKind::NoClass => {
            format!("httpstatus: {query} is not a class of HTTP statuses: they are 1xx to 5xx\n")
        }
        MissKind::NoMatch { suggestions } => match suggestions.as_slice() {
            [] => format!(
                "httpstatus: no HTTP status matches {query} (httpstatus --list shows them all)\n"
            ),
            [first, rest @ ..] => {
                let mut names = (*first).to_owned();
                for (index, name) in rest.iter().enumerate() {
                    names.push_str(if index + 1 == rest.len() {
                        " or "
                    } else {
                        ", "
                    });
                    names.push_str(name);
                }
                format!("httpstatus: no HTTP status matches {query}; did you mean {names}?\n")
            }
        },
    }
}

/// The record of one row: its line, then one field a line.
fn record(hit: Hit) -> String {
    match hit {
        Hit::Status { status, alias } => status_record(status, alias),
        Hit::Unregistered(code) => unregistered_record(code),
    }
}

fn status_record(status: HttpStatus, alias: Option<&str>) -> String {
    let name = match alias {
        Some(alias) => format!("{} (`{alias}` is an alias)", status.name()),
        None => status.name().to_owned(),
    };
    let aliases: Vec<&str> = aliases(status).collect();
    let mut fields = vec![
        ("code", status.code().to_string()),
        ("name", name),
        ("phrase", status.phrase().to_owned()),
        ("description", status.description().to_owned()),
        ("reference", status.reference().unwrap_or("-").to_owned()),
        ("class", class_line(status.class())),
    ];
    if !aliases.is_empty() {
        fields.push(("aliases", aliases.join(", ")));
    }
    fields_record(&status.to_string(), &fields)
}

fn unregistered_record(code: StatusCode) -> String {
    let taken_as = code.understood_as();
    let (class, why) = match code.class() {
        Some(class) => (
            class_line(class),
            format!(
                "an unknown {hundreds}xx is taken as {hundreds}00",
                hundreds = code.code() / 100
            ),
        ),
        None => (
            "- (outside every class, 100..=599)".to_owned(),
            "a code outside 100..=599 is invalid, taken as 500".to_owned(),
        ),
    };
    let fields = [
        ("code", code.code().to_string()),
        (
            "registered",
            format!("no: {} is not a registered HTTP status", code.code()),
        ),
        ("class", class),
        ("taken as", format!("{taken_as} (RFC 9110: {why})")),
    ];
    fields_record(&code.to_string(), &fields)
}

fn class_line(class: StatusClass) -> String {
    format!("{} ({})", class.name(), class.phrase())
}

fn fields_record(title: &str, fields: &[(&str, String)]) -> String {
    let mut out = format!("{title}\n");
    for (label, value) in fields {
        let _ = writeln!(out, "  {label:<12} {value}");
    }
    out
}

/// The table of several rows, under a header.
fn table(hits: &[Hit]) -> String {
    let mut out = String::new();
    let mut row = |code: &dyn std::fmt::Display, name: &str, phrase: &str, reference: &str| {
        let _ = writeln!(out, "{code:<4} {name:<32} {phrase:<32} {reference}");
    };
    row(&"CODE", "NAME", "PHRASE", "REFERENCE");
    for hit in hits {
        match *hit {
            Hit::Status { status, .. } => row(
                &status.code(),
                status.name(),
                status.phrase(),
                status.reference().unwrap_or("-"),
            ),
            Hit::Unregistered(code) => row(&code.code(), "-", "(unregistered)", "-"),
        }
    }
    out
}

/// One JSON array, an object a line: the format `--help` documents.
fn json(hits: &[Hit]) -> String {
    let mut out = String::from("[");
    for (index, hit) in hits.iter().enumerate() {
        out.push_str(if index == 0 { "\n  " } else { ",\n  " });
        json_object(&mut out, *hit);
    }
    out.push_str(if hits.is_empty() { "]\n" } else { "\n]\n" });
    out
}

fn json_object(out: &mut String, hit: Hit) {
    let (code, status) = match hit {
        Hit::Status { status, .. } => (status.code(), Some(status)),
        Hit::Unregistered(code) => (code.code(), None),
    };
    let class = StatusClass::of(code).map(StatusClass::name);
    let _ = write!(out, "{{\"code\": {code}, \"name\": ");
    json_option(out, status.map(HttpStatus::name));
    out.push_str(", \"phrase\": ");
    json_option(out, status.map(HttpStatus::phrase));
    out.push_str(", \"description\": ");
    json_option(out, status.map(HttpStatus::description));
    out.push_str(", \"reference\": ");
    json_option(out, status.and_then(HttpStatus::reference));
    out.push_str(", \"class\": ");
    json_option(out, class);
    out.push_str(", \"aliases\": [");
    for (index, alias) in status.into_iter().flat_map(aliases).enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        json_string(out, alias);
    }
    let _ = write!(out, "], \"registered\": {}}}", status.is_some());
}

fn json_option(out: &mut String, text: Option<&str>) {
    match text {
        Some(text) => json_string(out, text),
        None => out.push_str("null"),
    }
}

/// `text` as a JSON string (RFC 8259): quotes, backslashes and control characters escaped.
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)] // A failed test panics: that is how it reports.
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped() {
        let mut out = String::new();
        json_string(&mut out, "a \"b\" \\ \n\t\r\u{1}\u{1f} é ☕");
        assert_eq!(out, r#""a \"b\" \\ \n\t\r\u0001\u001f é ☕""#);
    }

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
    fn misses_suggest_names() {
        let miss = |suggestions: Vec<&'static str>| Miss {
            query: "q".to_owned(),
            kind: MissKind::NoMatch { suggestions },
        };
        assert_eq!(
            super::miss(&miss(vec![])),
            "httpstatus: no HTTP status matches `q` (httpstatus --list shows them all)\n"
        );
        assert_eq!(
            super::miss(&miss(vec!["A"])),
            "httpstatus: no HTTP status matches `q`; did you mean A?\n"
        );
        assert_eq!(
            super::miss(&miss(vec!["A", "B", "C"])),
            "httpstatus: no HTTP status matches `q`; did you mean A, B or C?\n"
        );
    }

    #[test]
    fn help_lists_every_exit_code() {
        let help = help();
        for exit in Exit::ALL {
            let line = format!("\n  {}  ", exit as u8);
            assert!(help.contains(&line), "no {line:?} in\n{help}");
        }
        for key in [
            "code",
            "name",
            "phrase",
            "description",
            "reference",
            "class",
            "aliases",
            "registered",
        ] {
            let line = format!("\n                        {key:<12} ");
            assert!(help.contains(&line), "no {line:?} in\n{help}");
        }
    }
}
