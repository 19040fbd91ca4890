//! The traits of what [`status_registry!`](crate::status_registry!) generates, over
//! [`CodeType`]: [`Registry`] (the closed enum), [`OpenCode`] (its open code type),
//! [`ClassType`] and [`Classified`]. Each behaviour is written once, in a provided method; a
//! generated type implements the few items its table decides.

use core::fmt;
use core::hash::Hash;
use core::ops::RangeInclusive;
use core::str::FromStr;

use crate::code::CodeType;
use crate::error::{ParseError, UnknownCode};
use crate::table::{ClassRow, Entry};

/// An iterator over the entries of a registry, in declaration order.
pub type Iter<R> = core::iter::Copied<core::slice::Iter<'static, R>>;

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

    /// Each entry's name, in the order of `ALL`, then each alias, with the position in `ALL` of
    /// the entry it names: what `aliases` reads.
    #[doc(hidden)]
    const NAMES: &'static [(&'static str, usize)];

    /// The canonical name as declared, such as `"NOT_FOUND"`.
    fn name(self) -> &'static str;

    /// The reason phrase, such as `"Not Found"`.
    #[inline]
    fn phrase(self) -> &'static str {
        row(self).phrase
    }

    /// The long description; `""` when the declaration gives none.
    #[inline]
    fn description(self) -> &'static str {
        row(self).description
    }

    /// The specification that defines the code, such as `"RFC9110, Section 15.5.5"`.
    #[inline]
    fn reference(self) -> Option<&'static str> {
        row(self).reference
    }

    /// The reason phrase of the entry with `code`, if it is registered: `from_code` and
    /// `phrase` in one lookup (the generated type's is one table read), as `http`'s
    /// `canonical_reason`.
    #[inline]
    fn phrase_of(code: Self::Repr) -> Option<&'static str> {
        Self::from_code(code).map(Self::phrase)
    }

    /// What `FromStr` reads, from bytes: as `http::StatusCode::from_bytes`.
    #[inline]
    fn from_bytes(bytes: &[u8]) -> Result<Self, ParseError<Self>> {
        crate::parse::parse_bytes(bytes)
    }

    /// Iterates over every entry in declaration order, aliases excluded.
    #[inline]
    fn iter() -> Iter<Self> {
        Self::ALL.iter().copied()
    }

    /// Every alias in declaration order, with the entry it names: for `HttpStatus`,
    /// `("REQUEST_ENTITY_TOO_LARGE", HttpStatus::CONTENT_TOO_LARGE)` first.
    fn aliases() -> impl Iterator<Item = (&'static str, Self)> {
        Self::NAMES
            .get(Self::ALL.len()..)
            .unwrap_or_default()
            .iter()
            .filter_map(|&(alias, position)| Some((alias, *Self::ALL.get(position)?)))
    }
}

/// The row of a registry's entry: every value of a registry is an entry.
#[inline]
fn row<R: Registry>(status: R) -> &'static Entry {
    status.entry().unwrap_or(&Entry::MISSING)
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
    #[inline]
    fn known(self) -> Option<Self::Registry> {
        Self::Registry::from_code(self.code())
    }

    /// What `FromStr` reads, from bytes: as `http::StatusCode::from_bytes`.
    #[inline]
    fn from_bytes(bytes: &[u8]) -> Result<Self, ParseError<Self>> {
        crate::parse::parse_bytes(bytes)
    }
}

/// The class type of a registry that declares `classes` (or extends one that does).
pub trait ClassType:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The integer type of the codes.
    type Repr: crate::Repr;

    /// Every class, in ascending order of their ranges.
    const ALL: &'static [Self];

    /// The class's range, name and phrase: what the provided methods read.
    #[doc(hidden)]
    fn row(self) -> &'static ClassRow<Self::Repr>;

    /// The class whose range holds `code`, if any.
    #[inline]
    fn of(code: Self::Repr) -> Option<Self> {
        Self::ALL.iter().copied().find(|class| class.contains(code))
    }

    /// The codes of this class.
    #[inline]
    fn range(self) -> RangeInclusive<Self::Repr> {
        let row = self.row();
        row.0..=row.1
    }

    /// Whether `code` is in this class's range.
    #[inline]
    fn contains(self, code: Self::Repr) -> bool {
        let row = self.row();
        row.0 <= code && code <= row.1
    }

    /// The class's name as declared, such as `"CLIENT_ERROR"`.
    #[inline]
    fn name(self) -> &'static str {
        self.row().2
    }

    /// The class's phrase, such as `"Client Error"`.
    #[inline]
    fn phrase(self) -> &'static str {
        self.row().3
    }
}

/// A registry with classes: every entry belongs to one.
pub trait Classified: Registry {
    /// The class type.
    type Class: ClassType<Repr = Self::Repr>;

    /// The class this entry belongs to.
    fn class(self) -> Self::Class;
}
