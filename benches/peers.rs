//! The registries beyond HTTP beside the crates their ecosystems use, side by side in one run,
//! over the same inputs:
//!
//! - `close_code`: a WebSocket close code from a `u16` and whether a received Close frame may
//!   carry it, `CloseCode::from_u16(code).may_receive()`, beside tungstenite's
//!   `CloseCode::from(code).is_allowed()`;
//! - `grpc_code`: a gRPC code from an `i32` and its description, beside tonic's
//!   `Code::from_i32(code).description()`: `GrpcCode::from_i32(code).description()` as a user
//!   writes it, whose `None` says that the code is not registered (`status-registry`), and the
//!   same folded into UNKNOWN's description with `unwrap_or`, as tonic folds the code
//!   (`status-registry-folded`).
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

/// One pass over a set of codes, named: ours, or the peer's.
type Pass<'a, T> = (&'a str, &'a dyn Fn(&[T]));

/// The group `name/registered` and the group `name/mixed`, each of every pass of `passes` (ours,
/// then the peer's) over the same inputs: codes of `registered` alone, then nine in ten drawn
/// from it and the rest from `any`.
fn side_by_side<T: Copy>(
    bench: &mut Bench,
    name: &str,
    (registered, any): (&[T], impl Fn(u64) -> T),
    passes: &[Pass<'_, T>],
) {
    for (set, percent) in [("registered", 100), ("mixed", 90)] {
        let codes = inputs(name, registered, percent, &any);
        let group_name = format!("{name}/{set}");
        match bench {
            Bench::Criterion(criterion) => {
                let mut group = criterion.benchmark_group(group_name);
                group.throughput(Throughput::Elements(INPUTS as u64));
                for (id, each) in passes {
                    group.bench_function(*id, |b| b.iter(|| each(&codes)));
                }
                group.finish();
            }
            Bench::Count { id, passes: count } => {
                for (pass_id, each) in passes {
                    let pass_id = format!("{group_name}/{pass_id}");
                    if id == "list" {
                        println!("{pass_id}");
                    }
                    if *id == pass_id {
                        (0..*count).for_each(|_| each(&codes));
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
        &[
            ("status-registry", &|codes| {
                pass(codes, |code| CloseCode::from_u16(code).may_receive());
            }),
            ("tungstenite", &|codes| {
                pass(codes, |code| TungsteniteCloseCode::from(code).is_allowed());
            }),
        ],
    );
}

fn grpc_code(bench: &mut Bench) {
    const UNKNOWN: &str = GrpcStatus::UNKNOWN.description();
    let registered: Vec<i32> = GrpcStatus::iter().map(GrpcStatus::code).collect();
    side_by_side(
        bench,
        "grpc_code",
        (&registered, |random| random as i32),
        &[
            ("status-registry", &|codes| {
                pass(codes, |code| GrpcCode::from_i32(code).description());
            }),
            ("status-registry-folded", &|codes| {
                pass(codes, |code| {
                    GrpcCode::from_i32(code).description().unwrap_or(UNKNOWN)
                });
            }),
            ("tonic", &|codes| {
                pass(codes, |code| tonic::Code::from_i32(code).description());
            }),
        ],
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
