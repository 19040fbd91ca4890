//! `HttpStatus` beside what users pick today, over the same 62 codes and the same inputs.
//!
//! Peers: the `http` crate; an enum derived with `strum`; an enum derived with `num_enum` plus a
//! written phrase match; and the hand-written limit (a dense table indexed by code, a `phf` map,
//! a plain `match`). Every operation runs over two input sets from one seeded generator:
//! 1,024 inputs, which the branch predictor learns, and 65,536, which it cannot. The same
//! lookups run on two registries of the macro's own (`sparse_*` groups: 300 codes three apart;
//! `large_*` groups: 2,000 entries), beside a hand table of the same codes.
//!
//! The bench profile builds with fat LTO (Cargo.toml), as the independent harness of
//! BENCHMARKS.md was built.
//!
//! `cargo bench --bench lookups` runs it (CI only compiles it); `scripts/bench_report.py` turns
//! criterion's estimates into the tables of BENCHMARKS.md. Every benchmark is one pass over the
//! input set: divide criterion's time by the set's size (its throughput says elements/s).
//!
//! With `LOOKUPS_COUNT=ID:PASSES` in the environment, the binary runs no criterion: it makes
//! the inputs and runs the one benchmark `ID` (such as `from_name/1024/strum`) `PASSES` times,
//! for an instruction counter (`scripts/instructions.py` runs it under valgrind);
//! `LOOKUPS_COUNT=list` prints every ID.

#![allow(missing_docs)]

use std::collections::HashSet;
use std::fmt::{self, Write as _};
use std::hint::black_box;
use std::ops::RangeInclusive;
use std::str::FromStr as _;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput};
use status_registry::{status_registry, HttpStatus, StatusCode};
use status_registry_suite::SplitMix64;

