"""The shipped material is consistent, and the code knows nothing of it.

These read the YAML files directly (not through the builder), so they are an independent
check of what the builder checks too.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest
import yaml
from support import ARTICLES, CONFIG, DATA, FACTS, QUESTIONS, ROOT, has_word, normalise

from bot.engine.lexicon import is_common_word
from bot.engine.text import fold, squeeze

# the shared gazetteer and every article's own (data/entities/), as the build merges them
ENTITIES = [e for path in (CONFIG / "entities.yaml", *sorted((DATA / "entities").glob("*.yaml")))
            for e in yaml.safe_load(path.read_text(encoding="utf-8"))["entities"]]
INTENTS = yaml.safe_load((CONFIG / "intents.yaml").read_text(encoding="utf-8"))
LANG = yaml.safe_load((CONFIG / "lang" / "en.yaml").read_text(encoding="utf-8"))
FACT_FILES = sorted(FACTS.glob("*.yaml"))
NAMES = {e["name"] for e in ENTITIES}


def facts_of(path: Path) -> tuple[str, list[dict]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return raw.get("document") or path.stem, raw["facts"]


@functools.cache
def all_facts() -> tuple[tuple[str, dict], ...]:
    return tuple((doc, fact) for path in FACT_FILES for doc, facts in [facts_of(path)]
            for fact in facts)


@functools.cache
def article(slug: str) -> str:
    return (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")


def as_list(value: object) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


# --- facts ----------------------------------------------------------------------------

def test_there_is_material() -> None:
    assert FACT_FILES and sorted(ARTICLES.glob("*.txt"))
    assert len(all_facts()) >= 10


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.name)
def test_every_fact_file_names_an_article(path: Path) -> None:
    slug, facts = facts_of(path)
    assert (ARTICLES / f"{slug}.txt").exists()
    assert facts


def test_every_quote_is_verbatim_in_its_article() -> None:
    missing = []
    for slug, fact in all_facts():
        key = squeeze(article(slug))
        assert fact.get("quotes"), f"{fact['id']}: no quotes"
        missing += [(fact["id"], q) for q in as_list(fact["quotes"]) if squeeze(q) not in key]
    assert missing == []


def test_every_when_why_count_and_topic_is_in_the_facts_own_quotes() -> None:
    wrong = []
    for _, fact in all_facts():
        quoted = "".join(squeeze(q) for q in as_list(fact["quotes"]))
        for key in ("when", "why", "count", "topics"):
            wrong += [(fact["id"], key, v) for v in as_list(fact.get(key))
                      if squeeze(str(v)) not in quoted]
    assert wrong == []


def test_every_fact_entity_exists() -> None:
    unknown = []
    for _, fact in all_facts():
        for key in ("who", "place", "about", "subject", "occasion"):
            unknown += [(fact["id"], key, n) for n in as_list(fact.get(key)) if n not in NAMES]
    assert unknown == []


def test_fact_ids_are_unique_and_follows_resolve() -> None:
    """Ids are a document's own: unique within it, and `follows` names one of them."""
    ids = [(doc, fact["id"]) for doc, fact in all_facts()]
    assert len(ids) == len(set(ids))
    assert all((doc, fact["follows"]) in ids for doc, fact in all_facts()
               if fact.get("follows"))


def test_article_metadata_subject_is_an_entity() -> None:
    for meta in ARTICLES.glob("*.yaml"):
        subject = (yaml.safe_load(meta.read_text(encoding="utf-8")) or {}).get("subject")
        assert subject is None or subject in NAMES


# --- entities and intents ----------------------------------------------------------------

def test_every_alias_belongs_to_one_entity() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for entity in ENTITIES:
        for alias in {fold(a) for a in [entity["name"], *entity.get("aliases", [])]}:
            if owner.setdefault(alias, entity["name"]) != entity["name"]:
                clashes.append((alias, owner[alias], entity["name"]))
    assert clashes == []


def test_entity_references_resolve() -> None:
    for entity in ENTITIES:
        for key in ("country", "place"):
            assert entity.get(key) is None or entity[key] in NAMES, (entity["name"], key)
        assert all(r in NAMES for r in entity.get("regions", [])), entity["name"]


