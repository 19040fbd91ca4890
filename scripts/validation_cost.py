#!/usr/bin/env python3
"""What rustc's `cargo check` pays for a `static` that holds an enum's values, by layout.

Usage: scripts/validation_cost.py [--entries N] [--repeat R]

Writes crates with no dependency, each an enum of N variants (`#[repr(u16)]`, the derives a
registry has) and nothing else, or the same enum and one `static` of all its values, with codes
consecutive (implicit discriminants but every tenth) or three apart (every discriminant
explicit), and times a `cargo check` of each (the median of R, after one that builds nothing
else). rustc validates every value of a static by walking the enum's variants for the value's
discriminant, evaluating each explicit discriminant on the way, so the cost is quadratic in N when
the discriminants are explicit. It is the cost that a registry's `ALL` (a slice of its values,
which DESIGN.md asks for) and its table of `Option`s by position would carry in a `cargo check`
as `static`s, and which the expansion keeps out of it (`macros/src/expand/tables.rs`,
`value_tables`).

Only the Python standard library and cargo are needed.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

# The layouts of `compile_time.py`.
LAYOUTS = {
    "runs": lambda i: 1_000 + i // 10 * 16 + i % 10,
    "every-third": lambda i: 1_000 + 3 * i,
}


def source(entries, layout, with_static):
    code = LAYOUTS[layout]
    lines = ["#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]",
             "#[repr(u16)]", "pub enum E {"]
    previous = None
    for i in range(entries):
        value = code(i)
        explicit = previous is None or value != previous + 1
        lines.append(f"    C{value} = {value}," if explicit else f"    C{value},")
        previous = value
    lines.append("}")
    if with_static:
        values = ", ".join(f"E::C{code(i)}" for i in range(entries))
        lines.append(f"pub static ALL: [E; {entries}] = [{values}];")
    return "\n".join(lines) + "\n"


def check(crate, repeat):
    env = {**os.environ, "CARGO_INCREMENTAL": "0"}
    subprocess.run(["cargo", "check", "-q"], cwd=crate, env=env, check=True)
    samples = []
    for _ in range(repeat):
        (crate / "src" / "lib.rs").touch()
        start = time.perf_counter()
        subprocess.run(["cargo", "check", "-q"], cwd=crate, env=env, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| codes | the enum alone | the enum and a static of its values | the static's cost |")
    print("|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as work:
        for layout in LAYOUTS:
            seconds = []
            for with_static in (False, True):
                crate = Path(work) / f"{layout}-{with_static}"
                (crate / "src").mkdir(parents=True)
                (crate / "Cargo.toml").write_text(
                    f'[package]\nname = "validation_{layout.replace("-", "_")}"\n'
                    'version = "0.0.0"\nedition = "2021"\npublish = false\n\n[workspace]\n')
                (crate / "src" / "lib.rs").write_text(source(args.entries, layout, with_static))
                seconds.append(check(crate, args.repeat))
            alone, both = seconds
            print(f"| {layout} | {alone:.2f} s | {both:.2f} s | +{both - alone:.2f} s |")


if __name__ == "__main__":
    main()
