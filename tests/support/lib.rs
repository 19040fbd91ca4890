//! What the integration tests share: readers of the reference tables in `tests/data/`, and the
//! runtime properties every registry must have ([`properties`]).
#![forbid(unsafe_code)]

pub mod properties;

/// The rows of a tab-separated table with a header line: each row as its fields, keyed by the
/// header's column names. Lines that are empty are skipped.
pub fn tsv_rows(text: &str) -> Vec<Vec<(&str, &str)>> {
    let mut lines = text.lines().filter(|line| !line.is_empty());
    let header: Vec<&str> = lines
        .next()
        .map(|line| line.split('\t').collect())
        .unwrap_or_default();
    lines
        .map(|line| header.iter().copied().zip(line.split('\t')).collect())
        .collect()
}
