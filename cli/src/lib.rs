//! The `httpstatus` tool, and the same tool for your own registries: look codes up by code,
//! name, alias, class or words, with "did you mean" for a near miss, a table or JSON, and exit
//! codes a script can test.
//!
//! A [`Tool`] holds one [`Explain`] a registry, each picked by a flag (`--http`, the first,
//! is the default). `httpstatus` is [`httpstatus()`]; a tool of your own registry is a
//! `src/bin/*.rs` of a few lines:
//!
//! ```no_run
//! use std::process::ExitCode;
//!
//! use status_registry::{HttpStatus, StatusCode};
//! use status_registry_cli::{Explain, Tool};
//! # mod app { pub use status_registry::HttpStatus as AppError; }
//! use app::AppError; // A registry of your own, declared with `status_registry!`.
//!
//! fn main() -> ExitCode {
//!     Tool::new("apperr", env!("CARGO_PKG_VERSION"))
//!         .registry(Explain::<AppError>::new("app", "an app error").classes())
//!         .registry(Explain::<HttpStatus>::new("http", "an HTTP status").classes().open::<StatusCode>())
//!         .main()
//! }
//! ```
//!
//! `apperr 1042`, `apperr not_found`, `apperr --list`, `apperr --json timeout` and
//! `apperr --http 404` then answer as `httpstatus` does. The output is short and exact, the
//! same in a terminal and in a pipe: one entry as a record, several as a table, `--json` as one
//! array with an object a line; messages go to stderr. [`Exit`] lists the exit codes.
//!
//! [`Explain`]'s builder says what the tool may tell of a registry beyond its entries, with
//! no trait to implement: [`classes`](Explain::classes) for a registry that has classes,
//! [`open`](Explain::open) for the window of its open code type, [`note`](Explain::note) for
//! a field on a code that no entry has. Any repr works, signed ones too.

#![forbid(unsafe_code)]

mod args;
mod explain;
mod export;
mod json;
mod print;
mod query;
mod shipped;
mod text;

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use status_registry::Registry;

use crate::args::{Command, Invocation};
use crate::explain::Answer;
pub use crate::explain::Explain;
pub use crate::shipped::{http, httpstatus};
use crate::text::shown;

/// How the tool exits. `--help` lists these numbers with their meanings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Exit {
    /// Every query found an entry (and `--list`, `--help` and `--version` print).
    #[default]
    Found = 0,
    /// A query found nothing, or a code that no entry has; the others still print.
    NothingFound = 1,
    /// A usage error; nothing prints on stdout.
    Usage = 2,
}

impl Exit {
    /// Every exit code, in the order `--help` lists them.
    pub const ALL: [Exit; 3] = [Exit::Found, Exit::NothingFound, Exit::Usage];

    /// What the exit code says, as `--help` puts it.
    pub const fn meaning(self) -> &'static str {
        match self {
            Exit::Found => "every query found an entry",
            Exit::NothingFound => {
                "a query found nothing, or a code that is not registered (the others still print)"
            }
            Exit::Usage => {
                "a usage error: an unknown option, no query, an argument that is empty or not\n\
                 UTF-8, a number outside the registry's codes, a --list class that is none\n\
                 (nothing prints)"
            }
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}

/// What one run of a [`Tool`] printed, and how it exits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// How the process exits.
    pub exit: Exit,
    /// What goes to stdout: the records, the table or the JSON.
    pub stdout: String,
    /// What goes to stderr: the queries that found nothing, a usage error.
    pub stderr: String,
}

impl Outcome {
    /// `stdout`, found.
    fn found(stdout: String) -> Outcome {
        Outcome {
            exit: Exit::Found,
            stdout,
            stderr: String::new(),
        }
    }
}

/// A command-line tool that looks codes up in one or more registries: see the
/// [crate docs](crate).
pub struct Tool {
    name: &'static str,
    version: &'static str,
    registries: Vec<Box<dyn Answer>>,
}

impl Tool {
    /// A tool named `name` (what `--help`, `--version` and every message call it) at
    /// `version` (`env!("CARGO_PKG_VERSION")`), with no registry yet.
    pub fn new(name: &'static str, version: &'static str) -> Tool {
        Tool {
            name,
            version,
            registries: Vec::new(),
        }
    }

    /// Adds a registry, picked by its flag; the first added is the default.
    ///
    /// A flag is lowercase ASCII letters, digits and `-`, and neither another registry's nor
    /// one of the tool's options (`help`, `version`, `json`, `list`, `export`): else every run
    /// of the tool is a usage error that says so.
    #[must_use]
    pub fn registry<R: Registry>(mut self, explain: Explain<R>) -> Tool {
        self.registries.push(Box::new(explain));
        self
    }

    /// Runs the tool on the process's arguments, writes what it prints, and returns how the
    /// process exits: the whole `main` of a tool.
    pub fn main(&self) -> ExitCode {
        let outcome = self.run(std::env::args_os().skip(1));
        // A closed pipe (`httpstatus --list | head -1`) ends the output quietly: there is no
        // one left to tell.
        let _ = std::io::stdout()
            .lock()
            .write_all(outcome.stdout.as_bytes());
        let _ = std::io::stderr()
            .lock()
            .write_all(outcome.stderr.as_bytes());
        outcome.exit.into()
    }

