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

/// The two input sets, each `INPUTS` codes: `registered` alone, and (`mixed`) nine in ten drawn
/// from `registered`, the rest from `any`.
fn input_sets<T: Copy>(
    name: &str,
    registered: &[T],
    any: impl Fn(u64) -> T,
) -> [(&'static str, Vec<T>); 2] {
    [
        ("registered", inputs(name, registered, 100, &any)),
        ("mixed", inputs(name, registered, 90, &any)),
    ]
}

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

fn close_code(c: &mut Criterion) {
    let registered: Vec<u16> = CloseStatus::iter().map(CloseStatus::code).collect();
    for (set, codes) in input_sets("close_code", &registered, |random| random as u16) {
        let mut group = c.benchmark_group(format!("close_code/{set}"));
        group.throughput(Throughput::Elements(INPUTS as u64));
        group.bench_function("status-registry", |b| {
            b.iter(|| {
                for &code in black_box(&codes) {
                    black_box(CloseCode::from_u16(code).may_receive());
                }
            })
        });
        group.bench_function("tungstenite", |b| {
            b.iter(|| {
                for &code in black_box(&codes) {
                    black_box(TungsteniteCloseCode::from(code).is_allowed());
                }
            })
        });
        group.finish();
    }
}

fn grpc_code(c: &mut Criterion) {
    const UNKNOWN: &str = GrpcStatus::UNKNOWN.description();
    let registered: Vec<i32> = GrpcStatus::iter().map(GrpcStatus::code).collect();
    for (set, codes) in input_sets("grpc_code", &registered, |random| random as i32) {
        let mut group = c.benchmark_group(format!("grpc_code/{set}"));
        group.throughput(Throughput::Elements(INPUTS as u64));
        group.bench_function("status-registry", |b| {
            b.iter(|| {
                for &code in black_box(&codes) {
                    let description = GrpcCode::from_i32(code).description();
                    black_box(description.unwrap_or(UNKNOWN));
                }
            })
        });
        group.bench_function("tonic", |b| {
            b.iter(|| {
                for &code in black_box(&codes) {
                    black_box(tonic::Code::from_i32(code).description());
                }
            })
        });
        group.finish();
    }
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    close_code(&mut criterion);
    grpc_code(&mut criterion);
    criterion.final_summary();
}
