//! Random well-formed registries written by the build script (build/random_registries.rs): each
//! must compile without a warning, give back what it declares, and have every runtime property.
//!
//! `GENERATED_REGISTRIES=200 GENERATED_REGISTRIES_SEED=7 cargo test --test generated_registries`
//! checks 200 others.
#![deny(warnings)]

use status_registry::Registry;

include!(concat!(env!("OUT_DIR"), "/generated_registries.rs"));

/// Checks `R` against its declaration, written out again as `(code, name, phrase, description,
/// reference)` in declaration order, and its aliases with the entry each names.
#[track_caller]
fn check_generated<R>(declared: &[(i128, &str, &str, &str, Option<&str>)], aliases: &[(&str, R)])
where
    R: Registry,
    R::Repr: TryFrom<i128>,
{
    let entries = status_registry_suite::entry_rows::<R>();
    assert_eq!(entries, declared, "{}", R::TYPE_NAME);
    status_registry_suite::properties::check_registry::<R>(aliases);
}
