//! The exports read back by the real interpreters: each Python module imported by `python3`,
//! each TypeScript module compiled by `tsc --strict` and run by `node`, each Markdown page parsed
//! as CommonMark, each JSON array parsed by serde_json, and every value compared with the
//! registry's. HttpStatus's Python export passes CPython's own check of `http.HTTPStatus`.
//! Registries built to break each exporter (quotes, comment and docstring terminators, `${`,
//! JavaScript's line terminators, control and non-ASCII characters, reserved names) are among
//! them.
//!
//! The tools: `python3` (3.11 or later), `node` and `npm` on PATH, and TypeScript in
//! `tests/tools/` (`npm ci --prefix tests/tools`, which `.ci/run` runs, and these tests if it is
//! missing); a test fails, saying how to install what is missing (a skipped check is no pass).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{json, Value};
use status_registry::export::{check_file, Export, ExportError};
use status_registry::{status_registry, Classified, HttpStatus, Registry};
use status_registry_suite::entry_rows;

status_registry! {
    /// Strings that end or break a naive export's literals, comments and tables.
    pub enum Hostile: i32 {
        classes HostileClass {
            -9..=-1 NEGATIVE "It's \"below\" */ ${zero} \\";
            0..=99 LOW "Low\n# heading\u{2028}";
            100..=9_999 HIGH "`High` | <b>";
        }
        -7 QUOTES "It's \"quoted\" \\ back\\slash \\u0041 \\x41" "''' \"\"\" triple quotes \"\"\"";
        0 COMMENTS "*/ /* <!-- --> # // {{ }}" "*/ ends a comment; ${template} `tick` $ {}";
        1 LINES "line\u{2028}separator\u{2029}paragraph" "a\nb\r\nc\u{85}d\u{0}e\u{1b}[31m\u{7f}\t";
        2 UNICODE "Caf\u{e9} \u{2615} \u{1f375}" "\u{202e}reversed\u{200b} zero width \u{feff} \u{fffd}";
        3 MARKDOWN "| pipe | `code` *em* _u_ [link](x) <b>html</b> &amp; ~~del~~ $x$"
            "# heading\n- list\n1. one\n    code\n> quote\n===";
        4 SPACES "  leading" "trailing  " ["\"RFC\" */ \u{2028} | `x`"];
        9_999 NONE_LIKE "null" "undefined";
        alias ALSO_QUOTES = QUOTES;
        alias also_lines = LINES;
    }
}

status_registry! {
    /// Names a TypeScript object would take for its prototype's, and names no JavaScript
    /// identifier is: every one must stay a key of its own.
    pub enum ScriptNames: u64 {
        1 __proto__ "Proto";
        2 toString "To string";
        3 constructor "Constructor";
        4 hasOwnProperty "Has own property";
        5 delete "Delete";
        6 Ñandú "Non-ASCII name";
        9_007_199_254_740_991 LARGEST "The largest safe integer";
        alias valueOf = toString;
        alias function = delete;
    }
}

status_registry! {
    /// A registry without classes, with codes below zero.
    pub enum Plain: i8 {
        -128 MIN "Minimum";
        0 ZERO "Zero" "Nothing";
        127 MAX "Maximum" "Everything" ["i8"];
        alias LARGEST = MAX;
    }
}

// ------------------------------------------------------------------------------------------
// The tools.

/// A directory of this test's own under Cargo's temporary directory for integration tests.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("exports")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the scratch directory is writable");
    dir
}

/// Runs `program`, which must be installed: a missing one fails the test with how to install
/// it (a skipped check is not a passed one).
fn run(program: &Path, args: &[&str], install: &str) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("{} could not run ({error}): {install}", program.display()))
}

fn python3(args: &[&str]) -> Output {
    run(
        Path::new("python3"),
        args,
        "the Python exports are checked by python3 (3.11 or later): apt-get install python3",
    )
}

fn node(args: &[&str]) -> Output {
    run(
        Path::new("node"),
        args,
        "the TypeScript exports are run by node: apt-get install nodejs",
    )
}

