//! The `serde` feature: registries and open code types serialize as their integer code and
//! deserialize from it, or, in a human-readable format, from a string holding the code or a name. JSON is the self-describing,
//! human-readable format here; postcard the binary one that asks for the repr's integer type.
#![deny(warnings)]

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use status_registry::{status_registry, HttpStatus, Registry, StatusCode};

status_registry! {
    /// Every repr's extremes, to check the width serde writes and the range it reads.
    pub enum Narrow: u8 {
        0 ZERO "Zero";
        200 BIG "Big";
        255 TOP "Top";
    }
}

status_registry! {
    /// Negative codes, with classes and an alias.
    pub enum Signed: i8 {
        classes Sign {
            -128..=-1 NEGATIVE "Negative";
            0..=127 NON_NEGATIVE "Non-negative";
        }
        -128 MIN "Minimum";
        -1 MINUS_ONE "Minus One" "One below zero" ["Arithmetic"];
        7 SEVEN "Seven";
        alias LOWEST = MIN;
    }
}

status_registry! {
    /// The widest unsigned codes.
    pub enum Wide: u64 {
        0 ZERO "Zero";
        18_446_744_073_709_551_615 MAX "Maximum";
    }
}

status_registry! {
    /// The widest signed codes.
    pub enum WideSigned: i64 {
        -9_223_372_036_854_775_808 MIN "Minimum";
        9_223_372_036_854_775_807 MAX "Maximum";
    }
}

status_registry! {
    /// 16- and 32-bit codes, and an open code type.
    pub enum Mid: i16 {
        open AnyMid in -1_000..=1_000;
        -300 COLD "Cold";
        300 HOT "Hot";
    }
}

status_registry! {
    /// WebSocket-like private close codes.
    pub enum Close: u32 {
        4000 PRIVATE "Private";
        70_000 FAR "Far";
    }
}

/// Every entry survives JSON and postcard, and JSON writes the bare integer code.
#[track_caller]
fn round_trips<R>()
where
    R: Registry + Serialize + DeserializeOwned,
{
    for &status in R::ALL {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.code().to_string(), "{status:?}");
        assert_eq!(serde_json::from_str::<R>(&json).unwrap(), status);
        let value = serde_json::to_value(status).unwrap();
        assert_eq!(serde_json::from_value::<R>(value).unwrap(), status);
        let bytes = postcard::to_allocvec(&status).unwrap();
        assert_eq!(postcard::from_bytes::<R>(&bytes).unwrap(), status);
    }
}

#[test]
fn every_entry_of_every_repr_round_trips() {
    round_trips::<HttpStatus>();
    round_trips::<Narrow>();
    round_trips::<Signed>();
    round_trips::<Mid>();
    round_trips::<Close>();
    round_trips::<Wide>();
    round_trips::<WideSigned>();
}

