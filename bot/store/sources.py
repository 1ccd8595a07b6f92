"""Read and check data/ and config/: every mistake becomes a DataError with file and line."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, overload

import yaml

from bot.engine.kinds import names as kind_names
from bot.engine.text import fold, squeeze
from bot.errors import DataError
from bot.store.ingest import Paragraph, split_paragraphs
from bot.store.schema import MAX_SENTENCES, sentence_base
from bot.urls import url_problem
from bot.yamlio import _LOADER, list_item_lines, load_yaml, mapping_key_lines

ENTITY_KINDS = ("person", "country", "city", "place", "region", "organisation", "group",
                "event")
FACT_KINDS = ("met", "visit", "hosted", "expected", "invitation", "scheduled", "statement",
              "background", "number")
CONTACT_KINDS = ("met", "visit", "hosted")
# what lies ahead: a meeting expected, an invitation, an event set for a date (a vote, a
# conference) that is no meeting
FUTURE_KINDS = ("expected", "invitation", "scheduled")
VOCABULARY_LISTS = ("openers", "copulas", "question_words", "anaphora", "continuations",
                    "future", "sequence", "before", "first_words", "last_words", "time_order",
                    "reason_words", "counted_nouns", "occasion_nouns", "ordinals", "comparatives",
                    "every_subject", "discussion_words", "particles", "pro_words",
                    "speaker_markers", "upcoming_markers", "refuting_words", "hedging_words",
                    "hearsay_verbs", "departure_words", "size_comparatives", "scale_words",
                    "outcome_words", "outcome_nouns", "remark_subjects", "significance_words",
                    "concession_words",
                    "request_labels", "labelled_asks", "value_nouns", "quote_nouns",
                    "tags", "name_words", "exclusions", "inclusions", "preambles", "locative",
                    "origin",
                    "name_followers", "name_openers", "name_slots", "multiples",
                    "weekdays", "day_words", "generic_question_words",
                    "list_glue", "party_nouns", "meta_phrases",
                    "bare_requests", "fewer_words", "time_units",
                    "times_above", "times_below", "times_floor", "times_ceiling",
                    "gap_questions", "closing_fillers", "dialect_and", "event_pointers",
                    "past_words", "onward_verbs", "own_country", "softeners", "long_spans",
                    "present_times", "exclusive_words", "alternative_words",
                    "money_words", "currency_words", "durations", "existence_words",
                    "opinion_words", "stance_nouns", "stance_question",
                    "fragment_openers", "fragment_question", "ago_words",
                    "linking_words", "brevity_words", "pronoun_sets",
                    "other_one", "person_nouns", "laughs", "front_clipped",
                    "past_markers",
                    "entity_nouns", "identity_questions", "step_nouns",
                    "month_words", "vague_times", "message_labels", "between_words",
                    "journey_nouns", "additives", "guess_openers", "self_doubts",
                    "self_corrections", "name_word_blockers", "if_so", "who_guesses",
                    "comparison_openers",
                    "feelings",
                    "comparison_words",
                    "reciprocals", "span_questions", "share_questions", "distance_questions",
                    "elapsed_words", "then_words", "else_words", "place_anaphora",
                    "tenure_words", "negations", "place_nouns", "shared_words",
                    "partitives", "among_them", "honorifics", "honorific_suffixes",
                    "abbreviations", "relative_leads",
                    "attribute_nouns", "not_future", "open_future", "clipped_endings",
                    "said_spellings", "stray_possessives", "possessed", "split_phrasals",
                    "figure_phrasals",
                    "asked_over", "coming_verbs",
                    "frame_words", "frame_qualifiers", "frame_prepositions", "time_unit_days",
                    "indefinite_articles", "itinerary_words", "section_nouns",
                    "expansion_words", "universal_negatives",
                    "penultimate", "opposites", "overview_nouns", "ordinal_first",
                    "progressive_auxiliaries", "subject_auxiliaries", "in_situ_blockers",
                    "time_clause_openers", "rising_words", "falling_words",
                    "office_links", "intention_verbs", "remark_openers",
                    "attribute_prepositions", "occurrence_nouns", "reason_remarks",
                    "gap_words",
                    "locative_idioms",
                    "negated_auxiliaries", "pointing_phrases",
                    "pro_noun", "relatives", "premise_openers",
                    "possessive_relatives", "request_openers", "request_verbs",
                    "request_objects", "unmarked_plurals", "clock_questions",
                    "clock_words", "span_openers", "span_nouns", "noun_prepositions", "prior_words",
                    "first_nouns", "since_words", "past_times", "reaction_nouns",
                    "existential_subjects", "talk_verbs", "company_prepositions",
                    "choice_fillers", "versus", "conditional_openers", "arrival_verbs",
                    "vocatives",
                    "discourse_fillers", "filler_subjects", "filler_keepers",
                    "gloss_blockers",
                    "mention_phrases", "article_nouns", "journey_frames",
                    "totals", "determiners", "cleft_openers",
                    "cleft_relatives", "route_origins", "route_ends",
                    "organisation_nouns", "span_comparatives", "span_shorter",
                    "clause_joiners",
                    "plural_possessives", "open_sayings", "section_pointers",
                    "answer_shapes", "shape_requests", "sort_nouns",
                    "generic_leader_words", "slot_prepositions",
                    "denied_alternatives", "first_person",
                    "specific_words", "likeness_words", "comparison_cues", "trend_words",
                    "naming_verbs",
                    "person_question_words", "vague_quantifiers",
                    "beneficiary_words", "written_signs", "clarifiers",
                    "office_qualifiers", "nationalities", "done_words", "future_times",
                    "certainty_words",
                    "likelihood_words", "verdict_words", "forecast_words", "trend_claims",
                    "reaction_verbs",
                    "distributives", "besides_words",
                    "distance_units",
                    "label_words",
                    "ever_words", "again_words", "origin_verbs", "address_words",
                    "current_year_times",
                    "other_year_times",
                    "agreement_words",
                    "event_words",
                    "response_words", "attributions", "subject_pronouns",
                    "object_pronouns",
                    "leader_words",
                    "contact_words", "months", "relative_times", "stopwords")
REPLIES = ("help", "greeting", "empty", "off_topic", "not_said", "closest", "language",
           "stranger")


@dataclass(frozen=True)
class EntityRecord:
    name: str
    kind: str
    aliases: tuple[str, ...]
    attributes: dict[str, Any]
    # what the record was read from: the hash of its own lines of entities.yaml (so an
    # unchanged entity is taken from the old store, not parsed again), or of its content
    source: str = ""
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
    reported_by: tuple[str, ...] = ()  # who relayed a statement, when not its speaker
    file: str = ""  # the facts file's name and the fact's place in it: facts are ordered
    item: int = 0  # by these, so a rebuilt document's facts keep their place


@dataclass(frozen=True)
class DocumentRecord:
    slug: str
    title: str
    outlet: str | None
    url: str | None
    date: str | None
    subject: str | None
    paragraphs: tuple[Paragraph, ...]
    source_hash: str  # of the text, the metadata and the facts file: what its rows depend on
    reused: bool = False  # unchanged since the old store: its rows are kept, not re-read


@dataclass(frozen=True)
class KeptFacts:
    """An unchanged facts file as the old store holds it: enough for the checks that span
    files (ids unique, `follows` resolves, every entity still in the gazetteer)."""

    document: str
    ids: tuple[str, ...]
    follows: tuple[tuple[str, str], ...]  # (fact id, the id it follows)
    entities: frozenset[str]


@dataclass
class Previous:
    """What an existing store already holds, so that a build reads only what changed."""

    documents: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # slug ->
    #                                                               (source hash, subject)
    entities: dict[str, EntityRecord] = field(default_factory=dict)  # source -> record
    facts: dict[str, KeptFacts] = field(default_factory=dict)  # facts file name -> facts
    # each gazetteer file's item sources in order (None: the file was parsed whole)
    gazetteer: dict[str, list[str] | None] = field(default_factory=dict)
    shapes: dict[str, str | None] = field(default_factory=dict)  # see `shape`
    warnings: list[str] | None = None  # the old build's; None when not recorded
    # the old store, open under a read transaction, for the few lookups a delta needs
    db: sqlite3.Connection | None = None
    # reads `entities` when first needed: only a build that re-checks the whole gazetteer
    load_entities: Callable[[], dict[str, EntityRecord]] | None = None

    def known_entities(self) -> dict[str, EntityRecord]:
        if not self.entities and self.load_entities is not None:
            self.entities = self.load_entities()
        return self.entities


class EntityList(Sequence[EntityRecord]):
    """The gazetteer in order, as (name, source) pairs and the records read: a build that
    checked only the changed items holds no record of the others (read from the store
    when indexed, which only tools do)."""

    def __init__(self, order: list[tuple[str, str]], records: dict[str, EntityRecord],
                 fetch: Callable[[str], EntityRecord] | None = None) -> None:
        self.order, self.records, self.fetch = order, records, fetch
        # set by a delta in which no unchanged entity moves: the item sources gone, so
        # the writer touches only those and `records` without comparing every entity;
        # then `order` is not worked out: each record's place, every name and the count
        self.unmoved: frozenset[str] | None = None
        self.positions: dict[str, int] = {}
        self._names: set[str] | None = None
        self._length: int | None = None

    @classmethod
    def appended(cls, records: dict[str, EntityRecord], positions: dict[str, int],
                 names: set[str], removed: frozenset[str]) -> EntityList:
        """The gazetteer after items were appended to its one file (see `unmoved`)."""
        out = cls([], records)
        out.unmoved, out.positions, out._names, out._length = (
            removed, positions, names, len(names))
        return out

    @classmethod
    def of(cls, records: list[EntityRecord]) -> EntityList:
        return cls([(r.name, r.source) for r in records], {r.name: r for r in records})

    def __len__(self) -> int:
        return len(self.order) if self._length is None else self._length

    @overload
    def __getitem__(self, index: int) -> EntityRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[EntityRecord]: ...

    def __getitem__(self, index: int | slice) -> EntityRecord | list[EntityRecord]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if self._length is not None:
            raise LookupError("this build read only the entities it added")
        name = self.order[index][0]
        record = self.records.get(name)
        if record is None:
            if self.fetch is None:
                raise LookupError(f"entity {name!r} was not read by this build")
            record = self.records[name] = self.fetch(name)
        return record

    def names(self) -> set[str]:
        return {name for name, _ in self.order} if self._names is None else self._names


@dataclass
class Sources:
    documents: list[DocumentRecord] = field(default_factory=list)
    entities: EntityList = field(default_factory=lambda: EntityList([], {}))
    facts: list[FactRecord] = field(default_factory=list)  # of the documents read anew
    intents: list[dict[str, Any]] = field(default_factory=list)
    vocabulary: dict[str, Any] = field(default_factory=dict)
    replies: dict[str, str] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # e.g. an alias two files claim
    kept_facts: int = 0  # facts of unchanged documents, kept in the store as they were
    fact_files: dict[str, str] = field(default_factory=dict)  # fact id -> facts file name
    # each gazetteer file's item sources, for the next build (None: parsed whole)
    gazetteer: dict[str, list[str] | None] = field(default_factory=dict)
    shapes: dict[str, str | None] = field(default_factory=dict)  # see `shape`
    entity_delta: bool = False  # only the changed gazetteer items were read and checked

    @property
    def fact_count(self) -> int:
        return len(self.facts) + self.kept_facts


def entity_files(data: Path) -> list[Path]:
    """Each article's own gazetteer, data/entities/<slug>.yaml (optional)."""
    folder = data / "entities"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def source_files(data: Path, config: Path) -> list[Path]:
    """Every file a build reads, in a stable order (their hashes decide staleness)."""
    files = [config / "entities.yaml", config / "intents.yaml", config / "lang" / "en.yaml",
             *entity_files(data)]
    for folder, pattern in ((data / "articles", "*.txt"), (data / "articles", "*.yaml"),
                            (data / "facts", "*.yaml")):
        files += sorted(folder.glob(pattern)) if folder.is_dir() else []
    return files


