//! The `utoipa` feature: `ToSchema` (utoipa 5) for every registry and open code type, with the
//! schema of `schema.rs`; and with the `problem` feature, `IntoResponses` for every error
//! catalogue, so that `#[utoipa::path(responses(ApiError))]` lists every error a handler answers.
//!
//! The traits cannot be implemented here for a user's types (the orphan rule), so the macro's
//! expansion calls `impl_schema!` once per type (which calls `impl_utoipa!`) and `impl_problem!`
//! once per catalogue (which calls `impl_problem_utoipa!`): each expands to the impls with this
//! feature, and to nothing without it. The user's crate needs no utoipa of its own beyond the one
//! it documents its API with.

use std::string::String;
use std::vec::Vec;

use serde_json::{Map, Value};
use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, OneOfBuilder, SchemaFormat, Type};
use utoipa::openapi::{RefOr, Schema};

/// `schema` (the JSON of `schema.rs` or of a problem body) as utoipa's model. Every keyword
/// those write has its field in utoipa's model, but `const`, which becomes a one-value `enum`
/// (the same schema: JSON Schema 2020-12, section 6.1.3, "Use of this keyword is functionally
/// equivalent to an "enum" with a single value").
pub fn utoipa_schema(schema: &Map<String, Value>) -> RefOr<Schema> {
    let text = |key: &str| schema.get(key).and_then(Value::as_str).map(String::from);
    let subschemas = |key: &str| {
        schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .map(utoipa_schema)
    };
    if schema.contains_key("oneOf") {
        let one_of = subschemas("oneOf").fold(OneOfBuilder::new(), OneOfBuilder::item);
        return one_of
            .title(text("title"))
            .description(text("description"))
            .into();
    }
    if schema.contains_key("anyOf") {
        // utoipa's `anyOf` has no title: the type's name is its component's.
        let any_of = subschemas("anyOf").fold(AnyOfBuilder::new(), AnyOfBuilder::item);
        return any_of.description(text("description")).into();
    }
    let schema_type = match schema.get("type").and_then(Value::as_str) {
        Some("integer") => Type::Integer,
        Some("string") => Type::String,
        _ => Type::Object,
    };
    let number = |key: &str| schema.get(key).and_then(Value::as_number).and_then(number);
    let values = schema
        .get("const")
        .map(|value| Vec::from([value.clone()]))
        .or_else(|| schema.get("enum").and_then(Value::as_array).cloned());
    let properties = schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(name, property)| Some((name, utoipa_schema(property.as_object()?))));
    let required = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str);
    let object = properties.fold(
        ObjectBuilder::new().schema_type(schema_type),
        |object, (name, property)| object.property(name, property),
    );
    required
        .fold(object, ObjectBuilder::required)
        .title(text("title"))
        .description(text("description"))
        .format(text("format").map(SchemaFormat::Custom))
        .enum_values(values)
        .minimum(number("minimum"))
        .maximum(number("maximum"))
        .pattern(text("pattern"))
        .examples(
            schema
                .get("examples")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
        )
        .into()
}

/// A JSON integer as utoipa's number.
fn number(value: &serde_json::Number) -> Option<utoipa::Number> {
    match (value.as_i64(), value.as_u64()) {
        (Some(value), _) => isize::try_from(value).ok().map(utoipa::Number::Int),
        (_, Some(value)) => usize::try_from(value).ok().map(utoipa::Number::UInt),
        _ => None,
    }
}

/// Implements `PartialSchema` and `ToSchema` for a registry (`$kind` = `registry`) or an open
/// code type (`open`) `$ty`, whose docs are `$doc`: the schema is the type's component, named
/// after it.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($ty:ident: $kind:ident, $doc:literal) => {
        #[automatically_derived]
        impl $crate::__private::utoipa::PartialSchema for $ty {
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::__private::utoipa_schema(&$crate::__impl_schema!(@schema $kind $ty, $doc))
            }
        }

        #[automatically_derived]
        impl $crate::__private::utoipa::ToSchema for $ty {
            #[inline]
            fn name() -> $crate::__private::Cow<'static, ::core::primitive::str> {
                $crate::__private::Cow::Borrowed(
                    <Self as $crate::__private::CodeType>::TYPE_NAME,
                )
            }
        }
    };
}

