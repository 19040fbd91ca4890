//! Every integer repr, with codes at the repr's limits (written as decimal literals), hex,
//! underscored and negative codes, declared out of code order.
#![deny(warnings)]

use std::fmt::Debug;
use std::mem::size_of;

use status_registry::{status_registry, ParseErrorKind, Registry};

status_registry! {
    pub enum U8: u8 {
        0x1F HEX "Hex";
        255 MAX "Max";
        1_00 UNDERSCORED "Underscored";
        0 MIN "Min";
        7 SEVEN "Seven";
    }
}

status_registry! {
    pub enum U16: u16 {
        classes U16Class {
            0..=0x7FFF LOW "Low";
            0x8000..=65_535 HIGH "High";
        }
        65535 MAX "Max";
        0x1F HEX "Hex";
        0 MIN "Min";
        1_000 UNDERSCORED "Underscored";
        0xFF_FE HEX_UNDERSCORED "Hex Underscored";
    }
}

status_registry! {
    pub enum U32: u32 {
        1_000_000 UNDERSCORED "Underscored";
        4294967295 MAX "Max";
        0 MIN "Min";
        0x1F HEX "Hex";
    }
}

status_registry! {
    pub enum U64: u64 {
        // One class over every code: `of` and `class` must not warn about unreachable arms.
        classes U64Class {
            0..=18446744073709551615 EVERY "Every Code";
        }
        18446744073709551615 MAX "Max";
        0x1F HEX "Hex";
        1_000 UNDERSCORED "Underscored";
        0 MIN "Min";
        0xFFFF_FFFF_FFFF_FFFE BELOW_MAX "Below Max";
    }
}

status_registry! {
    pub enum I8: i8 {
        // Two classes that cover every code between them.
        classes I8Class {
            0..=127 NON_NEGATIVE "Non-negative";
            -128..=-1 NEGATIVE "Negative";
        }
        0x1F HEX "Hex";
        127 MAX "Max";
        -1 MINUS_ONE "Minus One";
        1_0 UNDERSCORED "Underscored";
        -128 MIN "Min";
        0 ZERO "Zero";
        -0x10 MINUS_HEX "Minus Hex";
    }
}

status_registry! {
    pub enum I16: i16 {
        32767 MAX "Max";
        -32768 MIN "Min";
        -1_000 MINUS_UNDERSCORED "Minus Underscored";
        0x1F HEX "Hex";
        0 ZERO "Zero";
    }
}

status_registry! {
    pub enum I32: i32 {
        -1 MINUS_ONE "Minus One";
        2147483647 MAX "Max";
        0x1F HEX "Hex";
        -2147483648 MIN "Min";
        1_000_000 UNDERSCORED "Underscored";
    }
}

status_registry! {
    pub enum I64: i64 {
        classes I64Class {
            -9223372036854775808..=-1 NEGATIVE "Negative";
            0..=9223372036854775807 NON_NEGATIVE "Non-negative";
        }
        9223372036854775807 MAX "Max";
        -9223372036854775808 MIN "Min";
        0x1F HEX "Hex";
        -0x7FFF_FFFF_FFFF_FFFF MIN_PLUS_ONE "Min Plus One";
        1_000 UNDERSCORED "Underscored";
        -1 MINUS_ONE "Minus One";
    }
}

