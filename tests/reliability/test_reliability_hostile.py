"""Hostile input through the real bot and the fake Discord: never a crash, never a ping,
never a reply over Discord's limits; SQL meta-characters in every field that reaches a
database; and no SQL anywhere in bot/ built by string formatting."""

from __future__ import annotations

import ast
import contextlib
import logging
import os
import sqlite3
from pathlib import Path

import pytest
from bot_harness import Harness
from fake_discord import BOT_ID, MODERATOR_ID, Call
from hypothesis import HealthCheck, example, given, settings
from reliability_support import (
    MARKDOWN,
    MENTIONS,
    ROOT,
    SQL,
    any_input,
    check_choices,
    check_message,
    hostile,
    make_rig,
    unescaped_markdown,
)

from bot.errors import DataError
from bot.service import AnswerService
from bot.settings import load_settings
from bot.store.build import store_is_stale
from bot.unanswered import UnansweredLog, clean_question, normalise

HOSTILE = settings(max_examples=50, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow])
SLASH_MAX = 6_000  # Discord's limit for a string option


def is_autocomplete(call: Call) -> bool:
    return call.route.endswith("/callback") and (call.json or {}).get("type") == 8


def errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


@HOSTILE
@given(text=any_input)
@example(text=" ".join(MENTIONS + MARKDOWN + SQL))
@example(text="[*x*](https://example.org) <@123> <#789> <@&456> @everyone " * 200)
async def test_hostile_text_through_every_way_of_asking(
        harness: Harness, caplog: pytest.LogCaptureFixture, text: str) -> None:
    """!ask, @mention, /ask, /about (and its autocomplete), /meetings and /unanswered."""
    h, fake = harness, harness.fake
    option = text[:SLASH_MAX] or "?"
    mark = h.mark
    await fake.send_message(f"!ask {text}")
    await fake.send_message(f"<@{BOT_ID}> {text}")
    await fake.slash("ask", {"question": option})
    await fake.slash("about", {"subject": option})
    await fake.slash("meetings", {"where": option})
    await fake.slash("about", {"subject": text[:100]}, focused="subject")
    await fake.slash("unanswered", author=MODERATOR_ID)
    replies = await h.reply_to(mark, count=6, timeout=10)
    [choices] = await fake.wait_for(is_autocomplete, after=mark, timeout=10)
    for call in replies:
        check_message(call.message)
        for embed in call.message.get("embeds") or []:
            assert "Something went wrong" not in (embed.get("description") or "")
            if embed.get("title") and "Unanswered" not in embed["title"]:
                assert not unescaped_markdown(embed["title"]), embed["title"]
    check_choices(choices.json)
    assert not errors_logged(caplog)


async def test_a_10000_character_message_with_every_injection(
        harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    piece = " ".join(MENTIONS + MARKDOWN + SQL) + " who did putin meet? "
    text = (piece * (10_000 // len(piece) + 1))[:10_000]
    mark = harness.mark
    await harness.fake.send_message(f"!ask {text}")
    await harness.fake.send_message(f"<@{BOT_ID}> {text}")
    await harness.fake.slash("ask", {"question": text[:SLASH_MAX]})
    for call in await harness.reply_to(mark, count=3, timeout=10):
        check_message(call.message)
        assert call.message["embeds"][0]["title"].endswith("…")
    assert not errors_logged(caplog)


# --- SQL meta-characters in every field that reaches a database ------------------------------

@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile)
@example(text="'); DROP TABLE unanswered; --")
@example(text="' OR '1'='1")
async def test_the_unanswered_log_stores_any_text_verbatim(tmp_path: Path, text: str) -> None:
    log = UnansweredLog(tmp_path / "state.sqlite3")
    try:
        stored = await log.record(text)
        assert stored == bool(normalise(text))
        rows = await log.top(1, limit=10_000)
        if stored:
            assert clean_question(text) in [r.question for r in rows]
    finally:
        await log.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "state.sqlite3")) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        assert "unanswered" in tables


NASTY = "it's \"quoted\"; DROP TABLE meta;-- 100% ?mode=rw#frag &x=1 ünï"