/// TypeScript's compiler, installed in `tests/tools/` at the version its package-lock.json
/// pins: by `.ci/run`, or here with `npm ci` the first time, so that `cargo test` needs no step
/// of its own.
fn tsc(args: &[&str]) -> Output {
    let tools = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools");
    let tsc = tools.join("node_modules/typescript/bin/tsc");
    if !tsc.exists() {
        let install = [
            "ci",
            "--prefix",
            tools.to_str().expect("UTF-8"),
            "--no-audit",
            "--no-fund",
        ];
        let output = run(
            Path::new("npm"),
            &install,
            "TypeScript is installed by npm: apt-get install npm",
        );
        assert!(
            output.status.success() && tsc.exists(),
            "`npm ci --prefix tests/tools` did not install TypeScript:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let mut all = vec![tsc.to_str().expect("the path is UTF-8")];
    all.extend_from_slice(args);
    node(&all)
}

#[track_caller]
fn succeeded(output: &Output, what: &str) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

fn data(file: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file)
        .to_str()
        .expect("the path is UTF-8")
        .to_owned()
}

fn text(write: impl FnOnce(&mut String) -> Result<(), ExportError>) -> String {
    let mut out = String::new();
    write(&mut out).expect("the registry exports");
    out
}

fn aliases<R: Registry>() -> Vec<(&'static str, &'static str)> {
    R::aliases()
        .map(|(alias, status)| (alias, status.name()))
        .collect()
}

// ------------------------------------------------------------------------------------------
// Python.

/// The docstring of the exported `HTTPStatus`.
const HTTP_STATUS_DOC: &str =
    "HTTP status codes and reason phrases, as CPython's http.HTTPStatus has them";

/// HttpStatus's export as `httpstatus --export` writes it: named as CPython names it.
fn http_status_export() -> Export<'static, HttpStatus> {
    Export::<HttpStatus>::classified()
        .name("HTTPStatus")
        .doc(HTTP_STATUS_DOC)
}

fn http_status_python() -> String {
    text(|out| http_status_export().python(out))
}

/// Runs `tests/data/check_httpstatus.py` on `module`: CPython's `enum._test_simple_enum` against
/// `http.HTTPStatus` as CPython declares it, built from the copy of CPython's table in
/// `tests/data/`, then the range, the `is_*` properties, the order and the aliases.
fn cpython_checks(dir: &Path, module: &str) -> Output {
    std::fs::write(dir.join("http_status.py"), module).expect("the module is writable");
    python3(&[
        &data("check_httpstatus.py"),
        dir.to_str().expect("the path is UTF-8"),
    ])
}

#[test]
fn http_status_python_passes_cpythons_check() {
    let dir = scratch("cpython");
    let output = cpython_checks(&dir, &http_status_python());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    for test in [
        "test_simple_httpstatus",
        "test_httpstatus_category",
        "test_httpstatus_range",
        "test_dir_with_added_behavior_on_status",
        "test_members_in_order",
        "test_aliases",
    ] {
        assert!(
            stderr.contains(&format!("{test} ")),
            "{test} did not run:\n{stderr}"
        );
    }
}

