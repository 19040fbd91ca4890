//! `httpstatus`: look up an HTTP status by code, name or alias.
//!
//! ```text
//! cargo run --example httpstatus -- 404
//! cargo run --example httpstatus -- REQUEST_ENTITY_TOO_LARGE
//! cargo run --example httpstatus -- --list
//! ```
//!
//! Exits 0 on a registered status, 1 on a well-formed code or name that is not registered, and
//! 2 on anything else (no argument, an unknown option, input that is neither code nor name).

use std::fmt::Write as _;
use std::process::ExitCode;

use status_registry::{HttpStatus, ParseErrorKind, StatusClass};

const USAGE: &str = "usage: httpstatus CODE | NAME | --list\n\
    \n\
    Looks up an HTTP status code (404) or name (NOT_FOUND, or an alias such as\n\
    REQUEST_ENTITY_TOO_LARGE) in the standard set, CPython's http.HTTPStatus.\n\
    --list prints the whole table.";

/// What the program prints and how it exits.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// Found, listed or helped: printed on stdout, exit 0.
    Found(String),
    /// Well-formed, but not a registered status: printed on stderr, exit 1.
    NotRegistered(String),
    /// Not understood: printed on stderr, exit 2.
    Usage(String),
}

fn run(args: &[String]) -> Outcome {
    match args {
        [] => Outcome::Usage(USAGE.to_owned()),
        [flag] if flag == "--help" || flag == "-h" => Outcome::Found(USAGE.to_owned()),
        [flag] if flag == "--list" => Outcome::Found(table()),
        [flag] if flag.starts_with("--") => {
            Outcome::Usage(format!("error: unknown option `{flag}`\n\n{USAGE}"))
        }
        [query] => lookup(query),
        [_, extra, ..] => Outcome::Usage(format!(
            "error: one code or name at a time (unexpected `{extra}`)\n\n{USAGE}"
        )),
    }
}

fn lookup(query: &str) -> Outcome {
    // Names are exact in the library, as in Python; on the command line `not_found` will do.
    let input = query.trim();
    let parsed = input
        .parse::<HttpStatus>()
        .or_else(|error| HttpStatus::from_name(&input.to_ascii_uppercase()).ok_or(error));
    match parsed {
        Ok(status) => Outcome::Found(details(status, input)),
        Err(error) => match error.kind() {
            ParseErrorKind::UnknownCode(code) => {
                Outcome::NotRegistered(match StatusClass::of(code) {
                    Some(class) => format!(
                    "{code} is not a registered HTTP status; it would be in class {} ({}, {}..={})",
                    class.name(),
                    class.phrase(),
                    class.range().start(),
                    class.range().end()
                ),
                    None => format!(
                    "{code} is not a registered HTTP status, and is outside every class (100..=599)"
                ),
                })
            }
            ParseErrorKind::UnknownName => Outcome::NotRegistered(format!(
                "`{input}` is not the name of a registered HTTP status (try --list)"
            )),
            _ => Outcome::Usage(format!("error: `{input}`: {error}")),
        },
    }
}

fn details(status: HttpStatus, query: &str) -> String {
    let mut out = format!("{status}\n");
    let canonical = status.name();
    let name = if query.eq_ignore_ascii_case(canonical) || query.parse::<u16>().is_ok() {
        canonical.to_owned()
    } else {
        format!("{canonical} (`{query}` is an alias)")
    };
    let class = status.class();
    let fields = [
        ("code", status.code().to_string()),
        ("name", name),
        ("phrase", status.phrase().to_owned()),
        ("description", status.description().to_owned()),
        ("reference", status.reference().unwrap_or("-").to_owned()),
        ("class", format!("{} ({})", class.name(), class.phrase())),
    ];
    for (label, value) in fields {
        let _ = writeln!(out, "  {label:<12} {value}");
    }
    out
}

fn table() -> String {
    let mut out = String::new();
    for status in HttpStatus::iter() {
        let _ = writeln!(
            out,
            "{:<4} {:<32} {:<32} {}",
            status.code(),
            status.name(),
            status.phrase(),
            status.reference().unwrap_or("-")
        );
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Outcome::Found(text) => {
            print!("{}", text.trim_end());
            println!();
            ExitCode::SUCCESS
        }
        Outcome::NotRegistered(text) => {
            eprintln!("{text}");
            ExitCode::from(1)
        }
        Outcome::Usage(text) => {
            eprintln!("{text}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(args: &[&str]) -> Outcome {
        run(&args.iter().map(|arg| arg.to_string()).collect::<Vec<_>>())
    }

    #[track_caller]
    fn found(args: &[&str], expected_lines: &[&str]) {
        let Outcome::Found(text) = run_with(args) else {
            panic!("{args:?} was not found: {:?}", run_with(args));
        };
        for line in expected_lines {
            assert!(
                text.lines().any(|l| l.trim_start() == *line),
                "{args:?}: no line `{line}` in\n{text}"
            );
        }
    }

    #[track_caller]
    fn not_registered(args: &[&str], expected: &str) {
        assert_eq!(
            run_with(args),
            Outcome::NotRegistered(expected.to_owned()),
            "{args:?}"
        );
    }

    #[track_caller]
    fn usage(args: &[&str], expected_start: &str) {
        match run_with(args) {
            Outcome::Usage(text) => assert!(text.starts_with(expected_start), "{args:?}: {text}"),
            other => panic!("{args:?} should be a usage error, is {other:?}"),
        }
    }

    #[test]
    fn looks_up_codes_names_and_aliases() {
        let not_found = [
            "404 Not Found",
            "code         404",
            "name         NOT_FOUND",
            "phrase       Not Found",
            "description  Nothing matches the given URI",
            "reference    RFC9110, Section 15.5.5",
            "class        CLIENT_ERROR (Client Error)",
        ];
        found(&["404"], &not_found);
        found(&["NOT_FOUND"], &not_found);
        found(&["not_found"], &not_found);
        found(
            &["REQUEST_ENTITY_TOO_LARGE"],
            &[
                "413 Content Too Large",
                "name         CONTENT_TOO_LARGE (`REQUEST_ENTITY_TOO_LARGE` is an alias)",
            ],
        );
        found(&["200"], &["200 OK", "class        SUCCESS (Success)"]);
    }

    #[test]
    fn lists_every_status_in_order() {
        let Outcome::Found(text) = run_with(&["--list"]) else {
            panic!("--list failed");
        };
        let codes: Vec<u16> = text
            .lines()
            .map(|line| line[..4].trim().parse().unwrap())
            .collect();
        let expected: Vec<u16> = HttpStatus::iter().map(HttpStatus::code).collect();
        assert_eq!(codes, expected);
    }

    #[test]
    fn unregistered_codes_name_their_class() {
        not_registered(
            &["499"],
            "499 is not a registered HTTP status; it would be in class CLIENT_ERROR (Client Error, 400..=499)",
        );
        not_registered(
            &["700"],
            "700 is not a registered HTTP status, and is outside every class (100..=599)",
        );
        not_registered(
            &["NOT_A_STATUS"],
            "`NOT_A_STATUS` is not the name of a registered HTTP status (try --list)",
        );
    }

    #[test]
    fn garbage_is_a_usage_error() {
        usage(&[], "usage: httpstatus");
        usage(&["--frobnicate"], "error: unknown option `--frobnicate`");
        usage(&["404", "500"], "error: one code or name at a time");
        usage(&["70000"], "error: `70000`: HttpStatus code out of range");
        usage(&["4o4"], "error: `4o4`: invalid HttpStatus code");
        usage(&[""], "error: ``: an empty string");
    }
}
