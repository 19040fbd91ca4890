//! `StatusCode`, the open code type of `HttpStatus`: every code of 100..=999 without loss, and
//! RFC 9110's rule for the codes a client does not know.

use status_registry::http::{HttpStatus, StatusClass, StatusCode};
use status_registry::{CodeType, OpenCode, ParseErrorKind, Registry, UnknownCode};

/// What RFC 9110, section 15 says a client must understand `code` as, computed from the table
/// rather than from `StatusCode`.
fn rfc9110_meaning(code: u16) -> HttpStatus {
    HttpStatus::ALL
        .iter()
        .copied()
        .find(|status| status.code() == code)
        .unwrap_or(match code / 100 {
            1 => HttpStatus::CONTINUE,
            2 => HttpStatus::OK,
            3 => HttpStatus::MULTIPLE_CHOICES,
            4 => HttpStatus::BAD_REQUEST,
            _ => HttpStatus::INTERNAL_SERVER_ERROR,
        })
}

#[test]
fn every_code_of_the_window_round_trips() {
    for code in 100..=999u16 {
        let status = StatusCode::new(code).unwrap_or_else(|| panic!("{code} is in the window"));
        assert_eq!(status.code(), code);
        assert_eq!(u16::from(status), code);
        assert_eq!(StatusCode::try_from(code), Ok(status));
        assert_eq!(status, code);
        assert_eq!(code, status);
        let shown = status.to_string();
        assert_eq!(shown.parse::<StatusCode>(), Ok(status), "{shown}");
        assert_eq!(code.to_string().parse::<StatusCode>(), Ok(status));
        assert_eq!(format!("{status:?}"), format!("StatusCode({code})"));
        // `phrase` reads its own table, not `known()`: the two must agree on every code.
        let known = HttpStatus::from_code(code);
        assert_eq!(status.known(), known);
        assert_eq!(status.phrase(), known.map(HttpStatus::phrase), "{code}");
        assert_eq!(status.name(), known.map(HttpStatus::name), "{code}");
    }
    assert_eq!(StatusCode::range(), 100..=999);
}

#[test]
fn codes_outside_the_window_are_rejected_with_the_window() {
    for code in [0, 99, 1000, 4242, u16::MAX] {
        assert_eq!(StatusCode::new(code), None);
        let error: UnknownCode<StatusCode> = StatusCode::try_from(code).unwrap_err();
        assert_eq!(error.code(), code);
        assert_eq!(
            error.to_string(),
            format!("{code} is outside the codes of StatusCode, which are 100..=999")
        );
        let error = code.to_string().parse::<StatusCode>().unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::OutOfRange);
        assert_eq!(
            error.to_string(),
            "StatusCode code out of range: codes are 100..=999"
        );
    }
    assert_eq!(
        "70000".parse::<StatusCode>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
}

/// The other spellings of a code that `FromStr` reads (a sign, leading zeros) take the slow
/// path of a window of three-digit codes, and still read the code.
#[test]
fn codes_spelled_otherwise_parse_to_the_same_code() {
    for (input, code) in [("+404", 404), ("0404", 404), ("00499", 499), ("+0100", 100)] {
        let expected = StatusCode::new(code);
        assert_eq!(input.parse::<StatusCode>().ok(), expected, "{input}");
        assert_eq!(
            StatusCode::from_bytes(input.as_bytes()).ok(),
            expected,
            "{input}"
        );
    }
    for input in ["042", "0042", "+99", "01000"] {
        let error = input.parse::<StatusCode>().unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::OutOfRange, "{input}");
        let error = StatusCode::from_bytes(input.as_bytes()).unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::OutOfRange, "{input}");
    }
}

#[test]
fn every_registered_code_knows_its_status() {
    for status in HttpStatus::iter() {
        let code = StatusCode::from(status);
        assert_eq!(code.code(), status.code());
        assert_eq!(code.known(), Some(status));
        assert_eq!(HttpStatus::try_from(code), Ok(status));
        assert_eq!(code.name(), Some(status.name()));
        assert_eq!(code.phrase(), Some(status.phrase()));
        assert_eq!(code.description(), Some(status.description()));
        assert_eq!(code.to_string(), status.to_string());
        assert_eq!(StatusCode::from_name(status.name()), Some(code));
        assert_eq!(status.name().parse::<StatusCode>(), Ok(code));
        assert_eq!(code, status);
        assert_eq!(status, code);
    }
    let registered = (100..=999u16)
        .filter_map(StatusCode::new)
        .filter(|code| code.known().is_some())
        .count();
    assert_eq!(registered, HttpStatus::COUNT);
}

#[test]
fn unregistered_codes_keep_their_number() {
    let closed = StatusCode::new(499).unwrap();
    assert_eq!(closed.known(), None);
    assert_eq!((closed.name(), closed.phrase()), (None, None));
    assert_eq!(closed.description(), None);
    assert_eq!(closed.to_string(), "499 (unregistered)");
    assert_eq!(format!("[{closed:>20}]"), "[  499 (unregistered)]");
    assert_eq!(
        HttpStatus::try_from(closed).unwrap_err().to_string(),
        "499 is not a registered HttpStatus code"
    );
    assert_eq!(
        "499 Client Closed Request"
            .parse::<StatusCode>()
            .unwrap_err()
            .kind(),
        ParseErrorKind::WrongPhrase(499)
    );
}

