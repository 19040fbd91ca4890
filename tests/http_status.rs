//! Behaviour of the API generated for `HttpStatus`: accessors, lookups, conversions, formatting,
//! ordering, classes and the `Registry` trait.

use std::cmp::Ordering;
use std::collections::HashSet;

use status_registry::{
    CodeType, HttpStatus, ParseError, ParseErrorKind, Registry, StatusClass, UnknownCode,
};

/// One entry: its variant has `code`, `name` and `phrase`, and every lookup finds it.
#[track_caller]
fn case(status: HttpStatus, code: u16, name: &str, phrase: &str) {
    assert_eq!(status.code(), code);
    assert_eq!(status.name(), name);
    assert_eq!(status.phrase(), phrase);
    assert_eq!(u16::from(status), code);
    assert_eq!(status as u16, code);
    assert_eq!(HttpStatus::from_code(code), Some(status));
    assert_eq!(HttpStatus::from_name(name), Some(status));
    assert_eq!(HttpStatus::try_from(code), Ok(status));
    assert_eq!(code.to_string().parse::<HttpStatus>(), Ok(status));
    assert_eq!(name.parse::<HttpStatus>(), Ok(status));
    assert_eq!(status.to_string(), format!("{code} {phrase}"));
    assert_eq!(format!("{status:?}"), name);
    assert_eq!(
        HttpStatus::ALL
            .iter()
            .filter(|other| **other == status)
            .count(),
        1
    );
}

