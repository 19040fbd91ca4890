//! The expansion raises no warning under strict lints: a public registry with no doc comments of
//! its own (the generated docs satisfy `missing_docs`), deprecated entries and aliases,
//! attributes on aliases, `SCREAMING_CASE` names and a classes block; and classes that cover
//! every value of the repr, with an open type over all of them, as the WebSocket and DNS
//! registries have.
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    unreachable_pub,
    clippy::all,
    clippy::pedantic,
    rust_2018_idioms,
    missing_debug_implementations,
    missing_copy_implementations,
    trivial_casts,
    trivial_numeric_casts,
    unused_results,
    unused_lifetimes,
    single_use_lifetimes,
    unused_import_braces,
    variant_size_differences,
    unit_bindings,
    let_underscore_drop
)]

use status_registry::status_registry;

status_registry! {
    pub enum Strict: u16 {
        classes StrictClass {
            100..=199 INFORMATIONAL "Informational";
            200..=299 SUCCESS "Success";
            300..=399 REDIRECTION "Redirection";
            400..=499 CLIENT_ERROR "Client Error";
        }
        200 OK "OK" "Request fulfilled, document follows" ["RFC9110, Section 15.3.1"];
        100 CONTINUE "Continue";
        #[deprecated]
        305 USE_PROXY "Use Proxy" "You must use proxy specified in Location to access this resource" ["RFC9110, Section 15.4.6"];
        #[deprecated(note = "unused since HTTP/1.1")]
        306 UNUSED "(Unused)";
        413 CONTENT_TOO_LARGE "Content Too Large" "Content is too large";
        /// The name used before RFC 9110.
        #[deprecated(note = "use CONTENT_TOO_LARGE")]
        alias REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE;
        #[allow(clippy::doc_markdown)]
        alias PAYLOAD_TOO_LARGE = CONTENT_TOO_LARGE;
        #[deprecated]
        alias PROXY = USE_PROXY;
        404 NOT_FOUND "Not Found";
    }
}

status_registry! {
    pub enum StrictErrors: u32 {
        type "https://example.com/problems/";
        classes StrictErrorsClass {
            40400..=40499 NOT_FOUND "Not Found" => NOT_FOUND;
        }
        open StrictErrorsCode in 0..=99_999;
        40401 MISSING "Missing";
        #[deprecated]
        40402 GONE "Gone" => GONE type "urn:example:gone";
    }
}

#[test]
fn an_error_catalogue() {
    use status_registry::problem::Catalogue;
    assert_eq!(StrictErrors::MISSING.status().code(), 404);
    #[allow(deprecated)]
    let gone = StrictErrors::GONE;
    assert_eq!(gone.problem_type(), "urn:example:gone");
    assert_eq!(StrictErrorsCode::from(gone).code(), 40402);
}

#[test]
fn deprecated_entries_work_and_do_not_warn_inside_the_expansion() {
    let proxy = Strict::from_code(305).unwrap();
    assert_eq!(proxy.name(), "USE_PROXY");
    assert_eq!(proxy.reference(), Some("RFC9110, Section 15.4.6"));
    assert_eq!(Strict::from_name("PROXY"), Some(proxy));
    #[allow(deprecated)]
    {
        assert_eq!(proxy, Strict::USE_PROXY);
        assert_eq!(Strict::PROXY, Strict::USE_PROXY);
        assert_eq!(Strict::REQUEST_ENTITY_TOO_LARGE, Strict::CONTENT_TOO_LARGE);
        assert_eq!(Strict::UNUSED.phrase(), "(Unused)");
    }
    assert_eq!(proxy.class(), StrictClass::REDIRECTION);
    assert!(proxy.is_redirection());
}

#[test]
fn aliases_with_attributes() {
    assert_eq!(Strict::PAYLOAD_TOO_LARGE, Strict::CONTENT_TOO_LARGE);
    assert_eq!(
        Strict::from_name("REQUEST_ENTITY_TOO_LARGE"),
        Some(Strict::CONTENT_TOO_LARGE)
    );
    assert_eq!(
        Strict::from_name("PAYLOAD_TOO_LARGE"),
        Some(Strict::CONTENT_TOO_LARGE)
    );
    assert_eq!(Strict::COUNT, 6);
}

#[test]
fn classes() {
    assert_eq!(Strict::CONTINUE.class(), StrictClass::INFORMATIONAL);
    assert!(Strict::OK.is_success() && !Strict::OK.is_informational());
    assert!(Strict::NOT_FOUND.is_client_error());
    assert_eq!(StrictClass::ALL.len(), 4);
}

status_registry! {
    pub enum Whole: u8 {
        classes WholeClass {
            0..=127 LOW "Low";
            128..=255 HIGH "High";
        }
        open WholeCode in 0..=255;
        1 ONE "One";
        200 TWO_HUNDRED "Two Hundred";
    }
}

#[test]
fn classes_over_every_value_of_the_repr() {
    for code in 0..=u8::MAX {
        let class = WholeClass::of(code);
        assert_eq!(class, WholeCode::new(code).and_then(WholeCode::class));
        assert_eq!(class == Some(WholeClass::HIGH), code >= 128, "{code}");
    }
    assert_eq!(Whole::TWO_HUNDRED.class(), WholeClass::HIGH);
}
