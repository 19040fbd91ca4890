//! The expansion means the same whatever the caller has in scope: a crate-root `mod core`, user
//! types named like the prelude's and like primitive types, registries declared inside a
//! function body and in nested modules.
#![deny(warnings)]
#![allow(dead_code, non_camel_case_types)]

/// A user module named `core`: generated code must say `::core`, never `core`.
mod core {}

/// Names the expansion might use unqualified, shadowed where the registries are declared.
mod shadows {
    pub struct Ok;
    pub struct Err;
    pub struct Some;
    pub struct None;
    pub struct Option;
    pub struct Result;
    pub struct String;
    pub struct Vec;
    pub struct Clone;
    pub struct Copy;
    pub struct Debug;
    pub struct Display;
    pub struct Eq;
    pub struct Ord;
    pub struct PartialEq;
    pub struct PartialOrd;
    pub struct Hash;
    pub struct Iterator;
    pub struct FromStr;
    pub struct From;
    pub struct TryFrom;
    pub struct Registry;
    pub struct Entry;
    pub struct Iter;
    pub struct Formatter;
    pub struct u8;
    pub struct u16;
    pub struct i64;
    pub struct usize;
    pub struct bool;
    pub struct str;
    pub mod status_registry {}
    pub mod __private {}
    pub mod fmt {}
    pub mod cmp {}
    pub mod primitive {}
    pub mod problem {}
    pub struct Problem;
    pub struct Catalogue;
    pub struct StatusCode;
}

// Macros the expansion might call unqualified, in textual scope for the modules below.
#[allow(unused_macros)]
macro_rules! matches {
    ($($tokens:tt)*) => {
        compile_error!("the expansion used a user's `matches!`")
    };
}
#[allow(unused_macros)]
macro_rules! write {
    ($($tokens:tt)*) => {
        compile_error!("the expansion used a user's `write!`")
    };
}

/// A registry declared where every shadow is in scope.
mod shadowed {
    // Every name in `shadows`, including the lowercase primitive-type names, is in scope here.
    use super::shadows::*;

    ::status_registry::status_registry! {
        /// Declared among shadows.
        pub enum Shadowed: u16 {
            classes ShadowedClass {
                200..=299 SUCCESS "Success";
                400..=499 CLIENT_ERROR "Client Error";
            }
            200 OK "OK" "Request fulfilled" ["RFC9110"];
            404 NOT_FOUND "Not Found";
            418 None "I'm a Teapot" "Entries may be named like prelude items";
            alias Some = OK;
        }
    }

    ::status_registry::status_registry! {
        pub enum Wide: i64 {
            -9223372036854775808 MIN "Min";
            9223372036854775807 MAX "Max";
        }
    }

    ::status_registry::status_registry! {
        pub enum Small: u8 {
            1 ONE "One";
        }
    }

    ::status_registry::status_registry! {
        /// An error catalogue among shadows, with an open code type.
        pub enum Errors: u32 {
            type "https://example.com/problems/";
            open ErrorsCode in 0..=99_999;
            40401 None "Missing" => NOT_FOUND;
            41001 GONE "Gone" => 410 type "urn:example:gone";
        }
    }

    /// The shadows really are in scope: `u16` here is the unit struct.
    pub fn shadow_is_in_scope() -> u16 {
        u16
    }
}

mod outer {
    pub(crate) mod inner {
        use status_registry::status_registry;

        status_registry! {
            pub(crate) enum Nested: u8 {
                classes NestedClass {
                    0..=127 LOW "Low";
                    128..=255 HIGH "High";
                }
                255 TOP "Top";
                0 BOTTOM "Bottom" "The lowest" ["Nested spec"];
            }
        }
    }
}

use shadowed::{Errors, ErrorsCode, Shadowed, ShadowedClass, Small, Wide};

#[test]
fn shadows_are_really_in_scope() {
    let _: shadows::u16 = shadowed::shadow_is_in_scope();
}

#[test]
fn registry_among_shadows() {
    assert_eq!(Shadowed::OK.code(), 200);
    assert_eq!(Shadowed::from_code(404), Some(Shadowed::NOT_FOUND));
    assert_eq!(Shadowed::from_code(405), None);
    assert_eq!(Shadowed::from_name("None"), Some(Shadowed::None));
    assert_eq!(Shadowed::from_name("Some"), Some(Shadowed::OK));
    assert_eq!(Shadowed::Some, Shadowed::OK);
    assert_eq!(Shadowed::None.name(), "None");
    assert_eq!(
        Shadowed::None.description(),
        "Entries may be named like prelude items"
    );
    assert_eq!(Shadowed::OK.reference(), Some("RFC9110"));
    assert_eq!(Shadowed::NOT_FOUND.reference(), None);
    assert_eq!(Shadowed::None.to_string(), "418 I'm a Teapot");
    assert_eq!(format!("{:?}", Shadowed::None), "None");
    assert_eq!("418".parse(), Ok(Shadowed::None));
    assert_eq!("Some".parse(), Ok(Shadowed::OK));
    assert_eq!(Shadowed::try_from(999).unwrap_err().code(), 999);
    assert_eq!(u16::from(Shadowed::None), 418);
    assert!(Shadowed::OK < Shadowed::None && Shadowed::None == 418);
    assert_eq!(
        Shadowed::ALL,
        [Shadowed::OK, Shadowed::NOT_FOUND, Shadowed::None]
    );
    assert_eq!(Shadowed::None.class(), ShadowedClass::CLIENT_ERROR);
    assert!(Shadowed::OK.is_success() && Shadowed::None.is_client_error());
    assert_eq!(ShadowedClass::of(299), Some(ShadowedClass::SUCCESS));
    assert!(ShadowedClass::SUCCESS.contains(200) && !ShadowedClass::SUCCESS.contains(300));
    assert_eq!(ShadowedClass::SUCCESS.to_string(), "Success");
}

