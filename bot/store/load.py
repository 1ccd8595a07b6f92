"""Store -> Snapshot: the immutable view the engine answers from.

A thousand articles do not fit a start-up budget read whole, so a load reads only what
every question needs (documents, settings, the lexicon's words, which the builder
prepared) and the rest (a document's facts, texts, words; an entity) when first asked
for. It reads them from a private copy of the store, made under the store's read lock
and unlinked at once, so a store replaced or damaged on disk by a reload never changes a
snapshot in use; passage search (FTS5) runs on the same copy.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable, ItemsView, Iterable, Iterator, Mapping, ValuesView
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from bot.errors import StoreError
from bot.store.schema import MAX_SENTENCES, SCHEMA_VERSION, sentence_base

K = TypeVar("K")
V = TypeVar("V")


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
    # who relayed a statement when not its speaker ("state television reported"): tied to
    # the fact for finding it, never one who took part
    reported_by: tuple[str, ...] = ()

    @property
    def participants(self) -> tuple[str, ...]:
        return ((self.subject,) if self.subject else ()) + self.who


class Store:
    """A private, read-only copy of the store, queried under one lock.

    The copy is made under the store's read lock and unlinked once open, so a store
    replaced, damaged or deleted on disk never changes a snapshot in use, and nothing is
    left behind by a killed process; the operating system frees it with the connection.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.lock = threading.Lock()

    def rows(self, query: Callable[[sqlite3.Connection], sqlite3.Cursor]) -> list[Any]:
        """All rows of `query(db)` (whose SQL is a constant), run under the lock."""
        with self.lock:
            return query(self.db).fetchall()


_UNREAD: Any = object()  # a key the cache has not read (None is read and absent)


class _Lazy(Mapping[K, V]):
    """A read-only mapping over the store: each key read when first asked for, with a
    bounded cache, so a snapshot holds only what questions have touched."""

    def __init__(self, store: Store, fetch: Callable[[Store, K], V | None],
                 keys: Callable[[Store], list[K]], limit: int = 4096) -> None:
        self._store, self._fetch, self._keys, self._limit = store, fetch, keys, limit
        self._cache: OrderedDict[K, V | None] = OrderedDict()
        self._lock = threading.Lock()

    def __getitem__(self, key: K) -> V:
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                found = self._cache[key]
            else:
                found = self._cache[key] = self._fetch(self._store, key)
                if len(self._cache) > self._limit:
                    self._cache.popitem(last=False)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: K, default: Any = None) -> Any:
        """A cached key without the lock (a dict read is atomic): a desk's build looks up
        its entities some 150 times. A hit here does not refresh its place in the LRU."""
        found = self._cache.get(key, _UNREAD)
        if found is _UNREAD:
            try:
                return self[key]
            except KeyError:
                return default
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except (KeyError, TypeError):
            return False
        return True

    def __iter__(self) -> Iterator[K]:
        return iter(self._keys(self._store))

    def __len__(self) -> int:
        return len(self._keys(self._store))


