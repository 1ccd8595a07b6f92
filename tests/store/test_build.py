"""Building the store: paragraphs as a reader sees them, reproducible bytes, staleness, and
errors that name the file and line while the old store stays as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from support import ARTICLE, CONFIG, DATA, Material

from bot.engine.text import squeeze
from bot.errors import DataError, StoreError
from bot.service import AnswerService
from bot.store import build as build_module
from bot.store.build import build_store, store_is_stale
from bot.store.ingest import split_paragraphs, split_sentences
from bot.store.load import load_snapshot
from bot.store.sources import read_sources

# --- paragraphs -------------------------------------------------------------------------------


def test_shipped_article_has_eleven_paragraphs() -> None:
    paragraphs = split_paragraphs(ARTICLE.read_text(encoding="utf-8"))
    assert [p.number for p in paragraphs] == list(range(1, 12))


def test_repeated_paragraphs_and_headings_are_dropped() -> None:
    raw = ARTICLE.read_text(encoding="utf-8")
    paragraphs = split_paragraphs(raw)
    keys = [squeeze(p.text) for p in paragraphs]
    assert len(keys) == len(set(keys))
    # the scrape repeats its opening block; each paragraph is kept once, in order
    assert raw.count("Putin has also made six foreign visits") == 2
    assert sum("six foreign visits" in p.text for p in paragraphs) == 1
    headings = {line.strip() for line in raw.splitlines()
                if line.strip() and len(line.split()) <= 4 and line.strip()[-1] not in ".!?"}
    assert "Xi dialogue" in headings
    assert not any(p.text in headings for p in paragraphs)


def test_paragraphs_are_numbered_as_a_reader_sees_them() -> None:
    paragraphs = {p.number: p for p in split_paragraphs(ARTICLE.read_text(encoding="utf-8"))}
    assert paragraphs[1].text.startswith("President Vladimir Putin is on a diplomatic roll")
    assert paragraphs[5].text.startswith("Putin lost no time")
    assert paragraphs[5].heading == "Xi dialogue"
    assert paragraphs[9].heading == "North Korea alliance"
    assert "BRICS" in paragraphs[11].text
    assert paragraphs[1].heading is None


def test_lines_broken_mid_sentence_are_joined_and_bullets_removed() -> None:
    paragraphs = {p.number: p for p in split_paragraphs(ARTICLE.read_text(encoding="utf-8"))}
    assert "Chinese President Xi Jinping" in paragraphs[5].text
    assert not any(p.text.startswith(("-", "•")) for p in paragraphs.values())
    assert all("\n" not in p.text for p in paragraphs.values())


def test_split_paragraphs_on_a_small_scrape() -> None:
    raw = ("First paragraph here.\nSecond one.\nA heading\n- A bullet that\ncontinues here.\n"
           "First paragraph here.\nA heading\n- Last one.")
    paragraphs = split_paragraphs(raw)
    assert [p.text for p in paragraphs] == ["First paragraph here.", "Second one.",
                                            "A bullet that continues here.", "Last one."]
    assert [p.heading for p in paragraphs] == [None, None, "A heading", "A heading"]


def test_split_sentences() -> None:
    text = 'He said “very soon.” Then he left. 24 years later, U.S. officials said so.'
    assert split_sentences(text) == ('He said “very soon.”', "Then he left.",
                                     "24 years later, U.S. officials said so.")


def test_the_store_holds_what_a_reader_sees(snapshot) -> None:
    assert len([k for k in snapshot.paragraphs if k[0] == "putin-diplomacy"]) == 11
    assert snapshot.documents["putin-diplomacy"].subject == "Vladimir Putin"
    assert len(snapshot.facts) == len(read_sources(DATA, CONFIG).facts)


@pytest.fixture
def seeded(material: Material, built_store: Path) -> Material:
    """The copies with a store already built from them: the session's build, copied (the
    copies have the same content, so it is theirs too; building again costs time)."""
    material.store.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built_store, material.store)
    if store_is_stale(material.store, material.data, material.config):
        material.build()  # data/ or config/ changed since the session's build
    return material


# --- reproducible and stale ---------------------------------------------------------------------

def test_same_input_gives_byte_identical_stores(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b" / "b.sqlite3"
    build_store(DATA, CONFIG, first)
    build_store(DATA, CONFIG, second)
    assert first.read_bytes() == second.read_bytes()
    build_store(DATA, CONFIG, first)  # rebuilding over an existing store: same bytes again
    assert first.read_bytes() == second.read_bytes()


def test_store_is_stale_until_built(material: Material) -> None:
    assert store_is_stale(material.store, material.data, material.config)
    material.build()
    assert not store_is_stale(material.store, material.data, material.config)


@pytest.mark.parametrize("which", ["article", "facts", "entities", "intents", "meta"])
def test_store_is_stale_when_a_source_changes(seeded: Material, which: str) -> None:
    material = seeded
    path = {"article": material.article, "facts": material.facts,
            "entities": material.entities, "intents": material.intents,
            "meta": material.article.with_suffix(".yaml")}[which]
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert store_is_stale(material.store, material.data, material.config)


def test_store_is_stale_when_a_file_is_added(seeded: Material) -> None:
    material = seeded
    extra = material.data / "facts" / "zz-extra.yaml"
    extra.write_text("document: putin-diplomacy\nfacts: []\n", encoding="utf-8")
    assert store_is_stale(material.store, material.data, material.config)


def test_store_is_stale_when_unreadable_or_foreign(seeded: Material) -> None:
    material = seeded
    good = material.store.read_bytes()
    material.store.write_bytes(b"not a database")
    assert store_is_stale(material.store, material.data, material.config)
    material.store.write_bytes(good)
    with sqlite3.connect(material.store) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    assert store_is_stale(material.store, material.data, material.config)


def test_service_open_rebuilds_a_stale_store(seeded: Material) -> None:
    material = seeded
    material.edit(material.facts, "summary: >-\n      Putin lost no time",
                  "summary: >-\n      Putin wasted no time")
    assert store_is_stale(material.store, material.data, material.config)
    service = AnswerService.open(material.settings)
    assert not store_is_stale(material.store, material.data, material.config)
    assert any("wasted no time" in f.summary for f in service.snapshot.facts)


# --- errors: the message names the file and line, and the old store survives -------------------

def build_fails(material: Material, before: bytes, listing: list[str]) -> DataError:
    with pytest.raises(DataError) as info:
        material.build()
    assert material.store.read_bytes() == before, "the old store was changed"
    assert sorted(p.name for p in material.store.parent.iterdir()) == listing, \
        "a failed build left files behind"
    assert not list(material.store.parent.glob("*.tmp"))
    return info.value


@pytest.fixture
def old(seeded: Material) -> tuple[bytes, list[str]]:
    """The store as built from the untouched copies, and the files beside it."""
    material = seeded
    return material.store.read_bytes(), sorted(p.name for p in material.store.parent.iterdir())


def test_quote_not_in_the_article(material: Material, old) -> None:
    line = material.edit(material.facts, '"They met again this month',
                         '"They met once again this month')
    error = build_fails(material, *old)
    assert error.path.endswith("putin-diplomacy.yaml") and "facts" in error.path
    assert error.key == "quotes"
    assert error.line is not None and error.line <= line
    assert "quote not found" in str(error) and "xi-sco" in str(error)
    assert f"line {error.line}" in str(error)


def test_quote_error_points_at_the_fact(material: Material, old) -> None:
    text = material.facts.read_text(encoding="utf-8")
    fact_line = text[:text.index("  - id: xi-sco")].count("\n") + 1
    material.edit(material.facts, '"They met again this month', '"They met once again')
    assert build_fails(material, *old).line == fact_line


@pytest.mark.parametrize(("url", "reason"), [
    ("https://", "has no host"),
    ("ftp://example.org/article", "http:// or https://"),
    ("https://example.org/" + "a" * 2100, "longer than 2048"),
    ("https://example.org/an article", "spaces"),
    ("https://example.org:http/", "not a valid URL"),
])
def test_an_article_url_discord_would_reject_names_file_and_line(
        material: Material, old, url: str, reason: str) -> None:
    meta = material.data / "articles" / "putin-diplomacy.yaml"
    line = material.edit(meta, "url: null", f"url: '{url}'")
    error = build_fails(material, *old)
    assert error.path == str(meta) and error.key == "url" and error.line == line
    assert reason in str(error) and f"line {line}" in str(error)


def test_a_good_article_url_is_kept(material: Material) -> None:
    meta = material.data / "articles" / "putin-diplomacy.yaml"
    material.edit(meta, "url: null", "url: https://example.org/news/article?id=1")
    material.build()
    info = load_snapshot(material.store).documents["putin-diplomacy"]
    assert info.url == "https://example.org/news/article?id=1"


def test_broken_yaml_names_its_line(material: Material, old) -> None:
    line = material.edit(material.intents, "  - name: greeting\n",
                         "  - name: greeting\n    phrases: [hello, hi\n")
    error = build_fails(material, *old)
    assert error.path.endswith("intents.yaml")
    assert error.line is not None and line <= error.line <= line + 2
    assert "invalid YAML" in str(error) and f"line {error.line}" in str(error)


def test_broken_yaml_in_the_facts(material: Material, old) -> None:
    line = material.edit(material.facts, "  - id: vietnam\n", "  - id: vietnam\n   kind: : x\n")
    error = build_fails(material, *old)
    assert error.path.endswith("putin-diplomacy.yaml")
    assert error.line is not None and line <= error.line <= line + 2


def test_missing_entities_file(material: Material, old) -> None:
    material.entities.unlink()
    error = build_fails(material, *old)
    assert error.path.endswith("entities.yaml") and "not found" in str(error)


def test_unknown_entity_in_a_fact(material: Material, old) -> None:
    material.edit(material.facts, "who: [Kim Jong Un]", "who: [Kim Jong Il]")
    error = build_fails(material, *old)
    assert error.path.endswith("putin-diplomacy.yaml")
    assert error.key == "who" and error.line is not None
    assert "Kim Jong Il" in str(error) and "kim-pyongyang" in str(error)


def test_alias_used_by_two_entities(material: Material, old) -> None:
    line = material.edit(material.entities, "aliases: [cuba, cuban]",
                         "aliases: [cuba, cuban, modi]")
    error = build_fails(material, *old)
    assert error.path.endswith("entities.yaml")
    assert error.line == line and error.key == "aliases"
    assert "'modi'" in str(error) and "Narendra Modi" in str(error) and "Cuba" in str(error)


def test_fact_when_not_in_its_quotes(material: Material, old) -> None:
    material.edit(material.facts, "when: in June", "when: in July")
    error = build_fails(material, *old)
    assert error.key == "when" and error.line is not None
    assert "in July" in str(error) and "kim-pyongyang" in str(error)


@pytest.mark.parametrize("content", ["", "\n", "# nothing here\n"])
def test_empty_facts_file(material: Material, old, content: str) -> None:
    material.facts.write_text(content, encoding="utf-8")
    error = build_fails(material, *old)
    assert error.path.endswith("putin-diplomacy.yaml")


def test_facts_file_with_an_empty_list(material: Material, old) -> None:
    material.facts.write_text("document: putin-diplomacy\nfacts: []\n", encoding="utf-8")
    error = build_fails(material, *old)
    assert error.path.endswith("putin-diplomacy.yaml")


def test_an_article_without_facts_builds_and_answers_from_passages(material: Material) -> None:
    """Facts are curated later: until then the article's questions get its closest passages."""
    material.facts.unlink()
    material.build()
    service = AnswerService.open(material.settings)
    assert service.facts_of("putin-diplomacy") == 0
    first = service.snapshot.paragraphs[("putin-diplomacy", 1)]
    answer = service.ask(" ".join(first.split()[:8]))
    assert answer.answered and answer.sources
    assert not service.ask("tell me a joke").answered


