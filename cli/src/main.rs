//! `httpstatus`: look codes up by code, name, alias, class or words, in the registries the
//! status-registry crate ships: [`HttpStatus`](enum@status_registry::HttpStatus) (CPython's
//! `http.HTTPStatus`, with IANA's references) by default.
//!
//! ```text
//! httpstatus 404
//! httpstatus teapot "too large" 4xx
//! httpstatus --json --list client_error
//! ```
//!
//! `httpstatus --help` documents the queries, the options, the JSON output and the exit codes.
//! The tool is [`status_registry_cli::httpstatus`].

#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    status_registry_cli::httpstatus().main()
}
