//! Everything the tool writes for a registry: the record of one entry, the table of several,
//! the JSON array, the registry's lines of the help, and the messages on stderr.

use std::fmt::Write as _;

use status_registry::Registry;

use crate::explain::{pattern_of, Class, Explain};
use crate::json;
use crate::outcome::Outcome;
use crate::query::{aliases, Cut, Hit, Miss, MissKind};
use crate::text::{bare, one_of, shown};

/// The width of the name and phrase columns of a table, at least.
const COLUMN: usize = 32;

/// Writes for one registry of one tool.
pub struct Printer<'a, R: Registry> {
    /// The tool's name, which starts each message.
    pub tool: &'a str,
    /// The registry, and what the tool knows of it.
    pub explain: &'a Explain<R>,
    /// Whether the registry is the tool's default, which commands need not pick with its flag.
    pub default: bool,
}

impl<R: Registry> Printer<'_, R> {
    /// The outcome of a usage error: its message on stderr, on one line.
    pub fn usage_error(&self, message: &str) -> Outcome {
        Outcome::usage_error(self.tool, message)
    }

    /// The rows the queries found: one as a record, several as a table, or JSON.
    pub fn hits(&self, hits: &[Hit<R>], json: bool) -> String {
        match hits {
            _ if json => json::rows(self.explain, hits),
            [] => String::new(),
            [hit] => self.record(*hit),
            _ => self.table(hits),
        }
    }

    /// The rows of `--list`: a table, or JSON.
    pub fn list(&self, hits: &[Hit<R>], json: bool) -> String {
        if json {
            json::rows(self.explain, hits)
        } else {
            self.table(hits)
        }
    }

    /// What a query that found nothing says on stderr.
    pub fn miss(&self, miss: &Miss) -> String {
        let (tool, query, plural) = (self.tool, shown(&miss.query), self.explain.plural());
        match &miss.kind {
            MissKind::NoClass if !self.explain.has_classes() => {
                format!("{tool}: {query} is not a class: {plural} have no classes\n")
            }
            MissKind::NoClass => {
                let classes = match self.explain.class_patterns() {
                    Some(patterns) => patterns,
                    None => self.class_names(),
                };
                format!("{tool}: {query} is not a class of {plural}: they are {classes}\n")
            }
            MissKind::NoMatch { suggestions } => {
                let noun = bare(self.explain.noun());
                if suggestions.is_empty() {
                    format!(
                        "{tool}: no {noun} matches {query} ({} shows them all)\n",
                        self.command("--list")
                    )
                } else {
                    format!(
                        "{tool}: no {noun} matches {query}; did you mean {}?\n",
                        one_of(suggestions)
                    )
                }
            }
        }
    }

    /// What a search that matched more entries than show says on stderr.
    pub fn cut(&self, cut: &Cut) -> String {
        format!(
            "{}: {} matches {} {}; the best {} show ({} shows them all)\n",
            self.tool,
            shown(&cut.query),
            cut.matched,
            self.explain.plural(),
            cut.shown,
            self.command("--list"),
        )
    }

    /// `tool [--flag] option`: the command that does `option` for this registry, its flag
    /// included unless it is the tool's default.
    fn command(&self, option: &str) -> String {
        if self.default {
            format!("{} {option}", self.tool)
        } else {
            format!("{} --{} {option}", self.tool, self.explain.flag())
        }
    }

    /// The names of the registry's classes, in a sentence.
    fn class_names(&self) -> String {
        let names: Vec<&str> = self.explain.class_list().iter().map(|c| c.name).collect();
        one_of(&names)
    }

    /// The record of one row: its line, then one field a line.
    fn record(&self, hit: Hit<R>) -> String {
        match hit {
            Hit::Entry { entry, alias } => self.entry_record(entry, alias),
            Hit::Unregistered(code) => self.unregistered_record(code),
        }
    }

    /// The record of an entry, named by `alias` if the query did.
    fn entry_record(&self, entry: R, alias: Option<&str>) -> String {
        let name = match alias {
            Some(alias) => format!("{} (`{alias}` is an alias)", entry.name()),
            None => entry.name().to_owned(),
        };
        let mut fields = vec![
            ("code", entry.code().to_string()),
            ("name", name),
            ("phrase", entry.phrase().to_owned()),
            ("description", entry.description().to_owned()),
            ("reference", entry.reference().unwrap_or("-").to_owned()),
        ];
        if self.explain.has_classes() {
            fields.push(("class", self.class_line(Hit::entry_hit(entry))));
        }
        let aliases = aliases(entry);
        if !aliases.is_empty() {
            fields.push(("aliases", aliases.join(", ")));
        }
        fields_record(&entry.to_string(), &fields)
    }

    /// The record of a code that no entry has: the unofficial entry that answers it, if one
    /// does, its class, and the notes that speak of it.
    fn unregistered_record(&self, code: R::Repr) -> String {
        let noun = bare(self.explain.noun());
        let unofficial = self.explain.unofficial_of(code);
        let (title, mut fields) = match unofficial {
            Some((vendor, entry)) => (
                format!("{code} {} (unofficial: {vendor})", entry.phrase),
                vec![
                    ("code", code.to_string()),
                    ("name", entry.name.to_owned()),
                    ("phrase", entry.phrase.to_owned()),
                    ("description", entry.description.to_owned()),
                    ("reference", entry.reference.unwrap_or("-").to_owned()),
                    (
                        "registered",
                        format!("no: {vendor}'s own code, not a registered {noun}"),
                    ),
                ],
            ),
            None => (
                format!("{code} (unregistered)"),
                vec![
                    ("code", code.to_string()),
                    (
                        "registered",
                        format!("no: {code} is not a registered {noun}"),
                    ),
                ],
            ),
        };
        if self.explain.has_classes() {
            fields.push(("class", self.class_line(Hit::Unregistered(code))));
        }
        for (label, note) in self.explain.notes() {
            if let Some(note) = note(code) {
                fields.push((label, note));
            }
        }
        fields_record(&title, &fields)
    }

    /// The class of a row, on the line of a record.
    fn class_line(&self, hit: Hit<R>) -> String {
        match self.explain.class_of(hit.code(), hit.entry()) {
            Some(Class { name, phrase, .. }) => format!("{name} ({phrase})"),
            None => format!("- (outside every class, {})", self.explain.class_span()),
        }
    }

    /// The table of several rows, under a header.
    fn table(&self, hits: &[Hit<R>]) -> String {
        let rows: Vec<[String; 4]> = hits.iter().map(|&hit| self.cells(hit)).collect();
        let width = |column: usize, least: usize| {
            rows.iter()
                .filter_map(|row| row.get(column))
                .map(|cell| cell.len() + usize::from(column > 0))
                .max()
                .unwrap_or(0)
                .max(least)
        };
        let (code_width, name_width, phrase_width) =
            (width(0, 4), width(1, COLUMN), width(2, COLUMN));
        let mut out = String::new();
        let header = ["CODE", "NAME", "PHRASE", "REFERENCE"].map(str::to_owned);
        for [code, name, phrase, reference] in std::iter::once(header).chain(rows) {
            let _ = writeln!(
                out,
                "{code:<code_width$} {name:<name_width$} {phrase:<phrase_width$} {reference}"
            );
        }
        out
    }

    /// The cells of a row of the table: code, name, phrase, reference.
    fn cells(&self, hit: Hit<R>) -> [String; 4] {
        match hit {
            Hit::Entry { entry, .. } => [
                entry.code().to_string(),
                entry.name().to_owned(),
                entry.phrase().to_owned(),
                entry.reference().unwrap_or("-").to_owned(),
            ],
            Hit::Unregistered(code) => match self.explain.unofficial_of(code) {
                Some((vendor, entry)) => [
                    code.to_string(),
                    entry.name.to_owned(),
                    format!("{} (unofficial: {vendor})", entry.phrase),
                    entry.reference.unwrap_or("-").to_owned(),
                ],
                None => [
                    code.to_string(),
                    "-".to_owned(),
                    "(unregistered)".to_owned(),
                    "-".to_owned(),
                ],
            },
        }
    }
}

