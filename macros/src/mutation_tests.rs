//! Mutation testing of the macro's front end: valid declarations, and the compile-fail suite's
//! malformed ones, with tokens and groups deleted, duplicated, swapped, replaced, inserted,
//! unwrapped, wrapped or cut off, run through the whole pipeline. Whatever the input, the macro
//! must not panic, must give either the full expansion (or, for `extends`, the call that brings
//! the base back) or compile errors, and every error must point inside the input: on the call
//! site only when the input is empty.
//!
//! Each mutated declaration is printed and parsed again from that text, so that its tokens have
//! locations (proc-macro2's `span-locations`); an error's span is inside the input when joining
//! it with the span of the whole input gives that span back. The call site, and the tokens of any
//! other text, do not join.
//!
//! `cargo test` runs the same 2,000 cases every time. `MUTATION_CASES` sets how many, and
//! `MUTATION_SEED` the random generator's seed (a number, or `random`). The largest run so far,
//! 250,000 cases in 399 s on the 2-core CI machine:
//! `MUTATION_CASES=250000 MUTATION_SEED=3 cargo test --release -p status-registry-macros mutated
//! -- --nocapture`. A failing input is printed as source text: add it to [`REGRESSIONS`].

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};

/// How many mutated declarations one run checks, unless `MUTATION_CASES` says otherwise.
const DEFAULT_CASES: u32 = 2_000;

/// The random generator's seed, unless `MUTATION_SEED` says otherwise: `cargo test` checks the
/// same cases every time.
const DEFAULT_SEED: u64 = 6;

/// Valid declarations the mutations start from (core's `HttpStatus` is added to them).
const SEEDS: &[&str] = &[
    // A private registry: docs, derives, deprecations, visibility, descriptions, references.
    r#"
    /// Codes our edge proxy answers besides the standard ones.
    #[derive(Default)]
    pub(crate) enum EdgeStatus {
        /// nginx: the connection was closed without a response.
        499 CLIENT_CLOSED_REQUEST "Client Closed Request" "The client closed the connection";
        444 NO_RESPONSE "No Response";
        #[default]
        520 WEB_SERVER_UNKNOWN_ERROR "Web Server Returned an Unknown Error" ["Cloudflare"];
        #[deprecated(note = "merged")]
        521 WEB_SERVER_IS_DOWN "Web Server Is Down" "" ["Cloudflare"];
        alias NGINX_NO_RESPONSE = NO_RESPONSE;
    }
    "#,
    // Classes, aliases, the crate option, raw identifiers.
    r#"
    #[status_registry(crate = ::renamed)]
    #[non_exhaustive]
    pub enum Edge: u16 {
        #[doc = "Classes."]
        classes EdgeClass {
            400..=499 CLIENT_ERROR "Client Error";
            500..=0x257 ServerError "Server Error";
        }
        alias OLD = r#type;
        444 r#type "Type" "Described";
        #[deprecated]
        alias DEPRECATED = CLOSED;
        499 CLOSED "Closed" ["nginx"];
        520 UNKNOWN "Unknown";
    }
    "#,
    // Every repr, with codes at its limits, hex, underscores and signs.
    r#"enum U8: u8 { 0 MIN "Min"; 255 MAX "Max"; 0x1F HEX "Hex"; 1_00 UNDERSCORED "Underscored"; }"#,
    r#"enum I8: i8 { classes I8Class { -128..=-1 NEGATIVE "Negative"; 0..=127 NON_NEGATIVE "Non-negative"; } -128 MIN "Min"; 127 MAX "Max"; -0x10 MINUS_HEX "Minus Hex"; }"#,
    r#"pub enum U32: u32 { 4294967295 MAX "Max"; 0 MIN "Min"; alias ZERO = MIN; }"#,
    r#"pub enum I16: i16 { 32767 MAX "Max"; -32768 MIN "Min"; -1_000 MINUS "Minus"; }"#,
    r#"pub enum I32: i32 { -2147483648 MIN "Min"; 2147483647 MAX "Max"; }"#,
    r#"pub enum U64: u64 { classes Every { 0..=18446744073709551615 EVERY "Every"; } 0xFFFF_FFFF_FFFF_FFFF MAX "Max"; 0 MIN "Min"; }"#,
    r#"pub enum I64: i64 { -9223372036854775808 MIN "Min"; 9223372036854775807 MAX "Max"; alias LOWEST = MIN; }"#,
    // An open code type; a registry that extends another, as written and as the base's replay
    // macro hands it back to the macro.
    r#"pub enum Ws { open WsCode in 4000..=4999; 4000 PRIVATE "Private"; alias OURS = PRIVATE; }"#,
    r#"pub(crate) enum Edge: u16 extends crate::http::HttpStatus { open EdgeCode in 100..=999; 444 NO_RESPONSE "No Response"; }"#,
    r#"__extend { enum Base: u16 { classes BaseClass { 100..=599 ANY "Any"; } 200 OK "OK"; alias FINE = OK; } }
    pub enum Edge extends Base { open EdgeCode in 100..=599; 444 NO_RESPONSE "No Response"; }"#,
    // An error catalogue: a base of the problem type URIs, statuses by name and by code, on
    // classes and entries, and an entry's own type URI.
    r#"
    pub enum ApiError: u32 {
        type "https://api.example.com/problems/";
        classes ApiErrorClass {
            40000..=40099 BAD_REQUEST "Bad Request" => BAD_REQUEST;
            40400..=40499 NOT_FOUND "Not Found" => 404;
            40900..=40999 CONFLICT "Conflict";
        }
        open ApiErrorCode in 0..=99999;
        40001 INVALID_EMAIL "Invalid email" "The email is not valid" ["RFC5322"];
        40401 USER_NOT_FOUND "User not found" => GONE type "https://example.com/gone";
        40901 EMAIL_TAKEN "Email taken" => CONFLICT;
        alias EMAIL_IN_USE = EMAIL_TAKEN;
    }
    "#,
    r#"__extend { enum Base: u32 { type "urn:base:"; 1 A "A" => NOT_FOUND; } }
    pub enum More extends Base { 2 B "B" => 500 type "urn:more:b"; }"#,
];

