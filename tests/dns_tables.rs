//! The `dns` registry against IANA's DNS RCODEs registry, field by field
//! (`tests/data/iana_dns_rcodes.tsv`), with its two doubled values and its ranges.

use status_registry::dns::{DnsRcode, Rcode, RcodeClass};
use status_registry::Registry as _;
use status_registry_suite::{field, iana_citation, tsv_rows};

const IANA: &str = include_str!("data/iana_dns_rcodes.tsv");

#[test]
fn every_entry_is_ianas_field_by_field() {
    let rows = tsv_rows(IANA);
    assert_eq!(rows.len(), 27);
    let mut checked = Vec::new();
    for row in &rows {
        let name = field(row, "name");
        // A range, or 65535 ("Reserved, can be allocated by Standards Action"): checked below.
        let Ok(code) = field(row, "code").parse::<u16>() else {
            continue;
        };
        if name.starts_with("Reserved") {
            assert_eq!(code, u16::MAX);
            continue;
        }
        let name = name.to_uppercase();
        let rcode = DnsRcode::from_name(&name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(rcode.code(), code, "{name}");
        let citation = iana_citation(field(row, "reference")).unwrap();
        let description = field(row, "description");
        match (code, rcode.name() == name) {
            // The first row of a value is the entry; a second one is an alias (16) or the
            // same name again (9), and the entry cites both rows and describes the second.
            (_, true) if !checked.contains(&code) => {
                assert_eq!(rcode.phrase(), description, "{name}");
                assert!(rcode.reference().unwrap().starts_with(&citation), "{name}");
                checked.push(code);
            }
            _ => {
                assert!(rcode.reference().unwrap().ends_with(&citation), "{name}");
                assert!(rcode.description().contains(description), "{name}");
            }
        }
    }
    let ours: Vec<u16> = DnsRcode::iter().map(DnsRcode::code).collect();
    assert_eq!(ours, checked, "every value IANA lists, once, in its order");
}

#[test]
fn sixteen_is_badvers_and_badsig() {
    assert_eq!(DnsRcode::from_code(16), Some(DnsRcode::BADVERS));
    assert_eq!(DnsRcode::from_name("BADSIG"), Some(DnsRcode::BADVERS));
    assert_eq!(DnsRcode::BADSIG, DnsRcode::BADVERS);
    assert_eq!(Rcode::BADSIG.code(), 16);
    let aliases: Vec<_> = DnsRcode::aliases().collect();
    assert_eq!(aliases, [("BADSIG", DnsRcode::BADVERS)]);
}

#[test]
fn classes_are_ianas_ranges() {
    let ranges: Vec<(u16, u16)> = RcodeClass::ALL
        .iter()
        .map(|class| (*class.range().start(), *class.range().end()))
        .collect();
    assert_eq!(
        ranges,
        [(0, 3840), (3841, 4095), (4096, 65534), (65535, 65535)]
    );
    for row in tsv_rows(IANA) {
        let code = field(&row, "code");
        if let Some((lo, hi)) = code.split_once('-') {
            let (lo, hi): (u16, u16) = (lo.parse().unwrap(), hi.parse().unwrap());
            let private = field(&row, "name") == "Reserved for Private Use";
            for code in [lo, hi] {
                assert_eq!(Rcode::from_u16(code).is_private_use(), private, "{code}");
                assert_eq!(DnsRcode::from_code(code), None, "{code}");
            }
        }
    }
    assert!(Rcode::from_u16(65535).is_reserved());
    assert_eq!(Rcode::from_u16(3841).class(), Some(RcodeClass::PRIVATE_USE));
    for code in 0..=u16::MAX {
        assert_eq!(Rcode::from_u16(code).code(), code);
        assert_eq!(Rcode::from_u16(code).known(), DnsRcode::from_code(code));
    }
}
