//! Problems (RFC 9457) beside the crates users pick for them, `http-api-problem` and
//! `problem_details`, in one run: each builds a problem with a detail and one extension member
//! and writes it as a body; answers with it as an axum response (`into_response`, body
//! included); and reads a body back.
//!
//! Each side writes the same members: `type`, `status`, `title`, `detail`, and `user_id`; ours
//! adds its `code`. The detail is a `&'static str`, which each takes as its API allows (ours
//! borrows it; the others copy it into a `String`). `problem_details` gets its extension as a
//! typed struct, its fastest way; `http-api-problem` as a JSON value in its map.
//!
//! Before criterion runs, the binary counts each operation's allocations with a counting global
//! allocator and prints them (BENCHMARKS.md puts them beside the times).
//!
//! `cargo bench --bench problem -- --warm-up-time 1 --measurement-time 3`

#![allow(missing_docs)]

use std::alloc::System;
use std::hint::black_box;
use std::time::Duration;

use axum_core::response::IntoResponse;
use criterion::Criterion;
use serde::{Deserialize, Serialize};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use status_registry::problem::Problem;
use status_registry_suite::catalogue::ApiError;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const TYPE: &str = "https://shop.example.com/problems/user-not-found";
const DETAIL: &str = "No user has the id 42";

/// problem_details' typed extension members.
#[derive(Serialize, Deserialize)]
struct UserExtension {
    user_id: u32,
}

/// What problem_details reads: its extension members, typed.
#[derive(Serialize, Deserialize)]
struct ReadExtension {
    code: u32,
    user_id: u32,
}

fn ours() -> Problem<ApiError> {
    Problem::new(ApiError::USER_NOT_FOUND)
        .with_detail(DETAIL)
        .with_extension("user_id", 42)
        .unwrap_or_else(|_| Problem::new(ApiError::USER_NOT_FOUND))
}

fn http_api_problem() -> http_api_problem::HttpApiProblem {
    http_api_problem::HttpApiProblem::new(http::StatusCode::NOT_FOUND)
        .type_url(TYPE)
        .title("User not found")
        .detail(DETAIL)
        .value("user_id", &42)
}

fn problem_details() -> problem_details::ProblemDetails<UserExtension> {
    problem_details::ProblemDetails::new()
        .with_type(http::Uri::from_static(TYPE))
        .with_status(http::StatusCode::NOT_FOUND)
        .with_title("User not found")
        .with_detail(DETAIL)
        .with_extensions(UserExtension { user_id: 42 })
}

/// The body each reads back: the one ours writes.
fn body() -> Vec<u8> {
    ours().to_body()
}

/// The operations, each under its peer's name: `(group, peer, operation)`.
type Operation = Box<dyn Fn()>;

fn operations() -> Vec<(&'static str, &'static str, Operation)> {
    let body = body();
    let (a, b, c) = (body.clone(), body.clone(), body);
    vec![
        (
            "build_and_write",
            "status-registry",
            Box::new(|| {
                black_box(black_box(ours()).to_body());
            }),
        ),
        (
            "build_and_write",
            "http-api-problem",
            Box::new(|| {
                black_box(black_box(http_api_problem()).json_bytes());
            }),
        ),
        (
            "build_and_write",
            "problem_details",
            Box::new(|| {
                black_box(serde_json::to_vec(&black_box(problem_details())).unwrap_or_default());
            }),
        ),
        (
            "into_response",
            "status-registry",
            Box::new(|| {
                black_box(black_box(ours()).into_response());
            }),
        ),
        (
            "into_response",
            "http-api-problem",
            Box::new(|| {
                black_box(black_box(http_api_problem()).into_response());
            }),
        ),
        (
            "into_response",
            "problem_details",
            Box::new(|| {
                black_box(black_box(problem_details()).into_response());
            }),
        ),
        (
            "parse",
            "status-registry",
            Box::new(move || {
                black_box(Problem::<ApiError>::from_body(black_box(&a)).ok());
            }),
        ),
        (
            "parse",
            "http-api-problem",
            Box::new(move || {
                black_box(
                    serde_json::from_slice::<http_api_problem::HttpApiProblem>(black_box(&b)).ok(),
                );
            }),
        ),
        (
            "parse",
            "problem_details",
            Box::new(move || {
                black_box(
                    serde_json::from_slice::<problem_details::ProblemDetails<ReadExtension>>(
                        black_box(&c),
                    )
                    .ok(),
                );
            }),
        ),
    ]
}

/// Allocations (and bytes) of one run of each operation, averaged over 1,000 runs.
fn count_allocations(operations: &[(&str, &str, Operation)]) {
    const RUNS: usize = 1_000;
    println!("allocations per operation (and bytes allocated):");
    for (group, peer, operation) in operations {
        operation();
        let region = Region::new(GLOBAL);
        for _ in 0..RUNS {
            operation();
        }
        let change = region.change();
        println!(
            "  {group}/{peer}: {:.1} ({:.0} bytes)",
            change.allocations as f64 / RUNS as f64,
            change.bytes_allocated as f64 / RUNS as f64
        );
    }
}

fn main() {
    let operations = operations();
    count_allocations(&operations);
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = criterion.benchmark_group("problem");
    for (name, peer, operation) in &operations {
        group.bench_function(format!("{name}/{peer}"), |b| b.iter(operation));
    }
    group.finish();
    criterion.final_summary();
}
