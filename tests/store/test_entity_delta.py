"""A build after a gazetteer edit parses and checks only the items that changed, and
still says what a full check says: the same rows, or the same error with its line."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_incremental import TABLES, bench

from bot.errors import DataError
from bot.store import sources as sources_module
from bot.store.build import build_store

MORE = ("lexicon", "gazetteer", "fact_files")  # what the next build reads back


def rows(store: Path) -> dict[str, object]:
    with contextlib.closing(sqlite3.connect(store)) as db:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in (*TABLES, *MORE)}


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """Lines of the gazetteer items a build parses and checks one by one."""
    seen: list[int | None] = []
    real = sources_module._entity_head

    def spy(item: Any, path: Path, line: int | None) -> tuple[str, str, set[str]]:
        seen.append(line)
        return real(item, path, line)

    monkeypatch.setattr(sources_module, "_entity_head", spy)
    return seen


def build(root: Path, store: Path | None = None, **kwargs: bool) -> sources_module.Sources:
    return build_store(root / "data", root / "config", store or root / "var/store.sqlite3",
                       **kwargs)


def same_as_full(root: Path, tmp_path: Path) -> None:
    full = tmp_path / "full.sqlite3"
    build(root, full, incremental=False)
    assert rows(root / "var/store.sqlite3") == rows(full)


def errors(root: Path, tmp_path: Path) -> tuple[str, str]:
    """The incremental build's error and the full check's, for the same files."""
    store = root / "var/store.sqlite3"
    before = store.read_bytes()
    with pytest.raises(DataError) as incremental:
        build(root)
    assert store.read_bytes() == before  # the old store survives
    with pytest.raises(DataError) as full:
        build(root, tmp_path / "full.sqlite3", incremental=False)
    return str(incremental.value), str(full.value)


def items_of_one_article() -> int:
    return bench.sources()["entities"].count("\n  - ")


def test_an_added_article_parses_only_its_own_items(desk: Path, tmp_path: Path,
                                                    parsed: list[int | None]) -> None:
    bench.add_article(desk, 3)
    sources = build(desk)
    assert sources.entity_delta
    # its items, and the old last item, whose lines now hold the comment that follows
    assert 0 < len(parsed) <= items_of_one_article() + 1
    assert len(sources.entities) == 4 * items_of_one_article()
    parsed.clear()
    same_as_full(desk, tmp_path)


def test_an_item_edited_in_the_middle_is_the_only_one_parsed(
        desk: Path, tmp_path: Path, parsed: list[int | None]) -> None:
    entities = desk / "config/entities.yaml"
    tag = bench.suffix(1)
    text = entities.read_text(encoding="utf-8")
    edited = text.replace(f"aliases: [putin{tag},", f"aliases: [diplomatic roll, putin{tag},")
    assert edited != text
    entities.write_text(edited, encoding="utf-8")
    assert build(desk).entity_delta and len(parsed) == 1
    parsed.clear()
    same_as_full(desk, tmp_path)


def test_a_removed_item_and_an_added_file_give_a_full_builds_rows(desk: Path,
                                                                   tmp_path: Path) -> None:
    entities = desk / "config/entities.yaml"
    text = entities.read_text(encoding="utf-8")
    entities.write_text(text + "  - {name: Somewhere Else, kind: city, aliases: [elsewhere "
                        "town]}\n", encoding="utf-8")
    assert build(desk).entity_delta
    same_as_full(desk, tmp_path)
    entities.write_text(text, encoding="utf-8")  # taken away again
    assert build(desk).entity_delta
    same_as_full(desk, tmp_path)
    own = desk / "data/entities"
    own.mkdir()
    (own / f"desk-{bench.suffix(0)}.yaml").write_text(
        "entities:\n  - {name: Somewhere Else, kind: city}\n", encoding="utf-8")
    assert build(desk).entity_delta
    same_as_full(desk, tmp_path)


def test_a_broken_changed_item_fails_with_its_line(desk: Path, tmp_path: Path) -> None:
    entities = desk / "config/entities.yaml"
    lines = entities.read_text(encoding="utf-8").splitlines(keepends=True)
    middle = next(i for i in range(len(lines) // 2, len(lines))
                  if lines[i].strip() == "kind: person")
    lines[middle] = lines[middle].replace("person", "wizard")
    entities.write_text("".join(lines), encoding="utf-8")
    incremental, full = errors(desk, tmp_path)
    assert incremental == full and "wizard" not in incremental and "kind must be" in full
    item = next(i for i in range(middle, 0, -1) if lines[i].lstrip().startswith("- "))
    assert f"line {item + 1}," in incremental


def test_checks_across_items_still_run_for_changed_ones(desk: Path, tmp_path: Path) -> None:
    entities = desk / "config/entities.yaml"
    tag = bench.suffix(2)
    original = entities.read_text(encoding="utf-8")
    # an added item taking an alias an unchanged item holds
    entities.write_text(original + f"  - {{name: Someone New, kind: person, aliases: "
                        f"[putin{tag}]}}\n", encoding="utf-8")
    incremental, full = errors(desk, tmp_path)
    assert incremental == full and "already an alias" in full
    # an added item naming a country nobody defines
    entities.write_text(original + "  - {name: Someone New, kind: person, country: "
                        "Nowhere}\n", encoding="utf-8")
    incremental, full = errors(desk, tmp_path)
    assert incremental == full and "is not an entity" in full
    # an entity taken away that an unchanged item and the facts still name
    entities.write_text(original.replace(
        f"{{name: Russia{tag}, kind: country", f"{{name: Gone{tag}, kind: country", 1),
        encoding="utf-8")
    assert original != entities.read_text(encoding="utf-8")
    incremental, full = errors(desk, tmp_path)
    assert incremental == full and f"Russia{tag}" in full