/// Calls `$callback!` with HttpStatus's 62 entries: `code NAME "NAME" "code" "phrase",`.
macro_rules! with_http_table {
    ($callback:ident) => {
        $callback! {
        100 CONTINUE "CONTINUE" "100" "Continue",
        101 SWITCHING_PROTOCOLS "SWITCHING_PROTOCOLS" "101" "Switching Protocols",
        102 PROCESSING "PROCESSING" "102" "Processing",
        103 EARLY_HINTS "EARLY_HINTS" "103" "Early Hints",
        200 OK "OK" "200" "OK",
        201 CREATED "CREATED" "201" "Created",
        202 ACCEPTED "ACCEPTED" "202" "Accepted",
        203 NON_AUTHORITATIVE_INFORMATION "NON_AUTHORITATIVE_INFORMATION" "203" "Non-Authoritative Information",
        204 NO_CONTENT "NO_CONTENT" "204" "No Content",
        205 RESET_CONTENT "RESET_CONTENT" "205" "Reset Content",
        206 PARTIAL_CONTENT "PARTIAL_CONTENT" "206" "Partial Content",
        207 MULTI_STATUS "MULTI_STATUS" "207" "Multi-Status",
        208 ALREADY_REPORTED "ALREADY_REPORTED" "208" "Already Reported",
        226 IM_USED "IM_USED" "226" "IM Used",
        300 MULTIPLE_CHOICES "MULTIPLE_CHOICES" "300" "Multiple Choices",
        301 MOVED_PERMANENTLY "MOVED_PERMANENTLY" "301" "Moved Permanently",
        302 FOUND "FOUND" "302" "Found",
        303 SEE_OTHER "SEE_OTHER" "303" "See Other",
        304 NOT_MODIFIED "NOT_MODIFIED" "304" "Not Modified",
        305 USE_PROXY "USE_PROXY" "305" "Use Proxy",
        307 TEMPORARY_REDIRECT "TEMPORARY_REDIRECT" "307" "Temporary Redirect",
        308 PERMANENT_REDIRECT "PERMANENT_REDIRECT" "308" "Permanent Redirect",
        400 BAD_REQUEST "BAD_REQUEST" "400" "Bad Request",
        401 UNAUTHORIZED "UNAUTHORIZED" "401" "Unauthorized",
        402 PAYMENT_REQUIRED "PAYMENT_REQUIRED" "402" "Payment Required",
        403 FORBIDDEN "FORBIDDEN" "403" "Forbidden",
        404 NOT_FOUND "NOT_FOUND" "404" "Not Found",
        405 METHOD_NOT_ALLOWED "METHOD_NOT_ALLOWED" "405" "Method Not Allowed",
        406 NOT_ACCEPTABLE "NOT_ACCEPTABLE" "406" "Not Acceptable",
        407 PROXY_AUTHENTICATION_REQUIRED "PROXY_AUTHENTICATION_REQUIRED" "407" "Proxy Authentication Required",
        408 REQUEST_TIMEOUT "REQUEST_TIMEOUT" "408" "Request Timeout",
        409 CONFLICT "CONFLICT" "409" "Conflict",
        410 GONE "GONE" "410" "Gone",
        411 LENGTH_REQUIRED "LENGTH_REQUIRED" "411" "Length Required",
        412 PRECONDITION_FAILED "PRECONDITION_FAILED" "412" "Precondition Failed",
        413 CONTENT_TOO_LARGE "CONTENT_TOO_LARGE" "413" "Content Too Large",
        414 URI_TOO_LONG "URI_TOO_LONG" "414" "URI Too Long",
        415 UNSUPPORTED_MEDIA_TYPE "UNSUPPORTED_MEDIA_TYPE" "415" "Unsupported Media Type",
        416 RANGE_NOT_SATISFIABLE "RANGE_NOT_SATISFIABLE" "416" "Range Not Satisfiable",
        417 EXPECTATION_FAILED "EXPECTATION_FAILED" "417" "Expectation Failed",
        418 IM_A_TEAPOT "IM_A_TEAPOT" "418" "I'm a Teapot",
        421 MISDIRECTED_REQUEST "MISDIRECTED_REQUEST" "421" "Misdirected Request",
        422 UNPROCESSABLE_CONTENT "UNPROCESSABLE_CONTENT" "422" "Unprocessable Content",
        423 LOCKED "LOCKED" "423" "Locked",
        424 FAILED_DEPENDENCY "FAILED_DEPENDENCY" "424" "Failed Dependency",
        425 TOO_EARLY "TOO_EARLY" "425" "Too Early",
        426 UPGRADE_REQUIRED "UPGRADE_REQUIRED" "426" "Upgrade Required",
        428 PRECONDITION_REQUIRED "PRECONDITION_REQUIRED" "428" "Precondition Required",
        429 TOO_MANY_REQUESTS "TOO_MANY_REQUESTS" "429" "Too Many Requests",
        431 REQUEST_HEADER_FIELDS_TOO_LARGE "REQUEST_HEADER_FIELDS_TOO_LARGE" "431" "Request Header Fields Too Large",
        451 UNAVAILABLE_FOR_LEGAL_REASONS "UNAVAILABLE_FOR_LEGAL_REASONS" "451" "Unavailable For Legal Reasons",
        500 INTERNAL_SERVER_ERROR "INTERNAL_SERVER_ERROR" "500" "Internal Server Error",
        501 NOT_IMPLEMENTED "NOT_IMPLEMENTED" "501" "Not Implemented",
        502 BAD_GATEWAY "BAD_GATEWAY" "502" "Bad Gateway",
        503 SERVICE_UNAVAILABLE "SERVICE_UNAVAILABLE" "503" "Service Unavailable",
        504 GATEWAY_TIMEOUT "GATEWAY_TIMEOUT" "504" "Gateway Timeout",
        505 HTTP_VERSION_NOT_SUPPORTED "HTTP_VERSION_NOT_SUPPORTED" "505" "HTTP Version Not Supported",
        506 VARIANT_ALSO_NEGOTIATES "VARIANT_ALSO_NEGOTIATES" "506" "Variant Also Negotiates",
        507 INSUFFICIENT_STORAGE "INSUFFICIENT_STORAGE" "507" "Insufficient Storage",
        508 LOOP_DETECTED "LOOP_DETECTED" "508" "Loop Detected",
        510 NOT_EXTENDED "NOT_EXTENDED" "510" "Not Extended",
        511 NETWORK_AUTHENTICATION_REQUIRED "NETWORK_AUTHENTICATION_REQUIRED" "511" "Network Authentication Required",
        }
    };
}

/// An enum as `strum` users write it.
mod strum_peer {
    macro_rules! define {
        ($($code:tt $name:ident $name_str:tt $code_str:tt $phrase:tt,)*) => {
            #[derive(
                Clone, Copy, strum::FromRepr, strum::EnumString, strum::EnumMessage, strum::EnumIter,
            )]
            #[repr(u16)]
            #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
            pub enum Status {
                $(#[strum(message = $phrase)] $name = $code,)*
            }
        };
    }
    with_http_table!(define);
}

