"""Helpers shared by the engine-side tests (importable because tests/ is on sys.path).

The judging functions are a copy of ../shared/eval/score.py's, so that the project's own
question set is scored exactly as the shared scorer would score it, without importing
from outside the repository (CI may not have ../shared).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.engine.answer import Answer
from bot.engine.text import squeeze as engine_squeeze
from bot.settings import Settings
from bot.store.build import build_store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
CONFIG = ROOT / "config"
ARTICLES = DATA / "articles"
FACTS = DATA / "facts"
DOCUMENT = "putin-diplomacy"
ARTICLE = ARTICLES / f"{DOCUMENT}.txt"
QUESTIONS = ROOT / "tests" / "questions" / f"{DOCUMENT}.yaml"


def copy_material(target: Path) -> tuple[Path, Path]:
    """Copies of data/ and config/ under `target`, writable (copyfile, not copy2)."""
    data, config = target / "data", target / "config"
    shutil.copytree(DATA, data, copy_function=shutil.copyfile)
    shutil.copytree(CONFIG, config, copy_function=shutil.copyfile)
    return data, config


def article_key(path: Path | None = None) -> str:
    """The article (by default every article in data/, as a moderator may add one beside
    the shipped article) as the engine looks quotes up in it."""
    paths = [path] if path is not None else sorted(ARTICLES.glob("*.txt"))
    return "\n".join(engine_squeeze(p.read_text(encoding="utf-8")) for p in paths)


def assert_grounded(answer: Answer, key: str) -> None:
    """Every source quote is verbatim in the article; an answered reply cites one."""
    assert answer.text.strip(), f"empty answer text for {answer.question!r}"
    if answer.answered:
        assert answer.sources, f"answered without a source: {answer.question!r}"
    for source in answer.sources:
        assert source.quote.strip()
        assert engine_squeeze(source.quote) in key, f"not in the article: {source.quote!r}"
        assert source.paragraph >= 1


def lower(answer: Answer) -> str:
    return answer.text.casefold()


# --- a copy of ../shared/eval/score.py's judge ------------------------------------

STRAIGHT_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                                 "\u2032": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                                 "\u201e": '"', "\u201f": '"', "\u2033": '"'})


def normalise(text: str) -> str:
    """Casefolded text without accents, with straight quotes and single spaces."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.casefold().translate(STRAIGHT_QUOTES))


def squeeze(text: str) -> str:
    """Normalised text without any whitespace: how a quote is looked up in the article."""
    return "".join(normalise(text).split())


def has_word(text: str, word: str) -> bool:
    """Whether `word` begins a word of the already normalised `text`."""
    needle = normalise(word)
    boundary = r"(?<!\w)" if needle[:1].isalnum() else ""
    return bool(needle.strip()) and re.search(boundary + re.escape(needle), text) is not None


@dataclass
class Question:
    id: str
    category: str
    ask: str
    expect: str
    must: list[list[str]] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    source_must: list[str] = field(default_factory=list)
    session: str | None = None


def _strings(value: Any, key: str) -> list[str]:
    value = [] if value is None else [value] if isinstance(value, str) else value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a string or a list of strings")
    return value


def parse_question(item: Any) -> Question:
    item = item if isinstance(item, dict) else {}
    qid, ask, expect = item.get("id"), item.get("ask"), item.get("expect", "answer")
    if not isinstance(qid, str) or not isinstance(ask, str) or expect not in ("answer", "decline"):
        raise ValueError("needs a string 'id' and 'ask', and 'expect' answer or decline")
    groups = item.get("must") or []
    groups = [groups] if isinstance(groups, str) else groups
    if not isinstance(groups, list):
        raise ValueError(f"{qid}: 'must' must be a list of groups")
    q = Question(qid, str(item.get("category", "uncategorised")), ask, expect,
                 [_strings(group, f"{qid}: each 'must' group") for group in groups],
                 _strings(item.get("must_not"), f"{qid}: 'must_not'"),
                 _strings(item.get("source_must"), f"{qid}: 'source_must'"),
                 None if item.get("session") is None else str(item["session"]))
    if q.expect == "decline" and (q.must or q.source_must):
        raise ValueError(f"{qid}: a decline takes only 'must_not'")
    return q


