//! The registries the status-registry crate ships, as `httpstatus` explains them.

use status_registry::dns::{DnsRcode, Rcode};
use status_registry::export::Export;
use status_registry::grpc::{GrpcCode, GrpcStatus};
use status_registry::unofficial::{CloudflareStatus, NginxStatus};
use status_registry::websocket::{CloseCode, CloseStatus};
use status_registry::{HttpStatus, StatusCode};

use crate::explain::Explain;
use crate::tool::Tool;

/// The `httpstatus` tool: every registry the status-registry crate ships, each behind its
/// flag, HTTP the default.
pub fn httpstatus() -> Tool {
    Tool::new("httpstatus", env!("CARGO_PKG_VERSION"))
        .registry(http())
        .registry(websocket())
        .registry(grpc())
        .registry(dns())
        .registry(nginx())
        .registry(cloudflare())
}

/// [`HttpStatus`](enum@HttpStatus), picked by `--http`: its classes, the codes of
/// [`StatusCode`], and for a code that no entry has, the status a client must take it for.
pub fn http() -> Explain<HttpStatus> {
    Explain::<HttpStatus>::new("http", "an HTTP status")
        .about("CPython's http.HTTPStatus, with IANA's references")
        .classes()
        .open::<StatusCode>()
        .note("taken as", taken_as)
        .unofficial::<NginxStatus>("nginx")
        .unofficial::<CloudflareStatus>("Cloudflare")
        .export(
            Export::classified()
                .name("HTTPStatus")
                .doc("HTTP status codes and reason phrases, as CPython's http.HTTPStatus has them"),
        )
}

/// [`CloseStatus`], picked by `--websocket`: WebSocket close codes, any `u16` a Close frame
/// carries.
pub fn websocket() -> Explain<CloseStatus> {
    Explain::<CloseStatus>::new("websocket", "a WebSocket close code")
        .about("IANA's WebSocket Close Code Number Registry, RFC 6455")
        .classes()
        .open::<CloseCode>()
        .note("may send", |code| {
            Some(yes_no(CloseCode::from_u16(code).may_send()))
        })
        .note("may receive", |code| {
            Some(yes_no(CloseCode::from_u16(code).may_receive()))
        })
}

/// [`GrpcStatus`], picked by `--grpc`: gRPC status codes, any `i32`.
pub fn grpc() -> Explain<GrpcStatus> {
    Explain::<GrpcStatus>::new("grpc", "a gRPC status code")
        .about("google.rpc.Code, as code.proto declares it")
        .open::<GrpcCode>()
}

/// [`DnsRcode`], picked by `--dns`: DNS RCODEs, any `u16`.
pub fn dns() -> Explain<DnsRcode> {
    Explain::<DnsRcode>::new("dns", "a DNS RCODE")
        .about("IANA's DNS RCODEs registry")
        .classes()
        .open::<Rcode>()
}

/// [`NginxStatus`], picked by `--nginx`: HTTP's statuses and nginx's own codes.
pub fn nginx() -> Explain<NginxStatus> {
    Explain::<NginxStatus>::new("nginx", "an nginx status")
        .about("HttpStatus and nginx's own codes (unofficial)")
        .classes()
}

/// [`CloudflareStatus`], picked by `--cloudflare`: HTTP's statuses and Cloudflare's own codes.
pub fn cloudflare() -> Explain<CloudflareStatus> {
    Explain::<CloudflareStatus>::new("cloudflare", "a Cloudflare status")
        .about("HttpStatus and Cloudflare's own codes (unofficial)")
        .classes()
}

/// How a record says yes or no.
fn yes_no(yes: bool) -> String {
    (if yes { "yes" } else { "no" }).to_owned()
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
