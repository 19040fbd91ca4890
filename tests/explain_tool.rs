//! The command-line tool of `status-registry-cli` on registries unlike HTTP's: a signed repr
//! with negative codes, no classes and no open code type (as gRPC's), codes at the limits of
//! `u64`, 2,000 entries (build.rs's), several registries in one tool, and the tool's own
//! mistakes.

use status_registry::status_registry;
use status_registry_cli::{Exit, Explain, Outcome, Tool};

status_registry! {
    /// A signed registry without classes or open code type, as gRPC's codes are.
    pub enum Rpc: i32 {
        -2 PEER_GONE "Peer Gone" "The peer went away" ["rpc.md#peer-gone"];
        0 OK "OK" "Not an error";
        14 UNAVAILABLE "Unavailable" "The service is currently unavailable" ["rpc.md#unavailable"];
        alias NOT_AVAILABLE = UNAVAILABLE;
    }
}

status_registry! {
    /// Codes at the limits of `u64`, in two classes that are no pattern.
    pub enum Wide: u64 {
        classes WideClass {
            0..=99 SMALL "Small";
            1000..=18446744073709551615 LARGE "Large";
        }
        7 SEVEN "Seven" "A small code";
        18446744073709551615 LARGEST "Largest" "The largest code of u64";
    }
}

include!(concat!(env!("OUT_DIR"), "/large_registry.rs"));

fn tool() -> Tool {
    Tool::new("codes", "1.2.3")
        .registry(Explain::<Rpc>::new("rpc", "an RPC code"))
        .registry(Explain::<Wide>::new("wide", "a wide code").classes())
}

fn run(tool: &Tool, arguments: &[&str]) -> Outcome {
    tool.run(arguments)
}

#[track_caller]
fn case(arguments: &[&str], exit: Exit, stdout: &str, stderr: &str) {
    let outcome = run(&tool(), arguments);
    assert_eq!(
        (
            outcome.exit,
            outcome.stdout.as_str(),
            outcome.stderr.as_str()
        ),
        (exit, stdout, stderr),
        "{arguments:?}"
    );
}

#[test]
fn negative_codes_of_a_signed_registry() {
    let peer_gone = "\
-2 Peer Gone
  code         -2
  name         PEER_GONE
  phrase       Peer Gone
  description  The peer went away
  reference    rpc.md#peer-gone
";
    case(&["-2"], Exit::Found, peer_gone, "");
    case(&["-0002"], Exit::Found, peer_gone, "");
    case(&["peer gone"], Exit::Found, peer_gone, "");
    // Without an open code type, every code of the repr is a code.
    case(
        &["-2147483648"],
        Exit::NothingFound,
        "\
-2147483648 (unregistered)
  code         -2147483648
  registered   no: -2147483648 is not a registered RPC code
",
        "",
    );
    case(
        &["2147483648"],
        Exit::Usage,
        "",
        "codes: `2147483648` is not an RPC code: codes are -2147483648 to 2147483647 \
         (see codes --help)\n",
    );
}

#[test]
fn a_registry_without_classes() {
    case(
        &["4xx"],
        Exit::NothingFound,
        "",
        "codes: `4xx` is not a class: RPC codes have no classes\n",
    );
    case(
        &["--list", "4xx"],
        Exit::Usage,
        "",
        "codes: `4xx` is not a class: RPC codes have no classes (see codes --help)\n",
    );
    case(
        &["--list"],
        Exit::Found,
        "\
CODE NAME                             PHRASE                           REFERENCE
-2   PEER_GONE                        Peer Gone                        rpc.md#peer-gone
0    OK                               OK                               -
14   UNAVAILABLE                      Unavailable                      rpc.md#unavailable
",
        "",
    );
    case(
        &["not_available", "UNAVAILABEL"],
        Exit::NothingFound,
        "\
14 Unavailable
  code         14
  name         UNAVAILABLE (`NOT_AVAILABLE` is an alias)
  phrase       Unavailable
  description  The service is currently unavailable
  reference    rpc.md#unavailable
  aliases      NOT_AVAILABLE
",
        "codes: no RPC code matches `UNAVAILABEL`; did you mean UNAVAILABLE?\n",
    );
    let outcome = run(&tool(), &["--json", "0", "-7"]);
    let json: serde_json::Value = serde_json::from_str(&outcome.stdout).unwrap_or_default();
    assert_eq!(
        json,
        serde_json::json!([
            {
                "code": 0, "name": "OK", "phrase": "OK", "description": "Not an error",
                "reference": null, "class": null, "aliases": [], "registered": true,
            },
            {
                "code": -7, "name": null, "phrase": null, "description": null,
                "reference": null, "class": null, "aliases": [], "registered": false,
            },
        ])
    );
}