/// What a mutation replaces a node with or inserts: tokens and groups the grammar uses, and
/// some it does not.
const POOL: &[&str] = &[
    "enum",
    "pub",
    "alias",
    "classes",
    "crate",
    "self",
    "type",
    "r#type",
    "=>",
    "NOT_FOUND",
    "404",
    "\"https://example.com/\"",
    "_",
    "u8",
    "i64",
    "usize",
    "X",
    "OK",
    "ALL",
    "code",
    "is_success",
    "status_registry",
    "cfg",
    "Ωmega",
    "ÉTAT",
    "0",
    "1",
    "255",
    "256",
    "65536",
    "0xFFFF_FFFF_FFFF_FFFF",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "9223372036854775808",
    "1u8",
    "1.5",
    "1e3",
    "0b101",
    "0o7",
    "1_",
    r#""""#,
    r#""x""#,
    r#"r"raw""#,
    r#"b"bytes""#,
    "'c'",
    r#"c"c""#,
    ";",
    ",",
    ":",
    "::",
    "=",
    "..=",
    "..",
    "-",
    "#",
    "!",
    "<",
    ">",
    "'a",
    "$",
    "@",
    "{}",
    "[]",
    "()",
    r#"{ 1 A "a"; }"#,
    r#"["ref"]"#,
    r#"#[doc = "d"]"#,
    "#[status_registry(crate = ::x)]",
    "#[status_registry(other)]",
    "#[cfg(test)]",
    "#[repr(u8)]",
    "#[derive(Clone, Debug)]",
    "<T>",
    "<>",
    r#"classes C { 0..=9 A "a"; }"#,
    "alias A = B;",
    r#"- 1 NEG "Neg";"#,
    "extends",
    "extends Base",
    "open",
    "in",
    "open Code in 0..=9;",
    "__extend",
    "__extend { }",
];

/// Inputs that once failed, kept as they were printed.
const REGRESSIONS: &[&str] = &[
    // An error catalogue extending a registry that is none: the base's entries, which have no
    // type, were told so on the base's tokens.
    r#"pub enum ApiError extends status_registry :: HttpStatus { "https://api.example.com/problems/" ; 499 CLIENT_GONE "Client gone" => BAD_REQUEST ; }"#,
    // Errors on the call site: a token missing at the very end of the input.
    r#"# [doc = " Codes our edge proxy answers besides the standard ones." ] # [derive (Default ) ] pub (crate )"#,
    "pub enum X",
    "pub enum X :",
    "enum X <",
    "#",
    // The error on the call site: `Generics` prints nothing for `<>`.
    r#"pub enum I32 <> : i32 { - 2147483648 MIN "Min" ; 2147483647 MAX "Max" ; }"#,
    r#"pub enum Edge extends HttpStatus { 499 REQUEST_ENTITY_TOO_LARGE "Client Closed Request" ; alias CLIENT_CLOSED_REQUEST = CLIENT_CLOSED_REQUEST ; }"#,
];

