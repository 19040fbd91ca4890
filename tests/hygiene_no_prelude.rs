//! The expansion compiles, and works, in a crate without the implicit prelude: it names nothing
//! through the prelude (`Option`, `Some`, `Ok`, `Clone`, `u16`, `str`, `matches!`, ...).
#![no_implicit_prelude]
#![deny(warnings)]

::status_registry::status_registry! {
    /// A registry that uses every part of the grammar.
    #[non_exhaustive]
    pub enum Bare: u16 {
        classes BareClass {
            200..=299 SUCCESS "Success";
            400..=499 CLIENT_ERROR "Client Error";
        }
        /// Entry docs.
        200 OK "OK" "Request fulfilled, document follows" ["RFC9110, Section 15.3.1"];
        404 NOT_FOUND "Not Found" "Nothing matches the given URI";
        #[deprecated]
        413 CONTENT_TOO_LARGE "Content Too Large" ["RFC9110, Section 15.5.14"];
        #[allow(deprecated)]
        alias REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE;
        alias FOUND_NOT = NOT_FOUND;
    }
}

mod nested {
    ::status_registry::status_registry! {
        pub(crate) enum Signed: i32 {
            -1 MINUS_ONE "Minus One";
            0x10 SIXTEEN "Sixteen" "Sixteen, in hex";
        }
    }
}

mod catalogue {
    ::status_registry::status_registry! {
        /// An error catalogue, without the prelude.
        pub enum Errors: u32 {
            type "https://example.com/problems/";
            classes ErrorsClass {
                40400..=40499 NOT_FOUND "Not Found" => NOT_FOUND;
            }
            40401 MISSING "Missing";
            40402 GONE "Gone" => 410 type "urn:example:gone";
        }
    }
}

#[::core::prelude::v1::test]
fn an_error_catalogue() {
    use ::status_registry::problem::Catalogue;
    ::core::assert_eq!(catalogue::Errors::MISSING.status().code(), 404);
    ::core::assert_eq!(catalogue::Errors::GONE.status().code(), 410);
    ::core::assert_eq!(
        catalogue::Errors::MISSING.problem_type(),
        "https://example.com/problems/missing"
    );
    let response = ::axum_core::response::IntoResponse::into_response(catalogue::Errors::GONE);
    ::core::assert_eq!(response.status().as_u16(), 410);
}

/// Generic code over the trait, with absolute paths only.
fn names<R: ::status_registry::Registry>() -> ::std::vec::Vec<&'static ::core::primitive::str> {
    ::core::iter::Iterator::collect(::core::iter::Iterator::map(R::iter(), R::name))
}

#[::core::prelude::v1::test]
fn accessors() {
    ::core::assert_eq!(Bare::OK.code(), 200);
    ::core::assert_eq!(Bare::OK.name(), "OK");
    ::core::assert_eq!(Bare::OK.phrase(), "OK");
    ::core::assert_eq!(
        Bare::OK.description(),
        "Request fulfilled, document follows"
    );
    ::core::assert_eq!(
        Bare::OK.reference(),
        ::core::option::Option::Some("RFC9110, Section 15.3.1")
    );
    ::core::assert_eq!(Bare::NOT_FOUND.reference(), ::core::option::Option::None);
    #[allow(deprecated)]
    let too_large = Bare::CONTENT_TOO_LARGE;
    ::core::assert_eq!(too_large.description(), "");
    ::core::assert_eq!(
        too_large.reference(),
        ::core::option::Option::Some("RFC9110, Section 15.5.14")
    );
    ::core::assert_eq!(Bare::COUNT, 3);
    ::core::assert_eq!(names::<Bare>(), ["OK", "NOT_FOUND", "CONTENT_TOO_LARGE"]);
}

#[::core::prelude::v1::test]
fn lookups_and_aliases() {
    ::core::assert_eq!(
        Bare::from_code(404),
        ::core::option::Option::Some(Bare::NOT_FOUND)
    );
    ::core::assert_eq!(Bare::from_code(405), ::core::option::Option::None);
    ::core::assert_eq!(
        Bare::from_name("FOUND_NOT"),
        ::core::option::Option::Some(Bare::NOT_FOUND)
    );
    #[allow(deprecated)]
    let (alias, entry) = (Bare::REQUEST_ENTITY_TOO_LARGE, Bare::CONTENT_TOO_LARGE);
    ::core::assert_eq!(alias, entry);
    ::core::assert_eq!(
        Bare::from_name("REQUEST_ENTITY_TOO_LARGE"),
        ::core::option::Option::Some(entry)
    );
}

#[::core::prelude::v1::test]
fn conversions_and_formatting() {
    ::core::assert_eq!(
        ::std::string::ToString::to_string(&Bare::NOT_FOUND),
        "404 Not Found"
    );
    ::core::assert_eq!(::std::format!("{:?}", Bare::NOT_FOUND), "NOT_FOUND");
    ::core::assert_eq!(
        "404".parse::<Bare>(),
        ::core::result::Result::Ok(Bare::NOT_FOUND)
    );
    ::core::assert_eq!(
        <Bare as ::core::str::FromStr>::from_str("OK"),
        ::core::result::Result::Ok(Bare::OK)
    );
    ::core::assert!(::core::result::Result::is_err(&"405".parse::<Bare>()));
    ::core::assert_eq!(
        <::core::primitive::u16 as ::core::convert::From<Bare>>::from(Bare::OK),
        200
    );
    ::core::assert_eq!(
        <Bare as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(200),
        ::core::result::Result::Ok(Bare::OK)
    );
    ::core::assert!(Bare::OK < Bare::NOT_FOUND && Bare::OK == 200 && 404 == Bare::NOT_FOUND);
    ::core::assert!(Bare::OK < 201 && 199 < Bare::OK);
}

#[::core::prelude::v1::test]
fn classes() {
    ::core::assert_eq!(Bare::OK.class(), BareClass::SUCCESS);
    ::core::assert!(Bare::NOT_FOUND.is_client_error() && !Bare::NOT_FOUND.is_success());
    ::core::assert_eq!(
        BareClass::of(250),
        ::core::option::Option::Some(BareClass::SUCCESS)
    );
    ::core::assert_eq!(BareClass::of(300), ::core::option::Option::None);
    ::core::assert_eq!(BareClass::CLIENT_ERROR.range(), 400..=499);
    ::core::assert_eq!(
        ::std::string::ToString::to_string(&BareClass::CLIENT_ERROR),
        "Client Error"
    );
}

#[::core::prelude::v1::test]
fn nested_module() {
    use nested::Signed;
    ::core::assert_eq!(
        Signed::from_code(-1),
        ::core::option::Option::Some(Signed::MINUS_ONE)
    );
    ::core::assert_eq!(Signed::SIXTEEN.code(), 16);
    ::core::assert_eq!(
        ::std::string::ToString::to_string(&Signed::MINUS_ONE),
        "-1 Minus One"
    );
    ::core::assert!(Signed::MINUS_ONE < Signed::SIXTEEN);
}
