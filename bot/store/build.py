"""`python -m bot build`: data/ + config/ -> one SQLite file, replaced atomically.

The new store is written beside the old one and moved over it with os.replace, so a
failed or interrupted build leaves the old store as it was. Nothing time-dependent is
written: the same input gives the same bytes.

The build is incremental: it starts from a copy of the old store and rewrites only what
changed. Each document's rows carry a hash of its text, metadata and facts file, and each
gazetteer item a hash of its own lines; unchanged ones are neither parsed nor written
again, so adding one article to a thousand costs about one article. A changed gazetteer
re-links only the sentences that hold a changed alias. The result has the same rows as a
full build (tests/store/test_incremental.py compares them).
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.engine import facts as facts_module
from bot.engine import text as text_module
from bot.engine.facts import fact_stems
from bot.engine.text import stem, tokens
from bot.errors import StoreError
from bot.store.load import open_readonly
from bot.store.schema import MAX_SENTENCES, SCHEMA, SCHEMA_VERSION, sentence_base
from bot.store.sources import (
    DocumentRecord,
    EntityRecord,
    FactRecord,
    KeptFacts,
    Previous,
    Sources,
    file_hashes,
    read_sources,
)


def _text_version() -> str:
    """The store holds words, alias tokens and stems made by the engine's text functions:
    a store made by other versions of them is rebuilt."""
    digest = hashlib.sha256()
    for module in (text_module, facts_module):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()[:16]


TEXT_VERSION = _text_version()


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
    if meta.get("text_version") != TEXT_VERSION:
        return True
    return meta.get("source_hashes") != json.dumps(file_hashes(data, config), sort_keys=True)


# --- mentions: which entities each sentence names -------------------------------------------

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


_ALIASES = ("SELECT a.tokens, a.entity FROM aliases a JOIN entities e ON e.name = a.entity "
            "ORDER BY e.position, a.alias")
_ALIASES_STARTING = (
    "SELECT a.tokens, a.entity FROM aliases a JOIN entities e ON e.name = a.entity "
    "WHERE a.first IN (SELECT value FROM json_each(?)) ORDER BY e.position, a.alias")


def _alias_table(db: sqlite3.Connection, words: Iterable[str] | None = None
                 ) -> dict[tuple[str, ...], str]:
    """Alias token sequences -> entity (only those starting with one of `words`, if given).

    A later entity wins a sequence two entities share, as it always did.
    """
    rows = (db.execute(_ALIASES) if words is None else
            db.execute(_ALIASES_STARTING, (json.dumps(sorted(set(words))),)))
    return {tuple(key.split(" ")): name for key, name in rows}


def _link_document(db: sqlite3.Connection, slug: str, words: str,
                   shared: tuple[dict[tuple[str, ...], str], int] | None = None) -> None:
    """(Re)write the mentions of one document's sentences (`shared`: a whole alias table
    and its longest sequence, when many documents are linked)."""
    if shared is None:
        table = _alias_table(db, words.split(" ") if words else ())
        longest = max((len(k) for k in table), default=1)
    else:
        table, longest = shared
    base = sentence_base(slug)
    db.execute("DELETE FROM mentions WHERE sentence BETWEEN ? AND ?",
               (base, base + MAX_SENTENCES - 1))
    rows = db.execute("SELECT id, text FROM sentences WHERE id BETWEEN ? AND ? ORDER BY id",
                      (base, base + MAX_SENTENCES - 1)).fetchall()
    db.executemany("INSERT INTO mentions VALUES (?, ?)",
                   [(sid, name) for sid, text in rows
                    for name in sorted(_link(text, table, longest))])


# --- what the old store holds -----------------------------------------------------------------

def read_previous(db: sqlite3.Connection) -> Previous | None:
    """What the old store holds, for an incremental build: each document's hash, each
    facts file's summary and each gazetteer file's item hashes, all a few rows; the
    gazetteer's records only if a full check asks for them. None when it is of another
    schema or text version (then everything is rebuilt)."""
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("schema_version") != str(SCHEMA_VERSION) or \
                meta.get("text_version") != TEXT_VERSION:
            return None
        previous = Previous(db=db, load_entities=lambda: _old_entities(db))
        previous.documents = {slug: (digest, subject) for slug, digest, subject in db.execute(
            "SELECT slug, source_hash, subject FROM documents")}
        previous.warnings = json.loads(meta["warnings"]) if "warnings" in meta else None
        for file, items, shape in db.execute("SELECT file, items, shape FROM gazetteer"):
            previous.gazetteer[file] = items.split(" ") if items else \
                None if items is None else []
            previous.shapes[file] = shape
        for file, documents, ids, follows, entities in db.execute(
                "SELECT file, documents, ids, follows, entities FROM fact_files"):
            owners = json.loads(documents)
            if len(owners) != 1:  # one file, two documents: never reused
                for document in owners:
                    previous.documents.pop(document, None)
                continue
            previous.facts[file] = KeptFacts(
                owners[0], tuple(json.loads(ids)),
                tuple((fid, follow) for fid, follow in json.loads(follows)),
                frozenset(json.loads(entities)))
        return previous
    except (sqlite3.Error, ValueError):
        return None


def _old_entities(db: sqlite3.Connection) -> dict[str, EntityRecord]:
    """Source -> record of every gazetteer item the old store took from its own lines."""
    aliases: dict[str, list[str]] = {}
    for alias, entity in db.execute("SELECT alias, entity FROM aliases ORDER BY alias"):
        aliases.setdefault(entity, []).append(alias)
    return {source: EntityRecord(name, kind, tuple(aliases.get(name, ())),
                                 json.loads(attributes), source)
            for name, kind, attributes, source in db.execute(
                "SELECT name, kind, attributes, source FROM entities")
            if source.startswith("lines:")}


def _put_fact_files(db: sqlite3.Connection, files: set[str]) -> None:
    """Each facts file's summary (its documents, fact ids, `follows` pairs and entities),
    rewritten for the files that changed: what the next build checks unchanged files by."""
    db.executemany("DELETE FROM fact_files WHERE file = ?", [(f,) for f in sorted(files)])
    db.execute(
        "INSERT INTO fact_files SELECT f.file, "
        "(SELECT json_group_array(d) FROM (SELECT DISTINCT document d FROM facts "
        " WHERE file = f.file ORDER BY d)), "
        "(SELECT json_group_array(id) FROM (SELECT id FROM facts WHERE file = f.file "
        " ORDER BY item)), "
        "(SELECT json_group_array(json_array(id, follows)) FROM (SELECT id, follows "
        " FROM facts WHERE file = f.file AND follows IS NOT NULL ORDER BY item)), "
        "(SELECT json_group_array(entity) FROM (SELECT DISTINCT e.entity FROM fact_entities e "
        " JOIN facts g ON g.id = e.fact WHERE g.file = f.file ORDER BY e.entity)) "
        "FROM (SELECT DISTINCT file FROM facts WHERE file IN "
        "(SELECT value FROM json_each(?)) ORDER BY file) f", (json.dumps(sorted(files)),))


# --- writing ----------------------------------------------------------------------------------

def _changes(old: dict[str, str], rows: dict[str, str]
             ) -> tuple[list[tuple[str]], list[tuple[str, str]]]:
    """(keys to delete, rows to write) so that `old` becomes `rows`; nothing when equal,
    so an unchanged build writes nothing."""
    return ([(k,) for k in sorted(set(old) - set(rows))],
            [(k, v) for k, v in sorted(rows.items()) if old.get(k) != v])


def _put_meta(db: sqlite3.Connection, rows: dict[str, str]) -> None:
    gone, write = _changes(dict(db.execute("SELECT key, value FROM meta")), rows)
    db.executemany("DELETE FROM meta WHERE key = ?", gone)
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", write)


def _put_config(db: sqlite3.Connection, rows: dict[str, str]) -> None:
    gone, write = _changes(dict(db.execute("SELECT name, value FROM config")), rows)
    db.executemany("DELETE FROM config WHERE name = ?", gone)
    db.executemany("INSERT OR REPLACE INTO config VALUES (?, ?)", write)


def _write_entities(sources: Sources, db: sqlite3.Connection
                    ) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """Rewrite the gazetteer items that changed; the alias sequences whose entity may have
    changed (the sentences holding one are linked again), and those of the entities gone."""
    order = sources.entities.order
    if sources.entities.unmoved is not None:  # only the gone and the read anew differ
        wanted = set(sources.entities.records)
        old = {name: (source, position) for name, source, position in db.execute(
            "SELECT name, source, position FROM entities WHERE source IN (SELECT value FROM "
            "json_each(?)) OR name IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(sources.entities.unmoved)), json.dumps(sorted(wanted))))}
        new = {name: (record.source, sources.entities.positions[name])
               for name, record in sources.entities.records.items()}
    else:
        old = {name: (source, position) for name, source, position in db.execute(
            "SELECT name, source, position FROM entities")}
        new = {name: (source, i) for i, (name, source) in enumerate(order)}
    changed: set[tuple[str, ...]] = set()
    gone = sorted(n for n in old if n not in new or old[n][0] != new[n][0])
    # an item whose lines changed but not what they say (a comment after it) keeps its
    # rows: only its source is new, so nothing is linked again for it
    for name in [n for n in gone if n in new]:
        entity = sources.entities.records.get(name)
        if entity is None:
            continue
        kind, attributes = db.execute("SELECT kind, attributes FROM entities WHERE name = ?",
                                      (name,)).fetchone()
        aliases = [a for (a,) in db.execute(
            "SELECT alias FROM aliases WHERE entity = ? ORDER BY alias", (name,))]
        if kind == entity.kind and attributes == json.dumps(entity.attributes, sort_keys=True) \
                and aliases == sorted(entity.aliases):
            db.execute("UPDATE entities SET source = ? WHERE name = ?", (new[name][0], name))
            old[name] = (new[name][0], old[name][1])
            gone.remove(name)
    removed: set[tuple[str, ...]] = set()
    for name in gone:
        removed |= {tuple(t.split(" ")) for (t,) in db.execute(
            "SELECT tokens FROM aliases WHERE entity = ?", (name,))}
        db.execute("DELETE FROM aliases WHERE entity = ?", (name,))
        db.execute("DELETE FROM entities WHERE name = ?", (name,))
    stay = set(old) - set(gone)
    added: list[tuple[int, EntityRecord]] = sorted(
        (i, sources.entities.records[name]) for name, (_, i) in new.items()
        if name not in stay) if sources.entities.unmoved is not None else [
        (i, sources.entities[i]) for i, (name, _) in enumerate(order) if name not in stay]
    for position, entity in added:
        db.execute("INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                   (entity.name, entity.kind, json.dumps(entity.attributes, sort_keys=True),
                    position, entity.source))
        rows = []
        for alias in entity.aliases:
            key = tuple(tokens(alias))
            changed.add(key)
            rows.append((alias, entity.name, " ".join(key), key[0] if key else ""))
        db.executemany("INSERT INTO aliases VALUES (?, ?, ?, ?)", rows)
    for name in sorted(n for n in stay if old[n][1] != new[n][1]):  # moved: precedence
        db.execute("UPDATE entities SET position = ? WHERE name = ?", (new[name][1], name))
        changed |= {tuple(t.split(" ")) for (t,) in db.execute(
            "SELECT tokens FROM aliases WHERE entity = ?", (name,))}
    changed |= removed
    return {k for k in changed if k}, {k for k in removed if k}


def _delete_document(db: sqlite3.Connection, slug: str) -> None:
    base = sentence_base(slug)
    span = (base, base + MAX_SENTENCES - 1)
    db.execute("INSERT INTO sentences_fts(sentences_fts, rowid, text) "
               "SELECT 'delete', id, text FROM sentences WHERE id BETWEEN ? AND ?", span)
    db.execute("DELETE FROM mentions WHERE sentence BETWEEN ? AND ?", span)
    db.execute("DELETE FROM sentences WHERE id BETWEEN ? AND ?", span)
    db.execute("DELETE FROM paragraphs WHERE document = ?", (slug,))
    db.execute("DELETE FROM documents WHERE slug = ?", (slug,))
    db.execute("DELETE FROM fact_entities WHERE fact IN "
               "(SELECT id FROM facts WHERE document = ?)", (slug,))
    db.execute("DELETE FROM fact_quotes WHERE fact IN "
               "(SELECT id FROM facts WHERE document = ?)", (slug,))
    db.execute("DELETE FROM facts WHERE document = ?", (slug,))
    db.execute("DELETE FROM fact_rows WHERE document = ?", (slug,))


def _insert_document(db: sqlite3.Connection, doc: DocumentRecord, index_fts: bool) -> str:
    """A document's rows (and FTS entries unless the caller rebuilds the index after)."""
    words: set[str] = set()
    sentence_id = sentence_base(doc.slug)
    sentences = []
    for para in doc.paragraphs:
        db.execute("INSERT INTO paragraphs VALUES (?, ?, ?, ?)",
                   (doc.slug, para.number, para.heading, para.text))
        words.update(tokens(para.text))
        for position, sentence in enumerate(para.sentences):
            sentences.append((sentence_id, doc.slug, para.number, position, sentence))
            words.update(tokens(sentence))
            sentence_id += 1
    db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", sentences)
    if index_fts:
        db.executemany("INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)",
                       [(s[0], s[4]) for s in sentences])
    text = " ".join(sorted(words))
    db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (doc.slug, doc.title, doc.outlet, doc.url, doc.date, doc.subject,
                doc.source_hash, text, " ".join(sorted({stem(w) for w in words}))))
    return text