/// The check fails an export that differs from CPython's in one phrase, in one alias, or in
/// one property: it is the check that HttpStatus passes.
#[test]
fn cpythons_check_fails_a_different_enum() {
    let module = http_status_python();
    for (from, to) in [
        ("'Not Found'", "'Not found'"),
        ("    URI_TOO_LONG = ", "    URI_TOO_LONGER = "),
        ("return 400 <= self <= 499", "return 401 <= self <= 499"),
    ] {
        assert!(module.contains(from), "{from}");
        let output = cpython_checks(&scratch("cpython-negative"), &module.replacen(from, to, 1));
        assert!(
            !output.status.success(),
            "{to}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn http_status_python_is_laid_out_as_cpythons() {
    let module = http_status_python();
    for lines in [
        "from enum import IntEnum\n\n__all__ = ['HTTPStatus']\n\n\nclass HTTPStatus(IntEnum):\n    \"\"\"HTTP status codes and reason phrases, as CPython's http.HTTPStatus has them\"\"\"\n    def __new__(cls, value, phrase, description=''):\n        obj = int.__new__(cls, value)\n        obj._value_ = value\n        obj.phrase = phrase\n        obj.description = description\n        return obj\n\n    @property\n    def is_informational(self):\n        return 100 <= self <= 199\n",
        "\n    # informational\n    CONTINUE = 100, 'Continue', 'Request received, please continue'\n",
        "\n    # client error\n    BAD_REQUEST = (400, 'Bad Request',\n        'Bad request syntax or unsupported method')\n",
        "    CONTENT_TOO_LARGE = 413, 'Content Too Large', 'Content is too large'\n    REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE\n",
        "    IM_A_TEAPOT = (418, 'I\\'m a Teapot',\n",
    ] {
        assert!(module.contains(lines), "no\n{lines}\nin\n{module}");
    }
}

/// The `is_*` properties a classified registry's Python enum has, and which each entry has true.
fn properties<R: Classified>() -> Vec<(String, Vec<&'static str>)> {
    use status_registry::ClassType;
    R::Class::ALL
        .iter()
        .map(|class| {
            let name = format!("is_{}", class.name().to_ascii_lowercase());
            let members = R::iter()
                .filter(|status| status.class() == *class)
                .map(R::name);
            (name, members.collect())
        })
        .collect()
}

/// Exports `R` as Python, imports it with `python3` and compares every value it reads back.
fn python_reads_back<R: Registry>(export: Export<'_, R>, properties: &[(String, Vec<&str>)]) {
    let dir = scratch(&format!("python-{}", R::TYPE_NAME));
    let module = text(|out| export.python(out));
    assert!(module.is_ascii(), "{module}");
    let name = R::TYPE_NAME.to_ascii_lowercase();
    std::fs::write(dir.join(format!("{name}.py")), &module).expect("the module is writable");
    let names: Vec<&str> = properties.iter().map(|(name, _)| name.as_str()).collect();
    let doc = format!(
        "The {} status codes, with their reason phrases and descriptions.",
        R::TYPE_NAME
    );
    let stdout = succeeded(
        &python3(&[
            &data("python_readback.py"),
            dir.to_str().expect("the path is UTF-8"),
            &name,
            export.type_name(),
            &json!(doc).to_string(),
            &json!(names).to_string(),
        ]),
        "python3 reading the export",
    );
    let read: Value = serde_json::from_str(&stdout).expect("the reader prints JSON");
    assert_eq!(read["doc_matches"], json!(true));
    let members = read["members"].as_array().expect("members");
    assert_eq!(members.len(), R::COUNT);
    for (member, (code, name, phrase, description, _)) in members.iter().zip(entry_rows::<R>()) {
        let code = code as i64;
        assert_eq!(member["name"], json!(name));
        assert_eq!(member["value"], json!(code));
        assert_eq!(member["int"], json!(code));
        assert_eq!(member["by_value"], json!(name));
        assert_eq!(member["by_name"], json!(name));
        assert_eq!(member["phrase"], json!(phrase), "{name}");
        assert_eq!(member["description"], json!(description), "{name}");
        for (property, true_for) in properties {
            assert_eq!(
                member["properties"][property],
                json!(true_for.contains(&name))
            );
        }
    }
    let expected: serde_json::Map<String, Value> = aliases::<R>()
        .into_iter()
        .map(|(alias, name)| (alias.to_owned(), json!(name)))
        .collect();
    assert_eq!(read["aliases"], Value::Object(expected));
}

#[test]
fn python_reads_back_every_value() {
    python_reads_back(
        Export::<HttpStatus>::classified(),
        &properties::<HttpStatus>(),
    );
    python_reads_back(Export::<Hostile>::classified(), &properties::<Hostile>());
    python_reads_back(Export::<Hostile>::plain(), &[]);
    python_reads_back(Export::<Plain>::plain(), &[]);
    // Past JavaScript's safe integers, and without aliases.
    python_reads_back(Export::<Unsafe>::plain(), &[]);
}

#[test]
fn python_escapes_what_would_end_its_literals() {
    let module = text(|out| Export::<Hostile>::classified().python(out));
    for escaped in [
        r#"'It\'s "quoted" \\ back\\slash \\u0041 \\x41'"#,
        r#"'\'\'\' """ triple quotes """'"#,
        r"'line\u2028separator\u2029paragraph'",
        r"'a\nb\r\nc\x85d\x00e\x1b[31m\x7f\t'",
        r"'Caf\xe9 \u2615 \U0001f375'",
        "    # it's \"below\" */ ${zero} \\\n",
        "    # low\\n# heading\\u2028\n",
    ] {
        assert!(module.contains(escaped), "no {escaped} in\n{module}");
    }
}

status_registry! {
    /// Python's capitalised keywords.
    pub enum PythonKeywords { 1 OK "OK"; 2 None "None"; }
}
status_registry! {
    /// A Python keyword in lower case.
    pub enum PythonImport { 1 import "Import"; }
}
status_registry! {
    /// A name Enum reserves.
    pub enum PythonMro { 1 mro "Mro"; }
}
status_registry! {
    /// A `_sunder_` name.
    pub enum PythonSunder { 1 _ignore_ "Ignore"; }
}
status_registry! {
    /// A non-ASCII name.
    pub enum PythonUnicode { 1 Ñandú "Rhea"; }
}
status_registry! {
    /// `True` as an alias.
    pub enum PythonAlias { 1 YES "Yes"; alias True = YES; }
}

#[track_caller]
fn refused<R: Registry>(export: Export<'_, R>, name: &str, reason: &str) {
    let error = export.python(&mut String::new()).expect_err("refused");
    let message = error.to_string();
    assert!(
        matches!(error, ExportError::Name { name: ref refused, .. } if refused.as_str() == name),
        "{message}"
    );
    assert!(
        message.starts_with(&format!("Python cannot hold the name {name:?}: ")),
        "{message}"
    );
    assert!(message.contains(reason), "{message}");
}

#[test]
fn python_refuses_names_it_cannot_hold() {
    refused(Export::<PythonKeywords>::plain(), "None", "Python keyword");
    refused(Export::<PythonImport>::plain(), "import", "Python keyword");
    refused(Export::<PythonMro>::plain(), "mro", "Enum reserves it");
    refused(
        Export::<PythonSunder>::plain(),
        "_ignore_",
        "Enum reserves it",
    );
    refused(Export::<PythonUnicode>::plain(), "Ñandú", "NFKC");
    refused(Export::<PythonAlias>::plain(), "True", "Python keyword");
    refused(
        Export::<Plain>::plain().name("None"),
        "None",
        "Python keyword",
    );
    refused(
        Export::<ScriptNames>::plain(),
        "__proto__",
        "Enum reserves it",
    );
}

// ------------------------------------------------------------------------------------------
// TypeScript.

/// The script that imports `module` and prints, as JSON, what TypeScript reads in it.
fn typescript_reader(module: &str, object: &str, probes: &[&str]) -> String {
    format!(
        r#"import * as registry from "./{module}";

declare const console: {{ log(text: string): void }};

const object: {{ readonly [name: string]: number }} = registry.{object};
const names = Object.keys(object);
const lookups: {{ [name: string]: number | null }} = Object.create(null);
for (const name of names) {{
  const found = registry.fromName(name);
  lookups[name] = found === undefined ? null : found.code;
}}
const probes: (string | null)[] = [];
for (const probe of {probes}) {{
  const found = registry.fromName(probe);
  probes.push(found === undefined ? null : found.name);
}}
const byCode: (string | null)[] = [];
const classOf: (string | null)[] = [];
for (const entry of registry.entries) {{
  const found = registry.fromCode(entry.code);
  byCode.push(found === undefined ? null : found.name);
  const guarded: number = entry.code;
  if (!registry.isCode(guarded)) {{
    byCode.push("isCode is false");
  }}
  const of = registry.classOf(entry.code);
  classOf.push(of === undefined ? null : of.name);
}}
const first: registry.Code = registry.entries[0]!.code;
console.log(JSON.stringify({{
  object: names.map((name) => [name, object[name]]),
  lookups,
  probes,
  byCode,
  classOf,
  first,
  entries: registry.entries,
  classes: registry.classes,
  missing: [registry.fromCode(-12345) === undefined, registry.isCode(-12345)],
}}));
"#,
        probes = serde_json::to_string(probes).expect("JSON"),
    )
}

struct TypeScriptCase {
    module: String,
    source: String,
    object: String,
    probes: Vec<&'static str>,
    check: Box<dyn Fn(&Value)>,
}

fn typescript_case<R: Registry>(export: Export<'_, R>, probes: &[&'static str]) -> TypeScriptCase {
    let source = text(|out| export.typescript(out));
    assert!(source.is_ascii(), "{source}");
    let classes: Vec<Value> = export
        .classes()
        .map(|class| {
            json!({
                "name": class.name,
                "phrase": class.phrase,
                "first": Into::<i128>::into(class.first) as i64,
                "last": Into::<i128>::into(class.last) as i64,
            })
        })
        .collect();
    let expected_entries: Vec<Value> = export
        .entries()
        .map(|entry| {
            json!({
                "code": Into::<i128>::into(entry.code()) as i64,
                "name": entry.name(),
                "phrase": entry.phrase(),
                "description": entry.description(),
                "reference": entry.reference(),
                "class": entry.class().map(|class| class.name),
                "aliases": entry.aliases().collect::<Vec<_>>(),
            })
        })
        .collect();
    let class_of: Vec<Value> = export
        .entries()
        .map(|entry| json!(entry.class().map(|class| class.name)))
        .collect();
    let mut object = Vec::new();
    let mut lookups = serde_json::Map::new();
    for entry in export.entries() {
        let code = Into::<i128>::into(entry.code()) as i64;
        object.push(json!([entry.name(), code]));
        lookups.insert(entry.name().to_owned(), json!(code));
        for alias in entry.aliases() {
            object.push(json!([alias, code]));
            lookups.insert(alias.to_owned(), json!(code));
        }
    }
    let names: Vec<&str> = R::iter().map(R::name).collect();
    let expected_probes: Vec<Value> = probes
        .iter()
        .map(|probe| json!(R::from_name(probe).map(R::name)))
        .collect();
    let first = Into::<i128>::into(R::ALL[0].code()) as i64;
    let check = move |read: &Value| {
        assert_eq!(read["entries"], json!(expected_entries));
        assert_eq!(read["classes"], json!(classes));
        assert_eq!(read["object"], json!(object));
        assert_eq!(read["lookups"], Value::Object(lookups.clone()));
        assert_eq!(read["byCode"], json!(names));
        assert_eq!(read["classOf"], json!(class_of));
        assert_eq!(read["probes"], json!(expected_probes));
        assert_eq!(read["first"], json!(first));
        assert_eq!(read["missing"], json!([true, false]));
    };
    TypeScriptCase {
        module: format!(
            "{}_{}",
            R::TYPE_NAME.to_ascii_lowercase(),
            export.classes().count()
        ),
        source,
        object: export.type_name().to_owned(),
        probes: probes.to_vec(),
        check: Box::new(check),
    }
}

#[test]
fn typescript_reads_back_every_value() {
    let probes = [
        "toString",
        "__proto__",
        "constructor",
        "hasOwnProperty",
        "valueOf",
        "NOT_FOUND",
    ];
    let cases = [
        typescript_case(Export::<HttpStatus>::classified(), &probes),
        typescript_case(Export::<HttpStatus>::plain().name("HTTPStatus"), &probes),
        typescript_case(Export::<Hostile>::classified(), &probes),
        typescript_case(Export::<ScriptNames>::plain(), &probes),
        typescript_case(Export::<Plain>::plain().doc("*/ ${x} \u{2028}\n`"), &probes),
    ];
    let dir = scratch("typescript");
    let mut files = Vec::new();
    for case in &cases {
        std::fs::write(dir.join(format!("{}.ts", case.module)), &case.source).expect("writable");
        let reader = format!("read_{}.ts", case.module);
        std::fs::write(
            dir.join(&reader),
            typescript_reader(&case.module, &case.object, &case.probes),
        )
        .expect("writable");
        files.push(dir.join(reader).to_str().expect("UTF-8").to_owned());
    }
    let out = dir.join("out");
    let mut args = vec![
        "--strict",
        "--noUnusedLocals",
        "--noUnusedParameters",
        "--noImplicitReturns",
        "--noUncheckedIndexedAccess",
        "--exactOptionalPropertyTypes",
        "--target",
        "es2015",
        "--lib",
        "es2015",
        "--module",
        "commonjs",
        "--outDir",
        out.to_str().expect("UTF-8"),
    ];
    args.extend(files.iter().map(String::as_str));
    succeeded(&tsc(&args), "tsc --strict");
    for case in &cases {
        let script = out.join(format!("read_{}.js", case.module));
        let stdout = succeeded(&node(&[script.to_str().expect("UTF-8")]), &case.module);
        let read: Value = serde_json::from_str(&stdout).expect("the reader prints JSON");
        (case.check)(&read);
    }
}

#[test]
fn typescript_keeps_every_name_a_key_of_its_own() {
    let source = text(|out| Export::<ScriptNames>::plain().typescript(out));
    for key in [
        "  [\"__proto__\"]: 1,\n",
        "  toString: 2,\n",
        "  \"\\u00d1and\\u00fa\": 6,\n",
        "  LARGEST: 9007199254740991,\n",
        "  function: 5,\n",
    ] {
        assert!(source.contains(key), "no {key} in\n{source}");
    }
}

status_registry! {
    /// A code past JavaScript's safe integers.
    pub enum Unsafe: u64 { 9_007_199_254_740_992 TOO_LARGE "Too large"; }
}

#[test]
fn typescript_refuses_what_it_cannot_hold() {
    let error = Export::<Unsafe>::plain()
        .typescript(&mut String::new())
        .expect_err("refused");
    assert_eq!(
        error.to_string(),
        "TypeScript cannot hold the code 9007199254740992: a JavaScript number holds integers up \
         to 2^53 - 1 either side exactly; larger codes would be rounded"
    );
    for (name, reason) in [
        ("class", "reserved word"),
        ("Object", "a name of its own"),
        ("entries", "a name of its own"),
        ("1x", "ASCII identifier"),
        ("Caf\u{e9}", "ASCII identifier"),
    ] {
        let error = Export::<Plain>::plain()
            .name(name)
            .typescript(&mut String::new());
        let message = error.expect_err(name).to_string();
        assert!(
            message.starts_with(&format!("TypeScript cannot hold the name {name:?}")),
            "{message}"
        );
        assert!(message.contains(reason), "{message}");
    }
}

// ------------------------------------------------------------------------------------------
// Markdown.

/// The text a reader sees of each cell of each table, read by a CommonMark parser with GitHub's
/// tables; and the title and the paragraph.
fn markdown_tables(page: &str) -> (String, Vec<Vec<Vec<String>>>) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut tables = Vec::new();
    let mut text = String::new();
    let mut before_tables = String::new();
    let mut in_table = false;
    for event in Parser::new_ext(page, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => {
                tables.push(Vec::new());
                in_table = true;
            }
            Event::End(TagEnd::Table) => in_table = false,
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                if let Some(table) = tables.last_mut() {
                    table.push(Vec::new());
                }
            }
            Event::Start(Tag::TableCell) => text.clear(),
            Event::End(TagEnd::TableCell) => {
                if let Some(row) = tables.last_mut().and_then(|table| table.last_mut()) {
                    row.push(std::mem::take(&mut text));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if in_table {
                    text.push_str(&t)
                } else if tables.is_empty() {
                    before_tables.push_str(&t)
                }
            }
            Event::InlineHtml(html) if &*html == "<br>" => text.push('\n'),
            Event::InlineHtml(html) | Event::Html(html) => panic!("HTML in the page: {html}"),
            Event::HardBreak | Event::SoftBreak if !in_table => before_tables.push('\n'),
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph) if tables.is_empty() => {
                before_tables.push('\n')
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Link { .. } | Tag::Strikethrough) => {
                panic!("markup in the page: {event:?}")
            }
            _ => {}
        }
    }
    (before_tables, tables)
}

