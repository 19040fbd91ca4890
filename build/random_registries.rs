//! Random well-formed registries for tests/generated_registries.rs: each a module with the
//! declaration, what it declares written out again as data, and a test that checks the generated
//! type against that data and the runtime properties.
//!
//! Random reprs; codes anywhere in the repr, often at its limits and at class bounds, written in
//! decimal, hex or with `_`; names in every case, raw and non-ASCII; phrases with quotes,
//! backslashes, braces and non-ASCII text; descriptions, references, doc comments, aliases and
//! classes; entries, aliases and the classes block in any order.
//!
//! `GENERATED_REGISTRIES` sets how many (default 16), `GENERATED_REGISTRIES_SEED` the seed of the
//! random generator (default fixed, so that every build generates the same registries).

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

const DEFAULT_COUNT: usize = 16;
const DEFAULT_SEED: u64 = 0x5EED_0006;

/// The reprs, with their bounds.
const REPRS: &[(&str, i128, i128)] = &[
    ("u8", 0, u8::MAX as i128),
    ("u16", 0, u16::MAX as i128),
    ("u32", 0, u32::MAX as i128),
    ("u64", 0, u64::MAX as i128),
    ("i8", i8::MIN as i128, i8::MAX as i128),
    ("i16", i16::MIN as i128, i16::MAX as i128),
    ("i32", i32::MIN as i128, i32::MAX as i128),
    ("i64", i64::MIN as i128, i64::MAX as i128),
];

/// Words names are made of, in the casing the name gets.
const WORDS: &[&str] = &[
    "ok", "not", "found", "gone", "retry", "edge", "closed", "quota", "late", "état", "ñandú",
    "über", "x",
];

/// Keywords a name can be as a raw identifier (`r#type`).
const KEYWORDS: &[&str] = &[
    "type", "match", "loop", "move", "struct", "where", "async", "dyn",
];

/// Pieces of phrases and descriptions: what a literal must escape, and what Markdown would read.
const TEXT: &[&str] = &[
    "Not", "Found", "ok", " ", " ", "\"", "\\", "'", "{}", "{0}", "%s", "--", "|", "*", "_", "`",
    "<b>", "&amp;", "[x](y)", "é", "—", "💥", "\t", "\n", "#", "0", "404",
];

