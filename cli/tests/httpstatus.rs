//! `httpstatus` run as a process: every kind of query, the output forms, the exit codes, and
//! bad input.

// A failed test panics: that is how it reports.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::process::{Command, Stdio};

use serde_json::Value;
use status_registry::{HttpStatus, StatusClass};

/// What one run printed and how it exited.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn httpstatus_os(arguments: impl IntoIterator<Item = OsString>) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(arguments)
        .output()
        .expect("httpstatus runs");
    Run {
        code: output.status.code().expect("httpstatus exits, not killed"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn httpstatus(arguments: &[&str]) -> Run {
    httpstatus_os(arguments.iter().map(OsString::from))
}

/// Exits 0 with `stdout` and nothing on stderr.
#[track_caller]
fn found(arguments: &[&str], stdout: &str) {
    let run = httpstatus(arguments);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, stdout, ""),
        "{arguments:?}"
    );
}

/// Exits 0 with the table of `statuses` and nothing on stderr.
#[track_caller]
fn found_table(arguments: &[&str], statuses: &[HttpStatus]) {
    found(arguments, &table(statuses));
}

/// Exits with `code`, nothing on stdout, and `stderr`.
#[track_caller]
fn fails(arguments: &[&str], code: i32, stderr: &str) {
    let run = httpstatus(arguments);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (code, "", stderr),
        "{arguments:?}"
    );
}

/// The table of `statuses`, written independently of the program's code.
fn table(statuses: &[HttpStatus]) -> String {
    let mut out = format!(
        "{:<4} {:<32} {:<32} {}\n",
        "CODE", "NAME", "PHRASE", "REFERENCE"
    );
    for status in statuses {
        out += &format!(
            "{:<4} {:<32} {:<32} {}\n",
            status.code(),
            status.name(),
            status.phrase(),
            status.reference().unwrap_or("-")
        );
    }
    out
}

const NOT_FOUND: &str = "\
404 Not Found
  code         404
  name         NOT_FOUND
  phrase       Not Found
  description  Nothing matches the given URI
  reference    RFC9110, Section 15.5.5
  class        CLIENT_ERROR (Client Error)
";

const TEAPOT: &str = "\
418 I'm a Teapot
  code         418
  name         IM_A_TEAPOT
  phrase       I'm a Teapot
  description  Server refuses to brew coffee because it is a teapot
  reference    RFC9110, Section 15.5.19
  class        CLIENT_ERROR (Client Error)
";

#[test]
fn a_code_prints_its_record() {
    found(&["404"], NOT_FOUND);
    found(&[" 404 "], NOT_FOUND);
    found(&["0404"], NOT_FOUND);
}

#[test]
fn names_and_aliases_in_any_case() {
    for name in ["NOT_FOUND", "not_found", "Not_Found", "not-found"] {
        found(&[name], NOT_FOUND);
    }
    let content_too_large = "\
413 Content Too Large
  code         413
  name         CONTENT_TOO_LARGE (`REQUEST_ENTITY_TOO_LARGE` is an alias)
  phrase       Content Too Large
  description  Content is too large
  reference    RFC9110, Section 15.5.14
  class        CLIENT_ERROR (Client Error)
  aliases      REQUEST_ENTITY_TOO_LARGE
";
    found(&["REQUEST_ENTITY_TOO_LARGE"], content_too_large);
    found(&["request_entity_too_large"], content_too_large);
    found(
        &["content_too_large"],
        &content_too_large.replace(" (`REQUEST_ENTITY_TOO_LARGE` is an alias)", ""),
    );
}

#[test]
fn a_class_prints_its_statuses() {
    let client_errors: Vec<HttpStatus> =
        HttpStatus::iter().filter(|s| s.is_client_error()).collect();
    assert_eq!(client_errors.len(), 29);
    for class in ["4xx", "4XX", "client_error", "CLIENT_ERROR", "Client Error"] {
        found_table(&[class], &client_errors);
    }
    let informational: Vec<HttpStatus> = HttpStatus::iter()
        .filter(|s| s.is_informational())
        .collect();
    found_table(&["1xx"], &informational);
}

