//! Every reference of every shipped registry reads as a citation: no bracket or other debris
//! of the table it was copied from.

use status_registry::dns::DnsRcode;
use status_registry::grpc::GrpcStatus;
use status_registry::unofficial::{CloudflareStatus, NginxStatus};
use status_registry::websocket::CloseStatus;
use status_registry::{HttpStatus, Registry};
use status_registry_suite::{citation_debris, iana_citation};

fn citations<R: Registry>() -> usize {
    let mut cited = 0;
    for status in R::iter() {
        if let Some(reference) = status.reference() {
            if let Some(debris) = citation_debris(reference) {
                panic!(
                    "{}::{} cites {reference:?}: {debris}",
                    R::TYPE_NAME,
                    status.name()
                );
            }
            cited += 1;
        }
    }
    cited
}

#[test]
fn every_shipped_reference_is_a_citation() {
    assert_eq!(citations::<HttpStatus>(), HttpStatus::COUNT);
    assert_eq!(citations::<CloseStatus>(), CloseStatus::COUNT - 3);
    assert_eq!(citations::<GrpcStatus>(), GrpcStatus::COUNT);
    assert_eq!(citations::<DnsRcode>(), DnsRcode::COUNT);
    assert_eq!(citations::<NginxStatus>(), NginxStatus::COUNT);
    assert_eq!(citations::<CloudflareStatus>(), CloudflareStatus::COUNT);
}

#[test]
#[rustfmt::skip] // A table: one case per line.
fn debris_is_found() {
    assert_eq!(citation_debris("RFC2774; status-change-http-experiments-to-historic"), None);
    assert_eq!(citation_debris("RFC9110, Section 15.5.14"), None);
    assert_eq!(citation_debris("RFC2774][status-change-http-experiments-to-historic"), Some("it holds a bracket"));
    assert_eq!(citation_debris("[RFC6455]"), Some("it holds a bracket"));
    assert_eq!(citation_debris(" RFC6455"), Some("it starts or ends with white space"));
    assert_eq!(citation_debris("RFC6455;"), Some("it has an empty part or a dangling separator"));
    assert_eq!(citation_debris("RFC6455; ; RFC8945"), Some("it has an empty part or a dangling separator"));
    assert_eq!(citation_debris("RFC  6455"), Some("it holds a doubled space or a control character"));
    assert_eq!(citation_debris("a &amp; b"), Some("it holds an HTML entity"));
    assert_eq!(citation_debris(""), Some("it is empty (a registry gives `None` for no reference)"));
}

#[test]
#[rustfmt::skip] // A table: one case per line.
fn iana_fields_map_to_citations() {
    assert_eq!(iana_citation("[RFC6455]").as_deref(), Some("RFC6455"));
    assert_eq!(iana_citation("[RFC6455][RFC Errata 3227]").as_deref(), Some("RFC6455; RFC Errata 3227"));
    assert_eq!(iana_citation("[RFC9110, Section 15.5.14]").as_deref(), Some("RFC9110, Section 15.5.14"));
    assert_eq!(iana_citation(""), None);
    assert_eq!(iana_citation("RFC6455"), None);
    assert_eq!(iana_citation("[RFC6455]]"), None);
    assert_eq!(iana_citation("[]"), None);
}
