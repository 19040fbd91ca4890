//! A 2,000-entry registry written by the build script (build.rs): every lookup, conversion and
//! class predicate checked against the table recomputed here from the build script's formulas.
#![deny(warnings)]

use status_registry::{status_registry, ParseErrorKind, Registry};

include!(concat!(env!("OUT_DIR"), "/large_registry.rs"));

/// One entry as build.rs declares it.
struct Expected {
    code: u16,
    name: String,
    phrase: String,
    description: String,
    reference: Option<String>,
    alias: Option<String>,
}

/// The table build.rs writes, in declaration order.
fn expected() -> Vec<Expected> {
    (0..2_000_u16)
        .map(|i| {
            let code = u16::try_from(10_000 + u32::from(i) * 7_919 % 10_000).unwrap();
            Expected {
                code,
                name: format!("CODE_{code}"),
                phrase: format!("Phrase {code}"),
                description: if i % 3 == 0 {
                    format!("Description of {code}")
                } else {
                    String::new()
                },
                reference: (i % 5 == 0).then(|| format!("REF-{code}")),
                alias: (i % 10 == 0).then(|| format!("ALIAS_{code}")),
            }
        })
        .collect()
}

#[test]
fn all_and_count_keep_the_declaration() {
    let expected = expected();
    assert_eq!(Large::COUNT, 2_000);
    assert_eq!(<Large as Registry>::COUNT, 2_000);
    let codes: Vec<u16> = Large::iter().map(Large::code).collect();
    let expected_codes: Vec<u16> = expected.iter().map(|entry| entry.code).collect();
    assert_eq!(codes, expected_codes);
    // The build script's codes are not sorted, so this checks declaration order.
    assert!(codes.windows(2).any(|pair| pair[0] > pair[1]));
    let mut sorted = Large::ALL.to_vec();
    sorted.sort();
    assert!(sorted
        .windows(2)
        .all(|pair| pair[0].code() < pair[1].code()));
    assert_eq!(
        sorted.first().map(|status| status.code()),
        expected_codes.iter().copied().min()
    );
    assert_eq!(
        sorted.last().map(|status| status.code()),
        expected_codes.iter().copied().max()
    );
}

#[test]
fn every_entry_has_its_data() {
    for (status, entry) in Large::iter().zip(expected()) {
        assert_eq!(status.code(), entry.code);
        assert_eq!(status.name(), entry.name);
        assert_eq!(format!("{status:?}"), entry.name);
        assert_eq!(status.phrase(), entry.phrase);
        assert_eq!(status.description(), entry.description);
        assert_eq!(status.reference(), entry.reference.as_deref());
    }
}

/// A registry this large reads its table of `Option`s from an associated constant of a generic
/// impl (out of `cargo check`): constant evaluation reads it too.
#[test]
fn lookups_run_in_constant_evaluation() {
    const FIRST: Option<Large> = Large::from_code(10_000);
    const LAST: Option<Large> = Large::from_name("CODE_17919");
    const ALIASED: Option<Large> = Large::from_name("ALIAS_10000");
    const MISSING: Option<Large> = Large::from_code(10_001);
    const COUNT: usize = Large::ALL.len();
    assert_eq!(FIRST, Some(Large::CODE_10000));
    assert_eq!(LAST.map(Large::code), Some(17_919));
    assert_eq!(ALIASED, Some(Large::CODE_10000));
    assert_eq!(MISSING, None);
    assert_eq!(COUNT, 2_000);
}

#[test]
fn from_code_finds_every_code_and_nothing_else() {
    let expected = expected();
    for entry in &expected {
        let status = Large::from_code(entry.code).unwrap();
        assert_eq!(status.name(), entry.name);
        assert_eq!(Large::try_from(entry.code), Ok(status));
        assert_eq!(u16::from(status), entry.code);
        assert_eq!(status, entry.code);
    }
    // 2,000 of the 10,000 codes in 10000..=19999 are registered; every other u16 is a miss.
    let found = (0..=u16::MAX)
        .filter(|&code| Large::from_code(code).is_some())
        .count();
    assert_eq!(found, 2_000);
    for code in [0, 9_999, 20_000, u16::MAX] {
        assert_eq!(Large::from_code(code), None);
        assert_eq!(Large::try_from(code).unwrap_err().code(), code);
    }
    for code in 10_000..=19_999 {
        let registered = expected.iter().any(|entry| entry.code == code);
        assert_eq!(Large::from_code(code).is_some(), registered, "{code}");
    }
}

