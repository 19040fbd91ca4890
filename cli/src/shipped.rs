//! The registries the status-registry crate ships, as `httpstatus` explains them.

use status_registry::export::Export;
use status_registry::{HttpStatus, StatusCode};

use crate::explain::Explain;
use crate::tool::Tool;

/// The `httpstatus` tool: every registry the status-registry crate ships, each behind its
/// flag, HTTP the default.
pub fn httpstatus() -> Tool {
    Tool::new("httpstatus", env!("CARGO_PKG_VERSION")).registry(http())
}

/// [`HttpStatus`](enum@HttpStatus), picked by `--http`: its classes, the codes of
/// [`StatusCode`], and for a code that no entry has, the status a client must take it for.
pub fn http() -> Explain<HttpStatus> {
    Explain::<HttpStatus>::new("http", "an HTTP status")
        .about("CPython's http.HTTPStatus, with IANA's references")
        .classes()
        .open::<StatusCode>()
        .note("taken as", taken_as)
        .export(
            Export::classified()
                .name("HTTPStatus")
                .doc("HTTP status codes and reason phrases, as CPython's http.HTTPStatus has them"),
        )
}

/// What a client must take `code`, which no entry has, for (RFC 9110, section 15).
fn taken_as(code: u16) -> Option<String> {
    let code = StatusCode::new(code)?;
    let why = match code.class() {
        Some(_) => format!(
            "an unknown {hundreds}xx is taken as {hundreds}00",
            hundreds = code.code() / 100
        ),
        None => "a code outside 100..=599 is invalid, taken as 500".to_owned(),
    };
    Some(format!("{} (RFC 9110: {why})", code.understood_as()))
}
