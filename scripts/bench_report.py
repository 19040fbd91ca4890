#!/usr/bin/env python3
"""Tables of BENCHMARKS.md from criterion's estimates of `cargo bench --bench lookups`.

Usage: scripts/bench_report.py [CRITERION_DIR] [--runs NAME...]
  CRITERION_DIR: default $CARGO_TARGET_DIR (or target), then /criterion
  --runs: criterion baselines saved by `cargo bench --bench lookups -- --save-baseline NAME`;
          each benchmark's time is then the lowest of its medians in those runs, and each run's
          ratios are printed too (default: the last run, criterion's "new"). Other tenants of a
          shared machine only ever add time, and do so for tens of seconds at once: a whole
          benchmark, not single samples.

Prints, per input set, the median time per input of every peer for every operation, then the
ratios the targets are stated in, for each run and for the lowest medians: status-registry / the
fastest peer crate that answers the same question (for `HttpStatus`'s parse, strum and num_enum,
which check that a code is registered, where `http`'s `from_bytes` does not), and
status-registry / the hand-written limit (the faster of the dense table and the `phf` map: the
limit the issue of these targets names; `match` is printed beside them). The registries of
the macro's own (`sparse_*`, `large_*` groups) have no peer crate, only the limit.
Only the Python standard library is needed.
"""
import json
import os
import sys
from pathlib import Path

OURS = "status-registry"
PEERS = ["http", "strum", "num_enum"]
LIMITS = ["table", "phf"]
COLUMNS = [OURS] + PEERS + LIMITS
# (criterion group, row label, the benchmark that is ours in that row, the peers that answer the
# same question: `http`'s parse does not check that a code is registered, so the row of
# `HttpStatus`'s parse is held to strum's and num_enum's)
OPS = [
    ("code_to_phrase", "code -> phrase: `from_code(c).map(|s| s.phrase())`", OURS, PEERS),
    ("code_to_phrase", "code -> phrase: `HttpStatus::phrase_of`", "status-registry-phrase_of", PEERS),
    ("code_to_phrase", "code -> phrase: `StatusCode::new` + `phrase`", "status-registry-open", PEERS),
    ("is_registered", "code -> registered?: `from_code(c).is_some()`", OURS, PEERS),
    ("from_name", "`from_name(s)`", OURS, PEERS),
    ("parse_code", '`s.parse::<HttpStatus>()`', OURS, ["strum", "num_enum"]),
    ("parse_code", '`s.parse::<StatusCode>()` (no registration check, as `http`)', "status-registry-open", PEERS),
    ("parse_code", '`StatusCode::from_bytes`', "status-registry-open-bytes", PEERS),
    ("display", "`Display` into a `String`", OURS, PEERS),
    ("iterate_sum", "iterate all, sum the codes", OURS, PEERS),
] + [
    (f"{registry}_{op}", f"{label}, {registry}", ours, [])
    for registry in ["sparse", "large"]
    for op, label, ours in [
        ("code_to_phrase", "code -> phrase: `from_code(c).map(|s| s.phrase())`", OURS),
        ("code_to_phrase", "code -> phrase: `phrase_of`", "status-registry-phrase_of"),
        ("is_registered", "code -> registered?: `from_code(c).is_some()`", OURS),
        ("from_name", "`from_name(s)`", OURS),
        ("parse_code", "`s.parse()`", OURS),
        ("display", "`Display` into a `String`", OURS),
    ]
]


def median_per_input(bench_dir: Path, run):
    """Median nanoseconds per input of one benchmark in `run`, or None when it did not run."""
    estimates = bench_dir / run / "estimates.json"
    benchmark = bench_dir / run / "benchmark.json"
    if not estimates.exists():
        return None
    median = json.loads(estimates.read_text())["median"]["point_estimate"]
    throughput = json.loads(benchmark.read_text()).get("throughput") or {}
    return median / throughput.get("Elements", 1)


def load(root: Path, runs):
    """{(op, size or None): {peer: [ns in each run]}}, for the benchmarks that ran in every run."""
    results = {}
    for op in sorted({op for op, _, _, _ in OPS}):
        for size_dir in sorted(root.glob(f"{op}_*")) + sorted(root.glob(op)):
            # Groups are named "op/size" (directories "op_size") or "op".
            size = size_dir.name[len(op) + 1:] or None
            if size is not None and not size.isdigit():
                continue
            for bench_dir in size_dir.iterdir():
                times = [median_per_input(bench_dir, run) for run in runs]
                if None not in times:
                    results.setdefault((op, size), {})[bench_dir.name] = times
    return results


def fmt(ns):
    return "-" if ns is None else (f"{ns:.2f}" if ns < 10 else f"{ns:.1f}")


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
    print(f"Medians of runs {', '.join(runs)}: each time is the lowest of them; each ratio is "
          "of one run's medians, in the order of the runs, then of the lowest.")
    sizes = sorted({size for (_, size) in results if size}, key=int)
    for size in sizes + [None]:
        rows = [(label, ours, peers, results.get((op, size))) for op, label, ours, peers in OPS]
        rows = [row for row in rows if row[3] and row[1] in row[3]]
        if not rows:
            continue
        title = f"{int(size):,} inputs" if size else "independent of the input set"
        print(f"\n#### {title}: median ns per input\n")
        print("| operation | " + " | ".join(COLUMNS) + " | ours / best peer | ours / limit |")
        print("|---|" + "---:|" * (len(COLUMNS) + 2))
        for label, ours_id, peer_ids, times in rows:
            lowest = {name: min(runs_times) for name, runs_times in times.items()}
            cells = [fmt(lowest.get(ours_id))] + [fmt(lowest.get(c)) for c in COLUMNS[1:]]

            def ratios(names):
                names = [name for name in names if name in times]
                if not names:
                    return "-"
                per_run = [times[ours_id][run] / min(times[n][run] for n in names)
                           for run in range(len(runs))]
                best = lowest[ours_id] / min(lowest[n] for n in names)
                return ", ".join(f"{r:.2f}x" for r in per_run + [best])

            print(f"| {label} | " + " | ".join(cells)
                  + f" | {ratios(peer_ids)} | {ratios(LIMITS)} |")


if __name__ == "__main__":
    main()
