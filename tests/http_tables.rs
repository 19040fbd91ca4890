//! `HttpStatus` against its two sources, field by field: CPython's `http.HTTPStatus`
//! (`tests/data/python_httpstatus.tsv`) and IANA's HTTP Status Code Registry
//! (`tests/data/iana_http_status.tsv`).

use std::collections::{BTreeMap, BTreeSet};

use status_registry::HttpStatus;
use status_registry_suite::{field, iana_citation, tsv_rows};

const PYTHON: &str = include_str!("data/python_httpstatus.tsv");
const IANA: &str = include_str!("data/iana_http_status.tsv");

#[track_caller]
fn code_of(row: &[(&str, &str)], column: &str) -> u16 {
    let text = field(row, column);
    text.parse()
        .unwrap_or_else(|error| panic!("`{column}` {text:?} is not a u16 code: {error}"))
}

/// The names in an `aliases` field: comma-separated, possibly empty.
fn aliases_of<'a>(row: &[(&str, &'a str)]) -> Vec<&'a str> {
    field(row, "aliases")
        .split(',')
        .map(str::trim)
        .filter(|alias| !alias.is_empty())
        .collect()
}

fn python_rows() -> Vec<Vec<(&'static str, &'static str)>> {
    tsv_rows(PYTHON)
}

/// IANA's rows for a single code (not a range such as `105-199`), by code.
fn iana_codes() -> BTreeMap<u16, Vec<(&'static str, &'static str)>> {
    let mut codes = BTreeMap::new();
    for row in tsv_rows(IANA) {
        let value = field(&row, "value");
        if value.bytes().all(|b| b.is_ascii_digit()) {
            let code = code_of(&row, "value");
            assert!(codes.insert(code, row).is_none(), "IANA lists {code} twice");
        } else {
            // A range of unassigned codes, `LO-HI`; anything else would be misread.
            let (lo, hi) = value
                .split_once('-')
                .unwrap_or_else(|| panic!("IANA value {value:?} is neither a code nor a range"));
            let (lo, hi): (u16, u16) = (lo.parse().unwrap(), hi.parse().unwrap());
            assert!(lo < hi, "IANA range {value:?}");
            assert_eq!(field(&row, "reference"), "", "IANA range {value:?}");
        }
    }
    codes
}

#[test]
fn tables_are_read_whole() {
    // Guards the tests below against passing on a table that was read as (nearly) empty.
    assert_eq!(python_rows().len(), 62);
    assert_eq!(tsv_rows(IANA).len(), 75);
    assert_eq!(iana_codes().len(), 67);
    for row in python_rows() {
        assert_eq!(row.len(), 7, "{row:?}");
    }
    for row in tsv_rows(IANA) {
        assert_eq!(row.len(), 4, "{row:?}");
    }
}

#[test]
fn count_is_cpythons() {
    assert_eq!(HttpStatus::COUNT, 62);
    assert_eq!(HttpStatus::ALL.len(), 62);
    assert_eq!(HttpStatus::COUNT, python_rows().len());
}

#[test]
fn all_is_cpythons_list_in_order() {
    let rows = python_rows();
    assert_eq!(HttpStatus::ALL.len(), rows.len());
    for (status, row) in HttpStatus::ALL.iter().zip(&rows) {
        let code = code_of(row, "code");
        assert_eq!(status.code(), code, "{row:?}");
        assert_eq!(status.name(), field(row, "name"), "{row:?}");
        assert_eq!(status.phrase(), field(row, "phrase"), "{row:?}");
        assert_eq!(status.description(), field(row, "description"), "{row:?}");
        assert_eq!(format!("{status:?}"), field(row, "name"));
        assert_eq!(
            status.to_string(),
            format!("{code} {}", field(row, "phrase"))
        );
    }
}

#[test]
fn every_row_is_found_by_code_and_name() {
    for row in python_rows() {
        let code = code_of(&row, "code");
        let name = field(&row, "name");
        let by_code = HttpStatus::from_code(code).unwrap_or_else(|| panic!("from_code({code})"));
        assert_eq!(by_code.name(), name);
        assert_eq!(
            HttpStatus::from_name(name),
            Some(by_code),
            "from_name({name:?})"
        );
        assert_eq!(HttpStatus::try_from(code), Ok(by_code));
        assert_eq!(code.to_string().parse(), Ok(by_code));
        assert_eq!(name.parse(), Ok(by_code));
    }
}