/// What the page shows of a string: itself, but characters that would make it lie, as escapes.
fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            let unsafe_in_text = c.is_control()
                || matches!(c, '\u{85}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{feff}');
            match c {
                '\n' => "\n".to_owned(),
                c if unsafe_in_text => c.escape_unicode().to_string(),
                c => c.to_string(),
            }
        })
        .collect()
}

fn markdown_reads_back<R: Registry>(export: Export<'_, R>, doc: &str) {
    let page = text(|out| export.markdown(out));
    let (top, tables) = markdown_tables(&page);
    assert_eq!(
        top,
        format!("{}\n{}\n", shown(export.type_name()), shown(doc)),
        "{page}"
    );
    let mut tables = tables.into_iter();
    let table = tables.next().expect("the table of entries");
    assert_eq!(
        table[0],
        ["Code", "Name", "Phrase", "Description", "Reference"]
    );
    let rows: Vec<Vec<String>> = entry_rows::<R>()
        .into_iter()
        .map(|(code, name, phrase, description, reference)| {
            vec![
                code.to_string(),
                shown(name),
                shown(phrase),
                shown(description),
                shown(reference.unwrap_or_default()),
            ]
        })
        .collect();
    assert_eq!(table[1..], rows[..], "{page}");
    let classes: Vec<Vec<String>> = export
        .classes()
        .map(|class| {
            vec![
                class.name.to_owned(),
                format!("{} to {}", class.first, class.last),
                shown(class.phrase),
            ]
        })
        .collect();
    if !classes.is_empty() {
        let table = tables.next().expect("the table of classes");
        assert_eq!(table[0], ["Class", "Codes", "Phrase"]);
        assert_eq!(table[1..], classes[..], "{page}");
    }
    let aliases: Vec<Vec<String>> = R::aliases()
        .map(|(alias, status)| {
            vec![
                shown(alias),
                shown(status.name()),
                Into::<i128>::into(status.code()).to_string(),
            ]
        })
        .collect();
    if !aliases.is_empty() {
        let table = tables.next().expect("the table of aliases");
        assert_eq!(table[0], ["Alias", "Name", "Code"]);
        assert_eq!(table[1..], aliases[..], "{page}");
    }
    assert!(tables.next().is_none(), "{page}");
}