def file_hashes(data: Path, config: Path) -> dict[str, str]:
    hashes = {}
    for path in source_files(data, config):
        try:
            hashes[relative(path)] = hashlib.sha256(
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


_ITEM = re.compile(r"( *)- +(?=[^#\s])")
_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*!]\S")  # anchors, aliases, tags: they span items


def _item_chunks(text: str, key: str) -> list[tuple[int, str]] | None:
    """The items of the top-level list `key`, each as (line, its own lines of text).

    Only for the plain layout every gazetteer has (comments, then `key:`, then one block
    list); anything else (anchors, document markers, tabs, other top-level keys, an item
    whose content starts on a later line) gives None and the file is parsed whole. An item's
    line is where YAML puts it, so error messages are the same either way.
    """
    lines = text.splitlines(keepends=True)
    i, n = 0, len(lines)
    while i < n and (not lines[i].strip() or lines[i].lstrip().startswith("#")):
        i += 1
    if i == n or lines[i].split("#", 1)[0].rstrip() != f"{key}:":
        return None
    chunks: list[tuple[int, list[str]]] = []
    indent: str | None = None
    for number in range(i + 1, n):
        line = lines[number]
        content = line.strip()
        if not content or content.startswith("#"):
            if chunks:
                chunks[-1][1].append(line)
            continue
        if "\t" in line or line.startswith(("---", "...", "%")) or _ANCHOR.search(line):
            return None
        match = _ITEM.match(line)
        if match and (indent is None or match.group(1) == indent):
            indent = match.group(1)
            chunks.append((number + 1, [line]))
        elif indent is not None and line.startswith(indent + " "):
            chunks[-1][1].append(line)
        else:
            return None
    return [(line, "".join(body)) for line, body in chunks] or None


