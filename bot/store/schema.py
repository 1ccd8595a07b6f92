"""The store's tables. Bump SCHEMA_VERSION with any change: old stores are then rebuilt."""

import hashlib

SCHEMA_VERSION = 5  # 3: content hashes, positions, stored words, tokens and stems;
# 4: the lexicon's words and each document's stems, so a load and a desk tokenise nothing;
# 5: each gazetteer file's item hashes and each facts file's summary, so a build that adds
# an article reads back and checks only what changed; each document's facts in one row

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    slug TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT, url TEXT, date TEXT,
    subject TEXT, source_hash TEXT NOT NULL, words TEXT NOT NULL, stems TEXT NOT NULL);
CREATE TABLE paragraphs (
    document TEXT NOT NULL REFERENCES documents(slug), number INTEGER NOT NULL,
    heading TEXT, text TEXT NOT NULL, PRIMARY KEY (document, number));
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY, document TEXT NOT NULL, paragraph INTEGER NOT NULL,
    position INTEGER NOT NULL, text TEXT NOT NULL,
    FOREIGN KEY (document, paragraph) REFERENCES paragraphs(document, number));
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE entities (
    name TEXT PRIMARY KEY, kind TEXT NOT NULL, attributes TEXT NOT NULL,
    position INTEGER NOT NULL, source TEXT NOT NULL);
CREATE TABLE aliases (
    alias TEXT PRIMARY KEY, entity TEXT NOT NULL REFERENCES entities(name),
    tokens TEXT NOT NULL, first TEXT NOT NULL);
CREATE TABLE mentions (
    sentence INTEGER NOT NULL REFERENCES sentences(id),
    entity TEXT NOT NULL REFERENCES entities(name), PRIMARY KEY (sentence, entity));
CREATE TABLE facts (
    id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(slug),
    file TEXT NOT NULL, item INTEGER NOT NULL, kind TEXT NOT NULL, subject TEXT,
    occasion TEXT, time_phrase TEXT, follows TEXT, count TEXT, why TEXT, summary TEXT NOT NULL,
    topics TEXT NOT NULL, keywords TEXT NOT NULL, counterpart TEXT,
    strong TEXT NOT NULL, weak TEXT NOT NULL, keyword_words TEXT NOT NULL);
CREATE TABLE fact_entities (
    fact TEXT NOT NULL REFERENCES facts(id), role TEXT NOT NULL,
    entity TEXT NOT NULL REFERENCES entities(name), position INTEGER NOT NULL,
    PRIMARY KEY (fact, role, entity));
CREATE TABLE fact_quotes (
    fact TEXT NOT NULL REFERENCES facts(id), position INTEGER NOT NULL,
    document TEXT NOT NULL, paragraph INTEGER NOT NULL, quote TEXT NOT NULL,
    PRIMARY KEY (fact, position));
CREATE TABLE config (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE lexicon (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE gazetteer (file TEXT PRIMARY KEY, items TEXT, shape TEXT);
CREATE TABLE fact_rows (document TEXT PRIMARY KEY, facts TEXT NOT NULL);
CREATE TABLE fact_files (
    file TEXT PRIMARY KEY, documents TEXT NOT NULL, ids TEXT NOT NULL, follows TEXT NOT NULL,
    entities TEXT NOT NULL);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX fact_entities_entity ON fact_entities(entity);
CREATE INDEX facts_document ON facts(document);
CREATE INDEX facts_order ON facts(file, item);
CREATE INDEX aliases_entity ON aliases(entity);
CREATE INDEX aliases_first ON aliases(first);
CREATE INDEX entities_position ON entities(position);
CREATE INDEX entities_source ON entities(source);
"""

# The FTS table as SCHEMA creates it: a snapshot makes an in-memory copy of the index alone.
FTS_TABLE = ("CREATE VIRTUAL TABLE sentences_fts USING fts5( "
             "text, content='sentences', content_rowid='id', "
             "tokenize='porter unicode61 remove_diacritics 2')")
assert " ".join(FTS_TABLE.split()) in " ".join(SCHEMA.split())

# Sentence ids come from the document's slug, not from build order, so a document rebuilt
# on its own keeps ids a full build would give it: id = base(slug) + position in the text.
SENTENCE_BITS = 16
MAX_SENTENCES = 1 << SENTENCE_BITS


def sentence_base(slug: str) -> int:
    """The first sentence id of a document (46 bits of its slug's hash, then 16 free)."""
    digest = int.from_bytes(hashlib.sha256(slug.encode()).digest()[:8], "big")
    return (digest & ((1 << 46) - 1)) << SENTENCE_BITS
