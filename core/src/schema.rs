//! The JSON Schema of a type of codes, written once for the `schemars` and `utoipa` features:
//! exactly the values its serde impls (`external/serde.rs`) write and read.
//!
//! serde writes a code as a JSON integer, and reads an integer that is one of the type's codes
//! or, in a human-readable format (JSON, YAML, TOML), a string that `FromStr` reads: a name or
//! alias, the code in decimal digits (`404`, `+404`, `0404`), or a line as `Display` writes it
//! (`404 Not Found`). So the schema of a registry is a `oneOf`: a `const` per entry, with its
//! phrase as `title` and its description as `description`, then the strings, as one `pattern`.
//! An open code type's is an `anyOf` of the same consts (its known codes, named), the whole window
//! as an integer range, and its strings (any code of the window; a code that no entry has shows
//! as `499 (unregistered)`).
//!
//! The schema's own `title` is the type's name and its `description` the type's docs, which the
//! macro's expansion passes in. The dialect is JSON Schema 2020-12, which OpenAPI 3.1 speaks.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use serde_json::{json, Map, Value};

use crate::code::CodeType;
use crate::traits::{OpenCode, Registry};

/// The schema of the registry `R`, described by `description` (its docs; `""` for none).
pub fn registry_schema<R: Registry>(description: &str) -> Map<String, Value> {
    let mut entries: Vec<Value> = R::iter().map(entry_schema).collect();
    entries.push(strings::<R>(R::iter().map(code_form), None));
    let mut schema = head::<R>(description);
    schema.insert("oneOf".into(), Value::Array(entries));
    schema
}

/// The schema of the open code type `O`, described by `description`.
pub fn open_schema<O: OpenCode>(description: &str) -> Map<String, Value> {
    let (lo, hi) = (O::MIN_CODE.into(), O::MAX_CODE.into());
    let known = || O::Registry::iter().filter(|entry| (lo..=hi).contains(&entry.code().into()));
    let mut alternatives: Vec<Value> = known().map(entry_schema).collect();
    alternatives.push(json!({
        "type": "integer",
        "minimum": number(lo),
        "maximum": number(hi),
        "description": format!(
            "Any code of `{lo}..={hi}`, registered in {} or not.",
            <O::Registry as CodeType>::TYPE_NAME
        ),
    }));
    let mut codes: Vec<i128> = known().map(|entry| entry.code().into()).collect();
    codes.sort_unstable();
    let unregistered = gaps(lo, hi, &codes)
        .map(|(lo, hi)| range_pattern(lo, hi))
        .collect::<Vec<_>>()
        .join("|");
    let window = [range_pattern(lo, hi)]
        .into_iter()
        .chain((!unregistered.is_empty()).then(|| format!("({unregistered}) \\(unregistered\\)")));
    alternatives.push(strings::<O::Registry>(
        known().map(code_form).chain(window),
        Some(lo),
    ));
    let mut schema = head::<O>(description);
    schema.insert("anyOf".into(), Value::Array(alternatives));
    schema
}

/// The schema's `title` (the type's name) and `description`.
fn head<T: CodeType>(description: &str) -> Map<String, Value> {
    let mut schema = Map::new();
    schema.insert("title".into(), T::TYPE_NAME.into());
    if !description.is_empty() {
        schema.insert("description".into(), description.into());
    }
    schema
}

/// An entry's code, as a `const` with its phrase and description.
fn entry_schema<R: Registry>(entry: R) -> Value {
    let mut schema = Map::new();
    schema.insert("type".into(), "integer".into());
    schema.insert("const".into(), number(entry.code().into()));
    schema.insert("title".into(), entry.phrase().into());
    if !entry.description().is_empty() {
        schema.insert("description".into(), entry.description().into());
    }
    Value::Object(schema)
}

/// The strings that `FromStr` reads: every name and alias of `R`, and the `forms` of codes
/// (patterns). `example_code` is the code shown as a second example, the first entry's if `None`.
fn strings<R: Registry>(forms: impl Iterator<Item = String>, example_code: Option<i128>) -> Value {
    let names = R::NAMES.iter().map(|&(name, _)| String::from(name));
    let pattern = names.chain(forms).collect::<Vec<_>>().join("|");
    let first = R::ALL.first().copied();
    let examples: Vec<Value> = first
        .map(|entry| Value::from(entry.name()))
        .into_iter()
        .chain(
            example_code
                .or_else(|| first.map(|entry| entry.code().into()))
                .map(|code| Value::from(format!("{code}"))),
        )
        .collect();
    let line = first.map_or(String::new(), |entry| format!(" (`{entry}`)"));
    json!({
        "type": "string",
        "pattern": format!("^({pattern})$"),
        "description": format!("In human-readable formats (JSON, YAML, TOML): the name of an entry or an alias, the code in decimal digits, or a line as `Display` writes it{line}."),
        "examples": examples,
    })
}

/// An entry's code in decimal digits, optionally followed by its phrase, as a pattern.
fn code_form<R: Registry>(entry: R) -> String {
    let code = entry.code().into();
    format!(
        "{}( {})?",
        range_pattern(code, code),
        escape(entry.phrase())
    )
}