#[test]
#[rustfmt::skip] // A table: one case per line.
fn every_entry() {
    case(HttpStatus::CONTINUE, 100, "CONTINUE", "Continue");
    case(HttpStatus::SWITCHING_PROTOCOLS, 101, "SWITCHING_PROTOCOLS", "Switching Protocols");
    case(HttpStatus::PROCESSING, 102, "PROCESSING", "Processing");
    case(HttpStatus::EARLY_HINTS, 103, "EARLY_HINTS", "Early Hints");
    case(HttpStatus::OK, 200, "OK", "OK");
    case(HttpStatus::CREATED, 201, "CREATED", "Created");
    case(HttpStatus::ACCEPTED, 202, "ACCEPTED", "Accepted");
    case(HttpStatus::NON_AUTHORITATIVE_INFORMATION, 203, "NON_AUTHORITATIVE_INFORMATION", "Non-Authoritative Information");
    case(HttpStatus::NO_CONTENT, 204, "NO_CONTENT", "No Content");
    case(HttpStatus::RESET_CONTENT, 205, "RESET_CONTENT", "Reset Content");
    case(HttpStatus::PARTIAL_CONTENT, 206, "PARTIAL_CONTENT", "Partial Content");
    case(HttpStatus::MULTI_STATUS, 207, "MULTI_STATUS", "Multi-Status");
    case(HttpStatus::ALREADY_REPORTED, 208, "ALREADY_REPORTED", "Already Reported");
    case(HttpStatus::IM_USED, 226, "IM_USED", "IM Used");
    case(HttpStatus::MULTIPLE_CHOICES, 300, "MULTIPLE_CHOICES", "Multiple Choices");
    case(HttpStatus::MOVED_PERMANENTLY, 301, "MOVED_PERMANENTLY", "Moved Permanently");
    case(HttpStatus::FOUND, 302, "FOUND", "Found");
    case(HttpStatus::SEE_OTHER, 303, "SEE_OTHER", "See Other");
    case(HttpStatus::NOT_MODIFIED, 304, "NOT_MODIFIED", "Not Modified");
    case(HttpStatus::USE_PROXY, 305, "USE_PROXY", "Use Proxy");
    case(HttpStatus::TEMPORARY_REDIRECT, 307, "TEMPORARY_REDIRECT", "Temporary Redirect");
    case(HttpStatus::PERMANENT_REDIRECT, 308, "PERMANENT_REDIRECT", "Permanent Redirect");
    case(HttpStatus::BAD_REQUEST, 400, "BAD_REQUEST", "Bad Request");
    case(HttpStatus::UNAUTHORIZED, 401, "UNAUTHORIZED", "Unauthorized");
    case(HttpStatus::PAYMENT_REQUIRED, 402, "PAYMENT_REQUIRED", "Payment Required");
    case(HttpStatus::FORBIDDEN, 403, "FORBIDDEN", "Forbidden");
    case(HttpStatus::NOT_FOUND, 404, "NOT_FOUND", "Not Found");
    case(HttpStatus::METHOD_NOT_ALLOWED, 405, "METHOD_NOT_ALLOWED", "Method Not Allowed");
    case(HttpStatus::NOT_ACCEPTABLE, 406, "NOT_ACCEPTABLE", "Not Acceptable");
    case(HttpStatus::PROXY_AUTHENTICATION_REQUIRED, 407, "PROXY_AUTHENTICATION_REQUIRED", "Proxy Authentication Required");
    case(HttpStatus::REQUEST_TIMEOUT, 408, "REQUEST_TIMEOUT", "Request Timeout");
    case(HttpStatus::CONFLICT, 409, "CONFLICT", "Conflict");
    case(HttpStatus::GONE, 410, "GONE", "Gone");
    case(HttpStatus::LENGTH_REQUIRED, 411, "LENGTH_REQUIRED", "Length Required");
    case(HttpStatus::PRECONDITION_FAILED, 412, "PRECONDITION_FAILED", "Precondition Failed");
    case(HttpStatus::CONTENT_TOO_LARGE, 413, "CONTENT_TOO_LARGE", "Content Too Large");
    case(HttpStatus::URI_TOO_LONG, 414, "URI_TOO_LONG", "URI Too Long");
    case(HttpStatus::UNSUPPORTED_MEDIA_TYPE, 415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type");
    case(HttpStatus::RANGE_NOT_SATISFIABLE, 416, "RANGE_NOT_SATISFIABLE", "Range Not Satisfiable");
    case(HttpStatus::EXPECTATION_FAILED, 417, "EXPECTATION_FAILED", "Expectation Failed");
    case(HttpStatus::IM_A_TEAPOT, 418, "IM_A_TEAPOT", "I'm a Teapot");
    case(HttpStatus::MISDIRECTED_REQUEST, 421, "MISDIRECTED_REQUEST", "Misdirected Request");
    case(HttpStatus::UNPROCESSABLE_CONTENT, 422, "UNPROCESSABLE_CONTENT", "Unprocessable Content");
    case(HttpStatus::LOCKED, 423, "LOCKED", "Locked");
    case(HttpStatus::FAILED_DEPENDENCY, 424, "FAILED_DEPENDENCY", "Failed Dependency");
    case(HttpStatus::TOO_EARLY, 425, "TOO_EARLY", "Too Early");
    case(HttpStatus::UPGRADE_REQUIRED, 426, "UPGRADE_REQUIRED", "Upgrade Required");
    case(HttpStatus::PRECONDITION_REQUIRED, 428, "PRECONDITION_REQUIRED", "Precondition Required");
    case(HttpStatus::TOO_MANY_REQUESTS, 429, "TOO_MANY_REQUESTS", "Too Many Requests");
    case(HttpStatus::REQUEST_HEADER_FIELDS_TOO_LARGE, 431, "REQUEST_HEADER_FIELDS_TOO_LARGE", "Request Header Fields Too Large");
    case(HttpStatus::UNAVAILABLE_FOR_LEGAL_REASONS, 451, "UNAVAILABLE_FOR_LEGAL_REASONS", "Unavailable For Legal Reasons");
    case(HttpStatus::INTERNAL_SERVER_ERROR, 500, "INTERNAL_SERVER_ERROR", "Internal Server Error");
    case(HttpStatus::NOT_IMPLEMENTED, 501, "NOT_IMPLEMENTED", "Not Implemented");
    case(HttpStatus::BAD_GATEWAY, 502, "BAD_GATEWAY", "Bad Gateway");
    case(HttpStatus::SERVICE_UNAVAILABLE, 503, "SERVICE_UNAVAILABLE", "Service Unavailable");
    case(HttpStatus::GATEWAY_TIMEOUT, 504, "GATEWAY_TIMEOUT", "Gateway Timeout");
    case(HttpStatus::HTTP_VERSION_NOT_SUPPORTED, 505, "HTTP_VERSION_NOT_SUPPORTED", "HTTP Version Not Supported");
    case(HttpStatus::VARIANT_ALSO_NEGOTIATES, 506, "VARIANT_ALSO_NEGOTIATES", "Variant Also Negotiates");
    case(HttpStatus::INSUFFICIENT_STORAGE, 507, "INSUFFICIENT_STORAGE", "Insufficient Storage");
    case(HttpStatus::LOOP_DETECTED, 508, "LOOP_DETECTED", "Loop Detected");
    case(HttpStatus::NOT_EXTENDED, 510, "NOT_EXTENDED", "Not Extended");
    case(HttpStatus::NETWORK_AUTHENTICATION_REQUIRED, 511, "NETWORK_AUTHENTICATION_REQUIRED", "Network Authentication Required");
}

/// The description and reference of an entry.
#[track_caller]
fn details(status: HttpStatus, description: &str, reference: Option<&str>) {
    assert_eq!(status.description(), description);
    assert_eq!(status.reference(), reference);
}

#[test]
#[rustfmt::skip] // A table: one case per line.
fn descriptions_and_references() {
    details(HttpStatus::CONTINUE, "Request received, please continue", Some("RFC9110, Section 15.2.1"));
    details(HttpStatus::PROCESSING, "Server is processing the request", Some("RFC2518"));
    details(HttpStatus::OK, "Request fulfilled, document follows", Some("RFC9110, Section 15.3.1"));
    details(HttpStatus::IM_USED, "Request completed using instance manipulations", Some("RFC3229"));
    details(HttpStatus::NOT_FOUND, "Nothing matches the given URI", Some("RFC9110, Section 15.5.5"));
    details(HttpStatus::CONTENT_TOO_LARGE, "Content is too large", Some("RFC9110, Section 15.5.14"));
    details(HttpStatus::IM_A_TEAPOT, "Server refuses to brew coffee because it is a teapot", Some("RFC9110, Section 15.5.19"));
    details(HttpStatus::TOO_MANY_REQUESTS, "The user has sent too many requests in a given amount of time (\"rate limiting\")", Some("RFC6585"));
    details(HttpStatus::INTERNAL_SERVER_ERROR, "Server got itself in trouble", Some("RFC9110, Section 15.6.1"));
    details(HttpStatus::NOT_EXTENDED, "Request does not meet the resource access policy", Some("RFC2774; status-change-http-experiments-to-historic"));
}

#[test]
fn accessors_are_const() {
    const STATUS: HttpStatus = HttpStatus::NOT_FOUND;
    const CODE: u16 = STATUS.code();
    const NAME: &str = STATUS.name();
    const PHRASE: &str = STATUS.phrase();
    const DESCRIPTION: &str = STATUS.description();
    const REFERENCE: Option<&str> = STATUS.reference();
    const BY_CODE: Option<HttpStatus> = HttpStatus::from_code(418);
    const BY_NAME: Option<HttpStatus> = HttpStatus::from_name("UNPROCESSABLE_ENTITY");
    const CLASS: StatusClass = STATUS.class();
    const OF: Option<StatusClass> = StatusClass::of(503);
    // `ALL` points to a static; constant evaluation reads through it.
    const FIRST: HttpStatus = HttpStatus::ALL[0];
    const LAST: HttpStatus = <HttpStatus as Registry>::ALL[HttpStatus::COUNT - 1];
    const { assert!(HttpStatus::ALL.len() == HttpStatus::COUNT) };
    assert_eq!(CODE, 404);
    assert_eq!(NAME, "NOT_FOUND");
    assert_eq!(PHRASE, "Not Found");
    assert_eq!(DESCRIPTION, "Nothing matches the given URI");
    assert_eq!(REFERENCE, Some("RFC9110, Section 15.5.5"));
    assert_eq!(BY_CODE, Some(HttpStatus::IM_A_TEAPOT));
    assert_eq!(BY_NAME, Some(HttpStatus::UNPROCESSABLE_CONTENT));
    assert_eq!(CLASS, StatusClass::CLIENT_ERROR);
    // Evaluated at compile time: a wrong answer fails the build.
    const { assert!(STATUS.is_client_error() && !STATUS.is_server_error()) };
    const {
        assert!(matches!(
            HttpStatus::from_name("REQUEST_ENTITY_TOO_LARGE"),
            Some(HttpStatus::CONTENT_TOO_LARGE)
        ))
    };
    assert_eq!(OF, Some(StatusClass::SERVER_ERROR));
    assert_eq!(FIRST, HttpStatus::CONTINUE);
    assert_eq!(LAST, HttpStatus::NETWORK_AUTHENTICATION_REQUIRED);
}

#[test]
fn from_code_of_unregistered_codes() {
    for code in [
        0, 1, 99, 104, 199, 209, 306, 309, 419, 420, 427, 499, 509, 512, 599, 600, 999, 65535,
    ] {
        assert_eq!(HttpStatus::from_code(code), None, "from_code({code})");
    }
}

#[test]
fn from_code_of_every_u16() {
    let registered: HashSet<u16> = HttpStatus::iter().map(u16::from).collect();
    assert_eq!(registered.len(), 62);
    for code in 0..=u16::MAX {
        match HttpStatus::from_code(code) {
            Some(status) => assert_eq!(status.code(), code),
            None => assert!(!registered.contains(&code), "from_code({code}) is None"),
        }
    }
}

#[track_caller]
fn name_case(name: &str, expected: Option<HttpStatus>) {
    assert_eq!(HttpStatus::from_name(name), expected, "from_name({name:?})");
}

#[test]
#[rustfmt::skip] // A table: one case per line.
fn from_name() {
    name_case("NOT_FOUND", Some(HttpStatus::NOT_FOUND));
    name_case("OK", Some(HttpStatus::OK));
    name_case("CONTENT_TOO_LARGE", Some(HttpStatus::CONTENT_TOO_LARGE));
    name_case("IM_A_TEAPOT", Some(HttpStatus::IM_A_TEAPOT));
    name_case("NETWORK_AUTHENTICATION_REQUIRED", Some(HttpStatus::NETWORK_AUTHENTICATION_REQUIRED));
    // Aliases: Python 3.13's old names.
    name_case("REQUEST_ENTITY_TOO_LARGE", Some(HttpStatus::CONTENT_TOO_LARGE));
    name_case("REQUEST_URI_TOO_LONG", Some(HttpStatus::URI_TOO_LONG));
    name_case("REQUESTED_RANGE_NOT_SATISFIABLE", Some(HttpStatus::RANGE_NOT_SATISFIABLE));
    name_case("UNPROCESSABLE_ENTITY", Some(HttpStatus::UNPROCESSABLE_CONTENT));
    // Exact and case-sensitive, like `HTTPStatus['NOT_FOUND']`.
    name_case("not_found", None);
    name_case("Not_Found", None);
    name_case("NOT_FOUNd", None);
    name_case("ok", None);
    name_case("request_entity_too_large", None);
    name_case("", None);
    name_case(" NOT_FOUND", None);
    name_case("NOT_FOUND ", None);
    name_case("NOT_FOUN", None);
    name_case("NOT_FOUNDX", None);
    name_case("NOT FOUND", None);
    // Phrases, codes, class names and generated items are not names.
    name_case("Not Found", None);
    name_case("404", None);
    name_case("CLIENT_ERROR", None);
    name_case("ALL", None);
    name_case("COUNT", None);
    name_case("HttpStatus::NOT_FOUND", None);
}

#[test]
fn aliases_are_consts_of_their_entry() {
    assert_eq!(
        HttpStatus::REQUEST_ENTITY_TOO_LARGE,
        HttpStatus::CONTENT_TOO_LARGE
    );
    assert_eq!(HttpStatus::REQUEST_URI_TOO_LONG, HttpStatus::URI_TOO_LONG);
    assert_eq!(
        HttpStatus::REQUESTED_RANGE_NOT_SATISFIABLE,
        HttpStatus::RANGE_NOT_SATISFIABLE
    );
    assert_eq!(
        HttpStatus::UNPROCESSABLE_ENTITY,
        HttpStatus::UNPROCESSABLE_CONTENT
    );
    // An alias shows the canonical name.
    assert_eq!(
        HttpStatus::REQUEST_ENTITY_TOO_LARGE.name(),
        "CONTENT_TOO_LARGE"
    );
    assert_eq!(
        format!("{:?}", HttpStatus::UNPROCESSABLE_ENTITY),
        "UNPROCESSABLE_CONTENT"
    );
    assert_eq!(
        HttpStatus::REQUEST_URI_TOO_LONG.to_string(),
        "414 URI Too Long"
    );
    assert_eq!(HttpStatus::REQUESTED_RANGE_NOT_SATISFIABLE.code(), 416);
}

fn advice(status: HttpStatus) -> &'static str {
    match status {
        HttpStatus::REQUEST_ENTITY_TOO_LARGE => "send less",
        HttpStatus::UNPROCESSABLE_ENTITY | HttpStatus::BAD_REQUEST => "fix the request",
        HttpStatus::NOT_FOUND => "check the URI",
        _ => "",
    }
}

