//! Registries are ordinary items: two of one name in two modules, or one declaration stamped
//! out twice by a user's `macro_rules!`, compile side by side, and each can be extended through
//! its path. Only a registry with the `export` option leaves its replay macro at the crate root
//! (macros/src/tests.rs checks the expansions for `#[macro_export]`).
#![deny(warnings)]

use status_registry::{status_registry, CodeType, Registry};

mod v1 {
    status_registry::status_registry! {
        pub enum Code: u8 {
            1 ONE "One";
        }
    }
}

mod v2 {
    status_registry::status_registry! {
        pub enum Code: u16 {
            1 ONE "One";
            2 TWO "Two";
        }
    }

    pub mod extended {
        status_registry::status_registry! {
            /// Extends the `Code` of its parent module, through `super`.
            pub enum Code extends super::Code {
                3 THREE "Three";
            }
        }
    }
}

/// One declaration, stamped into two modules with identical tokens.
macro_rules! stamp {
    () => {
        status_registry::status_registry! {
            pub enum Stamped {
                200 FINE "Fine";
                alias GOOD = FINE;
            }
        }
    };
}

mod first {
    stamp!();
}

mod second {
    stamp!();
}

status_registry! {
    /// Extends a registry of a sibling module, by its full path.
    pub enum Third extends crate::second::Stamped {
        201 DONE "Done";
    }
}

#[test]
fn same_named_registries_are_distinct_types() {
    assert_eq!(v1::Code::ONE.code(), 1_u8);
    assert_eq!(v2::Code::TWO.code(), 2_u16);
    assert_eq!((v1::Code::COUNT, v2::Code::COUNT), (1, 2));
    assert_eq!(<v1::Code as CodeType>::TYPE_NAME, "Code");
    assert_eq!(v2::Code::from_name("ONE"), Some(v2::Code::ONE));
    assert_eq!(v1::Code::from_code(2), None);
}

#[test]
fn stamped_registries_are_distinct_types() {
    assert_eq!(
        first::Stamped::from_name("GOOD"),
        Some(first::Stamped::FINE)
    );
    assert_eq!(second::Stamped::FINE.to_string(), "200 Fine");
    assert_eq!(first::Stamped::ALL.len(), second::Stamped::ALL.len());
}

#[test]
fn registries_extend_through_paths() {
    use v2::extended::Code as Extended;
    assert_eq!(Extended::ALL.len(), 3);
    assert_eq!(Extended::from(v2::Code::TWO), Extended::TWO);
    assert_eq!(v2::Code::try_from(Extended::THREE).ok(), None);
    assert_eq!(Third::from_name("GOOD"), Some(Third::FINE));
    assert_eq!(<Third as Registry>::ALL, [Third::FINE, Third::DONE]);
}