_EXOTIC_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # line breaks besides "\\n"
_SKIPPED = re.compile(r"(?:[^\S\n]*(?:#[^\n]*)?\n)*")  # blank and comment lines


def item_chunks(text: str, key: str) -> list[tuple[int, str]] | None:
    """`_item_chunks` by whole-text regular expressions (a 60,000-item gazetteer in a
    tenth of the time); any text it is not sure of (tabs, anchors, unusual line breaks)
    goes to the line-by-line original, so both give the same chunks."""
    if not _plain(text):
        return _item_chunks(text, key)
    head = _SKIPPED.match(text)
    start = head.end() if head else 0
    end = text.find("\n", start)
    end = len(text) if end < 0 else end + 1
    if text[start:end].split("#", 1)[0].rstrip() != f"{key}:":
        return None
    body = end
    lead = _SKIPPED.match(text, body)
    first = lead.end() if lead else body
    match = _ITEM.match(text, first)
    if match is None:
        return None
    return chunks_from(text, first, match.group(1), text.count("\n", 0, first) + 1)


def _plain(text: str) -> bool:
    """No tab, unusual line break or anchor-like sign: `chunks_from` may split it."""
    return "\t" not in text and not any(c in text for c in _EXOTIC_CHARS) and not (
        any(c in text for c in "&*!") and _ANCHOR.search(text))


def chunks_from(text: str, first: int, indent: str, line: int
                ) -> list[tuple[int, str]] | None:
    """The items from offset `first` (the start of an item at `indent`, on `line`) to
    the end, as `item_chunks` splits them; None if a line there breaks the layout."""
    bad = re.compile(rf"^(?![^\S\n]*(?:#|$))(?!{indent}- +[^#\s])(?!{indent} )"
                     r"|^(?:---|\.\.\.|%)", re.MULTILINE)
    if bad.search(text, first):
        return None
    starts = [m.start() for m in re.compile(rf"^{indent}- +(?=[^#\s])", re.MULTILINE
                                            ).finditer(text, first)]
    if not starts or starts[0] != first:
        return None
    chunks: list[tuple[int, str]] = []
    previous = first
    for i, here in enumerate(starts):
        line += text.count("\n", previous, here)
        previous = here
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        chunks.append((line, text[here:stop]))
    return chunks


