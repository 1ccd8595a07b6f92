"""The serving process's garbage collection: settled after loading, and after a reload
only in a process that was settled."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot import collector


@pytest.fixture
def restore_gc() -> Iterator[None]:
    thresholds, settled = gc.get_threshold(), collector._settled
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    collector._settled = settled


@pytest.mark.usefixtures("restore_gc")
def test_settle_freezes_what_is_loaded_and_collects_young_objects_less_often() -> None:
    loaded = [object() for _ in range(1000)]
    collector.settle()
    assert gc.get_freeze_count() >= len(loaded)
    assert gc.get_threshold() == collector.THRESHOLDS


@pytest.mark.usefixtures("restore_gc")
def test_a_reload_resettles_only_a_settled_process() -> None:
    collector._settled = False
    gc.unfreeze()
    before = gc.get_threshold()
    collector.resettle()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    collector.settle()
    gc.unfreeze()
    collector.resettle()
    assert gc.get_freeze_count() > 0
