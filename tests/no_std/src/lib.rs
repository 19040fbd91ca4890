//! status-registry without std or alloc: a registry with every feature of the declaration
//! language, its lookups evaluated at compile time, and the runtime paths (formatting, parsing,
//! iteration, errors, generic code over the trait) used in code that has only `core`.
//!
//! Built as a `staticlib` with `--cfg no_std_proof` (see .ci/run), this crate brings its own
//! panic handler and no allocator, which rustc accepts only if no crate it links uses std or
//! alloc.
#![no_std]
#![forbid(unsafe_code)]

use core::fmt::{self, Write};

use status_registry::export::{Export, ExportError};
use status_registry::{status_registry, HttpStatus, Registry, StatusClass};

/// The crate's path, named as a renamed dependency would be.
mod runtime {
    pub use status_registry::*;
}

status_registry! {
    /// Temperatures a sensor reports: a signed repr, classes, an open code type, aliases,
    /// descriptions, references, and attributes of every kind.
    #[status_registry(crate = crate::runtime)]
    #[non_exhaustive]
    #[derive(Default)]
    #[cfg_attr(all(), must_use)]
    pub enum Reading: i16 {
        /// Below and above freezing.
        #[cfg_attr(all(), must_use)]
        classes Band {
            /// Ice.
            -0x8000..=-1 FROZEN "Frozen";
            0..=32_767 LIQUID "Liquid";
        }

        /// Any reading the sensor can send, named or not.
        #[derive(Default)]
        open Celsius in -273..=2_000;

        /// The coldest the sensor reads.
        -273 ABSOLUTE_ZERO "Absolute Zero" "The lowest temperature there is" ["SI brochure, 2.3.1"];
        -40 CROSSOVER "Crossover" "Where Celsius and Fahrenheit agree";
        #[default]
        0 FREEZING "Freezing" ["ISO 80000-5"];
        #[deprecated(note = "use BOILING")]
        99 NEARLY_BOILING "Nearly Boiling";
        0x64 BOILING "Boiling";
        1_000 HOT "Hot";
        /// Before the SI redefinition.
        alias ZERO_KELVIN = ABSOLUTE_ZERO;
        #[doc(alias = "ice")]
        alias ICE_POINT = FREEZING;
    }
}

status_registry! {
    /// The readings of a furnace's sensor: all of [`Reading`]'s, and hotter ones.
    #[status_registry(crate = crate::runtime)]
    pub enum FurnaceReading extends Reading {
        1_538 IRON_MELTS "Iron Melts" "The melting point of iron" ["CRC Handbook"];
    }
}

status_registry! {
    /// The errors of the sensor's API, an error catalogue: without the `problem` feature it is a
    /// registry like any other, and its answers cost nothing.
    #[status_registry(crate = crate::runtime)]
    pub enum SensorError: u32 {
        type "https://sensor.example/problems/";
        classes SensorErrorClass {
            40000..=40099 BAD_READING "Bad Reading" => BAD_REQUEST;
            50300..=50399 OFFLINE "Offline" => SERVICE_UNAVAILABLE;
        }
        40001 OUT_OF_RANGE "Out of range";
        50301 SENSOR_OFFLINE "Sensor offline" => 503 type "urn:sensor:offline";
    }
}

const _: () = assert!(SensorError::COUNT == 2);

/// Whether two strings are equal, in a `const` context. Public: Rust 1.85, the minimum version
/// CI builds this crate with, takes a private `const fn` used only by `const` items for dead.
pub const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