/// A token of the input as mutations see it: one token or punctuation sequence (`..=`, `'a`),
/// or a delimited group.
#[derive(Clone, Debug)]
enum Node {
    Atom(String),
    Group(Delimiter, Vec<Node>),
}

fn nodes(tokens: TokenStream) -> Vec<Node> {
    let mut nodes = Vec::new();
    // The text of a punctuation sequence still being joined (`.` `.` `=`, `'` `a`).
    let mut joining: Option<String> = None;
    for tree in tokens {
        let text = match tree {
            TokenTree::Group(group) => {
                nodes.extend(joining.take().map(Node::Atom));
                nodes.push(Node::Group(group.delimiter(), self::nodes(group.stream())));
                continue;
            }
            TokenTree::Punct(punct) => {
                let text = joining.take().unwrap_or_default() + &punct.to_string();
                if punct.spacing() == proc_macro2::Spacing::Joint {
                    joining = Some(text);
                    continue;
                }
                text
            }
            other => joining.take().unwrap_or_default() + &other.to_string(),
        };
        nodes.push(Node::Atom(text));
    }
    nodes.extend(joining.map(Node::Atom));
    nodes
}

fn print(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Atom(text) => out.push_str(text),
            Node::Group(delimiter, inner) => {
                let (open, close) = match delimiter {
                    Delimiter::Brace => ("{ ", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                print(inner, out);
                out.push_str(close);
            }
        }
        out.push(' ');
    }
}

fn parse_nodes(source: &str) -> Vec<Node> {
    nodes(
        source
            .parse()
            .expect("seeds and pool entries are valid tokens"),
    )
}

/// What the mutations start from and draw on, parsed once.
struct Corpus {
    /// The valid declarations: [`SEEDS`] and core's `HttpStatus`.
    valid: Vec<Vec<Node>>,
    /// The declarations of the compile-fail suite, at least one mistake each.
    malformed: Vec<Vec<Node>>,
    pool: Vec<Vec<Node>>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let http = crate::tests::invocation(include_str!("../../core/src/http/declaration.rs"));
        Corpus {
            valid: SEEDS
                .iter()
                .map(|seed| parse_nodes(seed))
                .chain([nodes(http)])
                .collect(),
            malformed: compile_fail_cases()
                .iter()
                .map(|path| nodes(crate::tests::invocation(&read(path))))
                .collect(),
            pool: POOL.iter().map(|entry| parse_nodes(entry)).collect(),
        }
    })
}

/// The files of the compile-fail suite, `tests/ui/*.rs`: one `status_registry!` each.
fn compile_fail_cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// Every node's path: its index in each enclosing group, outermost first.
fn paths(nodes: &[Node], prefix: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    for (index, node) in nodes.iter().enumerate() {
        prefix.push(index);
        out.push(prefix.clone());
        if let Node::Group(_, inner) = node {
            paths(inner, prefix, out);
        }
        prefix.pop();
    }
}

/// The nodes that hold the node at `path`, and its index in them.
fn container<'a>(nodes: &'a mut Vec<Node>, path: &[usize]) -> (&'a mut Vec<Node>, usize) {
    match path {
        [index] => (nodes, *index),
        [first, rest @ ..] => match &mut nodes[*first] {
            Node::Group(_, inner) => container(inner, rest),
            Node::Atom(_) => unreachable!("paths go through groups only"),
        },
        [] => unreachable!("paths are not empty"),
    }
}

/// One mutation: what to do, and numbers that pick the nodes and the pool entry.
#[derive(Clone, Copy, Debug)]
struct Mutation {
    kind: u8,
    at: usize,
    other: usize,
}

const MUTATION_KINDS: u8 = 8;

