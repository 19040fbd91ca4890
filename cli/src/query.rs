//! The queries: what one argument asks for, and what it finds in [`HttpStatus`](enum@HttpStatus).

use status_registry::search::{closest, find_class, search};
use status_registry::{HttpStatus, Registry, StatusClass, StatusCode};

use crate::print::shown;

/// The aliases of `status`: Python 3.13's old names.
pub fn aliases(status: HttpStatus) -> impl Iterator<Item = &'static str> {
    <HttpStatus as Registry>::aliases()
        .filter(move |(_, target)| *target == status)
        .map(|(alias, _)| alias)
}

/// How many names "did you mean" offers at most.
const SUGGESTIONS: usize = 3;

/// One argument, read.
#[derive(Debug, PartialEq, Eq)]
pub enum Query {
    /// A number in `100..=999`.
    Code(StatusCode),
    /// Anything else: a name, a class or words.
    Text(String),
}

impl Query {
    /// Reads one argument. The error is a one-line message: an empty argument, or a number that
    /// is no HTTP status code.
    pub fn parse(argument: &str) -> Result<Query, String> {
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
        let significant = digits.trim_start_matches('0');
        let code = match significant.parse::<u16>() {
            Ok(code) if significant.len() <= 3 && !text.starts_with('-') => StatusCode::new(code),
            _ => None,
        };
        code.map(Query::Code).ok_or_else(|| {
            format!(
                "{} is not an HTTP status code: codes are 100 to 999",
                shown(text)
            )
        })
    }
}

/// One row of the output: a registered status, or a code that is not registered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// A registered status.
    Status {
        status: HttpStatus,
        /// The alias the query named it by, if it did.
        alias: Option<&'static str>,
    },
    /// A code in `100..=999` that no status has.
    Unregistered(StatusCode),
}

impl Hit {
    /// A registered status, not named by an alias.
    const fn status(status: HttpStatus) -> Hit {
        Hit::Status {
            status,
            alias: None,
        }
    }

    /// The code of the row.
    pub fn code(self) -> u16 {
        match self {
            Hit::Status { status, .. } => status.code(),
            Hit::Unregistered(code) => code.code(),
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
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Every row found, once each, in the order of the queries and then of best match.
    pub hits: Vec<Hit>,
    /// The queries that found nothing, in order.
    pub misses: Vec<Miss>,
}

impl Answers {
    /// Whether every query found a registered status.
    pub fn all_found(&self) -> bool {
        self.misses.is_empty()
            && self
                .hits
                .iter()
                .all(|hit| matches!(hit, Hit::Status { .. }))
    }

    fn add(&mut self, hit: Hit) {
        if !self.hits.iter().any(|kept| kept.code() == hit.code()) {
            self.hits.push(hit);
        }
    }
}

/// Answers every query.
pub fn answer(queries: &[Query]) -> Answers {
    let mut answers = Answers::default();
    for query in queries {
        match query {
            Query::Code(code) => answers.add(match code.known() {
                Some(status) => Hit::status(status),
                None => Hit::Unregistered(*code),
            }),
            Query::Text(text) => match text_hits(text) {
                Ok(hits) => hits.into_iter().for_each(|hit| answers.add(hit)),
                Err(kind) => answers.misses.push(Miss {
                    query: text.clone(),
                    kind,
                }),
            },
        }
    }
    answers
}

/// What a query that is not a number finds: a name or an alias, a class, or words, tried in
/// that order.
fn text_hits(text: &str) -> Result<Vec<Hit>, MissKind> {
    if let Some(hit) = by_name(text) {
        return Ok(vec![hit]);
    }
    if let Some(class) = find_class::<StatusClass>(text) {
        return Ok(list(Some(class)));
    }
    if is_class_pattern(text) {
        return Err(MissKind::NoClass);
    }
    let found = search::<HttpStatus, { HttpStatus::COUNT }>(text);
    if found.is_empty() {
        return Err(MissKind::NoMatch {
            suggestions: suggestions(text),
        });
    }
    Ok(found.iter().map(Hit::status).collect())
}

/// The status named `text` by its name or an alias, in any case, with spaces or hyphens for
/// underscores (`not_found`, `Not-Found`).
fn by_name(text: &str) -> Option<Hit> {
    let name: String = text
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect();
    let status = HttpStatus::from_name(&name)?;
    let alias = <HttpStatus as Registry>::aliases()
        .find(|(alias, _)| *alias == name)
        .map(|(alias, _)| alias);
    Some(Hit::Status { status, alias })
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
fn suggestions(text: &str) -> Vec<&'static str> {
    let entries = HttpStatus::iter().flat_map(|status| {
        [
            (status.name(), status.name()),
            (status.phrase(), status.name()),
        ]
    });
    let aliases = <HttpStatus as Registry>::aliases().map(|(alias, _)| (alias, alias));
    closest::<_, SUGGESTIONS>(text, entries.chain(aliases))
        .iter()
        .collect()
}

/// The class an argument of `--list` names, or the one-line error that says it names none.
pub fn class(text: &str) -> Result<StatusClass, String> {
    find_class(text.trim()).ok_or_else(|| {
        let names: Vec<_> = StatusClass::ALL.iter().map(|class| class.name()).collect();
        format!(
            "{} is not a class: give 1xx to 5xx, or a name: {}",
            shown(text),
            names.join(", ")
        )
    })
}

/// The rows of `--list`: every status, or those of one class, in the registry's order.
pub fn list(class: Option<StatusClass>) -> Vec<Hit> {
    HttpStatus::iter()
        .filter(|status| class.is_none_or(|class| status.class() == class))
        .map(Hit::status)
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)] // A failed test panics: that is how it reports.
mod tests {
    use super::*;