#[test]
fn the_flag_picks_the_registry() {
    let largest = "\
18446744073709551615 Largest
  code         18446744073709551615
  name         LARGEST
  phrase       Largest
  description  The largest code of u64
  reference    -
  class        LARGE (Large)
";
    case(
        &["--wide", "18446744073709551615"],
        Exit::Found,
        largest,
        "",
    );
    case(&["largest", "--wide"], Exit::Found, largest, "");
    // Wide's codes are no RPC codes, and the other way round.
    case(
        &["18446744073709551615"],
        Exit::Usage,
        "",
        "codes: `18446744073709551615` is not an RPC code: codes are -2147483648 to \
         2147483647 (see codes --help)\n",
    );
    case(
        &["--wide", "-2"],
        Exit::Usage,
        "",
        "codes: `-2` is not a wide code: codes are 0 to 18446744073709551615 \
         (see codes --help)\n",
    );
    // Classes that no pattern spells are named; a code outside them says where they are.
    case(
        &["--wide", "9xx"],
        Exit::NothingFound,
        "",
        "codes: `9xx` is not a class of wide codes: they are SMALL or LARGE\n",
    );
    case(
        &["--wide", "500"],
        Exit::NothingFound,
        "\
500 (unregistered)
  code         500
  registered   no: 500 is not a registered wide code
  class        - (outside every class, 0..=99, 1000..=18446744073709551615)
",
        "",
    );
    // The hint names the flag of a registry that is not the default.
    case(
        &["--wide", "xyzzy"],
        Exit::NothingFound,
        "",
        "codes: no wide code matches `xyzzy` (codes --wide --list shows them all)\n",
    );
    case(
        &["xyzzy"],
        Exit::NothingFound,
        "",
        "codes: no RPC code matches `xyzzy` (codes --list shows them all)\n",
    );
    // The code column is as wide as the widest code.
    case(
        &["--wide", "--list", "large"],
        Exit::Found,
        &format!(
            "{:<20} {:<32} {:<32} REFERENCE\n{:<20} {:<32} {:<32} -\n",
            "CODE",
            "NAME",
            "PHRASE",
            u64::MAX,
            "LARGEST",
            "Largest"
        ),
        "",
    );
}

#[test]
fn help_names_the_tool_and_its_registries() {
    let help = run(&tool(), &["--help"]);
    assert_eq!(help.exit, Exit::Found);
    assert!(help.stdout.starts_with("codes 1.2.3: "), "{}", help.stdout);
    for text in [
        "\nUsage: codes [REGISTRY] [--json] QUERY...\n",
        "\n  --rpc               3 RPC codes, codes -2147483648 to 2147483647\n",
        "\n  --wide              2 wide codes, codes 0 to 18446744073709551615, classes SMALL, LARGE\n",
        "\n  2  a usage error",
    ] {
        assert!(help.stdout.contains(text), "no {text:?} in\n{}", help.stdout);
    }
    assert_eq!(run(&tool(), &["-V"]).stdout, "codes 1.2.3\n");
}

#[test]
fn the_tool_s_own_mistakes_are_usage_errors() {
    for (tool, message) in [
        (Tool::new("codes", "1"), "the tool has no registry"),
        (
            Tool::new("codes", "1").registry(Explain::<Rpc>::new("json", "an RPC code")),
            "the tool's registry flag --json is one of its options",
        ),
        (
            Tool::new("codes", "1").registry(Explain::<Rpc>::new("Rpc", "an RPC code")),
            "the tool's registry flag `Rpc` is not lowercase letters, digits and -",
        ),
        (
            Tool::new("codes", "1")
                .registry(Explain::<Rpc>::new("rpc", "an RPC code"))
                .registry(Explain::<Wide>::new("rpc", "a wide code")),
            "the tool has two registries with the flag --rpc",
        ),
    ] {
        let outcome = run(&tool, &["0"]);
        assert_eq!(
            (outcome.exit, outcome.stdout.as_str(), outcome.stderr),
            (
                Exit::Usage,
                "",
                format!("codes: {message} (see codes --help)\n")
            )
        );
    }
}

#[test]
fn a_search_shows_its_best_and_says_how_many_matched() {
    let tool =
        Tool::new("codes", "1").registry(Explain::<Large>::new("large", "a large code").classes());
    let outcome = run(&tool, &["phrase"]);
    assert_eq!(outcome.exit, Exit::Found);
    assert_eq!(outcome.stdout.lines().count(), 1 + 128);
    assert_eq!(
        outcome.stderr,
        "codes: `phrase` matches 2000 large codes; the best 128 show (codes --list shows them all)\n"
    );
    // A class shows all of its entries, and a narrower search no hint.
    let outcome = run(&tool, &["10xxx"]);
    let band = Large::iter().filter(|entry| (10_000..=10_999).contains(&entry.code()));
    assert_eq!(outcome.stdout.lines().count(), 1 + band.count());
    assert_eq!(outcome.stderr, "");
    let outcome = run(&tool, &["phrase 17919"]);
    assert_eq!((outcome.exit, outcome.stderr.as_str()), (Exit::Found, ""));
    assert!(
        outcome.stdout.starts_with("17919 Phrase 17919\n"),
        "{}",
        outcome.stdout
    );
    let outcome = run(&tool, &["20xxx"]);
    assert_eq!(
        outcome.stderr,
        "codes: `20xxx` is not a class of large codes: they are 10xxx to 19xxx\n"
    );
}

#[test]
fn notes_show_on_the_codes_they_speak_of() {
    let tool = Tool::new("codes", "1").registry(
        Explain::<Rpc>::new("rpc", "an RPC code")
            .note("sent by", |code| (code < 0).then(|| "the peer".to_owned()))
            .note("range", |code| Some(format!("{} of 2^31", code.signum()))),
    );
    let outcome = run(&tool, &["-5"]);
    assert_eq!(
        outcome.stdout,
        "\
-5 (unregistered)
  code         -5
  registered   no: -5 is not a registered RPC code
  sent by      the peer
  range        -1 of 2^31
"
    );
    let outcome = run(&tool, &["5"]);
    assert!(!outcome.stdout.contains("sent by"), "{}", outcome.stdout);
    assert!(outcome.stdout.ends_with("\n  range        1 of 2^31\n"));
    // A registered code has its entry's record, without notes.
    assert!(!run(&tool, &["-2"]).stdout.contains("range"));
}