#[test]
fn markdown_shows_every_string_as_text() {
    let default_doc = |name: &str| {
        format!("The {name} status codes, with their reason phrases and descriptions.")
    };
    markdown_reads_back(
        Export::<HttpStatus>::classified(),
        &default_doc("HttpStatus"),
    );
    markdown_reads_back(Export::<Hostile>::classified(), &default_doc("Hostile"));
    markdown_reads_back(Export::<ScriptNames>::plain(), &default_doc("ScriptNames"));
    markdown_reads_back(Export::<Unsafe>::plain(), &default_doc("Unsafe"));
    let doc = "# not a heading\n- not a list\n1. not a list\n    not code\n| not | a table |\n*not em* `not code` <b>not html</b> &amp; \u{202e}";
    markdown_reads_back(Export::<Plain>::plain().name("*Plain* | `x`").doc(doc), doc);
}

// ------------------------------------------------------------------------------------------
// JSON.

#[test]
fn json_has_the_shape_of_httpstatus_json() {
    let export = Export::<HttpStatus>::classified();
    let json = text(|out| export.json_of([404, 413, 499, 700], out));
    let read: Value = serde_json::from_str(&json).expect("JSON");
    // What `httpstatus --json 404 413 499 700` prints.
    assert_eq!(
        read,
        json!([
            {"code": 404, "name": "NOT_FOUND", "phrase": "Not Found", "description": "Nothing matches the given URI", "reference": "RFC9110, Section 15.5.5", "class": "CLIENT_ERROR", "aliases": [], "registered": true},
            {"code": 413, "name": "CONTENT_TOO_LARGE", "phrase": "Content Too Large", "description": "Content is too large", "reference": "RFC9110, Section 15.5.14", "class": "CLIENT_ERROR", "aliases": ["REQUEST_ENTITY_TOO_LARGE"], "registered": true},
            {"code": 499, "name": null, "phrase": null, "description": null, "reference": null, "class": "CLIENT_ERROR", "aliases": [], "registered": false},
            {"code": 700, "name": null, "phrase": null, "description": null, "reference": null, "class": null, "aliases": [], "registered": false}
        ])
    );
    let keys: Vec<&str> = read[0]
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut order = json
        .lines()
        .nth(2)
        .map(str::trim)
        .into_iter()
        .chain(json.lines().skip(3).take(7).map(str::trim));
    for key in [
        "code",
        "name",
        "phrase",
        "description",
        "reference",
        "class",
        "aliases",
        "registered",
    ] {
        assert!(keys.contains(&key), "{key}");
        assert!(
            order
                .next()
                .is_some_and(|line| line.starts_with(&format!("\"{key}\": "))),
            "{key} out of order:\n{json}"
        );
    }
}

