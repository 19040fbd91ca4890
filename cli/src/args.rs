//! The command line: options and queries, read by hand (a negative number such as `-1` is a
//! query, which option parsers read as a short option).

use std::ffi::OsString;

use crate::print::shown;

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `--help`.
    Help,
    /// `--version`.
    Version,
    /// `--list [CLASS]`: the table, or one class of it.
    List { class: Option<String>, json: bool },
    /// Queries, one per argument, as typed.
    Lookup { queries: Vec<String>, json: bool },
}

/// Reads the arguments (the program's name excluded). The error is a one-line message.
pub fn parse(arguments: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut arguments = arguments.into_iter().enumerate().peekable();
    let mut json = false;
    let mut list = None;
    let mut queries = Vec::new();
    let mut only_queries = false;
    while let Some((position, argument)) = arguments.next() {
        let argument = utf8(position, argument)?;
        if only_queries || !is_option(&argument) {
            queries.push(argument);
            continue;
        }
        match argument.as_str() {
            "--" => only_queries = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--json" => json = true,
            "--list" => {
                let class = match arguments
                    .next_if(|(_, next)| next.to_str().is_none_or(|next| !is_option(next)))
                {
                    Some((position, class)) => Some(utf8(position, class)?),
                    None => None,
                };
                list = Some(class);
            }
            option => match option.strip_prefix("--list=") {
                Some(class) => list = Some(Some(class.to_owned())),
                None => {
                    return Err(format!(
                        "unknown option {}; a query that starts with - goes after --",
                        shown(option)
                    ))
                }
            },
        }
    }
    match (list, queries.first()) {
        (Some(_), Some(query)) => Err(format!(
            "--list takes no queries, only a class (got {})",
            shown(query)
        )),
        (Some(class), None) => Ok(Command::List { class, json }),
        (None, None) => Err("no query: give a code, a name, a class or words".to_owned()),
        (None, Some(_)) => Ok(Command::Lookup { queries, json }),
    }
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

    fn parse_strs(arguments: &[&str]) -> Result<Command, String> {
        parse(arguments.iter().map(OsString::from))
    }

    #[track_caller]
    fn lookup(arguments: &[&str], queries: &[&str], json: bool) {
        let queries = queries.iter().map(|query| query.to_string()).collect();
        assert_eq!(
            parse_strs(arguments),
            Ok(Command::Lookup { queries, json }),
            "{arguments:?}"
        );
    }

    #[track_caller]
    fn list(arguments: &[&str], class: Option<&str>, json: bool) {
        let class = class.map(str::to_owned);
        assert_eq!(
            parse_strs(arguments),
            Ok(Command::List { class, json }),
            "{arguments:?}"
        );
    }

    #[track_caller]
    fn error(arguments: &[&str], start: &str) {
        match parse_strs(arguments) {
            Err(message) => assert!(message.starts_with(start), "{arguments:?}: {message}"),
            Ok(command) => panic!("{arguments:?} should be an error, is {command:?}"),
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
        assert_eq!(parse_strs(&["--help"]), Ok(Command::Help));
        assert_eq!(
            parse_strs(&["404", "-h", "--frobnicate"]),
            Ok(Command::Help)
        );
        assert_eq!(parse_strs(&["-V"]), Ok(Command::Version));
        assert_eq!(parse_strs(&["--version"]), Ok(Command::Version));
    }

    #[test]
    fn usage_errors() {
        error(&[], "no query");
        error(&["--json"], "no query");
        error(&["--"], "no query");
        error(&["--frobnicate"], "unknown option `--frobnicate`");
        error(&["-x"], "unknown option `-x`");
        error(
            &["--list", "4xx", "404"],
            "--list takes no queries, only a class (got `404`)",
        );
        error(
            &["404", "--list"],
            "--list takes no queries, only a class (got `404`)",
        );
    }

    #[test]
    fn non_utf8_arguments_are_errors() {
        use std::os::unix::ffi::OsStringExt;

        let bad = OsString::from_vec(vec![b'4', 0xff, b'4']);
        let message = parse([OsString::from("--json"), bad.clone()]).unwrap_err();
        assert_eq!(message, "argument 2 is not valid UTF-8: `4\u{fffd}4`");
        let message = parse([OsString::from("--list"), bad]).unwrap_err();
        assert!(
            message.starts_with("argument 2 is not valid UTF-8"),
            "{message}"
        );
    }
}
