"""About one name: every fact about an entity, in the curator's order."""

from __future__ import annotations

from bot.engine.compose import MAX_LINES, Ask, Composer, Reply
from bot.engine.kinds import register


@register("about")
def about(c: Composer, ask: Ask) -> Reply | None:
    if not ask.others:
        # the article's own subject (or their country): what the article says of them,
        # in the curator's order
        own = [m.entity for m in ask.mentions if m.entity in ask.principal | ask.home]
        if not own or ask.q.content:
            return None
        facts = [item.fact for item in c.index.facts
                 if item.fact.kind not in ("statement",) or own[0] in item.fact.participants]
        name = own[0]
    else:
        pool = c.focused(ask)
        if pool is None:
            return None
        found = c.top(ask, pool, minimum=1.0, spread=99, most=MAX_LINES * 2)
        if not found:
            return None
        facts = [item.fact for _, item in found]
        name = ask.others[0]
    lines = [f"• {f.summary}" for f in facts]
    entity = c.entities.get(name)
    head = name + (f", {entity.role}" if entity and entity.role else "") + ":"
    text = head + "\n" + "\n".join(lines)
    return Reply(text, facts, items=tuple(f.summary for f in facts))
