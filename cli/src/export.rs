//! `--export FORMAT`: a registry as a source file of another language or as a docs page.

use status_registry::Registry;

use crate::explain::Explain;
use crate::text::{one_of, shown};

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

/// The registry of `explain` written in `format`: the one place where `--export` reaches the
/// exporters of `status_registry::export`, for the tool's every registry. The error is a
/// one-line message.
pub fn export<R: Registry>(explain: &Explain<R>, format: Format) -> Result<String, String> {
    Err(format!(
        "--export {} of {}: this build of status-registry has no exporters \
         (status_registry::export)",
        format.name(),
        crate::text::plural(explain.noun())
    ))
}
