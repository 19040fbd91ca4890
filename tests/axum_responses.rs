//! The `axum` feature's responses, read without a server: the status, and hyper's
//! `ReasonPhrase` extension exactly where the registry's phrase is not the one hyper would write
//! (the `http` crate's), for every code of `HttpStatus` and `StatusCode` and a private registry.
#![deny(warnings)]

use axum_core::response::{IntoResponse, Response};
use hyper::ext::ReasonPhrase;
use status_registry::{status_registry, HttpStatus, OpenCode, StatusCode};
use status_registry_suite::web::{Edge, EdgeCode};

status_registry! {
    /// A private registry with phrases of its own for standard codes.
    pub enum Shop: u16 {
        open ShopCode in 100..=599;
        200 OK "OK";
        404 NOTHING_HERE "Nothing Here";
    }
}

/// The phrase the response's status line carries over HTTP/1, as hyper writes it.
fn phrase_on_the_wire(response: &Response) -> String {
    match response.extensions().get::<ReasonPhrase>() {
        Some(reason) => String::from_utf8(reason.as_bytes().to_vec()).unwrap(),
        None => response
            .status()
            .canonical_reason()
            .unwrap_or("<none>")
            .to_owned(),
    }
}

#[test]
fn every_http_status_goes_out_with_its_own_phrase() {
    let mut differ = Vec::new();
    for &status in HttpStatus::ALL {
        let response = status.into_response();
        assert_eq!(response.status(), status);
        assert_eq!(phrase_on_the_wire(&response), status.phrase(), "{status}");
        let theirs = http::StatusCode::from(status).canonical_reason();
        let extension = response.extensions().get::<ReasonPhrase>().is_some();
        assert_eq!(extension, theirs != Some(status.phrase()), "{status}");
        if extension {
            differ.push(status.code());
        }
    }
    // Where RFC 9110 renamed a code and `http` kept the old phrase, among others.
    for code in [413, 418, 422] {
        assert!(differ.contains(&code), "{code}: {differ:?}");
    }
    assert!(!differ.contains(&404) && !differ.contains(&200));
}

#[test]
fn an_open_code_carries_its_entry_s_phrase() {
    for code in 100..=999 {
        let status = StatusCode::new(code).unwrap();
        let response = status.into_response();
        assert_eq!(response.status().as_u16(), code);
        let expected = match status.known() {
            Some(known) => known.phrase().to_owned(),
            None => http::StatusCode::from(status)
                .canonical_reason()
                .unwrap_or("<none>")
                .to_owned(),
        };
        assert_eq!(phrase_on_the_wire(&response), expected, "{code}");
    }
}

#[test]
fn a_private_registry_s_phrases_go_out_even_over_standard_codes() {
    let response = Shop::NOTHING_HERE.into_response();
    assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
    assert_eq!(phrase_on_the_wire(&response), "Nothing Here");
    assert_eq!(
        phrase_on_the_wire(&ShopCode::NOTHING_HERE.into_response()),
        "Nothing Here"
    );
    let response = EdgeCode::CLIENT_CLOSED_REQUEST.into_response();
    assert_eq!(phrase_on_the_wire(&response), "Client Closed Request");
    for response in [Shop::OK.into_response(), Edge::OK.into_response()] {
        assert!(response.extensions().get::<ReasonPhrase>().is_none());
        assert_eq!(phrase_on_the_wire(&response), "OK");
    }
    for &status in Edge::ALL {
        assert_eq!(phrase_on_the_wire(&status.into_response()), status.phrase());
        let open = EdgeCode::from(status);
        assert_eq!(phrase_on_the_wire(&open.into_response()), status.phrase());
    }
}

#[test]
fn with_body_sets_the_status_and_phrase_on_the_body_s_response() {
    let body = ([("x-request-id", "7")], "no such user");
    let response = Shop::NOTHING_HERE.with_body(body);
    assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
    assert_eq!(response.headers()["x-request-id"], "7");
    assert_eq!(phrase_on_the_wire(&response), "Nothing Here");

    // The status replaces the body's, and a phrase the body carried goes with it.
    let inner = Edge::CLIENT_CLOSED_REQUEST.into_response();
    assert!(inner.extensions().get::<ReasonPhrase>().is_some());
    let response = HttpStatus::OK.with_body(inner);
    assert_eq!(response.status(), http::StatusCode::OK);
    assert!(response.extensions().get::<ReasonPhrase>().is_none());
    assert_eq!(phrase_on_the_wire(&response), "OK");

    let response = StatusCode::new(299).unwrap().with_body("partial");
    assert_eq!(response.status().as_u16(), 299);
    assert!(response.extensions().get::<ReasonPhrase>().is_none());
}

#[test]
fn handlers_return_statuses_and_results_of_them() {
    fn respond(found: bool) -> Result<&'static str, Shop> {
        if found {
            Ok("here")
        } else {
            Err(Shop::NOTHING_HERE)
        }
    }
    let response = respond(false).into_response();
    assert_eq!(phrase_on_the_wire(&response), "Nothing Here");
    assert_eq!(respond(true).into_response().status(), http::StatusCode::OK);
    let known: Option<Edge> = EdgeCode::new(499).and_then(OpenCode::known);
    assert_eq!(known, Some(Edge::CLIENT_CLOSED_REQUEST));
}

status_registry! {
    /// HTTP codes, held by an open type wider than `http`'s window.
    pub enum Wide: u16 {
        open WideCode in 0..=65535;
        100 FIRST "First";
        999 LAST "Last";
    }
}

#[test]
fn a_code_http_cannot_hold_is_a_server_error() {
    for code in [0, 99, 1000, 65535] {
        let status = WideCode::new(code).unwrap();
        for response in [status.into_response(), status.with_body("body")] {
            assert_eq!(response.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
            assert_eq!(phrase_on_the_wire(&response), "Internal Server Error");
        }
    }
    assert_eq!(phrase_on_the_wire(&WideCode::LAST.into_response()), "Last");
    assert_eq!(phrase_on_the_wire(&Wide::FIRST.into_response()), "First");
}

#[test]
fn a_response_is_the_same_once_its_phrase_is_learnt() {
    for _ in 0..3 {
        for status in [Shop::NOTHING_HERE, Shop::OK] {
            let response = status.into_response();
            assert_eq!(response.status().as_u16(), status.code());
            assert_eq!(phrase_on_the_wire(&response), status.phrase());
            let with_body = status.with_body("x");
            assert_eq!(phrase_on_the_wire(&with_body), status.phrase());
        }
        let response = StatusCode::new(299).unwrap().into_response();
        assert!(response.extensions().get::<ReasonPhrase>().is_none());
    }
}