#[test]
fn match_on_alias_consts() {
    assert_eq!(advice(HttpStatus::CONTENT_TOO_LARGE), "send less");
    assert_eq!(advice(HttpStatus::UNPROCESSABLE_CONTENT), "fix the request");
    assert_eq!(advice(HttpStatus::BAD_REQUEST), "fix the request");
    assert_eq!(advice(HttpStatus::NOT_FOUND), "check the URI");
    assert_eq!(advice(HttpStatus::URI_TOO_LONG), "");
    assert_eq!(advice(HttpStatus::OK), "");
}

#[test]
fn display_and_debug() {
    assert_eq!(HttpStatus::NOT_FOUND.to_string(), "404 Not Found");
    assert_eq!(HttpStatus::OK.to_string(), "200 OK");
    assert_eq!(HttpStatus::IM_A_TEAPOT.to_string(), "418 I'm a Teapot");
    assert_eq!(
        HttpStatus::NON_AUTHORITATIVE_INFORMATION.to_string(),
        "203 Non-Authoritative Information"
    );
    assert_eq!(
        format!("{}", HttpStatus::HTTP_VERSION_NOT_SUPPORTED),
        "505 HTTP Version Not Supported"
    );
    assert_eq!(format!("{:?}", HttpStatus::NOT_FOUND), "NOT_FOUND");
    assert_eq!(format!("{:#?}", HttpStatus::NOT_FOUND), "NOT_FOUND");
    assert_eq!(format!("{:?}", Some(HttpStatus::OK)), "Some(OK)");
    assert_eq!(
        format!("{:?}", [HttpStatus::CONTINUE, HttpStatus::GONE]),
        "[CONTINUE, GONE]"
    );
}