/// A small seeded random generator (splitmix64).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent`%.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// A number in `lo..=hi`.
    fn between(&mut self, lo: i128, hi: i128) -> i128 {
        let span = (hi - lo) as u128 + 1;
        let random = (u128::from(self.next()) << 64) | u128::from(self.next());
        lo + (random % span) as i128
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

struct Entry {
    code: i128,
    /// The identifier as written, such as `r#type`.
    ident: String,
    /// What `name()` returns, such as `type`.
    name: String,
    phrase: String,
    description: Option<String>,
    reference: Option<String>,
}

struct Class {
    lo: i128,
    hi: i128,
    name: String,
    phrase: String,
}

/// Writes `count` registries to `$OUT_DIR/generated_registries.rs`.
pub fn write(out_dir: &Path) {
    println!("cargo:rerun-if-env-changed=GENERATED_REGISTRIES");
    println!("cargo:rerun-if-env-changed=GENERATED_REGISTRIES_SEED");
    let count = env::var("GENERATED_REGISTRIES").map_or(DEFAULT_COUNT, |count| {
        count.parse().expect("GENERATED_REGISTRIES is a number")
    });
    let seed = env::var("GENERATED_REGISTRIES_SEED").map_or(DEFAULT_SEED, |seed| {
        seed.parse().expect("GENERATED_REGISTRIES_SEED is a number")
    });
    let mut random = Random(seed);
    let mut source = format!("// {count} registries, from the seed {seed}.\n");
    for index in 0..count {
        registry(&mut random, index, &mut source);
    }
    fs::write(out_dir.join("generated_registries.rs"), source).expect("OUT_DIR is writable");
}

fn registry(random: &mut Random, index: usize, out: &mut String) {
    let &(repr, min, max) = random.pick(REPRS);
    let type_name = format!("Registry{index}");
    let class_type = format!("Class{index}");
    let classes = if random.chance(50) {
        classes(random, min, max)
    } else {
        Vec::new()
    };
    let entries = entries(random, min, max, &classes);
    let aliases: Vec<(String, usize)> = (0..random.below(4))
        .map(|n| (format!("OLD_{n}"), random.below(entries.len())))
        .collect();

    // The entries in order (`ALL` keeps it), aliases and the classes block anywhere among them.
    let mut items: Vec<String> = entries
        .iter()
        .map(|entry| entry_item(random, entry))
        .collect();
    let mut others: Vec<String> = aliases
        .iter()
        .map(|(alias, target)| format!("alias {alias} = {};", entries[*target].ident))
        .collect();
    if !classes.is_empty() {
        let mut lines: Vec<String> = classes
            .iter()
            .map(|class| {
                format!(
                    "{}..={} {} {:?};",
                    code_literal(random, class.lo),
                    code_literal(random, class.hi),
                    class.name,
                    class.phrase
                )
            })
            .collect();
        random.shuffle(&mut lines);
        others.push(format!(
            "classes {class_type} {{\n                {}\n            }}",
            lines.join("\n                ")
        ));
    }
    for item in others {
        let at = random.below(items.len() + 1);
        items.insert(at, item);
    }
    let vis = *random.pick(&["pub ", "pub(crate) ", ""]);
    let attrs = *random.pick(&[
        "",
        "#[non_exhaustive]\n        ",
        "/// Generated.\n        ",
    ]);
    let repr_written = if repr == "u16" && random.chance(50) {
        String::new()
    } else {
        format!(": {repr}")
    };

    let _ = writeln!(
        out,
        "\n#[deny(warnings, unused_qualifications, clippy::all, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]"
    );
    let _ = writeln!(out, "mod registry_{index} {{");
    let _ = writeln!(out, "    use status_registry::status_registry;\n");
    let _ = writeln!(
        out,
        "    status_registry! {{\n        {attrs}{vis}enum {type_name}{repr_written} {{\n            {}\n        }}\n    }}\n",
        items.join("\n            ")
    );
    let _ = writeln!(out, "    #[test]\n    fn {}() {{", type_name.to_lowercase());
    let _ = writeln!(
        out,
        "        super::check_generated::<{type_name}>(\n            &["
    );
    for entry in &entries {
        let _ = writeln!(
            out,
            "                ({}, {:?}, {:?}, {:?}, {:?}),",
            entry.code,
            entry.name,
            entry.phrase,
            entry.description.as_deref().unwrap_or(""),
            entry.reference
        );
    }
    let _ = writeln!(out, "            ],\n            &[");
    for (alias, target) in &aliases {
        let _ = writeln!(
            out,
            "                ({alias:?}, {type_name}::{}),",
            entries[*target].ident
        );
    }
    let _ = writeln!(out, "            ],\n        );");
    for (alias, target) in &aliases {
        let _ = writeln!(
            out,
            "        assert_eq!({type_name}::{alias}, {type_name}::{});",
            entries[*target].ident
        );
    }
    if !classes.is_empty() {
        // The class type lists its classes in ascending order of their ranges.
        let _ = writeln!(
            out,
            "        let declared: &[(i128, i128, &str, &str)] = &["
        );
        for class in &classes {
            let _ = writeln!(
                out,
                "            ({}, {}, {:?}, {:?}),",
                class.lo, class.hi, class.name, class.phrase
            );
        }
        let _ = writeln!(out, "        ];");
        let _ = writeln!(
            out,
            "        let classes: Vec<(i128, i128, &str, &str)> = {class_type}::ALL\n            .iter()\n            .map(|class| (i128::from(*class.range().start()), i128::from(*class.range().end()), class.name(), class.phrase()))\n            .collect();"
        );
        let _ = writeln!(out, "        assert_eq!(classes, declared);");
        let _ = writeln!(
            out,
            "        status_registry_suite::properties::check_classes::<{type_name}>(&["
        );
        for class in &classes {
            let _ = writeln!(
                out,
                "            ({class_type}::{name}, {type_name}::is_{}),",
                snake_case(&class.name),
                name = class.name
            );
        }
        let _ = writeln!(out, "        ]);");
    }
    let _ = writeln!(out, "    }}\n}}");
}

/// 1 to 4 classes in ascending order: the repr's range cut at random points, some shrunk so that
/// gaps are left between them.
fn classes(random: &mut Random, min: i128, max: i128) -> Vec<Class> {
    let count = 1 + random.below(4);
    let mut cuts: Vec<i128> = (1..count).map(|_| random.between(min + 1, max)).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut bounds = vec![min];
    bounds.extend(&cuts);
    bounds.push(max + 1);
    bounds
        .windows(2)
        .enumerate()
        .map(|(n, pair)| {
            let (mut lo, mut hi) = (pair[0], pair[1] - 1);
            if random.chance(30) {
                lo = random.between(lo, hi);
            }
            if random.chance(30) {
                hi = random.between(lo, hi);
            }
            let word = *random.pick(&["low", "high", "middle", "client error", "server", "édge"]);
            Class {
                lo,
                hi,
                name: format!("{}_{n}", cased(random, word)),
                phrase: text(random),
            }
        })
        .collect()
}

/// 1 to 24 entries (sometimes up to 80) with distinct codes, inside the classes if there are any.
fn entries(random: &mut Random, min: i128, max: i128, classes: &[Class]) -> Vec<Entry> {
    let count = if random.chance(10) {
        1 + random.below(80)
    } else {
        1 + random.below(24)
    };
    let ranges: Vec<(i128, i128)> = if classes.is_empty() {
        vec![(min, max)]
    } else {
        classes.iter().map(|class| (class.lo, class.hi)).collect()
    };
    let mut codes: Vec<i128> = Vec::new();
    for _ in 0..count * 4 {
        if codes.len() == count {
            break;
        }
        let &(lo, hi) = random.pick(&ranges);
        let code = match random.below(10) {
            0 => lo,
            1 => hi,
            2 => (lo + 1).min(hi),
            3 => (hi - 1).max(lo),
            4 if lo <= 0 && 0 <= hi => 0,
            5 => random.between(lo, (lo + 300).min(hi)),
            _ => random.between(lo, hi),
        };
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let mut raw_used = false;
    codes
        .into_iter()
        .enumerate()
        .map(|(n, code)| {
            let (ident, name) = if !raw_used && random.chance(5) {
                raw_used = true;
                let keyword = *random.pick(KEYWORDS);
                (format!("r#{keyword}"), keyword.to_owned())
            } else {
                let words: Vec<&str> = (0..1 + random.below(3))
                    .map(|_| *random.pick(WORDS))
                    .collect();
                let name = format!("{}_{n}", cased(random, &words.join(" ")));
                (name.clone(), name)
            };
            Entry {
                code,
                ident,
                name,
                phrase: text(random),
                description: random.chance(50).then(|| {
                    if random.chance(10) {
                        String::new()
                    } else {
                        text(random)
                    }
                }),
                reference: random.chance(30).then(|| text(random)),
            }
        })
        .collect()
}

/// The words of `words` as one identifier: SCREAMING_SNAKE, snake, Camel or mixedCase.
fn cased(random: &mut Random, words: &str) -> String {
    let words = words.split(' ');
    match random.below(4) {
        0 => words.map(str::to_uppercase).collect::<Vec<_>>().join("_"),
        1 => words.collect::<Vec<_>>().join("_"),
        style => words
            .enumerate()
            .map(|(n, word)| {
                let mut chars = word.chars();
                match chars.next() {
                    Some(first) if n > 0 || style == 2 => {
                        first.to_uppercase().chain(chars).collect()
                    }
                    _ => word.to_owned(),
                }
            })
            .collect(),
    }
}

/// `is_client_error` for `CLIENT_ERROR` or `ClientError`: as the macro derives predicates.
fn snake_case(name: &str) -> String {
    let mut snake = String::new();
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_uppercase() {
            if previous.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit()) {
                snake.push('_');
            }
            snake.extend(c.to_lowercase());
        } else {
            snake.push(c);
        }
        previous = Some(c);
    }
    snake
}