def _fact_row(fact: FactRecord, strong: frozenset[str], weak: frozenset[str]) -> list[Any]:
    """One fact as a desk reads it (load.Fact's fields, then its stems): the rows of
    facts, fact_entities and fact_quotes in one, so building a desk is one query."""
    def once(names: tuple[str, ...]) -> list[str]:  # as INSERT OR IGNORE keeps them
        return list(dict.fromkeys(names))

    return [fact.id, fact.kind, fact.subject, once(fact.who), once(fact.places),
            fact.occasion, once(fact.about), fact.time_phrase, fact.follows, fact.count,
            fact.why, list(fact.topics), list(fact.keywords), fact.summary,
            [[q.document, q.paragraph, q.quote] for q in fact.quotes], fact.counterpart,
            " ".join(sorted(strong)), " ".join(sorted(weak))]


def _insert_facts(db: sqlite3.Connection, sources: Sources) -> None:
    by_document: dict[str, list[tuple[str, int, list[Any]]]] = {}
    for fact in sources.facts:
        strong, weak = fact_stems(fact)
        by_document.setdefault(fact.document, []).append(
            (fact.file, fact.item, _fact_row(fact, strong, weak)))
        db.execute(
            "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fact.id, fact.document, fact.file, fact.item, fact.kind, fact.subject,
             fact.occasion, fact.time_phrase, fact.follows, fact.count, fact.why, fact.summary,
             json.dumps(list(fact.topics)), json.dumps(list(fact.keywords)),
             fact.counterpart, " ".join(sorted(strong)), " ".join(sorted(weak)),
             " ".join(sorted({w for k in fact.keywords for w in tokens(k)}))))
        roles = [("who", fact.who), ("place", fact.places), ("about", fact.about),
                 ("subject", (fact.subject,) if fact.subject else ()),
                 ("occasion", (fact.occasion,) if fact.occasion else ()),
                 ("reported_by", fact.reported_by)]
        db.executemany("INSERT OR IGNORE INTO fact_entities VALUES (?, ?, ?, ?)",
                       [(fact.id, role, name, i) for role, names in roles
                        for i, name in enumerate(names)])
        db.executemany("INSERT INTO fact_quotes VALUES (?, ?, ?, ?, ?)",
                       [(fact.id, i, q.document, q.paragraph, q.quote)
                        for i, q in enumerate(fact.quotes)])
    db.executemany("INSERT OR REPLACE INTO fact_rows VALUES (?, ?)",
                   [(document, json.dumps([row for _, _, row in sorted(
                       facts, key=lambda f: (f[0], f[1]))], ensure_ascii=False))
                    for document, facts in sorted(by_document.items())])


