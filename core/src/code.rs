//! What every type of codes is: its integer type ([`Repr`]) and the trait of the types whose
//! values are codes ([`CodeType`]). The layer below everything else in the crate.

use core::fmt;
use core::hash::Hash;
use core::num::{NonZero, ParseIntError};
use core::str::FromStr;

use crate::table::Entry;

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

/// For each repr, the function that holds a code of an open code type whose window excludes 0
/// as a `NonZero`, the field of such a type (an `Option` of one is then no larger than the
/// code, as `http`'s `StatusCode`'s is not either).
macro_rules! nonzero_codes {
    ($($name:ident: $ty:ident,)*) => {$(
        #[doc = concat!("`code` as a `NonZero<", stringify!($ty), ">`: the macro passes no 0, ")]
        #[doc = "which would give `MAX` rather than a panic."]
        #[doc(hidden)]
        #[inline]
        pub const fn $name(code: $ty) -> NonZero<$ty> {
            match NonZero::new(code) {
                Some(code) => code,
                None => NonZero::<$ty>::MAX,
            }
        }
    )*};
}
nonzero_codes! {
    nonzero_u8: u8, nonzero_u16: u16, nonzero_u32: u32, nonzero_u64: u64,
    nonzero_i8: i8, nonzero_i16: i16, nonzero_i32: i32, nonzero_i64: i64,
}

/// What every type [`status_registry!`](crate::status_registry!) generates has: a registry (the
/// closed enum, [`Registry`](crate::Registry)) and its open code type
/// ([`OpenCode`](crate::OpenCode)) are both types whose values are numeric codes.
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
    const MIN_CODE: Self::Repr = <Self::Repr as Repr>::MIN;

    /// The largest code a value can have.
    const MAX_CODE: Self::Repr = <Self::Repr as Repr>::MAX;

    /// How many decimal digits every code of the type has, where all have as many and none is
    /// negative (a registry of HTTP's codes: 3), else 0. `FromStr` reads four or five digits
    /// with no loop where it is 4 or 5.
    #[doc(hidden)]
    const CODE_DIGITS: u32 = 0;

    /// The numeric code.
    fn code(self) -> Self::Repr;

    /// The value with this code, if there is one.
    fn from_code(code: Self::Repr) -> Option<Self>;

    /// The value named so by an entry or an alias (an exact, case-sensitive match).
    fn from_name(name: &str) -> Option<Self>;

    /// The row of the registry's entry with this code, if it is registered: what the provided
    /// methods here and in [`Registry`](crate::Registry) read.
    #[doc(hidden)]
    fn entry(self) -> Option<&'static Entry>;

    /// What `Display` writes after the code: the reason phrase, or `(unregistered)` for a code
    /// of an open code type that no entry has.
    #[inline]
    fn label(self) -> &'static str {
        match self.entry() {
            Some(entry) => entry.phrase,
            None => "(unregistered)",
        }
    }
}