class Entities(_Lazy[str, Entity]):
    """The gazetteer, read an entity at a time; all of it only when iterated."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, _entity, _entity_names, limit=1 << 20)
        self._all: dict[str, Entity] | None = None

    def everything(self) -> dict[str, Entity]:
        """Every entity in gazetteer order (read once, for the rare question that scans)."""
        if self._all is None:
            rows = self._store.rows(lambda d: d.execute(
                "SELECT name, kind, attributes FROM entities ORDER BY position"))
            self._all = {name: _entity_of(name, kind, attributes)
                         for name, kind, attributes in rows}
        return self._all

    def values(self) -> ValuesView[Entity]:
        return self.everything().values()

    def items(self) -> ItemsView[str, Entity]:
        return self.everything().items()

    def __len__(self) -> int:
        return int(self._store.rows(lambda d: d.execute("SELECT count(*) FROM entities"))[0][0])

    def prefetch(self, names: Iterable[str]) -> None:
        """Read the entities named, and everything they lie in, a level at a time: a
        desk's few dozen in three queries instead of one each (what they read is what
        looking each up would)."""
        with self._lock:
            todo = sorted({n for n in names if n not in self._cache})
        while todo:
            wanted = json.dumps(todo)
            rows = self._store.rows(lambda d, wanted=wanted: d.execute(  # type: ignore[misc]
                "SELECT name, kind, attributes FROM entities WHERE name IN "
                "(SELECT value FROM json_each(?))", (wanted,)))
            found = {name: _entity_of(name, kind, attributes) for name, kind, attributes in rows}
            with self._lock:
                for name in todo:
                    if name not in self._cache:
                        self._cache[name] = found.get(name)
                        if len(self._cache) > self._limit:
                            self._cache.popitem(last=False)
                todo = sorted({x for e in found.values()
                               for x in (e.country, e.place, *e.regions)
                               if x and x not in self._cache})


def _entity_names(store: Store) -> list[str]:
    return [r[0] for r in store.rows(lambda d: d.execute(
        "SELECT name FROM entities ORDER BY position"))]


def _entity_of(name: str, kind: str, attributes: str) -> Entity:
    attrs = json.loads(attributes)
    return Entity(name, kind, attrs.get("country"), attrs.get("role"),
                  bool(attrs.get("leader", False)), attrs.get("place"),
                  tuple(attrs.get("regions", ())))


def _entity(store: Store, name: str) -> Entity | None:
    rows = store.rows(lambda d: d.execute(
        "SELECT kind, attributes FROM entities WHERE name = ?", (name,)))
    return _entity_of(name, *rows[0]) if rows else None


def _paragraph(store: Store, key: tuple[str, int]) -> str | None:
    rows = store.rows(lambda d: d.execute(
        "SELECT text FROM paragraphs WHERE document = ? AND number = ?", key))
    return rows[0][0] if rows else None


def _sentence(store: Store, key: int) -> tuple[str, int, str] | None:
    rows = store.rows(lambda d: d.execute(
        "SELECT document, paragraph, text FROM sentences WHERE id = ?", (key,)))
    return (rows[0][0], rows[0][1], rows[0][2]) if rows else None


def _in_paragraph(store: Store, key: tuple[str, int]) -> list[str] | None:
    base = sentence_base(key[0])
    rows = store.rows(lambda d: d.execute(
        "SELECT text FROM sentences WHERE id BETWEEN ? AND ? AND document = ? "
        "AND paragraph = ? ORDER BY id", (base, base + MAX_SENTENCES - 1, key[0], key[1])))
    return [r[0] for r in rows] or None


def _document_words(store: Store, slug: str) -> frozenset[str] | None:
    rows = store.rows(lambda d: d.execute("SELECT words FROM documents WHERE slug = ?", (slug,)))
    return frozenset(rows[0][0].split(" ")) if rows and rows[0][0] else None


def _mentioned(store: Store, slug: str) -> frozenset[str] | None:
    base = sentence_base(slug)
    rows = store.rows(lambda d: d.execute(
        "SELECT DISTINCT entity FROM mentions WHERE sentence BETWEEN ? AND ?",
        (base, base + MAX_SENTENCES - 1)))
    return frozenset(r[0] for r in rows) or None


def _document_stems(store: Store, slug: str) -> frozenset[str] | None:
    rows = store.rows(lambda d: d.execute("SELECT stems FROM documents WHERE slug = ?", (slug,)))
    return frozenset(rows[0][0].split(" ")) if rows and rows[0][0] else None


class FactStems(_Lazy[str, tuple[frozenset[str], frozenset[str]]]):
    """Fact id -> (strong, weak) stems as the builder stored them; a miss reads those of
    every fact of the same document at once (a desk asks for all of them in a row)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, self._fetch_one, lambda s: [r[0] for r in s.rows(
            lambda d: d.execute("SELECT id FROM facts ORDER BY file, item"))], limit=4096)
        self._pending: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def _fetch_one(self, store: Store, fid: str
                   ) -> tuple[frozenset[str], frozenset[str]] | None:
        found = self._pending.pop(fid, None)
        if found is not None:
            return found
        rows = store.rows(lambda d: d.execute(
            "SELECT id, strong, weak FROM facts WHERE document = "
            "(SELECT document FROM facts WHERE id = ?)", (fid,)))
        self._pending = {i: (frozenset(w for w in strong.split(" ") if w),
                             frozenset(w for w in weak.split(" ") if w))
                         for i, strong, weak in rows}
        return self._pending.pop(fid, None)

    def prime(self, stems: dict[str, tuple[frozenset[str], frozenset[str]]]) -> None:
        """Stems read with their facts (one row per document): no query when asked for."""
        with self._lock:
            for fid, value in stems.items():
                self._cache[fid] = value
                self._cache.move_to_end(fid)
                if len(self._cache) > self._limit:
                    self._cache.popitem(last=False)


