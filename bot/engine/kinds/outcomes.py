"""Outcomes: what the subject's trips and meetings produced, as the article tells it (a
deal signed, a sum pledged), not the meetings themselves."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.facts import CONTACT_KINDS
from bot.engine.kinds import register
from bot.engine.text import text_stems
from bot.store.load import Fact

# what may tell a result: a meeting's own sentence, a figure, a statement, the background
OUTCOME_KINDS = (*CONTACT_KINDS, "number", "statement", "background")


@register("outcomes")
def outcomes(c: Composer, ask: Ask) -> Reply | None:
    """'Did anything concrete come out of the tour?', 'what did the trip achieve?': the
    facts of the subject whose own sentences settle something, in the journey's order,
    narrowed to what the question names; none, and a meeting named is said to have no told
    result (the meetings answer as 'what' would when none is named)."""
    if ask.q.future:
        return None  # ("what could come out of the alliance?": fears, not results)
    people = ask.principal
    named = [e for e in ask.others if e not in ask.home]
    out: list[Fact] = []
    quoted: set[str] = set()
    for item in (c.index.by_id[f.id] for f in c.journey(people, OUTCOME_KINDS)):
        fact = item.fact
        if not text_stems(fact.summary) & c.vocab.outcome_stems:
            continue
        if named and not any(c.index.at(item, n) or c.index.takes_part(item, n)
                             or n in item.about for n in named):
            continue
        said = {x.quote for x in fact.quotes}
        if said <= quoted:
            continue  # (the same sentence, told again by another fact)
        quoted |= said
        out.append(fact)
    if not out and any(c.kind_of(e) in ("person", "country") for e in named) \
            and (found := c.top(ask, c.focused(ask))):
        # "what came of Ben's talks with Li?": nothing settled is told of it
        return c.not_said("what came of it", [found[0][1].fact])
    if not out:
        return None
    return Reply(" ".join(f.summary for f in out[:4]), out[:4])
