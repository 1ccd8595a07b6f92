"""Prove the compiled build answers exactly as the sources do.

    python scripts/compiled_check.py [--jobs 2] [--keep DIR]

Copies the project to a temporary folder and compiles the copy (scripts/compile.py), then
asks the sources and the compiled copy every stored question: tests/questions and each
held-out set, with the articles it was written for (as tests/test_heldout_sets.py loads
them). Any reply that differs, in its text, sources or flags, fails the check. The Docker
image runs the compiled build; this is what keeps it the bot the tests check. (.ci/run
runs it.)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "var", "build", "__pycache__", "*.so",
                                     ".pytest_cache", ".ruff_cache", ".hypothesis",
                                     "*.egg-info", ".benchmarks")


def dump(out: Path, scratch: Path) -> None:
    """Every stored question's reply, a JSON line each, from the `bot` beside this script."""
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from test_heldout_sets import HELDOUT, SETS, _data

    import bot.engine.parse
    from bot.evaluate import load_questions
    from bot.service import AnswerService
    from bot.settings import load_settings

    groups: dict[str, list[Path]] = {"shipped": [ROOT / "tests/questions/putin-diplomacy.yaml"]}
    for name, which, _ in SETS:
        groups.setdefault(which, []).append(HELDOUT / name)
    base = load_settings()
    with out.open("w", encoding="utf-8") as lines:
        lines.write(json.dumps({"compiled": bot.engine.parse.__file__.endswith(".so")}) + "\n")
        for which, files in groups.items():
            home = scratch / which
            home.mkdir(parents=True)
            paths = dataclasses.replace(base.paths, data=_data(which, home),
                                        store=home / "store.sqlite3",
                                        state=home / "state.sqlite3")
            service = AnswerService.open(dataclasses.replace(base, paths=paths), rebuild=True)
            for path in files:
                for q in load_questions(path):
                    session = f"{path.name}:{q.session}" if q.session else None
                    reply = service.ask(q.ask, session).to_json()
                    lines.write(json.dumps({"set": path.name, "id": q.id, "reply": reply},
                                           ensure_ascii=False, sort_keys=True) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="compile into DIR and keep it")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # (the child's part)
    args = parser.parse_args()
    if args.dump:
        with tempfile.TemporaryDirectory() as scratch:
            dump(args.dump, Path(scratch))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        tree = args.keep or work / "compiled"
        shutil.copytree(ROOT, tree, ignore=_NOT_COPIED, dirs_exist_ok=True)
        built = subprocess.run([sys.executable, "scripts/compile.py", "--jobs", str(args.jobs)],
                               cwd=tree, capture_output=True, text=True)
        if built.returncode != 0:
            print("\n".join((built.stdout + built.stderr).splitlines()[-40:]), file=sys.stderr)
            return 1
        runs = {where: (subprocess.Popen(
            [sys.executable, "scripts/compiled_check.py", "--dump", str(work / f"{where}.jsonl")],
            cwd=top), work / f"{where}.jsonl") for where, top in (("source", ROOT),
                                                                  ("compiled", tree))}
        for where, (run, _) in runs.items():
            if run.wait() != 0:
                print(f"asking the {where} failed", file=sys.stderr)
                return 1
        source, compiled = (runs[w][1].read_text(encoding="utf-8").splitlines()
                            for w in ("source", "compiled"))
    if json.loads(source[0])["compiled"] or not json.loads(compiled[0])["compiled"]:
        print("the source tree holds extensions (python scripts/compile.py --clean), or the "
              "copy did not compile", file=sys.stderr)
        return 1
    differing = [(json.loads(a), json.loads(b)) for a, b in zip(source[1:], compiled[1:],
                                                                strict=True) if a != b]
    for a, b in differing[:5]:
        print(f"{a['set']} {a['id']}:\n  source:   {a['reply'].get('text')!r}\n"
              f"  compiled: {b['reply'].get('text')!r}", file=sys.stderr)
    print(f"{len(source) - 1} replies compared: {len(differing)} differ", file=sys.stderr)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
