//! `--export FORMAT`: a registry as a source file of another language or as a docs page.

use status_registry::Registry;

use crate::explain::Explain;
use crate::text::{one_of, plural, shown};

/// What `--export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A Python module whose `IntEnum` is laid out as CPython's `http.HTTPStatus`.
    Python,
    /// A TypeScript module.
    TypeScript,
    /// The JSON of `--json --list`.
    Json,
    /// A Markdown docs page.
    Markdown,
}

impl Format {
    /// Every format, as `--export` names it.
    pub const NAMES: [&'static str; 4] = ["python", "typescript", "json", "markdown"];

    /// The format `--export` names `text`, in any case.
    pub fn parse(text: &str) -> Result<Format, String> {
        match text.to_ascii_lowercase().as_str() {
            "python" => Ok(Format::Python),
            "typescript" => Ok(Format::TypeScript),
            "json" => Ok(Format::Json),
            "markdown" => Ok(Format::Markdown),
            _ => Err(format!(
                "{} is not a format of --export: give {}",
                shown(text),
                one_of(&Format::NAMES)
            )),
        }
    }

    /// The format's name, as `--export` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Python => "python",
            Format::TypeScript => "typescript",
            Format::Json => "json",
            Format::Markdown => "markdown",
        }
    }
}

/// The registry of `explain` written in `format` by `status_registry::export`, the library's
/// exporters. The error is a one-line message: a name or a code that the target language
/// cannot hold, which the exporter refuses.
pub fn export<R: Registry>(explain: &Explain<R>, format: Format) -> Result<String, String> {
    let export = explain.exporter();
    let mut out = String::new();
    let written = match format {
        Format::Python => export.python(&mut out),
        Format::TypeScript => export.typescript(&mut out),
        Format::Json => export.json(&mut out),
        Format::Markdown => export.markdown(&mut out),
    };
    match written {
        Ok(()) => Ok(out),
        Err(error) => Err(format!(
            "--export {} of {}: {error}",
            format.name(),
            plural(explain.noun())
        )),
    }
}
