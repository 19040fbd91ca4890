//! The registries beyond HTTP beside the crates their ecosystems use, side by side in one run,
//! over the same inputs:
//!
//! - `close_code`: a WebSocket close code from a `u16` and whether a received Close frame may
//!   carry it, `CloseCode::from_u16(code).may_receive()`, beside tungstenite's
//!   `CloseCode::from(code).is_allowed()`;
//! - `grpc_code`: a gRPC code from an `i32` and its description (UNKNOWN's for a code that is
//!   not registered, as tonic folds it), beside tonic's `Code::from_i32(code).description()`.
//!
//! Each runs over two sets of 4,096 codes from one seeded generator: `registered`, codes of the
//! registry only (what a peer sends nearly always), and `mixed`, where one code in ten is any
//! value of the repr. `cargo bench --bench peers` runs it (CI only compiles it); BENCHMARKS.md
//! has the numbers. Every benchmark is one pass over the set.

#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use status_registry::grpc::{GrpcCode, GrpcStatus};
use status_registry::websocket::{CloseCode, CloseStatus};
use status_registry_suite::SplitMix64;
use tungstenite::protocol::frame::coding::CloseCode as TungsteniteCloseCode;

const INPUTS: usize = 4096;

/// `INPUTS` codes: `percent` in a hundred drawn from `registered`, the rest from `any`.
fn inputs<T: Copy>(name: &str, registered: &[T], percent: u64, any: impl Fn(u64) -> T) -> Vec<T> {
    let mut random = SplitMix64::seeded_by(name);
    (0..INPUTS)
        .map(|_| {
            if random.chance(percent) {
                registered[random.below(registered.len())]
            } else {
                any(random.next_u64())
            }
        })
        .collect()
}

/// Where the benchmarks go: to criterion, or (with `PEERS_COUNT=ID:PASSES`) to `PASSES` passes
/// of the one benchmark `ID` (such as `grpc_code/mixed/tonic`), whose instructions a counter
/// reads; `PEERS_COUNT=list` prints every ID.
enum Bench {
    Criterion(Box<Criterion>),
    Count { id: String, passes: u64 },
}

/// The group `name/registered` and the group `name/mixed`, each of `ours` and the peer's
/// `theirs` over the same inputs: codes of `registered` alone, then nine in ten drawn from it
/// and the rest from `any`.
fn side_by_side<T: Copy, A, B>(
    bench: &mut Bench,
    name: &str,
    (registered, any): (&[T], impl Fn(u64) -> T),
    ours: impl Fn(T) -> A,
    (peer, theirs): (&str, impl Fn(T) -> B),
) {
    for (set, percent) in [("registered", 100), ("mixed", 90)] {
        let codes = inputs(name, registered, percent, &any);
        let group_name = format!("{name}/{set}");
        match bench {
            Bench::Criterion(criterion) => {
                let mut group = criterion.benchmark_group(group_name);
                group.throughput(Throughput::Elements(INPUTS as u64));
                group.bench_function("status-registry", |b| b.iter(|| pass(&codes, &ours)));
                group.bench_function(peer, |b| b.iter(|| pass(&codes, &theirs)));
                group.finish();
            }
            Bench::Count { id, passes } => {
                let ours_id = format!("{group_name}/status-registry");
                let theirs_id = format!("{group_name}/{peer}");
                if id == "list" {
                    println!("{ours_id}\n{theirs_id}");
                }
                for _ in 0..*passes {
                    if *id == ours_id {
                        pass(&codes, &ours);
                    } else if *id == theirs_id {
                        pass(&codes, &theirs);
                    }
                }
            }
        }
    }
}

/// One pass of `each` over `codes`, whose results the optimizer may not drop.
#[inline(always)]
fn pass<T: Copy, R>(codes: &[T], each: impl Fn(T) -> R) {
    for &code in black_box(codes) {
        black_box(each(code));
    }
}

fn close_code(bench: &mut Bench) {
    let registered: Vec<u16> = CloseStatus::iter().map(CloseStatus::code).collect();
    side_by_side(
        bench,
        "close_code",
        (&registered, |random| random as u16),
        |code| CloseCode::from_u16(code).may_receive(),
        ("tungstenite", |code| {
            TungsteniteCloseCode::from(code).is_allowed()
        }),
    );
}

fn grpc_code(bench: &mut Bench) {
    const UNKNOWN: &str = GrpcStatus::UNKNOWN.description();
    let registered: Vec<i32> = GrpcStatus::iter().map(GrpcStatus::code).collect();
    side_by_side(
        bench,
        "grpc_code",
        (&registered, |random| random as i32),
        |code| GrpcCode::from_i32(code).description().unwrap_or(UNKNOWN),
        ("tonic", |code| tonic::Code::from_i32(code).description()),
    );
}

fn main() {
    let mut bench = match std::env::var("PEERS_COUNT") {
        Ok(setting) => {
            let (id, passes) = setting.split_once(':').unwrap_or((&setting, "0"));
            let passes = passes.parse().expect("PEERS_COUNT=ID:PASSES");
            Bench::Count {
                id: id.to_owned(),
                passes,
            }
        }
        Err(_) => Bench::Criterion(Box::new(
            Criterion::default()
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(3))
                .configure_from_args(),
        )),
    };
    close_code(&mut bench);
    grpc_code(&mut bench);
    if let Bench::Criterion(criterion) = bench {
        criterion.final_summary();
    }
}
