//! Lookups for people who half-remember a status: search by words, "did you mean" for a near
//! miss, and classes by name or by pattern (`4xx`). Generic over [`Registry`] and
//! [`ClassType`], so they work with any registry; they allocate nothing.
//!
//! ```
//! use status_registry::search::{find_class, search, suggest};
//! use status_registry::{HttpStatus, StatusClass};
//!
//! // Words, in any case, searched in names, phrases and descriptions; best match first.
//! let teapot = search::<HttpStatus, 8>("teapot");
//! assert_eq!(teapot.first(), Some(HttpStatus::IM_A_TEAPOT));
//! assert!(search::<HttpStatus, 8>("gateway")
//!     .iter()
//!     .eq([HttpStatus::BAD_GATEWAY, HttpStatus::GATEWAY_TIMEOUT]));
//! assert_eq!(search::<HttpStatus, 8>("too large").first(), Some(HttpStatus::CONTENT_TOO_LARGE));
//!
//! // A near miss: the closest names and phrases by edit distance.
//! assert_eq!(suggest::<HttpStatus, 3>("NOT_FUOND").first(), Some(HttpStatus::NOT_FOUND));
//!
//! // A class by name, phrase or pattern.
//! assert_eq!(find_class::<StatusClass>("client error"), Some(StatusClass::CLIENT_ERROR));
//! assert_eq!(find_class::<StatusClass>("5xx"), Some(StatusClass::SERVER_ERROR));
//! ```

use crate::traits::{ClassType, Registry};

/// The longest query, in bytes, that [`search`] reads: a longer one matches nothing (no name,
/// phrase or description of a sensible registry is that long, and the search stays fast).
pub const MAX_QUERY_LEN: usize = 256;

/// The longest text, in bytes, that [`edit_distance`] compares.
pub const MAX_EDIT_LEN: usize = 64;

/// Up to `N` values, best first, and how many matched in all: what [`search`], [`suggest`] and
/// [`closest`] return, held in place (no allocation).
#[derive(Clone, Copy, Debug)]
pub struct Ranked<T, const N: usize> {
    /// Filled from the front, best first; a rank is better when lower.
    slots: [Option<(u32, T)>; N],
    total: usize,
}

impl<T: Copy + PartialEq, const N: usize> Ranked<T, N> {
    const fn new() -> Self {
        Self {
            slots: [None; N],
            total: 0,
        }
    }

    /// The values kept, best first.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        self.slots
            .iter()
            .map_while(|slot| slot.map(|(_, value)| value))
    }

    /// The best value, if any matched.
    pub fn first(&self) -> Option<T> {
        self.iter().next()
    }

    /// How many values are kept: at most `N`.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Whether nothing matched.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// How many candidates matched, including those past the `N` kept: the entries for
    /// [`search`] and [`suggest`], the texts for [`closest`].
    pub fn total(&self) -> usize {
        self.total
    }

    /// Keeps `value` at `rank` (lower is better) if it is among the best `N`; a value offered
    /// again keeps its better rank, and equal ranks keep the order they were offered in.
    fn offer(&mut self, rank: u32, value: T) {
        self.total += 1;
        if let Some(at) = self.slots.iter().position(|slot| match slot {
            Some((_, kept)) => *kept == value,
            None => false,
        }) {
            match self.slots.get(at) {
                Some(Some((kept_rank, _))) if *kept_rank <= rank => return,
                _ => self.remove(at),
            }
        }
        let Some(at) = self.slots.iter().position(|slot| match slot {
            Some((kept_rank, _)) => *kept_rank > rank,
            None => true,
        }) else {
            return;
        };
        if let Some(tail) = self.slots.get_mut(at..) {
            tail.rotate_right(1);
            if let Some(slot) = tail.first_mut() {
                *slot = Some((rank, value));
            }
        }
    }

    fn remove(&mut self, at: usize) {
        if let Some(tail) = self.slots.get_mut(at..) {
            tail.rotate_left(1);
            if let Some(last) = tail.last_mut() {
                *last = None;
            }
        }
    }
}

