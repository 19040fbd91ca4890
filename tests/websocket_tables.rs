//! The `websocket` registry against its sources, field by field: IANA's WebSocket Close Code
//! Number Registry (`tests/data/iana_websocket_close_codes.tsv`), the ranges of RFC 6455,
//! section 7.4.2 (`tests/data/rfc6455_close_code_ranges.tsv`); the predicates against the RFC's
//! lists; and the `tungstenite` conversions over every `u16`, against tungstenite's own table
//! (`tests/data/tungstenite_close_codes.tsv`).

use status_registry::websocket::{CloseClass, CloseCode, CloseStatus};
use status_registry_suite::{field, iana_citation, tsv_rows};
use tungstenite::protocol::frame::coding::CloseCode as Tungstenite;

const IANA: &str = include_str!("data/iana_websocket_close_codes.tsv");
const RANGES: &str = include_str!("data/rfc6455_close_code_ranges.tsv");
const TUNGSTENITE: &str = include_str!("data/tungstenite_close_codes.tsv");

/// `LO-HI` or a single code, as the tables write them.
#[track_caller]
fn range_of(text: &str) -> std::ops::RangeInclusive<u16> {
    let (lo, hi) = text.split_once('-').unwrap_or((text, text));
    lo.parse().unwrap()..=hi.parse().unwrap()
}

#[test]
fn every_entry_is_ianas_field_by_field() {
    let rows = tsv_rows(IANA);
    assert_eq!(rows.len(), 19);
    let codes: Vec<u16> = rows
        .iter()
        .map(|row| field(row, "code").parse().unwrap())
        .collect();
    let ours: Vec<u16> = CloseStatus::iter().map(CloseStatus::code).collect();
    assert_eq!(ours, codes, "the registry's codes, in IANA's order");
    for row in &rows {
        let code: u16 = field(row, "code").parse().unwrap();
        let status = CloseStatus::from_code(code).unwrap();
        let meaning = field(row, "name");
        if code == 1014 {
            // IANA's meaning is a sentence: the description; the phrase is the common name.
            assert_eq!(status.phrase(), "Bad Gateway");
            assert_eq!(status.description(), meaning);
        } else {
            assert_eq!(status.phrase(), meaning, "{status:?}");
            // The name is the meaning in capitals, words joined by `_`, the `.` of
            // "Mandatory Ext." dropped.
            let name = meaning.to_uppercase().replace(' ', "_").replace('.', "");
            assert_eq!(status.name(), name, "{status:?}");
        }
        assert_eq!(
            status.reference().map(str::to_owned),
            iana_citation(field(row, "reference")),
            "{status:?}"
        );
    }
}

#[test]
fn classes_are_the_rfcs_ranges() {
    let rows = tsv_rows(RANGES);
    assert_eq!(rows.len(), 4);
    let ranges: Vec<_> = rows
        .iter()
        .map(|row| range_of(field(row, "range")))
        .collect();
    let ours: Vec<_> = CloseClass::ALL.iter().map(|class| class.range()).collect();
    // The RFC's four ranges, then what lies above them, up to the largest `u16`.
    assert_eq!(ours[..4], ranges[..]);
    assert_eq!(ours[4], 5000..=u16::MAX);
    for code in [0, 999, 1000, 2999, 3000, 3999, 4000, 4999, 5000, u16::MAX] {
        let class = CloseCode::from_u16(code).class().unwrap();
        assert!(class.contains(code), "{code}");
        assert_eq!(CloseClass::of(code), Some(class));
    }
    assert!(CloseStatus::NORMAL_CLOSURE.is_protocol());
    assert!(CloseStatus::TIMEOUT.is_registered());
    assert!(CloseCode::from_u16(4000).is_private_use());
    assert!(CloseCode::from_u16(700).is_not_used());
    assert!(CloseCode::from_u16(5000).is_undefined());
}

/// The codes that RFC 6455, section 7.4.1, says "MUST NOT be set as a status code in a Close
/// control frame by an endpoint".
const MUST_NOT_BE_SET: [u16; 3] = [1005, 1006, 1015];

#[test]
fn may_send_is_the_rfcs() {
    let iana: Vec<u16> = tsv_rows(IANA)
        .iter()
        .map(|row| field(row, "code").parse().unwrap())
        .collect();
    for code in 0..=u16::MAX {
        let expected = match code {
            // Registered for the protocol, but for "Reserved" and the three above.
            1000..=2999 => iana.contains(&code) && code != 1004 && !MUST_NOT_BE_SET.contains(&code),
            3000..=4999 => true,
            _ => false,
        };
        assert_eq!(CloseCode::from_u16(code).may_send(), expected, "{code}");
    }
    for status in CloseStatus::iter() {
        assert_eq!(status.may_send(), CloseCode::from(status).may_send());
    }
    assert!(CloseStatus::BAD_GATEWAY.may_send());
    assert!(!CloseStatus::RESERVED.may_send());
}

#[test]
fn may_receive_is_the_rfcs() {
    for code in 0..=u16::MAX {
        let expected = (1000..=4999).contains(&code) && !MUST_NOT_BE_SET.contains(&code);
        assert_eq!(CloseCode::from_u16(code).may_receive(), expected, "{code}");
        // What an endpoint may send, it may receive.
        if CloseCode::from_u16(code).may_send() {
            assert!(CloseCode::from_u16(code).may_receive(), "{code}");
        }
    }
    for status in CloseStatus::iter() {
        assert_eq!(status.may_receive(), CloseCode::from(status).may_receive());
    }
}

#[test]
fn every_u16_survives_tungstenite_both_ways() {
    for code in 0..=u16::MAX {
        let ours = CloseCode::from_u16(code);
        let theirs = Tungstenite::from(ours);
        assert_eq!(theirs, Tungstenite::from(code), "{code}");
        assert_eq!(u16::from(theirs), code);
        assert_eq!(CloseCode::from(theirs), ours);
        assert_eq!(CloseCode::from(Tungstenite::from(code)).code(), code);
    }
    for status in CloseStatus::iter() {
        assert_eq!(Tungstenite::from(status), Tungstenite::from(status.code()));
    }
}

#[test]
fn where_tungstenite_and_the_rfc_differ() {
    let rows = tsv_rows(TUNGSTENITE);
    assert_eq!(rows.len(), 22);
    let mut covered = 0u32;
    let mut differ = Vec::new();
    for row in &rows {
        let allowed: bool = field(row, "is_allowed").parse().unwrap();
        for code in range_of(field(row, "code")) {
            covered += 1;
            let theirs = Tungstenite::from(code);
            assert_eq!(theirs.is_allowed(), allowed, "tungstenite's table, {code}");
            if CloseCode::from_u16(code).may_receive() != allowed {
                differ.push(code);
            }
        }
    }
    assert_eq!(covered, 1 << 16, "the table covers every u16 once");
    // Tungstenite rejects 1004, 1014 (registered by IANA) and 1016..=2999, which the RFC
    // reserves for its revisions and extensions; it agrees on every other code.
    let expected: Vec<u16> = [1004, 1014].into_iter().chain(1016..=2999).collect();
    assert_eq!(differ, expected);
}