def _facts(store: Store, document: str | None = None) -> tuple[Fact, ...]:
    """Facts (all, or one document's), in the order of their files and items."""
    if document is None:
        linked = store.rows(lambda d: d.execute(
            "SELECT e.fact, e.role, e.entity FROM fact_entities e "
            "ORDER BY e.fact, e.role, e.position"))
        quoted = store.rows(lambda d: d.execute(
            "SELECT q.fact, q.document, q.paragraph, q.quote FROM fact_quotes q "
            "ORDER BY q.fact, q.position"))
        rows = store.rows(lambda d: d.execute(
            "SELECT id, document, kind, subject, occasion, time_phrase, follows, count, why, "
            "summary, topics, keywords, counterpart FROM facts ORDER BY file, item"))
    else:
        linked = store.rows(lambda d: d.execute(
            "SELECT e.fact, e.role, e.entity FROM fact_entities e JOIN facts f ON f.id = e.fact "
            "WHERE f.document = ? ORDER BY e.fact, e.role, e.position", (document,)))
        quoted = store.rows(lambda d: d.execute(
            "SELECT q.fact, q.document, q.paragraph, q.quote FROM fact_quotes q "
            "JOIN facts f ON f.id = q.fact WHERE f.document = ? ORDER BY q.fact, q.position",
            (document,)))
        rows = store.rows(lambda d: d.execute(
            "SELECT id, document, kind, subject, occasion, time_phrase, follows, count, why, "
            "summary, topics, keywords, counterpart FROM facts WHERE document = ? "
            "ORDER BY file, item", (document,)))
    links: dict[str, dict[str, list[str]]] = {}
    for fact, role, entity in linked:
        links.setdefault(fact, {}).setdefault(role, []).append(entity)
    quotes: dict[str, list[Quote]] = {}
    for fact, doc, paragraph, quote in quoted:
        quotes.setdefault(fact, []).append(Quote(doc, paragraph, quote))
    facts = []
    for row in rows:
        (fid, doc, kind, subject, occasion, time_phrase, follows, count, why, summary,
         topics, keywords, counterpart) = row
        role = links.get(fid, {})
        facts.append(Fact(fid, doc, kind, subject, tuple(role.get("who", ())),
                          tuple(role.get("place", ())), occasion, tuple(role.get("about", ())),
                          time_phrase, follows, count, why, tuple(json.loads(topics)),
                          tuple(json.loads(keywords)), summary, tuple(quotes.get(fid, ())),
                          counterpart, tuple(role.get("reported_by", ()))))
    return tuple(facts)


_EMPTY = frozenset(("",))


def _fact_row(document: str, items: list[list[Any]]
              ) -> tuple[tuple[Fact, ...], dict[str, tuple[frozenset[str], frozenset[str]]]]:
    """A document's facts and their stems from its one row (see build._fact_row)."""
    facts = []
    stems = {}
    for (fid, kind, subject, who, places, occasion, about, time_phrase, follows, count, why,
         topics, keywords, summary, quotes, counterpart, strong, weak) in items:
        facts.append(Fact(fid, document, kind, subject, tuple(who), tuple(places), occasion,
                          tuple(about), time_phrase, follows, count, why, tuple(topics),
                          tuple(keywords), summary,
                          tuple(Quote(d, p, q) for d, p, q in quotes), counterpart))
        stems[fid] = (frozenset(strong.split(" ")) - _EMPTY, frozenset(weak.split(" ")) - _EMPTY)
    return tuple(facts), stems