#[track_caller]
fn parses(input: &str, expected: HttpStatus) {
    assert_eq!(input.parse::<HttpStatus>(), Ok(expected), "{input:?}");
}

#[track_caller]
fn rejects(input: &str, kind: ParseErrorKind<u16>, message: &str) {
    let error: ParseError<HttpStatus> = input.parse::<HttpStatus>().unwrap_err();
    assert_eq!(error.kind(), kind, "{input:?}");
    assert_eq!(error.to_string(), message, "{input:?}");
    assert_eq!(error, ParseError::new(kind));
}

#[test]
#[rustfmt::skip] // A table: one case per line.
fn from_str() {
    parses("404", HttpStatus::NOT_FOUND);
    parses("100", HttpStatus::CONTINUE);
    parses("511", HttpStatus::NETWORK_AUTHENTICATION_REQUIRED);
    parses("NOT_FOUND", HttpStatus::NOT_FOUND);
    parses("REQUEST_ENTITY_TOO_LARGE", HttpStatus::CONTENT_TOO_LARGE);
    parses("UNPROCESSABLE_ENTITY", HttpStatus::UNPROCESSABLE_CONTENT);
    // A code is read as Rust's integer `FromStr` reads it: a plus sign and leading zeros pass.
    parses("+404", HttpStatus::NOT_FOUND);
    parses("0404", HttpStatus::NOT_FOUND);

    rejects("", ParseErrorKind::Empty, "an empty string is neither a code nor a name of HttpStatus");
    rejects("abc", ParseErrorKind::UnknownName, "not the name of an entry or alias of HttpStatus (names are exact and case-sensitive)");
    rejects("not_found", ParseErrorKind::UnknownName, "not the name of an entry or alias of HttpStatus (names are exact and case-sensitive)");
    rejects("499", ParseErrorKind::UnknownCode(499), "499 is not a registered HttpStatus code");
    rejects("0", ParseErrorKind::UnknownCode(0), "0 is not a registered HttpStatus code");
    rejects("65535", ParseErrorKind::UnknownCode(65535), "65535 is not a registered HttpStatus code");
    rejects("70000", ParseErrorKind::OutOfRange, "HttpStatus code out of range: codes are u16 (0..=65535)");
    rejects("65536", ParseErrorKind::OutOfRange, "HttpStatus code out of range: codes are u16 (0..=65535)");
    rejects("4x4", ParseErrorKind::InvalidCode, "invalid HttpStatus code: expected a decimal integer");
    // What `Display` writes parses back; the phrase must then be the entry's.
    parses("404 Not Found", HttpStatus::NOT_FOUND);
    parses("418 I'm a Teapot", HttpStatus::IM_A_TEAPOT);
    rejects("404 not found", ParseErrorKind::WrongPhrase(404), "the phrase after 404 is not its HttpStatus phrase, `Not Found`");
    rejects("404 ", ParseErrorKind::WrongPhrase(404), "the phrase after 404 is not its HttpStatus phrase, `Not Found`");
    rejects("499 Client Closed Request", ParseErrorKind::UnknownCode(499), "499 is not a registered HttpStatus code");
    rejects("4x4 Not Found", ParseErrorKind::InvalidCode, "invalid HttpStatus code: expected a decimal integer");
    rejects("+", ParseErrorKind::InvalidCode, "invalid HttpStatus code: expected a decimal integer");
    rejects("0x194", ParseErrorKind::InvalidCode, "invalid HttpStatus code: expected a decimal integer");
    // A negative number is a number, out of an unsigned repr's range; `-0` is zero.
    rejects("-1", ParseErrorKind::OutOfRange, "HttpStatus code out of range: codes are u16 (0..=65535)");
    rejects("-0", ParseErrorKind::UnknownCode(0), "0 is not a registered HttpStatus code");
    rejects("-", ParseErrorKind::InvalidCode, "invalid HttpStatus code: expected a decimal integer");
}

