//! A private registry as a team would declare one: no classes, the default repr, entries out of
//! code order, some without description or reference, doc comments and `#[deprecated]` on
//! entries, a derive the macro does not implement, and `pub(crate)` visibility.
#![deny(warnings, unreachable_pub)]

use std::collections::HashSet;
use std::mem::size_of;

use status_registry::{CodeType, ParseErrorKind};

mod codes {
    use status_registry::status_registry;

    status_registry! {
        /// Codes our edge proxy answers besides the standard ones.
        #[derive(Default)]
        pub(crate) enum EdgeStatus {
            /// nginx: the connection was closed without a response.
            499 CLIENT_CLOSED_REQUEST "Client Closed Request" "The client closed the connection";
            444 NO_RESPONSE "No Response";
            /// The default: `#[default]` passes through to the variant for `derive(Default)`.
            #[default]
            520 WEB_SERVER_UNKNOWN_ERROR "Web Server Returned an Unknown Error" ["Cloudflare"];
            #[deprecated(note = "merged into WEB_SERVER_UNKNOWN_ERROR")]
            521 WEB_SERVER_IS_DOWN "Web Server Is Down" "" ["Cloudflare"];
            4000 PRIVATE_CLOSE "Private Close" "A WebSocket private close code";
            alias NGINX_NO_RESPONSE = NO_RESPONSE;
        }
    }
}

use codes::EdgeStatus;

#[test]
fn default_repr_is_u16() {
    assert_eq!(size_of::<EdgeStatus>(), 2);
    let code: u16 = EdgeStatus::PRIVATE_CLOSE.code();
    assert_eq!(code, 4000);
    assert_eq!(<EdgeStatus as CodeType>::TYPE_NAME, "EdgeStatus");
    assert_eq!(EdgeStatus::from_code(4000), Some(EdgeStatus::PRIVATE_CLOSE));
    assert_eq!(
        "65536".parse::<EdgeStatus>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
}

#[test]
fn all_keeps_declaration_order_and_ord_is_by_code() {
    let names: Vec<&str> = EdgeStatus::iter().map(EdgeStatus::name).collect();
    assert_eq!(
        names,
        [
            "CLIENT_CLOSED_REQUEST",
            "NO_RESPONSE",
            "WEB_SERVER_UNKNOWN_ERROR",
            "WEB_SERVER_IS_DOWN",
            "PRIVATE_CLOSE"
        ]
    );
    assert_eq!(EdgeStatus::COUNT, 5);
    let mut sorted = EdgeStatus::ALL.to_vec();
    sorted.sort();
    let codes: Vec<u16> = sorted.iter().map(|status| status.code()).collect();
    assert_eq!(codes, [444, 499, 520, 521, 4000]);
    assert!(EdgeStatus::NO_RESPONSE < EdgeStatus::CLIENT_CLOSED_REQUEST);
    assert!(EdgeStatus::CLIENT_CLOSED_REQUEST > 444);
    assert!(500 < EdgeStatus::PRIVATE_CLOSE);
    assert_eq!(EdgeStatus::iter().max(), Some(EdgeStatus::PRIVATE_CLOSE));
}

#[test]
fn missing_description_and_reference() {
    let no_response = EdgeStatus::NO_RESPONSE;
    assert_eq!(no_response.phrase(), "No Response");
    assert_eq!(no_response.description(), "");
    assert_eq!(no_response.reference(), None);

    let closed = EdgeStatus::CLIENT_CLOSED_REQUEST;
    assert_eq!(closed.description(), "The client closed the connection");
    assert_eq!(closed.reference(), None);

    // A reference without a description.
    let unknown = EdgeStatus::WEB_SERVER_UNKNOWN_ERROR;
    assert_eq!(unknown.description(), "");
    assert_eq!(unknown.reference(), Some("Cloudflare"));

    let private = EdgeStatus::PRIVATE_CLOSE;
    assert_eq!(private.description(), "A WebSocket private close code");
    assert_eq!(private.reference(), None);
}

#[test]
fn deprecated_entry_still_works() {
    #[allow(deprecated)]
    let down = EdgeStatus::WEB_SERVER_IS_DOWN;
    assert_eq!(down.code(), 521);
    assert_eq!(down.description(), "");
    assert_eq!(down.reference(), Some("Cloudflare"));
    assert_eq!(EdgeStatus::from_code(521), Some(down));
    assert_eq!(EdgeStatus::from_name("WEB_SERVER_IS_DOWN"), Some(down));
    assert_eq!(down.to_string(), "521 Web Server Is Down");
}

#[test]
fn aliases_and_names() {
    assert_eq!(EdgeStatus::NGINX_NO_RESPONSE, EdgeStatus::NO_RESPONSE);
    assert_eq!(
        EdgeStatus::from_name("NGINX_NO_RESPONSE"),
        Some(EdgeStatus::NO_RESPONSE)
    );
    assert_eq!(EdgeStatus::NGINX_NO_RESPONSE.name(), "NO_RESPONSE");
    assert!(EdgeStatus::iter().all(|status| status.name() != "NGINX_NO_RESPONSE"));
    assert_eq!(EdgeStatus::from_name("no_response"), None);
    assert_eq!(format!("{:?}", EdgeStatus::PRIVATE_CLOSE), "PRIVATE_CLOSE");
    assert_eq!(EdgeStatus::PRIVATE_CLOSE.to_string(), "4000 Private Close");
    assert_eq!("4000".parse(), Ok(EdgeStatus::PRIVATE_CLOSE));
    assert_eq!("NGINX_NO_RESPONSE".parse(), Ok(EdgeStatus::NO_RESPONSE));
    assert_eq!(
        "445".parse::<EdgeStatus>().unwrap_err().kind(),
        ParseErrorKind::UnknownCode(445)
    );
}

#[test]
fn conversions() {
    assert_eq!(u16::from(EdgeStatus::NO_RESPONSE), 444);
    assert_eq!(
        EdgeStatus::try_from(499),
        Ok(EdgeStatus::CLIENT_CLOSED_REQUEST)
    );
    let error = EdgeStatus::try_from(500).unwrap_err();
    assert_eq!(error.code(), 500);
    assert_eq!(error.to_string(), "500 is not a registered EdgeStatus code");
    assert_eq!(EdgeStatus::NO_RESPONSE, 444);
    assert_eq!(444, EdgeStatus::NO_RESPONSE);
    assert_ne!(EdgeStatus::NO_RESPONSE, 499);
}

#[test]
fn outer_derive_and_variant_attribute_pass_through() {
    assert_eq!(EdgeStatus::default(), EdgeStatus::WEB_SERVER_UNKNOWN_ERROR);
}

#[test]
fn hash_and_eq_agree() {
    let set: HashSet<EdgeStatus> = EdgeStatus::iter()
        .chain([EdgeStatus::NGINX_NO_RESPONSE])
        .collect();
    assert_eq!(set.len(), EdgeStatus::COUNT);
    assert!(set.contains(&EdgeStatus::NO_RESPONSE));
}

#[test]
fn runtime_properties() {
    status_registry_suite::properties::check_registry::<EdgeStatus>(&[(
        "NGINX_NO_RESPONSE",
        EdgeStatus::NO_RESPONSE,
    )]);
}
