"""The fact index's postings: a question's candidates are exactly the facts a scan of
every fact finds relevant, and the composer ranks the same facts in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.compose import Ask
from bot.engine.core import Desk, Engine
from bot.evaluate import load_questions

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = [q.ask for q in load_questions(ROOT / "tests/questions/putin-diplomacy.yaml")]



def _desk(engine: Engine) -> Desk:
    """The shipped article's desk: its facts, index and composer."""
    return next(iter(engine.desks.values()))

def relevant(engine: Engine, entities: tuple[str, ...], stems: frozenset[str]) -> list[str]:
    """Brute force: every fact whose relevance to the entities and stems is above 0."""
    index = _desk(engine).index
    return [i.fact.id for i in index.facts if index.relevance(i, entities, stems) > 0]


def test_candidates_of_every_entity_are_its_relevant_facts(engine: Engine) -> None:
    for name in engine.snapshot.entities:
        found = [i.fact.id for i in _desk(engine).index.candidates((name,))]
        assert found == relevant(engine, (name,), frozenset()), name


def test_candidates_of_every_stem_are_the_facts_holding_it(engine: Engine) -> None:
    stems = {s for i in _desk(engine).index.facts for s in i.strong | i.weak}
    for stem in sorted(stems):
        found = [i.fact.id for i in _desk(engine).index.candidates((), frozenset({stem}))]
        assert found == relevant(engine, (), frozenset({stem})), stem


def asks(engine: Engine) -> list[Ask]:
    out = []
    for question in QUESTIONS:
        parsed = engine.parser.parse(question)
        out.append(Ask(parsed, parsed.mentions, (), _desk(engine).principal, _desk(engine).home))
    return out


def test_candidates_of_each_question_are_its_relevant_facts(engine: Engine) -> None:
    for ask in asks(engine):
        found = [i.fact.id for i in _desk(engine).index.candidates(ask.others, ask.q.stems)]
        assert found == relevant(engine, ask.others, ask.q.stems), ask.q.text


@pytest.mark.parametrize("with_bonus", [False, True])
def test_ranked_is_the_full_scan_of_every_fact(engine: Engine, with_bonus: bool) -> None:
    """ranked() scores only touched facts fully; the order is what scoring all gives."""
    composer = _desk(engine).composer

    def bonus(item):
        return 1.0 if item.fact.places else -0.5

    for ask in asks(engine):
        expected = []
        for item in _desk(engine).index.facts:
            score = composer._score(ask, item)
            if score > 0 and with_bonus:
                score += bonus(item)
            if score > 0:
                expected.append((score, item.fact.id))
        expected.sort(key=lambda s: -s[0])
        got = [(s, i.fact.id) for s, i in composer.ranked(ask, None,
                                                           bonus if with_bonus else None)]
        assert got == expected, ask.q.text


def test_focused_is_the_full_scan(engine: Engine) -> None:
    composer, index = _desk(engine).composer, _desk(engine).index
    for ask in asks(engine):
        named = composer.named(ask)
        for pool in (None, composer.pool(("met", "visit", "hosted"))):
            got = composer.focused(ask, pool)
            if not named:
                assert got is pool
                continue
            facts = pool if pool is not None else index.facts
            least = 1.0 if all(composer.kind_of(n) == "region" for n in named) else 1.5
            hit = tuple(i for i in facts
                        if index.relevance(i, named, frozenset(), ask.home) >= least)
            assert got == (hit or pool), ask.q.text


def test_the_ties_memo_stays_bounded(engine: Engine) -> None:
    from bot.engine import facts

    index = _desk(engine).index
    for item in index.facts:
        for name in engine.snapshot.entities:
            index.relevance(item, (name,), frozenset())
    assert len(index._ties) <= facts.MAX_TIES