def load_questions(path: Path) -> list[Question]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise ValueError(f"{path}: expected a mapping with a 'questions' list")
    questions = []
    for number, item in enumerate(data["questions"], 1):
        try:
            questions.append(parse_question(item))
        except ValueError as exc:
            raise ValueError(f"{path}: question {number}: {exc}") from None
    ids = [q.id for q in questions]
    if duplicates := sorted({i for i in ids if ids.count(i) > 1}):
        raise ValueError(f"{path}: duplicate ids: {', '.join(duplicates)}")
    return questions


def quotes_of(reply: dict[str, Any]) -> list[str] | None:
    sources = reply.get("sources") or []
    if not isinstance(sources, list) or not all(
            isinstance(s, dict) and isinstance(s.get("quote"), str) for s in sources):
        return None
    return [s["quote"] for s in sources]


def verbatim(quote: str, article: str) -> bool:
    return bool(key := squeeze(quote)) and key in article


def judge(q: Question, reply: dict[str, Any], article: str) -> list[str]:
    """Why `reply` fails `q`: an empty list when it passes. `article` is squeezed."""
    answered, answer = reply.get("answered"), reply.get("answer")
    if not isinstance(answered, bool) or not isinstance(answer, str):
        return ["malformed reply: needs a boolean 'answered' and a string 'answer'"]
    text = normalise(answer)
    reasons = [f"answer contains forbidden {w!r}" for w in q.must_not if has_word(text, w)]
    if q.expect == "decline":
        return (["answered, but a decline was expected"] if answered else []) + reasons
    if not answered:
        return ["declined, but an answer was expected", *reasons]
    reasons += [f"answer lacks all of {group}" for group in q.must
                if not any(has_word(text, w) for w in group)]
    quotes = quotes_of(reply)
    if not quotes:
        return [*reasons, "malformed 'sources'" if quotes is None else "answered without a source"]
    reasons += [f"quote not in the article: {t[:80]!r}" for t in quotes if not verbatim(t, article)]
    if q.source_must and not any(has_word(normalise(t), w) for t in quotes for w in q.source_must):
        reasons.append(f"no quote contains any of {q.source_must}")
    return reasons


def make_settings(tmp: Path, data: Path = DATA, config: Path = CONFIG,
                  **engine: Any) -> Settings:
    """Default settings reading `data`/`config`, with the store and state under `tmp`."""
    base = Settings()
    paths = dataclasses.replace(base.paths, data=data, config=config,
                                store=tmp / "var" / "store.sqlite3",
                                state=tmp / "var" / "state.sqlite3")
    return dataclasses.replace(base, paths=paths,
                               engine=dataclasses.replace(base.engine, **engine))


@dataclass(frozen=True)
class Material:
    """Writable copies of data/ and config/, with settings that read them."""

    root: Path
    data: Path
    config: Path
    settings: Settings

    @property
    def store(self) -> Path:
        return self.settings.paths.store

    @property
    def facts(self) -> Path:
        return self.data / "facts" / "putin-diplomacy.yaml"

    @property
    def article(self) -> Path:
        return self.data / "articles" / "putin-diplomacy.txt"

    @property
    def entities(self) -> Path:
        return self.config / "entities.yaml"

    @property
    def intents(self) -> Path:
        return self.config / "intents.yaml"

    def build(self) -> None:
        build_store(self.data, self.config, self.store)

    def edit(self, path: Path, old: str, new: str) -> int:
        """Replace the first `old` in `path` by `new`; the 1-based line where it was."""
        text = path.read_text(encoding="utf-8")
        at = text.index(old)  # ValueError: the test's assumption about the file is stale
        path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
        return text.count("\n", 0, at) + 1
