"""Shared by the reliability tests and the fuzz target: copies of the data ("rigs"), the
faults they are broken with, hostile text, and what every Discord payload must respect.

Nothing here names the shipped article: edits are made on whatever data/ and config/ hold,
so the tests keep working when the article or its facts change.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import strategies as st

from bot.discord import render
from bot.engine.answer import Answer
from bot.engine.text import fold
from bot.errors import DataError, StoreError
from bot.service import AnswerService
from bot.settings import Settings, load_settings
from bot.store import build as build_module
from bot.yamlio import list_item_lines

ROOT = Path(__file__).resolve().parents[2]

# The fake Discord's ids (tests/discord/fake_discord.py); repeated here so that this module
# also imports where tests/discord is not on sys.path (the standalone fuzz target).
BOT_ID = 900000000000000002
MOD_ROLE_ID = 900000000000000030
OTHER_MEMBER_ID = 900000000000000023
CHANNEL_ID = 900000000000000011


# --- rigs: writable copies of data/, config/ and a built store -------------------------------

@dataclass(frozen=True)
class Rig:
    root: Path
    pristine: Path
    settings: Settings

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def config(self) -> Path:
        return self.root / "config"

    @property
    def store(self) -> Path:
        return self.settings.paths.store

    @property
    def entities(self) -> Path:
        return self.config / "entities.yaml"

    @property
    def intents(self) -> Path:
        return self.config / "intents.yaml"

    @property
    def facts(self) -> Path:
        return sorted((self.data / "facts").glob("*.yaml"))[0]

    @property
    def article(self) -> Path:
        return sorted((self.data / "articles").glob("*.txt"))[0]

    @property
    def meta(self) -> Path:
        return self.article.with_suffix(".yaml")

    def rel(self, path: Path | str) -> str:
        return Path(os.path.relpath(path, self.root)).as_posix()

    def restore(self) -> None:
        """data/ and config/ back as they were (the store is left as it is)."""
        for name in ("data", "config"):
            shutil.rmtree(self.root / name)
            shutil.copytree(self.pristine / name, self.root / name,
                            copy_function=shutil.copyfile)

    def good_edit(self) -> str:
        """A valid change a reload must pick up: one more entity. Returns its name."""
        name = "Reliability Testland"
        with self.entities.open("a", encoding="utf-8") as f:
            f.write(f"\n  - {{name: {name}, kind: country, aliases: [reliability testland]}}\n")
        return name


def make_rig(pristine: Path, root: Path, **discord_overrides: Any) -> Rig:
    """Copies of the pristine data, config and store in `root`, and settings reading them
    (tests/discord's make_settings, which keeps copies that already exist)."""
    from bot_harness import make_settings  # tests/discord, on sys.path via conftest

    for name in ("data", "config"):
        if not (root / name).exists():
            shutil.copytree(pristine / name, root / name, copy_function=shutil.copyfile)
    store = root / "var" / "store.sqlite3"
    if not store.exists():
        store.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pristine / "var" / "store.sqlite3", store)
    return Rig(root, pristine, make_settings(root, **discord_overrides))


def plain_settings(root: Path) -> Settings:
    """Defaults with data, config, store and state under `root` (no tests/discord needed)."""
    base = load_settings(root / "no-settings.yaml")
    paths = dataclasses.replace(base.paths, data=root / "data", config=root / "config",
                                store=root / "var" / "store.sqlite3",
                                state=root / "var" / "state.sqlite3")
    return dataclasses.replace(base, paths=paths)


# --- what "still answering as before" means ---------------------------------------------------

def probe_questions(service: AnswerService, limit: int = 3) -> list[str]:
    """A few answered questions found in the data, plus an off-topic one."""
    found: list[str] = []
    for fact in service.snapshot.facts:
        if fact.subject and fact.places and fact.who:
            q = f"who did {fact.subject} meet in {fact.places[0]}"
            if q not in found and service.ask(q).answered:
                found.append(q)
        if len(found) >= limit:
            break
    assert found, "no fact gives an answered 'who … meet in …' question"
    return [*found, "what is the weather like on Mars tomorrow?"]