_LEADERS = ("SELECT name, kind, attributes FROM entities WHERE attributes LIKE '%\"role\"%' "
            "OR attributes LIKE '%\"leader\"%' ORDER BY position")


def _words_of(rows: Iterable[tuple[str]]) -> set[str]:
    out: set[str] = set()
    for (text,) in rows:
        if text:
            out.update(text.split(" "))
    return out


def _put_lexicon(db: sqlite3.Connection, added: _Added | None = None) -> None:
    """The words the engine's lexicon is made of, worked out once here so that a load
    reads three sorted strings instead of every document, fact and alias: every word the
    articles, facts' keywords and aliases hold; the aliases' words less those only facts
    use ("names": what a typo may be corrected into where a name stands); the longest
    alias, in words.

    With `added` (a build that only added rows) the old store's three word sets are
    extended by the new rows' words instead of read from every row again; a build that
    deleted any row (which may take a word with it) reads them all."""
    old = dict(db.execute("SELECT name, value FROM lexicon"))
    if added is not None and all(k in old for k in ("article", "facts", "aliases", "known",
                                                      "names", "longest_alias")):
        rows = _grown_words(db, old, added)
    else:
        article = _words_of(db.execute("SELECT words FROM documents"))
        facts = _words_of(db.execute("SELECT keyword_words FROM facts"))
        alias: set[str] = set()
        longest = 1
        for (key,) in db.execute("SELECT DISTINCT tokens FROM aliases"):
            if key:
                parts = key.split(" ")
                alias.update(parts)
                longest = max(longest, len(parts))
        rows = {"known": " ".join(sorted(article | facts | alias)),
                "names": " ".join(sorted(alias - (facts - article))),
                "aliases": " ".join(sorted(alias)), "longest_alias": str(longest),
                "article": " ".join(sorted(article)), "facts": " ".join(sorted(facts))}
    if added is not None and not added.entities and "leaders" in old and "roles" in old:
        leaders_text, roles_text = old["leaders"], old["roles"]
    else:
        leaders: list[tuple[str, str]] = []  # (country, person) of each leader, in order
        roles: list[str] = []
        for name, kind, attributes in db.execute(_LEADERS):
            attrs = json.loads(attributes)
            if kind == "person" and attrs.get("leader", False) and attrs.get("country"):
                leaders.append((attrs["country"], name))
            if attrs.get("role"):
                roles.append(attrs["role"].casefold())
        leaders_text, roles_text = json.dumps(leaders), " | ".join(roles)
    rows |= {"leaders": leaders_text, "roles": roles_text}
    gone, write = _changes(old, rows)
    db.executemany("DELETE FROM lexicon WHERE name = ?", gone)
    db.executemany("INSERT OR REPLACE INTO lexicon VALUES (?, ?)", write)


