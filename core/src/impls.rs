//! What every generated type gets alike, written once as `macro_rules!` that the macro's
//! expansion calls through `__private` (as it does `impl_serde!`, and as bitflags writes its
//! public API): a registry's inherent API and trait impls over its tables (`impl_registry!`), an
//! open code type's (`impl_open!`), a class type's (`impl_classes!`) and the class methods
//! (`impl_class_methods!`), and what every type of codes implements over its `CodeType` impl
//! (`impl_codes!`). The expansion keeps what differs per registry: its types, constants and
//! tables, which these macros name (`all_values`, `ROWS`, `position_of_code`, ...) where they are
//! called, inside the registry's `const _` block.

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

/// For a registry `$ty` named `$name`, of `$count` entries, whose repr is `$repr` (and whose
/// codes have `$digits` decimal digits each, or 0 where they differ in that): its
/// inherent API over the tables of its expansion's `const _` block, where the call is
/// (`all_values`, `NAMES`, `entry_of`, `position_of_code`, `position_of_name`, `status_at`,
/// `status_of_code`, `phrase_of_code`, `phrase_of_status`), its `CodeType`, `Registry`, `Debug`
/// and `Display` impls, and those of [`__impl_codes!`]. What differs from one registry to
/// another (the enum, the tables, the classes) is the macro's.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_registry {
    ($ty:ident: $repr:ty, $name:literal, $count:literal, digits $digits:literal) => {
        impl $ty {
            /// Every entry in declaration order, aliases excluded.
            pub const ALL: &'static [Self] = $crate::__impl_registry!(@all);

            /// How many entries there are (aliases excluded).
            pub const COUNT: ::core::primitive::usize = $count;

            /// The numeric code.
            #[inline]
            pub const fn code(self) -> $repr {
                self as $repr
            }

            /// The canonical name as declared, such as `"NOT_FOUND"`.
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                $crate::__private::name_at(NAMES, position_of_code(self.code()))
            }

            /// The reason phrase, such as `"Not Found"`.
            #[inline]
            pub const fn phrase(self) -> &'static ::core::primitive::str {
                phrase_of_status(self)
            }

            /// The long description; `""` when the declaration gives none.
            #[inline]
            pub const fn description(self) -> &'static ::core::primitive::str {
                entry_of(self).description
            }

            /// The specification that defines the code, if the declaration names one.
            #[inline]
            pub const fn reference(
                self,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                entry_of(self).reference
            }

            /// The entry with this code, if it is registered.
            #[inline]
            pub const fn from_code(code: $repr) -> ::core::option::Option<Self> {
                status_of_code_and_phrase(code)
            }

            /// The reason phrase of the entry with this code, if it is registered:
            /// `from_code(code).map(phrase)` in one lookup, as `http`'s `canonical_reason`.
            #[inline]
            pub const fn phrase_of(
                code: $repr,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                phrase_of_code(code)
            }

            /// The entry with this canonical name or alias: an exact, case-sensitive match.
            #[inline]
            pub const fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                match position_of_name(name) {
                    ::core::option::Option::Some(position) => status_at(position),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// Iterates over every entry in declaration order, aliases excluded.
            #[inline]
            pub fn iter() -> $crate::__private::Iter<Self> {
                ::core::iter::Iterator::copied(Self::ALL.iter())
            }
        }

        #[automatically_derived]
        impl $crate::__private::CodeType for $ty {
            type Repr = $repr;
            const TYPE_NAME: &'static ::core::primitive::str = $name;
            const CODE_DIGITS: ::core::primitive::u32 = $digits;

            #[inline]
            fn code(self) -> $repr {
                self as $repr
            }

            // The lookup alone, with no read of the phrase: what `FromStr` and `TryFrom` use.
            #[inline]
            fn from_code(code: $repr) -> ::core::option::Option<Self> {
                status_of_code(code)
            }

            #[inline]
            fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }

            #[inline]
            fn entry(self) -> ::core::option::Option<&'static $crate::__private::Entry> {
                ::core::option::Option::Some(entry_of(self))
            }
        }

        #[automatically_derived]
        impl $crate::__private::Registry for $ty {
            // Not `Self::ALL`: a `cargo check` would evaluate it, through this constant.
            const ALL: &'static [Self] = $crate::__impl_registry!(@all);
            const COUNT: ::core::primitive::usize = $count;
            const NAMES: &'static [(&'static ::core::primitive::str, ::core::primitive::usize)] =
                NAMES;

            #[inline]
            fn name(self) -> &'static ::core::primitive::str {
                Self::name(self)
            }

            #[inline]
            fn phrase_of(code: $repr) -> ::core::option::Option<&'static ::core::primitive::str> {
                Self::phrase_of(code)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::display_line(entry_of(*self).line, f)
            }
        }

        $crate::__impl_codes!($ty: $repr);
    };
    // `ALL`: the values read into a local, which rustc does not promote, so that a `cargo check`
    // does not evaluate the constant; `&all_values()` would be (`value_tables` in the macro's
    // `tables.rs`).
    (@all) => {{
        let values = all_values();
        &{ values }
    }};
}

