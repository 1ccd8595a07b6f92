"""docs/reliability.md names a test for each promise: those tests exist, every reliability
test is named there, and what it says about pinning matches the files."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

from reliability_support import ROOT

DOC = ROOT / "docs" / "reliability.md"
HERE = Path(__file__).resolve().parent
REFERENCE = re.compile(r"tests/reliability/(test_\w+\.py)::(test_\w+)")


def defined_tests(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.name.startswith("test_")}


def test_every_test_named_in_the_doc_exists_and_every_test_is_named() -> None:
    named = set(REFERENCE.findall(DOC.read_text(encoding="utf-8")))
    existing = {(path.name, name) for path in HERE.glob("test_*.py")
                for name in defined_tests(path)}
    assert named, "no test references found in docs/reliability.md"
    assert not named - existing, f"named in the doc but missing: {sorted(named - existing)}"
    assert not existing - named, f"not named in the doc: {sorted(existing - named)}"


def test_the_pinning_the_doc_describes_is_the_pinning_in_use() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {re.split(r"==", line)[0].strip().lower().replace("_", "-")
            for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
            if "==" in line and not line.lstrip().startswith("#")}
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    for requirement in wanted:
        name = re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0].lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in constraints.txt"
    assert "-c constraints.txt" in (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "-c constraints.txt" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    doc = DOC.read_text(encoding="utf-8")
    for requirement in project["dependencies"]:
        assert requirement.split("#")[0].strip().replace(" ", "") in doc, requirement
