"""The project's own question set, answered in order and judged as score.py judges.

tests/questions/putin-diplomacy.yaml is in the format of ../shared/eval/dev.yaml; the judge
is a copy of score.py's (tests/support.py), so this needs nothing outside the repository.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from support import ARTICLE, QUESTIONS, Question, judge, load_questions, normalise, squeeze

from bot.service import AnswerService

PASS_RATE = 0.95
CATEGORIES = {"who", "where", "why", "when", "what", "count", "visits", "upcoming",
              "background", "negative", "typo", "paraphrase", "followup", "out_of_scope",
              "adversarial"}


@dataclass
class Result:
    question: Question
    reply: dict[str, Any]
    reasons: list[str]


@pytest.fixture(scope="module")
def results(shared_settings, snapshot) -> list[Result]:
    """Every question, in file order, through one fresh service with its session."""
    service = AnswerService(shared_settings, snapshot)
    article = squeeze(ARTICLE.read_text(encoding="utf-8"))
    out = []
    for q in load_questions(QUESTIONS):
        # what a caller of `ask --json -` receives: the JSON line, parsed again
        reply = json.loads(json.dumps(service.ask(q.ask, q.session).to_json()))
        out.append(Result(q, reply, judge(q, reply, article)))
    return out


def test_the_question_set_loads() -> None:
    questions = load_questions(QUESTIONS)
    assert len(questions) >= 200
    assert {q.category for q in questions} <= CATEGORIES
    assert {q.expect for q in questions} == {"answer", "decline"}
    assert any(q.session for q in questions)


def test_pass_rate(results: list[Result]) -> None:
    failures = [r for r in results if r.reasons]
    rate = 1 - len(failures) / len(results)
    report = "\n".join(
        f"FAIL {r.question.id} [{r.question.category}] {r.question.ask[:100]!r}\n"
        f"  reason: {'; '.join(r.reasons)}\n  answer: {r.reply.get('answer', '')[:200]!r}"
        for r in failures)
    print(report)
    assert rate >= PASS_RATE, (
        f"{len(results) - len(failures)}/{len(results)} passed ({rate:.1%} < {PASS_RATE:.0%})"
        f"\n{report}")


@pytest.mark.parametrize("category", sorted({q.category for q in load_questions(QUESTIONS)}))
def test_no_category_collapses(results: list[Result], category: str) -> None:
    rows = [r for r in results if r.question.category == category]
    passed = sum(not r.reasons for r in rows)
    assert passed / len(rows) >= 0.75, [r.question.id for r in rows if r.reasons]


def test_every_answered_question_cites(results: list[Result]) -> None:
    for r in results:
        if r.reply["answered"]:
            assert r.reply["sources"], r.question.id


def test_protocol_shape_of_every_answer(results: list[Result]) -> None:
    keys = {"question", "answered", "answer", "intent", "confidence", "sources"}
    for r in results:
        reply, qid = r.reply, r.question.id
        assert keys <= set(reply) <= keys | {"alternative"}, qid
        assert reply["question"] == r.question.ask, qid
        assert isinstance(reply["answered"], bool), qid
        assert isinstance(reply["answer"], str) and reply["answer"].strip(), qid
        assert isinstance(reply["intent"], str) and reply["intent"], qid
        assert isinstance(reply["confidence"], int | float), qid
        assert not isinstance(reply["confidence"], bool), qid
        assert 0 <= reply["confidence"] <= 1, qid
        assert isinstance(reply["sources"], list), qid
        for source in reply["sources"]:
            assert set(source) == {"document", "paragraph", "quote"}, qid
            assert isinstance(source["document"], str) and source["document"], qid
            assert isinstance(source["paragraph"], int), qid
            assert not isinstance(source["paragraph"], bool), qid
            assert source["paragraph"] >= 1, qid
            assert isinstance(source["quote"], str) and source["quote"].strip(), qid
        if "alternative" in reply:
            assert isinstance(reply["alternative"], str) and reply["alternative"], qid


def test_every_source_is_in_the_paragraph_it_names(results: list[Result], snapshot) -> None:
    for r in results:
        for source in r.reply["sources"]:
            paragraph = snapshot.paragraph(source["document"], source["paragraph"])
            assert paragraph is not None, r.question.id
            assert squeeze(source["quote"]) in squeeze(paragraph), r.question.id


def test_the_judge_agrees_with_score_py_on_examples() -> None:
    """The copied judge behaves as score.py documents: word starts, accents, case."""
    from support import has_word

    text = normalise("Putin met Erdoğan in Kazakhstan; “very soon.”")
    assert has_word(text, "Erdogan") and has_word(text, "kazakh")
    assert not has_word(text, "zakh") and not has_word(text, "xi")
    assert has_word(text, '"very soon')
    q = Question("t", "who", "q", "answer", [["Xi", "Erdogan"]], ["Modi"], ["astana"])
    article = squeeze("Putin met Erdogan in Astana.")
    good = {"answered": True, "answer": "Erdogan.",
            "sources": [{"quote": "Putin met  Erdogan in ASTANA."}]}
    assert judge(q, good, article) == []
    assert judge(q, good | {"answer": "Modi and Erdogan"}, article)
    assert judge(q, good | {"sources": []}, article)
    assert judge(q, good | {"sources": [{"quote": "Putin met Xi."}]}, article)
    decline = Question("d", "negative", "q", "decline", must_not=["Erdogan"])
    assert judge(decline, {"answered": False, "answer": "No."}, article) == []
    assert judge(decline, {"answered": True, "answer": "No."}, article)