/// Checks one registry through the `Registry` trait against the declaration written out again as
/// `(code, name, phrase)` in declaration order, with codes as Rust evaluates them.
#[track_caller]
fn check_registry<R>(declared: &[(R::Repr, &str, &str)], type_name: &str, repr_name: &str)
where
    R: Registry + Debug,
    R::Repr: TryFrom<i128> + Debug,
    <R::Repr as TryFrom<i128>>::Error: Debug,
{
    assert_eq!(R::TYPE_NAME, type_name);
    assert_eq!(R::COUNT, declared.len());
    assert_eq!(R::ALL.len(), declared.len());
    let codes: Vec<R::Repr> = declared.iter().map(|&(code, _, _)| code).collect();

    for (&status, &(code, name, phrase)) in R::ALL.iter().zip(declared) {
        assert_eq!(status.code(), code, "{name}: code");
        assert_eq!(
            status.into(),
            code,
            "{name}: From<{type_name}> for {repr_name}"
        );
        assert_eq!(status.name(), name);
        assert_eq!(status.phrase(), phrase);
        assert_eq!(status.description(), "");
        assert_eq!(status.reference(), None);
        assert_eq!(format!("{status:?}"), name);
        assert_eq!(R::from_code(code), Some(status), "{name}: from_code");
        assert_eq!(R::try_from(code), Ok(status), "{name}: try_from");
        assert_eq!(R::from_name(name), Some(status), "{name}: from_name");
        assert_eq!(
            R::from_name(&name.to_lowercase()),
            None,
            "{name}: names are case-sensitive"
        );
        assert_eq!(
            status.to_string(),
            format!("{code} {phrase}"),
            "{name}: Display"
        );
        assert_eq!(
            code.to_string().parse::<R>(),
            Ok(status),
            "{name}: FromStr of the code"
        );
        assert_eq!(name.parse::<R>(), Ok(status), "{name}: FromStr of the name");
        assert_eq!(
            status.to_string().parse::<R>(),
            Ok(status),
            "{name}: Display round trip"
        );
        assert_eq!(
            format!("{code} {phrase}!").parse::<R>().unwrap_err().kind(),
            ParseErrorKind::WrongPhrase(code),
            "{name}: a code with another phrase"
        );
        let wide: i128 = code.into();
        if wide >= 0 {
            assert_eq!(
                format!("+{code}").parse::<R>(),
                Ok(status),
                "{name}: a leading `+`"
            );
        }

        // The neighbours of every code, where they are codes of the repr and not registered.
        for neighbour in [wide - 1, wide + 1] {
            let Ok(neighbour) = R::Repr::try_from(neighbour) else {
                continue;
            };
            if codes.contains(&neighbour) {
                continue;
            }
            assert_eq!(
                R::from_code(neighbour),
                None,
                "{name}: neighbour {neighbour:?}"
            );
            assert_eq!(R::try_from(neighbour).unwrap_err().code(), neighbour);
            assert_eq!(
                neighbour.to_string().parse::<R>().unwrap_err().kind(),
                ParseErrorKind::UnknownCode(neighbour)
            );
        }
    }

    // Ord is by code whatever the declaration order, which is not sorted here.
    let mut by_ord = R::ALL.to_vec();
    by_ord.sort();
    let mut by_code = R::ALL.to_vec();
    by_code.sort_by_key(|status| status.code());
    assert_eq!(by_ord, by_code);
    assert_ne!(
        by_ord,
        R::ALL,
        "the declaration is deliberately out of code order"
    );
    assert_eq!(R::iter().collect::<Vec<_>>(), R::ALL);
    for pair in by_ord.windows(2) {
        assert!(pair[0] < pair[1]);
        assert!(pair[0].code() < pair[1].code());
    }

    // Strings that are not codes of this repr, or not decimal codes.
    for input in ["0x1F", "1_000", "1e3", "--1", "+", "-", "1-"] {
        assert_eq!(
            input.parse::<R>().unwrap_err().kind(),
            ParseErrorKind::InvalidCode,
            "{input:?}"
        );
    }
    // No trimming: input that does not start like a number is looked up as a name.
    assert_eq!(
        " 0".parse::<R>().unwrap_err().kind(),
        ParseErrorKind::UnknownName
    );
    assert_eq!("".parse::<R>().unwrap_err().kind(), ParseErrorKind::Empty);
    assert_eq!(
        "MIN_".parse::<R>().unwrap_err().kind(),
        ParseErrorKind::UnknownName
    );
    let below = (min_of::<R>() - 1).to_string();
    let above = (max_of::<R>() + 1).to_string();
    let error = above.parse::<R>().unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::OutOfRange, "{above}");
    assert!(error.to_string().contains(repr_name), "{error}");
    assert!(error.to_string().contains(type_name), "{error}");
    // Below the repr's minimum: `-1` for an unsigned repr is out of range, not malformed.
    assert_eq!(
        below.parse::<R>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange,
        "{below}"
    );
    assert_eq!(
        "-99999999999999999999999".parse::<R>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
}

/// The smallest code of `R`'s repr, widened.
fn min_of<R: Registry>() -> i128 {
    <R::Repr as status_registry::Repr>::MIN.into()
}

/// The largest code of `R`'s repr, widened.
fn max_of<R: Registry>() -> i128 {
    <R::Repr as status_registry::Repr>::MAX.into()
}

#[test]
fn u8_codes() {
    check_registry::<U8>(
        &[
            (0x1F, "HEX", "Hex"),
            (u8::MAX, "MAX", "Max"),
            (100, "UNDERSCORED", "Underscored"),
            (u8::MIN, "MIN", "Min"),
            (7, "SEVEN", "Seven"),
        ],
        "U8",
        "u8",
    );
    assert_eq!(size_of::<U8>(), 1);
    assert_eq!(U8::MAX.code(), 255);
    assert_eq!(U8::from_code(31), Some(U8::HEX));
    assert_eq!(U8::MIN, 0u8);
    // `-0` is zero, which an unsigned repr holds.
    assert_eq!("-0".parse(), Ok(U8::MIN));
    assert!(255u8 > U8::SEVEN);
    assert!(U8::MIN < U8::SEVEN && U8::SEVEN < U8::HEX && U8::HEX < U8::UNDERSCORED);
}

