//! Registries shaped to take each way the macro lays out its lookups: dense codes (a table
//! indexed by the code, over part of a repr or all of it, above and below zero), sparse codes (a
//! `match`), either side of the density threshold, and names that only the middle bytes or the
//! length tell apart (the name table compares four 8-byte windows first). Each is checked
//! with every runtime property.
#![deny(warnings)]

use status_registry::status_registry;
use status_registry_suite::properties::{check_open, check_registry};

status_registry! {
    /// Dense over every `u8`: a table with no slot past the codes.
    pub enum EveryU8: u8 {
        open AnyU8 in 0..=255;
        0 C0 "0"; 1 C1 "1"; 2 C2 "2"; 3 C3 "3"; 4 C4 "4"; 5 C5 "5"; 6 C6 "6"; 7 C7 "7";
        8 C8 "8"; 9 C9 "9"; 10 C10 "10"; 11 C11 "11"; 12 C12 "12"; 13 C13 "13"; 14 C14 "14";
        15 C15 "15"; 16 C16 "16"; 17 C17 "17"; 18 C18 "18"; 19 C19 "19"; 20 C20 "20";
        21 C21 "21"; 22 C22 "22"; 23 C23 "23"; 255 C255 "255";
        alias LAST = C255;
    }
}

status_registry! {
    /// Dense, negative and positive codes declared out of order.
    pub enum AroundZero: i8 {
        open AroundZeroCode in -128..=127;
        5 PLUS_FIVE "Plus Five";
        -20 MINUS_TWENTY "Minus Twenty";
        0 ZERO "Zero";
        -1 MINUS_ONE "Minus One";
        -19 MINUS_NINETEEN "Minus Nineteen";
    }
}

status_registry! {
    /// Dense at the top of `u64`.
    pub enum TopU64: u64 {
        18446744073709551615 MAX "Max";
        18446744073709551613 MAX_MINUS_TWO "Max Minus Two";
        18446744073709551600 MAX_MINUS_FIFTEEN "Max Minus Fifteen";
    }
}

status_registry! {
    /// Dense at the bottom of `i64`.
    pub enum BottomI64: i64 {
        -9223372036854775808 MIN "Min";
        -9223372036854775800 MIN_PLUS_EIGHT "Min Plus Eight";
    }
}

status_registry! {
    /// Sparse: a `match`.
    pub enum SpreadI64: i64 {
        open SpreadCode in -9223372036854775808..=9223372036854775807;
        -1_000_000_000_000_000_000 FAR_BELOW "Far Below";
        0 ZERO "Zero";
        1_000_000_000_000_000_000 FAR_ABOVE "Far Above";
        9223372036854775807 MAX "Max";
    }
}

status_registry! {
    /// Ten codes spanning 144: a table (at most 8 slots per entry, plus 64).
    pub enum AtThreshold: u16 {
        open AtThresholdCode in 900..=1200;
        1000 A0 "0"; 1001 A1 "1"; 1002 A2 "2"; 1003 A3 "3"; 1004 A4 "4";
        1005 A5 "5"; 1006 A6 "6"; 1007 A7 "7"; 1008 A8 "8"; 1143 A143 "143";
    }
}

status_registry! {
    /// Ten codes spanning 145: a `match`.
    pub enum PastThreshold: u16 {
        open PastThresholdCode in 1000..=1144;
        1000 B0 "0"; 1001 B1 "1"; 1002 B2 "2"; 1003 B3 "3"; 1004 B4 "4";
        1005 B5 "5"; 1006 B6 "6"; 1007 B7 "7"; 1008 B8 "8"; 1144 B144 "144";
    }
}

status_registry! {
    /// Dense codes in an open window of 1,024 codes or more, which the table by code does not
    /// widen to (a narrower window, as `AtThresholdCode`'s, it covers): codes of the window past
    /// the table take its last slot.
    pub enum InWideWindow: i16 {
        open WideWindowCode in -2000..=2000;
        -3 MINUS_THREE "Minus Three"; 0 ZERO "Zero"; 1 ONE "One"; 2 TWO "Two"; 40 FORTY "Forty";
    }
}

status_registry! {
    /// Codes below zero, with an open window that excludes it (so the open type holds a
    /// `NonZero`).
    pub enum BelowZero: i32 {
        open BelowZeroCode in -1000..=-1;
        -1000 MINUS_THOUSAND "Minus Thousand"; -404 MINUS_404 "Minus 404"; -1 MINUS_ONE "Minus One";
    }
}

status_registry! {
    /// Names of every length class, and names alike but for their middle or their length: the
    /// name table compares the first and last 8-byte windows, then two more for a name of more
    /// than 16 bytes, which cover one of up to 32, then the bytes between for a longer one (byte
    /// 16 of a 33-byte name is in no window).
    pub enum Names {
        1 A "A";
        2 AB "AB";
        3 ABC "ABC";
        4 ABCD "ABCD";
        5 ABCDEFG "ABCDEFG";
        6 ABCDEFGH "ABCDEFGH";
        7 ABCDEFGHI "ABCDEFGHI";
        8 SAME_START_X_SAME_END "X";
        9 SAME_START_Y_SAME_END "Y";
        10 SAME_START_1234567890_X_1234567890_SAME_END "Long X";
        11 SAME_START_1234567890_Y_1234567890_SAME_END "Long Y";
        12 SAME_START_1234567890__1234567890_SAME_END "Long, Shorter";
        13 r#match "Raw";
        14 TWELVE_X_ABC "Twelve X";
        15 TWELVE_Y_ABC "Twelve Y";
        16 THIRTY_TWO_BYTESX_AND_FIFTEEN_MO "Thirty-two X";
        17 THIRTY_TWO_BYTESY_AND_FIFTEEN_MO "Thirty-two Y";
        18 THIRTYTHREEBYTESX_AND_SIXTEEN_MOR "Thirty-three X";
        19 THIRTYTHREEBYTESY_AND_SIXTEEN_MOR "Thirty-three Y";
        20 SIXTEEN_BYTES_XY "Sixteen";
        21 SEVENTEENXBYTES_X "Seventeen";
        alias SAME_START_Z_SAME_END = SAME_START_Y_SAME_END;
    }
}