#[test]
fn open_codes_round_trip_registered_or_not() {
    for code in [100, 404, 499, 999] {
        let status = StatusCode::new(code).unwrap();
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, code.to_string());
        assert_eq!(serde_json::from_str::<StatusCode>(&json).unwrap(), status);
        let bytes = postcard::to_allocvec(&status).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&code).unwrap());
        assert_eq!(postcard::from_bytes::<StatusCode>(&bytes).unwrap(), status);
    }
    let cold = AnyMid::new(-999).unwrap();
    assert_eq!(serde_json::to_string(&cold).unwrap(), "-999");
    assert_eq!(json::<AnyMid>("-999"), Ok(cold));
    assert_eq!(json::<AnyMid>(r#""COLD""#), Ok(AnyMid::COLD));
    same_bytes(cold, -999_i16);
}

#[test]
fn open_codes_read_names_and_say_their_window() {
    assert_eq!(json(r#""NOT_FOUND""#), Ok(StatusCode::NOT_FOUND));
    assert_eq!(json(r#""499""#), Ok(StatusCode::new(499).unwrap()));
    assert_eq!(
        json::<StatusCode>("1000").unwrap_err(),
        format!(
            "{} at line 1 column 4",
            StatusCode::try_from(1000).unwrap_err()
        )
    );
    assert!(json::<StatusCode>("1000")
        .unwrap_err()
        .contains("StatusCode"));
    assert_eq!(
        json::<StatusCode>("70000"),
        Err(
            "70000 is outside the codes of StatusCode, which are 100..=999 at line 1 column 5"
                .to_owned()
        )
    );
}

/// postcard writes `value` the same way as the status.
#[track_caller]
fn same_bytes<R: Serialize, T: Serialize>(status: R, value: T) {
    assert_eq!(
        postcard::to_allocvec(&status).unwrap(),
        postcard::to_allocvec(&value).unwrap()
    );
}

#[test]
fn binary_formats_get_the_repr_width() {
    // postcard writes `u8`/`i8` as one raw byte and wider integers as (zigzag) varints, so equal
    // bytes show which `serialize_*` the registry called.
    same_bytes(Narrow::BIG, 200_u8);
    assert_eq!(postcard::to_allocvec(&Narrow::BIG).unwrap(), [200]);
    same_bytes(Signed::MINUS_ONE, -1_i8);
    assert_eq!(postcard::to_allocvec(&Signed::MINUS_ONE).unwrap(), [0xff]);
    same_bytes(HttpStatus::NOT_FOUND, 404_u16);
    same_bytes(Mid::COLD, -300_i16);
    same_bytes(Close::FAR, 70_000_u32);
    same_bytes(Wide::MAX, u64::MAX);
    same_bytes(WideSigned::MIN, i64::MIN);
}

#[test]
fn binary_formats_read_the_repr_width() {
    // A `u8` registry reads one byte: 200 as a varint (two bytes) would not be 200.
    assert_eq!(postcard::from_bytes::<Narrow>(&[200]).unwrap(), Narrow::BIG);
    assert_eq!(
        postcard::from_bytes::<HttpStatus>(&postcard::to_allocvec(&404_u16).unwrap()).unwrap(),
        HttpStatus::NOT_FOUND
    );
    assert_eq!(
        postcard::from_bytes::<Signed>(&[0x80]).unwrap(),
        Signed::MIN
    );
}

/// What JSON deserializes from `json`.
#[track_caller]
fn json<R: DeserializeOwned>(json: &str) -> Result<R, String> {
    serde_json::from_str(json).map_err(|error| error.to_string())
}

#[test]
fn json_reads_integers_and_strings_of_codes_and_names() {
    let not_found = Ok(HttpStatus::NOT_FOUND);
    assert_eq!(json("404"), not_found);
    assert_eq!(json(r#""404""#), not_found);
    assert_eq!(json(r#""NOT_FOUND""#), not_found);
    assert_eq!(json(r#""404 Not Found""#), not_found);
    assert_eq!(json(" 404 "), not_found);
    assert_eq!(
        json(r#""REQUEST_ENTITY_TOO_LARGE""#),
        Ok(HttpStatus::CONTENT_TOO_LARGE)
    );
    assert_eq!(json("-128"), Ok(Signed::MIN));
    assert_eq!(json(r#""-1""#), Ok(Signed::MINUS_ONE));
    assert_eq!(json(r#""LOWEST""#), Ok(Signed::MIN));
    assert_eq!(json("18446744073709551615"), Ok(Wide::MAX));
    assert_eq!(json("-9223372036854775808"), Ok(WideSigned::MIN));
}

#[test]
fn unknown_codes_name_the_code_and_the_registry() {
    let unknown = "499 is not a registered HttpStatus code at line 1 column 3";
    assert_eq!(json::<HttpStatus>("499"), Err(unknown.to_owned()));
    assert_eq!(
        json::<HttpStatus>(r#""499""#),
        Err(r#""499": 499 is not a registered HttpStatus code at line 1 column 5"#.to_owned())
    );
    assert_eq!(
        json::<Signed>("-2"),
        Err("-2 is not a registered Signed code at line 1 column 2".to_owned())
    );
    // postcard keeps no message (it is no_std), but rejects the code all the same.
    assert_eq!(
        postcard::from_bytes::<Narrow>(&[1]),
        Err(postcard::Error::SerdeDeCustom)
    );
}

#[test]
fn out_of_range_integers_say_the_repr() {
    assert_eq!(
        json::<HttpStatus>("70000"),
        Err(
            "70000 is outside the codes of HttpStatus, which are u16 (0..=65535) at line 1 column 5"
                .to_owned()
        )
    );
    assert_eq!(
        json::<HttpStatus>("-404"),
        Err(
            "-404 is outside the codes of HttpStatus, which are u16 (0..=65535) at line 1 column 4"
                .to_owned()
        )
    );
    assert_eq!(
        json::<Signed>("128"),
        Err(
            "128 is outside the codes of Signed, which are i8 (-128..=127) at line 1 column 3"
                .to_owned()
        )
    );
    assert_eq!(
        json::<WideSigned>("18446744073709551615"),
        Err("18446744073709551615 is outside the codes of WideSigned, which are i64 (-9223372036854775808..=9223372036854775807) at line 1 column 20".to_owned())
    );
    assert_eq!(
        json::<HttpStatus>(r#""70000""#),
        Err(r#""70000": HttpStatus code out of range: codes are u16 (0..=65535) at line 1 column 7"#.to_owned())
    );
}

#[test]
fn other_input_is_rejected_with_what_was_expected() {
    assert_eq!(
        json::<HttpStatus>(r#""NOPE""#).unwrap_err(),
        format!(
            r#""NOPE": {} at line 1 column 6"#,
            "NOPE".parse::<HttpStatus>().unwrap_err()
        )
    );
    assert_eq!(
        json::<HttpStatus>(r#""not_found""#).unwrap_err(),
        format!(
            r#""not_found": {} at line 1 column 11"#,
            "not_found".parse::<HttpStatus>().unwrap_err()
        )
    );
    assert_eq!(
        json::<HttpStatus>("404.0"),
        Err("invalid type: floating point `404.0`, expected a code of HttpStatus (u16 (0..=65535)) or the name of one of its entries at line 1 column 5".to_owned())
    );
    assert_eq!(
        json::<HttpStatus>("null"),
        Err("invalid type: null, expected a code of HttpStatus (u16 (0..=65535)) or the name of one of its entries at line 1 column 4".to_owned())
    );
}

#[test]
fn statuses_work_inside_containers_and_as_map_keys() {
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Policy {
        retry: Vec<HttpStatus>,
        pages: BTreeMap<HttpStatus, String>,
        floor: Option<Signed>,
    }

    let written = r#"{
        "retry": [502, "503", "GATEWAY_TIMEOUT"],
        "pages": {"404": "missing.html", "INTERNAL_SERVER_ERROR": "oops.html"},
        "floor": "MINUS_ONE"
    }"#;
    let policy: Policy = serde_json::from_str(written).unwrap();
    let expected = Policy {
        retry: vec![
            HttpStatus::BAD_GATEWAY,
            HttpStatus::SERVICE_UNAVAILABLE,
            HttpStatus::GATEWAY_TIMEOUT,
        ],
        pages: BTreeMap::from([
            (HttpStatus::NOT_FOUND, "missing.html".to_owned()),
            (HttpStatus::INTERNAL_SERVER_ERROR, "oops.html".to_owned()),
        ]),
        floor: Some(Signed::MINUS_ONE),
    };
    assert_eq!(policy, expected);

    // Written back, every status is its code (a JSON map key is a string, so "404").
    let canonical = serde_json::to_string(&policy).unwrap();
    assert_eq!(
        canonical,
        r#"{"retry":[502,503,504],"pages":{"404":"missing.html","500":"oops.html"},"floor":-1}"#
    );
    assert_eq!(
        serde_json::from_str::<Policy>(&canonical).unwrap(),
        expected
    );

    let bytes = postcard::to_allocvec(&policy).unwrap();
    assert_eq!(postcard::from_bytes::<Policy>(&bytes).unwrap(), expected);
}