def fingerprint(answer: Answer) -> tuple[Any, ...]:
    return (answer.text, answer.answered, answer.sources, answer.items)


def answers_of(service: AnswerService, questions: Iterable[str]) -> list[tuple[Any, ...]]:
    return [fingerprint(service.ask(q)) for q in questions]


# --- faults in data/ and config/ ---------------------------------------------------------------

@dataclass(frozen=True)
class Expect:
    """Where a DataError must point: the file (relative to the rig), a line range, a key,
    and words of its reason."""

    file: str
    lines: tuple[int, int] | None = None
    key: str | None = None
    says: str = ""


def _dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000),
                    encoding="utf-8")


def _insert_broken_line(rig: Rig, path: Path, key: str | None) -> Expect:
    """A flow collection left open, before the middle item of list `key` (or before the
    second top-level key of a mapping file): the parser stops within two lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if key is not None:
        items = sorted(list_item_lines(path, key).values())
        at = items[len(items) // 2]  # 1-based line of an item
        broken = "  - name: [unclosed, {broken"
    else:
        tops = [i + 1 for i, text in enumerate(lines) if re.match(r"[a-z_]+:", text)]
        at = tops[1]
        broken = "title2: [unclosed, {broken"
    lines.insert(at - 1, broken)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Expect(rig.rel(path), (at, at + 2), None, "invalid YAML")


def _facts_item(rig: Rig) -> tuple[dict[str, Any], int]:
    raw = yaml.safe_load(rig.facts.read_text(encoding="utf-8"))
    return raw, len(raw["facts"]) // 2


def _quote_not_in_article(rig: Rig) -> Expect:
    raw, k = _facts_item(rig)
    raw["facts"][k]["quotes"] = [str(raw["facts"][k]["quotes"][0]).rstrip(".")
                                 + " and something the article never said."]
    _dump(rig.facts, raw)
    line = list_item_lines(rig.facts, "facts")[k]
    return Expect(rig.rel(rig.facts), (line, line), "quotes", "quote not found")


def _fact_of_wrong_shape(rig: Rig) -> Expect:
    raw, k = _facts_item(rig)
    raw["facts"][k]["quotes"] = {"not": "a list"}
    _dump(rig.facts, raw)
    line = list_item_lines(rig.facts, "facts")[k]
    return Expect(rig.rel(rig.facts), (line, line), "quotes", "expected a string")


def _alias_used_twice(rig: Rig) -> Expect:
    raw = yaml.safe_load(rig.entities.read_text(encoding="utf-8"))
    items = raw["entities"]
    first, second = 0, len(items) // 2
    taken = fold(items[first]["name"])
    items[second]["aliases"] = [*(items[second].get("aliases") or []), taken]
    _dump(rig.entities, raw)
    line = list_item_lines(rig.entities, "entities")[second]
    return Expect(rig.rel(rig.entities), (line, line), "aliases",
                  f"is already an alias of {items[first]['name']!r}")


def _unlink_all(folder: Path, pattern: str) -> None:
    for path in folder.glob(pattern):
        path.unlink()


def _write(path: Path, text: str | bytes) -> None:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def _mapping_to(path: Path, key: str, value: Any) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw[key] = value
    _dump(path, raw)


TOP = "at the top level"


def _missing(file: Callable[[Rig], Path]) -> Callable[[Rig], Expect]:
    def apply(rig: Rig) -> Expect:
        file(rig).unlink()
        return Expect(rig.rel(file(rig)), says="file not found")
    return apply


def _written(file: Callable[[Rig], Path], text: str | bytes, says: str) -> Callable[[Rig], Expect]:
    def apply(rig: Rig) -> Expect:
        _write(file(rig), text)
        return Expect(rig.rel(file(rig)), says=says)
    return apply


def _key_of_wrong_shape(file: Callable[[Rig], Path], key: str, value: Any,
                        says: str) -> Callable[[Rig], Expect]:
    def apply(rig: Rig) -> Expect:
        _mapping_to(file(rig), key, value)
        return Expect(rig.rel(file(rig)), key=key, says=says)
    return apply


def _none_left(folder: str, pattern: str, says: str) -> Callable[[Rig], Expect]:
    def apply(rig: Rig) -> Expect:
        _unlink_all(rig.data / folder, pattern)
        return Expect(rig.rel(rig.data / folder), says=says)
    return apply


def _entities(rig: Rig) -> Path:
    return rig.entities


def _intents(rig: Rig) -> Path:
    return rig.intents


def _facts(rig: Rig) -> Path:
    return rig.facts


def _meta(rig: Rig) -> Path:
    return rig.meta


def _article(rig: Rig) -> Path:
    return rig.article


# name -> break the rig, returning where the error must point
DATA_FAULTS: dict[str, Callable[[Rig], Expect]] = {
    "entities-missing": _missing(_entities),
    "entities-empty": _written(_entities, "", TOP),
    "entities-invalid-yaml": lambda r: _insert_broken_line(r, r.entities, "entities"),
    "entities-wrong-shape": _written(_entities, "- name: A\n  kind: person\n", TOP),
    "intents-missing": _missing(_intents),
    "intents-empty": _written(_intents, "", TOP),
    "intents-invalid-yaml": lambda r: _insert_broken_line(r, r.intents, "intents"),
    "intents-wrong-shape": _key_of_wrong_shape(_intents, "intents", {"name": "who"},
                                               "must be a non-empty list"),
    "facts-empty": _written(_facts, "", TOP),
    "facts-invalid-yaml": lambda r: _insert_broken_line(r, r.facts, "facts"),
    "facts-wrong-shape": _key_of_wrong_shape(_facts, "facts", {"id": "x"}, "'facts' must be"),
    "fact-wrong-shape": _fact_of_wrong_shape,
    "meta-invalid-yaml": lambda r: _insert_broken_line(r, r.meta, None),
    "meta-wrong-shape": _written(_meta, "- title\n- url\n", TOP),
    "article-missing": _none_left("articles", "*.txt", "no article found"),
    "article-empty": _written(_article, "\n\n", "the article is empty"),
    "article-not-utf8": _written(_article, bytes(range(128, 256)) * 8, "cannot read"),
    "quote-not-in-article": _quote_not_in_article,
    "alias-used-twice": _alias_used_twice,
}


def check_data_error(rig: Rig, error: BaseException, expect: Expect) -> None:
    """The error names the file and, where one exists, the line and the key."""
    assert isinstance(error, DataError), f"{type(error).__name__}: {error}"
    message = str(error)
    assert rig.rel(error.path) == expect.file, message
    assert message.startswith(str(error.path)), message
    assert expect.says in message, message
    if expect.lines is not None:
        lo, hi = expect.lines
        assert error.line is not None and lo <= error.line <= hi, (message, expect.lines)
        assert f"line {error.line}" in message
    if expect.key is not None:
        assert error.key == expect.key, message
        assert expect.key in message


# --- the disk refusing a write during a build ------------------------------------------------

def refuse(err: int) -> OSError:
    return OSError(err, os.strerror(err))


def _refuse_replace(mp: pytest.MonkeyPatch, store: Path) -> str:
    real = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if Path(dst) == store:
            raise refuse(errno.ENOSPC)
        real(src, dst, *args, **kwargs)

    mp.setattr(os, "replace", replace)
    return str(store)


def _refuse_connect(mp: pytest.MonkeyPatch, store: Path) -> str:
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(database).endswith(".tmp"):
            raise refuse(errno.EACCES)
        return real(database, *args, **kwargs)

    mp.setattr(sqlite3, "connect", connect)
    return str(store)


def _refuse_temp_file(mp: pytest.MonkeyPatch, store: Path) -> str:
    real = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if Path(str(kwargs.get("dir", ""))) == store.parent:
            raise refuse(errno.EROFS)
        return real(*args, **kwargs)

    mp.setattr(tempfile, "mkstemp", mkstemp)
    return str(store.parent)


def _refuse_fsync(mp: pytest.MonkeyPatch, store: Path) -> str:
    def fsync(fd: int) -> None:
        raise refuse(errno.EIO)

    mp.setattr(os, "fsync", fsync)
    return str(store)


def _disk_full_mid_write(mp: pytest.MonkeyPatch, store: Path) -> str:
    real = build_module.write_store

    def write_store(sources: Any, db: sqlite3.Connection) -> None:
        real(sources, db)  # everything written, then the disk fills before the commit
        raise sqlite3.OperationalError("database or disk is full")

    mp.setattr(build_module, "write_store", write_store)
    return str(store)


# name -> (patch, returning the path the StoreError must name)
WRITE_FAULTS: dict[str, Callable[[pytest.MonkeyPatch, Path], str]] = {
    "replace-no-space": _refuse_replace,
    "connect-refused": _refuse_connect,
    "temp-file-read-only": _refuse_temp_file,
    "fsync-io-error": _refuse_fsync,
    "disk-full-mid-write": _disk_full_mid_write,
}


def check_store_error(error: BaseException, names: str) -> None:
    assert isinstance(error, StoreError), f"{type(error).__name__}: {error}"
    assert names in str(error), str(error)


# --- hostile text ------------------------------------------------------------------------------

MENTIONS = ["@everyone", "@here", "<@123>", "<@!123>", "<@&456>", "<#789>",
            f"<@{OTHER_MEMBER_ID}>", f"<@!{OTHER_MEMBER_ID}>", f"<@&{MOD_ROLE_ID}>",
            f"<#{CHANNEL_ID}>", "@@everyone", "<<@123>>", "@\u200beveryone", "@ here",
            "<@", "everyone>", "</ask:1>"]
MARKDOWN = ["*", "**", "_", "__", "~~", "||", "`", "```", "```py\n", "\n```\n", "> ", ">>> ",
            "# ", "## ", "-# ", "- ", "1. ", "[click](https://example.org)",
            "https://example.org/```", "https://x.y/*a*_b_||c||", "\\", "\\*", "\\`", "<", ">",
            "\n"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a",
             "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
             "\u061c", "\u00ad", "\u034f"]
CONTROL = [*map(chr, range(32)), "\x7f", "\x85", "\u2028", "\u2029"]
SQL = ["'", '"', ";", "--", "/*", "*/", "%", "_", "?", ":name", "$1", "%s", "{}", "{0}",
       "' OR '1'='1", "'); DROP TABLE unanswered; --", '" OR 1=1 --', "NULL", "\\0",
       "'; ATTACH DATABASE 'x' AS y; --", "NEAR(", " AND ", " OR ", " NOT ", "^", "text:",
       "(", ")", '"*', "\x00"]


def _vocabulary() -> list[str]:
    words = ["who", "did", "met", "meet", "where", "when", "why", "what", "discuss", "how many",
             "and", "he", "there", "?", " "]
    try:
        raw = yaml.safe_load((ROOT / "config" / "entities.yaml").read_text(encoding="utf-8"))
        for entity in raw["entities"]:
            words += [str(entity["name"]), *map(str, entity.get("aliases") or [])]
    except (OSError, KeyError, TypeError, yaml.YAMLError):
        pass
    return words


VOCABULARY = _vocabulary()
fragment = st.one_of(st.sampled_from(MENTIONS), st.sampled_from(MARKDOWN),
                     st.sampled_from(INVISIBLE), st.sampled_from(CONTROL),
                     st.sampled_from(SQL), st.sampled_from(VOCABULARY),
                     st.sampled_from(VOCABULARY), st.text(max_size=12))
hostile = st.lists(fragment, max_size=30).map(" ".join)
# st.text seldom makes long strings on its own: long ones from a repeated hostile piece
long_hostile = st.tuples(st.lists(fragment, min_size=1, max_size=30).map(" ".join),
                         st.integers(1_000, 10_000)).map(
    lambda pair: ((pair[0] or "?") * (pair[1] // len(pair[0] or "?") + 1))[:pair[1]])
any_input = st.one_of(hostile, hostile, long_hostile, st.text(max_size=400))


# --- what every reply must respect -------------------------------------------------------------

# A mention Discord would render: @everyone/@here, or <@id>, <@!id>, <@&id>, <#id> of any id.
RAW_MENTION = re.compile(r"@(?:everyone|here)|<(?:@[!&]?|#)\d+>")
MARKDOWN_CHARS = "*_~|`"


# The help text shows the bot's own mention on purpose ("mention me first: @Newsdesk"):
# written by the bot, never taken from input, and it pings nobody.
OWN_MENTIONS = {f"<@{BOT_ID}>"}


def raw_mentions(text: str) -> list[str]:
    return [m for m in RAW_MENTION.findall(text) if m not in OWN_MENTIONS]


def unescaped_markdown(text: str) -> list[int]:
    """Positions of markdown characters not escaped by a backslash."""
    out, backslashes = [], 0
    for i, c in enumerate(text):
        if c == "\\":
            backslashes += 1
            continue
        if c in MARKDOWN_CHARS and backslashes % 2 == 0:
            out.append(i)
        backslashes = 0
    return out


def embed_texts(embed: dict[str, Any]) -> list[str]:
    out = [embed.get("title") or "", embed.get("description") or "",
           (embed.get("footer") or {}).get("text") or "",
           (embed.get("author") or {}).get("name") or ""]
    for f in embed.get("fields") or []:
        out += [f.get("name") or "", f.get("value") or ""]
    return out


def check_embed_dict(embed: dict[str, Any]) -> None:
    """Discord's limits, and no mention Discord would render."""
    assert len(embed.get("title") or "") <= render.TITLE_MAX
    assert len(embed.get("description") or "") <= render.DESCRIPTION_MAX
    fields = embed.get("fields") or []
    assert len(fields) <= render.FIELDS_MAX
    for f in fields:
        assert 0 < len(f.get("name") or "") <= render.FIELD_NAME_MAX
        assert 0 < len(f.get("value") or "") <= render.FIELD_VALUE_MAX
    assert len((embed.get("footer") or {}).get("text") or "") <= render.FOOTER_MAX
    assert len((embed.get("author") or {}).get("name") or "") <= render.AUTHOR_MAX
    texts = embed_texts(embed)
    assert sum(map(len, texts)) <= render.EMBED_TOTAL_MAX
    for text in texts:
        assert not raw_mentions(text), (raw_mentions(text), text[:300])


