#!/usr/bin/env python3
"""Tables of BENCHMARKS.md from criterion's estimates of `cargo bench --bench lookups`.

Usage: scripts/bench_report.py [CRITERION_DIR]   (default: $CARGO_TARGET_DIR or target, /criterion)

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
    ("code_to_phrase", "code -> phrase: `StatusCode::new` + `phrase`", "status-registry-open"),
    ("is_registered", "code -> registered?", OURS),
    ("from_name", "name -> variant", OURS),
    ("parse_code", '`"404"` -> status', OURS),
    ("display", "`Display` into a `String`", OURS),
    ("iterate_sum", "iterate all, sum the codes", OURS),
]


def median_per_input(bench_dir: Path):
    """Median nanoseconds per input of one benchmark, or None when it did not run."""
    estimates = bench_dir / "new" / "estimates.json"
    benchmark = bench_dir / "new" / "benchmark.json"
    if not estimates.exists():
        return None
    median = json.loads(estimates.read_text())["median"]["point_estimate"]
    throughput = json.loads(benchmark.read_text()).get("throughput") or {}
    return median / throughput.get("Elements", 1)


def load(root: Path):
    """{(op, size or None): {peer: ns}}"""
    results = {}
    for op in sorted({op for op, _, _ in OPS}):
        for size_dir in sorted(root.glob(f"{op}*")):
            # Groups are named "op/size" (directories "op_size") or "op".
            size = size_dir.name[len(op) + 1:] or None
            for bench_dir in size_dir.iterdir():
                ns = median_per_input(bench_dir)
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
    default = Path(os.environ.get("CARGO_TARGET_DIR", "target")) / "criterion"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    results = load(root)
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
