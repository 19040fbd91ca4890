//! `--json`: the rows as one JSON array, an object a line. Each object is the library's JSON
//! record of the code (`status_registry::export::json::Record`, the model of `--export json`),
//! written by serde_json.

use std::io;

use serde::ser::Serialize;
use serde_json::ser::Formatter;
use status_registry::export::json::Record;
use status_registry::Registry;

use crate::explain::Explain;
use crate::query::Hit;

/// The layout of `--json`: the array's objects one a line, indented, and `": "` and `", "`
/// between the keys and values of each.
#[derive(Default)]
struct ObjectPerLine {
    /// How many arrays are open: the outer one is 1.
    depth: usize,
    /// Whether the outer array has an object.
    rows: bool,
}

impl Formatter for ObjectPerLine {
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        writer.write_all(b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        let outer_with_rows = self.depth == 0 && self.rows;
        writer.write_all(if outer_with_rows { b"\n]" } else { b"]" })
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if self.depth == 1 {
            self.rows = true;
            writer.write_all(if first { b"\n  " } else { b",\n  " })
        } else if first {
            Ok(())
        } else {
            writer.write_all(b", ")
        }
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            writer.write_all(b", ")
        }
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }
}

/// `hits` as `--json` prints them, with a final newline.
pub fn rows<R: Registry>(explain: &Explain<R>, hits: &[Hit<R>]) -> String {
    let export = explain.exporter();
    let rows: Vec<Record<R>> = hits.iter().map(|hit| export.record(hit.code())).collect();
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, ObjectPerLine::default());
    // Writing to a `Vec` cannot fail, nor can the serialization of strings, numbers and
    // booleans; an error would leave the output short, never wrong.
    let _ = rows.serialize(&mut serializer);
    out.push(b'\n');
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // A failed test panics: that is how it reports.
mod tests {
    use status_registry::HttpStatus;

    use super::*;
    use crate::http;

    #[test]
    fn an_object_a_line() {
        let explain = http();
        assert_eq!(rows::<HttpStatus>(&explain, &[]), "[]\n");
        let hits = [
            Hit::Entry {
                entry: HttpStatus::TOO_MANY_REQUESTS,
                alias: None,
            },
            Hit::Unregistered(700),
        ];
        assert_eq!(
            rows(&explain, &hits),
            r#"[
  {"code": 429, "name": "TOO_MANY_REQUESTS", "phrase": "Too Many Requests", "description": "The user has sent too many requests in a given amount of time (\"rate limiting\")", "reference": "RFC6585", "class": "CLIENT_ERROR", "aliases": [], "registered": true},
  {"code": 700, "name": null, "phrase": null, "description": null, "reference": null, "class": null, "aliases": [], "registered": false}
]
"#
        );
        let hit = [Hit::Entry {
            entry: HttpStatus::UNPROCESSABLE_CONTENT,
            alias: None,
        }];
        assert!(rows(&explain, &hit).contains(r#""aliases": ["UNPROCESSABLE_ENTITY"], "#));
    }
}