@dataclass(frozen=True)
class Words:
    """What the builder worked out of every article, fact and alias, for the lexicon: the
    words it knows, the words only names are made of, and the aliases' words."""

    known: frozenset[str]
    names: str  # space-separated, sorted: split when a name is corrected
    aliases: str
    longest_alias: int
    leaders: tuple[tuple[str, str], ...] = ()  # (country, person who leads it), in order
    roles: str = ""  # every role an entity holds, casefolded, joined by " | "


@dataclass(frozen=True)
class Snapshot:
    """The engine's view of one store: what every question needs (documents, settings,
    the lexicon's words) read at load; the rest (facts, texts, entities) read from a
    private copy of the store when first asked for, a document at a time."""

    documents: dict[str, DocumentInfo]
    intents: tuple[dict[str, Any], ...]
    vocabulary: dict[str, Any]
    replies: dict[str, str]
    store: Store = field(repr=False)
    words: Words = field(repr=False)
    counts: dict[str, int] = field(default_factory=dict, repr=False)

    @cached_property
    def entities(self) -> Entities:
        return Entities(self.store)

    @cached_property
    def paragraphs(self) -> Mapping[tuple[str, int], str]:
        return _Lazy(self.store, _paragraph, lambda s: [(doc, n) for doc, n in s.rows(
            lambda d: d.execute("SELECT document, number FROM paragraphs ORDER BY rowid"))])

    @cached_property
    def sentences(self) -> Mapping[int, tuple[str, int, str]]:  # id -> (doc, paragraph, text)
        return _Lazy(self.store, _sentence, lambda s: [r[0] for r in s.rows(
            lambda d: d.execute("SELECT id FROM sentences ORDER BY id"))])

    @cached_property
    def sentences_by_paragraph(self) -> Mapping[tuple[str, int], list[str]]:
        """Each paragraph's sentences in order: what stands next to a quote."""
        return _Lazy(self.store, _in_paragraph, lambda s: list(dict.fromkeys(
            (doc, p) for doc, p in s.rows(lambda d: d.execute(
                "SELECT document, paragraph FROM sentences ORDER BY id")))))

    @cached_property
    def document_words(self) -> Mapping[str, frozenset[str]]:
        """Each document's words, as the builder tokenised them."""
        return _Lazy(self.store, _document_words, lambda s: [r[0] for r in s.rows(
            lambda d: d.execute("SELECT slug FROM documents WHERE words != '' ORDER BY slug"))],
            limit=16)

    @cached_property
    def mentioned(self) -> Mapping[str, frozenset[str]]:
        """Document -> every entity its sentences name (linked at build by their aliases)."""
        return _Lazy(self.store, _mentioned, lambda s: [r[0] for r in s.rows(
            lambda d: d.execute("SELECT DISTINCT s.document FROM mentions m JOIN sentences s "
                                "ON s.id = m.sentence ORDER BY s.document"))], limit=256)

    @cached_property
    def fact_stems(self) -> Mapping[str, tuple[frozenset[str], frozenset[str]]]:
        """Fact id -> (strong, weak) stems, as the builder stored them."""
        return FactStems(self.store)

    @cached_property
    def document_stems(self) -> Mapping[str, frozenset[str]]:
        """Each document's words' stems (text.stem), as the builder stored them."""
        return _Lazy(self.store, _document_stems, lambda s: [r[0] for r in s.rows(
            lambda d: d.execute("SELECT slug FROM documents WHERE stems != '' ORDER BY slug"))],
            limit=16)

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Every alias -> its entity (for autocomplete and typo-tolerant lookups)."""
        return dict(self.store.rows(lambda d: d.execute(
            "SELECT alias, entity FROM aliases ORDER BY alias")))

    @cached_property
    def facts(self) -> tuple[Fact, ...]:
        """Every fact (for tools and tests; the engine reads a document's at a time)."""
        return _facts(self.store)

    def facts_of(self, document: str) -> tuple[Fact, ...]:
        """One document's facts, in order: its one row, read when first asked for (a few
        documents' kept, as a desk and the engine's short names both ask)."""
        return self._fact_rows.get(document, ())

    @cached_property
    def _fact_rows(self) -> Mapping[str, tuple[Fact, ...]]:
        stems = self.fact_stems
        assert isinstance(stems, FactStems)

        def fetch(store: Store, document: str) -> tuple[Fact, ...] | None:
            rows = store.rows(lambda d: d.execute(
                "SELECT facts FROM fact_rows WHERE document = ?", (document,)))
            if not rows:
                return None
            facts, found = _fact_row(document, json.loads(rows[0][0]))
            stems.prime(found)
            return facts

        return _Lazy(self.store, fetch, lambda s: [r[0] for r in s.rows(
            lambda d: d.execute("SELECT document FROM fact_rows ORDER BY document"))], limit=64)

    def texts_of(self, document: str) -> list[str]:
        """One document's paragraphs, in order."""
        return [r[0] for r in self.store.rows(lambda d: d.execute(
            "SELECT text FROM paragraphs WHERE document = ? ORDER BY rowid", (document,)))]

    def aliases_starting(self, word: str) -> list[tuple[tuple[str, ...], str]]:
        """(tokens, entity) of the aliases whose first token is `word`, in alias order."""
        rows = self.store.rows(lambda d: d.execute(
            "SELECT tokens, entity FROM aliases WHERE first = ? ORDER BY alias", (word,)))
        return [(tuple(key.split(" ")), entity) for key, entity in rows if key]

    def one_word_aliases(self, name: str) -> list[str]:
        """An entity's aliases of one word, in alias order ('ana', 'ribeiro')."""
        return [r[0] for r in self.store.rows(lambda d: d.execute(
            "SELECT alias FROM aliases WHERE entity = ? ORDER BY alias", (name,)))
            if " " not in r[0]]

    def fact_links(self) -> dict[str, list[Fact]]:
        """Document -> its facts with their entities only (no texts): what routing needs."""
        roles: dict[str, tuple[str, dict[str, list[str]]]] = {}
        for document, fid, role, entity in self.store.rows(lambda d: d.execute(
                "SELECT f.document, e.fact, e.role, e.entity FROM fact_entities e "
                "JOIN facts f ON f.id = e.fact ORDER BY f.file, f.item, e.role, e.position")):
            roles.setdefault(fid, (document, {}))[1].setdefault(role, []).append(entity)
        out: dict[str, list[Fact]] = {}
        for fid, (document, role) in roles.items():
            subject = role.get("subject", [None])[0]
            occasion = role.get("occasion", [None])[0]
            out.setdefault(document, []).append(Fact(
                fid, document, "", subject, tuple(role.get("who", ())),
                tuple(role.get("place", ())), occasion,
                (*role.get("about", ()), *role.get("reported_by", ())),
                None, None, None, None, (), (), "", ()))
        return out

    def strong_stems(self) -> dict[str, list[frozenset[str]]]:
        """Document -> its facts' strong stems (keywords, topics, why, count, time)."""
        out: dict[str, list[frozenset[str]]] = {}
        for document, strong in self.store.rows(lambda d: d.execute(
                "SELECT document, strong FROM facts")):
            out.setdefault(document, []).append(frozenset(w for w in strong.split(" ") if w))
        return out

    def fact_counts(self) -> dict[str, int]:
        """Document -> how many facts it has."""
        return dict(self.store.rows(lambda d: d.execute(
            "SELECT document, count(*) FROM facts GROUP BY document")))

    def paragraph(self, document: str, number: int) -> str | None:
        return self.paragraphs.get((document, number))

    def stats(self) -> dict[str, int]:
        return dict(self.counts)

    def search(self, match: str, limit: int,
               documents: frozenset[str] | None = None) -> list[int]:
        """Sentence ids for an FTS5 MATCH expression, best (bm25) first; with `documents`,
        only sentences of those documents (one subject's articles)."""
        wanted = limit if documents is None else limit * 20
        try:
            rows = self.store.rows(lambda d: d.execute(
                "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? "
                "ORDER BY bm25(sentences_fts) LIMIT ?", (match, wanted)))
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
    """Open the store; a missing, corrupt, locked or foreign file is a StoreError.

    Only what every question needs is read now; the store itself is copied (under its
    read lock) to a private file that the snapshot reads the rest from as asked.
    """
    if not store.exists():
        raise StoreError(f"no store at {store}: run `python -m bot build`")
    private: sqlite3.Connection | None = None
    try:
        with contextlib.closing(open_readonly(store)) as disk:
            # Reliability fix: take the read lock first, so a store another connection holds
            # with BEGIN EXCLUSIVE is "database is locked" after BUSY_TIMEOUT. Without it,
            # sqlite3's backup() retried a busy source forever and the load hung.
            disk.execute("BEGIN")
            disk.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _check(disk)
            private = _private_copy(store)
        return _read(Store(private))
    except sqlite3.Error as exc:
        if private is not None:
            private.close()
        raise StoreError(f"cannot read the store {store}: {exc}") from None
    except StoreError as exc:  # reliability fix: a foreign schema names the file too
        if private is not None:
            private.close()
        raise StoreError(f"cannot read the store {store}: {exc}") from None


def store_stats(store: Path) -> dict[str, int]:
    """What a snapshot's stats() would say, read in place (no private copy): for the
    health check, which only counts."""
    if not store.exists():
        raise StoreError(f"no store at {store}: run `python -m bot build`")
    try:
        with contextlib.closing(open_readonly(store)) as disk:
            disk.execute("BEGIN")
            _check(disk)
            return _counts(Store(disk), len(json.loads(disk.execute(
                "SELECT value FROM config WHERE name = 'intents'").fetchone()[0])))
    except (sqlite3.Error, TypeError) as exc:
        raise StoreError(f"cannot read the store {store}: {exc}") from None
    except StoreError as exc:
        raise StoreError(f"cannot read the store {store}: {exc}") from None


def _check(db: sqlite3.Connection) -> None:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("schema_version") != str(SCHEMA_VERSION):
        raise StoreError(f"store schema {meta.get('schema_version')!r}, expected "
                         f"{SCHEMA_VERSION}: rebuild it")


def _private_copy(store: Path) -> sqlite3.Connection:
    """A read-only connection to a copy of `store` that nobody else can reach: made beside
    it (the caller holds the read lock; else in the temp folder, for a store in a folder
    the bot may not write), opened, then unlinked. It costs the store's size on disk until
    the snapshot is dropped, and nothing in memory."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{store.name}.", suffix=".snapshot",
                                    dir=store.parent)
    except OSError:
        try:
            fd, name = tempfile.mkstemp(prefix=f".{store.name}.", suffix=".snapshot")
        except OSError as exc:
            raise StoreError(f"no room for a private copy of the store: {exc}") from None
    os.close(fd)
    copy = Path(name)
    try:
        try:
            shutil.copyfile(store, copy)
        except OSError as exc:
            raise StoreError(f"cannot copy the store: {exc}") from None
        uri = "file:" + urllib.parse.quote(str(copy.absolute())) + "?mode=ro&immutable=1"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the file is open now
    finally:
        with contextlib.suppress(OSError):
            copy.unlink()
    return db


def _read(store: Store) -> Snapshot:
    _check(store.db)
    documents = {r[0]: DocumentInfo(*r) for r in store.rows(lambda d: d.execute(
        "SELECT slug, title, outlet, url, date, subject FROM documents ORDER BY slug"))}
    config = {k: json.loads(v) for k, v in store.rows(lambda d: d.execute(
        "SELECT name, value FROM config"))}
    lexicon = dict(store.rows(lambda d: d.execute(  # not the builder's own word sets
        "SELECT name, value FROM lexicon WHERE name NOT IN ('article', 'facts')")))
    words = Words(frozenset(w for w in lexicon.get("known", "").split(" ") if w),
                  lexicon.get("names", ""), lexicon.get("aliases", ""),
                  int(lexicon.get("longest_alias") or 1),
                  tuple((c, p) for c, p in json.loads(lexicon.get("leaders") or "[]")),
                  lexicon.get("roles", ""))
    return Snapshot(documents, tuple(config["intents"]), config["vocabulary"],
                    config["replies"], store, words, _counts(store, len(config["intents"])))


def _counts(store: Store, intents: int) -> dict[str, int]:
    ((documents, paragraphs, facts, entities, aliases),) = store.rows(lambda d: d.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM paragraphs), "
        "(SELECT count(*) FROM facts), (SELECT count(*) FROM entities), "
        "(SELECT count(*) FROM aliases)"))
    return {"documents": documents, "paragraphs": paragraphs, "facts": facts,
            "entities": entities, "aliases": aliases, "intents": intents}
