//! The runtime every generated registry shares: the [`Registry`] trait and the code written
//! once for all registries (formatting, parsing, iteration).

use core::fmt;
use core::hash::Hash;
use core::num::{IntErrorKind, ParseIntError};
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

/// A status registry: the type [`status_registry!`](crate::status_registry) generates.
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

/// `Display` of every registry: `404 Not Found`.
#[doc(hidden)]
pub fn display<R: Registry>(status: R, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write!(f, "{} {}", status.code(), status.phrase())
}

/// `FromStr` of every registry: a decimal code (as Rust's integer parsing reads it), or a name.
#[doc(hidden)]
pub fn parse<R: Registry>(input: &str) -> Result<R, ParseError<R>> {
    let kind = match input.as_bytes().first() {
        None => ParseErrorKind::Empty,
        Some(b'0'..=b'9' | b'+' | b'-') => match input.parse::<R::Repr>() {
            Ok(code) => match R::from_code(code) {
                Some(status) => return Ok(status),
                None => ParseErrorKind::UnknownCode(code),
            },
            Err(error) => match error.kind() {
                IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => {
                    ParseErrorKind::OutOfRange
                }
                _ => ParseErrorKind::InvalidCode,
            },
        },
        Some(_) => match R::from_name(input) {
            Some(status) => return Ok(status),
            None => ParseErrorKind::UnknownName,
        },
    };
    Err(ParseError::new(kind))
}
