"""Store -> Snapshot: the immutable in-memory view the engine answers from.

The store is small, so it is read whole: an answer then costs no I/O. Passage search uses
the store's FTS5 index on an in-memory copy (sqlite3's backup), so a store replaced on disk
by a reload never changes a snapshot in use.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
import threading
import urllib.parse
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from bot.errors import StoreError
from bot.store.schema import FTS_TABLE, SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    slug: str
    title: str
    outlet: str | None
    url: str | None
    date: str | None
    subject: str | None


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    leader: bool = False
    place: str | None = None
    regions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    document: str
    paragraph: int
    quote: str


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    document: str
    kind: str
    subject: str | None
    who: tuple[str, ...]
    places: tuple[str, ...]
    occasion: str | None
    about: tuple[str, ...]
    time_phrase: str | None
    follows: str | None
    count: str | None
    why: str | None
    topics: tuple[str, ...]
    keywords: tuple[str, ...]
    summary: str
    quotes: tuple[Quote, ...]
    counterpart: str | None = None  # how a country in `who` is worded: "foreign minister"

    @property
    def participants(self) -> tuple[str, ...]:
        return ((self.subject,) if self.subject else ()) + self.who


@dataclass(frozen=True)
class Snapshot:
    documents: dict[str, DocumentInfo]
    paragraphs: dict[tuple[str, int], str]
    entities: dict[str, Entity]
    aliases: dict[str, str]
    facts: tuple[Fact, ...]
    intents: tuple[dict[str, Any], ...]
    vocabulary: dict[str, Any]
    replies: dict[str, str]
    sentences: dict[int, tuple[str, int, str]]  # id -> (document, paragraph, text)
    fts: sqlite3.Connection = field(repr=False)
    fts_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # document -> every entity its sentences name (linked at build by their aliases)
    mentioned: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    # made by the builder, so that a load does not tokenise everything again:
    words: frozenset[str] = field(default=frozenset(), repr=False)  # of all the articles
    document_words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    alias_tokens: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    fact_stems: dict[str, tuple[frozenset[str], frozenset[str]]] = field(
        default_factory=dict, repr=False)  # fact id -> (strong, weak) stems
    keyword_words: frozenset[str] | None = field(default=None, repr=False)  # of all facts

    def paragraph(self, document: str, number: int) -> str | None:
        return self.paragraphs.get((document, number))

    @cached_property
    def sentences_by_paragraph(self) -> dict[tuple[str, int], list[str]]:
        """Each paragraph's sentences in order: what stands next to a quote."""
        out: dict[tuple[str, int], list[str]] = {}
        for i in sorted(self.sentences):
            document, paragraph, text = self.sentences[i]
            out.setdefault((document, paragraph), []).append(text)
        return out

    def stats(self) -> dict[str, int]:
        return {"documents": len(self.documents), "paragraphs": len(self.paragraphs),
                "facts": len(self.facts), "entities": len(self.entities),
                "aliases": len(self.aliases), "intents": len(self.intents)}

    def search(self, match: str, limit: int,
               documents: frozenset[str] | None = None) -> list[int]:
        """Sentence ids for an FTS5 MATCH expression, best (bm25) first; with `documents`,
        only sentences of those documents (one subject's articles)."""
        wanted = limit if documents is None else limit * 20
        with self.fts_lock:
            try:
                rows = self.fts.execute(
                    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? "
                    "ORDER BY bm25(sentences_fts) LIMIT ?", (match, wanted)).fetchall()
            except sqlite3.Error:
                return []
        ids = [r[0] for r in rows]
        if documents is not None:
            ids = [i for i in ids if self.sentences[i][0] in documents]
        return ids[:limit]


# Seconds to wait for a store another connection holds locked before giving up. The bot
# only ever replaces the store (never writes it in place), so any lock is someone else's.
BUSY_TIMEOUT = 2.0


def open_readonly(store: Path) -> sqlite3.Connection:
    """A read-only connection to `store`, whatever characters its path holds.

    Reliability fix: the URI used to be f"file:{store}?mode=ro", so a path with '?', '#' or
    '%' opened another file (read-write, creating it) and never the store. The path is now
    percent-encoded, as SQLite's URI rules require.
    """
    uri = "file:" + urllib.parse.quote(str(Path(store).absolute())) + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)


def load_snapshot(store: Path) -> Snapshot:
    """Read the whole store; a missing, corrupt, locked or foreign file is a StoreError."""
    if not store.exists():
        raise StoreError(f"no store at {store}: run `python -m bot build`")
    try:
        with contextlib.closing(open_readonly(store)) as disk:
            # Reliability fix: take the read lock first, so a store another connection holds
            # with BEGIN EXCLUSIVE is "database is locked" after BUSY_TIMEOUT. Without it,
            # sqlite3's backup() retried a busy source forever and the load hung.
            disk.execute("BEGIN")
            disk.execute("SELECT count(*) FROM sqlite_master").fetchone()
            # passage search runs on an in-memory copy of the FTS index alone, so a store
            # replaced or damaged on disk never changes a snapshot in use
            return _read(disk, _fts_copy(disk))
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the store {store}: {exc}") from None
    except StoreError as exc:  # reliability fix: a foreign schema names the file too
        raise StoreError(f"cannot read the store {store}: {exc}") from None