/// An enum as `num_enum` users write it: the conversions derived, the phrases a written match.
mod num_enum_peer {
    macro_rules! define {
        ($($code:tt $name:ident $name_str:tt $code_str:tt $phrase:tt,)*) => {
            #[derive(Clone, Copy, num_enum::TryFromPrimitive, num_enum::IntoPrimitive)]
            #[repr(u16)]
            #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
            pub enum Status {
                $($name = $code,)*
            }

            impl Status {
                pub fn phrase(self) -> &'static str {
                    match self {
                        $(Self::$name => $phrase,)*
                    }
                }
            }
        };
    }
    with_http_table!(define);
}

/// The hand-written limit: what one would write for this one table, three ways.
mod hand {
    use super::*;

    /// The dense tables hold codes `100..600`, by `code - 100`.
    const SPAN: usize = 500;

    /// The slot of `code` in the dense tables, or one past them (as `get` then answers).
    #[inline]
    pub fn slot(code: u16) -> usize {
        usize::from(code.wrapping_sub(100))
    }

    macro_rules! define {
        ($($code:tt $name:ident $name_str:tt $code_str:tt $phrase:tt,)*) => {
            #[derive(Clone, Copy)]
            #[repr(u16)]
            #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
            pub enum Status {
                $($name = $code,)*
            }

            pub static CODES: &[u16] = &[$($code),*];

            pub static PHRASES: [Option<&str>; SPAN] = {
                let mut table = [None; SPAN];
                $(table[$code - 100] = Some($phrase);)*
                table
            };

            pub static STATUSES: [Option<Status>; SPAN] = {
                let mut table = [None; SPAN];
                $(table[$code - 100] = Some(Status::$name);)*
                table
            };

            pub static DISPLAYS: [&str; SPAN] = {
                let mut table = [""; SPAN];
                $(table[$code - 100] = concat!($code_str, " ", $phrase);)*
                table
            };

            pub static PHRASE_MAP: phf::Map<u16, &str> = phf::phf_map! {
                $($code => $phrase,)*
            };

            pub static NAME_MAP: phf::Map<&str, Status> = phf::phf_map! {
                $($name_str => Status::$name,)*
            };

            pub static CODE_STR_MAP: phf::Map<&str, Status> = phf::phf_map! {
                $($code_str => Status::$name,)*
            };

            pub fn phrase_match(code: u16) -> Option<&'static str> {
                match code {
                    $($code => Some($phrase),)*
                    _ => None,
                }
            }

            pub fn name_match(name: &str) -> Option<Status> {
                match name {
                    $($name_str => Some(Status::$name),)*
                    _ => None,
                }
            }

            pub fn code_str_match(text: &str) -> Option<Status> {
                match text {
                    $($code_str => Some(Status::$name),)*
                    _ => None,
                }
            }

            fn display_match(status: Status) -> &'static str {
                match status {
                    $(Status::$name => concat!($code_str, " ", $phrase),)*
                }
            }
        };
    }
    with_http_table!(define);

    /// `1` to `5` ASCII digits, then the table.
    pub fn parse_by_table(text: &str) -> Option<Status> {
        let code = super::digits(text)?;
        STATUSES.get(slot(code)).copied().flatten()
    }

    /// `Display` by one `write_str` of the line from the dense table.
    pub struct ByTable(pub Status);

    impl fmt::Display for ByTable {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(DISPLAYS[slot(self.0 as u16)])
        }
    }

    /// `Display` by one `write_str` of the line from a `match`.
    pub struct ByMatch(pub Status);

    impl fmt::Display for ByMatch {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(display_match(self.0))
        }
    }
}

/// One input set: the same draws feed every peer. Drawn as the issue of these targets describes
/// the independent harness's (its own copy, which these are not tuned to), seeded, then shuffled.
struct Inputs {
    size: usize,
    /// 70% registered codes, 30% unregistered codes of the registry's window, plus 0, 1000 and
    /// `u16::MAX`.
    codes: Vec<u16>,
    /// `codes` in decimal.
    code_strings: Vec<String>,
    /// 80% registered names, 20% near misses (one letter changed, or lower case) and random
    /// upper-case words.
    names: Vec<String>,
    /// Registered codes only, for `Display`.
    registered: Vec<u16>,
}

