"""Whatever arrives, the engine answers: no exception, no invented quote, never silent."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support import ARTICLE, CONFIG, assert_grounded

from bot.engine.answer import Answer
from bot.engine.core import Engine
from bot.engine.sessions import Context
from bot.engine.text import tokens

# Words the engine reacts to: the article's, the aliases', the intents' and some markup,
# so that generated questions reach the strategies and not only the "empty" decline.
_CONFIG = yaml.safe_load((CONFIG / "intents.yaml").read_text(encoding="utf-8"))
_ALIASES = [a for e in yaml.safe_load((CONFIG / "entities.yaml").read_text(encoding="utf-8"))
            ["entities"] for a in [e["name"], *e.get("aliases", [])]]
VOCABULARY = sorted(set(tokens(ARTICLE.read_text(encoding="utf-8")))
                    | {p for i in _CONFIG["intents"] for p in i["phrases"]}
                    | set(_ALIASES)
                    | {"?", "!", ",", "...", "'s", "and", "what about", "he", "there", "why?",
                       "<@123>", "@everyone", "```", "||", "\u200b", "\u202e", "é", "’"})

word = st.sampled_from(VOCABULARY)
noise = st.text(max_size=12)
questions = st.lists(st.one_of(word, word, word, noise), max_size=25).map(" ".join)
any_text = st.text(max_size=10_000)
# st.text rarely makes long strings on its own: long ones from repeated pieces
long_text = st.tuples(st.one_of(questions, st.text(min_size=1, max_size=50)),
                      st.integers(min_value=20, max_value=2_000)).map(
    lambda pair: (pair[0] * pair[1])[:10_000])

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def check(answer: Answer, question: str, article: str) -> None:
    assert isinstance(answer, Answer)
    assert answer.question == question
    assert isinstance(answer.answered, bool)
    assert 0.0 <= answer.confidence <= 1.0
    assert_grounded(answer, article)  # text non-empty, quotes verbatim, answered => sourced
    out = answer.to_json()
    assert out["answered"] is answer.answered and out["answer"] == answer.text


@SETTINGS
@given(text=any_text)
@example(text="")
@example(text="\ud800 who did putin meet \udfff")  # lone surrogates
@example(text="\x00\x1b[31m who did putin meet \u202e\u200b")
@example(text="who did putin meet? " * 500)
@example(text="a" * 10_000)
@example(text="putin " * 1_667)
def test_any_text_gets_an_answer(engine: Engine, article: str, text: str) -> None:
    check(engine.ask(text, now=0.0), text, article)


@SETTINGS
@given(text=long_text)
def test_long_text_gets_an_answer(engine: Engine, article: str, text: str) -> None:
    check(engine.ask(text, now=0.0), text, article)


@SETTINGS
@given(text=questions)
def test_question_like_text_gets_a_grounded_answer(engine: Engine, article: str,
                                                   text: str) -> None:
    check(engine.ask(text, now=0.0), text, article)


@SETTINGS
@given(texts=st.lists(st.one_of(questions, any_text.map(lambda t: t[:300])), min_size=1,
                      max_size=5))
def test_a_conversation_of_anything_gets_answers(engine: Engine, article: str,
                                                 texts: list[str]) -> None:
    context = Context(updated=0.0)
    for step, text in enumerate(texts):
        check(engine.ask(text, context, now=float(step)), text, article)


@SETTINGS
@given(text=any_text)
def test_any_text_in_a_conversation_after_a_real_question(engine: Engine, article: str,
                                                          text: str) -> None:
    context = Context(updated=0.0)
    check(engine.ask("where did putin see erdogan", context, now=1.0),
          "where did putin see erdogan", article)
    check(engine.ask(text, context, now=2.0), text, article)
