//! Writes `$OUT_DIR/large_registry.rs`: a 2,000-entry registry that tests/large_registry.rs
//! includes, with the codes out of order, some descriptions, references and aliases, and classes.
//! The test computes the same table from the same formulas.
//!
//! Also writes `$OUT_DIR/generated_registries.rs`, random well-formed registries that
//! tests/generated_registries.rs includes (build/random_registries.rs), and for
//! benches/lookups.rs `$OUT_DIR/sparse_registry.rs`, a registry of 300 codes three apart, and
//! `$OUT_DIR/name_maps.rs`, the `phf` maps of both registries' names (the hand-written limit).

#[path = "build/random_registries.rs"]
mod random_registries;

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let mut source = String::from("status_registry! {\n    pub enum Large: u16 {\n");
    source.push_str("        classes Band {\n");
    for band in 0..10 {
        let lo = 10_000 + band * 1_000;
        let _ = writeln!(
            source,
            "            {lo}..={} BAND_{band} \"Band {band}\";",
            lo + 999
        );
    }
    source.push_str("        }\n");
    for i in 0..2_000_u32 {
        let code = large_code(i);
        let _ = write!(source, "        {code} CODE_{code} \"Phrase {code}\"");
        if i % 3 == 0 {
            let _ = write!(source, " \"Description of {code}\"");
        }
        if i % 5 == 0 {
            let _ = write!(source, " [\"REF-{code}\"]");
        }
        source.push_str(";\n");
        if i % 10 == 0 {
            let _ = writeln!(
                source,
                "        #[doc = \"Old name.\"] alias ALIAS_{code} = CODE_{code};"
            );
        }
    }
    source.push_str("    }\n}\n");
    let out_dir = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    fs::write(Path::new(&out_dir).join("large_registry.rs"), source).expect("OUT_DIR is writable");
    write_bench_registries(Path::new(&out_dir));
    random_registries::write(Path::new(&out_dir));
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
}

/// The code of the large registry's entry `i`: 7919 is prime, so the codes of `0..2_000` are
/// 2,000 distinct values of 10000..=19999, unsorted.
fn large_code(i: u32) -> u32 {
    10_000 + i * 7_919 % 10_000
}

/// The codes of benches/lookups.rs's registry of sparse codes: 300, three apart.
fn sparse_codes() -> impl Iterator<Item = u32> {
    (0..300).map(|i| 1_000 + 3 * i)
}

/// `sparse_registry.rs` and `name_maps.rs`, for benches/lookups.rs.
fn write_bench_registries(out_dir: &Path) {
    let mut source = String::from("status_registry! {\n    pub enum Sparse: u16 {\n");
    for code in sparse_codes() {
        let _ = writeln!(
            source,
            "        {code} SPARSE_{code} \"Sparse phrase {code}\" \"Description of {code}\";"
        );
    }
    source.push_str("    }\n}\n");
    fs::write(out_dir.join("sparse_registry.rs"), source).expect("OUT_DIR is writable");

    let mut maps = String::new();
    let map = |maps: &mut String, name: &str, entries: &mut dyn Iterator<Item = (String, u32)>| {
        let _ = writeln!(
            maps,
            "pub static {name}: phf::Map<&'static str, u16> = phf::phf_map! {{"
        );
        for (key, code) in entries {
            let _ = writeln!(maps, "    \"{key}\" => {code},");
        }
        maps.push_str("};\n");
    };
    map(
        &mut maps,
        "SPARSE_NAMES",
        &mut sparse_codes().map(|code| (format!("SPARSE_{code}"), code)),
    );
    map(
        &mut maps,
        "LARGE_NAMES",
        &mut (0..2_000_u32)
            .map(large_code)
            .map(|code| (format!("CODE_{code}"), code)),
    );
    fs::write(out_dir.join("name_maps.rs"), maps).expect("OUT_DIR is writable");
}
