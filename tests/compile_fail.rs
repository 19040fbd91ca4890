//! The compile-fail suite: every malformed declaration in `tests/ui/` fails with the error in its
//! `.stderr` snapshot.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