#[cfg(feature = "problem")]
pub use responses::catalogue_responses;

#[cfg(feature = "problem")]
mod responses {
    use super::*;

    use std::collections::BTreeMap;
    use std::string::ToString;

    use alloc::borrow::Cow;

    use utoipa::openapi::example::ExampleBuilder;
    use utoipa::openapi::response::{Response, ResponseBuilder};
    use utoipa::openapi::ContentBuilder;

    use crate::problem::{problem_schema, problem_types, Catalogue, Problem, MEDIA_TYPE};
    use crate::traits::Registry;

    /// The responses of the catalogue `C`: one per HTTP status its entries are answered with, in
    /// the order of the codes, each `application/problem+json` with the schema of its problems'
    /// bodies and one example per entry, named by the entry.
    pub fn catalogue_responses<C>() -> BTreeMap<String, RefOr<Response>>
    where
        C: Catalogue + Registry,
        C::Open: From<C>,
    {
        let mut statuses: Vec<u16> = problem_types::<C>().map(|t| t.status.code()).collect();
        statuses.sort_unstable();
        statuses.dedup();
        statuses
            .into_iter()
            .map(|status| {
                let entries: Vec<C> = C::iter().filter(|e| e.status().code() == status).collect();
                (status.to_string(), response(status, &entries).into())
            })
            .collect()
    }

    /// The response of `status`, whose problems are those of `entries`.
    fn response<C>(status: u16, entries: &[C]) -> Response
    where
        C: Catalogue + Registry,
        C::Open: From<C>,
    {
        let titles: Vec<&str> = entries.iter().map(|entry| entry.phrase()).collect();
        let examples = entries.iter().map(|&entry| {
            let mut example = ExampleBuilder::new()
                .summary(entry.phrase())
                .value(serde_json::to_value(Problem::new(entry)).ok());
            if !entry.description().is_empty() {
                example = example.description(entry.description());
            }
            (entry.name(), example.build())
        });
        let content = ContentBuilder::new()
            .schema(Some(utoipa_schema(&problem_schema(entries))))
            .examples_from_iter(examples)
            .build();
        ResponseBuilder::new()
            .description(std::format!(
                "{}: {}",
                status_line(status),
                titles.join("; ")
            ))
            .content(MEDIA_TYPE, content)
            .build()
    }

    /// A problem of any entry of `C`: `body = Problem<ApiError>` in `#[utoipa::path]`.
    impl<C: Catalogue + Registry> utoipa::PartialSchema for Problem<C> {
        fn schema() -> RefOr<Schema> {
            utoipa_schema(&problem_schema(C::ALL))
        }
    }

    /// Named after the catalogue: `ApiErrorProblem`.
    impl<C: Catalogue + Registry> utoipa::ToSchema for Problem<C> {
        fn name() -> Cow<'static, str> {
            Cow::Owned(std::format!("{}Problem", C::TYPE_NAME))
        }
    }

    /// `404 Not Found`, or `599` for a status with no phrase.
    fn status_line(status: u16) -> String {
        match crate::http::StatusCode::new(status).and_then(|status| status.phrase()) {
            Some(phrase) => std::format!("{status} {phrase}"),
            None => status.to_string(),
        }
    }
}

/// Implements `IntoResponses` for an error catalogue `$ty` (`impl_problem!`).
#[cfg(feature = "problem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_utoipa {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::utoipa::IntoResponses for $ty {
            fn responses() -> $crate::__private::BTreeMap<
                $crate::__private::String,
                $crate::__private::utoipa::openapi::RefOr<
                    $crate::__private::utoipa::openapi::response::Response,
                >,
            > {
                $crate::__private::catalogue_responses::<Self>()
            }
        }
    };
}