/// The entries of `R` whose name, phrase or description hold every word of `query`, the best
/// `N` of them first.
///
/// A word is a run of ASCII letters and digits (or non-ASCII characters); case is ignored, and
/// `_` in names separates words as spaces do. A query word matches a word of an entry that it
/// equals, begins, or lies inside. The best match is the entry whose phrase or name is the
/// query's words; then one whose phrase, name or description holds them in a row; then by how
/// well each word matched (in the name or phrase more than in the description); equal matches
/// keep declaration order. A query with no word, or longer than [`MAX_QUERY_LEN`], matches
/// nothing.
///
/// ```
/// use status_registry::search::search;
/// use status_registry::HttpStatus;
///
/// let found = search::<HttpStatus, 4>("I'm a Teapot");
/// assert!(found.iter().eq([HttpStatus::IM_A_TEAPOT]));
/// assert!(search::<HttpStatus, 4>("brew").iter().eq([HttpStatus::IM_A_TEAPOT]));
/// assert!(search::<HttpStatus, 4>("teapot kettle").is_empty());
/// ```
pub fn search<R: Registry, const N: usize>(query: &str) -> Ranked<R, N> {
    let mut ranked = Ranked::new();
    let query = query.as_bytes();
    if query.len() > MAX_QUERY_LEN || words(query).next().is_none() {
        return ranked;
    }
    for entry in R::iter() {
        let score = score(
            query,
            entry.name().as_bytes(),
            entry.phrase().as_bytes(),
            entry.description().as_bytes(),
        );
        if score > 0 {
            ranked.offer(u32::MAX - score, entry);
        }
    }
    ranked
}

/// How well `query` matches an entry's fields: 0 unless every word matches.
fn score(query: &[u8], name: &[u8], phrase: &[u8], description: &[u8]) -> u32 {
    let mut score = 0_u32;
    for word in words(query) {
        let in_title = word_match(word, name).max(word_match(word, phrase));
        let best = (3 * in_title).max(word_match(word, description));
        if best == 0 {
            return 0;
        }
        score = score.saturating_add(best);
    }
    let whole = if same_words(query, phrase) || same_words(query, name) {
        1000
    } else if holds_run(phrase, query) || holds_run(name, query) {
        100
    } else if holds_run(description, query) {
        30
    } else {
        0
    };
    score.saturating_add(whole)
}

