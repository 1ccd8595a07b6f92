"""Faults, through AnswerService: every broken file, damaged store, refused write and race
ends in a clear message naming the file (and line or key), the old data still answering
exactly as before, and the next good reload working."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from reliability_support import (
    DATA_FAULTS,
    WRITE_FAULTS,
    Rig,
    answers_of,
    check_data_error,
    check_store_error,
    fingerprint,
    probe_questions,
)

from bot import service as service_module
from bot.errors import DataError, SettingsError, StoreError
from bot.service import AnswerService
from bot.settings import load_settings
from bot.store import load as load_module
from bot.store.build import store_is_stale
from bot.store.load import load_snapshot


def leftovers(rig: Rig) -> list[str]:
    return sorted(p.name for p in rig.store.parent.glob("*.tmp"))


def assert_good_reload(live: AnswerService, rig: Rig, probes: list[str],
                       before: list[Any]) -> None:
    """A valid edit after the fault is picked up, and the old answers still come."""
    entities = live.stats()["entities"]
    name = rig.good_edit()
    report = live.reload()
    assert report.after["entities"] == entities + 1
    assert name in live.complete(name)
    assert answers_of(live, probes) == before
    assert not leftovers(rig)


# --- data and config files ------------------------------------------------------------------

@pytest.mark.parametrize("fault", sorted(DATA_FAULTS))
def test_a_broken_file_is_named_and_the_old_data_keeps_answering(
        rig: Rig, live: AnswerService, fault: str) -> None:
    probes = probe_questions(live)
    before, snapshot, stored = answers_of(live, probes), live.snapshot, rig.store.read_bytes()

    expect = DATA_FAULTS[fault](rig)
    with pytest.raises(DataError) as raised:
        live.reload()
    check_data_error(rig, raised.value, expect)

    assert live.snapshot is snapshot  # nothing was swapped in
    assert answers_of(live, probes) == before
    assert rig.store.read_bytes() == stored and not leftovers(rig)

    rig.restore()
    assert_good_reload(live, rig, probes, before)


@pytest.mark.parametrize("text, error, where", [
    (None, None, None),  # no settings file: every key has a default
    ("", None, None),
    ("engine:\n  session_ttl: 1\n  - oops\ndiscord: {}\n", DataError, "line 3"),
    ("- engine\n- discord\n", SettingsError, "expected a mapping of sections"),
    ("engine:\n  - session_ttl\n", SettingsError, "engine"),
    ("discord:\n  prefix: ''\n", SettingsError, "discord.prefix"),
    ("paths:\n  storee: x\n", SettingsError, "paths.storee"),
])
def test_a_broken_settings_file_is_named_with_its_line_or_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str | None,
        error: type[Exception] | None, where: str | None) -> None:
    """config/settings.yaml is read once at start (not by /reload): a mistake stops the start
    with the file and the line or key; a missing or empty file means the defaults."""
    for name in [n for n in os.environ if n.startswith("BOT_")]:
        monkeypatch.delenv(name)
    path = tmp_path / "settings.yaml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    if error is None:
        assert load_settings(path).engine.session_ttl > 0
        return
    with pytest.raises(error) as raised:
        load_settings(path)
    assert str(raised.value).startswith(str(path)) and where in str(raised.value)


# --- the disk refusing a write ----------------------------------------------------------------

@pytest.mark.parametrize("fault", sorted(WRITE_FAULTS))
def test_the_disk_refusing_a_write_keeps_the_old_store_and_data(
        rig: Rig, live: AnswerService, fault: str) -> None:
    probes = probe_questions(live)
    before, snapshot, stored = answers_of(live, probes), live.snapshot, rig.store.read_bytes()
    with pytest.MonkeyPatch.context() as mp:
        names = WRITE_FAULTS[fault](mp, rig.store)
        rig.good_edit()  # a valid edit: only the disk stands in the way
        with pytest.raises(StoreError) as raised:
            live.reload()
    check_store_error(raised.value, names)
    assert live.snapshot is snapshot and answers_of(live, probes) == before
    assert rig.store.read_bytes() == stored and not leftovers(rig)
    assert load_snapshot(rig.store).stats() == snapshot.stats()
    rig.restore()
    assert_good_reload(live, rig, probes, before)


# --- a damaged store --------------------------------------------------------------------------

def damage(store: Path, how: str) -> None:
    good = store.read_bytes()
    rnd = random.Random(how)
    if how.startswith("truncated-"):
        store.write_bytes(good[:{"truncated-0": 0, "truncated-100": 100,
                                 "truncated-half": len(good) // 2}[how]])
    elif how == "random-bytes":
        store.write_bytes(rnd.randbytes(len(good)))
    elif how == "garbage-inside":  # header and meta intact, pages in the middle trashed
        middle = len(good) // 2
        store.write_bytes(good[:middle] + rnd.randbytes(8192) + good[middle + 8192:])
    else:
        raise AssertionError(how)


DAMAGE = ["truncated-0", "truncated-half", "random-bytes", "garbage-inside"]


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_store_at_open_is_rebuilt_from_the_sources(rig: Rig, how: str) -> None:
    expected = answers_of(AnswerService.open(rig.settings), ["who did putin meet"])
    damage(rig.store, how)
    service = AnswerService.open(rig.settings)
    assert answers_of(service, ["who did putin meet"]) == expected
    assert not store_is_stale(rig.store, rig.data, rig.config)
    assert load_snapshot(rig.store).stats() == service.stats()


def test_a_damaged_store_and_a_broken_source_at_open_name_the_source(rig: Rig) -> None:
    damage(rig.store, "garbage-inside")
    expect = DATA_FAULTS["facts-invalid-yaml"](rig)
    with pytest.raises(DataError) as raised:
        AnswerService.open(rig.settings)
    check_data_error(rig, raised.value, expect)


@pytest.mark.parametrize("how", ["truncated-half", "garbage-inside"])
def test_a_store_damaged_on_disk_while_serving_changes_no_answer_and_reload_heals(
        rig: Rig, live: AnswerService, how: str) -> None:
    probes = [*probe_questions(live), "tell me about the summit talks"]  # FTS passages too
    before = answers_of(live, probes)
    damage(rig.store, how)
    assert answers_of(live, probes) == before  # the snapshot (and its FTS) is in memory
    assert_good_reload(live, rig, probes, before)
    assert load_snapshot(rig.store).stats() == live.stats()


def test_a_store_with_a_foreign_schema_at_open_is_rebuilt(rig: Rig) -> None:
    with contextlib.closing(sqlite3.connect(rig.store)) as db, db:
        db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema"):
        load_snapshot(rig.store)
    assert AnswerService.open(rig.settings).stats()["facts"] > 0


# --- a locked store -------------------------------------------------------------------------------

@contextlib.contextmanager
def exclusive_lock(store: Path):
    """Another connection holding the store with BEGIN EXCLUSIVE."""
    holder = sqlite3.connect(store, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        yield holder
    finally:
        with contextlib.suppress(sqlite3.Error):
            holder.execute("ROLLBACK")
        holder.close()


def in_thread(fn: Any, timeout: float) -> Any:
    """fn() in a daemon thread, so that a hang fails the test instead of stalling pytest."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"still running after {timeout} s (hung on a lock?)"
    if "error" in box:
        raise box["error"]
    return box["value"]


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module, "BUSY_TIMEOUT", 0.2)


