//! The runtime properties every registry has, checked generically: lookups are total and agree
//! with each other, names and `Display` round-trip through `FromStr`, `FromStr` rejects anything
//! else with the right error, and class predicates agree with `class()`.
//!
//! Codes are checked exhaustively for reprs of up to 16 bits, and at their boundaries, around
//! every registered code and at seeded random samples for wider ones. Strings are the edge cases
//! every parser gets wrong, plus seeded random ones.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use status_registry::{ClassType, Classified, CodeType, OpenCode, ParseErrorKind, Registry, Repr};

use crate::SplitMix64;

/// How many random codes, and random strings, [`check_registry`] tries for each registry.
pub const RANDOM_SAMPLES: usize = 2_000;

/// Checks every runtime property of `R`. `aliases` are its aliases, each with the entry it names.
///
/// Panics with a message naming the registry and the input on the first property that fails.
#[track_caller]
pub fn check_registry<R>(aliases: &[(&str, R)])
where
    R: Registry,
    R::Repr: TryFrom<i128>,
{
    let registry = R::TYPE_NAME;
    assert_eq!(R::COUNT, R::ALL.len(), "{registry}: COUNT");
    assert!(!R::ALL.is_empty(), "{registry}: a registry has entries");
    assert_eq!(R::iter().collect::<Vec<R>>(), R::ALL, "{registry}: iter");
    // `Registry::aliases` lists the aliases the test declared (and a base's, for a registry that
    // extends one), each naming what `from_name` finds, none a canonical name.
    for &(alias, status) in aliases {
        assert!(
            R::aliases().any(|listed| listed == (alias, status)),
            "{registry}: aliases() lists {alias}"
        );
    }
    for (alias, status) in R::aliases() {
        assert_eq!(
            R::from_name(alias),
            Some(status),
            "{registry}: alias {alias}"
        );
        assert_ne!(status.name(), alias, "{registry}: alias {alias}");
    }

    let mut by_code: HashMap<i128, R> = HashMap::new();
    let mut by_name: HashMap<&str, R> = HashMap::new();
    for &status in R::ALL {
        let code = status.code();
        assert!(
            by_code.insert(wide(code), status).is_none(),
            "{registry}: two entries have the code {code}"
        );
        assert!(
            by_name.insert(status.name(), status).is_none(),
            "{registry}: two entries are named {}",
            status.name()
        );
        check_entry(status);
    }
    for &(alias, target) in aliases {
        assert_eq!(
            R::from_name(alias),
            Some(target),
            "{registry}: alias {alias}"
        );
        assert_eq!(
            alias.parse::<R>(),
            Ok(target),
            "{registry}: FromStr of alias {alias}"
        );
        assert!(
            by_name.insert(alias, target).is_none(),
            "{registry}: alias {alias} is also another name"
        );
    }

    // Ord is by code, and agrees with the code's own order, both ways.
    let mut sorted = R::ALL.to_vec();
    sorted.sort();
    for pair in sorted.windows(2) {
        let [low, high] = [pair[0], pair[1]];
        assert!(
            low.code() < high.code(),
            "{registry}: Ord of {low:?} and {high:?}"
        );
        assert_eq!(low.partial_cmp(&high), Some(Ordering::Less));
        assert_ne!(low, high);
    }

    for code in codes::<R>(by_code.keys().flat_map(|&code| [code - 1, code, code + 1])) {
        check_code::<R>(code, by_code.get(&wide(code)).copied());
    }
    for input in strings::<R>() {
        check_from_str::<R>(&input, &by_name);
    }
}

/// One entry: every accessor and lookup agrees with the others.
#[track_caller]
fn check_entry<R: Registry>(status: R) {
    let registry = R::TYPE_NAME;
    let (code, name, phrase) = (status.code(), status.name(), status.phrase());
    assert_eq!(
        R::from_code(code),
        Some(status),
        "{registry}: from_code({code})"
    );
    assert_eq!(
        R::from_name(name),
        Some(status),
        "{registry}: from_name({name:?})"
    );
    assert_eq!(
        R::try_from(code),
        Ok(status),
        "{registry}: try_from({code})"
    );
    assert_eq!(
        Into::<R::Repr>::into(status),
        code,
        "{registry}: {name} into its code"
    );
    assert!(!phrase.is_empty(), "{registry}: {name} has a phrase");
    assert_eq!(format!("{status:?}"), name, "{registry}: Debug of {name}");
    let shown = status.to_string();
    assert_eq!(
        shown,
        format!("{code} {phrase}"),
        "{registry}: Display of {name}"
    );
    assert_eq!(
        shown.parse::<R>(),
        Ok(status),
        "{registry}: {shown:?} round trip"
    );
    assert_eq!(
        name.parse::<R>(),
        Ok(status),
        "{registry}: FromStr of {name:?}"
    );
    assert_eq!(
        code.to_string().parse::<R>(),
        Ok(status),
        "{registry}: FromStr of {code}"
    );
    // `Display` padded: the text is still there, once.
    let padded = format!("{status:>width$}", width = shown.chars().count() + 3);
    assert_eq!(
        padded.trim_start(),
        shown,
        "{registry}: padded Display of {name}"
    );
}

