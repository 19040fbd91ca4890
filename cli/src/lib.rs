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

mod answer;
mod args;
mod explain;
mod export;
mod json;
mod outcome;
mod print;
mod query;
mod shipped;
mod text;
mod tool;

pub use crate::explain::Explain;
pub use crate::outcome::{Exit, Outcome};
pub use crate::shipped::{cloudflare, dns, grpc, http, httpstatus, nginx, websocket};
pub use crate::tool::Tool;