def _entity_head(item: Any, path: Path, line: int | None) -> tuple[str, str, set[str]]:
    """Name, kind and folded aliases of one item: what the checks across items need."""
    if not isinstance(item, dict):
        raise DataError(path, "each entity must be a mapping", line=line)
    name = _string(item.get("name"), path, line, "name")
    kind = _string(item.get("kind"), path, line, "kind")
    if not name:
        raise DataError(path, "entity without a name", line=line, key="name")
    if kind not in ENTITY_KINDS:
        raise DataError(path, f"{name}: kind must be one of {', '.join(ENTITY_KINDS)}",
                        line=line, key="kind")
    return name, kind, set()


def _entity_aliases(item: dict[str, Any], name: str, path: Path, line: int | None
                    ) -> tuple[str, ...]:
    return tuple(sorted({fold(a) for a in (name, *_strings(item.get("aliases"), path, line,
                                                           "aliases"))}))


def _entity_rest(item: dict[str, Any], name: str, kind: str, aliases: tuple[str, ...],
                 path: Path, line: int | None, source: str) -> EntityRecord:
    """The rest of one item, checked: attributes and unknown keys."""
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
    if not source:
        source = "content:" + hashlib.sha256(json.dumps(
            [name, kind, aliases, attributes], sort_keys=True).encode()).hexdigest()
    return EntityRecord(name, kind, aliases, attributes, source)


def _parsed_items(path: Path, text: str, known: dict[str, EntityRecord]
                  ) -> list[tuple[int | None, Any, str]] | None:
    """(line, item or a known record, source) per entity, parsing only unknown items."""
    chunks = item_chunks(text, "entities")
    if chunks is None:
        return None
    out: list[tuple[int | None, Any, str]] = []
    for line, chunk in chunks:
        source = "lines:" + hashlib.sha256(chunk.encode()).hexdigest()
        if source in known:
            out.append((line, known[source], source))
            continue
        try:
            parsed = yaml.load(chunk, Loader=_LOADER)
        except yaml.YAMLError:
            return None  # parsed whole, for the exact message and line
        if not isinstance(parsed, list) or len(parsed) != 1:
            return None
        out.append((line, parsed[0], source))
    return out