def test_unknown_fact_key_and_kind(material: Material, old) -> None:
    material.edit(material.facts, "  - id: vietnam\n    kind: visit",
                  "  - id: vietnam\n    kind: visited")
    error = build_fails(material, *old)
    assert error.key == "kind" and "vietnam" in str(error)


def test_follows_an_unknown_fact(material: Material, old) -> None:
    material.edit(material.facts, "follows: kim-pyongyang", "follows: kim-pyongyng")
    error = build_fails(material, *old)
    assert error.key == "follows" and "kim-pyongyng" in str(error)


def test_a_failed_write_leaves_no_temp_files(material: Material, old,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(sources, db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(build_module, "write_store", broken)
    before, listing = old
    with pytest.raises(StoreError, match="disk I/O error"):
        material.build()
    assert material.store.read_bytes() == before
    assert sorted(p.name for p in material.store.parent.iterdir()) == listing


def test_a_failed_first_build_leaves_nothing(material: Material) -> None:
    material.edit(material.facts, "when: in June", "when: in July")
    with pytest.raises(DataError):
        material.build()
    assert not material.store.exists()
    folder = material.store.parent
    assert not folder.exists() or not any(folder.iterdir())


def test_the_built_store_loads(material: Material) -> None:
    material.build()
    snapshot = load_snapshot(material.store)
    assert snapshot.stats()["facts"] == len(read_sources(material.data, material.config).facts)


def test_loading_a_missing_or_corrupt_store_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="build"):
        load_snapshot(tmp_path / "missing.sqlite3")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\0" * 4096)
    with pytest.raises(StoreError):
        load_snapshot(bad)


# --- reload keeps the old data on a bad edit ---------------------------------------------------

def test_reload_with_a_bad_edit_keeps_answering_from_the_old_data(material: Material,
                                                                  old) -> None:
    service = AnswerService.open(material.settings)
    before = service.ask("when did putin go to north korea")
    material.edit(material.facts, "when: in June", "when: in July")
    with pytest.raises(DataError):
        service.reload()
    assert service.ask("when did putin go to north korea").text == before.text
    assert material.store.read_bytes() == old[0]


def test_reload_picks_up_a_good_edit(seeded: Material) -> None:
    material = seeded
    service = AnswerService.open(material.settings)
    material.edit(material.facts, "summary: >-\n      Putin lost no time",
                  "summary: >-\n      Putin wasted no time")
    report = service.reload()
    assert any("wasted no time" in f.summary for f in service.snapshot.facts)
    assert report.after["facts"] == report.before["facts"]


def test_open_builds_the_store_where_the_settings_say(settings, tmp_path: Path) -> None:
    assert settings.paths.data == DATA and settings.paths.config == CONFIG
    assert settings.paths.store.is_relative_to(tmp_path)
    assert not settings.paths.store.exists()
    service = AnswerService.open(settings)
    assert settings.paths.store.exists()
    assert service.stats()["paragraphs"] >= 11  # the shipped article's, and any beside it
    assert not store_is_stale(settings.paths.store, DATA, CONFIG)


# --- several articles: entities per article, fact ids per document, the language file ------

def test_an_articles_own_entities_are_merged_into_the_gazetteer(material: Material) -> None:
    folder = material.data / "entities"
    folder.mkdir(exist_ok=True)
    (folder / "extra.yaml").write_text(
        "entities:\n"
        "  - {name: Cuba, kind: country, aliases: [havana's island]}\n"
        "  - {name: Havana, kind: city, country: Cuba, aliases: [havana]}\n", encoding="utf-8")
    sources = read_sources(material.data, material.config)
    by_name = {e.name: e for e in sources.entities}
    assert "havana's island" in by_name["Cuba"].aliases and "cuba" in by_name["Cuba"].aliases
    assert by_name["Havana"].attributes["country"] == "Cuba"
    assert not sources.warnings


def test_an_alias_two_articles_claim_is_a_warning_naming_both(material: Material) -> None:
    folder = material.data / "entities"
    folder.mkdir(exist_ok=True)
    (folder / "extra.yaml").write_text(
        "entities:\n  - {name: Havana, kind: city, country: Cuba, aliases: [havana, cuban]}\n",
        encoding="utf-8")
    sources = read_sources(material.data, material.config)
    havana = next(e for e in sources.entities if e.name == "Havana")
    assert "cuban" not in havana.aliases
    assert any("'cuban'" in w and "Havana" in w and "Cuba" in w for w in sources.warnings)


def test_an_entity_defined_differently_in_two_files_names_the_line(material: Material) -> None:
    folder = material.data / "entities"
    folder.mkdir(exist_ok=True)
    (folder / "extra.yaml").write_text("entities:\n\n  - {name: Cuba, kind: city}\n",
                                       encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_sources(material.data, material.config)
    assert caught.value.path.endswith("extra.yaml") and caught.value.line == 3
    assert "Cuba" in str(caught.value)


def test_fact_ids_need_only_be_unique_within_their_document(material: Material) -> None:
    shutil.copy(ARTICLE, material.data / "articles" / "copy.txt")
    (material.data / "articles" / "copy.yaml").write_text(
        "title: A copy\nsubject: Vladimir Putin\n", encoding="utf-8")
    facts = material.facts.read_text(encoding="utf-8").replace(
        "document: putin-diplomacy", "document: copy")
    (material.data / "facts" / "copy.yaml").write_text(facts, encoding="utf-8")
    sources = read_sources(material.data, material.config)
    ids = [f.id for f in sources.facts]
    assert len(ids) == len(set(ids)) and "copy/erdogan-sco" in ids


def test_an_intent_answer_that_names_no_kind_is_refused_with_its_line(
        material: Material, old) -> None:
    intents = material.config / "intents.yaml"
    line = material.edit(intents, "answer: topics", "answer: gossip")
    error = build_fails(material, *old)
    # the line of the intent's item, which the `answer:` key belongs to
    assert error.path.endswith("intents.yaml") and line - 3 <= error.line <= line
    assert error.key == "answer" and "answer must be one of" in str(error)


def test_the_language_file_is_shared_and_a_deployment_adds_to_it(material: Material) -> None:
    intents = material.config / "intents.yaml"
    intents.write_text(intents.read_text(encoding="utf-8")
                       + "\nvocabulary:\n  contact_words: [hobnob]\n", encoding="utf-8")
    vocabulary = read_sources(material.data, material.config).vocabulary
    assert "hobnob" in vocabulary["contact_words"] and "meet" in vocabulary["contact_words"]
    assert "who" in vocabulary["question_words"]  # from config/lang/en.yaml


def test_yes_no_on_and_off_are_words_not_booleans(tmp_path: Path) -> None:
    """A word list such as `[in, on, at]` or `[yes, no]` keeps its words (YAML 1.2
    booleans: only true and false)."""
    from bot.yamlio import load_yaml
    path = tmp_path / "x.yaml"
    path.write_text("words: [in, on, yes, no, off]\nflag: true\n", encoding="utf-8")
    assert load_yaml(path) == {"words": ["in", "on", "yes", "no", "off"], "flag": True}


def test_a_gloss_yaml_reads_as_no_word_is_named_in_the_file_that_gives_it(
        tmp_path: Path) -> None:
    from bot.store.sources import read_intents
    lang, intents = tmp_path / "en.yaml", tmp_path / "intents.yaml"
    lang.write_text("vocabulary:\n  loanwords: {kweli: true}\n", encoding="utf-8")
    intents.write_text((CONFIG / "intents.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        read_intents(intents, lang)
    assert raised.value.path.endswith("en.yaml") and "kweli" in str(raised.value)
