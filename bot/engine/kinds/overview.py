"""The article in short: its first facts, in the curator's order."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.kinds import register


@register("overview")
def overview(c: Composer, ask: Ask) -> Reply | None:
    """'What is the article about?': its first facts, as the curator ordered them."""
    facts = [item.fact for item in c.index.facts][:3]
    if not facts:
        return None
    return Reply(" ".join(f.summary for f in facts), facts,
                 items=tuple(item.fact.summary for item in c.index.facts))