def test_loading_a_locked_store_is_a_store_error_not_a_hang(rig: Rig,
                                                           short_busy_timeout: None) -> None:
    with exclusive_lock(rig.store):
        began = time.monotonic()
        with pytest.raises(StoreError) as raised:
            in_thread(lambda: load_snapshot(rig.store), timeout=10)
        assert time.monotonic() - began < 5
    assert str(rig.store) in str(raised.value) and "locked" in str(raised.value)
    assert load_snapshot(rig.store).stats()["facts"] > 0  # and fine once released


def test_a_locked_store_at_open_and_at_reload(rig: Rig, short_busy_timeout: None) -> None:
    with exclusive_lock(rig.store):
        service = in_thread(lambda: AnswerService.open(rig.settings), timeout=20)
    probes = probe_questions(service)
    before = answers_of(service, probes)
    with exclusive_lock(rig.store) as holder:
        assert_good_reload(service, rig, probes, before)
        holder.execute("SELECT count(*) FROM meta").fetchone()  # the holder is undisturbed
    assert load_snapshot(rig.store).stats() == service.stats()


# --- races -------------------------------------------------------------------------------------

def test_two_reloads_at_once_are_serialised_and_both_succeed(
        rig: Rig, live: AnswerService, monkeypatch: pytest.MonkeyPatch) -> None:
    active, most = 0, 0
    guard = threading.Lock()
    real = service_module.build_store

    def counting_build(*args: Any) -> Any:
        nonlocal active, most
        with guard:
            active += 1
            most = max(most, active)
        try:
            time.sleep(0.05)  # widen the window for an overlap
            return real(*args)
        finally:
            with guard:
                active -= 1

    monkeypatch.setattr(service_module, "build_store", counting_build)
    entities = live.stats()["entities"]
    rig.good_edit()
    barrier = threading.Barrier(2)

    def reload() -> Any:
        barrier.wait()
        return live.reload()

    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(lambda _: reload(), range(2)))
    assert most == 1
    assert [r.after["entities"] for r in reports] == [entities + 1] * 2
    assert live.stats()["entities"] == entities + 1 and not leftovers(rig)
    assert load_snapshot(rig.store).stats() == live.stats()


def test_two_services_reloading_one_store_at_once_leave_a_whole_store(rig: Rig) -> None:
    """Two processes (here: two services, no shared lock) rebuilding the same store."""
    first, second = AnswerService.open(rig.settings), AnswerService.open(rig.settings)
    rig.good_edit()
    barrier = threading.Barrier(2)

    def reload(service: AnswerService) -> Any:
        barrier.wait()
        return service.reload()

    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(reload, (first, second)))
    assert reports[0].after == reports[1].after
    assert load_snapshot(rig.store).stats() == first.stats() == second.stats()
    assert not leftovers(rig)


def test_a_reload_while_100_questions_are_in_flight(rig: Rig, live: AnswerService,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    probes = probe_questions(live)
    questions = [probes[i % len(probes)] for i in range(100)]
    old = {q: fingerprint(live.ask(q)) for q in probes}
    answered: list[Any] = []
    started, enough = threading.Event(), threading.Event()
    real = service_module.build_store

    def slow_build(*args: Any) -> Any:
        started.set()
        result = real(*args)
        enough.wait(10)  # keep the old data in place until questions have overlapped
        return result

    monkeypatch.setattr(service_module, "build_store", slow_build)
    rig.good_edit()

    def ask(i: int) -> Any:
        answer = live.ask(questions[i], f"user{i % 7}:channel")
        answered.append(answer)
        if len(answered) >= 30:
            enough.set()
        return answer

    with ThreadPoolExecutor(8) as pool:
        reload = pool.submit(live.reload)
        assert started.wait(10)
        results = list(pool.map(ask, range(100)))  # raises if any question raised
        report = reload.result(timeout=30)
    assert len(results) == 100 and all(a.text for a in results)
    new = {q: fingerprint(live.ask(q)) for q in probes}
    for question, answer in zip(questions, results, strict=True):
        assert fingerprint(answer) in (old[question], new[question])
    assert report.after["entities"] == report.before["entities"] + 1
