//! What a user who declares a registry without the `macros` feature sees: one error, at the
//! macro call, that says what to write in Cargo.toml.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
