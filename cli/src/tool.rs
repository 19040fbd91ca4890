//! [`Tool`]: a command-line tool over one or more registries, each picked by its flag.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use status_registry::Registry;

use crate::answer::Answer;
use crate::args::{self, Command, Invocation};
use crate::explain::Explain;
use crate::export;
use crate::outcome::{Exit, Outcome};
use crate::text::{self, shown};

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
    #[must_use]
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
    pub fn run<A: Into<OsString>>(&self, arguments: impl IntoIterator<Item = A>) -> Outcome {
        if let Err(error) = self.check() {
            return self.usage_error(&error);
        }
        let flags: Vec<&str> = self.registries.iter().map(|r| r.flag()).collect();
        let Invocation { registry, command } =
            match args::parse(arguments.into_iter().map(Into::into), &flags) {
                Ok(invocation) => invocation,
                Err(error) => return self.usage_error(&error),
            };
        match command {
            Command::Help => Outcome::found(self.help()),
            Command::Version => Outcome::found(format!("{} {}\n", self.name, self.version)),
            Command::Answer(request) => {
                let position = registry.unwrap_or(0);
                match self.registries.get(position) {
                    Some(answer) => answer.answer(self.name, position == 0, request),
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
        Outcome::usage_error(self.name, message)
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
        if let Some(default) = self.registries.first() {
            out.push_str(&default.query_help());
        }
        out.push_str(
            "A query that finds nothing gets the closest names: \"did you mean\".
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
    use crate::httpstatus;

    #[test]
    fn help_lists_every_exit_code() {
        let help = httpstatus().help();
        for exit in Exit::ALL {
            let line = format!("\n  {}  ", exit as u8);
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
