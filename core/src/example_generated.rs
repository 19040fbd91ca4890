//! What [`status_registry!`](crate::status_registry!) generates for a small declaration, to read
//! in the documentation: this module exists only there (as bitflags' `example_generated` does),
//! and is not part of the crate's API. The declaration, which gives the same items in a crate
//! of yours with the `macros` feature:
//!
#![doc = concat!(
    "```\n# #[cfg(feature = \"macros\")] {\nuse status_registry::status_registry;\n\n",
    include_str!("example_generated/declaration.rs"),
    "\nlet status: JobStatus = \"TIMEOUT\".parse().unwrap();
assert_eq!(status, JobStatus::TIMED_OUT);
assert_eq!(status.to_string(), \"408 Timed Out\");
assert!(status.is_failed());
assert_eq!(JobClass::of(150), Some(JobClass::PENDING));
let code = JobCode::new(202).unwrap();
assert_eq!((code.known(), code.to_string().as_str()), (None, \"202 (unregistered)\"));
assert_eq!(JobCode::from(JobStatus::RUNNING), JobCode::RUNNING);
# }
```"
)]
//!
//! It generates [`JobStatus`], an enum with one variant per entry (its docs: the table of
//! entries; each variant's: its code, phrase, description and reference), its aliases as
//! associated consts, its `const fn` accessors and lookups, the `is_*` predicate of each class,
//! and the traits: [`Registry`](crate::Registry), the conversions to and from `u16` and
//! strings, comparisons with `u16`, and `Serialize`/`Deserialize` with the `serde` feature. The
//! `classes` block generates [`JobClass`], and the `open` line [`JobCode`], which holds any code
//! of its window, with a constant for each entry.

// As in `http.rs`: the declaration expanded by the macro with the `macros` feature, else the
// expansion kept as source.
#[cfg(feature = "macros")]
use crate::status_registry;
#[cfg(feature = "macros")]
include!("example_generated/declaration.rs");
#[cfg(not(feature = "macros"))]
include!("example_generated/generated.rs");
