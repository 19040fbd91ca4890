//! `httpstatus` on random arguments: any bytes, options among them, never panics.

// A failed test panics: that is how it reports.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::process::Command;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// One argument: random bytes (no NUL, which no argument can hold), or a word the program
/// knows, so that options and queries meet odd bytes.
fn argument() -> impl Strategy<Value = Vec<u8>> {
    let known = prop::sample::select(vec![
        "--",
        "-",
        "--json",
        "--list",
        "--list=",
        "--http",
        "--export",
        "python",
        "-h",
        "-1",
        "404",
        "499",
        "4xx",
        "teapot",
        "NOT_FUOND",
        "",
        " ",
    ])
    .prop_map(|word| word.as_bytes().to_vec());
    prop_oneof![
        prop::collection::vec(1..=u8::MAX, 0..24),
        prop::collection::vec(
            prop::sample::select(b" -_xX049aZ'\t\x1b\xc3\xa9\xff".to_vec()),
            0..12
        ),
        known,
    ]
}

#[test]
fn random_arguments_never_panic() {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(256);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let arguments = prop::collection::vec(argument(), 0..5);
    runner
        .run(&arguments, |arguments| {
            let output = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
                .args(arguments.iter().cloned().map(OsString::from_vec))
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            let code = output.status.code();
            prop_assert!(
                matches!(code, Some(0..=2)),
                "{arguments:?}: exit {code:?}, {stderr}"
            );
            prop_assert!(!stderr.contains("panicked"), "{arguments:?}: {stderr}");
            prop_assert!(
                std::str::from_utf8(&output.stdout).is_ok(),
                "{arguments:?}: stdout is not UTF-8"
            );
            // Exit 0 prints something; a usage error prints nothing but its message.
            match code {
                Some(0) => prop_assert!(!output.stdout.is_empty(), "{arguments:?}"),
                Some(2) => prop_assert!(
                    output.stdout.is_empty() && stderr.lines().count() == 1,
                    "{arguments:?}: {stderr}"
                ),
                _ => {}
            }
            Ok(())
        })
        .unwrap();
}