def test_every_intent_has_phrases() -> None:
    intents = INTENTS["intents"]
    names = [i["name"] for i in intents]
    assert len(names) == len(set(names))
    for intent in intents:
        assert intent.get("phrases"), intent["name"]
        assert all(isinstance(p, str) and p.strip() for p in intent["phrases"]), intent["name"]
        assert isinstance(intent.get("priority", 0), int)


def test_the_vocabulary_is_plain_english() -> None:
    """config/lang/en.yaml says it holds 'nothing of any article'."""
    words = {w for k, v in LANG["vocabulary"].items() if k not in ("shorthand", "loanwords")
             for item in (v.values() if isinstance(v, dict) else [v])
             for phrase in item for w in fold(str(phrase)).split()}
    phrases = {w for i in INTENTS["intents"] for p in i["phrases"] for w in fold(p).split()}
    aliases = {fold(a) for e in ENTITIES for a in [e["name"], *e.get("aliases", [])]
               if len(a) >= 4}
    assert (words | phrases) & aliases == set()


# --- the project's question set ------------------------------------------------------------

def test_question_set_expectations_rest_on_the_article() -> None:
    """As its header says: each `must` group and each `source_must` word is in the article."""
    text = normalise(" ".join(article(p.stem) for p in ARTICLES.glob("*.txt")))
    questions = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))["questions"]
    bad = []
    for q in questions:
        for group in q.get("must") or []:
            group = [group] if isinstance(group, str) else group
            if not any(has_word(text, w) for w in group):
                bad.append((q["id"], "must", group))
        bad += [(q["id"], "source_must", w) for w in as_list(q.get("source_must"))
                if not has_word(text, w)]
    assert bad == []


# --- the code names nothing of the material -------------------------------------------------

# Capitalised words of the article that are also plain English (or Python) words.
COMMON = {"president", "prime", "minister", "global", "union", "united", "republic", "north",
          "south", "middle", "east", "western", "latin", "international", "criminal", "court",
          "cooperation", "organization", "communist", "us", "may", "june", "september",
          "october", "many", "more", "the"}


@functools.cache
def material_terms() -> frozenset[str]:
    """Entity names and aliases (4+ letters), and the proper nouns of the article and facts."""
    terms = {fold(a) for e in ENTITIES for a in [e["name"], *e.get("aliases", [])]
             if len(a) >= 4}
    texts = [article(p.stem) for p in ARTICLES.glob("*.txt")]
    texts += [" ".join([fact.get("summary", ""), *as_list(fact["quotes"])])
              for _, fact in all_facts()]
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            for word in re.findall(r"[A-Za-z][\w’'-]*", sentence)[1:]:  # not the first word
                for part in re.split(r"[’'-]", word):
                    # a capital mid-sentence marks a name, unless the word is ordinary
                    # English anyway ("Foreign Minister Ana ..." names nobody by "foreign")
                    if part[:1].isupper() and len(part) >= 2 \
                            and not is_common_word(fold(part)):
                        terms.add(fold(part))
    return frozenset(t for t in terms if t not in COMMON)


@functools.cache
def material_pattern() -> re.Pattern[str]:
    terms = sorted(material_terms(), key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(" + "|".join(map(re.escape, terms)) + r")(?![a-z0-9])")


def code_text(path: Path) -> str:
    """The code of a module: identifiers and string literals, without docstrings and
    comments (those may give examples; the code itself must not depend on the material)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
                  and isinstance(node.value.value, str)}
    parts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            parts.append(node.value)
        elif isinstance(node, ast.Name):
            parts.append(node.id)
        elif isinstance(node, ast.Attribute):
            parts.append(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            parts.append(node.name)
        elif isinstance(node, ast.arg) or (isinstance(node, ast.keyword) and node.arg):
            parts.append(node.arg)
    return fold("\n".join(parts))


def test_material_terms_are_found() -> None:
    terms = material_terms()
    assert {"putin", "erdogan", "astana", "kazakhstan", "akkuyu", "rosatom", "brics"} <= terms
    assert len(terms) > 100


@pytest.mark.parametrize("path", sorted((ROOT / "bot").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_code_names_nothing_of_the_material(path: Path) -> None:
    named = sorted(set(material_pattern().findall(code_text(path))))
    assert named == [], f"{path.relative_to(ROOT)} names {named}"


def test_the_code_check_finds_a_name() -> None:
    assert material_pattern().findall(fold("if who == 'Erdogan': go('Astana')")) == [
        "erdogan", "astana"]
    assert material_pattern().findall(fold("discussion = may + union")) == []
