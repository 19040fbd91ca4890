//! The queries: what one argument asks for, and what it finds in a registry.

use std::collections::HashSet;

use status_registry::search::{closest, search};
use status_registry::Registry;

use crate::explain::{Class, Explain};
use crate::text::{code_noun, shown};

/// The aliases of `entry`, in declaration order.
pub fn aliases<R: Registry>(entry: R) -> Vec<&'static str> {
    R::aliases()
        .filter(|(_, target)| *target == entry)
        .map(|(alias, _)| alias)
        .collect()
}

/// How many names "did you mean" offers at most.
const SUGGESTIONS: usize = 3;

/// How many entries a search by words shows at most, best first: more than the standard
/// registries hold, so that a search shows every entry that matches.
const SEARCH_RESULTS: usize = 128;

/// One argument, read.
#[derive(Debug, PartialEq, Eq)]
pub enum Query<R: Registry> {
    /// A number in the registry's window.
    Code(R::Repr),
    /// Anything else: a name, a class or words.
    Text(String),
}

impl<R: Registry> Query<R> {
    /// Reads one argument. The error is a one-line message: an empty argument, or a number that
    /// is no code of the registry.
    pub fn parse(explain: &Explain<R>, argument: &str) -> Result<Self, String> {
        let text = argument.trim();
        if text.is_empty() {
            return Err(format!(
                "empty query {}: give a code, a name, a class or words",
                shown(argument)
            ));
        }
        let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
        if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
            return Ok(Query::Text(text.to_owned()));
        }
        let significant = match digits.trim_start_matches('0') {
            "" => "0",
            significant => significant,
        };
        let negative = if text.starts_with('-') { "-" } else { "" };
        // No repr has more than 20 digits; a longer number is not parsed at all.
        let code = (significant.len() <= 20)
            .then(|| format!("{negative}{significant}").parse::<R::Repr>().ok())
            .flatten()
            .filter(|code| explain.window().contains(code));
        code.map(Query::Code).ok_or_else(|| {
            let window = explain.window();
            format!(
                "{} is not {}: codes are {} to {}",
                shown(text),
                code_noun(explain.noun()),
                window.start(),
                window.end()
            )
        })
    }
}

/// One row of the output: an entry, or a code that no entry has.
#[derive(Debug, PartialEq, Eq)]
pub enum Hit<R: Registry> {
    /// An entry of the registry.
    Entry {
        entry: R,
        /// The alias the query named it by, if it did.
        alias: Option<&'static str>,
    },
    /// A code in the registry's window that no entry has.
    Unregistered(R::Repr),
}

// By hand: a derive would ask `R::Repr: Copy` of the registry, which `Registry` already says.
impl<R: Registry> Clone for Hit<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: Registry> Copy for Hit<R> {}

impl<R: Registry> Hit<R> {
    /// An entry, not named by an alias.
    pub const fn entry_hit(entry: R) -> Self {
        Hit::Entry { entry, alias: None }
    }

    /// The code of the row.
    pub fn code(self) -> R::Repr {
        match self {
            Hit::Entry { entry, .. } => entry.code(),
            Hit::Unregistered(code) => code,
        }
    }

    /// The entry of the row, if it has one.
    pub fn entry(self) -> Option<R> {
        match self {
            Hit::Entry { entry, .. } => Some(entry),
            Hit::Unregistered(_) => None,
        }
    }
}

/// A query that found nothing.
#[derive(Debug, PartialEq, Eq)]
pub struct Miss {
    /// The query as typed.
    pub query: String,
    /// Why it found nothing.
    pub kind: MissKind,
}