impl Inputs {
    /// `size` inputs for a registry of `entries` (code and name), whose unregistered codes are
    /// drawn from `window`.
    fn new(size: usize, seed: u64, entries: &[(u16, &str)], window: RangeInclusive<u16>) -> Self {
        let mut rng = SplitMix64::new(seed);
        let known: HashSet<u16> = entries.iter().map(|&(code, _)| code).collect();
        let entry = |rng: &mut SplitMix64| entries[rng.below(entries.len())];
        let specials = [0, 1000, u16::MAX];
        let registered_codes = size * 7 / 10;
        let mut codes: Vec<u16> = (0..registered_codes).map(|_| entry(&mut rng).0).collect();
        let span = usize::from(window.end() - window.start()) + 1;
        while codes.len() < size - specials.len() {
            let code = window.start() + rng.below(span) as u16;
            if !known.contains(&code) {
                codes.push(code);
            }
        }
        codes.extend(specials);
        shuffle(&mut codes, &mut rng);
        let code_strings = codes.iter().map(u16::to_string).collect();

        let registered_names = size * 8 / 10;
        let mut names: Vec<String> = (0..size)
            .map(|i| {
                let name = entry(&mut rng).1;
                if i < registered_names {
                    name.to_owned()
                } else if i % 2 == 0 {
                    near_miss(name, &mut rng)
                } else {
                    random_word(&mut rng)
                }
            })
            .collect();
        shuffle(&mut names, &mut rng);
        let registered = (0..size).map(|_| entry(&mut rng).0).collect();
        Self {
            size,
            codes,
            code_strings,
            names,
            registered,
        }
    }

    /// The inputs for `HttpStatus` and its peers: unregistered codes of `100..=999`.
    fn http(size: usize, seed: u64) -> Self {
        let entries: Vec<(u16, &str)> = HttpStatus::iter()
            .map(|status| (status.code(), status.name()))
            .collect();
        Self::new(size, seed, &entries, 100..=999)
    }
}

/// Fisher-Yates, from the seeded generator.
fn shuffle<T>(items: &mut [T], rng: &mut SplitMix64) {
    for at in (1..items.len()).rev() {
        items.swap(at, rng.below(at + 1));
    }
}

/// `name` with one letter changed, or in lower case.
fn near_miss(name: &str, rng: &mut SplitMix64) -> String {
    if rng.chance(50) {
        return name.to_ascii_lowercase();
    }
    let mut miss = name.as_bytes().to_vec();
    let at = rng.below(miss.len());
    miss[at] = if miss[at] == b'Q' { b'X' } else { b'Q' };
    String::from_utf8(miss).unwrap_or_default()
}

/// A word of 3 to 24 upper-case letters and underscores, as a registered name looks.
fn random_word(rng: &mut SplitMix64) -> String {
    let length = 3 + rng.below(22);
    (0..length)
        .map(|at| {
            if at > 0 && at + 1 < length && rng.chance(15) {
                '_'
            } else {
                char::from(b'A' + rng.below(26) as u8)
            }
        })
        .collect()
}

/// One to five ASCII digits, as the hand-written parses read a code.
fn digits(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    if bytes.is_empty() || bytes.len() > 5 {
        return None;
    }
    let mut code = 0_u32;
    for &byte in bytes {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        code = code * 10 + u32::from(digit);
    }
    u16::try_from(code).ok()
}

/// One benchmark: a pass of `$body` over every `$input` of `$inputs`, each result black-boxed.
macro_rules! pass {
    ($group:expr, $peer:expr, $inputs:expr, |$input:pat_param| $body:expr) => {
        $group.run($peer, || {
            for $input in black_box($inputs).iter() {
                black_box($body);
            }
        })
    };
}

/// Where the benchmarks go: to criterion, or (with `LOOKUPS_COUNT`) to a fixed count of passes
/// of one of them, whose instructions a counter reads.
enum Bench {
    Criterion(Box<Criterion>),
    /// Runs the benchmark `id` `passes` times; or, if `id` is `list`, prints every ID.
    Count {
        id: String,
        passes: u64,
    },
}

/// The benchmarks of one operation on one input set (criterion's group).
enum Group<'b> {
    Criterion(BenchmarkGroup<'b, WallTime>),
    Count {
        name: String,
        id: &'b str,
        passes: u64,
    },
}

