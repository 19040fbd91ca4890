//! The `serde` feature, written once for every type of codes.
//!
//! A registry or an open code type serializes as its integer code, in its repr's width
//! (`serialize_u16` for a `u16` registry), and deserializes from an integer of any width that
//! holds one of its codes. In a human-readable format (JSON, TOML, YAML: config files people
//! write) it also deserializes from a string holding the code or a name, as `FromStr` reads it:
//! `404`, `"404"`, `"NOT_FOUND"`. A binary format that does not describe itself (postcard,
//! bincode) is asked for the repr's integer type, never `deserialize_any`.
//!
//! The serde traits cannot be implemented here for a user's types (the orphan rule), and the
//! user's crate may not depend on serde. So the macro's expansion calls `impl_serde!` once per
//! generated registry or open code type; it expands to two short impls calling
//! [`serialize_code`] and [`deserialize_code`] when this crate's `serde` feature is on, and to
//! nothing when it is off.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use ::serde::de::{Deserializer, Error, Visitor};
use ::serde::ser::Serializer;

use crate::code::{CodeType, Repr};
use crate::error::CodeRange;

/// Serializes a code as the integer type it has.
pub fn serialize_code<T, S>(status: T, serializer: S) -> Result<S::Ok, S::Error>
where
    T: CodeType,
    T::Repr: SerdeRepr,
    S: Serializer,
{
    status.code().serialize(serializer)
}

/// Deserializes a `T` from an integer, or from a string in human-readable formats. An integer
/// outside `T`'s codes (its repr's, or its window's for an open code type) is an error that
/// says which they are; `T`'s own conversion errors tell the rest.
pub fn deserialize_code<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: CodeType + TryFrom<<T as CodeType>::Repr> + FromStr,
    <T as TryFrom<T::Repr>>::Error: fmt::Display,
    <T as FromStr>::Err: fmt::Display,
    T::Repr: SerdeRepr,
    D: Deserializer<'de>,
{
    let visitor = CodeVisitor(PhantomData);
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        T::Repr::deserialize(deserializer, visitor)
    }
}

/// The integer types of codes, as serde reads and writes them.
pub trait SerdeRepr: Repr + TryFrom<i128> {
    /// Serializes the integer as its own type.
    fn serialize<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Asks the deserializer for an integer of this type.
    fn deserialize<'de, D: Deserializer<'de>, V: Visitor<'de>>(
        deserializer: D,
        visitor: V,
    ) -> Result<V::Value, D::Error>;
}

macro_rules! impl_serde_repr {
    ($($ty:ident $serialize:ident $deserialize:ident;)*) => {$(
        impl SerdeRepr for $ty {
            #[inline]
            fn serialize<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.$serialize(self)
            }

            #[inline]
            fn deserialize<'de, D: Deserializer<'de>, V: Visitor<'de>>(
                deserializer: D,
                visitor: V,
            ) -> Result<V::Value, D::Error> {
                deserializer.$deserialize(visitor)
            }
        }
    )*};
}
impl_serde_repr! {
    u8 serialize_u8 deserialize_u8;
    u16 serialize_u16 deserialize_u16;
    u32 serialize_u32 deserialize_u32;
    u64 serialize_u64 deserialize_u64;
    i8 serialize_i8 deserialize_i8;
    i16 serialize_i16 deserialize_i16;
    i32 serialize_i32 deserialize_i32;
    i64 serialize_i64 deserialize_i64;
}

/// Reads a `T` from any integer (checked against `T`'s codes) or string.
struct CodeVisitor<T>(PhantomData<fn() -> T>);

impl<T> CodeVisitor<T>
where
    T: CodeType + TryFrom<<T as CodeType>::Repr>,
    <T as TryFrom<T::Repr>>::Error: fmt::Display,
    T::Repr: SerdeRepr,
{
    fn code<E: Error>(self, value: impl Into<i128> + fmt::Display + Copy) -> Result<T, E> {
        let wide: i128 = value.into();
        let code = T::Repr::try_from(wide)
            .ok()
            .filter(|code| T::MIN_CODE <= *code && *code <= T::MAX_CODE);
        match code {
            Some(code) => T::try_from(code).map_err(E::custom),
            None => Err(E::custom(OutOfRange::<T, _>(value, PhantomData))),
        }
    }
}

impl<'de, T> Visitor<'de> for CodeVisitor<T>
where
    T: CodeType + TryFrom<<T as CodeType>::Repr> + FromStr,
    <T as TryFrom<T::Repr>>::Error: fmt::Display,
    <T as FromStr>::Err: fmt::Display,
    T::Repr: SerdeRepr,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a code of {} ({}) or the name of one of its entries",
            T::TYPE_NAME,
            CodeRange::<T>::new()
        )
    }

    fn visit_i64<E: Error>(self, value: i64) -> Result<T, E> {
        self.code(value)
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<T, E> {
        self.code(value)
    }

    fn visit_i128<E: Error>(self, value: i128) -> Result<T, E> {
        self.code(value)
    }

    fn visit_u128<E: Error>(self, value: u128) -> Result<T, E> {
        match i128::try_from(value) {
            Ok(value) => self.code(value),
            Err(_) => Err(E::custom(OutOfRange::<T, _>(value, PhantomData))),
        }
    }

    fn visit_str<E: Error>(self, input: &str) -> Result<T, E> {
        input.parse().map_err(|error| {
            E::custom(StrError {
                input,
                error: &error,
            })
        })
    }
}

/// An integer that is no code of `T`: it lies outside `T`'s repr or window.
struct OutOfRange<T, V>(V, PhantomData<fn() -> T>);

impl<T: CodeType, V: fmt::Display> fmt::Display for OutOfRange<T, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is outside the codes of {}, which are {}",
            self.0,
            T::TYPE_NAME,
            CodeRange::<T>::new()
        )
    }
}

/// A string that `FromStr` rejected, quoted before the reason.
struct StrError<'a, E> {
    input: &'a str,
    error: &'a E,
}

impl<E: fmt::Display> fmt::Display for StrError<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.input, self.error)
    }
}

/// Implements `Serialize` and `Deserialize` for a type of codes (a registry, or an open code
/// type) when the `serde` feature is on: `impl_serde!(Type)`. The type is a `CodeType` that
/// converts `TryFrom` its repr and `FromStr`, with errors that name it.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            #[inline]
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize_code(*self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            #[inline]
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}