// The lookups, accessors and classes, evaluated by the compiler.
const _: () = {
    assert!(matches!(Reading::from_code(-40), Some(Reading::CROSSOVER)));
    assert!(Reading::from_code(1).is_none());
    assert!(matches!(
        Reading::from_name("ZERO_KELVIN"),
        Some(Reading::ABSOLUTE_ZERO)
    ));
    assert!(matches!(
        Reading::from_name("ICE_POINT"),
        Some(Reading::FREEZING)
    ));
    assert!(Reading::from_name("zero_kelvin").is_none());
    assert!(Reading::BOILING.code() == 100);
    assert!(same(Reading::ABSOLUTE_ZERO.name(), "ABSOLUTE_ZERO"));
    assert!(same(Reading::ZERO_KELVIN.name(), "ABSOLUTE_ZERO"));
    assert!(same(Reading::CROSSOVER.phrase(), "Crossover"));
    assert!(same(Reading::HOT.description(), ""));
    assert!(matches!(Reading::FREEZING.reference(), Some(r) if same(r, "ISO 80000-5")));
    assert!(Reading::HOT.reference().is_none());
    assert!(Reading::CROSSOVER.is_frozen() && Reading::FREEZING.is_liquid());
    assert!(matches!(Reading::ABSOLUTE_ZERO.class(), Band::FROZEN));
    assert!(matches!(Band::of(-1), Some(Band::FROZEN)));
    assert!(Band::LIQUID.contains(32_767) && !Band::LIQUID.contains(-1));
    assert!(same(Band::FROZEN.phrase(), "Frozen"));
    assert!(Reading::COUNT == 6 && Reading::ALL.len() == 6 && Band::ALL.len() == 2);
    assert!(matches!(Reading::ALL[0], Reading::ABSOLUTE_ZERO));

    assert!(Celsius::new(-274).is_none() && Celsius::new(2_001).is_none());
    assert!(Celsius::CROSSOVER.code() == -40 && Celsius::ICE_POINT.code() == 0);
    assert!(matches!(Celsius::new(37), Some(code) if code.known().is_none()));
    assert!(
        matches!(Celsius::new(100), Some(code) if matches!(code.known(), Some(Reading::BOILING)))
    );
    assert!(matches!(Celsius::new(-5), Some(code) if code.is_frozen()));

    assert!(matches!(
        FurnaceReading::from_code(1_538),
        Some(FurnaceReading::IRON_MELTS)
    ));
    assert!(matches!(
        FurnaceReading::from_code(-40),
        Some(FurnaceReading::CROSSOVER)
    ));
    assert!(matches!(
        FurnaceReading::from_name("ZERO_KELVIN"),
        Some(FurnaceReading::ABSOLUTE_ZERO)
    ));
    assert!(FurnaceReading::IRON_MELTS.is_liquid());

    assert!(matches!(
        HttpStatus::from_code(404),
        Some(HttpStatus::NOT_FOUND)
    ));
    assert!(matches!(
        HttpStatus::from_name("REQUEST_ENTITY_TOO_LARGE"),
        Some(HttpStatus::CONTENT_TOO_LARGE)
    ));
    assert!(same(HttpStatus::IM_A_TEAPOT.phrase(), "I'm a Teapot"));
    assert!(HttpStatus::GONE.is_client_error());
    assert!(matches!(HttpStatus::OK.class(), StatusClass::SUCCESS));
    assert!(HttpStatus::COUNT == 62);
};

/// A fixed-size text buffer: what formatting writes into without an allocator.
pub struct Buffer {
    bytes: [u8; 64],
    len: usize,
}

impl Buffer {
    /// An empty buffer.
    pub const fn new() -> Self {
        Self {
            bytes: [0; 64],
            len: 0,
        }
    }

