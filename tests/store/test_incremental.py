"""Incremental builds: only what changed is read and written, and the store then holds
exactly the rows a full build gives (synthetic articles from scripts/bench_scale.py)."""

from __future__ import annotations

import contextlib
import importlib.util
import sqlite3
from pathlib import Path

import pytest

from bot.store import sources as sources_module
from bot.store.build import build_store

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_scale", ROOT / "scripts/bench_scale.py")
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

TABLES = ("meta", "documents", "paragraphs", "sentences", "entities", "aliases", "mentions",
          "facts", "fact_entities", "fact_quotes", "config")
SEARCHES = ('"summit"', '"met" OR "visit"', '"nuclear" AND "plant"', '"putinqaab"')


def dump(store: Path) -> dict[str, object]:
    """Every row of every table (sorted), and what passage searches find, in order."""
    with contextlib.closing(sqlite3.connect(store)) as db:
        out: dict[str, object] = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(),
                                            key=repr) for t in TABLES}
        for match in SEARCHES:
            out[match] = db.execute(
                "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? "
                "ORDER BY bm25(sentences_fts), rowid", (match,)).fetchall()
    return out


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Slugs of the articles a build splits into paragraphs (reads anew)."""
    seen: list[str] = []
    real = sources_module.split_paragraphs

    def spy(raw: str):
        paragraphs = real(raw)
        seen.append(next(w for w in raw.split() if w.startswith("Vladimir"))[-4:])
        return paragraphs

    monkeypatch.setattr(sources_module, "split_paragraphs", spy)
    return seen


def rebuild_and_compare(root: Path, tmp_path: Path) -> None:
    store = root / "var/store.sqlite3"
    build_store(root / "data", root / "config", store)
    full = tmp_path / "full.sqlite3"
    build_store(root / "data", root / "config", full, incremental=False)
    assert dump(store) == dump(full)


def test_an_added_article_is_the_only_one_read(desk: Path, tmp_path: Path,
                                               reads: list[str]) -> None:
    bench.add_article(desk, 3)
    rebuild_and_compare(desk, tmp_path)
    assert reads[0] == bench.suffix(3)  # the incremental build read only the new one
    assert reads[1:] == [bench.suffix(k) for k in range(4)]  # the full build read all


def test_a_changed_article_has_its_rows_replaced(desk: Path, tmp_path: Path,
                                                 reads: list[str]) -> None:
    facts = desk / f"data/facts/desk-{bench.suffix(1)}.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "summary: >-\n      Putinqaab began" in text
    facts.write_text(text.replace("summary: >-\n      Putinqaab began",
                                  "summary: >-\n      He began", 1), encoding="utf-8")
    store = desk / "var/store.sqlite3"
    build_store(desk / "data", desk / "config", store)
    assert reads == [bench.suffix(1)]
    with contextlib.closing(sqlite3.connect(store)) as db:
        summaries = [r[0] for r in db.execute("SELECT summary FROM facts")]
    assert any(s.startswith("He began") for s in summaries)
    rebuild_and_compare(desk, tmp_path)


def test_a_removed_article_goes(desk: Path, tmp_path: Path) -> None:
    slug = f"desk-{bench.suffix(2)}"
    for path in (f"data/articles/{slug}.txt", f"data/articles/{slug}.yaml",
                 f"data/facts/{slug}.yaml"):
        (desk / path).unlink()
    rebuild_and_compare(desk, tmp_path)
    with contextlib.closing(sqlite3.connect(desk / "var/store.sqlite3")) as db:
        for table, column in (("documents", "slug"), ("paragraphs", "document"),
                              ("sentences", "document"), ("facts", "document")):
            assert not db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?",
                                  (slug,)).fetchone()


def test_a_gazetteer_change_relinks_the_sentences_it_touches(desk: Path,
                                                             tmp_path: Path) -> None:
    entities = desk / "config/entities.yaml"
    tag = bench.suffix(0)
    text = entities.read_text(encoding="utf-8")
    # a new alias that the article's text holds ("diplomatic roll"), and one taken away
    text = text.replace(f"aliases: [putin{tag},", f"aliases: [diplomatic roll, putin{tag},", 1)
    text = text.replace(f"aliases: [xi{tag}, ", "aliases: [", 1)
    entities.write_text(text, encoding="utf-8")
    rebuild_and_compare(desk, tmp_path)


def test_an_unchanged_rebuild_writes_the_same_bytes(desk: Path, reads: list[str]) -> None:
    store = desk / "var/store.sqlite3"
    before = store.read_bytes()
    build_store(desk / "data", desk / "config", store)
    assert store.read_bytes() == before and reads == []


def test_a_broken_new_article_leaves_the_store_and_names_its_line(desk: Path) -> None:
    from bot.errors import DataError

    store = desk / "var/store.sqlite3"
    before = store.read_bytes()
    bench.add_article(desk, 3)
    facts = desk / f"data/facts/desk-{bench.suffix(3)}.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("when: in June", "when: in July", 1), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        build_store(desk / "data", desk / "config", store)
    assert raised.value.line is not None and "in July" in str(raised.value)
    assert store.read_bytes() == before