#[test]
fn words_best_match_first() {
    found(&["teapot"], TEAPOT);
    found(&["TeaPot"], TEAPOT);
    found(&["I'm a Teapot"], TEAPOT);
    found(&["brew coffee"], TEAPOT);
    found_table(
        &["too large"],
        &[
            HttpStatus::CONTENT_TOO_LARGE,
            HttpStatus::REQUEST_HEADER_FIELDS_TOO_LARGE,
        ],
    );
    found_table(
        &["gateway"],
        &[HttpStatus::BAD_GATEWAY, HttpStatus::GATEWAY_TIMEOUT],
    );
    // Equal matches keep the registry's order.
    found_table(
        &["timeout"],
        &[HttpStatus::REQUEST_TIMEOUT, HttpStatus::GATEWAY_TIMEOUT],
    );
    found(&["Not Found"], NOT_FOUND);
}

#[test]
fn several_queries_print_one_table() {
    found_table(
        &["404", "teapot", "gone", "not_found"],
        &[
            HttpStatus::NOT_FOUND,
            HttpStatus::IM_A_TEAPOT,
            HttpStatus::GONE,
        ],
    );
}

#[test]
fn an_unregistered_code_gives_its_class_and_what_it_is_taken_for() {
    let run = httpstatus(&["498"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        "\
498 (unregistered)
  code         498
  registered   no: 498 is not a registered HTTP status
  class        CLIENT_ERROR (Client Error)
  taken as     400 Bad Request (RFC 9110: an unknown 4xx is taken as 400)
"
    );
    for (code, class, taken_as) in [
        ("199", "INFORMATIONAL (Informational)", "100 Continue"),
        ("299", "SUCCESS (Success)", "200 OK"),
        ("399", "REDIRECTION (Redirection)", "300 Multiple Choices"),
        (
            "599",
            "SERVER_ERROR (Server Error)",
            "500 Internal Server Error",
        ),
        (
            "999",
            "- (outside every class, 100..=599)",
            "500 Internal Server Error",
        ),
    ] {
        let run = httpstatus(&[code]);
        assert_eq!(run.code, 1, "{code}");
        assert!(run.stdout.starts_with(&format!("{code} (unregistered)\n")));
        assert!(
            run.stdout.contains(&format!("\n  class        {class}\n")),
            "{run:?}"
        );
        assert!(
            run.stdout
                .contains(&format!("\n  taken as     {taken_as} (")),
            "{run:?}"
        );
    }
    // In a table, beside registered statuses.
    let run = httpstatus(&["200", "498"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.ends_with(&format!(
        "\n{:<4} {:<32} {:<32} -\n",
        498, "-", "(unregistered)"
    )));
}

#[test]
fn numbers_outside_the_codes_get_one_line() {
    for number in ["0", "99", "1000", "-1", "-404", "65536", "+1000"] {
        fails(
            &[number],
            2,
            &format!(
                "httpstatus: `{number}` is not an HTTP status code: codes are 100 to 999 \
                 (see httpstatus --help)\n"
            ),
        );
    }
    let huge = "9".repeat(10_000);
    let run = httpstatus(&[&huge]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("(10000 bytes)"), "{}", run.stderr);
}

#[test]
fn a_near_miss_gets_did_you_mean() {
    for (query, names) in [
        ("NOT_FUOND", "NOT_FOUND"),
        ("not fuond", "NOT_FOUND"),
        ("Bad Gatway", "BAD_GATEWAY"),
        ("REQUEST_URI_TOO_LOGN", "REQUEST_URI_TOO_LONG"),
    ] {
        fails(
            &[query],
            1,
            &format!("httpstatus: no HTTP status matches `{query}`; did you mean {names}?\n"),
        );
    }
    fails(
        &["xyzzy"],
        1,
        "httpstatus: no HTTP status matches `xyzzy` (httpstatus --list shows them all)\n",
    );
    fails(
        &["6xx"],
        1,
        "httpstatus: `6xx` is not a class of HTTP statuses: they are 1xx to 5xx\n",
    );
}

#[test]
fn what_is_found_prints_and_what_is_not_is_told() {
    let run = httpstatus(&["404", "NOT_FUOND"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, NOT_FOUND);
    assert_eq!(
        run.stderr,
        "httpstatus: no HTTP status matches `NOT_FUOND`; did you mean NOT_FOUND?\n"
    );
}

#[test]
fn list_prints_the_table() {
    found_table(&["--list"], HttpStatus::ALL);
    let server_errors: Vec<HttpStatus> =
        HttpStatus::iter().filter(|s| s.is_server_error()).collect();
    found_table(&["--list", "5xx"], &server_errors);
    found_table(&["--list=server_error"], &server_errors);
    found_table(&["--list", "Server Error"], &server_errors);
    let run = httpstatus(&["--list", "bogus"]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert!(run.stderr.starts_with("httpstatus: `bogus` is not a class"));
    let run = httpstatus(&["--list", "4xx", "404"]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
}

/// The one object `--json` prints for `status`, as the data says it should be.
fn expected_json(status: HttpStatus, aliases: &[&str]) -> Value {
    serde_json::json!({
        "code": status.code(),
        "name": status.name(),
        "phrase": status.phrase(),
        "description": status.description(),
        "reference": status.reference(),
        "class": status.class().name(),
        "aliases": aliases,
        "registered": true,
    })
}

/// The aliases of each code in CPython's table, which `HttpStatus` follows: the workspace's copy,
/// `tests/data/python_httpstatus.tsv`.
fn python_aliases() -> Vec<(u16, String)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/python_httpstatus.tsv"
    );
    let table = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("the workspace's copy of CPython's table, {path}: {error}"));
    let mut aliases = Vec::new();
    for line in table.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        for alias in fields[4].split(',').filter(|alias| !alias.is_empty()) {
            aliases.push((fields[0].parse().unwrap(), alias.to_owned()));
        }
    }
    aliases
}

fn json(arguments: &[&str]) -> (i32, Vec<Value>) {
    let run = httpstatus(arguments);
    let value: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|error| panic!("{arguments:?}: {error} in\n{}", run.stdout));
    match value {
        Value::Array(objects) => (run.code, objects),
        other => panic!("{arguments:?}: not an array: {other}"),
    }
}