#[test]
fn codes_are_exactly_cpythons() {
    let python: BTreeSet<u16> = python_rows()
        .iter()
        .map(|row| code_of(row, "code"))
        .collect();
    let ours: BTreeSet<u16> = HttpStatus::iter().map(HttpStatus::code).collect();
    assert_eq!(ours, python);
    for code in 0..=u16::MAX {
        assert_eq!(
            HttpStatus::from_code(code).is_some(),
            python.contains(&code),
            "from_code({code})"
        );
    }
}

#[track_caller]
fn alias_case(alias: &str, entry: HttpStatus) {
    let row = python_rows()
        .into_iter()
        .find(|row| field(row, "name") == entry.name())
        .unwrap_or_else(|| panic!("no row for {entry:?}"));
    assert!(aliases_of(&row).contains(&alias), "{alias} in {row:?}");
    assert_eq!(HttpStatus::from_name(alias), Some(entry));
}

#[test]
fn the_four_aliases() {
    alias_case("REQUEST_ENTITY_TOO_LARGE", HttpStatus::CONTENT_TOO_LARGE);
    alias_case("REQUEST_URI_TOO_LONG", HttpStatus::URI_TOO_LONG);
    alias_case(
        "REQUESTED_RANGE_NOT_SATISFIABLE",
        HttpStatus::RANGE_NOT_SATISFIABLE,
    );
    alias_case("UNPROCESSABLE_ENTITY", HttpStatus::UNPROCESSABLE_CONTENT);
    let total: usize = python_rows().iter().map(|row| aliases_of(row).len()).sum();
    assert_eq!(total, 4);
}

#[test]
fn aliases_name_their_entry_and_are_not_entries() {
    let names: BTreeSet<&str> = HttpStatus::iter().map(HttpStatus::name).collect();
    assert_eq!(names.len(), HttpStatus::COUNT, "names are unique");
    for row in python_rows() {
        let name = field(&row, "name");
        let entry = HttpStatus::from_name(name).unwrap_or_else(|| panic!("from_name({name:?})"));
        for alias in aliases_of(&row) {
            assert_ne!(alias, name);
            assert_eq!(
                HttpStatus::from_name(alias),
                Some(entry),
                "from_name({alias:?})"
            );
            assert_eq!(alias.parse(), Ok(entry), "{alias:?}.parse()");
            // The entry keeps its canonical name; the alias is no entry of its own.
            assert_eq!(entry.name(), name);
            assert_eq!(format!("{entry:?}"), name);
            assert!(!names.contains(alias), "{alias} is in ALL");
            assert!(HttpStatus::ALL.iter().all(|status| status.name() != alias));
        }
    }
}

/// Python's `history` column: `3.13: name OLD -> NEW (old name kept as alias); 3.13: phrase
/// 'OLD' -> 'NEW'; ...`. Each rename must be an alias, and the last change of a phrase or
/// description must give today's value.
#[test]
fn history_agrees_with_the_declaration() {
    let mut renames = 0;
    for row in python_rows() {
        let added = field(&row, "python_version_added");
        let minor = |version: &str| -> u32 {
            let minor = version
                .strip_prefix("3.")
                .unwrap_or_else(|| panic!("version {version:?} in {row:?}"));
            minor
                .parse()
                .unwrap_or_else(|_| panic!("version {version:?}"))
        };
        assert!(minor(added) >= 5, "{row:?}");
        let history = field(&row, "history");
        if history.is_empty() {
            continue;
        }
        let mut last: BTreeMap<&str, &str> = BTreeMap::new();
        for change in history.split("; 3.") {
            let change = change.strip_prefix("3.").unwrap_or(change);
            let (version, change) = change
                .split_once(": ")
                .unwrap_or_else(|| panic!("{change:?}"));
            assert!(minor(&format!("3.{version}")) > minor(added), "{row:?}");
            let (what, change) = change.split_once(' ').unwrap();
            match what {
                "name" => {
                    let rest = change
                        .strip_suffix(" (old name kept as alias)")
                        .unwrap_or_else(|| panic!("{change:?}"));
                    let (old, new) = rest.split_once(" -> ").unwrap();
                    assert_eq!(new, field(&row, "name"));
                    assert!(
                        aliases_of(&row).contains(&old),
                        "{old} is not an alias: {row:?}"
                    );
                    assert_eq!(HttpStatus::from_name(old).map(HttpStatus::name), Some(new));
                    renames += 1;
                }
                "phrase" | "description" => {
                    let (_, new) = change
                        .split_once("' -> '")
                        .unwrap_or_else(|| panic!("{change:?}"));
                    last.insert(what, new.strip_suffix('\'').unwrap());
                }
                _ => panic!("unknown change {what:?} in {row:?}"),
            }
        }
        let status = HttpStatus::from_name(field(&row, "name")).unwrap();
        if let Some(phrase) = last.get("phrase") {
            assert_eq!(status.phrase(), *phrase, "{row:?}");
        }
        if let Some(description) = last.get("description") {
            assert_eq!(status.description(), *description, "{row:?}");
        }
    }
    assert_eq!(renames, 4);
}