impl Bench {
    fn from_env() -> Bench {
        match std::env::var("LOOKUPS_COUNT") {
            Ok(setting) => {
                let (id, passes) = setting.rsplit_once(':').unwrap_or((&setting, "1"));
                let passes = passes.parse().expect("LOOKUPS_COUNT=ID:PASSES");
                Bench::Count {
                    id: id.to_owned(),
                    passes,
                }
            }
            Err(_) => Bench::Criterion(Box::new(config())),
        }
    }

    /// The group `name`, each benchmark of which is one pass over `elements` inputs.
    fn group(&mut self, name: String, elements: u64) -> Group<'_> {
        match self {
            Bench::Criterion(c) => {
                let mut group = c.benchmark_group(name);
                group.throughput(Throughput::Elements(elements));
                Group::Criterion(group)
            }
            Bench::Count { id, passes } => Group::Count {
                name,
                id,
                passes: *passes,
            },
        }
    }
}

impl Group<'_> {
    /// The benchmark of `peer`: criterion times `pass`, or the count runs it. Both call the
    /// same out-of-line [`one_pass`], so the count is of the code criterion times.
    fn run(&mut self, peer: &str, mut pass: impl FnMut()) {
        match self {
            Group::Criterion(group) => {
                group.bench_function(peer, |b| b.iter(|| one_pass(&mut pass)));
            }
            Group::Count { name, id, passes } => {
                let this = format!("{name}/{peer}");
                if *id == "list" {
                    println!("{this}");
                } else if this == *id {
                    for _ in 0..*passes {
                        one_pass(&mut pass);
                    }
                }
            }
        }
    }

    fn finish(self) {
        if let Group::Criterion(group) = self {
            group.finish();
        }
    }
}

/// One pass of a benchmark: a function of its own in the binary (one per benchmark), the same
/// whether criterion times it or an instruction counter runs it. Its call is in every time (a
/// nanosecond or so).
#[inline(never)]
fn one_pass(pass: &mut impl FnMut()) {
    pass()
}

// Registries of the macro's own, which build.rs writes: 300 codes three apart (`Sparse`), and
// 2,000 entries of 10000..=19999 (`Large`, as tests/large_registry.rs has it).
include!(concat!(env!("OUT_DIR"), "/sparse_registry.rs"));
include!(concat!(env!("OUT_DIR"), "/large_registry.rs"));

/// The `phf` maps of `Sparse`'s and `Large`'s names to their codes (build.rs).
mod name_maps {
    include!(concat!(env!("OUT_DIR"), "/name_maps.rs"));
}

/// The hand-written limit for a registry of the macro's own: dense tables of its codes by
/// `code - lowest`, as `hand` has for HTTP, and the `phf` map of its names.
struct HandTable<T: 'static> {
    lowest: u16,
    phrases: Vec<Option<&'static str>>,
    values: Vec<Option<T>>,
    lines: Vec<&'static str>,
    names: &'static phf::Map<&'static str, u16>,
}

impl<T: Copy> HandTable<T> {
    /// The tables of `entries` (code, value, phrase).
    fn new(
        entries: impl Iterator<Item = (u16, T, &'static str)> + Clone,
        names: &'static phf::Map<&'static str, u16>,
    ) -> Self {
        let lowest = entries.clone().map(|(code, ..)| code).min().unwrap_or(0);
        let highest = entries.clone().map(|(code, ..)| code).max().unwrap_or(0);
        let span = usize::from(highest - lowest) + 1;
        let mut table = Self {
            lowest,
            phrases: vec![None; span],
            values: vec![None; span],
            lines: vec![""; span],
            names,
        };
        for (code, value, phrase) in entries {
            let slot = table.slot(code);
            table.phrases[slot] = Some(phrase);
            table.values[slot] = Some(value);
            table.lines[slot] = String::leak(format!("{code} {phrase}"));
        }
        table
    }

    #[inline]
    fn slot(&self, code: u16) -> usize {
        usize::from(code.wrapping_sub(self.lowest))
    }

    #[inline]
    fn phrase(&self, code: u16) -> Option<&'static str> {
        self.phrases.get(self.slot(code)).copied().flatten()
    }

    #[inline]
    fn value(&self, code: u16) -> Option<T> {
        self.values.get(self.slot(code)).copied().flatten()
    }
}

