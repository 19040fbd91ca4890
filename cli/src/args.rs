//! The command line: options and queries, read by hand (a negative number such as `-1` is a
//! query, which option parsers read as a short option).

use std::ffi::OsString;

use crate::export::Format;
use crate::text::{one_of, shown};

/// What the command line asks for, and of which registry.
#[derive(Debug, PartialEq, Eq)]
pub struct Invocation {
    /// The position of the registry a flag picked (`--grpc`) among the tool's; `None` for the
    /// default, the first.
    pub registry: Option<usize>,
    /// What to do with it.
    pub command: Command,
}

impl Invocation {
    /// `command`, of no registry in particular.
    fn of(command: Command) -> Invocation {
        Invocation {
            registry: None,
            command,
        }
    }
}

/// What to do.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `--help`.
    Help,
    /// `--version`.
    Version,
    /// What a registry answers.
    Answer(Request),
}

/// What a registry answers.
#[derive(Debug, PartialEq, Eq)]
pub enum Request {
    /// `--list [CLASS]`: the table, or one class of it.
    List { class: Option<String>, json: bool },
    /// Queries, one per argument, as typed.
    Lookup { queries: Vec<String>, json: bool },
    /// `--export FORMAT`: the whole registry, as a source file of another language.
    Export(Format),
}

/// Reads the arguments (the program's name excluded), given the flags of the tool's registries
/// (`http` for `--http`). The error is a one-line message.
pub fn parse(
    arguments: impl IntoIterator<Item = OsString>,
    flags: &[&str],
) -> Result<Invocation, String> {
    let mut arguments = arguments.into_iter().enumerate().peekable();
    let mut json = false;
    let mut list = None;
    let mut export = None;
    let mut registry: Option<usize> = None;
    let mut queries = Vec::new();
    let mut only_queries = false;
    while let Some((position, argument)) = arguments.next() {
        let argument = utf8(position, argument)?;
        if only_queries || !is_option(&argument) {
            queries.push(argument);
            continue;
        }
        // The value of `--list` and `--export`: the next argument unless it is an option, or
        // what follows `=`.
        let mut value = |name: &str| -> Result<Option<String>, String> {
            match argument.strip_prefix(name) {
                Some("") => match arguments
                    .next_if(|(_, next)| next.to_str().is_none_or(|next| !is_option(next)))
                {
                    Some((position, value)) => utf8(position, value).map(Some),
                    None => Ok(None),
                },
                Some(rest) => Ok(rest.strip_prefix('=').map(str::to_owned)),
                None => Ok(None),
            }
        };
        match argument.as_str() {
            "--" => only_queries = true,
            "-h" | "--help" => return Ok(Invocation::of(Command::Help)),
            "-V" | "--version" => return Ok(Invocation::of(Command::Version)),
            "--json" => json = true,
            option if option == "--list" || option.starts_with("--list=") => {
                list = Some(value("--list")?);
            }
            option if option == "--export" || option.starts_with("--export=") => {
                let format = value("--export")?.ok_or_else(|| {
                    format!("--export needs a format: {}", one_of(&Format::NAMES))
                })?;
                export = Some(Format::parse(&format)?);
            }
            option => {
                let picked = option
                    .strip_prefix("--")
                    .and_then(|flag| flags.iter().position(|known| *known == flag));
                match (picked, registry) {
                    (Some(picked), Some(earlier)) if picked != earlier => {
                        return Err(format!(
                            "--{} and {option} pick two registries: give one",
                            flags.get(earlier).copied().unwrap_or_default()
                        ))
                    }
                    (Some(picked), _) => registry = Some(picked),
                    (None, _) => {
                        return Err(format!(
                            "unknown option {}; a query that starts with - goes after --",
                            shown(option)
                        ))
                    }
                }
            }
        }
    }
    let request = match (export, list, queries.first()) {
        (Some(_), _, Some(query)) | (None, Some(_), Some(query)) => {
            let option = if export.is_some() {
                "--export"
            } else {
                "--list"
            };
            return Err(format!("{option} takes no queries (got {})", shown(query)));
        }
        (Some(_), Some(_), None) => {
            return Err("--export and --list: give one".to_owned());
        }
        (Some(_), None, None) if json => {
            return Err("--export and --json: give one (--export json is the JSON)".to_owned());
        }
        (Some(format), None, None) => Request::Export(format),
        (None, Some(class), None) => Request::List { class, json },
        (None, None, None) => {
            return Err("no query: give a code, a name, a class or words".to_owned())
        }
        (None, None, Some(_)) => Request::Lookup { queries, json },
    };
    Ok(Invocation {
        registry,
        command: Command::Answer(request),
    })
}

/// Whether `argument` is an option: it starts with `-`, but is neither `-` alone nor a negative
/// number (`-1` is a code, and an error of its own).
fn is_option(argument: &str) -> bool {
    let mut bytes = argument.bytes();
    bytes.next() == Some(b'-') && bytes.next().is_some_and(|second| !second.is_ascii_digit())
}