/// Checks that the open code type `O` agrees with its registry on every registered code, the
/// codes either side of each, and the ends of its window: what `known`, `label` (the phrase, or
/// `"(unregistered)"`) and `code` give. The phrase has a table of its own, so this is not
/// `known` checked against itself.
#[track_caller]
pub fn check_open<O>()
where
    O: OpenCode,
    O::Repr: TryFrom<i128>,
{
    let open = O::TYPE_NAME;
    let mut codes = vec![O::MIN_CODE, O::MAX_CODE];
    for status in O::Registry::ALL {
        let code: i128 = status.code().into();
        codes.extend((code - 1..=code + 1).filter_map(|code| O::Repr::try_from(code).ok()));
    }
    // Every code of a window of up to 4,096 (the table by code covers a window of fewer than
    // 1,024 whole, where its codes lie outside the entries' span), and the codes just past it.
    let (lo, hi): (i128, i128) = (O::MIN_CODE.into(), O::MAX_CODE.into());
    if hi - lo < 4096 {
        codes.extend((lo - 1..=hi + 1).filter_map(|code| O::Repr::try_from(code).ok()));
    }
    for code in codes {
        let Some(value) = O::from_code(code) else {
            assert!(
                code < O::MIN_CODE || code > O::MAX_CODE,
                "{open}: from_code({code}) is None inside the window"
            );
            continue;
        };
        let registered = O::Registry::from_code(code);
        assert_eq!(value.code(), code, "{open}: from_code({code}).code()");
        assert_eq!(value.known(), registered, "{open}: {code}.known()");
        assert_eq!(
            value.label(),
            registered.map_or("(unregistered)", Registry::phrase),
            "{open}: {code}.label()"
        );
        for text in [code.to_string(), value.to_string()] {
            assert_eq!(
                O::from_bytes(text.as_bytes()),
                text.parse::<O>(),
                "{open}: from_bytes of {text:?}"
            );
        }
    }
}

/// One code of the repr: `from_code`, `try_from` and `FromStr` agree on whether it is registered.
#[track_caller]
fn check_code<R: Registry>(code: R::Repr, registered: Option<R>) {
    let registry = R::TYPE_NAME;
    assert_eq!(
        R::from_code(code),
        registered,
        "{registry}: from_code({code})"
    );
    assert_eq!(
        R::from_code(code).map(R::code),
        registered.map(|_| code),
        "{registry}: from_code({code}).map(code)"
    );
    assert_eq!(
        R::phrase_of(code),
        registered.map(R::phrase),
        "{registry}: phrase_of({code})"
    );
    let digits = code.to_string();
    assert_eq!(
        R::from_bytes(digits.as_bytes()),
        digits.parse::<R>(),
        "{registry}: from_bytes of {code}"
    );
    match (R::try_from(code), registered) {
        (Ok(status), Some(expected)) => assert_eq!(status, expected),
        (Err(error), None) => {
            assert_eq!(error.code(), code, "{registry}: try_from({code})");
            let message = error.to_string();
            assert!(message.contains(registry) && message.contains(&code.to_string()));
        }
        (result, _) => {
            panic!("{registry}: try_from({code}) is {result:?}, from_code {registered:?}")
        }
    }
    let parsed = code.to_string().parse::<R>();
    match registered {
        Some(status) => assert_eq!(parsed, Ok(status), "{registry}: FromStr of {code}"),
        None => assert_eq!(
            parsed.map_err(|error| error.kind()),
            Err(ParseErrorKind::UnknownCode(code)),
            "{registry}: FromStr of {code}"
        ),
    }
}

/// One string: `FromStr` gives what the format says, and its error says which registry.
#[track_caller]
fn check_from_str<R: Registry>(input: &str, names: &HashMap<&str, R>)
where
    R::Repr: TryFrom<i128>,
{
    let registry = R::TYPE_NAME;
    let parsed = input.parse::<R>();
    let expected = expected_parse::<R>(input, names);
    assert_eq!(
        R::from_bytes(input.as_bytes()),
        parsed,
        "{registry}: from_bytes of {input:?}"
    );
    assert_eq!(
        parsed.map_err(|error| error.kind()),
        expected,
        "{registry}: FromStr of {input:?}"
    );
    if let Err(error) = parsed {
        let message = error.to_string();
        assert!(
            message.contains(registry),
            "{registry}: the error for {input:?} names the registry: {message}"
        );
        assert!(
            format!("{error:?}").contains(registry),
            "{registry}: Debug of the error for {input:?}"
        );
    }
}