/// `Display` of a code by one `write_str` of its line from a [`HandTable`].
struct HandLine<'t, T: 'static>(&'t HandTable<T>, u16);

impl<T: Copy> fmt::Display for HandLine<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.lines[self.0.slot(self.1)])
    }
}

/// The lookups of `lookups` on a registry of the macro's own, `$ty`, whose unregistered codes
/// are drawn from `$window`, beside a [`HandTable`] of its codes and `$names`; the groups are
/// named `$prefix`_operation, the seeds `$seed` and the next.
macro_rules! own_registry {
    ($bench:expr, $prefix:literal, $ty:ident, $names:expr, $window:expr, $seed:literal) => {{
        let entries: Vec<(u16, &str)> = $ty::iter()
            .map(|status| (status.code(), status.name()))
            .collect();
        let hand = HandTable::new(
            $ty::iter().map(|status| (status.code(), status, status.phrase())),
            $names,
        );
        for (size, seed) in [(1_024, 0x5EED_0000 + $seed), (65_536, 0x5EED_0001 + $seed)] {
            let inputs = Inputs::new(size, seed, &entries, $window);
            let codes = &inputs.codes[..];
            let names: Vec<&str> = inputs.names.iter().map(String::as_str).collect();
            let names = &names[..];
            let code_strings: Vec<&str> = inputs.code_strings.iter().map(String::as_str).collect();
            let code_strings = &code_strings[..];

            let mut g = group($bench, concat!($prefix, "_code_to_phrase"), size);
            pass!(g, "status-registry", codes, |&code| $ty::from_code(code)
                .map(|status| status.phrase()));
            pass!(g, "status-registry-phrase_of", codes, |&code| {
                $ty::phrase_of(code)
            });
            pass!(g, "table", codes, |&code| hand.phrase(code));
            g.finish();

            let mut g = group($bench, concat!($prefix, "_is_registered"), size);
            pass!(g, "status-registry", codes, |&code| $ty::from_code(code)
                .is_some());
            pass!(g, "table", codes, |&code| hand.value(code).is_some());
            g.finish();

            let mut g = group($bench, concat!($prefix, "_from_name"), size);
            pass!(g, "status-registry", names, |&name| $ty::from_name(name));
            pass!(g, "phf", names, |&name| hand.names.get(name).copied());
            g.finish();

            let mut g = group($bench, concat!($prefix, "_parse_code"), size);
            pass!(g, "status-registry", code_strings, |&text| text
                .parse::<$ty>()
                .ok());
            pass!(g, "table", code_strings, |&text| digits(text)
                .and_then(|code| hand.value(code)));
            g.finish();

            let ours: Vec<$ty> = inputs
                .registered
                .iter()
                .filter_map(|&code| $ty::from_code(code))
                .collect();
            let by_table: Vec<_> = inputs
                .registered
                .iter()
                .map(|&code| HandLine(&hand, code))
                .collect();
            let mut g = group($bench, concat!($prefix, "_display"), size);
            g.run("status-registry", || {
                black_box(each(black_box(&ours)));
            });
            g.run("table", || {
                black_box(each(black_box(&by_table)));
            });
            g.finish();
        }
    }};
}

fn group<'b>(bench: &'b mut Bench, op: &str, size: usize) -> Group<'b> {
    bench.group(format!("{op}/{size}"), size as u64)
}