#[test]
fn every_layout_keeps_every_property() {
    check_registry::<EveryU8>(&[("LAST", EveryU8::C255)]);
    check_registry::<AroundZero>(&[]);
    check_registry::<TopU64>(&[]);
    check_registry::<BottomI64>(&[]);
    check_registry::<SpreadI64>(&[]);
    check_registry::<AtThreshold>(&[]);
    check_registry::<PastThreshold>(&[]);
    check_registry::<InWideWindow>(&[]);
    check_registry::<BelowZero>(&[]);
    check_registry::<Names>(&[("SAME_START_Z_SAME_END", Names::SAME_START_Y_SAME_END)]);
}

#[test]
fn open_types_agree_with_their_registry_in_every_layout() {
    check_open::<AnyU8>();
    check_open::<AroundZeroCode>();
    check_open::<SpreadCode>();
    check_open::<AtThresholdCode>();
    check_open::<PastThresholdCode>();
    check_open::<WideWindowCode>();
    check_open::<BelowZeroCode>();
}

/// An open type whose window excludes 0 holds its code as a `NonZero`, so that an `Option` of
/// it is no larger than it (as one of `http`'s `StatusCode` is not either). One whose window
/// holds 0 has no value to spare.
#[test]
fn an_option_of_an_open_type_is_no_larger_where_its_window_excludes_zero() {
    use status_registry::http::StatusCode;
    use std::mem::size_of;
    assert_eq!(size_of::<Option<StatusCode>>(), size_of::<u16>());
    assert_eq!(size_of::<Option<AtThresholdCode>>(), size_of::<u16>());
    assert_eq!(size_of::<Option<PastThresholdCode>>(), size_of::<u16>());
    assert_eq!(size_of::<Option<BelowZeroCode>>(), size_of::<i32>());
    assert_eq!(size_of::<Option<AnyU8>>(), 2 * size_of::<u8>());
    assert_eq!(size_of::<Option<WideWindowCode>>(), 2 * size_of::<i16>());
    for code in [-1000, -999, -405, -404, -2, -1] {
        assert_eq!(
            BelowZeroCode::new(code).map(BelowZeroCode::code),
            Some(code)
        );
    }
    assert_eq!(BelowZeroCode::new(0), None);
    assert_eq!(BelowZeroCode::new(-1001), None);
    assert_eq!(BelowZeroCode::MINUS_ONE.code(), -1);
    assert_eq!(BelowZeroCode::MINUS_404.known(), Some(BelowZero::MINUS_404));
    assert_eq!(
        StatusCode::from_bytes(b"404").ok(),
        Some(StatusCode::NOT_FOUND)
    );
}

#[test]
fn names_alike_are_told_apart() {
    for (name, expected) in [
        ("SAME_START_X_SAME_END", Some(Names::SAME_START_X_SAME_END)),
        ("SAME_START_Q_SAME_END", None),
        (
            "SAME_START_1234567890_Y_1234567890_SAME_END",
            Some(Names::SAME_START_1234567890_Y_1234567890_SAME_END),
        ),
        ("SAME_START_1234567890_Q_1234567890_SAME_END", None),
        (
            "SAME_START_1234567890__1234567890_SAME_END",
            Some(Names::SAME_START_1234567890__1234567890_SAME_END),
        ),
        ("SAME_START_1234567891_X_1234567890_SAME_END", None),
        ("TWELVE_Y_ABC", Some(Names::TWELVE_Y_ABC)),
        ("TWELVE_Q_ABC", None),
        (
            "THIRTY_TWO_BYTESX_AND_FIFTEEN_MO",
            Some(Names::THIRTY_TWO_BYTESX_AND_FIFTEEN_MO),
        ),
        ("THIRTY_TWO_BYTESQ_AND_FIFTEEN_MO", None),
        (
            "THIRTYTHREEBYTESY_AND_SIXTEEN_MOR",
            Some(Names::THIRTYTHREEBYTESY_AND_SIXTEEN_MOR),
        ),
        ("THIRTYTHREEBYTESQ_AND_SIXTEEN_MOR", None),
        // Sixteen bytes are the first and last words; of seventeen, byte 8 is in neither.
        ("SIXTEEN_BYTES_XY", Some(Names::SIXTEEN_BYTES_XY)),
        ("SIXTEEN_BYTES_XQ", None),
        ("SIXTEEN_QYTES_XY", None),
        ("SEVENTEENXBYTES_X", Some(Names::SEVENTEENXBYTES_X)),
        ("SEVENTEEQXBYTES_X", None),
        ("SEVENTEENXBYTES_Q", None),
        ("match", Some(Names::r#match)),
        ("r#match", None),
        ("ABCDEFG", Some(Names::ABCDEFG)),
        ("ABCXEFG", None),
        ("ABD", None),
        ("", None),
    ] {
        assert_eq!(Names::from_name(name), expected, "from_name({name:?})");
    }
}
