"""Lazy, bounded loading: a desk is built only when a question is routed to it, an LRU
keeps memory flat, a reload reads nothing of the documents that did not change, and none
of it changes an answer.

Run on the two-article desk (tests/fixtures/second beside the shipped article), so that
routing has more than one desk to choose from.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from support import make_settings

from bot.engine.answer import Answer
from bot.engine.core import Engine
from bot.evaluate import load_questions
from bot.service import AnswerService
from bot.settings import Settings
from bot.store.build import build_store
from bot.store.load import Snapshot, load_snapshot

ROOT = Path(__file__).resolve().parents[2]
SECOND = ROOT / "tests" / "fixtures" / "second" / "data"
QUESTION_FILES = sorted((ROOT / "tests" / "questions").rglob("*.yaml"))
QUESTIONS = list(dict.fromkeys(q.ask for path in QUESTION_FILES for q in load_questions(path)))


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings reading a data/ with both articles; the store built."""
    tmp = tmp_path_factory.mktemp("lazy")
    data = tmp / "data"
    shutil.copytree(ROOT / "data", data, copy_function=shutil.copyfile)
    shutil.copytree(SECOND, data, dirs_exist_ok=True, copy_function=shutil.copyfile)
    settings = make_settings(tmp, data=data)
    build_store(settings.paths.data, settings.paths.config, settings.paths.store)
    return settings


@pytest.fixture(scope="module")
def snapshot(desk: Settings) -> Snapshot:
    return load_snapshot(desk.paths.store)


def engine_with(snapshot: Snapshot, settings: Settings, **engine: object) -> Engine:
    return Engine(snapshot, dataclasses.replace(settings.engine, **engine))


def key_of(engine: Engine, slug: str) -> str:
    return engine.by_document[slug]


def test_nothing_is_built_at_load(snapshot: Snapshot, desk: Settings) -> None:
    engine = engine_with(snapshot, desk)
    assert len(engine.keys) == 2
    assert engine.builds == 0 and not engine._built


def test_a_desk_is_built_only_when_a_question_is_routed_to_it(snapshot: Snapshot,
                                                              desk: Settings) -> None:
    engine = engine_with(snapshot, desk)
    answer = engine.ask("who did ribeiro meet in suva", now=0.0)
    assert answer.answered and {s.document for s in answer.sources} == {"ribeiro-asia-pacific"}
    assert list(engine._built) == [key_of(engine, "ribeiro-asia-pacific")]
    engine.ask("who did ribeiro meet in jakarta", now=0.0)
    assert engine.builds == 1  # built once, then kept
    engine.ask("who did putin meet in astana", now=0.0)
    assert set(engine._built) == set(engine.keys) and engine.builds == 2


def test_the_lru_bound_holds(snapshot: Snapshot, desk: Settings) -> None:
    engine = engine_with(snapshot, desk, desk_cache=1)
    for question in ("who did ribeiro meet in suva", "who did putin meet in astana",
                     "who did ribeiro meet in jakarta", "who did putin meet in beijing"):
        assert engine.ask(question, now=0.0).answered
        assert len(engine._built) == 1
    assert list(engine._built) == [key_of(engine, "putin-diplomacy")]
    assert engine.builds == 4  # every switch rebuilt the desk it had dropped


def test_routing_without_a_named_subject_builds_only_the_desk_it_picks(
        snapshot: Snapshot, desk: Settings) -> None:
    engine = engine_with(snapshot, desk)
    answer = engine.ask("who was met in suva", now=0.0)  # no subject named: the postings
    assert {s.document for s in answer.sources} <= {"ribeiro-asia-pacific"}
    assert set(engine._built) <= {key_of(engine, "ribeiro-asia-pacific")}


def answers(engine: Engine) -> list[Answer]:
    return [engine.ask(q, now=0.0) for q in QUESTIONS]


def test_answers_are_the_same_built_on_demand_evicted_or_all_built_at_once(
        snapshot: Snapshot, desk: Settings) -> None:
    """The question sets of tests/questions (both articles' and the held-out ones)."""
    eager = engine_with(snapshot, desk)
    assert len(list(eager.desks.values())) == 2  # every desk built before any question
    expected = answers(eager)
    assert answers(engine_with(snapshot, desk)) == expected
    assert answers(engine_with(snapshot, desk, desk_cache=1)) == expected


def test_a_conversation_is_the_same_when_its_desk_was_dropped(snapshot: Snapshot,
                                                              desk: Settings) -> None:
    service = AnswerService(dataclasses.replace(desk, engine=dataclasses.replace(
        desk.engine, desk_cache=1)), snapshot)
    wide = AnswerService(desk, snapshot)
    for s in (service, wide):
        s.ask("who did ribeiro meet in jakarta", "u")
        s.ask("who did putin meet in astana", "other")  # drops ribeiro's desk (cache of 1)
    assert service.ask("and in dili?", "u") == wide.ask("and in dili?", "u")


def test_a_reload_after_adding_an_article_reads_nothing_of_the_others(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, copy_function=shutil.copyfile)
    service = AnswerService.open(make_settings(tmp_path, data=data))
    before = service.ask("who did putin meet in astana")
    shutil.copytree(SECOND, data, dirs_exist_ok=True, copy_function=shutil.copyfile)
    read: list[str] = []
    for name in ("facts_of", "texts_of"):
        real = getattr(Snapshot, name)
        monkeypatch.setattr(Snapshot, name, lambda self, d, real=real: (read.append(d),
                                                                        real(self, d))[1])
    report = service.reload()
    assert report.after["documents"] == 2
    assert read == [] and service.engine.builds == 0  # no document read, no desk built
    assert service.ask("who did putin meet in astana") == before
    assert set(read) == {"putin-diplomacy"}  # then only the desk asked about


def test_the_snapshot_reads_a_private_copy_and_leaves_no_file(tmp_path: Path,
                                                              desk: Settings) -> None:
    """A store damaged on disk after the load changes nothing, even for a desk that was
    never built before; the copy itself is unlinked at once."""
    store = tmp_path / "store.sqlite3"
    shutil.copyfile(desk.paths.store, store)
    reference = engine_with(load_snapshot(desk.paths.store), desk)
    engine = engine_with(load_snapshot(store), desk)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.sqlite3"]
    store.write_bytes(b"\0" * store.stat().st_size)
    for question in ("who did ribeiro meet in suva", "tell me about the summit talks"):
        assert engine.ask(question, now=0.0) == reference.ask(question, now=0.0)
