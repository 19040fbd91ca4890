#!/usr/bin/env python3
"""Tables of BENCHMARKS.md from criterion's estimates of `cargo bench --bench lookups`.

Usage: scripts/bench_report.py [CRITERION_DIR] [--runs NAME...]
  CRITERION_DIR: default $CARGO_TARGET_DIR (or target), then /criterion
  --runs: criterion baselines saved by `cargo bench --bench lookups -- --save-baseline NAME`;
          each benchmark's time is then the lowest of its medians in those runs (default: the
          last run, criterion's "new"). Other tenants of a shared machine only ever add time,
          and do so for tens of seconds at once: a whole benchmark, not single samples.

Prints, per input set, the median time per input of every peer for every operation, then the
ratios the targets are stated in: status-registry / the fastest peer crate that supports the
operation, and status-registry / the hand-written limit (the fastest of table, phf, match).
Only the Python standard library is needed.
"""
import json
import os
import sys
from pathlib import Path

OURS = "status-registry"
PEERS = ["http", "strum", "num_enum"]
LIMITS = ["table", "phf", "match"]
COLUMNS = [OURS] + PEERS + LIMITS
# (criterion group, row label, the benchmark that is ours in that row)
OPS = [
    ("code_to_phrase", "code -> phrase: `HttpStatus::from_code` + `phrase`", OURS),
    ("code_to_phrase", "code -> phrase: `HttpStatus::phrase_of`", "status-registry-phrase_of"),
    ("code_to_phrase", "code -> phrase: `StatusCode::new` + `phrase`", "status-registry-open"),
    ("is_registered", "code -> registered?", OURS),
    ("from_name", "name -> variant", OURS),
    ("parse_code", '`"404"` -> status', OURS),
    ("parse_code", '`"404"` -> `StatusCode` (no registration check, as `http`)', "status-registry-open"),
    ("parse_code", '`b"404"` -> `StatusCode::from_bytes`', "status-registry-open-bytes"),
    ("display", "`Display` into a `String`", OURS),
    ("iterate_sum", "iterate all, sum the codes", OURS),
]


def median_per_input(bench_dir: Path, runs):
    """Median nanoseconds per input of one benchmark (the lowest of its medians over `runs`),
    or None when it did not run in all of them."""
    medians = []
    for run in runs:
        estimates = bench_dir / run / "estimates.json"
        benchmark = bench_dir / run / "benchmark.json"
        if not estimates.exists():
            return None
        median = json.loads(estimates.read_text())["median"]["point_estimate"]
        throughput = json.loads(benchmark.read_text()).get("throughput") or {}
        medians.append(median / throughput.get("Elements", 1))
    return min(medians)


def load(root: Path, runs):
    """{(op, size or None): {peer: ns}}"""
    results = {}
    for op in sorted({op for op, _, _ in OPS}):
        for size_dir in sorted(root.glob(f"{op}*")):
            # Groups are named "op/size" (directories "op_size") or "op".
            size = size_dir.name[len(op) + 1:] or None
            for bench_dir in size_dir.iterdir():
                ns = median_per_input(bench_dir, runs)
                if ns is not None:
                    results.setdefault((op, size), {})[bench_dir.name] = ns
    return results


def fmt(ns):
    return "-" if ns is None else (f"{ns:.2f}" if ns < 10 else f"{ns:.1f}")


def ratio(a, b):
    return "-" if a is None or b is None else f"{a / b:.2f}x"


def ours_in(row):
    label, ours_id, peers = row
    return ours_id in peers


def main():
    args = sys.argv[1:]
    runs = ["new"]
    if "--runs" in args:
        at = args.index("--runs")
        runs = args[at + 1:]
        args = args[:at]
    default = Path(os.environ.get("CARGO_TARGET_DIR", "target")) / "criterion"
    root = Path(args[0]) if args else default
    results = load(root, runs)
    if len(runs) > 1:
        print(f"Each time: the lowest of the medians of runs {', '.join(runs)}.")
    sizes = sorted({size for (_, size) in results if size}, key=int)
    for size in sizes + [None]:
        rows = [(label, ours, results.get((op, size))) for op, label, ours in OPS]
        rows = [row for row in rows if row[2] and ours_in(row)]
        if not rows:
            continue
        title = f"{int(size):,} inputs" if size else "independent of the input set"
        print(f"\n#### {title}: median ns per input\n")
        print("| operation | " + " | ".join(COLUMNS) + " | vs best peer | vs limit |")
        print("|---|" + "---:|" * (len(COLUMNS) + 2))
        for label, ours_id, peers in rows:
            ours = peers.get(ours_id)
            best_peer = min((peers[p] for p in PEERS if p in peers), default=None)
            limit = min((peers[p] for p in LIMITS if p in peers), default=None)
            cells = [fmt(ours)] + [fmt(peers.get(column)) for column in COLUMNS[1:]]
            print(f"| {label} | " + " | ".join(cells) + f" | {ratio(ours, best_peer)} | {ratio(ours, limit)} |")


if __name__ == "__main__":
    main()
