"""Kinds of: how the article characterises a group ("what kinds of people did she
meet?"), not the list of its members."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.kinds import register
from bot.engine.kinds.what import what
from bot.engine.text import term_stems


@register("kinds_of")
def kinds_of(c: Composer, ask: Ask) -> Reply | None:
    """The facts that fit best and hold the question's words, as 'what' finds them, but
    never the list of members a "which ..." question gets; with a name asked about, 'what'
    itself ("what kind of deal did she sign in Zenda?")."""
    if any(e not in ask.home for e in ask.others):
        return what(c, ask)
    asked = term_stems(ask.q.asked_for) | ask.q.distinct_stems
    found = [(score, item) for score, item in c.top(ask, minimum=1.0, spread=1.0, most=2)
             if asked & (item.strong | item.weak)]
    if not found:
        return what(c, ask)
    facts = [item.fact for _, item in found]
    return Reply(" ".join(f.summary for f in facts), facts, score=found[0][0])