#[test]
fn constants_name_every_entry_and_alias() {
    assert_eq!(StatusCode::NOT_FOUND.code(), 404);
    assert_eq!(StatusCode::NOT_FOUND, HttpStatus::NOT_FOUND);
    assert_eq!(
        StatusCode::REQUEST_ENTITY_TOO_LARGE,
        StatusCode::CONTENT_TOO_LARGE
    );
    assert_eq!(StatusCode::UNPROCESSABLE_ENTITY.code(), 422);
    assert_eq!(
        StatusCode::from_name("REQUESTED_RANGE_NOT_SATISFIABLE"),
        Some(StatusCode::RANGE_NOT_SATISFIABLE)
    );
    assert_eq!(StatusCode::from_name("not_found"), None);
    const TEAPOT: StatusCode = StatusCode::IM_A_TEAPOT;
    assert_eq!(TEAPOT.known(), Some(HttpStatus::IM_A_TEAPOT));
}

#[test]
fn classes_and_predicates_agree_for_every_code() {
    for code in 100..=999u16 {
        let status = StatusCode::new(code).unwrap();
        let class = StatusClass::of(code);
        assert_eq!(status.class(), class, "{code}");
        let predicates = [
            (status.is_informational(), StatusClass::INFORMATIONAL),
            (status.is_success(), StatusClass::SUCCESS),
            (status.is_redirection(), StatusClass::REDIRECTION),
            (status.is_client_error(), StatusClass::CLIENT_ERROR),
            (status.is_server_error(), StatusClass::SERVER_ERROR),
        ];
        for (holds, of) in predicates {
            assert_eq!(holds, class == Some(of), "{code} {of:?}");
        }
        assert_eq!(class.is_none(), code >= 600, "{code}");
    }
}

#[test]
fn rfc9110_meaning_of_every_code() {
    for code in 100..=999u16 {
        let status = StatusCode::new(code).unwrap();
        assert_eq!(status.understood_as(), rfc9110_meaning(code), "{code}");
    }
    assert_eq!(
        StatusCode::new(499).unwrap().understood_as(),
        HttpStatus::BAD_REQUEST
    );
    assert_eq!(
        StatusCode::new(520).unwrap().understood_as(),
        HttpStatus::INTERNAL_SERVER_ERROR
    );
    assert_eq!(
        StatusCode::new(799).unwrap().understood_as(),
        HttpStatus::INTERNAL_SERVER_ERROR
    );
    assert_eq!(
        StatusCode::new(226).unwrap().understood_as(),
        HttpStatus::IM_USED
    );
}

#[test]
fn orders_by_code_beside_the_registry_and_the_repr() {
    let mut codes: Vec<StatusCode> = [503, 200, 499, 100, 999]
        .into_iter()
        .filter_map(StatusCode::new)
        .collect();
    codes.sort();
    let sorted: Vec<u16> = codes.iter().map(|code| code.code()).collect();
    assert_eq!(sorted, [100, 200, 499, 503, 999]);
    let closed = StatusCode::new(499).unwrap();
    assert!(closed > HttpStatus::NOT_FOUND && HttpStatus::INTERNAL_SERVER_ERROR > closed);
    assert!(closed < 500u16 && 400u16 < closed);
}

/// The open type through its traits only.
fn describe<O: OpenCode>(code: O::Repr) -> String {
    match O::try_from(code) {
        Ok(open) => match open.known() {
            Some(status) => format!("{} {}", O::TYPE_NAME, status.name()),
            None => format!("{} {open}", O::TYPE_NAME),
        },
        Err(error) => error.to_string(),
    }
}

#[test]
fn works_through_the_open_code_trait() {
    assert_eq!(describe::<StatusCode>(404), "StatusCode NOT_FOUND");
    assert_eq!(describe::<StatusCode>(499), "StatusCode 499 (unregistered)");
    assert_eq!(
        describe::<StatusCode>(1000),
        "1000 is outside the codes of StatusCode, which are 100..=999"
    );
    assert_eq!(
        (
            <StatusCode as CodeType>::MIN_CODE,
            <StatusCode as CodeType>::MAX_CODE
        ),
        (100, 999)
    );
}

#[test]
fn from_bytes_reads_what_from_str_reads_and_rejects_what_is_not_text() {
    assert_eq!(
        StatusCode::from_bytes(b"499").map(StatusCode::code),
        Ok(499)
    );
    assert_eq!(StatusCode::from_bytes(b"404"), Ok(StatusCode::NOT_FOUND));
    assert_eq!(
        StatusCode::from_bytes(b"NOT_FOUND"),
        Ok(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        HttpStatus::from_bytes(b"404 Not Found"),
        Ok(HttpStatus::NOT_FOUND)
    );
    let kind = |result: Result<StatusCode, status_registry::ParseError<StatusCode>>| {
        result.map_err(|error| error.kind())
    };
    assert_eq!(
        kind(StatusCode::from_bytes(b"")),
        Err(ParseErrorKind::Empty)
    );
    assert_eq!(
        kind(StatusCode::from_bytes(b"99")),
        Err(ParseErrorKind::OutOfRange)
    );
    assert_eq!(
        kind(StatusCode::from_bytes(b"4\xff4")),
        Err(ParseErrorKind::InvalidCode)
    );
    assert_eq!(
        kind(StatusCode::from_bytes(b"\xffOK")),
        Err(ParseErrorKind::UnknownName)
    );
    assert_eq!(
        HttpStatus::from_bytes(b"499").unwrap_err().to_string(),
        "499".parse::<HttpStatus>().unwrap_err().to_string()
    );
}

#[test]
fn phrase_of_is_from_code_then_phrase() {
    for code in (0..=1_000).chain([u16::MAX]) {
        assert_eq!(
            HttpStatus::phrase_of(code),
            HttpStatus::from_code(code).map(HttpStatus::phrase),
            "{code}"
        );
    }
    assert_eq!(HttpStatus::phrase_of(404), Some("Not Found"));
    assert_eq!(HttpStatus::phrase_of(499), None);
}
