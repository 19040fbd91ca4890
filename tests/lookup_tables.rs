//! Registries shaped to take each way the macro lays out its lookups: dense codes (a table
//! indexed by the code, over part of a repr or all of it, above and below zero), sparse codes (a
//! `match`), either side of the density threshold, and names that only the middle bytes or the
//! length tell apart (the name table compares four 8-byte windows first). Each is checked
//! with every runtime property.
#![deny(warnings)]

use status_registry::{status_registry, HttpStatus, Registry};
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
    /// Dense over every `i8`: no value is left for `None`, and the codes run from the repr's
    /// first value to its last.
    pub enum EveryI8: i8 {
        -128 M128 "-128"; -127 M127 "-127"; -126 M126 "-126"; -125 M125 "-125"; -124 M124 "-124";
        -123 M123 "-123"; -122 M122 "-122"; -121 M121 "-121"; -120 M120 "-120"; -119 M119 "-119";
        -118 M118 "-118"; -117 M117 "-117"; -116 M116 "-116"; -115 M115 "-115"; -114 M114 "-114";
        -113 M113 "-113"; -112 M112 "-112"; -111 M111 "-111"; -110 M110 "-110"; -109 M109 "-109";
        -108 M108 "-108"; -107 M107 "-107"; -106 M106 "-106"; 0 ZERO "0"; 127 P127 "127";
    }
}

status_registry! {
    /// Dense from zero, as gRPC's codes: `None` is stored above the highest code.
    pub enum FromZero: u16 {
        0 Z0 "Zero"; 1 Z1 "One"; 2 Z2 "Two"; 4 Z4 "Four"; 16 Z16 "Sixteen";
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
    check_registry::<EveryI8>(&[]);
    check_registry::<FromZero>(&[]);
    check_registry::<AroundZero>(&[]);
    check_registry::<TopU64>(&[]);
    check_registry::<BottomI64>(&[]);
    check_registry::<SpreadI64>(&[]);
    check_registry::<AtThreshold>(&[]);
    check_registry::<PastThreshold>(&[]);
    check_registry::<InWideWindow>(&[]);
    check_registry::<BelowZero>(&[]);
    check_registry::<Names>(&[("SAME_START_Z_SAME_END", Names::SAME_START_Y_SAME_END)]);
    check_registry::<OneHash>(&[("ANOTHER", OneHash::OTHER)]);
}

/// `from_code(code)`, `from_code(code).map(|status| status.phrase())` and `phrase_of(code)`
/// as a user writes them (the inherent functions, which read the tables by code and the phrases
/// by status), against the registry's rows (`Registry::phrase` reads them), for each of `codes`.
macro_rules! assert_lookups_by_code {
    ($ty:ident, $codes:expr) => {
        for code in $codes {
            let row = $ty::ALL
                .iter()
                .copied()
                .find(|status| status.code() == code);
            assert_eq!(
                $ty::from_code(code),
                row,
                "{}::from_code({code})",
                stringify!($ty)
            );
            assert_eq!(
                $ty::from_code(code).map(|status| status.phrase()),
                row.map(Registry::phrase),
                "{}::from_code({code}).map(phrase)",
                stringify!($ty)
            );
            assert_eq!($ty::phrase_of(code), row.map(Registry::phrase));
        }
        for status in $ty::ALL {
            assert_eq!(
                status.phrase(),
                Registry::phrase(*status),
                "{status:?}.phrase()"
            );
        }
    };
}

/// The codes from `lowest - 300` to `highest + 300` of a repr, and its first and last.
fn around<T: Copy + Into<i128> + TryFrom<i128>>(lowest: T, highest: T, bounds: [T; 2]) -> Vec<T> {
    let (lowest, highest) = (lowest.into(), highest.into());
    let near = (lowest - 300..=highest + 300).filter_map(|code| T::try_from(code).ok());
    near.chain(bounds).collect()
}

#[test]
fn lookups_by_code_agree_with_the_rows_in_every_layout() {
    assert_lookups_by_code!(EveryU8, 0..=u8::MAX);
    assert_lookups_by_code!(EveryI8, i8::MIN..=i8::MAX);
    assert_lookups_by_code!(FromZero, 0..=u16::MAX);
    assert_lookups_by_code!(AroundZero, i8::MIN..=i8::MAX);
    assert_lookups_by_code!(AtThreshold, 0..=u16::MAX);
    assert_lookups_by_code!(PastThreshold, 0..=u16::MAX);
    assert_lookups_by_code!(InWideWindow, i16::MIN..=i16::MAX);
    assert_lookups_by_code!(BelowZero, around(-1000, -1, [i32::MIN, i32::MAX]));
    assert_lookups_by_code!(TopU64, around(u64::MAX - 15, u64::MAX, [0, 1]));
    assert_lookups_by_code!(BottomI64, around(i64::MIN, i64::MIN + 8, [-1, i64::MAX]));
    assert_lookups_by_code!(SpreadI64, around(-1000, 1000, [i64::MIN, i64::MAX]));
    assert_lookups_by_code!(Names, 0..=u16::MAX);
    assert_lookups_by_code!(HttpStatus, 0..=u16::MAX);
}

/// The lookups by code run in constant evaluation too, the read of the phrase by status in
/// `from_code` included.
#[test]
fn lookups_by_code_run_in_constant_evaluation() {
    const NOT_FOUND: Option<&str> = match HttpStatus::from_code(404) {
        Some(status) => Some(status.phrase()),
        None => None,
    };
    const UNREGISTERED: Option<HttpStatus> = HttpStatus::from_code(499);
    const FROM_ZERO: Option<&str> = match FromZero::from_code(16) {
        Some(status) => Some(status.phrase()),
        None => None,
    };
    const EVERY_I8: Option<&str> = match EveryI8::from_code(127) {
        Some(status) => Some(status.phrase()),
        None => None,
    };
    assert_eq!(NOT_FOUND, Some("Not Found"));
    assert_eq!(UNREGISTERED, None);
    assert_eq!(FROM_ZERO, Some("Sixteen"));
    assert_eq!(EVERY_I8, Some("127"));
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

status_registry! {
    /// Names whose hashes are equal under every seed: the first two keys' outer words add up
    /// to the same sum ("ABCDEFGH" + 1 and "IJKLMNOP" - 1, as little-endian words), at the
    /// same length. No displacement tells them apart, and the name table probes.
    pub enum OneHash {
        1 ABCDEFGHIJKLMNOP "First";
        2 BBCDEFGHHJKLMNOP "Second";
        3 OTHER "Other";
        alias ANOTHER = OTHER;
    }
}

#[test]
fn names_of_one_hash_are_told_apart() {
    for (name, expected) in [
        ("ABCDEFGHIJKLMNOP", Some(OneHash::ABCDEFGHIJKLMNOP)),
        ("BBCDEFGHHJKLMNOP", Some(OneHash::BBCDEFGHHJKLMNOP)),
        // The same sum again, and so the same hash: a third name on the probe.
        ("CBCDEFGHGJKLMNOP", None),
        ("ABCDEFGHIJKLMNOQ", None),
        ("OTHER", Some(OneHash::OTHER)),
        ("ANOTHER", Some(OneHash::OTHER)),
        ("OTHERS", None),
        ("", None),
    ] {
        assert_eq!(OneHash::from_name(name), expected, "from_name({name:?})");
    }
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