/// For a registry `$ty` whose repr is `$repr`: `const fn status_of_code(code) -> Option<$ty>`
/// (`FromStr`, `TryFrom`), `const fn status_of_code_and_phrase(code) -> Option<$ty>`
/// (`from_code`), `const fn phrase_of_code(code) -> Option<&str>` (`phrase_of`, and the open
/// code type's `phrase`) and `const fn phrase_of_status(status) -> &str` (`phrase`), over the
/// tables of the expansion's `const _` block, where the call is.
///
/// Where the codes are dense (`by code`), the first and third are one read of a table by code
/// of `$span` slots that yields the `Option` itself, built from `POSITIONS` (at
/// `code_offset(code)`, where `position_of_code`, defined here, reads too), `all_values()` and
/// `ROWS`. `phrase` reads a table of phrases by status (`STATUS_PHRASES`, of `$rows` rows; its
/// codes start `$skip` offsets into `POSITIONS`) at `status_row(Some(status))`, and `from_code`
/// reads it too, at the row of the `Option` it returns, then makes its result depend on what
/// it read (`phrase_is_read`): a caller's `from_code(code).map(|status| status.phrase())` then
/// has no load in its `Some` arm, which LLVM makes a select, not a branch that the unregistered
/// codes mispredict. The tables are `static`s (`static`), or for a registry of more than 1,024
/// entries the constants of a generic impl read in generic functions (`deferred`), which a
/// `cargo check` does not evaluate (`tables.rs` in the macro says why).
///
/// Where they are sparse (`by position`), each goes through `position_of_code`, and the phrases
/// through the open code type's table of them by position (`phrases: table`, of `$rows` rows)
/// or the rows (`phrases: rows`).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_code_lookups {
    (
        $ty:ident: $repr:ty, by code $span:literal, static,
        status rows $rows:literal skip $skip:literal, none $none:literal, below $below:literal
        as $wide:ty
    ) => {
        $crate::__impl_code_lookups!(@status_row $ty: $repr, $none, $below as $wide);
        static CODE_STATUSES: [::core::option::Option<$ty>; $span] =
            $crate::__impl_code_lookups!(@statuses);
        static CODE_PHRASES: [::core::option::Option<&'static ::core::primitive::str>; $span] =
            $crate::__private::phrase_code_table(&POSITIONS, ROWS);
        static STATUS_PHRASES: [&'static ::core::primitive::str; $rows] =
            $crate::__private::status_phrase_table(&POSITIONS, ROWS, $skip);

        #[inline]
        const fn status_phrases() -> &'static [&'static ::core::primitive::str; $rows] {
            &STATUS_PHRASES
        }

        #[inline]
        const fn code_statuses() -> &'static [::core::option::Option<$ty>; $span] {
            &CODE_STATUSES
        }

        #[inline]
        const fn code_phrases(
        ) -> &'static [::core::option::Option<&'static ::core::primitive::str>; $span] {
            &CODE_PHRASES
        }

        $crate::__impl_code_lookups!(@by_code $ty: $repr);
    };
    (
        $ty:ident: $repr:ty, by code $span:literal, deferred,
        status rows $rows:literal skip $skip:literal, none $none:literal, below $below:literal
        as $wide:ty
    ) => {
        $crate::__impl_code_lookups!(@status_row $ty: $repr, $none, $below as $wide);
        #[automatically_derived]
        impl<T> $crate::__private::CodeTables<T, $span, $rows> for $ty {
            const STATUSES: &'static [::core::option::Option<Self>; $span] =
                &$crate::__impl_code_lookups!(@statuses);
            const PHRASES: &'static [::core::option::Option<&'static ::core::primitive::str>;
                     $span] = &$crate::__private::phrase_code_table(&POSITIONS, ROWS);
            const STATUS_PHRASES: &'static [&'static ::core::primitive::str; $rows] =
                &$crate::__private::status_phrase_table(&POSITIONS, ROWS, $skip);
        }

        #[inline]
        const fn code_statuses() -> &'static [::core::option::Option<$ty>; $span] {
            deferred_code_statuses::<()>()
        }

        #[inline]
        const fn deferred_code_statuses<T>() -> &'static [::core::option::Option<$ty>; $span] {
            <$ty as $crate::__private::CodeTables<T, $span, $rows>>::STATUSES
        }

        #[inline]
        const fn status_phrases() -> &'static [&'static ::core::primitive::str; $rows] {
            deferred_status_phrases::<()>()
        }

        #[inline]
        const fn deferred_status_phrases<T>() -> &'static [&'static ::core::primitive::str; $rows]
        {
            <$ty as $crate::__private::CodeTables<T, $span, $rows>>::STATUS_PHRASES
        }

        #[inline]
        const fn code_phrases(
        ) -> &'static [::core::option::Option<&'static ::core::primitive::str>; $span] {
            deferred_code_phrases::<()>()
        }

        #[inline]
        const fn deferred_code_phrases<T>(
        ) -> &'static [::core::option::Option<&'static ::core::primitive::str>; $span] {
            <$ty as $crate::__private::CodeTables<T, $span, $rows>>::PHRASES
        }

        $crate::__impl_code_lookups!(@by_code $ty: $repr);
    };
    // The row of `status` in `STATUS_PHRASES`: its code less the code below the lowest entry's,
    // in `$wide` (`StatusRows::reading` in the macro's `tables.rs`), with no clamp, `None`
    // counted as the code rustc stores for it, so that the row of an `Option` and the row of
    // the value in it are one computation on the same bits.
    (@status_row $ty:ident: $repr:ty, $none:literal, $below:literal as $wide:ty) => {
        #[inline]
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        const fn status_row(status: ::core::option::Option<$ty>) -> ::core::primitive::usize {
            let code = match status {
                ::core::option::Option::Some(status) => status as $repr as $wide,
                ::core::option::Option::None => $none,
            };
            code.wrapping_sub($below) as ::core::primitive::usize
        }
    };
    // The values read into a local, as `ALL` reads them (`impl_registry!`).
    (@statuses) => {{
        let values = all_values();
        $crate::__private::code_table(&POSITIONS, &values)
    }};
    (@by_code $ty:ident: $repr:ty) => {
        #[inline]
        const fn position_of_code(code: $repr) -> ::core::primitive::usize {
            $crate::__private::position(&POSITIONS, code_offset(code))
        }

        #[inline]
        const fn status_of_code(code: $repr) -> ::core::option::Option<$ty> {
            $crate::__private::status_at_offset(code_statuses(), code_offset(code))
        }

        #[inline]
        const fn phrase_of_code(
            code: $repr,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            $crate::__private::phrase_at(code_phrases(), code_offset(code))
        }

        // `from_code`: the entry, after a read of the phrase at the row of the `Option` it
        // returns, which the result depends on (`phrase_is_read`, always true). A caller's
        // `from_code(code).map(|status| status.phrase())` then reads the phrase in its `Some`
        // arm at the same row, which LLVM has loaded already: the arm is a value, and the
        // `map` a select, with no branch on whether the code is registered.
        #[inline]
        const fn status_of_code_and_phrase(code: $repr) -> ::core::option::Option<$ty> {
            let status = status_of_code(code);
            let phrase = $crate::__private::phrase_in_row(status_phrases(), status_row(status));
            if $crate::__private::phrase_is_read(phrase) {
                status
            } else {
                ::core::option::Option::None
            }
        }

        #[inline]
        const fn phrase_of_status(status: $ty) -> &'static ::core::primitive::str {
            $crate::__private::phrase_in_row(
                status_phrases(),
                status_row(::core::option::Option::Some(status)),
            )
        }
    };
    ($ty:ident: $repr:ty, by position, phrases: $phrases:ident $($rows:literal)?) => {
        #[inline]
        const fn status_of_code(code: $repr) -> ::core::option::Option<$ty> {
            status_at(position_of_code(code))
        }

        #[inline]
        const fn status_of_code_and_phrase(code: $repr) -> ::core::option::Option<$ty> {
            status_of_code(code)
        }

        $crate::__impl_code_lookups!(@phrase_of_code $repr, $phrases $($rows)?);

        #[inline]
        const fn phrase_of_status(status: $ty) -> &'static ::core::primitive::str {
            entry_of(status).phrase
        }
    };
    (@phrase_of_code $repr:ty, table $rows:literal) => {
        /// `PHRASES[position_of_code(code)]`: the phrase of the entry with `code`, if any.
        const PHRASES: [::core::option::Option<&'static ::core::primitive::str>; $rows] =
            $crate::__private::phrase_table(ROWS);

        #[inline]
        const fn phrase_of_code(
            code: $repr,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            $crate::__private::phrase_at(&PHRASES, position_of_code(code))
        }
    };
    (@phrase_of_code $repr:ty, rows) => {
        #[inline]
        const fn phrase_of_code(
            code: $repr,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            match $crate::__private::entry_at(ROWS, position_of_code(code)) {
                ::core::option::Option::Some(entry) => ::core::option::Option::Some(entry.phrase),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    };
}

/// For a class type `$ty` of codes of repr `$repr`: its inherent API over its rows (the
/// `row` function where the call is, which the macro writes with the class type's `ALL` and
/// `of`), and its `ClassType`, `Debug` (the name) and `Display` (the phrase) impls.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_classes {
    ($ty:ident: $repr:ty) => {
        impl $ty {
            /// The codes of this class.
            #[inline]
            pub const fn range(self) -> ::core::ops::RangeInclusive<$repr> {
                let row = row(self);
                row.0..=row.1
            }

            /// Whether `code` is in this class's range.
            #[inline]
            pub const fn contains(self, code: $repr) -> ::core::primitive::bool {
                let row = row(self);
                row.0 <= code && code <= row.1
            }

            /// The class's name as declared, such as `"CLIENT_ERROR"`.
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                row(self).2
            }

            /// The class's phrase, such as `"Client Error"`.
            #[inline]
            pub const fn phrase(self) -> &'static ::core::primitive::str {
                row(self).3
            }
        }

        #[automatically_derived]
        impl $crate::__private::ClassType for $ty {
            type Repr = $repr;
            const ALL: &'static [Self] = Self::ALL;

            #[inline]
            fn row(self) -> &'static $crate::__private::ClassRow<$repr> {
                row(self)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.phrase())
            }
        }
    };
}

