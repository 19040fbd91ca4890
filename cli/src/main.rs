//! `httpstatus`: look up HTTP statuses by code, name, alias, class or words, in the standard
//! set of [`HttpStatus`](enum@status_registry::HttpStatus) (CPython's `http.HTTPStatus`, with
//! IANA's references).
//!
//! ```text
//! httpstatus 404
//! httpstatus teapot "too large" 4xx
//! httpstatus --json --list client_error
//! ```
//!
//! `httpstatus --help` documents the queries, the options, the JSON output and the exit codes.
//! [`args`] reads the command line, [`query`] answers the queries, [`print`](mod@print) writes
//! the output.

#![forbid(unsafe_code)]

mod args;
mod print;
mod query;

use std::ffi::OsString;
use std::process::ExitCode;

use args::Command;

/// How the program exits. `--help` lists these numbers with their meanings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Exit {
    Found = 0,
    NothingFound = 1,
    Usage = 2,
}

impl Exit {
    /// Every exit code, in the order `--help` lists them.
    const ALL: [Exit; 3] = [Exit::Found, Exit::NothingFound, Exit::Usage];

    /// What the exit code says, as `--help` puts it.
    const fn meaning(self) -> &'static str {
        match self {
            Exit::Found => "every query found a registered status",
            Exit::NothingFound => {
                "a query found nothing, or a code that is not registered (the others still print)"
            }
            Exit::Usage => {
                "a usage error: an unknown option, no query, an argument that is empty or not\n\
                 UTF-8, a number outside 100..=999, a --list class that is none (nothing prints)"
            }
        }
    }
}

fn main() -> ExitCode {
    ExitCode::from(run(std::env::args_os().skip(1)) as u8)
}

/// Runs the program on its arguments (the program's name excluded): prints, and says how to exit.
fn run(arguments: impl IntoIterator<Item = OsString>) -> Exit {
    let command = match args::parse(arguments) {
        Ok(command) => command,
        Err(error) => {
            print::stderr(&print::usage_error(&error));
            return Exit::Usage;
        }
    };
    match command {
        Command::Help => {
            print::stdout(&print::help());
            Exit::Found
        }
        Command::Version => {
            print::stdout(&print::version());
            Exit::Found
        }
        Command::List { class, json } => {
            let class = match class.as_deref().map(query::class).transpose() {
                Ok(class) => class,
                Err(error) => {
                    print::stderr(&print::usage_error(&error));
                    return Exit::Usage;
                }
            };
            print::stdout(&print::list(&query::list(class), json));
            Exit::Found
        }
        Command::Lookup { queries, json } => {
            let queries = match queries
                .iter()
                .map(|query| query::Query::parse(query))
                .collect::<Result<Vec<_>, _>>()
            {
                Ok(queries) => queries,
                Err(error) => {
                    print::stderr(&print::usage_error(&error));
                    return Exit::Usage;
                }
            };
            let answers = query::answer(&queries);
            print::stdout(&print::hits(&answers.hits, json));
            for miss in &answers.misses {
                print::stderr(&print::miss(miss));
            }
            if answers.all_found() {
                Exit::Found
            } else {
                Exit::NothingFound
            }
        }
    }
}
