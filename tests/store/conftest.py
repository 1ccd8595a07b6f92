"""Fixtures shared by the store's incremental-build tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_incremental import bench

from bot.store.build import build_store


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """Three synthetic articles (scripts/bench_scale.py), built once."""
    root = tmp_path / "desk"
    bench.generate(root, 3)
    build_store(root / "data", root / "config", root / "var/store.sqlite3")
    return root