    #[track_caller]
    fn hits(arguments: &[&str], codes: &[u16]) {
        let queries: Vec<_> = arguments
            .iter()
            .map(|argument| Query::parse(argument))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|error| panic!("{arguments:?}: {error}"));
        let answers = answer(&queries);
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
        for argument in [
            "0",
            "99",
            "1000",
            "-1",
            "-404",
            "-0",
            "+1000",
            "00000000000000001000",
        ] {
            let error = Query::parse(argument).unwrap_err();
            assert_eq!(
                error,
                format!("`{argument}` is not an HTTP status code: codes are 100 to 999")
            );
        }
        assert_eq!(
            Query::parse("0000000000000000000000404"),
            Ok(Query::Code(StatusCode::NOT_FOUND))
        );
        assert!(Query::parse(" ")
            .unwrap_err()
            .starts_with("empty query ` `"));
    }

    #[test]
    fn aliases_are_the_registry_s() {
        for (alias, status) in <HttpStatus as Registry>::aliases() {
            assert_eq!(HttpStatus::from_name(alias), Some(status), "{alias}");
            assert_ne!(status.name(), alias);
        }
        // The tests run as a process check the list against CPython's table.
        let targets: Vec<u16> = <HttpStatus as Registry>::aliases()
            .map(|(_, status)| status.code())
            .collect();
        assert_eq!(targets, [413, 414, 416, 422]);
        assert!(aliases(HttpStatus::CONTENT_TOO_LARGE).eq(["REQUEST_ENTITY_TOO_LARGE"]));
        assert_eq!(aliases(HttpStatus::NOT_FOUND).count(), 0);
    }

    #[test]
    fn misses_say_why() {
        let answers = answer(&[
            Query::Text("6xx".to_owned()),
            Query::Text("NOT_FUOND".to_owned()),
            Query::Text("request_entity_too_lrage".to_owned()),
            Query::Text("xyzzy".to_owned()),
        ]);
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
        assert!(!answers.all_found());
    }

    #[test]
    fn an_unregistered_code_is_not_found() {
        let answers = answer(&[Query::Code(StatusCode::OK), Query::parse("499").unwrap()]);
        assert_eq!(answers.misses, []);
        assert!(!answers.all_found());
        let answers = answer(&[Query::Code(StatusCode::OK)]);
        assert!(answers.all_found());
    }

    #[test]
    fn list_classes() {
        assert_eq!(list(None).len(), HttpStatus::COUNT);
        assert_eq!(list(Some(StatusClass::SUCCESS)).len(), 10);
        assert_eq!(class("5XX"), Ok(StatusClass::SERVER_ERROR));
        assert_eq!(class(" Server Error "), Ok(StatusClass::SERVER_ERROR));
        assert_eq!(
            class("404"),
            Err(
                "`404` is not a class: give 1xx to 5xx, or a name: INFORMATIONAL, SUCCESS, \
                 REDIRECTION, CLIENT_ERROR, SERVER_ERROR"
                    .to_owned()
            )
        );
    }
}
