"""Read and check data/ and config/: every mistake becomes a DataError with file and line."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.engine.text import fold, squeeze
from bot.errors import DataError
from bot.store.ingest import Paragraph, split_paragraphs
from bot.urls import url_problem
from bot.yamlio import list_item_lines, load_yaml, mapping_key_lines

ENTITY_KINDS = ("person", "country", "city", "place", "region", "organisation", "group",
                "event")
FACT_KINDS = ("met", "visit", "hosted", "expected", "invitation", "statement", "background",
              "number")
CONTACT_KINDS = ("met", "visit", "hosted")
FUTURE_KINDS = ("expected", "invitation")
STRATEGIES = ("who", "where", "when", "why", "topics", "count", "trips", "upcoming", "yes_no",
              "about", "what", "overview", "enumerate", "greeting", "decline")
VOCABULARY_LISTS = ("openers", "copulas", "question_words", "anaphora", "continuations",
                    "future",
                    "sequence", "before", "first_words", "last_words", "time_order",
                    "reason_words", "counted_nouns",
                    "tags", "name_words", "exclusions", "preambles", "locative", "origin",
                    "leader_words",
                    "contact_words", "months", "relative_times", "stopwords")
REPLIES = ("help", "greeting", "empty", "off_topic", "not_said", "closest")


@dataclass(frozen=True)
class EntityRecord:
    name: str
    kind: str
    aliases: tuple[str, ...]
    attributes: dict[str, Any]
    line: int | None = None  # where its file defines it, for messages


@dataclass(frozen=True)
class QuoteRecord:
    document: str
    paragraph: int
    quote: str


@dataclass(frozen=True)
class FactRecord:
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
    quotes: tuple[QuoteRecord, ...]
    counterpart: str | None = None


@dataclass(frozen=True)
class DocumentRecord:
    slug: str
    title: str
    outlet: str | None
    url: str | None
    date: str | None
    subject: str | None
    paragraphs: tuple[Paragraph, ...]
    source_hash: str


@dataclass
class Sources:
    documents: list[DocumentRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    facts: list[FactRecord] = field(default_factory=list)
    intents: list[dict[str, Any]] = field(default_factory=list)
    vocabulary: dict[str, Any] = field(default_factory=dict)
    replies: dict[str, str] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def entity_files(data: Path) -> list[Path]:
    """Each article's own gazetteer, data/entities/<slug>.yaml (optional)."""
    folder = data / "entities"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def source_files(data: Path, config: Path) -> list[Path]:
    """Every file a build reads, in a stable order (their hashes decide staleness)."""
    files = [config / "entities.yaml", config / "intents.yaml", *entity_files(data)]
    for folder, pattern in ((data / "articles", "*.txt"), (data / "articles", "*.yaml"),
                            (data / "facts", "*.yaml")):
        files += sorted(folder.glob(pattern)) if folder.is_dir() else []
    return files


def file_hashes(data: Path, config: Path) -> dict[str, str]:
    hashes = {}
    for path in source_files(data, config):
        try:
            hashes[str(path.relative_to(path.parent.parent))] = hashlib.sha256(
                path.read_bytes()).hexdigest()
        except OSError:
            hashes[str(path)] = "unreadable"
    return hashes