fn json_reads_back<R: Registry>(export: Export<'_, R>) {
    let read: Value = serde_json::from_str(&text(|out| export.json(out))).expect("JSON");
    let records = read.as_array().expect("an array");
    assert_eq!(records.len(), R::COUNT);
    for (record, entry) in records.iter().zip(export.entries()) {
        assert_eq!(
            record["code"],
            json!(Into::<i128>::into(entry.code()) as i64)
        );
        assert_eq!(record["name"], json!(entry.name()));
        assert_eq!(record["phrase"], json!(entry.phrase()));
        assert_eq!(record["description"], json!(entry.description()));
        assert_eq!(record["reference"], json!(entry.reference()));
        assert_eq!(
            record["class"],
            json!(entry.class().map(|class| class.name))
        );
        assert_eq!(
            record["aliases"],
            json!(entry.aliases().collect::<Vec<_>>())
        );
        assert_eq!(record["registered"], json!(true));
    }
}

#[test]
fn json_reads_back_every_value() {
    json_reads_back(Export::<HttpStatus>::classified());
    json_reads_back(Export::<Hostile>::classified());
    json_reads_back(Export::<ScriptNames>::plain());
    json_reads_back(Export::<Plain>::plain());
    json_reads_back(Export::<Unsafe>::plain());
}