#[test]
fn parse_error_is_an_error() {
    let error = "499".parse::<HttpStatus>().unwrap_err();
    let dynamic: &dyn std::error::Error = &error;
    assert_eq!(
        dynamic.to_string(),
        "499 is not a registered HttpStatus code"
    );
    assert_eq!(
        format!("{error:?}"),
        "ParseError { registry: \"HttpStatus\", kind: UnknownCode(499) }"
    );
    let copy = error;
    assert_eq!(copy, error);
    assert_ne!(error, "498".parse::<HttpStatus>().unwrap_err());
}

#[test]
fn try_from_u16() {
    assert_eq!(HttpStatus::try_from(404), Ok(HttpStatus::NOT_FOUND));
    let ok: Result<HttpStatus, _> = 200u16.try_into();
    assert_eq!(ok, Ok(HttpStatus::OK));
    for code in [0, 99, 306, 499, 600, 65535] {
        let error: UnknownCode<HttpStatus> = HttpStatus::try_from(code).unwrap_err();
        assert_eq!(error.code(), code);
        assert_eq!(
            error.to_string(),
            format!("{code} is not a registered HttpStatus code")
        );
        assert_eq!(error, UnknownCode::new(code));
    }
    let error = HttpStatus::try_from(499).unwrap_err();
    assert_eq!(
        format!("{error:?}"),
        "UnknownCode { registry: \"HttpStatus\", code: 499 }"
    );
    let dynamic: &dyn std::error::Error = &error;
    assert_eq!(
        dynamic.to_string(),
        "499 is not a registered HttpStatus code"
    );
}

#[test]
fn into_u16() {
    assert_eq!(u16::from(HttpStatus::NOT_FOUND), 404);
    let code: u16 = HttpStatus::GATEWAY_TIMEOUT.into();
    assert_eq!(code, 504);
    let codes: Vec<u16> = HttpStatus::iter().map(Into::into).collect();
    assert_eq!(codes.first(), Some(&100));
    assert_eq!(codes.last(), Some(&511));
}

