//! The drift check of a checked-in export (the `std` feature), for a test of the user's own:
//! as this project's `generated_sources` test does for its generated sources, a stale file is
//! rewritten with the export as it is now, and the check fails with the lines that changed.
//! The failed run leaves the file up to date for review (`git diff`) and commit, so the next
//! run passes; in CI, where nothing commits the rewrite, the check fails every time.

extern crate std;

use core::fmt;
use std::path::{Path, PathBuf};
use std::string::{String, ToString};
use std::vec::Vec;

/// How many changed lines of each side a [`Drift`] shows.
const SHOWN_LINES: usize = 40;

/// Checks that the file at `path` holds `export`, the registry's export as it is now; if it
/// does not (or is missing), rewrites it with `export` and returns the difference.
///
/// ```no_run
/// # use status_registry::export::{check_file, Export};
/// # use status_registry::HttpStatus;
/// #[test]
/// fn typescript_export_is_up_to_date() {
///     let mut export = String::new();
///     Export::<HttpStatus>::classified().typescript(&mut export).unwrap();
///     // Fails with the lines that changed, and rewrites the file for review.
///     check_file("web/src/http_status.ts", &export).unwrap();
/// }
/// ```
pub fn check_file(path: impl AsRef<Path>, export: &str) -> Result<(), Drift> {
    let path = path.as_ref();
    let checked_in = match std::fs::read_to_string(path) {
        Ok(text) if text == export => return Ok(()),
        Ok(text) => Some(text),
        Err(_) => None,
    };
    let rewritten = std::fs::write(path, export).map_err(|error| error.to_string());
    Err(Drift {
        path: path.to_path_buf(),
        diff: checked_in.map(|text| diff(&text, export)),
        rewritten,
    })
}

/// A checked-in export that differs from the registry's export now: [`check_file`]'s error.
/// Its `Debug` is its `Display` (what `unwrap` shows): the file, what became of it, and the
/// lines that changed.
pub struct Drift {
    path: PathBuf,
    /// The lines that changed; `None` for a file that could not be read.
    diff: Option<String>,
    /// Whether the file was rewritten, or why not.
    rewritten: Result<(), String>,
}

impl Drift {
    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.diff {
            Some(_) => write!(f, "{path} differs from the registry's export now")?,
            None => write!(f, "{path} could not be read, so it cannot match the export")?,
        }
        match &self.rewritten {
            Ok(()) => writeln!(
                f,
                ", and has been rewritten with it: review the change and commit it"
            )?,
            Err(error) => writeln!(
                f,
                "; it could not be rewritten ({error}): write the export to it and commit it"
            )?,
        }
        if let Some(diff) = &self.diff {
            f.write_str(diff)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Drift {}

/// The lines between the common first and last lines of `old` and `new`: those of `old` with
/// `-`, those of `new` with `+`, after the number of the first line that differs (at most
/// [`SHOWN_LINES`] of each side).
fn diff(old: &str, new: &str) -> String {
    let old: Vec<&str> = old.split_inclusive('\n').collect();
    let new: Vec<&str> = new.split_inclusive('\n').collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let (old_rest, new_rest) = (
        old.get(prefix..).unwrap_or_default(),
        new.get(prefix..).unwrap_or_default(),
    );
    let suffix = old_rest
        .iter()
        .rev()
        .zip(new_rest.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = old_rest.get(..old_rest.len() - suffix).unwrap_or_default();
    let added = new_rest.get(..new_rest.len() - suffix).unwrap_or_default();
    let mut out = std::format!("@@ line {} @@\n", prefix + 1);
    for (sign, lines) in [('-', removed), ('+', added)] {
        for line in lines.iter().take(SHOWN_LINES) {
            out.push(sign);
            out.push_str(line.strip_suffix('\n').unwrap_or(line));
            out.push('\n');
        }
        if lines.len() > SHOWN_LINES {
            out.push_str(&std::format!(
                "{sign} ... {} more lines\n",
                lines.len() - SHOWN_LINES
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_the_lines_that_changed() {
        assert_eq!(
            diff("a\nb\nc\nd\n", "a\nB\nC\nd\n"),
            "@@ line 2 @@\n-b\n-c\n+B\n+C\n"
        );
        assert_eq!(diff("a\n", "a\nb\n"), "@@ line 2 @@\n+b\n");
        assert_eq!(diff("a\nb", "a\nb\n"), "@@ line 2 @@\n-b\n+b\n");
    }
}