def test_paths_with_sql_and_uri_meta_characters(pristine: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Data, config, store and state under a folder named like an injection, set through
    BOT_PATHS_*: build, stale check, open, reload and the unanswered log all work, and
    nothing is created outside it."""
    root = tmp_path / NASTY
    rig = make_rig(pristine, root)
    for key, path in (("DATA", rig.data), ("CONFIG", rig.config), ("STORE", rig.store),
                      ("STATE", root / "var" / "state.sqlite3")):
        monkeypatch.setenv(f"BOT_PATHS_{key}", str(path))
    settings = load_settings(tmp_path / "no-settings.yaml")
    assert settings.paths.store == rig.store
    assert not store_is_stale(rig.store, rig.data, rig.config)
    service = AnswerService.open(settings)
    before = service.ask("who did putin meet").text
    name = rig.good_edit()
    assert store_is_stale(rig.store, rig.data, rig.config)
    service.reload()
    assert name in service.complete(name) and service.ask("who did putin meet").text == before
    assert not store_is_stale(rig.store, rig.data, rig.config)
    assert sorted(p.name for p in tmp_path.iterdir()) == [NASTY]
    assert sorted(p.name for p in rig.store.parent.iterdir()) == ["store.sqlite3"]
    # A broken file under that folder is named as it is.
    (rig.data / "facts" / f"{NASTY}.yaml").write_text("facts: [", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        service.reload()
    assert NASTY in str(raised.value)


async def test_autocomplete_takes_sql_and_fts_syntax(harness: Harness) -> None:
    mark = harness.mark
    for text in SQL:
        await harness.fake.slash("about", {"subject": text}, focused="subject")
        await harness.fake.slash("meetings", {"where": text}, focused="where")
    calls = await harness.fake.wait_for(is_autocomplete, count=2 * len(SQL), after=mark)
    for call in calls:
        check_choices(call.json)


# --- no SQL built by string formatting ------------------------------------------------------

SQL_CALLS = {"execute", "executemany", "executescript"}


def string_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to a string literal (SCHEMA = \"\"\"...\"\"\")."""
    return {target.id for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)}


def imported_constants(tree: ast.Module, constants_of: dict[str, set[str]]) -> set[str]:
    """Names imported with `from bot.x import NAME` where NAME is a string constant there."""
    return {alias.asname or alias.name for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.module in constants_of
            for alias in node.names if alias.name in constants_of[node.module]}


def dynamic_sql(source: str, filename: str = "<source>",
                constants_of: dict[str, set[str]] | None = None) -> list[str]:
    """`execute(...)` calls whose SQL is not a string constant (or a name bound to one, in
    this module or imported from another): f-strings, %, +, .format(), join(), variables."""
    tree = ast.parse(source, filename)
    constants = string_constants(tree) | imported_constants(tree, constants_of or {})
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS and node.args):
            continue
        sql = node.args[0]
        if isinstance(sql, ast.Constant) and isinstance(sql.value, str):
            continue
        if isinstance(sql, ast.Name) and sql.id in constants:
            continue
        found.append(f"{filename}:{node.lineno}: {ast.unparse(sql)[:80]}")
    return found


def test_no_sql_in_bot_is_built_by_string_formatting() -> None:
    sources = {path: path.read_text(encoding="utf-8")
               for path in sorted((ROOT / "bot").rglob("*.py"))}
    constants_of = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts): string_constants(ast.parse(src))
        for path, src in sources.items()}
    calls, found = 0, []
    for path, source in sources.items():
        calls += sum(f".{name}(" in source for name in SQL_CALLS)
        found += dynamic_sql(source, os.path.relpath(path, ROOT), constants_of)
    assert calls >= 5, "the scan found no SQL at all: is it looking in the right place?"
    assert not found, "SQL built dynamically:\n" + "\n".join(found)


@pytest.mark.parametrize("code, dynamic", [
    ('db.execute("SELECT 1 WHERE x = ?", (x,))', False),
    ('SQL = "SELECT 1"\ndb.execute(SQL)', False),
    ('db.execute("SELECT a " "FROM b")', False),
    ('db.execute(f"SELECT {x}")', True),
    ('db.execute("SELECT %s" % x)', True),
    ('db.execute("SELECT {}".format(x))', True),
    ('db.executemany("INSERT INTO " + table, rows)', True),
    ('db.executescript(" ".join(parts))', True),
    ('def f(sql):\n    db.execute(sql)', True),
    ('from bot.x import SCHEMA\ndb.executescript(SCHEMA)', False),
    ('from bot.x import OTHER\ndb.executescript(OTHER)', True),
])
def test_the_sql_scan_tells_static_from_dynamic(code: str, dynamic: bool) -> None:
    assert bool(dynamic_sql(code, constants_of={"bot.x": {"SCHEMA"}})) == dynamic
