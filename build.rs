//! Writes `$OUT_DIR/large_registry.rs`: a 2,000-entry registry that tests/large_registry.rs
//! includes, with the codes out of order, some descriptions, references and aliases, and classes.
//! The test computes the same table from the same formulas.
//!
//! Also writes `$OUT_DIR/generated_registries.rs`, random well-formed registries that
//! tests/generated_registries.rs includes (build/random_registries.rs).

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
        // 7919 is prime, so the codes are 2,000 distinct values of 10000..=19999, unsorted.
        let code = 10_000 + i * 7_919 % 10_000;
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
    random_registries::write(Path::new(&out_dir));
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
}
