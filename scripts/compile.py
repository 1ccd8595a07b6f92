"""Compile the engine and the store with mypyc, in place.

    python scripts/compile.py [--jobs 2]     # C extensions beside bot/engine's sources
    python scripts/compile.py --clean        # back to pure Python

mypyc is mypy's compiler (mypy and black ship compiled with it; the project already
installs it for its type checks). It turns the fully typed modules of bot/engine and
bot/store into C extensions; Python imports an extension before the .py beside it, so the
bot, the CLI and scripts/bench.py then run the compiled code, which answers about 1.7
times as fast. The sources stay the truth: tests run them, and scripts/compiled_check.py
proves the compiled build answers every stored question exactly as they do. bot/__init__
refuses to start on an extension older than its source (run this again, or --clean).
Needs a C compiler and Python's headers; the Docker image compiles in a stage of its own.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Left interpreted: mypyc compiles no closure in a class it cannot make native, as the
# store's Snapshot is (a frozen dataclass whose properties are read once per reload).
INTERPRETED = {"bot/store/load.py"}


def modules(root: Path = ROOT) -> list[str]:
    """The compiled modules, as paths relative to `root`."""
    found = [*root.glob("bot/engine/**/*.py"), *root.glob("bot/store/*.py")]
    return sorted(p for p in (str(f.relative_to(root)) for f in found) if p not in INTERPRETED)


def built(root: Path = ROOT) -> list[Path]:
    """The extensions a compile left in the tree (a package's own beside its folder)."""
    return list((root / "bot").rglob("*.so"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the extensions")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    os.chdir(ROOT)
    for path in built():
        path.unlink()
    if args.clean:
        return 0
    # imported here: --clean needs no compiler
    from mypyc.build import mypycify
    from setuptools import setup

    # separate: one extension per module, so the C compiles in parallel (--jobs) and a
    # rebuild after an edit recompiles only what changed (build/mypyc keeps the objects)
    setup(name="newsdesk-bot-compiled", packages=[], script_args=[
        "build_ext", "--inplace", "--parallel", str(args.jobs),
        "--build-temp", str(ROOT / "build" / "mypyc")],
        ext_modules=mypycify(modules(), opt_level="3", separate=True,
                             target_dir=str(ROOT / "build" / "mypyc")))
    for path in built():  # (an unchanged module keeps its old extension: it is current)
        path.touch()
    print(f"compiled {len(modules())} modules: {len(built())} extensions in bot/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