/// The methods that a registry or an open code type `$ty` gets from its classes, of the class
/// type `$class`: `class()`, and one predicate per class (`$predicate`, documented by `$doc`)
/// of whether the code is in its range. A registry's every code is in a class, so its `class()`
/// is total (`$fallback` is never reached) and it implements `Classified`; an open code type's
/// gives `None` for a code outside every class.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_class_methods {
    (
        $ty:ident: registry of $class:ty, fallback $fallback:ident,
        $($lo:literal..=$hi:literal $name:ident $predicate:ident $doc:literal;)*
    ) => {
        impl $ty {
            /// The class this entry belongs to.
            #[inline]
            // Classes that cover every value of the repr leave the last arm unreachable.
            #[allow(unreachable_patterns)]
            pub const fn class(self) -> $class {
                match self.code() {
                    $($lo..=$hi => <$class>::$name,)*
                    _ => <$class>::$fallback,
                }
            }

            $crate::__impl_class_methods!(@predicates $($lo..=$hi $predicate $doc;)*);
        }

        #[automatically_derived]
        impl $crate::__private::Classified for $ty {
            type Class = $class;

            #[inline]
            fn class(self) -> $class {
                Self::class(self)
            }
        }
    };
    (
        $ty:ident: open of $class:ty,
        $($lo:literal..=$hi:literal $name:ident $predicate:ident $doc:literal;)*
    ) => {
        impl $ty {
            /// The class whose range holds the code, if any.
            #[inline]
            // Classes that cover every value of the repr leave the last arm unreachable.
            #[allow(unreachable_patterns)]
            pub const fn class(self) -> ::core::option::Option<$class> {
                match self.code() {
                    $($lo..=$hi => ::core::option::Option::Some(<$class>::$name),)*
                    _ => ::core::option::Option::None,
                }
            }

            $crate::__impl_class_methods!(@predicates $($lo..=$hi $predicate $doc;)*);
        }
    };
    (@predicates $($lo:literal..=$hi:literal $predicate:ident $doc:literal;)*) => {$(
        #[doc = $doc]
        #[inline]
        pub const fn $predicate(self) -> ::core::primitive::bool {
            ::core::matches!(self.code(), $lo..=$hi)
        }
    )*};
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

