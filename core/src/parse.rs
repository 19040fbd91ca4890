//! `FromStr` of every generated type, written once: a code, a name or alias, or what `Display`
//! writes.

use crate::code::{CodeType, Repr};
use crate::error::{ParseError, ParseErrorKind};

/// `FromStr` of every registry. It reads a name or alias (`NOT_FOUND`), a decimal code as Rust's
/// integer parsing reads it (`404`, `+404`, `0404`), or what `Display` writes (`404 Not Found`,
/// whose phrase must then be the entry's).
#[doc(hidden)]
#[inline]
pub fn parse<T: CodeType>(input: &str) -> Result<T, ParseError<T>> {
    parse_short(input.as_bytes(), || parse_any(input))
}

/// The common case, a plain code of `T`'s window such as `404`, without `str::parse` or a
/// search for a phrase; `otherwise` for any other input.
#[inline]
fn parse_short<T: CodeType>(
    input: &[u8],
    otherwise: impl FnOnce() -> Result<T, ParseError<T>>,
) -> Result<T, ParseError<T>> {
    // A window of three-digit codes (HTTP's) holds no other plain code, so any other length
    // goes to `otherwise` at once, as `http`'s parser rejects it, rather than through the loop
    // for one to five digits (whose branches random inputs mispredict).
    let code = if T::MIN_CODE.into() >= 100 && T::MAX_CODE.into() <= 999 {
        three_digits::<T::Repr>(input)
    } else {
        short_code_of::<T>(input)
    };
    match code {
        Some(code) if T::MIN_CODE <= code && code <= T::MAX_CODE => {
            T::from_code(code).ok_or(ParseError::new(ParseErrorKind::UnknownCode(code)))
        }
        _ => otherwise(),
    }
}

/// [`parse`], for any input. Out of line, so that the common case above stays small where it
/// is inlined.
#[cold]
#[inline(never)]
fn parse_any<T: CodeType>(input: &str) -> Result<T, ParseError<T>> {
    let error = |kind| Err(ParseError::new(kind));
    // One to five digits that the fast path did not take (outside `T`'s window, or not three
    // digits where the window holds only those): the answer without `str::parse`.
    if let Some(code) = short_code::<T::Repr>(input.as_bytes()) {
        return plain_code(code);
    }
    match input.as_bytes().first() {
        None => return error(ParseErrorKind::Empty),
        Some(b'0'..=b'9' | b'+' | b'-') => {}
        Some(_) => {
            return T::from_name(input).ok_or(ParseError::new(ParseErrorKind::UnknownName));
        }
    }
    let (number, phrase) = match input.split_once(' ') {
        Some((number, phrase)) => (number, Some(phrase)),
        None => (input, None),
    };
    let code = parse_code::<T::Repr>(number).map_err(ParseError::new)?;
    if code < T::MIN_CODE || code > T::MAX_CODE {
        return error(ParseErrorKind::OutOfRange);
    }
    match (T::from_code(code), phrase) {
        (None, _) => error(ParseErrorKind::UnknownCode(code)),
        (Some(status), Some(phrase)) if phrase != status.label() => {
            error(ParseErrorKind::WrongPhrase(code))
        }
        (Some(status), _) => Ok(status),
    }
}

/// [`parse`] of bytes, which `from_bytes` of every generated type calls (as
/// `http::StatusCode::from_bytes` reads bytes): bytes that are not UTF-8 are neither a code nor
/// a name.
#[doc(hidden)]
#[inline]
pub fn parse_bytes<T: CodeType>(input: &[u8]) -> Result<T, ParseError<T>> {
    parse_short(input, || parse_any_bytes(input))
}

/// [`parse_bytes`], for any input: out of line, as [`parse_any`].
#[cold]
#[inline(never)]
fn parse_any_bytes<T: CodeType>(input: &[u8]) -> Result<T, ParseError<T>> {
    // One to five digits are UTF-8: answered before the check of the whole input.
    if let Some(code) = short_code::<T::Repr>(input) {
        return plain_code(code);
    }
    match core::str::from_utf8(input) {
        Ok(input) => parse_any(input),
        Err(_) => Err(ParseError::new(match input.first() {
            Some(b'0'..=b'9' | b'+' | b'-') => ParseErrorKind::InvalidCode,
            _ => ParseErrorKind::UnknownName,
        })),
    }
}

/// The entry of `T` with `code`, read as plain digits: out of range outside `T`'s window.
#[inline]
fn plain_code<T: CodeType>(code: T::Repr) -> Result<T, ParseError<T>> {
    if code < T::MIN_CODE || code > T::MAX_CODE {
        return Err(ParseError::new(ParseErrorKind::OutOfRange));
    }
    T::from_code(code).ok_or(ParseError::new(ParseErrorKind::UnknownCode(code)))
}

/// [`short_code`], where four or five digits, as many as every code of a registry has
/// (`CodeType::CODE_DIGITS`), are read with no loop, whose exit the digits of another length
/// would otherwise take at random.
#[inline]
fn short_code_of<T: CodeType>(digits: &[u8]) -> Option<T::Repr> {
    match (T::CODE_DIGITS, digits.len()) {
        (4, 4) => fixed_digits::<T::Repr, 4>(digits),
        (5, 5) => fixed_digits::<T::Repr, 5>(digits),
        _ => short_code::<T::Repr>(digits),
    }
}