#[test]
fn compares_with_u16_both_ways() {
    assert!(HttpStatus::OK == 200u16);
    assert!(200u16 == HttpStatus::OK);
    assert!(HttpStatus::OK != 201u16);
    assert!(201u16 != HttpStatus::OK);
    assert!(HttpStatus::NOT_FOUND < 500u16);
    assert!(HttpStatus::NOT_FOUND > 403u16);
    assert!(HttpStatus::NOT_FOUND <= 404u16);
    assert!(HttpStatus::NOT_FOUND >= 404u16);
    assert!(500u16 > HttpStatus::NOT_FOUND);
    assert!(403u16 < HttpStatus::NOT_FOUND);
    assert_eq!(
        HttpStatus::NOT_FOUND.partial_cmp(&404u16),
        Some(Ordering::Equal)
    );
    assert_eq!(
        404u16.partial_cmp(&HttpStatus::NOT_FOUND),
        Some(Ordering::Equal)
    );
    assert_eq!(
        399u16.partial_cmp(&HttpStatus::BAD_REQUEST),
        Some(Ordering::Less)
    );
    assert_eq!(
        HttpStatus::BAD_REQUEST.partial_cmp(&399u16),
        Some(Ordering::Greater)
    );
    for status in HttpStatus::iter() {
        for code in [0, 99, 200, 404, 499, 511, 600, 65535] {
            assert_eq!(status == code, status.code() == code);
            assert_eq!(code == status, status.code() == code);
            assert_eq!(status.partial_cmp(&code), Some(status.code().cmp(&code)));
            assert_eq!(code.partial_cmp(&status), Some(code.cmp(&status.code())));
        }
    }
}

#[test]
fn ord_is_by_code() {
    // A fixed shuffle of ALL: 17 is coprime with 62, so i * 17 % 62 visits every index once.
    let mut shuffled: Vec<HttpStatus> = (0..HttpStatus::COUNT)
        .map(|i| HttpStatus::ALL[i * 17 % HttpStatus::COUNT])
        .collect();
    assert_ne!(shuffled, HttpStatus::ALL);
    shuffled.sort();
    let codes: Vec<u16> = shuffled.iter().map(|status| status.code()).collect();
    let mut sorted_codes = codes.clone();
    sorted_codes.sort_unstable();
    sorted_codes.dedup();
    assert_eq!(codes, sorted_codes, "sorted by code, each once");
    assert_eq!(codes.len(), 62);
    assert_eq!(shuffled.first(), Some(&HttpStatus::CONTINUE));
    assert_eq!(
        shuffled.last(),
        Some(&HttpStatus::NETWORK_AUTHENTICATION_REQUIRED)
    );

    let mut reversed = HttpStatus::ALL.to_vec();
    reversed.reverse();
    reversed.sort_by(|a, b| b.cmp(a));
    assert_eq!(
        reversed.first(),
        Some(&HttpStatus::NETWORK_AUTHENTICATION_REQUIRED)
    );

    assert!(HttpStatus::OK < HttpStatus::NOT_FOUND);
    assert!(HttpStatus::GONE > HttpStatus::CONFLICT);
    assert_eq!(
        HttpStatus::CONTENT_TOO_LARGE.cmp(&HttpStatus::REQUEST_ENTITY_TOO_LARGE),
        Ordering::Equal
    );
    assert_eq!(
        HttpStatus::iter().max(),
        Some(HttpStatus::NETWORK_AUTHENTICATION_REQUIRED)
    );
    assert_eq!(HttpStatus::iter().min(), Some(HttpStatus::CONTINUE));
    for a in HttpStatus::iter() {
        for b in HttpStatus::iter() {
            assert_eq!(a.cmp(&b), a.code().cmp(&b.code()), "{a:?} {b:?}");
            assert_eq!(a.partial_cmp(&b), Some(a.code().cmp(&b.code())));
            assert_eq!(a == b, a.code() == b.code());
        }
    }
}

#[test]
fn hash_and_eq() {
    let set: HashSet<HttpStatus> = HttpStatus::iter().collect();
    assert_eq!(set.len(), 62);
    assert!(set.contains(&HttpStatus::REQUEST_ENTITY_TOO_LARGE));
    let mut with_alias = set.clone();
    assert!(!with_alias.insert(HttpStatus::UNPROCESSABLE_ENTITY));
}

#[test]
fn type_properties() {
    fn traits<
        T: Copy
            + Send
            + Sync
            + Eq
            + Ord
            + std::hash::Hash
            + std::fmt::Debug
            + std::fmt::Display
            + 'static,
    >() {
    }
    traits::<HttpStatus>();
    traits::<StatusClass>();
    assert_eq!(std::mem::size_of::<HttpStatus>(), 2);
}

/// The class of a code as RFC 9110 defines it: by its first digit.
fn expected_class(code: u16) -> Option<StatusClass> {
    match code / 100 {
        1 => Some(StatusClass::INFORMATIONAL),
        2 => Some(StatusClass::SUCCESS),
        3 => Some(StatusClass::REDIRECTION),
        4 => Some(StatusClass::CLIENT_ERROR),
        5 => Some(StatusClass::SERVER_ERROR),
        _ => None,
    }
}