/// For an open code type `$open` named `$name`, of the codes `$lo..=$hi` of repr `$repr` (held
/// as a `NonZero` by `$nonzero`, such as `nonzero_u16`, if the window excludes 0), and its
/// registry `$registry` of `$rows` rows (its entries and the row of no entry): its API over
/// the registry's tables, where the call is (`ROWS`, `position_of_code`, `phrase_of_code`), its `CodeType`, `OpenCode` and `Display` impls, those of
/// [`__impl_codes!`], and between it and the registry: `From<$registry>`,
/// `TryFrom<$open> for $registry`, and `==` and `<` both ways. It also defines `open_code`, the
/// value of a code of the window, which `impl_http!` calls. Its constants and its classes'
/// predicates are the macro's.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_open {
    (@wrap [] $code:expr) => {
        $code
    };
    (@wrap [$nonzero:ident] $code:expr) => {
        $crate::__private::$nonzero($code)
    };
    (@get [] $field:expr) => {
        $field
    };
    (@get [$nonzero:ident] $field:expr) => {
        ::core::num::NonZero::get($field)
    };
    // The description of the entry with `code`, if any: where the registry's codes are dense
    // and its tables by code `static` (`impl_code_lookups!`), one read of a table by code that
    // yields the `Option`, as its `phrase` is; else the table by position.
    (@description_of_code $repr:ty, $rows:literal, by code $span:literal) => {
        static CODE_DESCRIPTIONS: [::core::option::Option<&'static ::core::primitive::str>;
            $span] = $crate::__private::description_code_table(&POSITIONS, ROWS);

        #[inline]
        const fn description_of_code(
            code: $repr,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            $crate::__private::phrase_at(&CODE_DESCRIPTIONS, code_offset(code))
        }
    };
    (@description_of_code $repr:ty, $rows:literal, by position) => {
        /// `DESCRIPTIONS[position_of_code(code)]`: the description of the entry with `code`,
        /// if any.
        const DESCRIPTIONS: [::core::option::Option<&'static ::core::primitive::str>; $rows] =
            $crate::__private::description_table(ROWS);

        #[inline]
        const fn description_of_code(
            code: $repr,
        ) -> ::core::option::Option<&'static ::core::primitive::str> {
            $crate::__private::phrase_at(&DESCRIPTIONS, position_of_code(code))
        }
    };
    (
        $open:ident: $repr:ty $(as $nonzero:ident)?, $name:literal, $lo:literal..=$hi:literal,
        $registry:ident, $rows:literal, descriptions $($descriptions:tt)+
    ) => {
        $crate::__impl_open!(@description_of_code $repr, $rows, $($descriptions)+);

        /// The value of `code`, a code of the window.
        #[inline]
        const fn open_code(code: $repr) -> $open {
            $open($crate::__impl_open!(@wrap [$($nonzero)?] code))
        }

        impl $open {
            /// The code, if it is in the window this type holds.
            #[inline]
            pub const fn new(code: $repr) -> ::core::option::Option<Self> {
                if ::core::matches!(code, $lo..=$hi) {
                    ::core::option::Option::Some(open_code(code))
                } else {
                    ::core::option::Option::None
                }
            }

            /// The codes this type holds.
            #[inline]
            pub const fn range() -> ::core::ops::RangeInclusive<$repr> {
                $lo..=$hi
            }

            /// The numeric code.
            #[inline]
            pub const fn code(self) -> $repr {
                $crate::__impl_open!(@get [$($nonzero)?] self.0)
            }

            /// The registry's entry with this code, if it is registered.
            #[inline]
            pub const fn known(self) -> ::core::option::Option<$registry> {
                $registry::from_code(self.code())
            }

            /// The name of the entry with this code, if it is registered.
            #[inline]
            pub const fn name(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match self.known() {
                    ::core::option::Option::Some(status) => {
                        ::core::option::Option::Some(status.name())
                    }
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// The reason phrase of the entry with this code, if it is registered.
            #[inline]
            pub const fn phrase(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                phrase_of_code(self.code())
            }

            /// The description of the entry with this code, if it is registered:
            /// `known().map(description)` in one lookup.
            #[inline]
            pub const fn description(
                self,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                description_of_code(self.code())
            }

            /// The code of the entry with this name or alias: an exact, case-sensitive match.
            #[inline]
            pub const fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                match $registry::from_name(name) {
                    ::core::option::Option::Some(status) => {
                        ::core::option::Option::Some(open_code(status.code()))
                    }
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }

        #[automatically_derived]
        impl $crate::__private::CodeType for $open {
            type Repr = $repr;
            const TYPE_NAME: &'static ::core::primitive::str = $name;
            const MIN_CODE: $repr = $lo;
            const MAX_CODE: $repr = $hi;

            #[inline]
            fn code(self) -> $repr {
                Self::code(self)
            }

            #[inline]
            fn from_code(code: $repr) -> ::core::option::Option<Self> {
                Self::new(code)
            }

            #[inline]
            fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }

            #[inline]
            fn entry(self) -> ::core::option::Option<&'static $crate::__private::Entry> {
                $crate::__private::entry_at(ROWS, position_of_code(self.code()))
            }
        }

        #[automatically_derived]
        impl $crate::__private::OpenCode for $open {
            type Registry = $registry;
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $open {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::display(*self, f)
            }
        }

        $crate::__impl_codes!($open: $repr);

        #[automatically_derived]
        impl ::core::convert::From<$registry> for $open {
            #[inline]
            fn from(status: $registry) -> Self {
                open_code($crate::__private::CodeType::code(status))
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

/// For a registry (`$kind` = `registry`) or an open code type (`open`) `$ty` whose docs are
/// `$doc`: `JsonSchema` with the `schemars` feature and `ToSchema` with the `utoipa` feature,
/// each the schema of what serde writes and reads (`schema.rs`). The expansion calls it once
/// per type; without those features it expands to nothing.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schema {
    ($ty:ident: $kind:ident, $doc:literal) => {
        $crate::__impl_schemars!($ty: $kind, $doc);
        $crate::__impl_utoipa!($ty: $kind, $doc);
    };
    (@schema registry $ty:ident, $doc:literal) => {
        $crate::__private::registry_schema::<$ty>($doc)
    };
    (@schema open $ty:ident, $doc:literal) => {
        $crate::__private::open_schema::<$ty>($doc)
    };
}
