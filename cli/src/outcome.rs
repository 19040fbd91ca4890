//! What a run of a tool prints, and how it exits.

use std::process::ExitCode;

/// How the tool exits. `--help` lists these numbers with their meanings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Exit {
    /// Every query found an entry, or an unofficial one for a code the registry lacks (and
    /// `--list`, `--help` and `--version` print).
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
            Exit::Found => {
                "every query found an entry (of the registry, or an unofficial one the tool\n\
                 names for a code the registry lacks: nginx's 499 beside HTTP's statuses)"
            }
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

/// What one run of a [`Tool`](crate::Tool) printed, and how it exits.
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
    pub(crate) fn found(stdout: String) -> Outcome {
        Outcome {
            exit: Exit::Found,
            stdout,
            stderr: String::new(),
        }
    }

    /// A usage error of `tool`: its message on stderr, on one line, and nothing on stdout.
    pub(crate) fn usage_error(tool: &str, message: &str) -> Outcome {
        Outcome {
            exit: Exit::Usage,
            stdout: String::new(),
            stderr: format!("{tool}: {message} (see {tool} --help)\n"),
        }
    }
}
