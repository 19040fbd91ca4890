//! The impls that every type of codes gets alike, written once as `macro_rules!` that the
//! macro's expansion calls through `__private` (as it does `impl_serde!`): a generated type
//! carries its tables and `const fn`s, and these impls name only what every such type has, its
//! `CodeType` impl.

/// For a type of codes (a registry or an open code type) `$ty` whose repr is `$repr`: `FromStr`,
/// serde (with the `serde` feature), `From<$ty> for $repr`, `TryFrom<$repr>`, and `==` and `<`
/// with the repr, both ways.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_codes {
    ($ty:ident: $repr:ty) => {
        $crate::__impl_serde!($ty);

        impl $ty {
            /// The code, name or alias, or `Display` line in `bytes`, read as `FromStr` reads
            /// them (`b"404"`, `b"NOT_FOUND"`, `b"404 Not Found"`): what
            /// `http::StatusCode::from_bytes` is to `http`'s status code.
            #[inline]
            pub fn from_bytes(
                bytes: &[::core::primitive::u8],
            ) -> ::core::result::Result<Self, $crate::__private::ParseError<Self>> {
                $crate::__private::parse_bytes(bytes)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::__private::ParseError<Self>;

            #[inline]
            fn from_str(input: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                $crate::__private::parse(input)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$ty> for $repr {
            #[inline]
            fn from(status: $ty) -> Self {
                $crate::__private::CodeType::code(status)
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<$repr> for $ty {
            type Error = $crate::__private::UnknownCode<Self>;

            #[inline]
            fn try_from(code: $repr) -> ::core::result::Result<Self, Self::Error> {
                match <Self as $crate::__private::CodeType>::from_code(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err($crate::__private::UnknownCode::new(code))
                    }
                }
            }
        }

        $crate::__impl_comparisons!($ty: $repr);
    };
}

/// `==` and `<` between a type of codes `$ty` and `$other`, both ways, by their codes: `$other`
/// is the repr, or another type of codes of the same repr.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_comparisons {
    ($ty:ident: $other:ty) => {
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$other> for $ty {
            #[inline]
            fn eq(&self, other: &$other) -> ::core::primitive::bool {
                $crate::__private::CodeOf::code_of(*self)
                    == $crate::__private::CodeOf::code_of(*other)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<$ty> for $other {
            #[inline]
            fn eq(&self, other: &$ty) -> ::core::primitive::bool {
                $crate::__private::CodeOf::code_of(*self)
                    == $crate::__private::CodeOf::code_of(*other)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd<$other> for $ty {
            #[inline]
            fn partial_cmp(&self, other: &$other) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(
                    &$crate::__private::CodeOf::code_of(*self),
                    &$crate::__private::CodeOf::code_of(*other),
                ))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd<$ty> for $other {
            #[inline]
            fn partial_cmp(&self, other: &$ty) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(
                    &$crate::__private::CodeOf::code_of(*self),
                    &$crate::__private::CodeOf::code_of(*other),
                ))
            }
        }
    };
}

/// Between an open code type `$open` and its registry `$registry`: `From<$registry>`,
/// `TryFrom<$open> for $registry`, and `==` and `<` both ways.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_open {
    ($open:ident: $registry:ident) => {
        #[automatically_derived]
        impl ::core::convert::From<$registry> for $open {
            #[inline]
            fn from(status: $registry) -> Self {
                Self($crate::__private::CodeType::code(status))
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<$open> for $registry {
            type Error = $crate::__private::UnknownCode<$registry>;

            #[inline]
            fn try_from(code: $open) -> ::core::result::Result<Self, Self::Error> {
                let code = $crate::__private::CodeType::code(code);
                match <$registry as $crate::__private::CodeType>::from_code(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err($crate::__private::UnknownCode::new(code))
                    }
                }
            }
        }

        $crate::__impl_comparisons!($open: $registry);
    };
}

/// The code of a type of codes, or a repr itself: what `__impl_comparisons!` compares, so that
/// one macro compares with the repr and with the registry alike.
#[doc(hidden)]
pub trait CodeOf: Copy {
    /// The integer type of the code.
    type Repr: Ord;

    /// The code.
    fn code_of(self) -> Self::Repr;
}

impl<T: crate::code::CodeType> CodeOf for T {
    type Repr = T::Repr;

    #[inline]
    fn code_of(self) -> T::Repr {
        self.code()
    }
}

macro_rules! impl_code_of {
    ($($ty:ident)*) => {$(
        impl CodeOf for $ty {
            type Repr = $ty;

            #[inline]
            fn code_of(self) -> $ty {
                self
            }
        }
    )*};
}
impl_code_of!(u8 u16 u32 u64 i8 i16 i32 i64);