fn apply(nodes: &mut Vec<Node>, mutation: Mutation) {
    let pool = &corpus().pool;
    let mut all = Vec::new();
    paths(nodes, &mut Vec::new(), &mut all);
    let Some(path) = all.get(mutation.at % all.len().max(1)).cloned() else {
        // Nothing left to mutate but an empty input: insert into it.
        nodes.extend(pool[mutation.other % pool.len()].iter().cloned());
        return;
    };
    let (siblings, index) = container(nodes, &path);
    match mutation.kind {
        // Delete.
        0 => {
            siblings.remove(index);
        }
        // Duplicate.
        1 => siblings.insert(index, siblings[index].clone()),
        // Swap with another node, unless one holds the other.
        2 => {
            let other = all[mutation.other % all.len()].clone();
            if path.starts_with(&other) || other.starts_with(&path) {
                return;
            }
            let first = siblings[index].clone();
            let (other_siblings, other_index) = container(nodes, &other);
            let second = std::mem::replace(&mut other_siblings[other_index], first);
            let (siblings, index) = container(nodes, &path);
            siblings[index] = second;
        }
        // Replace with a pool entry.
        3 => {
            let entry = &pool[mutation.other % pool.len()];
            siblings.splice(index..=index, entry.iter().cloned());
        }
        // Insert a pool entry before.
        4 => {
            let entry = &pool[mutation.other % pool.len()];
            siblings.splice(index..index, entry.iter().cloned());
        }
        // Unwrap a group: its tokens without the delimiters.
        5 => {
            if let Node::Group(_, inner) = siblings[index].clone() {
                siblings.splice(index..=index, inner);
            }
        }
        // Wrap in a group.
        6 => {
            let delimiter =
                [Delimiter::Brace, Delimiter::Bracket, Delimiter::Parenthesis][mutation.other % 3];
            let node = siblings[index].clone();
            siblings[index] = Node::Group(delimiter, vec![node]);
        }
        // Cut off the rest of the group from here.
        _ => siblings.truncate(index),
    }
}