#[test]
fn from_name_finds_every_name_and_alias() {
    let mut aliases = 0;
    for entry in expected() {
        let status = Large::from_name(&entry.name).unwrap();
        assert_eq!(status.code(), entry.code);
        if let Some(alias) = &entry.alias {
            aliases += 1;
            assert_eq!(Large::from_name(alias), Some(status), "{alias}");
            assert_eq!(alias.parse::<Large>(), Ok(status));
        } else {
            assert_eq!(Large::from_name(&format!("ALIAS_{}", entry.code)), None);
        }
        assert_eq!(Large::from_name(&entry.name.to_lowercase()), None);
        assert_eq!(Large::from_name(&format!("{}_", entry.name)), None);
    }
    assert_eq!(aliases, 200);
    assert_eq!(Large::ALIAS_10000, Large::CODE_10000);
    assert_eq!(Large::from_name("CODE_9999"), None);
    assert_eq!(Large::from_name(""), None);
}

#[test]
fn display_and_from_str_round_trip() {
    for status in Large::iter() {
        let shown = status.to_string();
        assert_eq!(shown, format!("{} Phrase {}", status.code(), status.code()));
        assert_eq!(shown.parse(), Ok(status));
        assert_eq!(status.code().to_string().parse(), Ok(status));
        assert_eq!(status.name().parse(), Ok(status));
    }
    assert_eq!(
        "9999".parse::<Large>().unwrap_err().kind(),
        ParseErrorKind::UnknownCode(9_999)
    );
    assert_eq!(
        "65536".parse::<Large>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
    assert_eq!(
        "CODE_1".parse::<Large>().unwrap_err().kind(),
        ParseErrorKind::UnknownName
    );
}

type Predicate = fn(Large) -> bool;

/// `is_band_0` to `is_band_9`, in the order of `Band::ALL`.
fn band_predicates() -> [Predicate; 10] {
    [
        Large::is_band_0,
        Large::is_band_1,
        Large::is_band_2,
        Large::is_band_3,
        Large::is_band_4,
        Large::is_band_5,
        Large::is_band_6,
        Large::is_band_7,
        Large::is_band_8,
        Large::is_band_9,
    ]
}

#[test]
fn class_predicates() {
    let predicates = band_predicates();
    assert_eq!(Band::ALL.len(), 10);
    let mut per_band = [0; 10];
    for status in Large::iter() {
        let band = usize::from((status.code() - 10_000) / 1_000);
        per_band[band] += 1;
        assert_eq!(status.class(), Band::ALL[band]);
        assert_eq!(Band::of(status.code()), Some(Band::ALL[band]));
        assert!(Band::ALL[band].contains(status.code()));
        for (other, predicate) in predicates.iter().enumerate() {
            assert_eq!(
                predicate(status),
                other == band,
                "{status:?} is_band_{other}"
            );
        }
    }
    assert!(
        per_band.iter().all(|&count| count > 0),
        "every band has entries: {per_band:?}"
    );
    assert_eq!(Band::BAND_3.range(), 13_000..=13_999);
    assert_eq!(Band::BAND_3.name(), "BAND_3");
    assert_eq!(Band::BAND_3.phrase(), "Band 3");
    assert_eq!(Band::of(9_999), None);
    assert_eq!(Band::of(20_000), None);
}

#[test]
fn runtime_properties() {
    let aliases: Vec<(String, Large)> = expected()
        .into_iter()
        .filter_map(|entry| Some((entry.alias?, Large::from_code(entry.code)?)))
        .collect();
    let aliases: Vec<(&str, Large)> = aliases
        .iter()
        .map(|(alias, status)| (alias.as_str(), *status))
        .collect();
    status_registry_suite::properties::check_registry::<Large>(&aliases);
    let predicates = band_predicates();
    let predicates: Vec<(Band, Predicate)> = Band::ALL.iter().copied().zip(predicates).collect();
    status_registry_suite::properties::check_classes::<Large>(&predicates);
}
