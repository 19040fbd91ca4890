//! The runtime every generated type shares: the traits ([`CodeType`], [`Registry`],
//! [`OpenCode`], [`ClassType`], [`Classified`]) and the code written once for all of them
//! (formatting, parsing, iteration).

use core::fmt;
use core::fmt::Write as _;
use core::hash::Hash;
use core::num::ParseIntError;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind, UnknownCode};

mod sealed {
    pub trait Sealed {}
}

/// The primitive integer types a registry's codes can have: `u8` to `u64`, `i8` to `i64`.
///
/// Sealed: the macro accepts exactly these types.
pub trait Repr:
    sealed::Sealed
    + Copy
    + Eq
    + Ord
    + Hash
    + fmt::Debug
    + fmt::Display
    + FromStr<Err = ParseIntError>
    + Into<i128>
    + TryFrom<u32>
    + Send
    + Sync
    + 'static
{
    /// The type's name as written in Rust source, such as `"u16"`.
    const TYPE_NAME: &'static str;
    /// The smallest code of this type.
    const MIN: Self;
    /// The largest code of this type.
    const MAX: Self;
}

macro_rules! impl_repr {
    ($($ty:ident)*) => {$(
        impl sealed::Sealed for $ty {}
        impl Repr for $ty {
            const TYPE_NAME: &'static str = stringify!($ty);
            const MIN: Self = $ty::MIN;
            const MAX: Self = $ty::MAX;
        }
    )*};
}
impl_repr!(u8 u16 u32 u64 i8 i16 i32 i64);

/// An iterator over the entries of a registry, in declaration order.
pub type Iter<R> = core::iter::Copied<core::slice::Iter<'static, R>>;

/// What every type [`status_registry!`](crate::status_registry!) generates has: a registry (the
/// closed enum, [`Registry`]) and its open code type ([`OpenCode`]) are both types whose values
/// are numeric codes.
///
/// Formatting, parsing and the error types are written once over this trait.
pub trait CodeType:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The integer type of the codes.
    type Repr: Repr;

    /// The type's name as declared, such as `"HttpStatus"`; error messages use it.
    const TYPE_NAME: &'static str;

    /// The smallest code a value can have: the repr's minimum for a registry, the start of the
    /// window for an open code type.
    const MIN_CODE: Self::Repr;

    /// The largest code a value can have.
    const MAX_CODE: Self::Repr;

    /// The numeric code.
    fn code(self) -> Self::Repr;

    /// The value with this code, if there is one.
    fn from_code(code: Self::Repr) -> Option<Self>;

    /// The value named so by an entry or an alias (an exact, case-sensitive match).
    fn from_name(name: &str) -> Option<Self>;

    /// What `Display` writes after the code: the reason phrase, or `(unregistered)` for a code
    /// of an open code type that no entry has.
    fn label(self) -> &'static str;
}

/// A status registry: the enum [`status_registry!`](crate::status_registry!) generates.
///
/// Every generated registry implements it, so generic code (formatting, parsing, a command-line
/// lookup, serde helpers) works with any registry. The generated type also has each of these
/// as an inherent `const fn` where Rust allows it, so most users never import this trait.
pub trait Registry:
    CodeType
    + FromStr<Err = ParseError<Self>>
    + TryFrom<Self::Repr, Error = UnknownCode<Self>>
    + Into<Self::Repr>
{
    /// Every entry in declaration order, aliases excluded.
    const ALL: &'static [Self];

    /// How many entries there are (aliases excluded).
    const COUNT: usize = Self::ALL.len();

    /// The canonical name as declared, such as `"NOT_FOUND"`.
    fn name(self) -> &'static str;

    /// The reason phrase, such as `"Not Found"`.
    fn phrase(self) -> &'static str;

    /// The long description; `""` when the declaration gives none.
    fn description(self) -> &'static str;

    /// The specification that defines the code, such as `"RFC9110, Section 15.5.5"`.
    fn reference(self) -> Option<&'static str>;

    /// Iterates over every entry in declaration order, aliases excluded.
    fn iter() -> Iter<Self> {
        Self::ALL.iter().copied()
    }
}

/// An open code type: any code in a window (`open StatusCode in 100..=999;` in a declaration),
/// registered or not, held without loss next to its registry.
pub trait OpenCode:
    CodeType
    + FromStr<Err = ParseError<Self>>
    + TryFrom<Self::Repr, Error = UnknownCode<Self>>
    + From<Self::Registry>
    + Into<Self::Repr>
{
    /// The registry whose entries this type knows.
    type Registry: Registry<Repr = Self::Repr>;

    /// The registry's entry with this code, if there is one.
    fn known(self) -> Option<Self::Registry>;
}

/// The class type of a registry that declares `classes` (or extends one that does).
pub trait ClassType:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The integer type of the codes.
    type Repr: Repr;

    /// Every class, in ascending order of their ranges.
    const ALL: &'static [Self];

    /// The class whose range holds `code`, if any.
    fn of(code: Self::Repr) -> Option<Self>;

    /// The codes of this class.
    fn range(self) -> core::ops::RangeInclusive<Self::Repr>;

    /// The class's name as declared, such as `"CLIENT_ERROR"`.
    fn name(self) -> &'static str;

    /// The class's phrase, such as `"Client Error"`.
    fn phrase(self) -> &'static str;
}

/// A registry with classes: every entry belongs to one.
pub trait Classified: Registry {
    /// The class type.
    type Class: ClassType<Repr = Self::Repr>;

    /// The class this entry belongs to.
    fn class(self) -> Self::Class;
}

/// What the generated code knows of one entry, besides its code.
#[doc(hidden)]
#[derive(Debug)]
pub struct Entry {
    pub name: &'static str,
    pub phrase: &'static str,
    pub description: &'static str,
    pub reference: Option<&'static str>,
    /// What `Display` writes: the code and the phrase, `"404 Not Found"`.
    pub line: &'static str,
}

impl Entry {
    /// The row of no entry.
    pub const MISSING: Entry = Entry {
        name: "",
        phrase: "",
        description: "",
        reference: None,
        line: "",
    };
}

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

/// `FromStr` of every registry. It reads a name or alias (`NOT_FOUND`), a decimal code as Rust's
/// integer parsing reads it (`404`, `+404`, `0404`), or what `Display` writes (`404 Not Found`,
/// whose phrase must then be the entry's).
#[doc(hidden)]
#[inline]
pub fn parse<T: CodeType>(input: &str) -> Result<T, ParseError<T>> {
    // The common case, a plain code such as `404`, without `str::parse` or a search for a phrase.
    match short_code::<T::Repr>(input.as_bytes()) {
        Some(code) if T::MIN_CODE <= code && code <= T::MAX_CODE => {
            T::from_code(code).ok_or(ParseError::new(ParseErrorKind::UnknownCode(code)))
        }
        _ => parse_any(input),
    }
}

/// [`parse`], for any input. Out of line, so that the common case above stays small where it
/// is inlined.
#[cold]
#[inline(never)]
fn parse_any<T: CodeType>(input: &str) -> Result<T, ParseError<T>> {
    let error = |kind| Err(ParseError::new(kind));
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

/// One to five ASCII digits that make a code of `T`. Anything else is left to [`parse_code`].
#[inline]
fn short_code<T: Repr>(digits: &[u8]) -> Option<T> {
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
