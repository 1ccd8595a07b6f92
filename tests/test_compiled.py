"""The compiled build's guards (scripts/compile.py; scripts/compiled_check.py, run by
.ci/run, proves its answers): which modules it compiles, code that would compile to
something else, and a stale extension, which must stop the bot rather than run old code."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import pytest

import bot

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import compile as build  # noqa: E402  (scripts/compile.py)


def test_every_module_of_the_engine_and_the_store_is_compiled_but_the_named_few() -> None:
    every = {p.relative_to(ROOT).as_posix() for d in ("bot/engine", "bot/store")
             for p in (ROOT / d).rglob("*.py")}
    assert every >= build.INTERPRETED
    assert set(build.modules()) == every - build.INTERPRETED


@pytest.mark.parametrize("module", build.modules())
def test_no_cached_property_in_a_compiled_module(module: str) -> None:
    # mypyc compiles functools.cached_property as a plain property: it would work out the
    # value again at every read (a slow bot that still passes every test)
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    used = [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Name | ast.Attribute)
            and (node.id if isinstance(node, ast.Name) else node.attr) == "cached_property"]
    assert not used, f"{module}:{used[0]}: keep the value in an attribute instead"


def test_an_extension_older_than_its_source_is_stale(tmp_path: Path) -> None:
    (tmp_path / "engine").mkdir()
    ext = tmp_path / "engine" / "parse.cpython-311-x86_64-linux-gnu.so"
    source = tmp_path / "engine" / "parse.py"
    ext.write_bytes(b"")
    source.write_text("", encoding="utf-8")
    os.utime(ext, (1_000, 1_000))
    os.utime(source, (2_000, 2_000))
    assert bot._stale_extensions(tmp_path) == [f"{tmp_path.name}/engine/parse.py"]
    os.utime(ext, (3_000, 3_000))
    assert bot._stale_extensions(tmp_path) == []


def test_the_working_tree_holds_no_stale_extension() -> None:
    assert bot._stale_extensions() == []