/// A non-empty phrase or description.
fn text(random: &mut Random) -> String {
    (0..1 + random.below(6))
        .map(|_| *random.pick(TEXT))
        .collect()
}

/// One entry as declared, sometimes with doc comments.
fn entry_item(random: &mut Random, entry: &Entry) -> String {
    let mut item = String::new();
    if random.chance(20) {
        item.push_str("/// An entry.\n            ");
    }
    if random.chance(10) {
        // Not only whitespace: clippy would rightly call the user's doc empty.
        let _ = write!(
            item,
            "#[doc = {:?}]\n            ",
            format!("Doc{}", text(random))
        );
    }
    let _ = write!(
        item,
        "{} {} {:?}",
        code_literal(random, entry.code),
        entry.ident,
        entry.phrase
    );
    if let Some(description) = &entry.description {
        let _ = write!(item, " {description:?}");
    }
    if let Some(reference) = &entry.reference {
        let _ = write!(item, " [{reference:?}]");
    }
    item.push(';');
    item
}

/// A code as the declaration may write it: decimal, hex, or with `_` separators.
fn code_literal(random: &mut Random, code: i128) -> String {
    let sign = if code < 0 { "-" } else { "" };
    let magnitude = code.unsigned_abs();
    match random.below(4) {
        0 => format!("{sign}0x{magnitude:X}"),
        1 => {
            let digits = magnitude.to_string();
            let mut grouped = String::new();
            for (n, digit) in digits.chars().enumerate() {
                if n > 0 && (digits.len() - n) % 3 == 0 {
                    grouped.push('_');
                }
                grouped.push(digit);
            }
            format!("{sign}{grouped}")
        }
        _ => code.to_string(),
    }
}
