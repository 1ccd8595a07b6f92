"""`python -m bot build`: data/ + config/ -> one SQLite file, replaced atomically.

The new store is written beside the old one and moved over it with os.replace, so a
failed or interrupted build leaves the old store as it was. Nothing time-dependent is
written: the same input gives the same bytes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from bot.engine.text import tokens
from bot.errors import StoreError
from bot.store.load import open_readonly
from bot.store.schema import SCHEMA, SCHEMA_VERSION
from bot.store.sources import Sources, file_hashes, read_sources


def store_is_stale(store: Path, data: Path, config: Path) -> bool:
    """True when the store is missing, unreadable, of another schema or older than its files."""
    if not store.exists():
        return True
    try:
        # reliability fix: open_readonly quotes the path ('?', '#', '%') and bounds the wait
        with contextlib.closing(open_readonly(store)) as db:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return True
    if meta.get("schema_version") != str(SCHEMA_VERSION):
        return True
    return meta.get("source_hashes") != json.dumps(file_hashes(data, config), sort_keys=True)


def _mentions(sources: Sources) -> dict[tuple[str, ...], str]:
    """Alias token sequences -> entity, for exact mention linking in the article text."""
    table: dict[tuple[str, ...], str] = {}
    for entity in sources.entities:
        for alias in entity.aliases:
            if key := tuple(tokens(alias)):
                table[key] = entity.name
    return table


def _link(sentence: str, table: dict[tuple[str, ...], str], longest: int) -> set[str]:
    words = tokens(sentence)
    found, i = set(), 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            if (name := table.get(tuple(words[i:i + n]))) is not None:
                found.add(name)
                i += n
                break
        else:
            i += 1
    return found


def write_store(sources: Sources, db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)
    meta = {"schema_version": str(SCHEMA_VERSION),
            "source_hashes": json.dumps(sources.hashes, sort_keys=True)}
    db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    table = _mentions(sources)
    longest = max((len(k) for k in table), default=1)
    sentence_id = 0
    for doc in sources.documents:
        db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (doc.slug, doc.title, doc.outlet, doc.url, doc.date, doc.subject,
                    doc.source_hash))
        for para in doc.paragraphs:
            db.execute("INSERT INTO paragraphs VALUES (?, ?, ?, ?)",
                       (doc.slug, para.number, para.heading, para.text))
            for position, sentence in enumerate(para.sentences):
                sentence_id += 1
                db.execute("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                           (sentence_id, doc.slug, para.number, position, sentence))
                db.executemany("INSERT INTO mentions VALUES (?, ?)",
                               [(sentence_id, name) for name in
                                sorted(_link(sentence, table, longest))])
    db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
    for entity in sources.entities:
        db.execute("INSERT INTO entities VALUES (?, ?, ?)",
                   (entity.name, entity.kind, json.dumps(entity.attributes, sort_keys=True)))
        db.executemany("INSERT INTO aliases VALUES (?, ?)",
                       [(alias, entity.name) for alias in entity.aliases])
    for position, fact in enumerate(sources.facts):
        db.execute(
            "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fact.id, fact.document, position, fact.kind, fact.subject, fact.occasion,
             fact.time_phrase, fact.follows, fact.count, fact.why, fact.summary,
             json.dumps(list(fact.topics)), json.dumps(list(fact.keywords)),
             fact.counterpart))
        roles = [("who", fact.who), ("place", fact.places), ("about", fact.about),
                 ("subject", (fact.subject,) if fact.subject else ()),
                 ("occasion", (fact.occasion,) if fact.occasion else ())]
        db.executemany("INSERT OR IGNORE INTO fact_entities VALUES (?, ?, ?, ?)",
                       [(fact.id, role, name, i) for role, names in roles
                        for i, name in enumerate(names)])
        db.executemany("INSERT INTO fact_quotes VALUES (?, ?, ?, ?, ?)",
                       [(fact.id, i, q.document, q.paragraph, q.quote)
                        for i, q in enumerate(fact.quotes)])
    config = {"intents": sources.intents, "vocabulary": sources.vocabulary,
              "replies": sources.replies}
    db.executemany("INSERT INTO config VALUES (?, ?)",
                   [(k, json.dumps(v, sort_keys=True)) for k, v in sorted(config.items())])


def _sweep(store: Path, older_than: float = 60.0) -> None:
    """Remove temp files a killed build left behind (a minute old: no build takes that)."""
    now = time.time()
    for leftover in store.parent.glob(f".{store.name}.*.tmp") if store.parent.is_dir() else ():
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > older_than:
                leftover.unlink()


def build_store(data: Path, config: Path, store: Path) -> Sources:
    """Check every source, then write the store; the old store survives any failure."""
    sources = read_sources(data, config)  # raises DataError before anything is touched
    _sweep(store)
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{store.name}.", suffix=".tmp",
                                        dir=store.parent)
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"cannot write the store in {store.parent}: {exc}") from None
    tmp = Path(tmp_name)
    try:
        with contextlib.closing(sqlite3.connect(tmp)) as db:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            with db:
                write_store(sources, db)
        with open(tmp, "rb") as f:  # durable before it becomes the store
            os.fsync(f.fileno())
        os.replace(tmp, store)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot write the store {store}: {exc}") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return sources
