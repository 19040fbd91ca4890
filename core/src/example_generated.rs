//! What [`status_registry!`](crate::status_registry!) generates for a small declaration, to read
//! in the documentation: this module exists only there (as bitflags' `example_generated` does),
//! and is not part of the crate's API.
//!
//! The declaration:
//!
//! ```
//! use status_registry::status_registry;
//!
//! status_registry! {
//!     /// The outcome of a job in a build queue: an example registry.
//!     pub enum JobStatus: u16 {
//!         /// Where a job is: its code's hundreds.
//!         classes JobClass {
//!             100..=199 PENDING "Pending";
//!             200..=299 DONE "Done";
//!             400..=499 FAILED "Failed";
//!         }
//!
//!         /// Any code a worker may report, registered or not.
//!         open JobCode in 100..=499;
//!
//!         100 QUEUED "Queued" "Waiting for a worker";
//!         101 RUNNING "Running" "A worker has the job";
//!         200 SUCCEEDED "Succeeded" ["Build API, section 3"];
//!         /// The inputs had not changed since the last run.
//!         204 UP_TO_DATE "Up To Date";
//!         404 NO_SUCH_JOB "No Such Job";
//!         408 TIMED_OUT "Timed Out" "The job ran past its deadline" ["Build API, section 4"];
//!         alias TIMEOUT = TIMED_OUT;
//!     }
//! }
//!
//! let status: JobStatus = "TIMEOUT".parse().unwrap();
//! assert_eq!(status, JobStatus::TIMED_OUT);
//! assert_eq!(status.to_string(), "408 Timed Out");
//! assert!(status.is_failed());
//! assert_eq!(JobClass::of(150), Some(JobClass::PENDING));
//! let code = JobCode::new(202).unwrap();
//! assert_eq!((code.known(), code.to_string().as_str()), (None, "202 (unregistered)"));
//! assert_eq!(JobCode::from(JobStatus::RUNNING), JobCode::RUNNING);
//! ```
//!
//! It generates [`JobStatus`], an enum with one variant per entry (its docs: the table of
//! entries; each variant's: its code, phrase, description and reference), its aliases as
//! associated consts, its `const fn` accessors and lookups, the `is_*` predicate of each class,
//! and the traits: [`Registry`](crate::Registry), the conversions to and from `u16` and
//! strings, comparisons with `u16`, and `Serialize`/`Deserialize` with the `serde` feature. The
//! `classes` block generates [`JobClass`], and the `open` line [`JobCode`], which holds any code
//! of its window, with a constant for each entry.

crate::status_registry! {
    /// The outcome of a job in a build queue: an example registry.
    pub enum JobStatus: u16 {
        /// Where a job is: its code's hundreds.
        classes JobClass {
            100..=199 PENDING "Pending";
            200..=299 DONE "Done";
            400..=499 FAILED "Failed";
        }

        /// Any code a worker may report, registered or not.
        open JobCode in 100..=499;

        100 QUEUED "Queued" "Waiting for a worker";
        101 RUNNING "Running" "A worker has the job";
        200 SUCCEEDED "Succeeded" ["Build API, section 3"];
        /// The inputs had not changed since the last run.
        204 UP_TO_DATE "Up To Date";
        404 NO_SUCH_JOB "No Such Job";
        408 TIMED_OUT "Timed Out" "The job ran past its deadline" ["Build API, section 4"];
        alias TIMEOUT = TIMED_OUT;
    }
}