fn lookups(c: &mut Bench) {
    for (size, seed) in [(1_024, 0x5EED_0001), (65_536, 0x5EED_0002)] {
        let inputs = Inputs::http(size, seed);
        let codes = &inputs.codes[..];
        let names: Vec<&str> = inputs.names.iter().map(String::as_str).collect();
        let names = &names[..];
        let code_strings: Vec<&str> = inputs.code_strings.iter().map(String::as_str).collect();
        let code_strings = &code_strings[..];
        assert_eq!(inputs.size, size);

        let mut g = group(c, "code_to_phrase", size);
        pass!(g, "status-registry", codes, |&code| HttpStatus::from_code(
            code
        )
        .map(HttpStatus::phrase));
        pass!(g, "status-registry-phrase_of", codes, |&code| {
            HttpStatus::phrase_of(code)
        });
        pass!(g, "status-registry-open", codes, |&code| StatusCode::new(
            code
        )
        .and_then(StatusCode::phrase));
        pass!(g, "http", codes, |&code| http::StatusCode::from_u16(code)
            .ok()
            .and_then(|status| status.canonical_reason()));
        pass!(g, "strum", codes, |&code| strum_peer::Status::from_repr(
            code
        )
        .and_then(|status| strum::EnumMessage::get_message(&status)));
        pass!(g, "num_enum", codes, |&code| {
            num_enum_peer::Status::try_from(code)
                .ok()
                .map(num_enum_peer::Status::phrase)
        });
        pass!(g, "table", codes, |&code| hand::PHRASES
            .get(hand::slot(code))
            .copied()
            .flatten());
        pass!(g, "phf", codes, |&code| hand::PHRASE_MAP
            .get(&code)
            .copied());
        pass!(g, "match", codes, |&code| hand::phrase_match(code));
        g.finish();

        let mut g = group(c, "is_registered", size);
        pass!(g, "status-registry", codes, |&code| HttpStatus::from_code(
            code
        )
        .is_some());
        pass!(g, "http", codes, |&code| http::StatusCode::from_u16(code)
            .ok()
            .and_then(|status| status.canonical_reason())
            .is_some());
        pass!(g, "strum", codes, |&code| strum_peer::Status::from_repr(
            code
        )
        .is_some());
        pass!(g, "num_enum", codes, |&code| {
            num_enum_peer::Status::try_from(code).is_ok()
        });
        pass!(g, "table", codes, |&code| hand::STATUSES
            .get(hand::slot(code))
            .is_some_and(Option::is_some));
        pass!(g, "phf", codes, |&code| hand::PHRASE_MAP
            .contains_key(&code));
        pass!(g, "match", codes, |&code| hand::phrase_match(code)
            .is_some());
        g.finish();

        let mut g = group(c, "from_name", size);
        pass!(g, "status-registry", names, |&name| HttpStatus::from_name(
            name
        ));
        pass!(g, "strum", names, |&name| strum_peer::Status::from_str(
            name
        )
        .ok());
        pass!(g, "phf", names, |&name| hand::NAME_MAP.get(name).copied());
        pass!(g, "match", names, |&name| hand::name_match(name));
        g.finish();

        let mut g = group(c, "parse_code", size);
        pass!(g, "status-registry", code_strings, |&text| text
            .parse::<HttpStatus>()
            .ok());
        pass!(g, "status-registry-open", code_strings, |&text| text
            .parse::<StatusCode>()
            .ok());
        pass!(g, "status-registry-open-bytes", code_strings, |&text| {
            StatusCode::from_bytes(text.as_bytes()).ok()
        });
        pass!(g, "http", code_strings, |&text| {
            http::StatusCode::from_bytes(text.as_bytes()).ok()
        });
        pass!(g, "strum", code_strings, |&text| text
            .parse::<u16>()
            .ok()
            .and_then(strum_peer::Status::from_repr));
        pass!(g, "num_enum", code_strings, |&text| text
            .parse::<u16>()
            .ok()
            .and_then(|code| num_enum_peer::Status::try_from(code).ok()));
        pass!(g, "table", code_strings, |&text| hand::parse_by_table(text));
        pass!(g, "phf", code_strings, |&text| hand::CODE_STR_MAP
            .get(text)
            .copied());
        pass!(g, "match", code_strings, |&text| hand::code_str_match(text));
        g.finish();

        display(c, &inputs);
    }
    own_registry!(
        c,
        "sparse",
        Sparse,
        &name_maps::SPARSE_NAMES,
        1_000..=1_897,
        3
    );
    own_registry!(
        c,
        "large",
        Large,
        &name_maps::LARGE_NAMES,
        10_000..=19_999,
        5
    );
    iterate(c);
    responses(c);
}

/// `Display` of each of `statuses` into one reused `String`.
fn each<T: fmt::Display>(statuses: &[T]) -> String {
    let mut line = String::with_capacity(64);
    for status in statuses {
        line.clear();
        let _ = write!(line, "{status}");
        black_box(line.as_str());
    }
    line
}

