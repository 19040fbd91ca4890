//! The `http` feature: `HttpStatus` and `StatusCode` convert to and from `http::StatusCode`
//! without loss, over every code `http` accepts (100..=999).
#![deny(warnings)]

use status_registry::{HttpStatus, StatusCode};

#[test]
fn every_code_of_http_converts_both_ways() {
    let mut registered = 0;
    for code in 100..=999_u16 {
        let theirs = http::StatusCode::from_u16(code).unwrap();
        match HttpStatus::from_code(code) {
            Some(ours) => {
                registered += 1;
                assert_eq!(HttpStatus::try_from(theirs), Ok(ours));
                assert_eq!(http::StatusCode::from(ours), theirs);
                assert_eq!(http::StatusCode::from(ours).as_u16(), code);
                assert!(ours == theirs, "HttpStatus == http::StatusCode");
                assert!(theirs == ours, "http::StatusCode == HttpStatus");
            }
            None => {
                let error = HttpStatus::try_from(theirs).unwrap_err();
                assert_eq!(error.code(), code);
                assert_eq!(
                    error.to_string(),
                    format!("{code} is not a registered HttpStatus code")
                );
                assert!(HttpStatus::ALL.iter().all(|&ours| ours != theirs));
            }
        }
    }
    assert_eq!(registered, HttpStatus::COUNT);
}

#[test]
fn every_code_of_http_is_a_status_code_and_back() {
    for code in 100..=999_u16 {
        let theirs = http::StatusCode::from_u16(code).unwrap();
        let ours = StatusCode::from(theirs);
        assert_eq!(ours.code(), code);
        assert_eq!(Some(ours), StatusCode::new(code));
        assert_eq!(http::StatusCode::from(ours), theirs);
        assert!(ours == theirs, "StatusCode == http::StatusCode");
        assert!(theirs == ours, "http::StatusCode == StatusCode");
        assert_eq!(ours.known(), HttpStatus::try_from(theirs).ok());
    }
    assert_eq!(StatusCode::range(), 100..=999);
}

#[test]
fn http_holds_exactly_100_to_999() {
    // So `From<HttpStatus>` is total (every HttpStatus code is in the window), and both ways
    // between `StatusCode` (the same window) and `http::StatusCode`.
    for code in (0..100).chain(1_000..=u16::MAX) {
        assert!(http::StatusCode::from_u16(code).is_err(), "{code}");
    }
    assert!(HttpStatus::ALL
        .iter()
        .all(|status| (100..=999).contains(&status.code())));
}

#[test]
fn named_constants_agree() {
    let pairs = [
        (HttpStatus::CONTINUE, http::StatusCode::CONTINUE),
        (HttpStatus::OK, http::StatusCode::OK),
        (HttpStatus::NO_CONTENT, http::StatusCode::NO_CONTENT),
        (
            HttpStatus::PERMANENT_REDIRECT,
            http::StatusCode::PERMANENT_REDIRECT,
        ),
        (HttpStatus::NOT_FOUND, http::StatusCode::NOT_FOUND),
        (HttpStatus::IM_A_TEAPOT, http::StatusCode::IM_A_TEAPOT),
        // Python 3.13's name and `http`'s older one, for 413 and 422.
        (
            HttpStatus::CONTENT_TOO_LARGE,
            http::StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            HttpStatus::UNPROCESSABLE_ENTITY,
            http::StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            HttpStatus::NETWORK_AUTHENTICATION_REQUIRED,
            http::StatusCode::NETWORK_AUTHENTICATION_REQUIRED,
        ),
    ];
    for (ours, theirs) in pairs {
        assert_eq!(http::StatusCode::from(ours), theirs);
        assert_eq!(HttpStatus::try_from(theirs), Ok(ours));
        assert_eq!(StatusCode::from(theirs), StatusCode::from(ours));
    }
}