/// What `FromStr` must give for `input`, from the format's definition: empty; a name or alias
/// (anything that does not start with a digit or a sign); or a decimal code with an optional
/// sign and leading zeros, alone or followed by a space and the entry's phrase.
fn expected_parse<R: Registry>(
    input: &str,
    names: &HashMap<&str, R>,
) -> Result<R, ParseErrorKind<R::Repr>>
where
    R::Repr: TryFrom<i128>,
{
    let first = match input.chars().next() {
        None => return Err(ParseErrorKind::Empty),
        Some(first) => first,
    };
    if !(first.is_ascii_digit() || first == '+' || first == '-') {
        return names.get(input).copied().ok_or(ParseErrorKind::UnknownName);
    }
    let (number, phrase) = match input.split_once(' ') {
        Some((number, phrase)) => (number, Some(phrase)),
        None => (input, None),
    };
    let (negative, digits) = match number.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, number.strip_prefix('+').unwrap_or(number)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseErrorKind::InvalidCode);
    }
    let significant = digits.trim_start_matches('0');
    // More than 39 digits is more than any i128: out of range for every repr.
    let magnitude: i128 = match significant {
        "" => 0,
        _ if significant.len() > 38 => return Err(ParseErrorKind::OutOfRange),
        _ => significant
            .parse()
            .map_err(|_| ParseErrorKind::OutOfRange)?,
    };
    let value = if negative { -magnitude } else { magnitude };
    let code = R::Repr::try_from(value).map_err(|_| ParseErrorKind::OutOfRange)?;
    let status = R::from_code(code).ok_or(ParseErrorKind::UnknownCode(code))?;
    match phrase {
        Some(phrase) if phrase != status.phrase() => Err(ParseErrorKind::WrongPhrase(code)),
        _ => Ok(status),
    }
}

/// A class predicate of `R`, such as `HttpStatus::is_success`.
pub type Predicate<R> = fn(R) -> bool;

/// Checks the classes of `R`; `predicates` are its `is_*` predicates, each with its class.
///
/// The class type lists its classes in ascending order of their ranges, which are not empty and
/// do not overlap; `of` is total and gives the class whose range holds the code, if any; every
/// entry's class holds its code, and of the predicates exactly that class's holds for it.
#[track_caller]
pub fn check_classes<R>(predicates: &[(R::Class, Predicate<R>)])
where
    R: Classified,
    R::Repr: TryFrom<i128>,
{
    let registry = R::TYPE_NAME;
    let classes = <R::Class as ClassType>::ALL;
    assert!(!classes.is_empty(), "{registry}: a class type has classes");
    for pair in classes.windows(2) {
        let (low, high) = (pair[0].range(), pair[1].range());
        assert!(
            low.end() < high.start(),
            "{registry}: classes {low:?} and {high:?}"
        );
        assert!(pair[0] < pair[1], "{registry}: Ord of the classes");
    }
    let mut names = HashSet::new();
    for &class in classes {
        assert!(!class.range().is_empty(), "{registry}: {class:?} has codes");
        assert!(
            names.insert(class.name()),
            "{registry}: two classes are named {class:?}"
        );
        assert_eq!(
            format!("{class:?}"),
            class.name(),
            "{registry}: Debug of {class:?}"
        );
        assert_eq!(
            class.to_string(),
            class.phrase(),
            "{registry}: Display of {class:?}"
        );
        assert!(
            !class.phrase().is_empty(),
            "{registry}: {class:?} has a phrase"
        );
    }
    let listed: Vec<R::Class> = predicates.iter().map(|(class, _)| *class).collect();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, classes, "{registry}: one predicate per class");

    let bounds = classes.iter().flat_map(|class| {
        let range = class.range();
        let (start, end) = (wide(*range.start()), wide(*range.end()));
        [start - 1, start, start + 1, end - 1, end, end + 1]
    });
    for code in codes::<R>(bounds) {
        let holding = classes
            .iter()
            .copied()
            .find(|class| class.range().contains(&code));
        assert_eq!(
            <R::Class as ClassType>::of(code),
            holding,
            "{registry}: class of {code}"
        );
    }
    for &status in R::ALL {
        let class = status.class();
        assert!(
            class.range().contains(&status.code()),
            "{registry}: the class of {status:?}"
        );
        let holding: Vec<R::Class> = predicates
            .iter()
            .filter(|(_, predicate)| predicate(status))
            .map(|(class, _)| *class)
            .collect();
        assert_eq!(holding, [class], "{registry}: the predicates of {status:?}");
    }
}

fn wide<T: Repr>(code: T) -> i128 {
    code.into()
}