def read_entities(path: Path, known: dict[str, EntityRecord] | None = None
                  ) -> list[EntityRecord]:
    """The gazetteer, checked. `known` (source -> record, from the old store) spares
    parsing the items whose lines have not changed: with thousands of entities YAML
    parsing is most of a build."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = None  # load_yaml names the problem
    items = _parsed_items(path, text, known or {}) if text is not None else None
    if items is None:
        raw = _mapping(load_yaml(path), path, "an 'entities' list")
        listed = raw.get("entities")
        if not isinstance(listed, list) or not listed:
            raise DataError(path, "'entities' must be a non-empty list", key="entities")
        lines = list_item_lines(path, "entities")
        items = [(lines.get(i), item, "") for i, item in enumerate(listed)]
    records: list[EntityRecord] = []
    names: dict[str, int | None] = {}
    folded: set[str] = set()
    alias_owner: dict[str, tuple[str, int | None]] = {}
    for line, item, source in items:
        # the checks in the order they always ran: the item's name and kind, a name
        # defined twice, its aliases, a taken alias, then the rest of the item
        if isinstance(item, EntityRecord):
            name, aliases = item.name, item.aliases
        else:
            name, kind, _ = _entity_head(item, path, line)
        if (key := fold(name)) in folded:
            raise DataError(path, f"entity {name!r} is defined twice", line=line, key="name")
        folded.add(key)
        names[name] = line
        if not isinstance(item, EntityRecord):
            aliases = _entity_aliases(item, name, path, line)
        for alias in aliases:
            owner = alias_owner.get(alias)
            if owner is not None and owner[0] != name:
                other, other_line = owner
                raise DataError(
                    path, f"alias {alias!r} of {name!r} is already an alias of {other!r}"
                    + (f" (line {other_line})" if other_line else ""), line=line, key="aliases")
            alias_owner[alias] = (name, line)
        record = item if isinstance(item, EntityRecord) else \
            _entity_rest(item, name, kind, aliases, path, line, source)
        records.append(replace(record, line=line))
    return records


def merge_entities(files: list[tuple[Path, list[EntityRecord]]]
                   ) -> tuple[list[EntityRecord], list[str]]:
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
            first = merged.get(record.name)
            if first is None:
                where[record.name] = path
                attributes = dict(record.attributes)
            elif first.kind != record.kind or any(
                    first.attributes.get(k) not in (None, v)
                    for k, v in record.attributes.items() if k != "regions"):
                raise DataError(path, f"entity {record.name!r} differs from its definition "
                                f"in {where[record.name].name}", line=record.line, key="name")
            else:
                attributes = {**record.attributes, **first.attributes}
                regions = list(dict.fromkeys((*first.attributes.get("regions", ()),
                                              *record.attributes.get("regions", ()))))
                if regions:
                    attributes["regions"] = regions
            aliases = set(first.aliases if first else ())
            for alias in record.aliases:
                if owner.setdefault(alias, record.name) != record.name:
                    warnings.append(f"{path.name}: alias {alias!r} of {record.name!r} is "
                                    f"already {owner[alias]!r}'s; it stays theirs")
                    continue
                aliases.add(alias)
            # a record joined from two files is not any one file's lines: never reused as is
            merged[record.name] = record if first is None and len(aliases) == len(
                record.aliases) else replace(first or record, aliases=tuple(sorted(aliases)),
                                             attributes=attributes, source="")
    records = list(merged.values())
    for record in records:  # references between entities must resolve
        path, line = where[record.name], record.line
        for key in ("country", "place"):
            ref = record.attributes.get(key)
            if ref is not None and ref not in merged:
                raise DataError(path, f"{record.name}: {key} {ref!r} is not an entity",
                                line=line, key=key)
        for region in record.attributes.get("regions", ()):
            if region not in merged:
                raise DataError(path, f"{record.name}: region {region!r} is not an entity",
                                line=line, key="regions")
    return records, warnings


def relative(path: Path) -> str:
    """A source file's name as the store records it ('config/entities.yaml'): what
    `path.relative_to(path.parent.parent)` says, without its cost on 3,000 files."""
    return os.path.join(path.parent.name, path.name)


def _refs(attributes: dict[str, Any]) -> list[str]:
    return [v for k in ("country", "place") if (v := attributes.get(k)) is not None] + \
        list(attributes.get("regions", ()))


def entity_delta(paths: list[Path], previous: Previous
                 ) -> tuple[EntityList, dict[str, list[str] | None],
                            dict[str, str | None]] | None:
    """The gazetteer when only some items changed since the old store: those items are
    parsed and checked (each on its own, then against the old store's names and aliases
    by lookup); the others are neither parsed nor read back.

    None whenever the full check might say anything else: a file not in the plain
    layout, items reordered, an entity in two files, a warning, a broken or conflicting
    item, a reference that no longer resolves. The caller then checks every item as
    before, so every error keeps its file, line and wording.
    """
    db = previous.db
    if db is None or previous.warnings != [] or any(
            v is None for v in previous.gazetteer.values()):
        return None
    lists: dict[str, list[str] | None] = {}
    shapes: dict[str, str | None] = {}
    held: set[str] = set()  # every item source the old store lists
    added: list[tuple[Path, int, str, str]] = []
    removed: set[str] = set()
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        old = previous.gazetteer.get(relative(path)) or []
        raw = text.encode()
        appended = _appended(text, raw, previous.shapes.get(relative(path)), old)
        if appended is not None:  # the old file and more: only its tail is split
            hashed = appended
            new = old[:-1] + [h for _, _, h in hashed]
        else:
            chunks = item_chunks(text, "entities")
            if chunks is None:
                return None
            hashed = [(line, chunk, _source(chunk)) for line, chunk in chunks]
            new = [h for _, _, h in hashed]
        shapes[relative(path)] = shape(text, hashed[-1][1], raw) if hashed else None
        new_set, old_set = set(new), set(old)
        if len(new_set) != len(new) or (appended is None and (
                [h for h in new if h in old_set] != [h for h in old if h in new_set])):
            return None  # (appended: the old items but the last are the new ones' start)
        held |= old_set
        lists[relative(path)] = new
        added += [(path, line, chunk, h) for line, chunk, h in hashed if h not in old_set]
        removed |= old_set - new_set
    for key, old_items in previous.gazetteer.items():
        if key not in lists:
            removed |= set(old_items or ())
            held |= set(old_items or ())
    single = len(paths) == 1 and list(previous.gazetteer) == [relative(paths[0])] and \
        appended is not None  # the one gazetteer, appended to: nobody before moves
    if single:
        count, odd = db.execute("SELECT count(*), ifnull(sum(substr(source, 1, 6) != "
                                "'lines:'), 0) FROM entities").fetchone()
        if odd or count != len(held):
            return None  # an entity joined from two files, or a store out of step
        source_name: dict[str, str] = dict(db.execute(
            "SELECT source, name FROM entities WHERE source IN "
            "(SELECT value FROM json_each(?))", (json.dumps(sorted(removed)),)))
        if source_name.keys() != removed:
            return None
        every: set[str] = {n for (n,) in db.execute("SELECT name FROM entities")}
    else:
        source_name = dict(db.execute("SELECT source, name FROM entities"))
        if source_name.keys() != held:
            return None  # an entity joined from two files, or a store out of step
        every = set(source_name.values())
    listed = [h for items in lists.values() for h in items or ()]
    records: dict[str, EntityRecord] = {}
    names: dict[str, str] = {}  # source -> name, of the items read anew
    owners: dict[str, str] = {}
    folded: set[str] = set()
    for path, line, chunk, source in added:
        try:
            parsed = yaml.load(chunk, Loader=_LOADER)
        except yaml.YAMLError:
            return None
        if not isinstance(parsed, list) or len(parsed) != 1:
            return None
        item = parsed[0]
        try:
            name, kind, _ = _entity_head(item, path, line)
            aliases = _entity_aliases(item, name, path, line)
            record = _entity_rest(item, name, kind, aliases, path, line, source)
        except DataError:
            return None
        if name in records or fold(name) in folded:
            return None
        folded.add(fold(name))
        for alias in aliases:
            if owners.setdefault(alias, name) != name:
                return None
        records[name] = replace(record, line=line)
        names[source] = name
    gone = {source_name[h] for h in removed}
    kept = every - gone
    if any(name in kept for name in records):
        return None
    if owners and any(entity in kept for _, entity in db.execute(
            "SELECT alias, entity FROM aliases WHERE alias IN "
            "(SELECT value FROM json_each(?))", (json.dumps(sorted(owners)),))):
        return None  # an alias or a name an unchanged item holds
    every = kept | set(records)
    if any(ref not in every for r in records.values() for ref in _refs(r.attributes)):
        return None
    if lost := sorted(gone - set(records)):
        for (attributes,) in db.execute(
                "SELECT attributes FROM entities WHERE source NOT IN "
                "(SELECT value FROM json_each(?))", (json.dumps(sorted(removed)),)):
            if any(ref in lost for ref in _refs(json.loads(attributes))):
                return None
    if single:
        where = {h: i for i, h in enumerate(listed[len(held) - 1:], len(held) - 1)}
        return EntityList.appended(records, {names[h]: where[h] for h in names}, every,
                                   frozenset(removed)), lists, shapes
    order = [(names[h] if h in names else source_name[h], h) for h in listed]
    return EntityList(order, records), lists, shapes


def _source(chunk: str) -> str:
    return "lines:" + hashlib.sha256(chunk.encode()).hexdigest()


def shape(text: str, last: str, raw: bytes | None = None) -> str:
    """What the next build needs to tell a gazetteer only appended to: the text's length
    (characters, bytes) and hash, where its last item starts (offset, line) and that
    item's indent. `raw`: the text encoded, when the caller has it."""
    raw = text.encode() if raw is None else raw
    return json.dumps([len(text), hashlib.sha256(raw).hexdigest(), len(text) - len(last),
                       text.count("\n", 0, len(text) - len(last)) + 1,
                       last[:len(last) - len(last.lstrip(" "))], len(raw)])


