"""`python -m bot eval FILE`: the maintainers' regression report over a question file.

The file has the format of the shared dev.yaml (id, category, ask, expect, must, must_not,
source_must, session). Judging follows the shared scorer exactly, so a pass here is a
pass there; the report adds what a maintainer needs to fix things: per category and per
intent passed/total, which intents were answered where another was expected, and every
failure with its reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.engine.answer import Answer
from bot.engine.text import squeeze
from bot.errors import DataError
from bot.service import AnswerService
from bot.yamlio import load_yaml

_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
# The intent a category normally expects, for the confusion table (when a question has no
# `intent` of its own).
CATEGORY_INTENT = {"who": "who", "where": "where", "why": "why", "when": "when",
                   "what": "what", "count": "count", "visits": "trips",
                   "upcoming": "upcoming", "background": "what"}


def normalise(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.casefold().translate(_STRAIGHT))


def has_word(text: str, word: str) -> bool:
    """`word` where a word begins ("Kazakh" in "Kazakhstan", "Xi" not in "exist")."""
    needle = normalise(word).strip()
    lead = r"(?<![\w])" if needle[:1].isalnum() else ""
    return re.search(lead + re.escape(needle), text) is not None


@dataclass
class Question:
    id: str
    category: str
    ask: str
    expect: str = "answer"
    must: list[list[str]] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    source_must: list[str] = field(default_factory=list)
    session: str | None = None
    intent: str | None = None


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def load_questions(path: Path) -> list[Question]:
    raw = load_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("questions"), list):
        raise DataError(path, "expected a mapping with a 'questions' list")
    out = []
    for n, item in enumerate(raw["questions"], 1):
        if not isinstance(item, dict) or not isinstance(item.get("ask"), str):
            raise DataError(path, f"question {n}: needs an 'ask' string")
        groups = item.get("must") or []
        groups = [groups] if isinstance(groups, str) else groups
        out.append(Question(
            id=str(item.get("id", n)), category=str(item.get("category", "uncategorised")),
            ask=item["ask"], expect=str(item.get("expect", "answer")),
            must=[_strings(g) for g in groups], must_not=_strings(item.get("must_not")),
            source_must=_strings(item.get("source_must")),
            session=None if item.get("session") is None else str(item["session"]),
            intent=item.get("intent")))
    return out


def judge(q: Question, answer: Answer, article: str) -> list[str]:
    """Why the answer fails the question, as the shared scorer sees it ([] = pass)."""
    text = normalise(answer.text)
    reasons = [f"answer contains forbidden {w!r}" for w in q.must_not if has_word(text, w)]
    if q.expect == "decline":
        return (["answered, but a decline was expected"] if answer.answered else []) + reasons
    if not answer.answered:
        return ["declined, but an answer was expected", *reasons]
    reasons += [f"answer lacks all of {g}" for g in q.must
                if not any(has_word(text, w) for w in g)]
    if not answer.sources:
        return [*reasons, "answered without a source"]
    reasons += [f"quote not in the article: {s.quote[:60]!r}" for s in answer.sources
                if not squeeze(s.quote) or squeeze(s.quote) not in article]
    if q.source_must and not any(has_word(normalise(s.quote), w) for s in answer.sources
                                 for w in q.source_must):
        reasons.append(f"no quote contains any of {q.source_must}")
    return reasons


@dataclass
class Result:
    question: Question
    answer: Answer
    reasons: list[str]


def run(service: AnswerService, questions: list[Question]) -> list[Result]:
    article = "".join(squeeze(t) for t in service.snapshot.paragraphs.values())
    results = []
    for q in questions:
        session = f"eval:{q.session}" if q.session else None
        answer = service.ask(q.ask, session)
        results.append(Result(q, answer, judge(q, answer, article)))
    return results


def report(results: list[Result], *, verbose: bool = False) -> list[str]:
    lines = []

    def table(title: str, key: Any) -> None:
        groups: dict[str, list[bool]] = defaultdict(list)
        for r in results:
            groups[key(r)].append(not r.reasons)
        lines.append(f"{title:<18}passed/total")
        for name in sorted(groups):
            ok = groups[name]
            lines.append(f"  {name:<16}{sum(ok):>6}/{len(ok)}")

    table("category", lambda r: r.question.category)
    table("intent answered", lambda r: r.answer.intent)
    confused: Counter[tuple[str, str]] = Counter()
    for r in results:
        expected = r.question.intent or CATEGORY_INTENT.get(r.question.category)
        if r.reasons and expected and r.answer.intent != expected:
            confused[(expected, r.answer.intent)] += 1
    if confused:
        lines.append("confused (expected -> answered): " + ", ".join(
            f"{a}->{b} x{n}" for (a, b), n in confused.most_common()))
    failures = [r for r in results if r.reasons]
    for r in failures if verbose else failures[:25]:
        lines.append(f"FAIL {r.question.id} [{r.question.category}] {r.question.ask[:100]!r}")
        lines.append(f"  intent {r.answer.intent} ({r.answer.confidence:.2f}); "
                     f"reason: {'; '.join(r.reasons)}")
        lines.append(f"  answer: {r.answer.text[:200]!r}")
    if not verbose and len(failures) > 25:
        lines.append(f"... {len(failures) - 25} more failures (-v shows all)")
    passed = len(results) - len(failures)
    lines.append(f"{passed} passed, {len(failures)} failed")
    return lines


def evaluate(service: AnswerService, path: Path, *, verbose: bool = False) -> int:
    results = run(service, load_questions(path))
    print("\n".join(report(results, verbose=verbose)))
    return 0