/// The second-pass input for a first pass that forwarded to a base's replay macro
/// (`Base! { { krate } INPUT }`), with core's HttpStatus declaration as the base.
fn replayed(output: &TokenStream) -> Option<TokenStream> {
    let trees: Vec<TokenTree> = output.clone().into_iter().collect();
    let [.., TokenTree::Punct(bang), TokenTree::Group(call)] = trees.as_slice() else {
        return None;
    };
    let mut call = call.stream().into_iter();
    match (bang.as_char(), call.next()) {
        ('!', Some(TokenTree::Group(krate))) if krate.delimiter() == Delimiter::Brace => {
            let base = crate::tests::invocation(include_str!("../../core/src/http/declaration.rs"));
            let rest: TokenStream = call.collect();
            Some(quote::quote!(__extend { #base } #rest))
        }
        _ => None,
    }
}

/// Runs `source` through the macro and checks what comes out: whether it reported errors, or what
/// is wrong.
fn check(source: &str) -> Result<bool, String> {
    let input: TokenStream = source
        .parse()
        .map_err(|error| format!("the test printed tokens that do not lex: {error}"))?;
    let mut trees = input.clone().into_iter();
    let whole = trees.next().map(|first| {
        let last = trees.last().unwrap_or_else(|| first.clone());
        first
            .span()
            .join(last.span())
            .expect("tokens parsed from one string join")
    });
    let output = catch_unwind(AssertUnwindSafe(|| crate::expand_registry(input)))
        .map_err(|_| "the macro panicked".to_owned())?;
    // `extends Base`: the first pass hands the input to the base's replay macro, which calls
    // the macro again with the base's declaration in front; play that second pass here, with
    // HttpStatus as the base whatever the input names.
    let output = match replayed(&output) {
        Some(second_pass) => catch_unwind(AssertUnwindSafe(|| crate::expand_registry(second_pass)))
            .map_err(|_| "the macro panicked on the second pass of `extends`".to_owned())?,
        None => output,
    };
    let errors = compile_errors(output.clone());
    if errors.is_empty() && !forwards_to_base(output.clone()) {
        let text = output.to_string();
        if !(text.contains("enum") && text.contains("__private :: impl_registry !")) {
            return Err(format!(
                "neither an error nor the full expansion, but: {text}"
            ));
        }
    }
    let reported = !errors.is_empty();
    for (message, start, end) in errors {
        for span in [start, end] {
            let inside = match whole {
                // An empty input has no token to point at: the call site is all there is.
                None => true,
                Some(whole) => whole
                    .join(span)
                    .is_some_and(|joined| joined.byte_range() == whole.byte_range()),
            };
            if !inside {
                return Err(format!(
                    "the error {message} points at {:?}..{:?}, outside the input",
                    span.start(),
                    span.end()
                ));
            }
        }
    }
    Ok(reported)
}

/// Whether `tokens` are the first pass of a registry that extends another: a call of the base's
/// replay macro, `Base! { ... }`, that brings the base's declaration back to the macro.
fn forwards_to_base(tokens: TokenStream) -> bool {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    match trees.as_slice() {
        [path @ .., TokenTree::Punct(bang), TokenTree::Group(body)] => {
            !path.is_empty()
                && bang.as_char() == '!'
                && body.delimiter() == Delimiter::Brace
                && path.iter().all(|tree| match tree {
                    TokenTree::Ident(_) => true,
                    TokenTree::Punct(punct) => punct.as_char() == ':',
                    _ => false,
                })
        }
        _ => false,
    }
}

/// Each `compile_error!` in `tokens`: its message, and the spans `syn::Error` gave its first and
/// last tokens (those of the offending tokens).
fn compile_errors(tokens: TokenStream) -> Vec<(String, Span, Span)> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut errors = Vec::new();
    for (index, tree) in trees.iter().enumerate() {
        match (tree, trees.get(index + 1), trees.get(index + 2)) {
            (
                TokenTree::Ident(ident),
                Some(TokenTree::Punct(bang)),
                Some(TokenTree::Group(body)),
            ) if ident == "compile_error" && bang.as_char() == '!' => {
                errors.push((body.stream().to_string(), ident.span(), body.span()));
            }
            (TokenTree::Group(group), _, _) => errors.extend(compile_errors(group.stream())),
            _ => {}
        }
    }
    errors
}

fn cases() -> u32 {
    match std::env::var("MUTATION_CASES") {
        Ok(cases) => cases
            .parse()
            .expect("MUTATION_CASES is a number of cases, such as 100000"),
        Err(_) => DEFAULT_CASES,
    }
}

fn rng_seed() -> RngSeed {
    match std::env::var("MUTATION_SEED").as_deref() {
        Ok("random") => RngSeed::Random,
        Ok(seed) => seed.parse().expect("MUTATION_SEED is a number or `random`"),
        Err(_) => RngSeed::Fixed(DEFAULT_SEED),
    }
}

#[test]
fn mutated_declarations() {
    let config = Config {
        cases: cases(),
        rng_seed: rng_seed(),
        failure_persistence: None,
        ..Config::default()
    };
    let corpus = corpus();
    // Half the cases start from a valid declaration, half from a malformed one.
    let seed = prop_oneof![
        (0..corpus.valid.len()).prop_map(|index| &corpus.valid[index]),
        (0..corpus.malformed.len()).prop_map(|index| &corpus.malformed[index]),
    ];
    let mutation = (0..MUTATION_KINDS, any::<usize>(), any::<usize>())
        .prop_map(|(kind, at, other)| Mutation { kind, at, other });
    let strategy = (seed, prop::collection::vec(mutation, 1..=4));
    let started = std::time::Instant::now();
    let rejected = std::cell::Cell::new(0_u32);
    TestRunner::new(config)
        .run(&strategy, |(seed, mutations)| {
            // Each case parses new strings; forget the spans of the cases before.
            proc_macro2::extra::invalidate_current_thread_spans();
            let mut nodes = seed.clone();
            for mutation in mutations {
                apply(&mut nodes, mutation);
            }
            let mut source = String::new();
            print(&nodes, &mut source);
            let reported = check(&source).map_err(|problem| {
                TestCaseError::fail(format!("{problem}\ninput: `{}`\n", source.trim_end()))
            })?;
            rejected.set(rejected.get() + u32::from(reported));
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{failure}"));
    println!(
        "{} mutated declarations checked in {:.1?}: {} rejected with errors, the others expanded",
        cases(),
        started.elapsed(),
        rejected.get()
    );
}

#[test]
fn valid_seeds_expand_without_errors() {
    for seed in &corpus().valid {
        let mut source = String::new();
        print(seed, &mut source);
        assert_eq!(check(&source), Ok(false), "the seed {source}");
    }
}

/// Not mutated, every error of the compile-fail suite points inside its input.
#[test]
fn compile_fail_errors_point_inside_the_input() {
    for path in compile_fail_cases() {
        let source = crate::tests::invocation(&read(&path)).to_string();
        if let Err(problem) = check(&source) {
            panic!("{}: {problem}", path.display());
        }
    }
}

#[test]
fn regressions() {
    for source in REGRESSIONS {
        if let Err(problem) = check(source) {
            panic!("{problem}\ninput: `{source}`");
        }
    }
}