#[test]
fn primitive_names_shadowed() {
    assert_eq!(Wide::MIN.code(), i64::MIN);
    assert_eq!(Wide::from_code(i64::MAX), Some(Wide::MAX));
    assert_eq!("-9223372036854775808".parse(), Ok(Wide::MIN));
    assert_eq!(Small::ONE.code(), 1_u8);
    assert_eq!(Small::COUNT, 1_usize);
}

#[test]
fn nested_module() {
    use outer::inner::{Nested, NestedClass};
    assert_eq!(Nested::from_code(0), Some(Nested::BOTTOM));
    assert_eq!(Nested::BOTTOM.reference(), Some("Nested spec"));
    assert_eq!(Nested::TOP.class(), NestedClass::HIGH);
    assert!(Nested::BOTTOM < Nested::TOP);
    assert_eq!(Nested::ALL, [Nested::TOP, Nested::BOTTOM]);
}

#[test]
fn declared_in_a_function_body() {
    use shadows::{None, Ok, Option, Result, Some};
    use status_registry::status_registry;

    status_registry! {
        enum Local: i16 {
            classes LocalClass {
                -100..=-1 BELOW "Below";
                0..=100 ABOVE "Above";
            }
            5 FIVE "Five";
            -5 MINUS_FIVE "Minus Five" "Negative" ["Local"];
            alias CINCO = FIVE;
        }
    }

    let _shadows_in_scope = (Ok, None, Option, Result, Some);
    assert_eq!(
        Local::from_code(-5),
        ::core::option::Option::Some(Local::MINUS_FIVE)
    );
    assert_eq!(
        Local::from_name("CINCO"),
        ::core::option::Option::Some(Local::FIVE)
    );
    assert_eq!(Local::MINUS_FIVE.to_string(), "-5 Minus Five");
    assert_eq!(
        "-5".parse::<Local>(),
        ::core::result::Result::Ok(Local::MINUS_FIVE)
    );
    assert!(Local::MINUS_FIVE < Local::FIVE);
    assert!(Local::MINUS_FIVE.is_below() && Local::FIVE.is_above());
    assert_eq!(LocalClass::of(101), ::core::option::Option::None);
}

#[test]
fn declared_in_a_closure_and_a_const_block() {
    let lookup = || {
        status_registry::status_registry! {
            enum InClosure {
                1 ONE "One";
            }
        }
        InClosure::from_code(1).map(InClosure::name)
    };
    assert_eq!(lookup(), Some("ONE"));

    const COUNT: usize = {
        status_registry::status_registry! {
            enum InConst: u8 {
                1 ONE "One";
                2 TWO "Two";
            }
        }
        match InConst::from_code(2) {
            Some(two) => two.code() as usize + InConst::COUNT,
            None => 0,
        }
    };
    assert_eq!(COUNT, 4);
}

/// A registry under `#[cfg]`: every generated item goes with it.
mod configured {
    status_registry::status_registry! {
        #[cfg(any())]
        pub(crate) enum CompiledOut {
            classes CompiledOutClass { 1..=9 LOW "Low"; }
            1 ONE "One";
            alias UNO = ONE;
        }
    }

    status_registry::status_registry! {
        #[cfg(all())]
        pub(crate) enum CompiledIn {
            1 ONE "One";
        }
    }
}

#[test]
fn cfg_on_the_registry_reaches_every_generated_item() {
    assert_eq!(configured::CompiledIn::ALL, &[configured::CompiledIn::ONE]);
}

#[test]
fn an_error_catalogue_among_shadows() {
    use status_registry::problem::{Catalogue, Problem};
    assert_eq!(
        Errors::None.status(),
        status_registry::StatusCode::NOT_FOUND
    );
    assert_eq!(Errors::GONE.problem_type(), "urn:example:gone");
    assert_eq!(
        Errors::None.problem_type(),
        "https://example.com/problems/none"
    );
    let problem = Problem::<Errors>::from_body(&Problem::new(Errors::GONE).to_body()).unwrap();
    assert_eq!(problem.entry(), Some(Errors::GONE));
    assert_eq!(problem.code(), ErrorsCode::GONE);
    let response = axum_core::response::IntoResponse::into_response(Errors::None);
    assert_eq!(response.status(), 404);
}
