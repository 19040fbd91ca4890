//! The `schemars` feature: `JsonSchema` (schemars 1) for every registry and open code type, the
//! schema of `schema.rs`: what serde writes and reads.
//!
//! The trait cannot be implemented here for a user's types (the orphan rule), so the macro's
//! expansion calls `impl_schema!` once per registry or open code type, with the type's docs;
//! it calls `impl_schemars!`, which expands to the impl when this feature is on and to nothing
//! when it is off. The user's crate needs no schemars of its own.

/// Implements `JsonSchema` for a registry (`$kind` = `registry`) or an open code type (`open`)
/// `$ty`, whose docs are `$doc`. The schema is referenceable (a `$defs` entry, as a derived
/// enum's), named after the type and identified by its path, so two types of one name in
/// different modules keep two schemas.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($ty:ident: $kind:ident, $doc:literal) => {
        #[automatically_derived]
        impl $crate::__private::schemars::JsonSchema for $ty {
            #[inline]
            fn schema_name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(
                    <Self as $crate::__private::CodeType>::TYPE_NAME,
                )
            }

            #[inline]
            fn schema_id() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(::core::concat!(
                    ::core::module_path!(),
                    "::",
                    ::core::stringify!($ty)
                ))
            }

            fn json_schema(
                _: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                ::core::convert::From::from($crate::__impl_schema!(@schema $kind $ty, $doc))
            }
        }
    };
}

/// A problem of any entry of `C` (`problem`): the schema of `Problem<C>`, named after the
/// catalogue (`ApiErrorProblem`).
#[cfg(feature = "problem")]
impl<C> schemars::JsonSchema for crate::problem::Problem<C>
where
    C: crate::problem::Catalogue + crate::traits::Registry,
{
    fn schema_name() -> alloc::borrow::Cow<'static, str> {
        alloc::format!("{}Problem", C::TYPE_NAME).into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::problem::problem_schema(C::ALL).into()
    }
}