/// The codes to try: every code of a repr of up to 16 bits; else the repr's boundaries, powers of
/// two and their neighbours, the `interesting` codes, and random samples.
fn codes<R: Registry>(interesting: impl Iterator<Item = i128>) -> Vec<R::Repr>
where
    R::Repr: TryFrom<i128>,
{
    let (min, max) = (wide(R::Repr::MIN), wide(R::Repr::MAX));
    let narrow = |value: i128| R::Repr::try_from(value).ok();
    if max - min <= i128::from(u16::MAX) {
        return (min..=max).filter_map(narrow).collect();
    }
    let mut wide_codes: Vec<i128> = vec![min, min + 1, -1, 0, 1, max - 1, max];
    for bit in 0..64 {
        let power = 1_i128 << bit;
        wide_codes.extend([power - 1, power, power + 1, -power - 1, -power, -power + 1]);
    }
    wide_codes.extend(interesting);
    let mut random = SplitMix64::seeded_by(R::TYPE_NAME);
    let span = (max - min + 1) as u128;
    wide_codes
        .extend((0..RANDOM_SAMPLES).map(|_| min + (u128::from(random.next_u64()) % span) as i128));
    wide_codes.sort_unstable();
    wide_codes.dedup();
    wide_codes.into_iter().filter_map(narrow).collect()
}

/// The strings to parse: the edge cases of decimal and name parsing, built around the
/// registry's own codes, names and phrases, and seeded random strings.
fn strings<R: Registry>() -> Vec<String> {
    let (min, max) = (wide(R::Repr::MIN), wide(R::Repr::MAX));
    let mut strings: Vec<String> = [
        "",
        " ",
        "+",
        "-",
        "--1",
        "+-1",
        "-+1",
        "++1",
        "0",
        "-0",
        "+0",
        "00",
        "000000000000000000000000000000000000000000001",
        "0x1F",
        "1_000",
        "1e3",
        "1.0",
        "1-",
        " 1",
        "1 ",
        "1\t",
        "\t1",
        "1\n",
        "1  ",
        "١٢٣",
        "１２３",
        "²",
        "é",
        "💥",
        "ALL",
        "COUNT",
        "all",
        "\0",
        "1\0",
        "99999999999999999999999999999999999999999999",
        "-99999999999999999999999999999999999999999999",
        "340282366920938463463374607431768211456",
        "170141183460469231731687303715884105728",
        "-170141183460469231731687303715884105729",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    strings.push("9".repeat(10_000));
    strings.push("A".repeat(10_000));
    strings.push(format!("0{}", "0".repeat(10_000)));
    for value in [min - 1, min, max, max + 1] {
        strings.extend([format!("{value}"), format!("+{value}"), format!("0{value}")]);
    }
    for &status in R::ALL {
        let (code, name, phrase) = (status.code(), status.name(), status.phrase());
        strings.extend([
            format!("+{code}"),
            format!("00{code}"),
            format!("-{code}"),
            format!(" {code}"),
            format!("{code} "),
            format!("{code}  {phrase}"),
            format!("{code} {phrase} "),
            format!("{code} {}", phrase.to_uppercase()),
            format!("{code}\t{phrase}"),
            format!("{code} {name}"),
            format!("{code}{phrase}"),
            format!("+{code} {phrase}"),
            format!("0{code} {phrase}"),
            name.to_lowercase(),
            format!(" {name}"),
            format!("{name} "),
            format!("{name}_"),
            name.chars().skip(1).collect(),
            phrase.to_string(),
        ]);
    }
    let mut random = SplitMix64::seeded_by(R::TYPE_NAME);
    const PIECES: &[&str] = &[
        "0", "1", "4", "9", "+", "-", " ", "_", "A", "z", "é", "Ω", "💥", "\u{0}", "\t", "\n",
        "0x", "\u{200B}", "٣",
    ];
    for _ in 0..RANDOM_SAMPLES {
        let len = random.next_u64() % 12;
        let piece =
            |random: &mut SplitMix64| PIECES[(random.next_u64() % PIECES.len() as u64) as usize];
        strings.push((0..len).map(|_| piece(&mut random)).collect());
    }
    let names: Vec<&str> = R::ALL.iter().map(|status| status.name()).collect();
    for _ in 0..RANDOM_SAMPLES / 10 {
        // A name with one random byte changed, or one character dropped.
        let name = names[(random.next_u64() % names.len() as u64) as usize];
        let mut chars: Vec<char> = name.chars().collect();
        let at = (random.next_u64() % chars.len().max(1) as u64) as usize;
        if random.next_u64() % 2 == 0 {
            chars.truncate(at);
        } else if let Some(c) = chars.get_mut(at) {
            *c = char::from(b' ' + (random.next_u64() % 95) as u8);
        }
        strings.push(chars.into_iter().collect());
    }
    strings
}