/// Why a query found nothing.
#[derive(Debug, PartialEq, Eq)]
pub enum MissKind {
    /// It reads as a class (`6xx`), and there is no such class.
    NoClass,
    /// No name, class or words match; the closest names, best first.
    NoMatch { suggestions: Vec<&'static str> },
}

/// What the queries found, together.
#[derive(Debug, PartialEq, Eq)]
pub struct Answers<R: Registry> {
    /// Every row found, once each, in the order of the queries and then of best match.
    pub hits: Vec<Hit<R>>,
    /// The queries that found nothing, in order.
    pub misses: Vec<Miss>,
    /// The searches by words that matched more entries than the output shows, in order.
    pub cuts: Vec<Cut>,
}

/// A search by words that matched more entries than the output shows: the best
/// [`SEARCH_RESULTS`] show.
#[derive(Debug, PartialEq, Eq)]
pub struct Cut {
    /// The query as typed.
    pub query: String,
    /// How many entries it matched.
    pub matched: usize,
    /// How many show.
    pub shown: usize,
}

impl<R: Registry> Answers<R> {
    /// Whether every query found an entry of the registry, or of a registry that `explain`
    /// answers its unregistered codes with (nginx's 499 beside HTTP's statuses).
    pub fn all_found(&self, explain: &Explain<R>) -> bool {
        self.misses.is_empty()
            && self.hits.iter().all(|hit| match *hit {
                Hit::Entry { .. } => true,
                Hit::Unregistered(code) => explain.unofficial_of(code).is_some(),
            })
    }

    fn add(&mut self, hit: Hit<R>, seen: &mut HashSet<R::Repr>) {
        if seen.insert(hit.code()) {
            self.hits.push(hit);
        }
    }
}

/// Answers every query.
pub fn answer<R: Registry>(explain: &Explain<R>, queries: &[Query<R>]) -> Answers<R> {
    let mut answers = Answers {
        hits: Vec::new(),
        misses: Vec::new(),
        cuts: Vec::new(),
    };
    // The codes of `hits`: a class of many entries is not compared with every row kept.
    let mut seen = HashSet::new();
    for query in queries {
        match query {
            Query::Code(code) => {
                let hit = match R::from_code(*code) {
                    Some(entry) => Hit::entry_hit(entry),
                    None => Hit::Unregistered(*code),
                };
                answers.add(hit, &mut seen);
            }
            Query::Text(text) => match text_hits(explain, text) {
                Ok((hits, matched)) => {
                    if matched > hits.len() {
                        answers.cuts.push(Cut {
                            query: text.clone(),
                            matched,
                            shown: hits.len(),
                        });
                    }
                    hits.into_iter().for_each(|hit| answers.add(hit, &mut seen));
                }
                Err(kind) => answers.misses.push(Miss {
                    query: text.clone(),
                    kind,
                }),
            },
        }
    }
    answers
}

/// What a query that is not a number finds, and how many entries it matched (more than it
/// finds when a search by words matched more than [`SEARCH_RESULTS`]): a name or an alias, a
/// class, or words, tried in that order.
fn text_hits<R: Registry>(
    explain: &Explain<R>,
    text: &str,
) -> Result<(Vec<Hit<R>>, usize), MissKind> {
    if let Some(hit) = by_name(text) {
        return Ok((vec![hit], 1));
    }
    if let Some(class) = explain.find_class(text) {
        let hits = list(explain, Some(class));
        let matched = hits.len();
        return Ok((hits, matched));
    }
    if is_class_pattern(text) {
        return Err(MissKind::NoClass);
    }
    let found = search::<R, SEARCH_RESULTS>(text);
    if found.is_empty() {
        return Err(MissKind::NoMatch {
            suggestions: suggestions::<R>(text),
        });
    }
    Ok((found.iter().map(Hit::entry_hit).collect(), found.total()))
}

/// The entry named `text` by its name or an alias, in any case, with spaces or hyphens for
/// underscores (`not_found`, `Not-Found`).
fn by_name<R: Registry>(text: &str) -> Option<Hit<R>> {
    let name: String = text
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect();
    let entry = R::from_name(&name)?;
    let alias = R::aliases()
        .find(|(alias, _)| *alias == name)
        .map(|(alias, _)| alias);
    Some(Hit::Entry { entry, alias })
}

/// Whether `text` is written like a class (`6xx`): digits, then `x`s.
fn is_class_pattern(text: &str) -> bool {
    let wildcards = text.trim_start_matches(|c: char| c.is_ascii_digit());
    wildcards.len() < text.len()
        && !wildcards.is_empty()
        && wildcards
            .bytes()
            .all(|byte| byte.eq_ignore_ascii_case(&b'x'))
}

/// The names (and aliases) closest to `text`, by their own spelling or their phrase's.
fn suggestions<R: Registry>(text: &str) -> Vec<&'static str> {
    let entries =
        R::iter().flat_map(|entry| [(entry.name(), entry.name()), (entry.phrase(), entry.name())]);
    let aliases = R::aliases().map(|(alias, _)| (alias, alias));
    closest::<_, SUGGESTIONS>(text, entries.chain(aliases))
        .iter()
        .collect()
}