#[test]
fn references_are_ianas() {
    let iana = iana_codes();
    let mut checked = 0;
    for (code, row) in &iana {
        let Some(status) = HttpStatus::from_code(*code) else {
            continue;
        };
        let expected = field(row, "reference");
        if expected.is_empty() {
            // IANA lists the code but names no spec: nothing to give.
            assert_eq!(status.reference(), None, "{status:?}");
            continue;
        }
        let reference = status
            .reference()
            .unwrap_or_else(|| panic!("{status:?} has no reference; IANA gives {expected}"));
        assert_eq!(
            Some(reference.to_owned()),
            iana_citation(expected),
            "{status:?}"
        );
        checked += 1;
    }
    assert_eq!(checked, HttpStatus::COUNT);
}

#[test]
fn every_code_iana_lists_has_a_reference_and_no_other() {
    let iana = iana_codes();
    for status in HttpStatus::iter() {
        let listed = iana
            .get(&status.code())
            .is_some_and(|row| !field(row, "reference").is_empty());
        assert_eq!(
            status.reference().is_some(),
            listed,
            "{status:?}: {:?}, IANA lists it: {listed}",
            status.reference()
        );
    }
}

#[track_caller]
fn reference_case(status: HttpStatus, reference: &str, iana: &str) {
    assert_eq!(status.reference(), Some(reference));
    assert_eq!(iana_citation(iana).as_deref(), Some(reference));
    let row = &iana_codes()[&status.code()];
    assert_eq!(field(row, "reference"), iana);
}

#[test]
#[rustfmt::skip] // A table: one case per line.
fn references_that_need_care() {
    // Two references in one field: each loses its brackets, and "; " joins them.
    reference_case(HttpStatus::NOT_EXTENDED, "RFC2774; status-change-http-experiments-to-historic", "[RFC2774][status-change-http-experiments-to-historic]");
    // IANA's row for 418 is "(Unused)", but it gives a reference.
    reference_case(HttpStatus::IM_A_TEAPOT, "RFC9110, Section 15.5.19", "[RFC9110, Section 15.5.19]");
    reference_case(HttpStatus::PROCESSING, "RFC2518", "[RFC2518]");
    reference_case(HttpStatus::EARLY_HINTS, "RFC8297", "[RFC8297]");
    reference_case(HttpStatus::CONTENT_TOO_LARGE, "RFC9110, Section 15.5.14", "[RFC9110, Section 15.5.14]");
    reference_case(HttpStatus::UNPROCESSABLE_CONTENT, "RFC9110, Section 15.5.21", "[RFC9110, Section 15.5.21]");
    reference_case(HttpStatus::NETWORK_AUTHENTICATION_REQUIRED, "RFC6585", "[RFC6585]");
}

#[test]
fn codes_iana_lists_but_python_does_not_are_not_entries() {
    let iana = iana_codes();
    let extra: Vec<u16> = iana
        .keys()
        .copied()
        .filter(|code| HttpStatus::from_code(*code).is_none())
        .collect();
    // 104 is temporary, 306 unused, the others unassigned: CPython has no member for them.
    assert_eq!(extra, [104, 306, 427, 430, 509]);
}