def _appended(text: str, raw: bytes, old_shape: str | None, old: list[str]
              ) -> list[tuple[int, str, str]] | None:
    """(line, lines, source) of the items from the old file's last one on, when `text`
    is the old file with more after it (told by its hash); else None."""
    if not old_shape or not old:
        return None
    try:
        length, digest, last, line, indent, size = json.loads(old_shape)
    except (ValueError, TypeError):
        return None  # not what this version writes: split the whole file
    if len(text) < length or len(raw) < size or not _plain(text[last:]) or \
            hashlib.sha256(memoryview(raw)[:size]).hexdigest() != digest:
        return None
    tail = chunks_from(text, last, indent, line)
    return None if tail is None else [(n, chunk, _source(chunk)) for n, chunk in tail]


def _flag(value: Any, path: Path, line: int | None, key: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise DataError(path, f"{key} must be true or false", line=line, key=key)
    return value


def read_intents(path: Path, lang: Path | None = None
                 ) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, str]]:
    """Intents and replies (a deployment's), and the vocabulary: the language file's
    English grammar (`lang`, shared by every deployment), extended by any `vocabulary:`
    lists intents.yaml adds."""
    raw = _mapping(load_yaml(path), path, "'intents', 'vocabulary' and 'replies'")
    items = raw.get("intents")
    if not isinstance(items, list) or not items:
        raise DataError(path, "'intents' must be a non-empty list", key="intents")
    lines = list_item_lines(path, "intents")
    answers = kind_names()  # the kinds of answer the engine has modules for
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
        if answer not in answers:
            raise DataError(path, f"{name}: answer must be one of {', '.join(answers)}",
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
                        "unless_named": _flag(item.get("unless_named"), path, line,
                                              "unless_named"),
                        "at_start": _flag(item.get("at_start"), path, line, "at_start"),
                        "line": line})
    own = raw.get("vocabulary") or {}
    if not isinstance(own, dict):
        raise DataError(path, "'vocabulary' must be a mapping", key="vocabulary")
    vocabulary_raw: dict[str, Any] = {}
    sources: list[tuple[Path, dict[str, Any]]] = []
    if lang is not None and lang.exists():
        shared = _mapping(load_yaml(lang), lang, "a 'vocabulary' mapping").get("vocabulary")
        if not isinstance(shared, dict):
            raise DataError(lang, "'vocabulary' must be a mapping", key="vocabulary")
        sources.append((lang, shared))
    sources.append((path, own))
    vocabulary: dict[str, Any] = {key: [] for key in VOCABULARY_LISTS}
    for where, mapping in sources:
        for key in ("shorthand", "loanwords", "opening_glosses"):
            # (checked in the file that gives it: "kweli: true" in the language file is a
            # YAML boolean, named there, not in the file it is merged into)
            given = mapping.get(key)
            odd = next((f"{k}: {v!r}" for k, v in given.items() if not isinstance(k, str)
                        or not isinstance(v, str)), None) if isinstance(given, dict) else None
            if given is not None and (not isinstance(given, dict) or odd is not None):
                raise DataError(where, f"{key} must map words to words"
                                + (f" ({odd}: quote it)" if odd else ""), key=f"vocabulary.{key}")
        for key in VOCABULARY_LISTS:
            vocabulary[key] += [fold(w) for w in _strings(mapping.get(key), where, None,
                                                          f"vocabulary.{key}")]
        for key in ("kind_words", "shorthand", "loanwords", "opening_glosses"):
            if isinstance(mapping.get(key), dict):
                vocabulary_raw.setdefault(key, {}).update(mapping[key])
            elif mapping.get(key) is not None:
                vocabulary_raw[key] = mapping[key]
    kind_words = vocabulary_raw.get("kind_words") or {}
    if not isinstance(kind_words, dict) or not set(kind_words) <= set(FACT_KINDS):
        raise DataError(path, f"kind_words must map fact kinds ({', '.join(FACT_KINDS)}) "
                        "to phrases", key="vocabulary.kind_words")
    vocabulary["kind_words"] = {k: [fold(w) for w in _strings(v, path, None,
                                                              f"vocabulary.kind_words.{k}")]
                                for k, v in sorted(kind_words.items())}
    # (loanwords: words of another tongue, glossed; opening glosses: where a question word
    # stands)
    # (each file's own mapping was checked above, where it was given)
    for key in ("shorthand", "loanwords", "opening_glosses"):
        mapping = vocabulary_raw.get(key) or {}
        vocabulary[key] = {fold(k): fold(v) for k, v in sorted(mapping.items())}
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