def _split(value: str) -> list[str]:
    return value.split(" ") if value else []


def _has(words: list[str], word: str) -> bool:
    i = bisect.bisect_left(words, word)
    return i < len(words) and words[i] == word


def _grow(words: list[str], new: Iterable[str], gone: set[str] | None = None) -> list[str]:
    """A sorted word list with `new` words added and `gone` ones taken out: Timsort merges
    the two sorted runs in one pass, no set of 200,000 words is made or sorted."""
    fresh = sorted({w for w in new if w and not _has(words, w)})
    kept = [w for w in words if w not in gone] if gone else words
    return sorted(kept + fresh) if fresh else kept


def _grown_words(db: sqlite3.Connection, old: dict[str, str], added: _Added
                 ) -> dict[str, str]:
    """The lexicon's word lists of a build that deleted no document: the old ones with
    the new rows' words added, and the words of aliases gone taken out unless an alias
    left still has them; `names` re-decided for exactly the words that changed."""
    new_alias = {w for key in added.aliases for w in key}
    doubtful = sorted({w for key in added.removed for w in key} - new_alias)
    still = {w for (w,) in db.execute(
        "SELECT value FROM json_each(?) WHERE EXISTS (SELECT 1 FROM aliases "
        "WHERE instr(' ' || tokens || ' ', ' ' || value || ' ') > 0)",
        (json.dumps(doubtful),))} if doubtful else set()
    alias_gone = set(doubtful) - still
    article = _grow(_split(old["article"]), added.article)
    facts = _grow(_split(old["facts"]), added.facts)
    alias = _grow(_split(old["aliases"]), new_alias, alias_gone)
    known = _grow(_split(old["known"]), added.article | added.facts | new_alias,
                  {w for w in alias_gone if not _has(article, w) and not _has(facts, w)})
    changed = added.article | added.facts | new_alias | alias_gone
    named = {w for w in changed if _has(alias, w) and (not _has(facts, w) or _has(article, w))}
    names = _grow(_split(old["names"]), named, changed - named)
    if added.removed:
        longest = db.execute("SELECT ifnull(max(length(tokens) - length(replace(tokens, ' ', "
                             "'')) + 1), 1) FROM aliases WHERE tokens != ''").fetchone()[0]
    else:
        longest = max([int(old["longest_alias"]), *(len(k) for k in added.aliases)])
    return {"known": " ".join(known), "names": " ".join(names), "aliases": " ".join(alias),
            "longest_alias": str(longest), "article": " ".join(article),
            "facts": " ".join(facts)}


