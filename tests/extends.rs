//! Registries that extend another: in the same crate, through a path, in a chain, with the
//! base's classes or with classes of their own.

use status_registry::{status_registry, Classified};

mod base {
    status_registry::status_registry! {
        /// A base with classes and an alias.
        pub enum Base: i16 {
            classes BaseClass {
                -99..=-1 FAILURE "Failure";
                0..=99 SUCCESS "Success";
            }
            0 DONE "Done" "All went well" ["ours"];
            -1 FAILED "Failed";
            alias ERROR = FAILED;
        }
    }
}

mod middle {
    status_registry::status_registry! {
        /// Everything of `Base`, plus two codes.
        pub(crate) enum Middle extends crate::base::Base {
            1 PARTIAL "Partial";
            -2 REFUSED "Refused";
            open MiddleCode in -99..=99;
        }
    }
}

status_registry! {
    /// Three levels: everything of `Middle`, which has everything of `Base`.
    enum Top extends middle::Middle {
        2 EXTRA "Extra";
        alias ALSO_DONE = DONE;
    }
}

status_registry! {
    /// A base without classes.
    enum Plain: u8 {
        1 ONE "One";
        2 TWO "Two";
    }
}

status_registry! {
    /// Classes of its own, since its base has none.
    enum Classy extends Plain {
        classes ClassyClass {
            0..=9 LOW "Low";
            10..=255 HIGH "High";
        }
        10 TEN "Ten";
    }
}

#[test]
fn entries_of_the_base_come_first() {
    use base::Base;
    use middle::Middle;
    let names: Vec<&str> = Middle::iter().map(Middle::name).collect();
    assert_eq!(names, ["DONE", "FAILED", "PARTIAL", "REFUSED"]);
    let names: Vec<&str> = Top::iter().map(Top::name).collect();
    assert_eq!(names, ["DONE", "FAILED", "PARTIAL", "REFUSED", "EXTRA"]);
    assert_eq!(Top::DONE.description(), "All went well");
    assert_eq!(Top::DONE.reference(), Some("ours"));
    assert_eq!(Top::from_name("ERROR"), Some(Top::FAILED));
    assert_eq!(Top::from_name("ALSO_DONE"), Some(Top::DONE));
    assert_eq!(Top::ERROR, Top::FAILED);
    assert_eq!(Base::from_name("ALSO_DONE"), None);
    assert_eq!(Top::from_code(-2), Some(Top::REFUSED));
}

#[test]
fn conversions_along_the_chain() {
    use base::Base;
    use middle::Middle;
    assert_eq!(Middle::from(Base::FAILED), Middle::FAILED);
    assert_eq!(Top::from(Middle::PARTIAL), Top::PARTIAL);
    assert_eq!(Base::try_from(Middle::DONE), Ok(Base::DONE));
    assert_eq!(
        Base::try_from(Middle::REFUSED).unwrap_err().to_string(),
        "-2 is not a registered Base code"
    );
    assert_eq!(Middle::try_from(Top::EXTRA).unwrap_err().code(), 2);
    assert_eq!(Middle::REFUSED, Top::REFUSED);
    assert_eq!(Top::DONE, Middle::DONE);
    assert_eq!(Base::FAILED, Middle::FAILED);
    assert_eq!(Middle::FAILED, Base::FAILED);
    for base in Base::iter() {
        assert_eq!(Top::from(Middle::from(base)).code(), base.code());
    }
}

#[test]
fn the_base_class_type_is_shared() {
    use base::{Base, BaseClass};
    use middle::{Middle, MiddleCode};
    let class: BaseClass = Top::REFUSED.class();
    assert_eq!(class, BaseClass::FAILURE);
    assert_eq!(Middle::PARTIAL.class(), BaseClass::SUCCESS);
    assert!(Top::EXTRA.is_success() && Top::REFUSED.is_failure());
    assert_eq!(<Top as Classified>::class(Top::DONE), Base::DONE.class());
    assert_eq!(
        MiddleCode::new(-50).unwrap().class(),
        Some(BaseClass::FAILURE)
    );
    assert_eq!(
        MiddleCode::new(-50).unwrap().to_string(),
        "-50 (unregistered)"
    );
    assert_eq!(MiddleCode::REFUSED.known(), Some(Middle::REFUSED));
}

#[test]
fn classes_of_its_own_when_the_base_has_none() {
    assert_eq!(Classy::ALL.len(), 3);
    assert_eq!(Classy::ONE.class(), ClassyClass::LOW);
    assert_eq!(Classy::TEN.class(), ClassyClass::HIGH);
    assert_eq!(Classy::from(Plain::TWO), Classy::TWO);
    assert!(Plain::try_from(Classy::TEN).is_err());
}

status_registry! {
    /// A base whose entries carry attributes of its own derives.
    #[derive(Default)]
    enum WithDefault: u8 {
        /// Documented in the base.
        #[default]
        1 FIRST "First";
        #[deprecated = "use FIRST"]
        2 SECOND "Second";
    }
}

status_registry! {
    /// The extending registry takes the base's docs and deprecations, not its `#[default]`.
    enum ExtendsDefault extends WithDefault {
        3 THIRD "Third";
    }
}

#[test]
fn base_attributes_that_need_the_base_stay_with_it() {
    assert_eq!(WithDefault::default(), WithDefault::FIRST);
    assert_eq!(ExtendsDefault::COUNT, 3);
    #[allow(deprecated)]
    let second = ExtendsDefault::SECOND;
    assert_eq!(second.code(), 2);
}