_FACTS_DOCUMENT = re.compile(r"^document:[ \t]*([^\s#'\"{}\[\],&*!|>]+)[ \t]*(?:#.*)?$",
                             re.MULTILINE)


def facts_target(path: Path, raw: bytes) -> str | None:
    """The document a facts file is for, when plain to see without parsing it: its own
    name, with `document:` saying the same or nothing. None for anything else; such a file
    is read on every build and its document is never taken from the old store."""
    text = raw.decode("utf-8", errors="replace")
    if not _line_starts(text, "facts:"):
        return None
    # the regular expressions tried only where a line starts with "document": a search
    # of every position of every facts file was a tenth of an add-one reload
    starts = _line_starts(text, "document")
    said = [m.group(1) for pos in starts if (m := _FACTS_DOCUMENT.match(text, pos))]
    if len(said) > 1 or (said and said[0] != path.stem):
        return None
    if not said and any(_DOCUMENT_WORD.match(text, pos) for pos in starts):
        return None  # `document:` written some other way
    return path.stem


_DOCUMENT_WORD = re.compile(r"document\b")


def _line_starts(text: str, word: str) -> list[int]:
    """Offsets of the lines that start with `word` (as `^word` with re.MULTILINE)."""
    out = [0] if text.startswith(word) else []
    i = text.find("\n" + word)
    while i >= 0:
        out.append(i + 1)
        i = text.find("\n" + word, i + 1)
    return out


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def document_hash(text: bytes, meta: bytes | None, facts: bytes | None) -> str:
    """What a document's rows depend on: its text, its metadata and its facts file."""
    digest = hashlib.sha256()
    for part in (text, meta, facts):
        digest.update(b"-" if part is None else b"+%d:" % len(part) + part)
    return digest.hexdigest()


def read_documents(folder: Path, entities: set[str], previous: Previous | None = None,
                   fresh: frozenset[str] = frozenset()) -> list[DocumentRecord]:
    """Every article, checked. One whose text, metadata and facts file are as the old
    store has them (`previous`) is not read again: it comes back with `reused` set and no
    paragraphs, and its rows are kept. Slugs in `fresh` are always read."""
    texts = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not texts:
        raise DataError(folder, "no article found (expected <slug>.txt files)")
    documents = []
    for text_path in texts:
        slug = text_path.stem
        try:
            raw_bytes = text_path.read_bytes()
        except OSError as exc:
            raise DataError(text_path, f"cannot read: {exc}") from None
        meta_path = text_path.with_suffix(".yaml")
        facts_path = folder.parent / "facts" / f"{slug}.yaml"
        facts_bytes = _read_bytes(facts_path)
        content = document_hash(raw_bytes, _read_bytes(meta_path), facts_bytes)
        old = previous.documents.get(slug) if previous is not None else None
        kept = previous.facts.get(facts_path.name) if previous is not None else None
        if (old is not None and old[0] == content and slug not in fresh
                and (facts_bytes is None or facts_target(facts_path, facts_bytes) == slug)
                and (kept is None or kept.entities <= entities)):
            subject = old[1]
            if subject is not None and subject not in entities:
                raise DataError(meta_path, f"subject {subject!r} is not an entity in "
                                "config/entities.yaml", key="subject")
            documents.append(DocumentRecord(slug, slug, None, None, None, subject, (),
                                            content, reused=True))
            continue
        try:
            raw = raw_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(text_path, f"cannot read: {exc}") from None
        paragraphs = tuple(split_paragraphs(raw))
        if not paragraphs:
            raise DataError(text_path, "the article is empty")
        if sum(len(p.sentences) for p in paragraphs) >= MAX_SENTENCES:
            raise DataError(text_path, f"more than {MAX_SENTENCES - 1} sentences: split the "
                            "article in two")
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
            subject=subject, paragraphs=paragraphs, source_hash=content))
    bases: dict[int, str] = {}
    for document in documents:  # sentence ids are drawn from the slug: never shared
        other = bases.setdefault(sentence_base(document.slug), document.slug)
        if other != document.slug:
            raise DataError(folder / f"{document.slug}.txt", f"its name collides with "
                            f"{other}.txt in the store's sentence numbering: rename one")
    return documents