#[test]
fn u16_codes() {
    check_registry::<U16>(
        &[
            (u16::MAX, "MAX", "Max"),
            (0x1F, "HEX", "Hex"),
            (u16::MIN, "MIN", "Min"),
            (1000, "UNDERSCORED", "Underscored"),
            (65534, "HEX_UNDERSCORED", "Hex Underscored"),
        ],
        "U16",
        "u16",
    );
    assert_eq!(size_of::<U16>(), 2);
    assert_eq!(U16::MAX.class(), U16Class::HIGH);
    assert_eq!(U16::HEX_UNDERSCORED.class(), U16Class::HIGH);
    assert_eq!(U16::UNDERSCORED.class(), U16Class::LOW);
    assert!(U16::MIN.is_low() && !U16::MIN.is_high());
    assert_eq!(U16Class::of(0x7FFF), Some(U16Class::LOW));
    assert_eq!(U16Class::of(0x8000), Some(U16Class::HIGH));
    assert_eq!(U16Class::HIGH.range(), 0x8000..=u16::MAX);
    assert!(U16Class::HIGH.contains(u16::MAX) && !U16Class::HIGH.contains(0x7FFF));
}

#[test]
fn u32_codes() {
    check_registry::<U32>(
        &[
            (1_000_000, "UNDERSCORED", "Underscored"),
            (u32::MAX, "MAX", "Max"),
            (u32::MIN, "MIN", "Min"),
            (31, "HEX", "Hex"),
        ],
        "U32",
        "u32",
    );
    assert_eq!(size_of::<U32>(), 4);
    assert_eq!(U32::try_from(4_294_967_295), Ok(U32::MAX));
}

