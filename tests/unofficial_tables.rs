//! The `unofficial` registries against the vendors' sources, field by field
//! (`tests/data/vendor_http_codes.tsv`): nginx's and Cloudflare's codes beside `HttpStatus`'s.

use status_registry::http::HttpStatus;
use status_registry::unofficial::{CloudflareStatus, NginxStatus};
use status_registry::Registry;
use status_registry_suite::{field, tsv_rows};

const VENDORS: &str = include_str!("data/vendor_http_codes.tsv");

/// The vendor's rows: code and row.
fn rows_of(vendor: &str) -> Vec<(u16, Vec<(&'static str, &'static str)>)> {
    tsv_rows(VENDORS)
        .into_iter()
        .filter(|row| field(row, "vendor") == vendor)
        .map(|row| (field(&row, "code").parse().unwrap(), row))
        .collect()
}

/// `R` is every entry of `HttpStatus`, in its order, then the vendor's `codes`, in theirs.
fn extends_http_status<R: Registry<Repr = u16>>(codes: &[u16]) {
    let ours: Vec<u16> = R::iter().map(R::code).collect();
    let expected: Vec<u16> = HttpStatus::iter()
        .map(HttpStatus::code)
        .chain(codes.iter().copied())
        .collect();
    assert_eq!(ours, expected);
    for status in HttpStatus::iter() {
        let entry = R::from_code(status.code()).unwrap();
        assert_eq!(
            (
                entry.name(),
                entry.phrase(),
                entry.description(),
                entry.reference()
            ),
            (
                status.name(),
                status.phrase(),
                status.description(),
                status.reference()
            )
        );
    }
}

#[test]
fn nginx_is_nginxs() {
    let rows = rows_of("nginx");
    let codes: Vec<u16> = rows.iter().map(|(code, _)| *code).collect();
    assert_eq!(codes, [444, 494, 495, 496, 497, 499]);
    extends_http_status::<NginxStatus>(&codes);
    for (code, row) in &rows {
        let status = NginxStatus::from_code(*code).unwrap();
        // The reference names nginx's header and the code's constant there.
        let source = field(row, "source");
        assert!(source.contains("src/http/ngx_http_request.h"), "{source}");
        let reference = status.reference().unwrap();
        let constant = field(row, "name");
        assert_eq!(
            reference,
            format!("nginx, src/http/ngx_http_request.h: {constant}"),
            "{status:?}"
        );
        assert!(status.is_client_error());
        assert!(HttpStatus::try_from(status).is_err());
    }
    assert_eq!(
        NginxStatus::CLIENT_CLOSED_REQUEST.phrase(),
        "Client Closed Request"
    );
    assert_eq!(NginxStatus::NO_RESPONSE.phrase(), "No Response");
}

#[test]
fn cloudflare_is_cloudflares() {
    let rows = rows_of("Cloudflare");
    let codes: Vec<u16> = rows.iter().map(|(code, _)| *code).collect();
    assert_eq!(codes, [520, 521, 522, 523, 524, 525, 526, 530]);
    extends_http_status::<CloudflareStatus>(&codes);
    for (code, row) in &rows {
        let status = CloudflareStatus::from_code(*code).unwrap();
        assert_eq!(
            status.reference(),
            Some(format!("Cloudflare docs, Cloudflare 5xx errors: Error {code}").as_str())
        );
        let source = field(row, "source");
        assert!(source.contains(&format!("error-{code}.mdx")), "{source}");
        let heading = field(row, "name");
        if *code == 530 {
            // The page's heading has no name: the phrase is ours, from its first sentence.
            assert!(heading.starts_with("(no name"), "{heading}");
            assert!(field(row, "description").contains("unable to resolve the origin hostname"));
        } else {
            // The heading, capitalized as a reason phrase.
            assert_eq!(status.phrase().to_lowercase(), heading.to_lowercase());
            assert_eq!(status.name(), heading.to_uppercase().replace(' ', "_"));
        }
        assert!(status.is_server_error());
    }
    // 527 has no page of Cloudflare's: it is no entry.
    assert_eq!(CloudflareStatus::from_code(527), None);
}