@dataclass
class _Added:
    """The words of the rows a build added, when it deleted none: the lexicon grows by
    them."""

    article: set[str] = field(default_factory=set)
    facts: set[str] = field(default_factory=set)
    aliases: set[tuple[str, ...]] = field(default_factory=set)
    removed: set[tuple[str, ...]] = field(default_factory=set)  # of the entities gone
    entities: bool = False  # entities added or moved: leaders and roles read again


def _holding(db: sqlite3.Connection, keys: set[tuple[str, ...]]) -> list[tuple[str, str]]:
    """(slug, words) of the documents whose words hold every word of one of `keys`: SQL
    finds those holding one word of a key (its longest), Python checks the rest."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in keys:
        by_first.setdefault(key[0], []).append(key)
    out = []
    probes = sorted({max(key, key=len) for key in keys})  # the rarest word, most likely
    for slug, words in db.execute(
            "SELECT slug, words FROM documents WHERE EXISTS (SELECT 1 FROM json_each(?) "
            "WHERE instr(' ' || words || ' ', ' ' || value || ' ') > 0) ORDER BY slug",
            (json.dumps(probes),)):
        have = set(words.split(" "))
        if any(first in have and any(all(w in have for w in key) for key in keys)
               for first, keys in by_first.items()):
            out.append((slug, words))
    return out


def write_store(sources: Sources, db: sqlite3.Connection) -> None:
    """Bring `db` (empty, or a copy of the old store) to what `sources` says.

    Documents marked `reused` must be in `db` with the same hash: their rows stay.
    """
    fresh = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None
    if fresh:
        db.executescript(SCHEMA)
    _put_meta(db, {"schema_version": str(SCHEMA_VERSION), "text_version": TEXT_VERSION,
                      "source_hashes": json.dumps(sources.hashes, sort_keys=True),
                      "warnings": json.dumps(sources.warnings)})
    gone, write = _changes(
        {f: json.dumps([i, s]) for f, i, s in db.execute("SELECT * FROM gazetteer")},
        {k: json.dumps([None if v is None else " ".join(v), sources.shapes.get(k)])
         for k, v in sources.gazetteer.items()})
    db.executemany("DELETE FROM gazetteer WHERE file = ?", gone)
    db.executemany("INSERT OR REPLACE INTO gazetteer VALUES (?, ?, ?)",
                   [(k, *json.loads(v)) for k, v in write])
    lexicon = dict(db.execute("SELECT name, value FROM lexicon WHERE name = 'article'"))
    changed, removed = _write_entities(sources, db)
    held = dict(db.execute("SELECT slug, source_hash FROM documents"))
    wanted = {d.slug: d for d in sources.documents}
    for doc in sources.documents:
        if doc.reused and held.get(doc.slug) != doc.source_hash:
            raise sqlite3.DatabaseError(f"the store changed during the build ({doc.slug})")
    dropped = [slug for slug in sorted(held) if slug not in wanted or not wanted[slug].reused]
    fact_files = {f for (f,) in db.execute(
        "SELECT DISTINCT file FROM facts WHERE document IN (SELECT value FROM json_each(?))",
        (json.dumps(dropped),))} | {f.file for f in sources.facts}
    for slug in dropped:
        _delete_document(db, slug)
    added = None if dropped else _Added(
        aliases=changed - removed, removed=removed,
        entities=bool(changed) or bool(sources.entities.records))
    linked: list[tuple[str, str]] = []
    for doc in sources.documents:
        if not doc.reused:
            linked.append((doc.slug, _insert_document(db, doc, index_fts=not fresh)))
            if added is not None:
                added.article.update(linked[-1][1].split(" ") if linked[-1][1] else ())
    if changed and not fresh:  # kept documents that hold an alias whose entity changed
        # a sequence with a word no old article has is in no kept document
        article = _split(lexicon.get("article", "")) if "article" in lexicon else None
        keys = {k for k in changed if article is None or all(_has(article, w) for w in k)}
        linked += [(slug, words) for slug, words in _holding(db, keys)
                   if wanted[slug].reused] if keys else []
    # a few documents look up the aliases their words can start; many load them all once
    shared = None
    if len(linked) > 20:
        table = _alias_table(db)
        shared = (table, max((len(k) for k in table), default=1))
    for slug, words in sorted(linked):
        _link_document(db, slug, words, shared)
    if fresh:
        db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
    _insert_facts(db, sources)
    if added is not None:
        added.facts = {w for f in sources.facts for k in f.keywords for w in tokens(k)}
    _put_fact_files(db, fact_files)
    config = {"intents": sources.intents, "vocabulary": sources.vocabulary,
              "replies": sources.replies}
    _put_config(db, {k: json.dumps(v, sort_keys=True) for k, v in config.items()})
    _put_lexicon(db, None if fresh else added)


def _sweep(store: Path, older_than: float = 60.0) -> None:
    """Remove temp files a killed build left behind (a minute old: no build takes that)."""
    now = time.time()
    for leftover in store.parent.glob(f".{store.name}.*.tmp") if store.parent.is_dir() else ():
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > older_than:
                leftover.unlink()


@contextlib.contextmanager
def _old_store(store: Path) -> Iterator[tuple[sqlite3.Connection | None, Previous | None]]:
    """A read transaction on the old store, held while the build reads and copies it, so
    what it learnt and what it copies are the same store; (None, None) when there is none
    usable (missing, locked, damaged, another schema): then the build starts empty."""
    if not store.exists():
        yield None, None
        return
    db = None
    try:
        db = open_readonly(store)
        db.execute("BEGIN")
        previous = read_previous(db)
    except sqlite3.Error:
        previous = None
    try:
        yield (db, previous) if previous is not None else (None, None)
    finally:
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()


class _Damaged(Exception):
    """The old store failed a read an incremental build made of it."""


def build_store(data: Path, config: Path, store: Path, *, incremental: bool = True) -> Sources:
    """Check every source, then write the store; the old store survives any failure.

    An incremental build reads the old store as it goes (only what changed): a page of it
    found damaged then makes it start again from nothing, as a full build."""
    _sweep(store)
    if incremental:
        try:
            return _build_store(data, config, store, incremental=True)
        except _Damaged:
            pass
    return _build_store(data, config, store, incremental=False)


def _build_store(data: Path, config: Path, store: Path, *, incremental: bool) -> Sources:
    with _old_store(store) if incremental else contextlib.nullcontext((None, None)) as (
            old, previous):
        try:  # DataError before anything is touched
            sources = read_sources(data, config, previous)
        except sqlite3.Error:
            if previous is None:
                raise
            raise _Damaged from None
        try:
            store.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{store.name}.", suffix=".tmp",
                                            dir=store.parent)
            os.close(fd)
        except OSError as exc:
            raise StoreError(f"cannot write the store in {store.parent}: {exc}") from None
        tmp = Path(tmp_name)
        try:
            if old is not None:  # under the read lock: nobody rewrites it meanwhile
                shutil.copyfile(store, tmp)
                old.close()
            with contextlib.closing(sqlite3.connect(tmp)) as db:
                db.execute("PRAGMA journal_mode = OFF")
                db.execute("PRAGMA synchronous = OFF")
                with db:
                    write_store(sources, db)
            with open(tmp, "rb") as f:  # durable before it becomes the store
                os.fsync(f.fileno())
            os.replace(tmp, store)
        except (OSError, sqlite3.Error) as exc:
            if old is not None and isinstance(exc, sqlite3.DatabaseError) and \
                    not isinstance(exc, sqlite3.OperationalError):
                raise _Damaged from None  # the copy of the old store is damaged
            raise StoreError(f"cannot write the store {store}: {exc}") from None
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return sources