/// The argument at `position` (from 0) as UTF-8, or the error that says it is not.
fn utf8(position: usize, argument: OsString) -> Result<String, String> {
    argument.into_string().map_err(|argument| {
        format!(
            "argument {} is not valid UTF-8: {}",
            position + 1,
            shown(&argument.to_string_lossy())
        )
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)] // A failed test panics: that is how it reports.
mod tests {
    use super::*;

    /// The flags of a tool with two registries.
    const FLAGS: [&str; 2] = ["http", "grpc"];

    fn parse_strs(arguments: &[&str]) -> Result<Invocation, String> {
        parse(arguments.iter().map(OsString::from), &FLAGS)
    }

    #[track_caller]
    fn command(arguments: &[&str], registry: Option<usize>, command: Command) {
        assert_eq!(
            parse_strs(arguments),
            Ok(Invocation { registry, command }),
            "{arguments:?}"
        );
    }

    #[track_caller]
    fn lookup(arguments: &[&str], queries: &[&str], json: bool) {
        let queries = queries.iter().map(|query| query.to_string()).collect();
        command(
            arguments,
            None,
            Command::Answer(Request::Lookup { queries, json }),
        );
    }

    #[track_caller]
    fn list(arguments: &[&str], class: Option<&str>, json: bool) {
        let class = class.map(str::to_owned);
        command(
            arguments,
            None,
            Command::Answer(Request::List { class, json }),
        );
    }

    #[track_caller]
    fn error(arguments: &[&str], start: &str) {
        match parse_strs(arguments) {
            Err(message) => assert!(message.starts_with(start), "{arguments:?}: {message}"),
            Ok(invocation) => panic!("{arguments:?} should be an error, is {invocation:?}"),
        }
    }

    #[test]
    fn queries_and_options() {
        lookup(&["404"], &["404"], false);
        lookup(&["404", "--json", "teapot"], &["404", "teapot"], true);
        lookup(&["-1"], &["-1"], false);
        lookup(&["-"], &["-"], false);
        lookup(&[""], &[""], false);
        lookup(&["--", "--json", "-h"], &["--json", "-h"], false);
        lookup(&["--json", "--", "--"], &["--"], true);
        list(&["--list"], None, false);
        list(&["--list", "4xx"], Some("4xx"), false);
        list(&["--list", "--json"], None, true);
        list(
            &["--json", "--list=client_error"],
            Some("client_error"),
            true,
        );
        list(&["--list", "-1"], Some("-1"), false);
        list(&["--list="], Some(""), false);
        command(&["--help"], None, Command::Help);
        command(&["404", "-h", "--frobnicate"], None, Command::Help);
        command(&["--grpc", "--help"], None, Command::Help);
        command(&["-V"], None, Command::Version);
        command(&["--version"], None, Command::Version);
    }

    #[test]
    fn a_flag_picks_a_registry() {
        let lookup = |queries: &[&str]| {
            Command::Answer(Request::Lookup {
                queries: queries.iter().map(|query| query.to_string()).collect(),
                json: false,
            })
        };
        command(
            &["--grpc", "UNAVAILABLE"],
            Some(1),
            lookup(&["UNAVAILABLE"]),
        );
        command(&["14", "--grpc"], Some(1), lookup(&["14"]));
        command(&["--http", "404"], Some(0), lookup(&["404"]));
        command(&["--grpc", "--grpc", "14"], Some(1), lookup(&["14"]));
        command(&["--", "--grpc"], None, lookup(&["--grpc"]));
        command(
            &["--grpc", "--list"],
            Some(1),
            Command::Answer(Request::List {
                class: None,
                json: false,
            }),
        );
        command(
            &["--export=python", "--grpc"],
            Some(1),
            Command::Answer(Request::Export(Format::Python)),
        );
        command(
            &["--export", "TypeScript"],
            None,
            Command::Answer(Request::Export(Format::TypeScript)),
        );
        error(
            &["--http", "--grpc", "14"],
            "--http and --grpc pick two registries: give one",
        );
        error(&["--websocket", "1000"], "unknown option `--websocket`");
    }

    #[test]
    fn usage_errors() {
        error(&[], "no query");
        error(&["--json"], "no query");
        error(&["--"], "no query");
        error(&["--grpc"], "no query");
        error(&["--frobnicate"], "unknown option `--frobnicate`");
        error(&["-x"], "unknown option `-x`");
        error(&["--listing"], "unknown option `--listing`");
        error(
            &["--list", "4xx", "404"],
            "--list takes no queries (got `404`)",
        );
        error(&["404", "--list"], "--list takes no queries (got `404`)");
        error(
            &["--export"],
            "--export needs a format: python, typescript, json or markdown",
        );
        error(&["--export", "--json"], "--export needs a format");
        error(
            &["--export", "rust"],
            "`rust` is not a format of --export: give python, typescript, json or markdown",
        );
        error(
            &["--export", "json", "404"],
            "--export takes no queries (got `404`)",
        );
        error(
            &["--export", "json", "--list"],
            "--export and --list: give one",
        );
        error(
            &["--export", "json", "--json"],
            "--export and --json: give one",
        );
    }

    #[test]
    fn non_utf8_arguments_are_errors() {
        use std::os::unix::ffi::OsStringExt;

        let bad = OsString::from_vec(vec![b'4', 0xff, b'4']);
        let message = parse([OsString::from("--json"), bad.clone()], &FLAGS).unwrap_err();
        assert_eq!(message, "argument 2 is not valid UTF-8: `4\u{fffd}4`");
        let message = parse([OsString::from("--list"), bad], &FLAGS).unwrap_err();
        assert!(
            message.starts_with("argument 2 is not valid UTF-8"),
            "{message}"
        );
    }
}
