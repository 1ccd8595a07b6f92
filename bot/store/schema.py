"""The store's tables. Bump SCHEMA_VERSION with any change: old stores are then rebuilt."""

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    slug TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT, url TEXT, date TEXT,
    subject TEXT, source_hash TEXT NOT NULL);
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
    name TEXT PRIMARY KEY, kind TEXT NOT NULL, attributes TEXT NOT NULL);
CREATE TABLE aliases (
    alias TEXT PRIMARY KEY, entity TEXT NOT NULL REFERENCES entities(name));
CREATE TABLE mentions (
    sentence INTEGER NOT NULL REFERENCES sentences(id),
    entity TEXT NOT NULL REFERENCES entities(name), PRIMARY KEY (sentence, entity));
CREATE TABLE facts (
    id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(slug),
    position INTEGER NOT NULL, kind TEXT NOT NULL, subject TEXT, occasion TEXT,
    time_phrase TEXT, follows TEXT, count TEXT, why TEXT, summary TEXT NOT NULL,
    topics TEXT NOT NULL, keywords TEXT NOT NULL, counterpart TEXT);
CREATE TABLE fact_entities (
    fact TEXT NOT NULL REFERENCES facts(id), role TEXT NOT NULL,
    entity TEXT NOT NULL REFERENCES entities(name), position INTEGER NOT NULL,
    PRIMARY KEY (fact, role, entity));
CREATE TABLE fact_quotes (
    fact TEXT NOT NULL REFERENCES facts(id), position INTEGER NOT NULL,
    document TEXT NOT NULL, paragraph INTEGER NOT NULL, quote TEXT NOT NULL,
    PRIMARY KEY (fact, position));
CREATE TABLE config (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX fact_entities_entity ON fact_entities(entity);
"""
