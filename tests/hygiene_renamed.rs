//! The `crate = path` option for a crate that renamed the runtime dependency.
//!
//! Cargo cannot give one package two names in one crate, so the rename is done in Rust: the
//! runtime is reachable only as `::renamed_status`, and `::status_registry` is made to name
//! `std`, which has no `__private` module. An expansion that used `::status_registry` instead of
//! the `crate` path would not compile.
#![deny(warnings)]

extern crate status_registry as renamed_status;
extern crate std as status_registry;

renamed_status::status_registry! {
    /// A registry declared through the renamed crate.
    #[status_registry(crate = ::renamed_status)]
    pub enum Renamed: u8 {
        classes RenamedClass {
            1..=99 LOW "Low";
            100..=255 HIGH "High";
        }
        200 FINE "Fine" "All good" ["Our spec"];
        1 FIRST "First";
        alias GOOD = FINE;
    }
}

renamed_status::status_registry! {
    /// An error catalogue declared through the renamed crate.
    #[status_registry(crate = ::renamed_status)]
    pub enum RenamedErrors: u32 {
        type "https://example.com/problems/";
        40401 MISSING "Missing" => NOT_FOUND;
    }
}

#[test]
fn an_error_catalogue_through_the_renamed_crate() {
    use renamed_status::problem::{Catalogue, Problem};
    assert_eq!(RenamedErrors::MISSING.status().code(), 404);
    let body = Problem::new(RenamedErrors::MISSING).to_body();
    let problem = Problem::<RenamedErrors>::from_body(&body).unwrap();
    assert_eq!(problem.entry(), Some(RenamedErrors::MISSING));
    let response = axum_core::response::IntoResponse::into_response(RenamedErrors::MISSING);
    assert_eq!(response.status(), 404);
}

mod nested {
    // A relative path works as well, from where the registry is declared.
    crate::renamed_status::status_registry! {
        #[status_registry(crate = crate::renamed_status)]
        pub(crate) enum Relative {
            7 SEVEN "Seven";
        }
    }
}

/// Generic code over the trait, named through the renamed crate.
fn type_name<R: renamed_status::Registry>() -> &'static str {
    R::TYPE_NAME
}

#[test]
fn std_stands_in_for_status_registry() {
    // The shadowing that makes this test meaningful.
    let text: ::status_registry::string::String = "std".into();
    assert_eq!(text, "std");
}

#[test]
fn renamed_registry_works() {
    assert_eq!(Renamed::from_code(200), Some(Renamed::FINE));
    assert_eq!(Renamed::from_name("GOOD"), Some(Renamed::FINE));
    assert_eq!(Renamed::FINE.description(), "All good");
    assert_eq!(Renamed::FINE.reference(), Some("Our spec"));
    assert_eq!(Renamed::FIRST.to_string(), "1 First");
    assert_eq!("200".parse(), Ok(Renamed::FINE));
    assert_eq!(Renamed::try_from(2).unwrap_err().code(), 2);
    assert_eq!(
        "x".parse::<Renamed>().unwrap_err().kind(),
        renamed_status::ParseErrorKind::UnknownName
    );
    assert_eq!(Renamed::ALL, [Renamed::FINE, Renamed::FIRST]);
    assert!(Renamed::FIRST < Renamed::FINE);
    assert!(Renamed::FINE.is_high() && Renamed::FIRST.is_low());
    assert_eq!(RenamedClass::of(0), None);
    assert_eq!(type_name::<Renamed>(), "Renamed");
    assert_eq!(nested::Relative::SEVEN.code(), 7);
    assert_eq!(type_name::<nested::Relative>(), "Relative");
}