/// The words of `text`: runs of ASCII alphanumerics and non-ASCII bytes.
fn words(text: &[u8]) -> impl Iterator<Item = &[u8]> + Clone {
    text.split(|&byte| byte.is_ascii() && !byte.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// How `word` matches `text`: 3 if it is one of its words, 2 if it begins one, 1 if it lies
/// inside the text, 0 if not at all. Case is ignored.
fn word_match(word: &[u8], text: &[u8]) -> u32 {
    let mut best = 0;
    for candidate in words(text) {
        if candidate.eq_ignore_ascii_case(word) {
            return 3;
        }
        if candidate
            .get(..word.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(word))
        {
            best = 2;
        }
    }
    if best == 0
        && !word.is_empty()
        && text
            .windows(word.len())
            .any(|window| window.eq_ignore_ascii_case(word))
    {
        best = 1;
    }
    best
}

/// Whether `a` and `b` have the same words, ignoring case.
fn same_words(a: &[u8], b: &[u8]) -> bool {
    let (mut a, mut b) = (words(a), words(b));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
}

/// Whether the words of `query` come one after another among the words of `text`.
fn holds_run(text: &[u8], query: &[u8]) -> bool {
    let mut start = words(text);
    loop {
        let mut text_words = start.clone();
        if words(query).all(|word| {
            text_words
                .next()
                .is_some_and(|candidate| candidate.eq_ignore_ascii_case(word))
        }) {
            return true;
        }
        if start.next().is_none() {
            return false;
        }
    }
}

/// The entries of `R` whose name or phrase is closest to `query` by [`edit_distance`], the
/// best `N` of them first: a "did you mean" for a near miss.
///
/// A candidate is kept when its distance is at most a third of the query's length (at least 1);
/// an entry appears once, at the distance of its closer text.
///
/// ```
/// use status_registry::search::suggest;
/// use status_registry::HttpStatus;
///
/// assert!(suggest::<HttpStatus, 3>("NOT_FUOND").iter().eq([HttpStatus::NOT_FOUND]));
/// assert_eq!(suggest::<HttpStatus, 3>("bad gatway").first(), Some(HttpStatus::BAD_GATEWAY));
/// assert!(suggest::<HttpStatus, 3>("xyzzy").is_empty());
/// ```
pub fn suggest<R: Registry, const N: usize>(query: &str) -> Ranked<R, N> {
    let mut ranked = Ranked::new();
    let limit = reach(query);
    for entry in R::iter() {
        let distance = [entry.name(), entry.phrase()]
            .into_iter()
            .filter_map(|text| within(query, text, limit))
            .min();
        if let Some(distance) = distance {
            ranked.offer(distance, entry);
        }
    }
    ranked
}

/// The values whose text is closest to `query` by [`edit_distance`], the best `N` of them
/// first, for candidates of one's own (a registry's aliases, say, beside its names).
///
/// As [`suggest`]: a candidate is kept when its distance is at most a third of the query's
/// length (at least 1), and a value offered under several texts appears once, at its best.
///
/// ```
/// use status_registry::search::closest;
///
/// let colours = [("red", 1), ("green", 2), ("blue", 3), ("rouge", 1)];
/// assert!(closest::<_, 2>("gren", colours).iter().eq([2]));
/// assert!(closest::<_, 2>("ruge", colours).iter().eq([1]));
/// ```
pub fn closest<'a, T: Copy + PartialEq, const N: usize>(
    query: &str,
    candidates: impl IntoIterator<Item = (&'a str, T)>,
) -> Ranked<T, N> {
    let mut ranked = Ranked::new();
    let limit = reach(query);
    for (text, value) in candidates {
        if let Some(distance) = within(query, text, limit) {
            ranked.offer(distance, value);
        }
    }
    ranked
}

/// The largest distance at which a text is near `query`: a third of its length, at least 1.
fn reach(query: &str) -> usize {
    (query.len() / 3).max(1)
}

/// The [`edit_distance`] from `query` to `text`, if it is at most `limit`.
fn within(query: &str, text: &str, limit: usize) -> Option<u32> {
    // The distance is at least the difference in length: skip what cannot be near.
    if text.len().abs_diff(query.len()) > limit {
        return None;
    }
    let distance = edit_distance(query, text).filter(|&distance| distance <= limit)?;
    u32::try_from(distance).ok()
}

/// The number of single-byte edits (insertions, deletions, substitutions, and swaps of two
/// neighbours) that turn `a` into `b`, ignoring ASCII case and counting spaces, hyphens and
/// underscores as the same: `NOT_FUOND` is 1 from `not found`. `None` if either is longer than
/// [`MAX_EDIT_LEN`] bytes.
///
/// ```
/// use status_registry::search::edit_distance;
///
/// assert_eq!(edit_distance("NOT_FUOND", "not found"), Some(1));
/// assert_eq!(edit_distance("gone", "Gone"), Some(0));
/// assert_eq!(edit_distance("kitten", "sitting"), Some(3));
/// assert_eq!(edit_distance(&"a".repeat(65), "a"), None);
/// ```
pub fn edit_distance(a: &str, b: &str) -> Option<usize> {
    const WIDTH: usize = MAX_EDIT_LEN + 1;
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() > MAX_EDIT_LEN || b.len() > MAX_EDIT_LEN {
        return None;
    }
    // Three rows of the distance table (optimal string alignment): the one before last, the
    // last, and the one being filled. Every distance is at most 64, so a byte holds it.
    let mut before = [0_u8; WIDTH];
    let mut last = [0_u8; WIDTH];
    for (slot, j) in last.iter_mut().zip(0_u8..) {
        *slot = j;
    }
    let at = |row: &[u8; WIDTH], j: usize| row.get(j).copied().unwrap_or(u8::MAX);
    for (i, &x) in a.iter().enumerate() {
        let mut filled = [0_u8; WIDTH];
        if let Some(first) = filled.first_mut() {
            *first = u8::try_from(i + 1).unwrap_or(u8::MAX);
        }
        for (j, &y) in b.iter().enumerate() {
            let cost = u8::from(fold(x) != fold(y));
            let mut distance = (at(&last, j + 1).saturating_add(1))
                .min(at(&filled, j).saturating_add(1))
                .min(at(&last, j).saturating_add(cost));
            let swapped = i > 0
                && j > 0
                && a.get(i - 1).map(|&p| fold(p)) == Some(fold(y))
                && b.get(j - 1).map(|&p| fold(p)) == Some(fold(x));
            if swapped {
                distance = distance.min(at(&before, j - 1).saturating_add(1));
            }
            if let Some(slot) = filled.get_mut(j + 1) {
                *slot = distance;
            }
        }
        before = last;
        last = filled;
    }
    Some(usize::from(at(&last, b.len())))
}

/// A byte as [`edit_distance`] compares it: lowercase, with `_` for a space or a hyphen.
const fn fold(byte: u8) -> u8 {
    match byte {
        b' ' | b'-' => b'_',
        _ => byte.to_ascii_lowercase(),
    }
}

/// The class named `query`: by its name or phrase, ignoring ASCII case and counting spaces,
/// hyphens and underscores as the same (`CLIENT_ERROR`, `client error`), or by a pattern of
/// leading digits and then `x`s that spells its range (`4xx` for `400..=499`).
///
/// ```
/// use status_registry::search::find_class;
/// use status_registry::StatusClass;
///
/// assert_eq!(find_class::<StatusClass>("CLIENT_ERROR"), Some(StatusClass::CLIENT_ERROR));
/// assert_eq!(find_class::<StatusClass>("Success"), Some(StatusClass::SUCCESS));
/// assert_eq!(find_class::<StatusClass>("1XX"), Some(StatusClass::INFORMATIONAL));
/// assert_eq!(find_class::<StatusClass>("6xx"), None);
/// ```
pub fn find_class<C: ClassType>(query: &str) -> Option<C> {
    let folded_eq = |text: &str| {
        text.len() == query.len()
            && text
                .bytes()
                .zip(query.bytes())
                .all(|(x, y)| fold(x) == fold(y))
    };
    if let Some(class) = C::ALL
        .iter()
        .find(|class| folded_eq(class.name()) || folded_eq(class.phrase()))
    {
        return Some(*class);
    }
    let (low, high) = pattern_range(query)?;
    C::ALL.iter().copied().find(|class| {
        let range = class.range();
        let (start, end): (i128, i128) = ((*range.start()).into(), (*range.end()).into());
        (start, end) == (low, high)
    })
}

/// The range a pattern such as `4xx` spells (`400..=499`): one or more digits, then one or
/// more `x`s, at most 18 characters in all.
fn pattern_range(pattern: &str) -> Option<(i128, i128)> {
    let bytes = pattern.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let wildcards = bytes.len() - digits;
    if digits == 0 || wildcards == 0 || bytes.len() > 18 {
        return None;
    }
    let (prefix, rest) = bytes.split_at(digits);
    if !rest.iter().all(|b| b.eq_ignore_ascii_case(&b'x')) {
        return None;
    }
    let prefix = prefix
        .iter()
        .fold(0_i128, |value, digit| value * 10 + i128::from(digit - b'0'));
    let scale = 10_i128.pow(u32::try_from(wildcards).ok()?);
    Some((prefix * scale, prefix * scale + scale - 1))
}

#[cfg(test)]
mod tests {
    extern crate alloc;

    use alloc::format;

    use super::*;
    use crate::{HttpStatus, StatusClass};

    #[track_caller]
    fn found(query: &str, expected: &[HttpStatus]) {
        let ranked = search::<HttpStatus, 64>(query);
        assert!(
            ranked.iter().eq(expected.iter().copied()),
            "search({query:?}) found {:?}",
            ranked
        );
        assert_eq!(ranked.total(), expected.len(), "search({query:?})");
    }

    #[test]
    fn searches_words_in_names_phrases_and_descriptions() {
        use HttpStatus as S;
        found("teapot", &[S::IM_A_TEAPOT]);
        found("TEAPOT", &[S::IM_A_TEAPOT]);
        found("I'm a Teapot", &[S::IM_A_TEAPOT]);
        found("im_a_teapot", &[S::IM_A_TEAPOT]);
        found("coffee", &[S::IM_A_TEAPOT]);
        found("gateway", &[S::BAD_GATEWAY, S::GATEWAY_TIMEOUT]);
        found("not found", &[S::NOT_FOUND]);
        found(
            "too large",
            &[S::CONTENT_TOO_LARGE, S::REQUEST_HEADER_FIELDS_TOO_LARGE],
        );
        found("xyzzy", &[]);
        found("teapot xyzzy", &[]);
        found("", &[]);
        found(" -- ", &[]);
    }

    #[test]
    fn ranks_the_exact_phrase_first() {
        // "Found" is the phrase of 302; 404's phrase holds the word too, after "Not".
        let ranked = search::<HttpStatus, 64>("found");
        assert!(ranked.iter().eq([HttpStatus::FOUND, HttpStatus::NOT_FOUND]));
        // "Request Timeout" beats the many entries whose description says "request".
        let ranked = search::<HttpStatus, 64>("request timeout");
        assert_eq!(ranked.first(), Some(HttpStatus::REQUEST_TIMEOUT));
        // A word that begins a word of a name (203, 407, 511) beats one inside a name (401),
        // which beats one that begins a word of a description (403's "authorization").
        let ranked = search::<HttpStatus, 64>("auth");
        assert!(ranked.iter().eq([
            HttpStatus::NON_AUTHORITATIVE_INFORMATION,
            HttpStatus::PROXY_AUTHENTICATION_REQUIRED,
            HttpStatus::NETWORK_AUTHENTICATION_REQUIRED,
            HttpStatus::UNAUTHORIZED,
            HttpStatus::FORBIDDEN,
        ]));
    }

    #[test]
    fn keeps_the_best_n_and_counts_the_rest() {
        let all = search::<HttpStatus, 64>("request");
        let three = search::<HttpStatus, 3>("request");
        assert!(all.total() > 3);
        assert_eq!(three.total(), all.total());
        assert_eq!(three.len(), 3);
        assert!(three.iter().eq(all.iter().take(3)));
        assert_eq!(search::<HttpStatus, 0>("request").first(), None);
        assert_eq!(search::<HttpStatus, 0>("request").total(), all.total());
    }

    #[test]
    fn a_long_query_matches_nothing() {
        let mut long = "a ".repeat(MAX_QUERY_LEN / 2);
        assert_eq!(long.len(), MAX_QUERY_LEN);
        assert!(!search::<HttpStatus, 1>(&long).is_empty());
        long.push('a');
        assert!(search::<HttpStatus, 1>(&long).is_empty());
    }

    #[test]
    fn non_ascii_text_is_part_of_a_word() {
        assert!(search::<HttpStatus, 4>("tëapot").is_empty());
        assert!(search::<HttpStatus, 4>("teapot\u{0}")
            .iter()
            .eq([HttpStatus::IM_A_TEAPOT]));
    }

    #[track_caller]
    fn distance(a: &str, b: &str, expected: Option<usize>) {
        assert_eq!(edit_distance(a, b), expected, "edit_distance({a:?}, {b:?})");
        assert_eq!(edit_distance(b, a), expected, "edit_distance({b:?}, {a:?})");
    }

    #[test]
    fn edit_distances() {
        distance("", "", Some(0));
        distance("", "abc", Some(3));
        distance("abc", "abc", Some(0));
        distance("abc", "ABC", Some(0));
        distance("a b-c", "A_B_C", Some(0));
        distance("abc", "abd", Some(1));
        distance("abc", "ab", Some(1));
        distance("abc", "bac", Some(1));
        distance("ca", "abc", Some(3));
        distance("kitten", "sitting", Some(3));
        distance("NOT_FUOND", "NOT_FOUND", Some(1));
        distance(&"x".repeat(MAX_EDIT_LEN), "", Some(MAX_EDIT_LEN));
        distance(
            &"x".repeat(MAX_EDIT_LEN),
            &"y".repeat(MAX_EDIT_LEN),
            Some(MAX_EDIT_LEN),
        );
        distance(&"x".repeat(MAX_EDIT_LEN + 1), "", None);
    }

    #[test]
    fn suggests_the_closest_names_and_phrases() {
        let near = suggest::<HttpStatus, 3>("NOT_FUOND");
        assert!(near.iter().eq([HttpStatus::NOT_FOUND]));
        let near = suggest::<HttpStatus, 3>("gone_");
        assert!(near.iter().eq([HttpStatus::GONE]));
        // Its name and its phrase are both 1 away: the entry counts once.
        assert_eq!(near.total(), 1);
        // Within a third of the query's length: "Locke" is 1 from LOCKED; "Loc" is 3 from it,
        // and more than 1 from every other name.
        assert!(suggest::<HttpStatus, 3>("Locke")
            .iter()
            .eq([HttpStatus::LOCKED]));
        assert!(suggest::<HttpStatus, 3>("Loc").is_empty());
        // "Not Acceptabel" is one swap from 406's phrase and name; nothing else is near.
        let near = suggest::<HttpStatus, 3>("Not Acceptabel");
        assert!(near.iter().eq([HttpStatus::NOT_ACCEPTABLE]));
        assert!(suggest::<HttpStatus, 3>("").is_empty());
        assert!(suggest::<HttpStatus, 3>(&"x".repeat(1000)).is_empty());
    }

    #[test]
    fn ranked_keeps_a_value_once_at_its_best() {
        let ranked = closest::<_, 4>(
            "abcd",
            [("abcx", 'a'), ("abcd", 'b'), ("abcd", 'a'), ("abxx", 'c')],
        );
        assert!(ranked.iter().eq(['b', 'a']));
        assert_eq!(ranked.total(), 3);
        let ranked = closest::<_, 4>(
            "abcdef",
            [("abcdxx", 'c'), ("abcdex", 'a'), ("abcdef", 'a')],
        );
        assert!(ranked.iter().eq(['a', 'c']));
    }

    #[test]
    fn classes_by_name_phrase_or_pattern() {
        let case = |query: &str, expected: Option<StatusClass>| {
            assert_eq!(find_class::<StatusClass>(query), expected, "{query:?}");
        };
        case("4xx", Some(StatusClass::CLIENT_ERROR));
        case("4XX", Some(StatusClass::CLIENT_ERROR));
        case("client_error", Some(StatusClass::CLIENT_ERROR));
        case("CLIENT_ERROR", Some(StatusClass::CLIENT_ERROR));
        case("Client Error", Some(StatusClass::CLIENT_ERROR));
        case("server-error", Some(StatusClass::SERVER_ERROR));
        case("2xx", Some(StatusClass::SUCCESS));
        case("informational", Some(StatusClass::INFORMATIONAL));
        case("6xx", None);
        case("4x", None);
        case("40x", None);
        case("xx", None);
        case("4", None);
        case("4xy", None);
        case("", None);
        case("client", None);
        case(&format!("1{}", "x".repeat(40)), None);
    }
}
