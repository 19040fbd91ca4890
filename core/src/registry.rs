//! The runtime every generated registry shares: the [`Registry`] trait and the code written
//! once for all registries (formatting, parsing, iteration).

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

/// A status registry: the type [`status_registry!`](crate::status_registry!) generates.
///
/// Every generated type implements it, so generic code (formatting, parsing, a command-line
/// lookup, serde helpers) works with any registry. The generated type also has each of these
/// as an inherent `const fn` where Rust allows it, so most users never import this trait.
pub trait Registry:
    Copy
    + Eq
    + Ord
    + Hash
    + fmt::Debug
    + fmt::Display
    + FromStr<Err = ParseError<Self>>
    + TryFrom<Self::Repr, Error = UnknownCode<Self>>
    + Into<Self::Repr>
    + Send
    + Sync
    + 'static
{
    /// The integer type of the codes.
    type Repr: Repr;

    /// The registry's type name as declared, such as `"HttpStatus"`; error messages use it.
    const TYPE_NAME: &'static str;

    /// Every entry in declaration order, aliases excluded.
    const ALL: &'static [Self];

    /// How many entries there are (aliases excluded).
    const COUNT: usize = Self::ALL.len();

    /// The numeric code.
    fn code(self) -> Self::Repr;

    /// The canonical name as declared, such as `"NOT_FOUND"`.
    fn name(self) -> &'static str;

    /// The reason phrase, such as `"Not Found"`.
    fn phrase(self) -> &'static str;

    /// The long description; `""` when the declaration gives none.
    fn description(self) -> &'static str;

    /// The specification that defines the code, such as `"RFC9110, Section 15.5.5"`.
    fn reference(self) -> Option<&'static str>;

    /// The entry with this code, if it is registered.
    fn from_code(code: Self::Repr) -> Option<Self>;

    /// The entry with this canonical name or alias (an exact, case-sensitive match).
    fn from_name(name: &str) -> Option<Self>;

    /// Iterates over every entry in declaration order, aliases excluded.
    fn iter() -> Iter<Self> {
        Self::ALL.iter().copied()
    }
}

/// What the generated code knows of one entry, besides its code.
#[doc(hidden)]
#[derive(Debug)]
pub struct Entry {
    pub name: &'static str,
    pub phrase: &'static str,
    pub description: &'static str,
    pub reference: Option<&'static str>,
}

/// `Display` of every registry: `404 Not Found`, padded as the formatter asks (`{:>20}`).
#[doc(hidden)]
pub fn display<R: Registry>(status: R, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let (code, phrase) = (status.code(), status.phrase());
    let Some(width) = f.width() else {
        return write!(f, "{code} {phrase}");
    };
    let mut code_width = CharCount(0);
    write!(code_width, "{code}")?;
    let padding = width.saturating_sub(code_width.0 + 1 + phrase.chars().count());
    let (before, after) = match f.align() {
        Some(fmt::Alignment::Right) => (padding, 0),
        Some(fmt::Alignment::Center) => (padding / 2, padding - padding / 2),
        Some(fmt::Alignment::Left) | None => (0, padding),
    };
    let fill = f.fill();
    for _ in 0..before {
        f.write_char(fill)?;
    }
    write!(f, "{code} {phrase}")?;
    for _ in 0..after {
        f.write_char(fill)?;
    }
    Ok(())
}

/// Counts the characters written to it.
struct CharCount(usize);

impl fmt::Write for CharCount {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.chars().count();
        Ok(())
    }
}

/// `FromStr` of every registry. It reads a name or alias (`NOT_FOUND`), a decimal code as Rust's
/// integer parsing reads it (`404`, `+404`, `0404`), or what `Display` writes (`404 Not Found`,
/// whose phrase must then be the entry's).
#[doc(hidden)]
pub fn parse<R: Registry>(input: &str) -> Result<R, ParseError<R>> {
    let error = |kind| Err(ParseError::new(kind));
    match input.as_bytes().first() {
        None => return error(ParseErrorKind::Empty),
        Some(b'0'..=b'9' | b'+' | b'-') => {}
        Some(_) => {
            return R::from_name(input).ok_or(ParseError::new(ParseErrorKind::UnknownName));
        }
    }
    let (number, phrase) = match input.split_once(' ') {
        Some((number, phrase)) => (number, Some(phrase)),
        None => (input, None),
    };
    let code = parse_code::<R::Repr>(number).map_err(ParseError::new)?;
    match (R::from_code(code), phrase) {
        (None, _) => error(ParseErrorKind::UnknownCode(code)),
        (Some(status), Some(phrase)) if phrase != status.phrase() => {
            error(ParseErrorKind::WrongPhrase(code))
        }
        (Some(status), _) => Ok(status),
    }
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