/// `Display` of registered statuses into one reused `String`.
fn display(c: &mut Bench, inputs: &Inputs) {
    let codes = &inputs.registered;
    let ours: Vec<HttpStatus> = codes
        .iter()
        .filter_map(|&c| HttpStatus::from_code(c))
        .collect();
    let http: Vec<http::StatusCode> = codes
        .iter()
        .filter_map(|&c| http::StatusCode::from_u16(c).ok())
        .collect();
    let strum: Vec<_> = codes
        .iter()
        .filter_map(|&c| strum_peer::Status::from_repr(c))
        .map(StrumLine)
        .collect();
    let num_enum: Vec<_> = codes
        .iter()
        .filter_map(|&c| num_enum_peer::Status::try_from(c).ok())
        .map(NumEnumLine)
        .collect();
    let table: Vec<_> = codes
        .iter()
        .filter_map(|&c| hand::STATUSES[hand::slot(c)])
        .map(hand::ByTable)
        .collect();
    let by_match: Vec<_> = codes
        .iter()
        .filter_map(|&c| hand::STATUSES[hand::slot(c)])
        .map(hand::ByMatch)
        .collect();
    assert!([http.len(), strum.len(), num_enum.len(), table.len()] == [ours.len(); 4]);

    let mut g = group(c, "display", inputs.size);
    g.run("status-registry", || {
        black_box(each(black_box(&ours)));
    });
    g.run("http", || {
        black_box(each(black_box(&http)));
    });
    g.run("strum", || {
        black_box(each(black_box(&strum)));
    });
    g.run("num_enum", || {
        black_box(each(black_box(&num_enum)));
    });
    g.run("table", || {
        black_box(each(black_box(&table)));
    });
    g.run("match", || {
        black_box(each(black_box(&by_match)));
    });
    g.finish();
}

/// `404 Not Found` as a strum user writes it: the code, then the message.
struct StrumLine(strum_peer::Status);

impl fmt::Display for StrumLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let phrase = strum::EnumMessage::get_message(&self.0).unwrap_or_default();
        write!(f, "{} {}", self.0 as u16, phrase)
    }
}

/// `404 Not Found` as a num_enum user writes it: the code, then the written phrase.
struct NumEnumLine(num_enum_peer::Status);

impl fmt::Display for NumEnumLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", u16::from(self.0), self.0.phrase())
    }
}

/// Every entry, summing the codes (62 per pass; the set sizes do not apply).
fn iterate(c: &mut Bench) {
    let mut g = c.group("iterate_sum".to_owned(), HttpStatus::COUNT as u64);
    g.run("status-registry", || {
        black_box(
            black_box(HttpStatus::iter())
                .map(|status| u32::from(status.code()))
                .sum::<u32>(),
        );
    });
    g.run("strum", || {
        black_box(
            black_box(<strum_peer::Status as strum::IntoEnumIterator>::iter())
                .map(|status| u32::from(status as u16))
                .sum::<u32>(),
        );
    });
    g.run("table", || {
        black_box(
            black_box(hand::CODES.iter())
                .map(|&code| u32::from(code))
                .sum::<u32>(),
        );
    });
    g.finish();
}

/// A handler's status as an axum response (the `axum` feature), beside `http::StatusCode`'s:
/// a standard code whose phrase is `http`'s (no extension), and a private code, whose phrase goes
/// in hyper's `ReasonPhrase`, beside setting that extension by hand. One response per iteration,
/// dropped inside it.
fn responses(c: &mut Bench) {
    use axum_core::response::IntoResponse as _;
    use hyper::ext::ReasonPhrase;
    use status_registry_suite::web::Edge;

    let mut g = c.group("into_response".to_owned(), 1);
    g.run("404/status-registry", || {
        black_box(black_box(HttpStatus::NOT_FOUND).into_response());
    });
    g.run("404/http", || {
        black_box(black_box(http::StatusCode::NOT_FOUND).into_response());
    });
    g.run("499/status-registry", || {
        black_box(black_box(Edge::CLIENT_CLOSED_REQUEST).into_response());
    });
    let closed = http::StatusCode::from_u16(499).unwrap();
    g.run("499/http", || {
        black_box(black_box(closed).into_response());
    });
    g.run("499/http+ReasonPhrase", || {
        let mut response = black_box(closed).into_response();
        let reason = ReasonPhrase::from_static(b"Client Closed Request");
        response.extensions_mut().insert(reason);
        black_box(response);
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args()
}

fn main() {
    let mut bench = Bench::from_env();
    lookups(&mut bench);
    if let Bench::Criterion(c) = bench {
        c.final_summary();
    }
}