def check_message(msg: dict[str, Any]) -> None:
    """A message payload (send, interaction reply, edit, follow-up) as Discord would check it,
    and as a member would read it."""
    content = msg.get("content") or ""
    assert len(content) <= render.CONTENT_MAX
    assert not raw_mentions(content), content[:300]
    embeds = msg.get("embeds") or []
    assert len(embeds) <= 10
    for embed in embeds:
        check_embed_dict(embed)
    for row in msg.get("components") or []:
        assert len(row.get("components") or []) <= 5
        for comp in row.get("components") or []:
            assert len(comp.get("label") or "") <= render.BUTTON_LABEL_MAX
            assert len(comp.get("custom_id") or "") <= 100
    if content or embeds:
        mentions = msg.get("allowed_mentions")
        assert mentions is not None and mentions.get("parse") == [], mentions
        assert not mentions.get("users") and not mentions.get("roles")
        assert not mentions.get("replied_user")


def check_choices(payload: dict[str, Any]) -> None:
    """An autocomplete answer: at most 25 choices of 1-100 characters."""
    assert payload.get("type") == 8, payload
    choices = payload["data"]["choices"]
    assert len(choices) <= 25
    for choice in choices:
        assert 1 <= len(choice["name"]) <= 100 and 1 <= len(str(choice["value"])) <= 100