#[test]
fn class_and_predicates_of_every_entry() {
    for status in HttpStatus::iter() {
        let class = status.class();
        assert_eq!(Some(class), expected_class(status.code()), "{status:?}");
        assert_eq!(StatusClass::of(status.code()), Some(class));
        assert!(class.contains(status.code()));
        let predicates = [
            (StatusClass::INFORMATIONAL, status.is_informational()),
            (StatusClass::SUCCESS, status.is_success()),
            (StatusClass::REDIRECTION, status.is_redirection()),
            (StatusClass::CLIENT_ERROR, status.is_client_error()),
            (StatusClass::SERVER_ERROR, status.is_server_error()),
        ];
        let true_ones: Vec<StatusClass> = predicates
            .iter()
            .filter(|(_, is)| *is)
            .map(|(c, _)| *c)
            .collect();
        assert_eq!(true_ones, [class], "{status:?}");
    }
}

/// Python 3.12's `HTTPStatus.is_success` and the others test exactly these ranges.
#[test]
fn predicates_are_python_312s() {
    for status in HttpStatus::iter() {
        let code = status.code();
        assert_eq!(
            status.is_informational(),
            (100..=199).contains(&code),
            "{status:?}"
        );
        assert_eq!(
            status.is_success(),
            (200..=299).contains(&code),
            "{status:?}"
        );
        assert_eq!(
            status.is_redirection(),
            (300..=399).contains(&code),
            "{status:?}"
        );
        assert_eq!(
            status.is_client_error(),
            (400..=499).contains(&code),
            "{status:?}"
        );
        assert_eq!(
            status.is_server_error(),
            (500..=599).contains(&code),
            "{status:?}"
        );
    }
    assert!(HttpStatus::EARLY_HINTS.is_informational());
    assert!(HttpStatus::IM_USED.is_success());
    assert!(HttpStatus::PERMANENT_REDIRECT.is_redirection());
    assert!(HttpStatus::UNAVAILABLE_FOR_LEGAL_REASONS.is_client_error());
    assert!(HttpStatus::NETWORK_AUTHENTICATION_REQUIRED.is_server_error());
    assert!(!HttpStatus::NOT_FOUND.is_success());
    assert!(!HttpStatus::NOT_FOUND.is_server_error());
}

#[track_caller]
fn class_case(class: StatusClass, lo: u16, hi: u16, name: &str, phrase: &str) {
    assert_eq!(class.range(), lo..=hi);
    assert_eq!(class.name(), name);
    assert_eq!(class.phrase(), phrase);
    assert_eq!(class.to_string(), phrase);
    assert_eq!(format!("{class:?}"), name);
    for code in [lo, lo + 1, hi - 1, hi] {
        assert!(class.contains(code), "{name} contains {code}");
        assert_eq!(StatusClass::of(code), Some(class), "of({code})");
    }
    assert!(!class.contains(lo - 1));
    assert!(!class.contains(hi + 1));
    assert_eq!(
        StatusClass::ALL
            .iter()
            .filter(|other| **other == class)
            .count(),
        1
    );
}

#[test]
#[rustfmt::skip] // A table: one case per line.
fn status_classes() {
    class_case(StatusClass::INFORMATIONAL, 100, 199, "INFORMATIONAL", "Informational");
    class_case(StatusClass::SUCCESS, 200, 299, "SUCCESS", "Success");
    class_case(StatusClass::REDIRECTION, 300, 399, "REDIRECTION", "Redirection");
    class_case(StatusClass::CLIENT_ERROR, 400, 499, "CLIENT_ERROR", "Client Error");
    class_case(StatusClass::SERVER_ERROR, 500, 599, "SERVER_ERROR", "Server Error");
    assert_eq!(
        StatusClass::ALL,
        [
            StatusClass::INFORMATIONAL,
            StatusClass::SUCCESS,
            StatusClass::REDIRECTION,
            StatusClass::CLIENT_ERROR,
            StatusClass::SERVER_ERROR,
        ]
    );
    assert!(StatusClass::INFORMATIONAL < StatusClass::SERVER_ERROR);
    assert!(StatusClass::CLIENT_ERROR > StatusClass::SUCCESS);
}

#[test]
fn status_class_of_every_u16() {
    for code in [0, 1, 99, 600, 999, 65535] {
        assert_eq!(StatusClass::of(code), None, "of({code})");
    }
    for code in 0..=u16::MAX {
        let class = StatusClass::of(code);
        assert_eq!(class, expected_class(code), "of({code})");
        for other in StatusClass::ALL {
            assert_eq!(
                other.contains(code),
                class == Some(*other),
                "{other:?} contains {code}"
            );
        }
    }
}

#[test]
fn iter_is_all() {
    let all: Vec<HttpStatus> = HttpStatus::iter().collect();
    assert_eq!(all, HttpStatus::ALL);
    assert_eq!(HttpStatus::iter().len(), HttpStatus::COUNT);
    assert_eq!(HttpStatus::iter().next(), Some(HttpStatus::CONTINUE));
    assert_eq!(
        HttpStatus::iter().next_back(),
        Some(HttpStatus::NETWORK_AUTHENTICATION_REQUIRED)
    );
    assert_eq!(HttpStatus::iter().nth(4), Some(HttpStatus::OK));
    assert_eq!(
        <HttpStatus as Registry>::iter().collect::<Vec<_>>(),
        HttpStatus::ALL
    );
}