    /// Runs the tool on `arguments` (the program's name excluded), and returns what it prints
    /// and how it exits: what [`main`](Tool::main) does, for tests.
    pub fn run(&self, arguments: impl IntoIterator<Item = OsString>) -> Outcome {
        if let Err(error) = self.check() {
            return self.usage_error(&error);
        }
        let flags: Vec<&str> = self.registries.iter().map(|r| r.flag()).collect();
        let Invocation { registry, command } = match args::parse(arguments, &flags) {
            Ok(invocation) => invocation,
            Err(error) => return self.usage_error(&error),
        };
        match command {
            Command::Help => Outcome::found(self.help()),
            Command::Version => Outcome::found(format!("{} {}\n", self.name, self.version)),
            command => {
                let position = registry.unwrap_or(0);
                match self.registries.get(position) {
                    Some(answer) => answer.answer(self.name, position == 0, command),
                    None => self.usage_error("the tool has no registry"),
                }
            }
        }
    }

    /// The tool's own mistakes, which no argument can mend: no registry, a bad flag.
    fn check(&self) -> Result<(), String> {
        if self.registries.is_empty() {
            return Err("the tool has no registry".to_owned());
        }
        for (position, registry) in self.registries.iter().enumerate() {
            let flag = registry.flag();
            let well_formed = !flag.is_empty()
                && !flag.starts_with('-')
                && flag
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !well_formed {
                return Err(format!(
                    "the tool's registry flag {} is not lowercase letters, digits and -",
                    shown(flag)
                ));
            }
            if ["help", "version", "json", "list", "export"].contains(&flag) {
                return Err(format!(
                    "the tool's registry flag --{flag} is one of its options"
                ));
            }
            if self
                .registries
                .iter()
                .take(position)
                .any(|r| r.flag() == flag)
            {
                return Err(format!(
                    "the tool has two registries with the flag --{flag}"
                ));
            }
        }
        Ok(())
    }

    fn usage_error(&self, message: &str) -> Outcome {
        Outcome {
            exit: Exit::Usage,
            stdout: String::new(),
            stderr: print::usage_error(self.name, message),
        }
    }

    /// What `--help` prints.
    fn help(&self) -> String {
        let name = self.name;
        let mut out = format!(
            "{name} {}: look codes up by code, name, class or words.

Usage: {name} [REGISTRY] [--json] QUERY...
       {name} [REGISTRY] [--json] --list [CLASS]
       {name} [REGISTRY] --export FORMAT

Registries: a flag picks one, before or after the queries; without one, the first.
",
            self.version
        );
        for registry in &self.registries {
            out.push_str(&registry.help());
        }
        out.push_str(
            "
Each argument is one query:
  CODE                a code, such as 404: its entry. A code that no entry has prints
                      what the registry knows of it (its class), and exits 1
  NAME                a name or an alias, in any case, with spaces or - for _
                      (not_found, Not-Found)
  CLASS               a class, by pattern or name (4xx, client_error): its entries
  WORDS               words, searched in names, phrases and descriptions in any case,
                      best match first (teapot, \"too large\")
A query that finds nothing gets the closest names: \"did you mean\".
One entry prints as a record, several as a table. Results go to stdout, errors and
hints to stderr.

Options:
  --json              print one JSON array of objects, one per entry, with the keys:
                        code         number: the code
                        name         string: the name, such as \"NOT_FOUND\"; null if the code
                                     is not registered
                        phrase       string: the phrase, such as \"Not Found\"; or null
                        description  string: the description; or null
                        reference    string: the specification, such as \"RFC9110, Section
                                     15.5.5\"; or null
                        class        string: the class, such as \"CLIENT_ERROR\"; null outside
                                     every class, or in a registry without classes
                        aliases      array of strings: the entry's other names
                        registered   boolean: false for a code that is not registered
  --list [CLASS]      print the table of every entry, or of one class (4xx, client_error)
",
        );
        let _ = writeln!(
            out,
            "  --export FORMAT     print the whole registry as {}",
            text::one_of(&export::Format::NAMES)
        );
        out.push_str(
            "  -h, --help          print this help
  -V, --version       print the version
  --                  end of options: every argument after it is a query

An argument that starts with - and a digit, such as -1, is a query, not an option.

Exit status:
",
        );
        for exit in Exit::ALL {
            let meaning = exit.meaning().replace('\n', "\n     ");
            let _ = writeln!(out, "  {}  {meaning}", exit as u8);
        }
        out
    }
}

impl std::fmt::Debug for Tool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let flags: Vec<&str> = self.registries.iter().map(|r| r.flag()).collect();
        f.debug_struct("Tool")
            .field("name", &self.name)
            .field("version", &self.version)
            .field("registries", &flags)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_lists_every_exit_code_and_json_key() {
        let help = httpstatus().help();
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

    #[test]
    fn exit_codes_are_the_process_s() {
        let codes: Vec<u8> = Exit::ALL.iter().map(|exit| *exit as u8).collect();
        assert_eq!(codes, [0, 1, 2]);
        assert_eq!(ExitCode::from(Exit::Usage), ExitCode::from(2));
    }
}
