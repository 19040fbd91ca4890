#!/usr/bin/env python3
"""Checks what each published package holds: `cargo package --list` lists its files, and every
relative link in its README (`[text](path)`) names one of them, so that crates.io and docs.rs,
which show the README from the package, have no broken link.

    python3 scripts/check_packages.py status-registry-macros status-registry
"""
import json
import re
import subprocess
import sys
from pathlib import Path

LINK = re.compile(r"\]\(([^)\s]+)\)")


def check(package: str) -> list[str]:
    listing = subprocess.run(
        ["cargo", "package", "--list", "--allow-dirty", "-q", "-p", package],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    metadata = json.loads(subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version", "1"],
        capture_output=True, text=True, check=True,
    ).stdout)
    manifests = [p["manifest_path"] for p in metadata["packages"] if p["name"] == package]
    if not manifests:
        return [f"{package}: not a package of this workspace"]
    readme = Path(manifests[0]).parent / "README.md"
    if "README.md" not in listing or not readme.exists():
        return [f"{package}: README.md is not in the package"]
    problems = []
    for target in LINK.findall(readme.read_text()):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            continue
        path = target.split("#", 1)[0]
        if path not in listing:
            problems.append(f"{package}: README.md links to `{target}`, which is not in the package")
    return problems


def main():
    problems = [problem for package in sys.argv[1:] for problem in check(package)]
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