#[test]
fn json_of_every_status() {
    let (code, objects) = json(&["--json", "--list"]);
    assert_eq!(code, 0);
    assert_eq!(objects.len(), HttpStatus::COUNT);
    let python_aliases = python_aliases();
    assert_eq!(python_aliases.len(), 4);
    for (object, status) in objects.iter().zip(HttpStatus::iter()) {
        let aliases: Vec<&str> = python_aliases
            .iter()
            .filter(|(code, _)| *code == status.code())
            .map(|(_, alias)| alias.as_str())
            .collect();
        for alias in &aliases {
            assert_eq!(HttpStatus::from_name(alias), Some(status));
        }
        assert_eq!(object, &expected_json(status, &aliases));
    }
    // One object a line, its keys in the documented order.
    let run = httpstatus(&["--json", "--list"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), HttpStatus::COUNT + 2);
    assert_eq!((lines[0], lines[lines.len() - 1]), ("[", "]"));
    for line in &lines[1..lines.len() - 1] {
        let positions: Vec<usize> = JSON_KEYS
            .iter()
            .map(|key| line.find(&format!("\"{key}\": ")).unwrap())
            .collect();
        assert!(positions.is_sorted(), "{line}");
    }
}

/// The keys of every object of `--json`, in their order.
const JSON_KEYS: [&str; 8] = [
    "code",
    "name",
    "phrase",
    "description",
    "reference",
    "class",
    "aliases",
    "registered",
];