/// One to five ASCII digits that make a code of `T`. Anything else is left to [`parse_code`].
/// Three digits, the length of every HTTP code, take no loop and one branch on the digits.
#[inline]
fn short_code<T: Repr>(digits: &[u8]) -> Option<T> {
    if digits.len() == 3 {
        return three_digits(digits);
    }
    if digits.is_empty() || digits.len() > 5 {
        return None;
    }
    let mut value = 0_u32;
    for &byte in digits {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        value = value * 10 + u32::from(digit);
    }
    T::try_from(value).ok()
}

/// Three ASCII digits that make a code of `T`, with no loop and one branch on the digits.
#[inline]
fn three_digits<T: Repr>(digits: &[u8]) -> Option<T> {
    let [a, b, c] = *digits else {
        return None;
    };
    let (a, b, c) = (
        a.wrapping_sub(b'0'),
        b.wrapping_sub(b'0'),
        c.wrapping_sub(b'0'),
    );
    if (a > 9) | (b > 9) | (c > 9) {
        return None;
    }
    T::try_from(u32::from(a) * 100 + u32::from(b) * 10 + u32::from(c)).ok()
}

/// Four ASCII digits, or five, that make a code of `T` (`N`, 4 or 5), with no loop and one
/// branch on the digits: the first four read as one little-endian word, each byte tested and
/// the four combined in its lanes (two multiplications), then the fifth. Where LLVM unrolled a
/// loop over the bytes, it also vectorized it, and then laid out the caller's test of whether
/// the code is registered as a branch.
#[inline]
fn fixed_digits<T: Repr, const N: usize>(digits: &[u8]) -> Option<T> {
    if digits.len() != N {
        return None;
    }
    let [a, b, c, d, rest @ ..] = digits else {
        return None;
    };
    let word = u32::from_le_bytes([*a, *b, *c, *d]);
    // A byte is a digit when its high half is 3 (so no lane of `word - 0x3030_3030` borrows
    // from the next) and its low half at most 9 (adding 6 to its lane sets no bit past the
    // fourth).
    let lanes = word.wrapping_sub(0x3030_3030);
    let not_digits =
        ((word & 0xF0F0_F0F0) ^ 0x3030_3030) | (lanes.wrapping_add(0x0606_0606) & 0xF0F0_F0F0);
    if not_digits != 0 {
        return None;
    }
    // Byte i holds digit i: pairs into bytes 0 and 2, then the two pairs into the top half.
    let pairs = lanes.wrapping_mul(10).wrapping_add(lanes >> 8) & 0x00FF_00FF;
    let mut value = pairs.wrapping_mul(100 << 16 | 1) >> 16;
    for &byte in rest {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        value = value * 10 + u32::from(digit);
    }
    T::try_from(value).ok()
}

/// A decimal integer, telling a number that does not fit `T` from text that is not a number.
fn parse_code<T: Repr>(number: &str) -> Result<T, ParseErrorKind<T>> {
    number.parse::<T>().or_else(|_| {
        let (negative, digits) = match number.strip_prefix('-') {
            Some(digits) => (true, digits),
            None => (false, number.strip_prefix('+').unwrap_or(number)),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            Err(ParseErrorKind::InvalidCode)
        } else if negative && digits.bytes().all(|b| b == b'0') {
            // `-0` is zero, which every repr holds; Rust's unsigned parsing rejects the sign.
            digits.parse().map_err(|_| ParseErrorKind::InvalidCode)
        } else {
            Err(ParseErrorKind::OutOfRange)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{fixed_digits, short_code};

    /// Every string of four or five bytes drawn from digits and the bytes next to them (and a
    /// few far from them), read by `fixed_digits` as `short_code`'s loop reads it.
    #[test]
    fn fixed_digits_read_as_the_loop_does() {
        let bytes = [
            b'0', b'1', b'5', b'8', b'9', b'/', b':', b' ', b'+', b'a', 0, 0x3F, 0x40, 0xB0, 0xB9,
            0xFF,
        ];
        let mut input = [0_u8; 5];
        for index in 0..bytes.len().pow(4) {
            let mut rest = index;
            for byte in input.iter_mut().take(4) {
                *byte = bytes.get(rest % bytes.len()).copied().unwrap_or_default();
                rest /= bytes.len();
            }
            let four = input.get(..4).unwrap_or_default();
            assert_eq!(
                fixed_digits::<u16, 4>(four),
                short_code::<u16>(four),
                "{four:?}"
            );
            for last in [b'0', b'7', b'9', b'/', b':'] {
                input = [input[0], input[1], input[2], input[3], last];
                assert_eq!(
                    fixed_digits::<u32, 5>(&input),
                    short_code::<u32>(&input),
                    "{input:?}"
                );
            }
        }
        assert_eq!(fixed_digits::<u16, 4>(b"1897"), Some(1897));
        assert_eq!(fixed_digits::<u16, 5>(b"65536"), None);
        assert_eq!(fixed_digits::<u32, 5>(b"99999"), Some(99_999));
        assert_eq!(fixed_digits::<u16, 4>(b"123"), None);
    }
}