def _fts_copy(disk: sqlite3.Connection) -> sqlite3.Connection:
    """An in-memory database holding only the FTS5 index (its shadow tables copied as
    they are, over the empty ones a new table starts with): a fraction of the store, and
    no re-indexing."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    memory.execute(FTS_TABLE)
    with memory:
        memory.execute("DELETE FROM sentences_fts_data")
        memory.executemany("INSERT INTO sentences_fts_data VALUES (?, ?)",
                           disk.execute("SELECT id, block FROM sentences_fts_data"))
        memory.execute("DELETE FROM sentences_fts_idx")
        memory.executemany("INSERT INTO sentences_fts_idx VALUES (?, ?, ?)",
                           disk.execute("SELECT segid, term, pgno FROM sentences_fts_idx"))
        memory.execute("DELETE FROM sentences_fts_docsize")
        memory.executemany("INSERT INTO sentences_fts_docsize VALUES (?, ?)",
                           disk.execute("SELECT id, sz FROM sentences_fts_docsize"))
        memory.execute("DELETE FROM sentences_fts_config")
        memory.executemany("INSERT INTO sentences_fts_config VALUES (?, ?)",
                           disk.execute("SELECT k, v FROM sentences_fts_config"))
    return memory


def _read(db: sqlite3.Connection, fts: sqlite3.Connection) -> Snapshot:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("schema_version") != str(SCHEMA_VERSION):
        raise StoreError(f"store schema {meta.get('schema_version')!r}, expected "
                         f"{SCHEMA_VERSION}: rebuild it")
    intern = sys.intern
    documents = {r[0]: DocumentInfo(*r) for r in db.execute(
        "SELECT slug, title, outlet, url, date, subject FROM documents ORDER BY slug")}
    words: set[str] = set()
    document_words: dict[str, frozenset[str]] = {}
    for slug, text in db.execute("SELECT slug, words FROM documents"):
        if text:
            document_words[slug] = frozenset(text.split(" "))
            words.update(document_words[slug])
    paragraphs = {(d, n): t for d, n, t in db.execute(
        "SELECT document, number, text FROM paragraphs")}
    entities = {}
    for name, kind, attributes in db.execute(
            "SELECT name, kind, attributes FROM entities ORDER BY position"):
        attrs = json.loads(attributes)
        entities[name] = Entity(name, kind, attrs.get("country"), attrs.get("role"),
                                bool(attrs.get("leader", False)), attrs.get("place"),
                                tuple(attrs.get("regions", ())))
    names = {name: name for name in entities}  # one string per name, shared by every row
    aliases: dict[str, str] = {}
    alias_tokens: dict[str, tuple[str, ...]] = {}
    for alias, entity, key in db.execute(
            "SELECT alias, entity, tokens FROM aliases ORDER BY alias"):
        aliases[alias] = names.get(entity, entity)
        alias_tokens[alias] = tuple(intern(w) for w in key.split(" ")) if key else ()
    links: dict[str, dict[str, list[str]]] = {}
    for fact, role, entity in db.execute(
            "SELECT fact, role, entity FROM fact_entities ORDER BY fact, role, position"):
        links.setdefault(fact, {}).setdefault(role, []).append(names.get(entity, entity))
    quotes: dict[str, list[Quote]] = {}
    for fact, document, paragraph, quote in db.execute(
            "SELECT fact, document, paragraph, quote FROM fact_quotes ORDER BY fact, position"):
        quotes.setdefault(fact, []).append(Quote(document, paragraph, quote))
    facts = []
    keyword_words: set[str] = set()
    stems: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for row in db.execute(
            "SELECT id, document, kind, subject, occasion, time_phrase, follows, count, why, "
            "summary, topics, keywords, counterpart, strong, weak, keyword_words FROM facts "
            "ORDER BY file, item"):
        (fid, document, kind, subject, occasion, time_phrase, follows, count, why, summary,
         topics, keywords, counterpart, strong, weak, keyword_text) = row
        if keyword_text:
            keyword_words.update(keyword_text.split(" "))
        role = links.get(fid, {})
        facts.append(Fact(fid, document, kind, subject, tuple(role.get("who", ())),
                          tuple(role.get("place", ())), occasion, tuple(role.get("about", ())),
                          time_phrase, follows, count, why, tuple(json.loads(topics)),
                          tuple(json.loads(keywords)), summary, tuple(quotes.get(fid, ())),
                          counterpart))
        stems[fid] = (frozenset(intern(w) for w in strong.split(" ") if w),
                      frozenset(intern(w) for w in weak.split(" ") if w))
    config = {k: json.loads(v) for k, v in db.execute("SELECT name, value FROM config")}
    sentences = {i: (d, p, t) for i, d, p, t in db.execute(
        "SELECT id, document, paragraph, text FROM sentences")}
    mentioned: dict[str, set[str]] = {}
    for document, entity in db.execute(
            "SELECT DISTINCT s.document, m.entity FROM mentions m "
            "JOIN sentences s ON s.id = m.sentence"):
        mentioned.setdefault(document, set()).add(entity)
    return Snapshot(documents, paragraphs, entities, aliases, tuple(facts),
                    tuple(config["intents"]), config["vocabulary"], config["replies"],
                    sentences, fts, mentioned={d: frozenset(e) for d, e in mentioned.items()},
                    words=frozenset(words), document_words=document_words,
                    alias_tokens=alias_tokens, fact_stems=stems,
                    keyword_words=frozenset(keyword_words))
