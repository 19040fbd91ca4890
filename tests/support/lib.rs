//! What the integration tests and the benchmark share: readers of the reference tables in
//! `tests/data/`, the runtime properties every registry must have ([`properties`]), a seeded
//! random generator, a registry's entries as rows ([`entry_rows`]), registries of HTTP codes
//! ([`web`]), and a runner of the Python validators ([`python`]). The repository's README is its docs, so that its examples run as doctests.
#![forbid(unsafe_code)]
#![doc = include_str!("../../README.md")]

pub mod catalogue;
pub mod properties;
pub mod web;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use status_registry::Registry;

/// The Python packages of the validators that are not ours, at the versions `.ci/run` installs.
const VALIDATORS: [&str; 2] = ["jsonschema==4.26.0", "openapi-spec-validator==0.9.0"];

/// Whether `python3`, with `path` on its `PYTHONPATH`, imports the validators.
fn imports_validators(path: Option<&Path>) -> bool {
    let mut check = Command::new("python3");
    check.args(["-c", "import jsonschema, openapi_spec_validator"]);
    if let Some(path) = path {
        check.env("PYTHONPATH", path);
    }
    check.output().is_ok_and(|output| output.status.success())
}

/// Where `python3` finds the validators: its own packages if it has them (as `.ci/run`
/// installs them), else a folder of the build directory that pip installs them into the first
/// time, so that `cargo test --workspace` needs nothing installed by hand but `python3` and pip.
fn validators() -> Result<Option<&'static Path>, String> {
    static FOUND: OnceLock<Result<Option<PathBuf>, String>> = OnceLock::new();
    let found = FOUND.get_or_init(|| {
        if imports_validators(None) {
            return Ok(None);
        }
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/python-validators");
        if !imports_validators(Some(&folder)) {
            let installed = Command::new("python3")
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                ])
                .arg("--target")
                .arg(&folder)
                .args(VALIDATORS)
                .output()
                .map_err(|error| format!("python3 does not run ({error}): install python3"))?;
            if !installed.status.success() || !imports_validators(Some(&folder)) {
                return Err(format!(
                    "the validators are not installed and pip could not install them into {}: \
                     python3 -m pip install {}\n{}",
                    folder.display(),
                    VALIDATORS.join(" "),
                    String::from_utf8_lossy(&installed.stderr)
                ));
            }
        }
        Ok(Some(folder))
    });
    found.as_ref().map(Option::as_deref).map_err(Clone::clone)
}

/// Runs `python3` with `args` and `input` on its standard input: what it wrote on its standard
/// output if it succeeded, else on its standard error. The validators that are not ours, which
/// the tests check schemas and documents with, are Python packages (`.ci/run` installs them;
/// without them, the tests install them into the build directory).
pub fn python(args: &[&str], input: &[u8]) -> Result<String, String> {
    let mut python = Command::new("python3");
    if let Some(folder) = validators()? {
        python.env("PYTHONPATH", folder);
    }
    let mut python = python
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("python3 does not run ({error}): .ci/run installs it"))?;
    if let Some(mut stdin) = python.stdin.take() {
        stdin.write_all(input).map_err(|error| error.to_string())?;
    }
    let output = python
        .wait_with_output()
        .map_err(|error| error.to_string())?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// What a registry holds of an entry: `(code, name, phrase, description, reference)`.
pub type EntryRow = (
    i128,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// Every entry of `R` as an [`EntryRow`], in declaration order.
pub fn entry_rows<R: Registry>() -> Vec<EntryRow> {
    R::iter()
        .map(|status| {
            (
                status.code().into(),
                status.name(),
                status.phrase(),
                status.description(),
                status.reference(),
            )
        })
        .collect()
}

/// The rows of a tab-separated table with a header line: each row as its fields, keyed by the
/// header's column names. Lines that are empty are skipped, and so are the comment lines, which
/// start with `# ` and say where the table came from.
pub fn tsv_rows(text: &str) -> Vec<Vec<(&str, &str)>> {
    let mut lines = text
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with("# "));
    let header: Vec<&str> = lines
        .next()
        .map(|line| line.split('\t').collect())
        .unwrap_or_default();
    lines
        .map(|line| header.iter().copied().zip(line.split('\t')).collect())
        .collect()
}

/// SplitMix64, a small seeded random generator: the same numbers on every run and machine.
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// The generator that starts from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A generator seeded by `name`, so that each registry gets numbers of its own.
    pub fn seeded_by(name: &str) -> Self {
        Self(name.bytes().fold(0x6A09_E667_F3BC_C908, |seed, byte| {
            (seed ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3)
        }))
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (the bias is negligible for the sizes the tests use).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// The citation that a registry's `reference()` gives for a reference field of an IANA table.
/// IANA writes a field as a run of bracketed references (`[RFC6455][RFC Errata 3227]`); the
/// citation is those references without their brackets, in order, joined by `"; "`
/// (`RFC6455; RFC Errata 3227`). `None` for an empty field, and for one that is not such a run.
pub fn iana_citation(field: &str) -> Option<String> {
    let inner = field.strip_prefix('[')?.strip_suffix(']')?;
    let references: Vec<&str> = inner.split("][").collect();
    references
        .iter()
        .all(|reference| !reference.is_empty() && !reference.contains(['[', ']']))
        .then(|| references.join("; "))
}

/// What is wrong with `reference` as a citation, if anything: a reference reads as text, not as
/// the debris of the table it was copied from (brackets, blank ends, empty parts, an HTML
/// entity, a doubled space or separator).
pub fn citation_debris(reference: &str) -> Option<&'static str> {
    if reference.is_empty() {
        Some("it is empty (a registry gives `None` for no reference)")
    } else if reference.contains(['[', ']', '<', '>']) {
        Some("it holds a bracket")
    } else if reference.trim() != reference {
        Some("it starts or ends with white space")
    } else if reference.contains("  ") || reference.contains(['\t', '\n', '\r']) {
        Some("it holds a doubled space or a control character")
    } else if reference.contains("&amp;") || reference.contains("&#") {
        Some("it holds an HTML entity")
    } else if reference
        .split("; ")
        .any(|part| part.trim().is_empty() || part.ends_with([',', ';']))
        || reference.ends_with(';')
    {
        Some("it has an empty part or a dangling separator")
    } else {
        None
    }
}

/// The value of `column` in `row`; a missing column fails the test rather than reading as "".
#[track_caller]
pub fn field<'a>(row: &[(&str, &'a str)], column: &str) -> &'a str {
    match row.iter().find(|(name, _)| *name == column) {
        Some((_, value)) => value,
        None => panic!("no column `{column}` in row {row:?}"),
    }
}