def _strings(value: Any, path: Path, line: int | None, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise DataError(path, "expected a string or a list of strings", line=line, key=key)
    return tuple(str(v).strip() for v in value if str(v).strip())


def _string(value: Any, path: Path, line: int | None, key: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise DataError(path, "expected a string", line=line, key=key)
    return str(value).strip() or None


def _mapping(value: Any, path: Path, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DataError(path, f"expected a mapping with {what} at the top level")
    return value


def read_entities(path: Path) -> list[EntityRecord]:
    """One gazetteer file, checked on its own (references are checked once all are read)."""
    raw = _mapping(load_yaml(path), path, "an 'entities' list")
    items = raw.get("entities")
    if not isinstance(items, list) or not items:
        raise DataError(path, "'entities' must be a non-empty list", key="entities")
    lines = list_item_lines(path, "entities")
    records: list[EntityRecord] = []
    names: dict[str, int | None] = {}
    alias_owner: dict[str, tuple[str, int | None]] = {}
    for index, item in enumerate(items):
        line = lines.get(index)
        if not isinstance(item, dict):
            raise DataError(path, "each entity must be a mapping", line=line)
        name = _string(item.get("name"), path, line, "name")
        kind = _string(item.get("kind"), path, line, "kind")
        if not name:
            raise DataError(path, "entity without a name", line=line, key="name")
        if kind not in ENTITY_KINDS:
            raise DataError(path, f"{name}: kind must be one of {', '.join(ENTITY_KINDS)}",
                            line=line, key="kind")
        if fold(name) in {fold(n) for n in names}:
            raise DataError(path, f"entity {name!r} is defined twice", line=line, key="name")
        names[name] = line
        aliases = {fold(a) for a in (name, *_strings(item.get("aliases"), path, line,
                                                      "aliases"))}
        for alias in sorted(aliases):
            if alias in alias_owner and alias_owner[alias][0] != name:
                other, other_line = alias_owner[alias]
                raise DataError(
                    path, f"alias {alias!r} of {name!r} is already an alias of {other!r}"
                    + (f" (line {other_line})" if other_line else ""), line=line, key="aliases")
            alias_owner[alias] = (name, line)
        attributes: dict[str, Any] = {}
        for key in ("country", "role", "place"):
            if (value := _string(item.get(key), path, line, key)) is not None:
                attributes[key] = value
        if item.get("leader") is not None:
            attributes["leader"] = bool(item["leader"])
        if regions := _strings(item.get("regions"), path, line, "regions"):
            attributes["regions"] = list(regions)
        known = {"name", "kind", "aliases", "country", "role", "place", "leader", "regions"}
        if unknown := sorted(set(item) - known):
            raise DataError(path, f"{name}: unknown key {unknown[0]!r}", line=line)
        records.append(EntityRecord(name, kind, tuple(sorted(aliases)), attributes, line))
    return records


def merge_entities(files: list[tuple[Path, list[EntityRecord]]]) -> tuple[
        list[EntityRecord], list[str]]:
    """One gazetteer from several files: the shared config/entities.yaml and each
    article's data/entities/<slug>.yaml. An entity named in two files is one entity (its
    aliases joined) when its kind and attributes agree; an alias of two entities in
    different files stays with the first and is reported as a warning."""
    merged: dict[str, EntityRecord] = {}
    where: dict[str, Path] = {}
    owner: dict[str, str] = {}
    warnings: list[str] = []
    for path, records in files:
        for record in records:
            line = record.line
            first = merged.get(record.name)
            if first is not None:
                if first.kind != record.kind or any(
                        first.attributes.get(k) not in (None, v)
                        for k, v in record.attributes.items() if k != "regions"):
                    raise DataError(path, f"entity {record.name!r} differs from its "
                                    f"definition in {where[record.name].name}", line=line,
                                    key="name")
                attributes = {**record.attributes, **first.attributes}
                regions = list(dict.fromkeys((*first.attributes.get("regions", ()),
                                              *record.attributes.get("regions", ()))))
                if regions:
                    attributes["regions"] = regions
            else:
                attributes = dict(record.attributes)
                where[record.name] = path
            aliases = set(first.aliases if first else ())
            for alias in record.aliases:
                if owner.setdefault(alias, record.name) != record.name:
                    warnings.append(f"{path.name}: alias {alias!r} of {record.name!r} is "
                                    f"already {owner[alias]!r}'s; it stays theirs")
                    continue
                aliases.add(alias)
            merged[record.name] = EntityRecord(record.name, record.kind,
                                               tuple(sorted(aliases)), attributes,
                                               first.line if first else line)
    records = list(merged.values())
    by_name = {r.name: r for r in records}
    for record in records:  # references between entities must resolve
        path, line = where[record.name], record.line
        for key in ("country", "place"):
            ref = record.attributes.get(key)
            if ref is not None and ref not in by_name:
                raise DataError(path, f"{record.name}: {key} {ref!r} is not an entity",
                                line=line, key=key)
        for region in record.attributes.get("regions", ()):
            if region not in by_name:
                raise DataError(path, f"{record.name}: region {region!r} is not an entity",
                                line=line, key="regions")
    return records, warnings


def read_intents(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, str]]:
    raw = _mapping(load_yaml(path), path, "'intents', 'vocabulary' and 'replies'")
    items = raw.get("intents")
    if not isinstance(items, list) or not items:
        raise DataError(path, "'intents' must be a non-empty list", key="intents")
    lines = list_item_lines(path, "intents")
    intents, seen = [], set()
    for index, item in enumerate(items):
        line = lines.get(index)
        if not isinstance(item, dict):
            raise DataError(path, "each intent must be a mapping", line=line)
        name = _string(item.get("name"), path, line, "name")
        if not name or name in seen:
            raise DataError(path, f"intent name missing or repeated: {name!r}", line=line,
                            key="name")
        seen.add(name)
        answer = item.get("answer")
        if answer not in STRATEGIES:
            raise DataError(path, f"{name}: answer must be one of {', '.join(STRATEGIES)}",
                            line=line, key="answer")
        phrases = _strings(item.get("phrases"), path, line, "phrases")
        if not phrases:
            raise DataError(path, f"{name}: needs at least one phrase", line=line,
                            key="phrases")
        priority = item.get("priority", 0)
        if not isinstance(priority, int) or isinstance(priority, bool):
            raise DataError(path, f"{name}: priority must be a whole number", line=line,
                            key="priority")
        intents.append({"name": name, "answer": answer, "priority": priority,
                        "phrases": [fold(p) for p in phrases],
                        "example": _string(item.get("example"), path, line, "example"),
                        "reply": _string(item.get("reply"), path, line, "reply"),
                        "line": line})
    vocabulary_raw = raw.get("vocabulary") or {}
    if not isinstance(vocabulary_raw, dict):
        raise DataError(path, "'vocabulary' must be a mapping", key="vocabulary")
    vocabulary: dict[str, Any] = {}
    for key in VOCABULARY_LISTS:
        vocabulary[key] = [fold(w) for w in _strings(vocabulary_raw.get(key), path, None,
                                                     f"vocabulary.{key}")]
    kind_words = vocabulary_raw.get("kind_words") or {}
    if not isinstance(kind_words, dict) or not set(kind_words) <= set(FACT_KINDS):
        raise DataError(path, f"kind_words must map fact kinds ({', '.join(FACT_KINDS)}) "
                        "to phrases", key="vocabulary.kind_words")
    vocabulary["kind_words"] = {k: [fold(w) for w in _strings(v, path, None,
                                                              f"vocabulary.kind_words.{k}")]
                                for k, v in sorted(kind_words.items())}
    shorthand = vocabulary_raw.get("shorthand") or {}
    if not isinstance(shorthand, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in shorthand.items()):
        raise DataError(path, "shorthand must map words to words", key="vocabulary.shorthand")
    vocabulary["shorthand"] = {fold(k): fold(v) for k, v in sorted(shorthand.items())}
    replies_raw = raw.get("replies") or {}
    if not isinstance(replies_raw, dict):
        raise DataError(path, "'replies' must be a mapping", key="replies")
    replies = {}
    for key in dict.fromkeys((*REPLIES, *replies_raw)):
        text = _string(replies_raw.get(key), path, None, f"replies.{key}")
        if not text:
            raise DataError(path, "missing reply text", key=f"replies.{key}")
        replies[key] = " ".join(text.split())
    for intent in intents:  # an intent's own reply text ("thanks" -> "You're welcome!")
        line = intent.pop("line")
        if intent["reply"] is not None and intent["reply"] not in replies:
            raise DataError(path, f"{intent['name']}: reply {intent['reply']!r} is not in "
                            "'replies'", line=line, key="reply")
    return intents, vocabulary, replies


def _url(value: Any, path: Path) -> str | None:
    """The article's url, or a DataError naming the line when Discord would reject it as
    an embed link (every answer citing the article would then fail)."""
    line = mapping_key_lines(path).get("url") if value is not None else None
    url = _string(value, path, line, "url")
    if not url:
        return None
    if problem := url_problem(url):
        raise DataError(path, f"url {url[:80]!r}{'…' if len(url) > 80 else ''}: {problem}",
                        line=line, key="url")
    return url


def read_documents(folder: Path, entities: set[str]) -> list[DocumentRecord]:
    texts = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not texts:
        raise DataError(folder, "no article found (expected <slug>.txt files)")
    documents = []
    for text_path in texts:
        slug = text_path.stem
        try:
            raw_bytes = text_path.read_bytes()
            raw = raw_bytes.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(text_path, f"cannot read: {exc}") from None
        paragraphs = tuple(split_paragraphs(raw))
        if not paragraphs:
            raise DataError(text_path, "the article is empty")
        meta_path = text_path.with_suffix(".yaml")
        meta: dict[str, Any] = {}
        if meta_path.exists():
            meta = _mapping(load_yaml(meta_path) or {}, meta_path, "title, outlet, url, date")
        subject = _string(meta.get("subject"), meta_path, None, "subject")
        if subject is not None and subject not in entities:
            raise DataError(meta_path, f"subject {subject!r} is not an entity in "
                            "config/entities.yaml", key="subject")
        documents.append(DocumentRecord(
            slug=slug,
            title=_string(meta.get("title"), meta_path, None, "title") or slug,
            outlet=_string(meta.get("outlet"), meta_path, None, "outlet"),
            url=_url(meta.get("url"), meta_path),
            date=_string(meta.get("date"), meta_path, None, "date"),
            subject=subject, paragraphs=paragraphs,
            source_hash=hashlib.sha256(raw_bytes).hexdigest()))
    return documents


FACT_KEYS = {"id", "kind", "subject", "who", "place", "occasion", "about", "when", "follows",
             "count", "why", "topics", "keywords", "summary", "quotes", "counterpart"}


def read_facts(path: Path, documents: dict[str, DocumentRecord],
               entities: set[str]) -> list[FactRecord]:
    raw = _mapping(load_yaml(path), path, "'document' and a 'facts' list")
    slug = _string(raw.get("document"), path, None, "document") or path.stem
    if slug not in documents:
        raise DataError(path, f"document {slug!r} has no data/articles/{slug}.txt",
                        key="document")
    document = documents[slug]
    items = raw.get("facts")
    if not isinstance(items, list) or not items:
        raise DataError(path, "'facts' must be a non-empty list", key="facts")
    lines = list_item_lines(path, "facts")
    sentences = [(p.number, squeeze(p.text)) for p in document.paragraphs]
    facts = []
    for index, item in enumerate(items):
        line = lines.get(index)
        if not isinstance(item, dict):
            raise DataError(path, "each fact must be a mapping", line=line)
        fid = _string(item.get("id"), path, line, "id")
        if not fid:
            raise DataError(path, "fact without an id", line=line, key="id")
        if unknown := sorted(set(item) - FACT_KEYS):
            raise DataError(path, f"fact {fid}: unknown key {unknown[0]!r}", line=line)
        kind = item.get("kind")
        if kind not in FACT_KINDS:
            raise DataError(path, f"fact {fid}: kind must be one of {', '.join(FACT_KINDS)}",
                            line=line, key="kind")

        def refs(key: str, item: dict[str, Any] = item, fid: str = fid,
                 line: int | None = line) -> tuple[str, ...]:
            names = _strings(item.get(key), path, line, key)
            for name in names:
                if name not in entities:
                    raise DataError(path, f"fact {fid}: {key} {name!r} is not an entity in "
                                    "config/entities.yaml", line=line, key=key)
            return names

        who, places, about = refs("who"), refs("place"), refs("about")
        subject_names = refs("subject")
        occasion_names = refs("occasion")
        if len(subject_names) > 1 or len(occasion_names) > 1:
            raise DataError(path, f"fact {fid}: subject and occasion take one entity",
                            line=line)
        quotes_raw = _strings(item.get("quotes"), path, line, "quotes")
        if not quotes_raw:
            raise DataError(path, f"fact {fid}: needs at least one quote", line=line,
                            key="quotes")
        quotes = []
        for quote in quotes_raw:
            key = squeeze(quote)
            number = next((n for n, text in sentences if key and key in text), None)
            if number is None:
                raise DataError(path, f"fact {fid}: quote not found in "
                                f"data/articles/{slug}.txt: {quote[:80]!r}", line=line,
                                key="quotes")
            quotes.append(QuoteRecord(slug, number, quote))
        quoted = "".join(squeeze(q) for q in quotes_raw)
        fields: dict[str, str | None] = {}
        for key in ("when", "count", "why"):
            fields[key] = _string(item.get(key), path, line, key)
        topics = _strings(item.get("topics"), path, line, "topics")
        for key, value in [*fields.items(), *(("topics", t) for t in topics)]:
            if value and squeeze(value) not in quoted:
                raise DataError(path, f"fact {fid}: {key} {value!r} is not in the fact's "
                                "quotes (it must use the article's own words)", line=line,
                                key=key)
        summary = _string(item.get("summary"), path, line, "summary")
        facts.append(FactRecord(
            # ids are the document's own: two articles may both have a "meetings-count"
            id=f"{slug}/{fid}", document=slug, kind=kind,
            # a meeting is the article subject's unless said otherwise; a statement or a
            # background claim is nobody's in particular
            subject=subject_names[0] if subject_names else (
                document.subject if kind in CONTACT_KINDS + FUTURE_KINDS else None),
            who=who, places=places, occasion=occasion_names[0] if occasion_names else None,
            about=about, time_phrase=fields["when"],
            follows=f"{slug}/{follows}" if (follows := _string(
                item.get("follows"), path, line, "follows")) else None,
            count=fields["count"], why=fields["why"], topics=topics,
            keywords=tuple(fold(k) for k in _strings(item.get("keywords"), path, line,
                                                     "keywords")),
            summary=" ".join((summary or quotes_raw[0]).split()), quotes=tuple(quotes),
            counterpart=_string(item.get("counterpart"), path, line, "counterpart")))
    return facts


def read_sources(data: Path, config: Path) -> Sources:
    """Everything a build needs, checked; raises DataError at the first problem."""
    sources = Sources()
    gazetteers = [config / "entities.yaml", *entity_files(data)]
    sources.entities, sources.warnings = merge_entities(
        [(path, read_entities(path)) for path in gazetteers])
    names = {e.name for e in sources.entities}
    sources.intents, sources.vocabulary, sources.replies = read_intents(config / "intents.yaml")
    sources.documents = read_documents(data / "articles", names)
    by_slug = {d.slug: d for d in sources.documents}
    # An article without curated facts still loads: its questions get the closest passages
    # until a moderator adds data/facts/<slug>.yaml.
    fact_files = sorted((data / "facts").glob("*.yaml")) if (data / "facts").is_dir() else []
    ids: dict[str, Path] = {}
    for path in fact_files:
        for fact in read_facts(path, by_slug, names):
            if fact.id in ids:
                raise DataError(path, f"fact id {fact.id.partition('/')[2]!r} is used twice"
                                + (f" (also in {ids[fact.id].name})" if ids[fact.id] != path
                                   else ""), key="id")
            ids[fact.id] = path
            sources.facts.append(fact)
    for fact in sources.facts:
        if fact.follows and fact.follows not in ids:
            raise DataError(ids[fact.id], f"fact {fact.id.partition('/')[2]}: follows "
                            f"{fact.follows.partition('/')[2]!r}, which is not a fact id of "
                            "this document", key="follows")
    sources.hashes = file_hashes(data, config)
    return sources
