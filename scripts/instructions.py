#!/usr/bin/env python3
"""Instructions per input of every benchmark of `benches/lookups.rs`, counted by valgrind.

Usage: scripts/instructions.py [FILTER...]
  FILTER: run only the benchmarks whose ID contains one of these (default: all of them).

Builds the bench binary (`cargo bench --bench lookups --no-run`), then runs each benchmark
under `valgrind --tool=cachegrind --cache-sim=no` twice, with `LOOKUPS_COUNT=ID:P` and
`ID:2P`: the difference is P passes of that benchmark alone (setting up the inputs counts the
same in both), divided by P times the inputs of a pass. Unlike times, the counts do not move
with the machine's load or clock, so a later change can be held to them; they do not see
cache misses or mispredicted branches, which the times do (the 65,536-input sets).

Prints a table per input set: the instructions per input of every peer for every operation,
and ours / the fewest of the peer crates and ours / the fewest of the hand-written limits.
Only the Python standard library and valgrind are needed.
"""
import json
import re
import subprocess
import sys

OURS = ["status-registry", "status-registry-phrase_of", "status-registry-open",
        "status-registry-open-bytes"]
PEERS = ["http", "strum", "num_enum"]
LIMITS = ["table", "phf", "match"]


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


def instructions(binary, setting):
    """Instructions the binary runs with LOOKUPS_COUNT=setting."""
    run = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         binary],
        env={"LOOKUPS_COUNT": setting, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=True,
    )
    match = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if not match:
        sys.exit(f"no instruction count for {setting}:\n{run.stderr}")
    return int(match.group(1).replace(",", ""))


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
    counts = {}
    for bench_id in ids:
        per_pass = inputs_per_pass(bench_id)
        passes = max(1, 200_000 // per_pass)
        once = instructions(binary, f"{bench_id}:{passes}")
        twice = instructions(binary, f"{bench_id}:{2 * passes}")
        counts[bench_id] = (twice - once) / (passes * per_pass)
        print(f"{bench_id}\t{counts[bench_id]:.2f}", file=sys.stderr)

    groups = {}
    for bench_id, count in counts.items():
        group, peer = bench_id.rsplit("/", 1)
        if group.startswith("into_response"):
            group, peer = "into_response", bench_id.split("/", 1)[1]
        groups.setdefault(group, {})[peer] = count
    columns = OURS + PEERS + LIMITS
    print("| operation | " + " | ".join(columns) + " | ours / best peer | ours / limit |")
    print("|---" * (len(columns) + 3) + "|")
    for group, peers in groups.items():
        if group == "into_response":
            continue
        cells = [f"{peers[c]:.1f}" if c in peers else "" for c in columns]
        ours = min(peers[c] for c in OURS if c in peers) if any(c in peers for c in OURS) else None
        ours = peers.get("status-registry", ours)
        best_peer = min((peers[c] for c in PEERS if c in peers), default=None)
        limit = min((peers[c] for c in LIMITS if c in peers), default=None)
        ratio = lambda other: f"{ours / other:.2f}x" if ours and other else ""
        print(f"| {group} | " + " | ".join(cells) + f" | {ratio(best_peer)} | {ratio(limit)} |")
    if "into_response" in groups:
        print()
        print("| into_response | instructions |")
        print("|---|---|")
        for peer, count in groups["into_response"].items():
            print(f"| {peer} | {count:.1f} |")


if __name__ == "__main__":
    main()
