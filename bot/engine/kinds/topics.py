"""What was discussed: a fact's topics."""

from __future__ import annotations

import re

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.facts import CONTACT_KINDS
from bot.engine.kinds import register
from bot.engine.phrases import join
from bot.engine.text import squeeze
from bot.store.load import Fact


@register("topics")
def topics(c: Composer, ask: Ask) -> Reply | None:
    if ask.placed and len(places := _places(c, ask)) > 1 \
            and (each := _in_each(c, ask, places)) is not None:
        return each  # "what was discussed in Zenda and in Strelsau?"
    found = c.top(ask, c.focused(ask),
                     bonus=lambda i: 0.75 if i.fact.topics else 0.0)
    if not found:
        return None
    fact = found[0][1].fact
    others = set(fact.participants) - ask.principal
    if not fact.topics and (told := c.sibling(
            fact, lambda f: bool(f.topics) and others <= set(f.participants))) is not None:
        fact = told  # ("what else on the agenda there?" of the visa deal's terms: the
        # meeting the same sentence tells of, with what was discussed)
    if not fact.topics:
        met = [n for n in fact.participants if n not in ask.principal]
        who = c.words.people(met)
        # ("what Ben and Li discussed" when neither is the subject, who met neither)
        return c.not_said(f"what {who} discussed" if len(met) > 1
                          and not ask.principal & set(fact.participants) else
                          f"what was discussed{' with ' + who if who else ''}", [fact])
    asked = squeeze(" ".join(ask.q.asked_for))
    if asked and any(squeeze(t).endswith(asked) for t in fact.topics) and not any(
            squeeze(e).endswith(asked) for e in (*fact.about, *fact.places)) and not any(
            _narrowed(t, ask.q.asked_for) for t in fact.topics):
        # ("which sea?" of "the South China Sea": a name, so said)
        # "which critical minerals?" of "they discussed critical minerals": no more said
        # (but "which exports?" of "palm oil exports": the words before it say which)
        return c.not_said(f"which {' '.join(ask.q.asked_for)}", [fact])
    text = fact.summary
    missing = [t for t in fact.topics if squeeze(t) not in squeeze(text)]
    if missing:
        text += " Topics: " + join(missing) + "."
    return Reply(text, [fact], score=found[0][0])


def _narrowed(topic: str, asked: tuple[str, ...]) -> bool:
    """Does the topic name a kind of what is asked, in words of more than one ("palm oil
    exports" of "exports"), not only qualify it ("critical minerals")?"""
    of = list(asked)
    return any(said[-len(of):] == of and len(said) - len(of) > 1  # (each of "A and B")
               for said in (p.split() for p in re.split(r",| and ", topic.casefold())))


def _in_each(c: Composer, ask: Ask, places: list[str]) -> Reply | None:
    """What was discussed at each place named, a meeting's sentence for each (None unless
    every place has one that tells its topics)."""
    facts: list[Fact] = []
    for place in places:
        there = tuple(i for i in c.index.facts if i.fact.topics and c.index.at(i, place)) \
            or tuple(i for i in c.pool(CONTACT_KINDS) if c.index.at(i, place))
        if not there:
            return None
        found = c.top(ask, there, minimum=0.0, most=1)
        facts.append(found[0][1].fact if found else there[0].fact)
    facts = list(dict.fromkeys(facts))
    return Reply(" ".join(f.summary for f in facts), facts) if len(facts) > 1 else None


def _places(c: Composer, ask: Ask) -> list[str]:
    """The places named where things happened: "in Zenda and (in) Strelsau", both."""
    ws, out = ask.q.words, list[str]()
    for m in sorted((m for m in ask.mentions if m.start >= 0), key=lambda m: m.start):
        joined = bool(out) and m.start > 0 and ws[m.start - 1] in ("and", "or")
        if (m.role == "place" or joined) and c.kind_of(m.entity) in ("city", "country") \
                and m.entity not in ask.principal and m.entity not in ask.home:
            out.append(m.entity)
    return list(dict.fromkeys(out))