FACT_KEYS = {"id", "kind", "subject", "who", "place", "occasion", "about", "when", "follows",
             "count", "why", "topics", "keywords", "summary", "quotes", "counterpart",
             "reported_by"}


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
    sentences = [(p.number, squeeze(p.text)) for p in document.paragraphs]
    facts = []
    for index, item in enumerate(items):
        try:
            facts.append(_fact(item, index, path, slug, document, sentences, entities))
        except DataError as exc:
            # the line is looked up only for the message: parsing the file a second time
            # for line numbers doubled the cost of every build
            if exc.line is not None or exc.path != str(path):
                raise
            raise DataError(path, exc.reason, line=list_item_lines(path, "facts").get(index),
                            key=exc.key) from None
    return facts


def _fact(item: Any, index: int, path: Path, slug: str, document: DocumentRecord,
          sentences: list[tuple[int, str]], entities: set[str]) -> FactRecord:
    """One fact, checked; errors carry no line (the caller adds it)."""
    line: int | None = None
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
    reported_by = refs("reported_by")
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
    return FactRecord(
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
        counterpart=_string(item.get("counterpart"), path, line, "counterpart"),
        reported_by=reported_by, file=path.name, item=index)


def read_sources(data: Path, config: Path, previous: Previous | None = None) -> Sources:
    """Everything a build needs, checked; raises DataError at the first problem.

    With `previous` (what the old store holds), unchanged gazetteer items and documents
    are not parsed again; the checks that span files still see every one of them.
    """
    sources = Sources()
    paths = [config / "entities.yaml", *entity_files(data)]
    delta = entity_delta(paths, previous) if previous is not None else None
    if delta is not None:
        sources.entities, sources.gazetteer, sources.shapes = delta
        sources.entity_delta = True
    else:
        known = previous.known_entities() if previous else None
        files = [(path, read_entities(path, known)) for path in paths]
        merged, sources.warnings = merge_entities(files)
        sources.entities = EntityList.of(merged)
        sources.gazetteer = {relative(path): (
            [r.source for r in records] if all(r.source.startswith("lines:")
                                               for r in records) else None)
            for path, records in files}
        for path, _ in files:  # split again (a tenth of a full check) for the next build
            if sources.gazetteer[relative(path)] is not None:
                text = path.read_text(encoding="utf-8")
                chunks = item_chunks(text, "entities")
                sources.shapes[relative(path)] = shape(text, chunks[-1][1]) if chunks else None
    names = sources.entities.names()
    sources.intents, sources.vocabulary, sources.replies = read_intents(
        config / "intents.yaml", config / "lang" / "en.yaml")
    # An article without curated facts still loads: its questions get the closest passages
    # until a moderator adds data/facts/<slug>.yaml.
    fact_files = sorted((data / "facts").glob("*.yaml")) if (data / "facts").is_dir() else []
    fresh: set[str] = set()
    if previous is not None:  # a facts file for another document: that one is read anew
        fresh |= {kept.document for name, kept in previous.facts.items()
                  if name != f"{kept.document}.yaml"}
        for path in fact_files:
            raw = _read_bytes(path)
            if raw is not None and facts_target(path, raw) is None:
                try:
                    said = _mapping(load_yaml(path), path, "").get("document")
                except DataError:
                    continue  # the facts phase below reports it, in its turn
                fresh.add(str(said) if said else path.stem)
    sources.documents = read_documents(data / "articles", names, previous, frozenset(fresh))
    by_slug = {d.slug: d for d in sources.documents}
    reused = {d.slug for d in sources.documents if d.reused}
    ids: dict[str, Path] = {}
    follows: list[tuple[str, str]] = []
    for path in fact_files:
        kept = previous.facts.get(path.name) if previous is not None else None
        if kept is not None and kept.document in reused and path.stem == kept.document:
            for fid in kept.ids:
                if fid in ids:
                    raise DataError(path, f"fact id {fid.partition('/')[2]!r} is used twice"
                                    f" (also in {ids[fid].name})", key="id")
                ids[fid] = path
            follows += kept.follows
            sources.kept_facts += len(kept.ids)
            continue
        for fact in read_facts(path, by_slug, names):
            if fact.id in ids:
                raise DataError(path, f"fact id {fact.id.partition('/')[2]!r} is used twice"
                                + (f" (also in {ids[fact.id].name})" if ids[fact.id] != path
                                   else ""), key="id")
            ids[fact.id] = path
            sources.facts.append(fact)
            if fact.follows:
                follows.append((fact.id, fact.follows))
    for fid, follow in follows:
        if follow not in ids:
            raise DataError(ids[fid], f"fact {fid.partition('/')[2]}: follows "
                            f"{follow.partition('/')[2]!r}, which is not a fact id of this "
                            "document", key="follows")
    sources.hashes = file_hashes(data, config)
    return sources
