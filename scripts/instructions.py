#!/usr/bin/env python3
"""Instructions and mispredicted branches per input of every benchmark of `benches/lookups.rs`,
counted by valgrind.

Usage: scripts/instructions.py [FILTER...]
  FILTER: run only the benchmarks whose ID contains one of these (default: all of them).

Builds the bench binary (`cargo bench --bench lookups --no-run`), then runs each benchmark
under `valgrind --tool=cachegrind --cache-sim=no --branch-sim=yes` twice, with
`LOOKUPS_COUNT=ID:P` and `ID:2P`: the difference is P passes of that benchmark alone (setting
up the inputs counts the same in both), divided by P times the inputs of a pass. Unlike times,
the counts do not move with the machine's load or clock, so a later change can be held to them.
The mispredictions are those of cachegrind's simulated predictor (2-bit counters indexed by a
conditional branch's address and the outcomes of the last few branches; the last target of an
indirect one): not any one CPU's, but the same on every machine, and they tell a branch the
inputs decide from one they do not. Its history is short: it mispredicts the exit of the loop over
a 5-digit code's digits on every parse, and not that over 4 digits (BENCHMARKS.md).

Prints two tables: the instructions per input of every peer for every operation, and the
mispredicted branches per input; each with ours / the fewest of the peer crates and ours / the
fewest of the hand-written limits (the dense table and the `phf` map; a `match` is printed beside
them). Only the Python standard library and valgrind are needed.
"""
import json
import re
import subprocess
import sys

OURS = ["status-registry", "status-registry-phrase_of", "status-registry-open",
        "status-registry-open-bytes"]
PEERS = ["http", "strum", "num_enum"]
LIMITS = ["table", "phf"]


def bench_binary():
    """The path of the lookups bench binary, built if needed."""
    out = subprocess.run(
        ["cargo", "bench", "--bench", "lookups", "--no-run", "--message-format=json"],
        check=True, capture_output=True, text=True,
    ).stdout
    for line in out.splitlines():
        message = json.loads(line)
        target = message.get("target", {})
        if message.get("reason") == "compiler-artifact" and target.get("name") == "lookups":
            if message.get("executable"):
                return message["executable"]
    sys.exit("no lookups bench binary was built")


def counts(binary, setting):
    """Instructions and mispredicted branches of the binary with LOOKUPS_COUNT=setting."""
    run = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--branch-sim=yes",
         "--cachegrind-out-file=/dev/null", binary],
        env={"LOOKUPS_COUNT": setting, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=True,
    )
    found = [re.search(pattern + r":\s+([\d,]+)", run.stderr)
             for pattern in (r"I\s+refs", r"Mispredicts")]
    if not all(found):
        sys.exit(f"no instruction or misprediction count for {setting}:\n{run.stderr}")
    return [int(match.group(1).replace(",", "")) for match in found]


def inputs_per_pass(bench_id):
    """How many inputs one pass of the benchmark handles: the set size in its ID, 62 entries for
    iterate_sum, one response for into_response."""
    parts = bench_id.split("/")
    if parts[0] == "iterate_sum":
        return 62
    if parts[0] == "into_response":
        return 1
    return int(parts[1])


def main():
    filters = sys.argv[1:]
    binary = bench_binary()
    listed = subprocess.run([binary], env={"LOOKUPS_COUNT": "list"},
                            capture_output=True, text=True, check=True).stdout.split()
    ids = [i for i in listed if not filters or any(f in i for f in filters)]
    per_input = {}
    for bench_id in ids:
        per_pass = inputs_per_pass(bench_id)
        passes = max(1, 200_000 // per_pass)
        once = counts(binary, f"{bench_id}:{passes}")
        twice = counts(binary, f"{bench_id}:{2 * passes}")
        per_input[bench_id] = [(b - a) / (passes * per_pass) for a, b in zip(once, twice)]
        instructions, mispredicts = per_input[bench_id]
        print(f"{bench_id}\t{instructions:.2f}\t{mispredicts:.4f}", file=sys.stderr)

    groups = {}
    for bench_id, count in per_input.items():
        group, peer = bench_id.rsplit("/", 1)
        if group.startswith("into_response"):
            group, peer = "into_response", bench_id.split("/", 1)[1]
        groups.setdefault(group, {})[peer] = count
    columns = OURS + PEERS + LIMITS + ["match"]
    for title, which, digits in [("Instructions per input", 0, 1),
                                 ("Mispredicted branches per input", 1, 3)]:
        print(f"\n{title}:\n")
        print("| operation | " + " | ".join(columns) + " | ours / best peer | ours / limit |")
        print("|---" * (len(columns) + 3) + "|")
        for group, peers in groups.items():
            if group == "into_response":
                continue
            value = {peer: count[which] for peer, count in peers.items()}
            cells = [f"{value[c]:.{digits}f}" if c in value else "" for c in columns]
            ours = value.get("status-registry",
                             min((value[c] for c in OURS if c in value), default=None))
            best_peer = min((value[c] for c in PEERS if c in value), default=None)
            limit = min((value[c] for c in LIMITS if c in value), default=None)
            # A ratio over a count of nothing (a limit with no mispredictions) is the difference.
            ratio = (lambda other: "" if ours is None or other is None
                     else f"{ours / other:.2f}x" if other > 0.0005
                     else f"+{ours - other:.{digits}f}")
            print(f"| {group} | " + " | ".join(cells)
                  + f" | {ratio(best_peer)} | {ratio(limit)} |")
    if "into_response" in groups:
        print()
        print("| into_response | instructions | mispredicted branches |")
        print("|---|---|---|")
        for peer, (instructions, mispredicts) in groups["into_response"].items():
            print(f"| {peer} | {instructions:.1f} | {mispredicts:.3f} |")


if __name__ == "__main__":
    main()
