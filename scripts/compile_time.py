#!/usr/bin/env python3
"""Compile-time benchmarks of status-registry beside the crates users pick today.

    python3 scripts/compile_time.py                     # everything, sizes 10 to 10,000
    python3 scripts/compile_time.py --sizes 10 100      # a quick look
    python3 scripts/compile_time.py --skip-clean        # only the scaling of `cargo check`

1. Clean builds, debug and release, of a crate that depends on nothing but one of: status-registry
   (this workspace's `core/`, by path, without features: `HttpStatus`), `http`, `strum` with
   `strum_macros` (feature `derive`), `num_enum`. Then what a derive costs beside serde's:
   a crate with `serde` (feature `derive`) alone, with status-registry's `macros` added, and with
   strum's `derive` added. Dependencies are fetched first; the timed build is offline, in a fresh
   target dir.
2. `cargo check` wall time and peak memory (max RSS of rustc) of a crate declaring one registry of
   N entries: with `status_registry!`, hand-written (an enum with `= code` discriminants and a
   phrase `match`), and derived with strum + num_enum. Dependencies are checked once first; the
   timed check re-checks the user crate alone (`CARGO_INCREMENTAL=0`), the median of --repeat runs.

Prints Markdown tables (BENCHMARKS.md holds a copy), writes them and the raw numbers to --out
(default: target/compile-time/), and plots the scaling curve to --plot (default:
benches/compile-time.png) with matplotlib, which it installs with pip if it is missing.

Public tools only: cargo, python3 (and pip for matplotlib). Peak memory comes from wait4(2).
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = ["status-registry", "hand-written", "strum + num_enum"]
PEERS = {
    "status-registry": f'status-registry = {{ path = "{ROOT / "core"}" }}',
    "http": 'http = "1"',
    "strum + strum_macros": 'strum = { version = "0.28", features = ["derive"] }',
    "num_enum": 'num_enum = "0.7"',
}
WITH_MACROS = f'status-registry = {{ path = "{ROOT / "core"}", features = ["macros"] }}'
SERDE_DERIVE = 'serde = { version = "1", features = ["derive"] }'
# A crate that already derives serde's traits, and what adding each derive to it costs.
BESIDE_SERDE = {
    "serde + serde_derive": SERDE_DERIVE,
    "serde + status-registry (macros)": SERDE_DERIVE + "\n" + WITH_MACROS,
    "serde + strum (derive)": SERDE_DERIVE + "\n" + PEERS["strum + strum_macros"],
}
VARIANT_DEPENDENCIES = {
    "status-registry": WITH_MACROS,
    "hand-written": "",
    "strum + num_enum": PEERS["strum + strum_macros"] + "\n" + PEERS["num_enum"],
}


def run(command, cwd, env=None, quiet=True):
    """Runs `command`; returns (wall seconds, peak RSS in bytes of the process tree's largest)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL if quiet else None,
        stderr=subprocess.PIPE,
    )
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed in {cwd}:\n{stderr.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss * 1024


def write_crate(directory: Path, name: str, dependencies: str, source: str):
    (directory / "src").mkdir(parents=True, exist_ok=True)
    (directory / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{dependencies}\n\n[workspace]\n"
    )
    (directory / "src" / "lib.rs").write_text(source)


CODES = {
    # Runs of 10 consecutive codes, 16 apart (as HTTP's 200..=208, or an API's error codes).
    "runs": lambda i: 1_000 + i // 10 * 16 + i % 10,
    # No two codes consecutive: every discriminant is explicit.
    "every-third": lambda i: 1_000 + 3 * i,
}
CODE_PATTERN = "runs"


def entries(size):
    """(code, name, phrase, description, reference or None) of a registry of `size` entries."""
    for i in range(size):
        code = CODES[CODE_PATTERN](i)
        reference = f"REF-{code}" if i % 2 == 0 else None
        yield code, f"CODE_{code}", f"Phrase {code}", f"Description of code {code}", reference


def ours(size):
    lines = ["status_registry::status_registry! {", "    /// Codes.", "    pub enum Codes: u16 {"]
    for code, name, phrase, description, reference in entries(size):
        reference = f' ["{reference}"]' if reference else ""
        lines.append(f'        {code} {name} "{phrase}" "{description}"{reference};')
    lines += ["    }", "}", ""]
    return "\n".join(lines)


def hand_written(size):
    lines = ["/// Codes.", "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]", "#[repr(u16)]",
             "#[allow(non_camel_case_types)]", "pub enum Codes {"]
    table = list(entries(size))
    for code, name, phrase, description, _ in table:
        lines.append(f"    /// {phrase}: {description}")
        lines.append(f"    {name} = {code},")
    lines += ["}", "", "impl Codes {", "    /// The reason phrase.",
              "    pub const fn phrase(self) -> &'static str {", "        match self {"]
    for code, name, phrase, _, _ in table:
        lines.append(f'            Self::{name} => "{phrase}",')
    lines += ["        }", "    }", "}", ""]
    return "\n".join(lines)


def derived(size):
    lines = [
        "/// Codes.",
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::FromRepr, strum::EnumString,",
        "    strum::EnumMessage, strum::EnumIter, num_enum::TryFromPrimitive, num_enum::IntoPrimitive)]",
        "#[repr(u16)]",
        "#[allow(non_camel_case_types)]",
        "pub enum Codes {",
    ]
    for code, name, phrase, description, _ in entries(size):
        lines.append(f'    #[strum(message = "{phrase}", detailed_message = "{description}")]')
        lines.append(f"    {name} = {code},")
    lines += ["}", ""]
    return "\n".join(lines)


SOURCES = {"status-registry": ours, "hand-written": hand_written, "strum + num_enum": derived}


def clean_builds(work: Path, jobs):
    results = {}
    for peer, dependency in {**PEERS, **BESIDE_SERDE}.items():
        crate = work / "clean" / peer.replace(" ", "").replace("+", "-")
        write_crate(crate, "clean_build", dependency, "")
        run(["cargo", "fetch", "-q"], crate)
        results[peer] = {}
        for profile in ["debug", "release"]:
            target = crate / f"target-{profile}"
            shutil.rmtree(target, ignore_errors=True)
            command = ["cargo", "build", "--offline", "-q", f"-j{jobs}"]
            if profile == "release":
                command.append("--release")
            seconds, _ = run(command, crate, {"CARGO_TARGET_DIR": str(target)})
            results[peer][profile] = seconds
            print(f"  clean {profile:7} build of {peer:22} {seconds:6.1f} s", file=sys.stderr)
            shutil.rmtree(target, ignore_errors=True)
    return results


def scaling(work: Path, sizes, repeat):
    results = {variant: {} for variant in VARIANTS}
    for variant in VARIANTS:
        target = work / "scaling-target" / variant.replace(" ", "").replace("+", "-")
        for size in sizes:
            crate = work / "scaling" / f"{variant.replace(' ', '').replace('+', '-')}-{size}"
            write_crate(crate, f"registry_{size}", VARIANT_DEPENDENCIES[variant], SOURCES[variant](size))
            env = {"CARGO_TARGET_DIR": str(target), "CARGO_INCREMENTAL": "0"}
            command = ["cargo", "check", "--offline", "-q"]
            run(["cargo", "fetch", "-q"], crate)
            run(command, crate, env)  # The dependencies, once.
            samples = []
            for _ in range(repeat):
                (crate / "src" / "lib.rs").touch()
                samples.append(run(command, crate, env))
            seconds = statistics.median(s for s, _ in samples)
            memory = statistics.median(m for _, m in samples)
            results[variant][size] = {"seconds": seconds, "bytes": memory}
            print(f"  cargo check, {size:6} entries, {variant:17} {seconds:7.2f} s "
                  f"{memory / 2**20:8.0f} MiB", file=sys.stderr)
    return results


def markdown(clean, scale, sizes):
    out = []
    if clean:
        out += ["| crate (all dependencies) | clean debug build | clean release build |",
                "|---|---:|---:|"]
        for peer, times in clean.items():
            out.append(f"| {peer} | {times['debug']:.1f} s | {times['release']:.1f} s |")
        out.append("")
        base = clean.get("serde + serde_derive")
        if base:
            out += ["| added to a crate with serde's derive | debug | release |", "|---|---:|---:|"]
            for peer in list(BESIDE_SERDE)[1:]:
                added = {p: clean[peer][p] - base[p] for p in ["debug", "release"]}
                out.append(f"| {peer.split(' + ', 1)[1]} | {added['debug']:+.1f} s | "
                           f"{added['release']:+.1f} s |")
            out.append("")
    if scale:
        header = "| entries | " + " | ".join(f"{v}: time | {v}: memory" for v in VARIANTS)
        out += [header + " | status-registry / hand-written: time, memory |",
                "|---:|" + "---:|" * (2 * len(VARIANTS) + 1)]
        for size in sizes:
            cells = []
            for variant in VARIANTS:
                r = scale[variant][size]
                cells += [f"{r['seconds']:.2f} s", f"{r['bytes'] / 2**20:.0f} MiB"]
            ours_r, hand_r = scale["status-registry"][size], scale["hand-written"][size]
            ratio = (f"{ours_r['seconds'] / hand_r['seconds']:.2f}x, "
                     f"{ours_r['bytes'] / hand_r['bytes']:.2f}x")
            out.append(f"| {size:,} | " + " | ".join(cells) + f" | {ratio} |")
        out.append("")
    return "\n".join(out)


def plot(scale, sizes, path: Path):
    try:
        import matplotlib
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "matplotlib"], check=True)
        import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.6), dpi=80)
    for variant in VARIANTS:
        left.plot(sizes, [scale[variant][s]["seconds"] for s in sizes], marker="o", label=variant)
        right.plot(sizes, [scale[variant][s]["bytes"] / 2**20 for s in sizes], marker="o",
                   label=variant)
    for axis, label in [(left, "cargo check wall time (s)"), (right, "rustc peak memory (MiB)")]:
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("entries in the registry")
        axis.set_ylabel(label)
        axis.grid(True, which="both", alpha=0.3)
    left.legend(fontsize="small")
    figure.suptitle("Checking a crate that declares one registry", fontsize="medium")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    print(f"plot: {path}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1_000, 10_000])
    parser.add_argument("--repeat", type=int, default=3, help="timed checks per size (median)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="for clean builds")
    parser.add_argument("--skip-clean", action="store_true", help="no clean builds")
    parser.add_argument("--skip-scaling", action="store_true", help="no cargo check scaling")
    parser.add_argument("--out", type=Path, default=ROOT / "target" / "compile-time")
    parser.add_argument("--plot", type=Path, default=ROOT / "benches" / "compile-time.png")
    parser.add_argument("--codes", choices=sorted(CODES), default="runs",
                        help="the registries' codes: runs of 10 consecutive codes, or every third")
    args = parser.parse_args()
    global CODE_PATTERN
    CODE_PATTERN = args.codes

    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"{rustc}; {platform.machine()}, {os.cpu_count()} cores; codes: {args.codes}; "
          f"load average {os.getloadavg()[0]:.2f}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="status-registry-compile-time-") as work:
        work = Path(work)
        clean = None if args.skip_clean else clean_builds(work, args.jobs)
        scale = None if args.skip_scaling else scaling(work, args.sizes, args.repeat)
    table = markdown(clean, scale, args.sizes)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.md").write_text(f"{rustc}\n\n{table}")
    (args.out / "results.json").write_text(json.dumps(
        {"rustc": rustc, "clean": clean, "scaling": scale}, indent=2))
    if scale:
        plot(scale, args.sizes, args.plot)


if __name__ == "__main__":
    main()