// ------------------------------------------------------------------------------------------
// The drift check.

#[test]
fn drift_check_fails_with_the_change_and_rewrites_the_file() {
    let dir = scratch("drift");
    let path = dir.join("http_status.ts");
    let export = text(|out| Export::<HttpStatus>::classified().typescript(out));

    let missing = check_file(&path, &export).expect_err("a missing file drifts");
    assert!(
        missing.to_string().starts_with(&format!(
            "{} could not be read, so it cannot match the export, and has been rewritten with it: \
         review the change and commit it\n",
            path.display()
        )),
        "{missing}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).ok().as_deref(),
        Some(export.as_str())
    );
    assert!(check_file(&path, &export).is_ok());

    let stale = export.replace(
        "  NOT_FOUND: 404,\n",
        "  NOT_FOUND: 404,\n  GONE_SOON: 499,\n",
    );
    std::fs::write(&path, &stale).expect("writable");
    let drift = check_file(&path, &export).expect_err("a stale file drifts");
    let line = export
        .lines()
        .position(|line| {
            line == "  /** Method Not Allowed: Specified method is invalid for this resource */"
        })
        .expect("a line")
        + 1;
    assert_eq!(
        format!("{drift:?}"),
        format!(
            "{} differs from the registry's export now, and has been rewritten with it: review \
             the change and commit it\n@@ line {line} @@\n-  GONE_SOON: 499,\n",
            path.display()
        )
    );
    assert_eq!(drift.path(), path);
    assert_eq!(
        std::fs::read_to_string(&path).ok().as_deref(),
        Some(export.as_str())
    );
    assert!(check_file(&path, &export).is_ok());
}

/// The exports of HttpStatus checked into `examples/exports/`, as a user's own test checks
/// theirs: a stale one is rewritten, and the test fails with what changed.
#[test]
fn checked_in_exports_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/exports");
    let export = http_status_export();
    let files = [
        ("http_status.py", http_status_python()),
        ("http_status.ts", text(|out| export.typescript(out))),
        ("http_status.md", text(|out| export.markdown(out))),
        ("http_status.json", text(|out| export.json(out))),
    ];
    let drifted: Vec<String> = files
        .iter()
        .filter_map(|(file, export)| check_file(dir.join(file), export).err())
        .map(|drift| drift.to_string())
        .collect();
    assert!(drifted.is_empty(), "{}", drifted.join("\n"));
}