/// A code as a JSON number (every repr's code is an `i64` or a `u64`).
pub(crate) fn number(code: i128) -> Value {
    match (i64::try_from(code), u64::try_from(code)) {
        (Ok(code), _) => code.into(),
        (_, Ok(code)) => code.into(),
        _ => Value::Null,
    }
}

/// The codes of `lo..=hi` that `codes` (sorted, inside the window) leaves out, as ranges.
fn gaps(lo: i128, hi: i128, codes: &[i128]) -> impl Iterator<Item = (i128, i128)> + '_ {
    let starts = core::iter::once(lo).chain(codes.iter().map(|code| code + 1));
    let ends = codes
        .iter()
        .map(|code| code - 1)
        .chain(core::iter::once(hi));
    starts.zip(ends).filter(|(start, end)| start <= end)
}

/// A pattern (without anchors) of the decimal strings Rust's integer parsing reads as a number
/// of `lo..=hi`: an optional `+`, leading zeros, `-` before a negative number, and `-0`.
fn range_pattern(lo: i128, hi: i128) -> String {
    let mut forms = Vec::new();
    if hi >= 1 {
        let digits = magnitudes(lo.max(1).unsigned_abs(), hi.unsigned_abs());
        forms.push(format!("\\+?0*({digits})"));
    }
    if lo <= 0 && 0 <= hi {
        forms.push(String::from("[+-]?0+"));
    }
    if lo <= -1 {
        let digits = magnitudes(hi.min(-1).unsigned_abs(), lo.unsigned_abs());
        forms.push(format!("-0*({digits})"));
    }
    forms.join("|")
}

/// A pattern of the numbers of `lo..=hi` (`1 <= lo`) written without leading zeros.
fn magnitudes(lo: u128, hi: u128) -> String {
    let mut alternatives = Vec::new();
    let (lo_digits, hi_digits) = (lo.ilog10() + 1, hi.ilog10() + 1);
    for digits in lo_digits..=hi_digits {
        let lo = lo.max(10_u128.pow(digits - 1));
        let hi = hi.min(10_u128.pow(digits) - 1);
        same_width(
            format!("{lo}").as_bytes(),
            format!("{hi}").as_bytes(),
            String::new(),
            &mut alternatives,
        );
    }
    alternatives.join("|")
}

/// Pushes patterns of the digit strings of `lo.len()` digits from `lo` to `hi`, after `prefix`:
/// the leading digits both share, then one digit range whose rest is free, with the ranges at
/// either end written digit by digit.
fn same_width(lo: &[u8], hi: &[u8], prefix: String, out: &mut Vec<String>) {
    let (Some((&first_lo, rest_lo)), Some((&first_hi, rest_hi))) =
        (lo.split_first(), hi.split_first())
    else {
        out.push(prefix);
        return;
    };
    if first_lo == first_hi {
        same_width(
            rest_lo,
            rest_hi,
            format!("{prefix}{}", char::from(first_lo)),
            out,
        );
        return;
    }
    let width = rest_lo.len();
    let (low_full, high_full) = (
        rest_lo.iter().all(|&d| d == b'0'),
        rest_hi.iter().all(|&d| d == b'9'),
    );
    let (mut start, mut end) = (first_lo, first_hi);
    if !low_full {
        let nines = alloc::vec![b'9'; width];
        same_width(
            rest_lo,
            &nines,
            format!("{prefix}{}", char::from(first_lo)),
            out,
        );
        start += 1;
    }
    if !high_full {
        end -= 1;
    }
    if start <= end {
        let class = if start == end {
            String::from(char::from(start))
        } else {
            format!("[{}-{}]", char::from(start), char::from(end))
        };
        let free = match width {
            0 => String::new(),
            1 => String::from("[0-9]"),
            _ => format!("[0-9]{{{width}}}"),
        };
        out.push(format!("{prefix}{class}{free}"));
    }
    if !high_full {
        let zeros = alloc::vec![b'0'; width];
        same_width(
            &zeros,
            rest_hi,
            format!("{prefix}{}", char::from(first_hi)),
            out,
        );
    }
}

/// `text` as a pattern that matches it literally: ECMA-262's syntax characters escaped, and only
/// those (its Unicode mode rejects other escapes).
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if "^$\\.*+?()[]{}|".contains(c) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(lo: i128, hi: i128, pattern: &str) {
        assert_eq!(range_pattern(lo, hi), pattern);
    }

    #[test]
    fn range_patterns() {
        case(404, 404, "\\+?0*(404)");
        case(100, 999, "\\+?0*([1-9][0-9]{2})");
        case(
            0,
            99_999,
            "\\+?0*([1-9]|[1-9][0-9]|[1-9][0-9]{2}|[1-9][0-9]{3}|[1-9][0-9]{4})|[+-]?0+",
        );
        case(104, 199, "\\+?0*(10[4-9]|1[1-9][0-9])");
        case(-5, -5, "-0*(5)");
        case(-128, 127, "\\+?0*([1-9]|[1-9][0-9]|1[0-1][0-9]|12[0-7])|[+-]?0+|-0*([1-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8])");
    }

    #[test]
    fn gaps_between_codes() {
        let gaps: Vec<_> = gaps(100, 110, &[100, 103, 104, 110]).collect();
        assert_eq!(gaps, [(101, 102), (105, 109)]);
    }
}
