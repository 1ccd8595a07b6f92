"""'Which ones?' after a number: the trips or contacts it counted."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.kinds import register
from bot.engine.kinds.trips import trips
from bot.engine.kinds.who import who


@register("enumerate")
def listing(c: Composer, ask: Ask) -> Reply | None:
    """'Which ones?' after a number: the trips it counted, or the contacts."""
    counted = [c.index.by_id[f] for f in ask.prefer
               if f in c.index.by_id and c.index.by_id[f].fact.kind == "number"]
    # (nothing counted before: the message counts them itself, "two other countries he
    # visited, which ones?")
    counted_trips = any(item.strong & c.vocab.visit_words for item in counted) if counted \
        else bool(ask.q.numbers) and bool(ask.q.stems & c.vocab.visit_words)
    return trips(c, ask) if counted_trips else who(c, ask)