/// What generic code over any registry can do: look up, convert, format and parse.
fn check_registry<R: Registry>() -> Vec<String> {
    assert_eq!(R::COUNT, R::ALL.len());
    assert_eq!(R::iter().count(), R::COUNT);
    let mut lines = Vec::new();
    for status in R::iter() {
        let code = status.code();
        assert_eq!(R::from_code(code), Some(status));
        assert_eq!(R::from_name(status.name()), Some(status));
        assert_eq!(R::try_from(code).ok(), Some(status));
        let into: R::Repr = status.into();
        assert_eq!(into, code);
        assert_eq!(code.to_string().parse::<R>(), Ok(status));
        assert_eq!(status.name().parse::<R>(), Ok(status));
        assert_eq!(status.to_string(), format!("{code} {}", status.phrase()));
        assert_eq!(format!("{status:?}"), status.name());
        lines.push(format!(
            "{} {} {:?}",
            R::TYPE_NAME,
            status,
            status.reference()
        ));
    }
    lines
}

fn lookup<R: Registry>(input: &str) -> Result<(R::Repr, &'static str), String> {
    input
        .parse::<R>()
        .map(|status| (status.code(), status.phrase()))
        .map_err(|error| error.to_string())
}

#[test]
fn registry_trait_generically() {
    let lines = check_registry::<HttpStatus>();
    assert_eq!(lines.len(), 62);
    assert_eq!(
        lines[0],
        "HttpStatus 100 Continue Some(\"RFC9110, Section 15.2.1\")"
    );
    assert_eq!(<HttpStatus as CodeType>::TYPE_NAME, "HttpStatus");
    assert_eq!(<HttpStatus as Registry>::COUNT, 62);
    assert_eq!(<HttpStatus as Registry>::ALL, HttpStatus::ALL);
    assert_eq!(
        <HttpStatus as CodeType>::from_name("REQUEST_URI_TOO_LONG"),
        Some(HttpStatus::URI_TOO_LONG)
    );
    assert_eq!(<HttpStatus as CodeType>::from_code(306), None);
    assert_eq!(lookup::<HttpStatus>("404"), Ok((404, "Not Found")));
    assert_eq!(
        lookup::<HttpStatus>("REQUESTED_RANGE_NOT_SATISFIABLE"),
        Ok((416, "Range Not Satisfiable"))
    );
    assert_eq!(
        lookup::<HttpStatus>("306"),
        Err("306 is not a registered HttpStatus code".to_owned())
    );
}

#[test]
fn display_parses_back_and_pads() {
    for status in HttpStatus::iter() {
        assert_eq!(
            status.to_string().parse::<HttpStatus>(),
            Ok(status),
            "{status}"
        );
    }
    assert_eq!(format!("[{:>12}]", HttpStatus::OK), "[      200 OK]");
    assert_eq!(format!("[{:<12}]", HttpStatus::OK), "[200 OK      ]");
    assert_eq!(format!("[{:*^12}]", HttpStatus::OK), "[***200 OK***]");
    assert_eq!(format!("[{:3}]", HttpStatus::OK), "[200 OK]");
    assert_eq!(format!("[{:>11?}]", HttpStatus::OK), "[         OK]");
    assert_eq!(format!("[{:<8}]", StatusClass::SUCCESS), "[Success ]");
}

#[test]
fn runtime_properties() {
    status_registry_suite::properties::check_registry::<HttpStatus>(&[
        ("REQUEST_ENTITY_TOO_LARGE", HttpStatus::CONTENT_TOO_LARGE),
        ("REQUEST_URI_TOO_LONG", HttpStatus::URI_TOO_LONG),
        (
            "REQUESTED_RANGE_NOT_SATISFIABLE",
            HttpStatus::RANGE_NOT_SATISFIABLE,
        ),
        ("UNPROCESSABLE_ENTITY", HttpStatus::UNPROCESSABLE_CONTENT),
    ]);
    status_registry_suite::properties::check_classes::<HttpStatus>(&[
        (StatusClass::INFORMATIONAL, HttpStatus::is_informational),
        (StatusClass::SUCCESS, HttpStatus::is_success),
        (StatusClass::REDIRECTION, HttpStatus::is_redirection),
        (StatusClass::CLIENT_ERROR, HttpStatus::is_client_error),
        (StatusClass::SERVER_ERROR, HttpStatus::is_server_error),
    ]);
}

#[test]
fn aliases_are_python_3_13_s_old_names_with_their_entries() {
    let aliases: Vec<(&str, HttpStatus)> = <HttpStatus as Registry>::aliases().collect();
    assert_eq!(
        aliases,
        [
            ("REQUEST_ENTITY_TOO_LARGE", HttpStatus::CONTENT_TOO_LARGE),
            ("REQUEST_URI_TOO_LONG", HttpStatus::URI_TOO_LONG),
            (
                "REQUESTED_RANGE_NOT_SATISFIABLE",
                HttpStatus::RANGE_NOT_SATISFIABLE
            ),
            ("UNPROCESSABLE_ENTITY", HttpStatus::UNPROCESSABLE_CONTENT),
        ]
    );
    for (alias, status) in aliases {
        assert_eq!(HttpStatus::from_name(alias), Some(status));
    }
}