#[test]
fn json_of_queries() {
    let (code, objects) = json(&["--json", "413", "teapot", "499", "700"]);
    assert_eq!(code, 1);
    assert_eq!(
        objects,
        [
            expected_json(HttpStatus::CONTENT_TOO_LARGE, &["REQUEST_ENTITY_TOO_LARGE"]),
            expected_json(HttpStatus::IM_A_TEAPOT, &[]),
            serde_json::json!({
                "code": 499, "name": null, "phrase": null, "description": null,
                "reference": null, "class": "CLIENT_ERROR", "aliases": [], "registered": false,
            }),
            serde_json::json!({
                "code": 700, "name": null, "phrase": null, "description": null,
                "reference": null, "class": null, "aliases": [], "registered": false,
            }),
        ]
    );
    // 429's description holds quotes, which the JSON escapes.
    let (code, objects) = json(&["429", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(objects, [expected_json(HttpStatus::TOO_MANY_REQUESTS, &[])]);
    let (code, objects) = json(&["--json", "--list", "1xx"]);
    assert_eq!(code, 0);
    let expected: Vec<Value> = HttpStatus::iter()
        .filter(|status| status.class() == StatusClass::INFORMATIONAL)
        .map(|status| expected_json(status, &[]))
        .collect();
    assert_eq!(objects, expected);
    let (code, objects) = json(&["--json", "xyzzy"]);
    assert_eq!((code, objects), (1, vec![]));
}

#[test]
fn help_and_version() {
    let help = httpstatus(&["--help"]);
    assert_eq!((help.code, help.stderr.as_str()), (0, ""));
    assert!(help.stdout.starts_with("httpstatus "));
    for text in [
        "--json",
        "--list [CLASS]",
        "--version",
        "\n  0  ",
        "\n  1  ",
        "\n  2  ",
        " registered ",
        " aliases ",
    ] {
        assert!(help.stdout.contains(text), "no {text:?} in --help");
    }
    // Every key of the JSON, in the list of --json.
    for key in JSON_KEYS {
        let line = format!("\n                        {key:<12} ");
        assert!(
            help.stdout.contains(&line),
            "no {line:?} in\n{}",
            help.stdout
        );
    }
    assert_eq!(httpstatus(&["-h"]).stdout, help.stdout);
    found(
        &["--version"],
        &format!("httpstatus {}\n", env!("CARGO_PKG_VERSION")),
    );
    found(
        &["-V"],
        &format!("httpstatus {}\n", env!("CARGO_PKG_VERSION")),
    );
}

#[test]
fn usage_errors_exit_2() {
    let no_query = "httpstatus: no query: give a code, a name, a class or words \
                    (see httpstatus --help)\n";
    fails(&[], 2, no_query);
    fails(&["--"], 2, no_query);
    fails(&["--json"], 2, no_query);
    fails(
        &["--frobnicate"],
        2,
        "httpstatus: unknown option `--frobnicate`; a query that starts with - goes after -- \
         (see httpstatus --help)\n",
    );
    fails(
        &["404", ""],
        2,
        "httpstatus: empty query ``: give a code, a name, a class or words \
         (see httpstatus --help)\n",
    );
    fails(
        &["\t"],
        2,
        "httpstatus: empty query `\\u{9}`: give a code, a name, a class or words \
         (see httpstatus --help)\n",
    );
}

#[test]
fn bad_bytes_and_odd_arguments() {
    let not_utf8 = httpstatus_os([
        OsString::from("404"),
        OsString::from_vec(vec![0x34, 0xff, 0xfe]),
    ]);
    assert_eq!(
        (
            not_utf8.code,
            not_utf8.stdout.as_str(),
            not_utf8.stderr.as_str()
        ),
        (
            2,
            "",
            "httpstatus: argument 2 is not valid UTF-8: `4\u{fffd}\u{fffd}` \
             (see httpstatus --help)\n"
        )
    );
    // Control characters are escaped in messages: the terminal sees no escape sequence.
    fails(
        &["\u{1b}[31mred\u{7}"],
        1,
        "httpstatus: no HTTP status matches `\\u{1b}[31mred\\u{7}` \
         (httpstatus --list shows them all)\n",
    );
    // After `--`, options are queries.
    fails(
        &["--", "--json"],
        1,
        "httpstatus: no HTTP status matches `--json` (httpstatus --list shows them all)\n",
    );
    found(&["--", "404"], NOT_FOUND);
    // Very long input: one line, cut.
    for long in ["teapot ".repeat(14_000), "x".repeat(100_000)] {
        let run = httpstatus(&[&long]);
        assert_eq!((run.code, run.stdout.as_str()), (1, ""));
        assert_eq!(run.stderr.lines().count(), 1);
        assert!(run.stderr.len() < 300, "{}", run.stderr);
    }
}

#[test]
fn a_closed_stdout_is_no_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .arg("--list")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

/// nginx's and Cloudflare's codes answer as their vendor's entries, marked as unofficial, and
/// count as found; `--nginx` looks in nginx's registry itself.
#[test]
fn an_unofficial_code_answers_with_its_vendor_s_entry() {
    let run = httpstatus(&["499"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        "\
499 Client Closed Request (unofficial: nginx)
  code         499
  name         CLIENT_CLOSED_REQUEST
  phrase       Client Closed Request
  description  The client closed the connection while the server was processing its request
  reference    nginx, src/http/ngx_http_request.h: NGX_HTTP_CLIENT_CLOSED_REQUEST
  registered   no: nginx's own code, not a registered HTTP status
  class        CLIENT_ERROR (Client Error)
  taken as     400 Bad Request (RFC 9110: an unknown 4xx is taken as 400)
"
    );
    let table = httpstatus(&["520", "404"]);
    assert_eq!(table.code, 0);
    assert!(
        table.stdout.contains("(unofficial: Cloudflare)") && table.stdout.contains("NOT_FOUND"),
        "{}",
        table.stdout
    );
    let nginx = httpstatus(&["--nginx", "499"]);
    assert_eq!(nginx.code, 0);
    assert!(
        nginx.stdout.starts_with("499 Client Closed Request\n"),
        "{}",
        nginx.stdout
    );
}

/// Each registry the crate ships answers behind its flag, with its own JSON, search, classes
/// and did-you-mean.
#[test]
fn every_shipped_registry_has_its_flag() {
    for (arguments, first_line) in [
        (&["--websocket", "1014"][..], "1014 Bad Gateway\n"),
        (&["--grpc", "UNAVAILABLE"], "14 Unavailable\n"),
        (&["--grpc", "-7"], "-7 (unregistered)\n"),
        (&["--dns", "badsig"], "16 Bad OPT Version\n"),
        (&["--dns", "3900"], "3900 (unregistered)\n"),
        (&["--cloudflare", "522"], "522 Connection Timed Out\n"),
    ] {
        let run = httpstatus(arguments);
        assert!(
            run.stdout.starts_with(first_line),
            "{arguments:?}: {}",
            run.stdout
        );
    }
    let json = httpstatus(&["--websocket", "--json", "1000"]);
    let rows: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(rows[0]["name"], "NORMAL_CLOSURE");
    assert_eq!(rows[0]["class"], "PROTOCOL");
    let miss = httpstatus(&["--grpc", "unavilable"]);
    assert_eq!(
        (miss.code, miss.stderr.as_str()),
        (
            1,
            "httpstatus: no gRPC status code matches `unavilable`; did you mean UNAVAILABLE?\n"
        )
    );
    let help = httpstatus(&["--help"]).stdout;
    for flag in ["--websocket", "--grpc", "--dns", "--nginx", "--cloudflare"] {
        assert!(help.contains(&format!("\n  {flag} ")), "{flag}: {help}");
    }
}

#[test]
fn the_http_flag_picks_the_default() {
    for arguments in [
        &["--http", "404"][..],
        &["404", "--http"],
        &["--http", "--http", "404"],
    ] {
        found(arguments, NOT_FOUND);
    }
    assert_eq!(
        httpstatus(&["--http", "--json", "--list"]).stdout,
        httpstatus(&["--json", "--list"]).stdout
    );
    // A registry the tool does not ship is an unknown option.
    fails(
        &["--smtp", "250"],
        2,
        "httpstatus: unknown option `--smtp`; a query that starts with - goes after -- \
         (see httpstatus --help)\n",
    );
    let help = httpstatus(&["--help"]).stdout;
    assert!(
        help.contains("\n  --http              CPython's http.HTTPStatus, with IANA's references; 62 HTTP statuses,\n"),
        "{help}"
    );
}

#[test]
fn export_needs_a_known_format() {
    fails(
        &["--export", "rust"],
        2,
        "httpstatus: `rust` is not a format of --export: give python, typescript, json or \
         markdown (see httpstatus --help)\n",
    );
    fails(
        &["--export"],
        2,
        "httpstatus: --export needs a format: python, typescript, json or markdown \
         (see httpstatus --help)\n",
    );
    // Each format is the library's export of the registry, whole, on stdout: the files that
    // the suite's tests/exports.rs keeps in examples/exports/ as the library writes them.
    let exports = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/exports");
    for (format, file) in [
        ("python", "http_status.py"),
        ("typescript", "http_status.ts"),
        ("json", "http_status.json"),
        ("markdown", "http_status.md"),
    ] {
        let run = httpstatus(&["--http", "--export", format]);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{format}");
        let expected = std::fs::read_to_string(exports.join(file)).unwrap();
        assert!(run.stdout == expected, "--export {format} is not {file}");
    }
}