    /// What has been written.
    pub fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|bytes| core::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

impl Default for Buffer {
    fn default() -> Self {
        Self::new()
    }
}

impl Write for Buffer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Describes `input` (a code or a name) in `out`, through the generic [`Registry`] trait:
/// `404 Not Found (Client Error)`, or the parse error.
pub fn describe<R: Registry>(input: &str, out: &mut impl Write) -> fmt::Result {
    match input.parse::<R>() {
        Ok(status) => write!(out, "{status} [{}]", status.name()),
        Err(error) => write!(out, "error: {error}"),
    }
}

/// The sum of every code of `R`, through iteration.
pub fn code_sum<R: Registry>() -> i128 {
    R::iter().map(|status| status.code().into()).sum()
}

/// Counts what is written to it: a writer of any length without an allocator.
#[derive(Default)]
pub struct Counter(pub usize);

impl Write for Counter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// The lengths of [`Reading`]'s Python, TypeScript and Markdown exports, written without an
/// allocator.
pub fn export_lengths() -> Result<[usize; 3], ExportError> {
    let export = Export::<Reading>::classified();
    let (mut python, mut typescript, mut markdown) = (Counter(0), Counter(0), Counter(0));
    export.python(&mut python)?;
    export.typescript(&mut typescript)?;
    export.markdown(&mut markdown)?;
    Ok([python.0, typescript.0, markdown.0])
}

/// The panic handler of the staticlib build; any crate that linked std would bring a second one.
#[cfg(no_std_proof)]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {
        core::hint::spin_loop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described<R: Registry>(input: &str) -> Buffer {
        let mut out = Buffer::new();
        describe::<R>(input, &mut out).unwrap();
        out
    }

    #[test]
    fn formats_and_parses_without_an_allocator() {
        assert_eq!(
            described::<Reading>("-40").as_str(),
            "-40 Crossover [CROSSOVER]"
        );
        assert_eq!(
            described::<Reading>("ICE_POINT").as_str(),
            "0 Freezing [FREEZING]"
        );
        assert_eq!(
            described::<Reading>("5").as_str(),
            "error: 5 is not a registered Reading code"
        );
        assert_eq!(
            described::<HttpStatus>("418").as_str(),
            "418 I'm a Teapot [IM_A_TEAPOT]"
        );
        let mut padded = Buffer::new();
        write!(padded, "[{:>16}]", Reading::HOT).unwrap();
        assert_eq!(padded.as_str(), "[        1000 Hot]");
    }

    #[test]
    fn exports_without_an_allocator() {
        let [python, typescript, markdown] = export_lengths().unwrap();
        // Each holds every entry's name and phrase.
        let names_and_phrases: usize = Reading::iter()
            .map(|reading| reading.name().len() + reading.phrase().len())
            .sum();
        for length in [python, typescript, markdown] {
            assert!(length > names_and_phrases, "{length}");
        }
        // A writer that refuses more text fails the export with an error, not a panic.
        let mut short = Buffer::new();
        let export = Export::<Reading>::classified();
        assert_eq!(export.python(&mut short), Err(ExportError::Write));
        // What fitted: the pieces before the one the buffer refused.
        assert_eq!(short.as_str(), "# Reading");
    }

    #[test]
    fn iterates_and_converts() {
        assert_eq!(code_sum::<Reading>(), -273 - 40 + 99 + 100 + 1_000);
        assert_eq!(Reading::default(), Reading::FREEZING);
        assert_eq!(Reading::try_from(-273_i16), Ok(Reading::ZERO_KELVIN));
        assert_eq!(i16::from(Reading::HOT), 1_000);
        assert!(Reading::CROSSOVER < Reading::FREEZING && Reading::HOT == 1_000);
        assert_eq!(Celsius::default().code(), 0);
        assert_eq!(Celsius::try_from(37_i16).map(i16::from), Ok(37));
        assert_eq!(Celsius::from(Reading::HOT), Celsius::HOT);
        assert_eq!(code_sum::<FurnaceReading>(), code_sum::<Reading>() + 1_538);
    }

    #[test]
    fn open_codes_format_and_parse_without_an_allocator() {
        let mut out = Buffer::new();
        write!(out, "{} / {}", Celsius::new(37).unwrap(), Celsius::BOILING).unwrap();
        assert_eq!(out.as_str(), "37 (unregistered) / 100 Boiling");
        assert_eq!("ICE_POINT".parse::<Celsius>(), Ok(Celsius::FREEZING));
        let mut error = Buffer::new();
        write!(error, "{}", "3000".parse::<Celsius>().unwrap_err()).unwrap();
        assert!(error.as_str().contains("Celsius"));
    }
}
