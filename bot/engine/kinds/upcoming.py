"""What comes next: the planned and expected contacts."""

from __future__ import annotations

from bot.engine.compose import MAX_LINES, Ask, Composer, Reply
from bot.engine.facts import FUTURE_KINDS
from bot.engine.kinds import register


@register("upcoming")
def upcoming(c: Composer, ask: Ask) -> Reply | None:
    pool = c.pool(FUTURE_KINDS)
    if set(ask.others) - ask.home:  # ("what is Zenda hosting?" of Zenda's leader: all)
        found = [item.fact for _, item in c.top(ask, pool, minimum=1.0, spread=99,
                                                   most=MAX_LINES)]
    else:
        found = c.ahead()
    if not found:
        return None
    text = " ".join(f.summary for f in found[:3])
    return Reply(text, found[:3], items=tuple(f.summary for f in found))
