"""A build killed half-way (SIGKILL, no cleanup) leaves the old store intact and loadable;
the temp file it leaves is swept by a later build once it is old enough."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_support import Rig, answers_of, probe_questions

from bot.service import AnswerService
from bot.store.build import _sweep, build_store
from bot.store.load import load_snapshot

# The child builds the store for real; the hook (switched on by an environment variable,
# so the same script also builds normally) stops it inside write_store, after the rows
# are written into the temp file but before the commit and the replace.
CHILD = """\
import os, sys, time
from pathlib import Path
from bot.store import build

if os.environ.get("RELIABILITY_HANG_IN_BUILD") == "1":
    real = build.write_store

    def write_store(sources, db):
        real(sources, db)
        db.commit()  # the temp file on disk now holds a whole-looking, never-replaced store
        Path(os.environ["RELIABILITY_MARK"]).write_text(str(os.getpid()))
        time.sleep(120)

    build.write_store = write_store

data, config, store = map(Path, sys.argv[1:4])
build.build_store(data, config, store)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_a_build_killed_midway_leaves_the_old_store_and_a_sweepable_temp_file(
        rig: Rig, tmp_path: Path) -> None:
    live = AnswerService.open(rig.settings)
    probes = probe_questions(live)
    before, stored = answers_of(live, probes), rig.store.read_bytes()
    rig.good_edit()  # the killed build was building something new

    script, mark = tmp_path / "child_build.py", tmp_path / "child.mark"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "RELIABILITY_HANG_IN_BUILD": "1", "RELIABILITY_MARK": str(mark)}
    child = subprocess.Popen([sys.executable, str(script), str(rig.data), str(rig.config),
                              str(rig.store)], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not mark.exists():
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never reached the write"
            time.sleep(0.02)
        leftovers = list(rig.store.parent.glob(f".{rig.store.name}.*.tmp"))
        assert len(leftovers) == 1 and leftovers[0].stat().st_size > 0
    finally:
        child.kill()  # SIGKILL: no finally block, no cleanup in the child
        child.wait(10)
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    # The old store is byte for byte as it was, loads, and the service never noticed.
    assert rig.store.read_bytes() == stored
    assert load_snapshot(rig.store).stats() == live.stats()
    assert answers_of(live, probes) == before
    assert answers_of(AnswerService.open(rig.settings), probes) == before  # after a restart
    [leftover] = leftovers
    assert leftover.exists()

    # A fresh leftover may be a build still running elsewhere: it is kept...
    _sweep(rig.store)
    assert leftover.exists()
    # ...and once it is older than any build takes, the next build removes it.
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    build_store(rig.data, rig.config, rig.store)
    assert not leftover.exists()
    assert not list(rig.store.parent.glob("*.tmp"))
    assert load_snapshot(rig.store).stats()["entities"] == live.stats()["entities"] + 1