/// The class an argument of `--list` names, or the one-line error that says it names none.
pub fn class<'e, R: Registry>(
    explain: &'e Explain<R>,
    text: &str,
) -> Result<&'e Class<R::Repr>, String> {
    if !explain.has_classes() {
        return Err(format!(
            "{} is not a class: {} have no classes",
            shown(text),
            explain.plural()
        ));
    }
    explain.find_class(text.trim()).ok_or_else(|| {
        let names: Vec<&str> = explain
            .class_list()
            .iter()
            .map(|class| class.name)
            .collect();
        let patterns = match explain.class_patterns() {
            Some(patterns) => format!("give {patterns}, or a name: "),
            None => "give a name: ".to_owned(),
        };
        format!(
            "{} is not a class: {patterns}{}",
            shown(text),
            names.join(", ")
        )
    })
}

/// The rows of `--list`: every entry, or those of one class, in the registry's order.
pub fn list<R: Registry>(explain: &Explain<R>, class: Option<&Class<R::Repr>>) -> Vec<Hit<R>> {
    R::iter()
        .map(Hit::entry_hit)
        .filter(|hit| {
            class.is_none_or(|class| explain.class_of(hit.code(), hit.entry()) == Some(class))
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)] // A failed test panics: that is how it reports.
mod tests {
    use status_registry::{HttpStatus, StatusClass};

    use super::*;
    use crate::http;

    #[track_caller]
    fn hits(arguments: &[&str], codes: &[u16]) {
        let explain = http();
        let queries: Vec<_> = arguments
            .iter()
            .map(|argument| Query::parse(&explain, argument))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|error| panic!("{arguments:?}: {error}"));
        let answers = answer(&explain, &queries);
        let found: Vec<u16> = answers.hits.iter().map(|hit| hit.code()).collect();
        assert_eq!(found, codes, "{arguments:?}: {answers:?}");
    }

    #[test]
    fn every_kind_of_query() {
        hits(&["404"], &[404]);
        hits(&[" 0404 "], &[404]);
        hits(&["+200"], &[200]);
        hits(&["499"], &[499]);
        hits(&["not_found"], &[404]);
        hits(&["Not Found"], &[404]);
        hits(&["request-entity-too-large"], &[413]);
        hits(&["4xx"], &CLIENT_ERRORS);
        hits(&["client_error"], &CLIENT_ERRORS);
        hits(&["teapot"], &[418]);
        hits(&["too large"], &[413, 431]);
        hits(&["gateway"], &[502, 504]);
        hits(&["404", "not_found", "gone", "404"], &[404, 410]);
        hits(&["xyzzy"], &[]);
    }

    /// The codes of the client error class, written out.
    const CLIENT_ERRORS: [u16; 29] = [
        400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
        418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
    ];

    #[test]
    fn numbers_outside_the_codes_are_errors() {
        let explain = http();
        for argument in [
            "0",
            "99",
            "1000",
            "-1",
            "-404",
            "-0",
            "+1000",
            "00000000000000001000",
            "123456789012345678901234567890",
        ] {
            let error = Query::parse(&explain, argument).unwrap_err();
            assert_eq!(
                error,
                format!("`{argument}` is not an HTTP status code: codes are 100 to 999")
            );
        }
        assert_eq!(
            Query::parse(&explain, "0000000000000000000000404"),
            Ok(Query::Code(404))
        );
        assert!(Query::parse(&explain, " ")
            .unwrap_err()
            .starts_with("empty query ` `"));
    }

    #[test]
    fn aliases_are_the_registry_s() {
        for (alias, status) in HttpStatus::aliases() {
            assert_eq!(HttpStatus::from_name(alias), Some(status), "{alias}");
            assert_ne!(status.name(), alias);
        }
        // The tests run as a process check the list against CPython's table.
        let targets: Vec<u16> = HttpStatus::aliases()
            .map(|(_, status)| status.code())
            .collect();
        assert_eq!(targets, [413, 414, 416, 422]);
        assert_eq!(
            aliases(HttpStatus::CONTENT_TOO_LARGE),
            ["REQUEST_ENTITY_TOO_LARGE"]
        );
        assert_eq!(aliases(HttpStatus::NOT_FOUND).len(), 0);
    }

    #[test]
    fn misses_say_why() {
        let explain = http();
        let answers = answer(
            &explain,
            &[
                Query::Text("6xx".to_owned()),
                Query::Text("NOT_FUOND".to_owned()),
                Query::Text("request_entity_too_lrage".to_owned()),
                Query::Text("xyzzy".to_owned()),
            ],
        );
        assert_eq!(answers.hits, []);
        let kinds: Vec<&MissKind> = answers.misses.iter().map(|miss| &miss.kind).collect();
        assert_eq!(
            kinds,
            [
                &MissKind::NoClass,
                &MissKind::NoMatch {
                    suggestions: vec!["NOT_FOUND"]
                },
                // Both within a third of the query's length; the closer first.
                &MissKind::NoMatch {
                    suggestions: vec!["REQUEST_ENTITY_TOO_LARGE", "REQUEST_URI_TOO_LONG"]
                },
                &MissKind::NoMatch {
                    suggestions: vec![]
                },
            ]
        );
        assert!(!answers.all_found(&explain));
    }

    #[test]
    fn an_unregistered_code_is_not_found() {
        let explain = http();
        let answers = answer(&explain, &[Query::Code(200), Query::Code(299)]);
        assert_eq!(answers.misses, []);
        assert!(!answers.all_found(&explain));
        let answers = answer(&explain, &[Query::Code(200)]);
        assert!(answers.all_found(&explain));
    }

    /// nginx's and Cloudflare's codes answer where HTTP has none, and count as found; no other
    /// unregistered code does.
    #[test]
    fn unofficial_codes_are_found() {
        use status_registry::unofficial::{CloudflareStatus, NginxStatus};
        let explain = http();
        for code in 100..=999 {
            let nginx =
                NginxStatus::from_code(code).filter(|_| HttpStatus::from_code(code).is_none());
            let cloudflare =
                CloudflareStatus::from_code(code).filter(|_| HttpStatus::from_code(code).is_none());
            let expected = match (nginx, cloudflare) {
                (Some(entry), _) => Some(("nginx", entry.name())),
                (None, Some(entry)) => Some(("Cloudflare", entry.name())),
                (None, None) => None,
            };
            let found = explain
                .unofficial_of(code)
                .map(|(vendor, entry)| (vendor, entry.name));
            assert_eq!(found, expected, "{code}");
            let answers = answer(&explain, &[Query::Code(code)]);
            let registered = HttpStatus::from_code(code).is_some();
            assert_eq!(
                answers.all_found(&explain),
                registered || expected.is_some(),
                "{code}"
            );
        }
        assert_eq!(
            explain.unofficial_of(499).map(|(_, entry)| entry.name),
            Some("CLIENT_CLOSED_REQUEST")
        );
        assert_eq!(
            explain.unofficial_of(520).map(|(vendor, _)| vendor),
            Some("Cloudflare")
        );
    }

    #[test]
    fn list_classes() {
        let explain = http();
        assert_eq!(list(&explain, None).len(), HttpStatus::COUNT);
        let success = explain.find_class("2xx");
        assert_eq!(success.map(|class| class.name), Some("SUCCESS"));
        assert_eq!(list(&explain, success).len(), 10);
        assert_eq!(
            class(&explain, "5XX").map(|class| class.name),
            Ok(StatusClass::SERVER_ERROR.name())
        );
        assert_eq!(
            class(&explain, " Server Error ").map(|class| class.range.clone()),
            Ok(500..=599)
        );
        assert_eq!(
            class(&explain, "404"),
            Err(
                "`404` is not a class: give 1xx to 5xx, or a name: INFORMATIONAL, SUCCESS, \
                 REDIRECTION, CLIENT_ERROR, SERVER_ERROR"
                    .to_owned()
            )
        );
    }
}