fn fields_record(title: &str, fields: &[(&str, String)]) -> String {
    let mut out = format!("{title}\n");
    for (label, value) in fields {
        let _ = writeln!(out, "  {label:<12} {value}");
    }
    out
}

/// The lines of `--help` that say what the registry picked by `explain`'s flag holds.
pub fn registry_help<R: Registry>(explain: &Explain<R>) -> String {
    let mut about = String::new();
    if !explain.about_text().is_empty() {
        let _ = write!(about, "{}; ", explain.about_text());
    }
    let window = explain.window();
    let _ = write!(
        about,
        "{} {}, codes {} to {}",
        R::COUNT,
        explain.plural(),
        window.start(),
        window.end()
    );
    if let Some(patterns) = explain.class_patterns() {
        let _ = write!(about, ", classes {patterns}");
    } else if explain.has_classes() {
        let names: Vec<&str> = explain.class_list().iter().map(|c| c.name).collect();
        let _ = write!(about, ", classes {}", names.join(", "));
    }
    let flag = format!("--{}", explain.flag());
    wrapped(&flag, &about)
}

/// The lines of `--help` that say what a query is, with examples from the entry in the middle
/// of `explain`'s registry.
pub fn query_help<R: Registry>(explain: &Explain<R>) -> String {
    let example = R::ALL.get(R::COUNT / 2);
    let code = example.map_or_else(|| "0".to_owned(), |entry| entry.code().to_string());
    let name = example.map_or("", |entry| entry.name());
    let words = example.map_or_else(String::new, |entry| {
        let phrase = entry.phrase().to_lowercase();
        if phrase.contains(' ') {
            format!("\"{phrase}\"")
        } else {
            phrase
        }
    });
    let mut out = String::from("\nEach argument is one query:\n");
    out.push_str(&wrapped(
        "CODE",
        &format!(
            "a code, such as {code}: its entry. A code that no entry has prints what the \
             registry knows of it, and exits 1"
        ),
    ));
    out.push_str(&wrapped(
        "NAME",
        &format!(
            "a name or an alias, in any case, with spaces or - for _ ({})",
            name_examples(name)
        ),
    ));
    let class = example.and_then(|entry| explain.class_of(entry.code(), Some(*entry)));
    if let Some(class) = class {
        let pattern = pattern_of(class)
            .map(|pattern| format!("{pattern}, "))
            .unwrap_or_default();
        out.push_str(&wrapped(
            "CLASS",
            &format!(
                "a class, by pattern or name ({pattern}{}): its entries",
                class.name.to_lowercase()
            ),
        ));
    }
    out.push_str(&wrapped(
        "WORDS",
        &format!(
            "words, searched in names, phrases and descriptions in any case, best match first \
             ({words})"
        ),
    ));
    out
}

/// `name` as a query may write it: `not_found, Not-Found`.
fn name_examples(name: &str) -> String {
    let lower = name.to_lowercase();
    if !name.contains('_') {
        return lower;
    }
    let title: Vec<String> = lower
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect();
    format!("{lower}, {}", title.join("-"))
}

/// `label` in a column of 22, then `text` wrapped at 90 columns under itself.
fn wrapped(label: &str, text: &str) -> String {
    const INDENT: usize = 22;
    let mut out = format!("  {label:<20}");
    let mut column = out.chars().count();
    if column > INDENT {
        out.push('\n');
        out.push_str(&" ".repeat(INDENT));
        column = INDENT;
    }
    for (index, word) in text.split(' ').enumerate() {
        let length = word.chars().count();
        if index > 0 && column + 1 + length > 90 {
            out.push('\n');
            out.push_str(&" ".repeat(INDENT));
            column = INDENT;
        } else if index > 0 {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += length;
    }
    out.push('\n');
    out
}
