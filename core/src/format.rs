//! `Display` of every generated type, written once: the code's digits by hand, then the label,
//! padded as the formatter asks.

use core::fmt;
use core::fmt::Write as _;

use crate::code::CodeType;

/// `Display` of every generated type: `404 Not Found` (`499 (unregistered)` for an open code
/// type's unregistered code), padded as the formatter asks (`{:>20}`).
#[doc(hidden)]
pub fn display<T: CodeType>(status: T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let (code, label): (i128, _) = (status.code().into(), status.label());
    let mut digits = [0; 20];
    let digits = decimal(code, &mut digits);
    let sign = if code < 0 { "-" } else { "" };
    let write = |f: &mut fmt::Formatter<'_>| {
        f.write_str(sign)?;
        f.write_str(digits)?;
        f.write_str(" ")?;
        f.write_str(label)
    };
    match f.width() {
        None => write(f),
        Some(width) => {
            let chars = sign.len() + digits.len() + 1 + label.chars().count();
            pad(width, chars, f, write)
        }
    }
}

/// The decimal digits of `code`'s magnitude, written by hand into `buffer` (no `core::fmt`):
/// every code of a repr up to 64 bits has at most 20.
fn decimal(code: i128, buffer: &mut [u8; 20]) -> &str {
    let mut magnitude = u64::try_from(code.unsigned_abs()).unwrap_or(u64::MAX);
    let mut count = 0;
    for slot in buffer.iter_mut().rev() {
        *slot = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        count += 1;
        if magnitude == 0 {
            break;
        }
    }
    let digits = buffer.get(buffer.len() - count..).unwrap_or_default();
    core::str::from_utf8(digits).unwrap_or_default()
}

/// `Display` of a registry's entry from its line (`404 Not Found`, written by the macro): one
/// `write_str`, or padded as the formatter asks (`{:>20}`). The precision is ignored.
#[doc(hidden)]
#[inline]
pub fn display_line(line: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match f.width() {
        None => f.write_str(line),
        Some(width) => pad(width, line.chars().count(), f, |f| f.write_str(line)),
    }
}

/// Writes `text` (`chars` characters) with fill up to `width`, as the formatter's alignment says
/// (left by default).
#[cold]
fn pad(
    width: usize,
    chars: usize,
    f: &mut fmt::Formatter<'_>,
    text: impl FnOnce(&mut fmt::Formatter<'_>) -> fmt::Result,
) -> fmt::Result {
    let padding = width.saturating_sub(chars);
    let (before, after) = match f.align() {
        Some(fmt::Alignment::Right) => (padding, 0),
        Some(fmt::Alignment::Center) => (padding / 2, padding - padding / 2),
        Some(fmt::Alignment::Left) | None => (0, padding),
    };
    let fill = f.fill();
    for _ in 0..before {
        f.write_char(fill)?;
    }
    text(f)?;
    for _ in 0..after {
        f.write_char(fill)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn decimal_digits_of_every_magnitude() {
        let mut buffer = [0; 20];
        for (code, digits) in [
            (0, "0"),
            (7, "7"),
            (404, "404"),
            (-5, "5"),
            (i128::from(u64::MAX), "18446744073709551615"),
            (i128::from(i64::MIN), "9223372036854775808"),
        ] {
            assert_eq!(decimal(code, &mut buffer), digits, "decimal({code})");
        }
    }
}
