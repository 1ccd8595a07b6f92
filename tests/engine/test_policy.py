"""One decision point: every decline and every confidence comes from bot/engine/policy.py,
and a kind of answer is one module that registers itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from support import ROOT, Material

from bot.engine import kinds
from bot.engine.compose import Ask, Composer, Reply
from bot.service import AnswerService
from bot.store.build import build_store

BOT = ROOT / "bot"
POLICY = BOT / "engine" / "policy.py"
# what only the policy may make or read: the Answer the adapters show, a Reply that does
# not answer, and the reply texts of declines
ANSWER_MADE = "Answer"
OUTCOME_SET = "outcome"


def _modules() -> list[Path]:
    return [p for p in BOT.rglob("*.py") if p != POLICY]


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and ((isinstance(n.func, ast.Name) and n.func.id == name)
                 or (isinstance(n.func, ast.Attribute) and n.func.attr == name))]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_answer_and_no_decline_is_made_outside_the_policy(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    made = _calls(tree, ANSWER_MADE)
    assert not made, f"{path.name}:{made[0].lineno} makes an Answer: ask the policy"
    unanswered = [c for c in _calls(tree, "Reply")
                  for k in c.keywords if k.arg == OUTCOME_SET]
    assert not unanswered, f"{path.name}:{unanswered[0].lineno} words a non-answer"
    texts = [n for n in ast.walk(tree) if isinstance(n, ast.Subscript)
             and isinstance(n.value, ast.Attribute) and n.value.attr == "replies"]
    assert not texts, f"{path.name}:{texts[0].lineno} reads a reply text: ask the policy"


def test_every_registered_kind_is_a_module_of_its_own() -> None:
    registered = kinds.kinds()
    modules = {p.stem for p in (BOT / "engine" / "kinds").glob("*.py")}
    assert {"who", "where", "when", "why", "yes_no", "count"} <= set(registered)
    for name, kind in registered.items():
        assert kind.__module__.rsplit(".", 1)[-1] in modules, name


def test_a_new_kind_is_one_module_and_one_intent(material: Material,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """What adding a kind takes: a registered function and an intent that names it."""

    def firsts(c: Composer, ask: Ask) -> Reply | None:
        facts = [item.fact for item in c.index.facts][:1]
        return Reply("The first fact: " + facts[0].summary, facts) if facts else None

    monkeypatch.setitem(kinds._registry, "firsts", firsts)
    intents = material.config / "intents.yaml"
    intents.write_text(intents.read_text(encoding="utf-8").replace(
        "intents:\n", "intents:\n  - name: first_fact\n    answer: firsts\n"
        "    priority: 99\n    phrases: [\"opening fact\"]\n", 1), encoding="utf-8")
    paths = material.settings.paths
    build_store(paths.data, paths.config, paths.store)
    answer = AnswerService.open(material.settings).engine.ask(
        "what is the opening fact about putin?")
    assert answer.answered and answer.intent == "first_fact"
    assert answer.text.startswith("The first fact: ") and answer.sources


def test_an_unknown_word_is_evidence_against_an_answer_not_a_veto(engine) -> None:
    """A question with one word the articles never use, among words they do, is answered."""
    answer = engine.ask("who did putin meet in astana, the flabbergasting summit")
    assert answer.answered
    assert not engine.ask("what about the flabbergasting quidditch league").answered


def test_no_sentence_of_a_reply_is_said_twice() -> None:
    from bot.engine.policy import _unrepeated
    text = ("Ana met Li in Zenda, who warned that rising seas threaten the coastal villages "
            "and urged faster help. Li warned that rising seas threaten the coastal villages.")
    assert _unrepeated(text).count("warned") == 1
    # a short answer said first stays: it is the answer
    assert _unrepeated("Schools. Ana pledged money for schools and water.").startswith("Schools.")