#[test]
fn u64_codes() {
    check_registry::<U64>(
        &[
            (u64::MAX, "MAX", "Max"),
            (31, "HEX", "Hex"),
            (1000, "UNDERSCORED", "Underscored"),
            (u64::MIN, "MIN", "Min"),
            (u64::MAX - 1, "BELOW_MAX", "Below Max"),
        ],
        "U64",
        "u64",
    );
    assert_eq!(size_of::<U64>(), 8);
    assert_eq!("18446744073709551615".parse(), Ok(U64::MAX));
    assert_eq!(
        "18446744073709551616".parse::<U64>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
    for status in U64::ALL {
        assert_eq!(status.class(), U64Class::EVERY);
        assert!(status.is_every());
    }
    assert_eq!(U64Class::of(u64::MAX), Some(U64Class::EVERY));
    assert_eq!(U64Class::of(0), Some(U64Class::EVERY));
    assert_eq!(U64Class::EVERY.range(), 0..=u64::MAX);
    assert_eq!(U64Class::ALL, [U64Class::EVERY]);
}

#[test]
fn i8_codes() {
    check_registry::<I8>(
        &[
            (31, "HEX", "Hex"),
            (i8::MAX, "MAX", "Max"),
            (-1, "MINUS_ONE", "Minus One"),
            (10, "UNDERSCORED", "Underscored"),
            (i8::MIN, "MIN", "Min"),
            (0, "ZERO", "Zero"),
            (-16, "MINUS_HEX", "Minus Hex"),
        ],
        "I8",
        "i8",
    );
    assert_eq!(size_of::<I8>(), 1);
    assert_eq!(I8::iter().min(), Some(I8::MIN), "negative codes sort first");
    let mut sorted = I8::ALL.to_vec();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            I8::MIN,
            I8::MINUS_HEX,
            I8::MINUS_ONE,
            I8::ZERO,
            I8::UNDERSCORED,
            I8::HEX,
            I8::MAX
        ]
    );
    assert!(I8::MINUS_ONE < 0i8);
    assert!(-2i8 < I8::MINUS_ONE);
    assert_eq!("-128".parse(), Ok(I8::MIN));
    assert_eq!(
        "-129".parse::<I8>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
    assert_eq!(
        "128".parse::<I8>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
    assert_eq!(I8::MIN.to_string(), "-128 Min");
    assert_eq!(I8::MIN.class(), I8Class::NEGATIVE);
    assert_eq!(I8::MINUS_ONE.class(), I8Class::NEGATIVE);
    assert_eq!(I8::ZERO.class(), I8Class::NON_NEGATIVE);
    assert!(I8::MAX.is_non_negative() && !I8::MAX.is_negative());
    // Classes are listed in ascending order of their ranges, not as declared.
    assert_eq!(I8Class::ALL, [I8Class::NEGATIVE, I8Class::NON_NEGATIVE]);
    assert!(I8Class::NEGATIVE < I8Class::NON_NEGATIVE);
    assert_eq!(I8Class::of(-128), Some(I8Class::NEGATIVE));
    assert_eq!(I8Class::of(127), Some(I8Class::NON_NEGATIVE));
}

#[test]
fn i16_codes() {
    check_registry::<I16>(
        &[
            (i16::MAX, "MAX", "Max"),
            (i16::MIN, "MIN", "Min"),
            (-1000, "MINUS_UNDERSCORED", "Minus Underscored"),
            (31, "HEX", "Hex"),
            (0, "ZERO", "Zero"),
        ],
        "I16",
        "i16",
    );
    assert_eq!(size_of::<I16>(), 2);
    assert_eq!(I16::iter().min(), Some(I16::MIN));
    assert_eq!("-32768".parse(), Ok(I16::MIN));
    assert_eq!(I16::try_from(-1000), Ok(I16::MINUS_UNDERSCORED));
}

#[test]
fn i32_codes() {
    check_registry::<I32>(
        &[
            (-1, "MINUS_ONE", "Minus One"),
            (i32::MAX, "MAX", "Max"),
            (31, "HEX", "Hex"),
            (i32::MIN, "MIN", "Min"),
            (1_000_000, "UNDERSCORED", "Underscored"),
        ],
        "I32",
        "i32",
    );
    assert_eq!(size_of::<I32>(), 4);
    assert_eq!(I32::iter().min(), Some(I32::MIN));
    assert_eq!(I32::iter().max(), Some(I32::MAX));
}

#[test]
fn i64_codes() {
    check_registry::<I64>(
        &[
            (i64::MAX, "MAX", "Max"),
            (i64::MIN, "MIN", "Min"),
            (31, "HEX", "Hex"),
            (i64::MIN + 1, "MIN_PLUS_ONE", "Min Plus One"),
            (1000, "UNDERSCORED", "Underscored"),
            (-1, "MINUS_ONE", "Minus One"),
        ],
        "I64",
        "i64",
    );
    assert_eq!(size_of::<I64>(), 8);
    assert_eq!("-9223372036854775808".parse(), Ok(I64::MIN));
    assert_eq!("9223372036854775807".parse(), Ok(I64::MAX));
    for out_of_range in ["-9223372036854775809", "9223372036854775808"] {
        assert_eq!(
            out_of_range.parse::<I64>().unwrap_err().kind(),
            ParseErrorKind::OutOfRange
        );
    }
    assert_eq!(I64::MIN.to_string(), "-9223372036854775808 Min");
    assert!(I64::MIN < I64::MIN_PLUS_ONE && I64::MIN_PLUS_ONE < I64::MINUS_ONE);
    assert_eq!(I64::MIN.class(), I64Class::NEGATIVE);
    assert_eq!(I64::MAX.class(), I64Class::NON_NEGATIVE);
    assert_eq!(I64Class::NEGATIVE.range(), i64::MIN..=-1);
    assert_eq!(I64Class::of(i64::MIN), Some(I64Class::NEGATIVE));
    assert!(I64::MINUS_ONE.is_negative());
}

#[test]
fn runtime_properties() {
    use status_registry_suite::properties::{check_classes, check_registry};
    check_registry::<U8>(&[]);
    check_registry::<U16>(&[]);
    check_registry::<U32>(&[]);
    check_registry::<U64>(&[]);
    check_registry::<I8>(&[]);
    check_registry::<I16>(&[]);
    check_registry::<I32>(&[]);
    check_registry::<I64>(&[]);
    check_classes::<U16>(&[(U16Class::LOW, U16::is_low), (U16Class::HIGH, U16::is_high)]);
    check_classes::<U64>(&[(U64Class::EVERY, U64::is_every)]);
    check_classes::<I8>(&[
        (I8Class::NEGATIVE, I8::is_negative),
        (I8Class::NON_NEGATIVE, I8::is_non_negative),
    ]);
    check_classes::<I64>(&[
        (I64Class::NEGATIVE, I64::is_negative),
        (I64Class::NON_NEGATIVE, I64::is_non_negative),
    ]);
}
