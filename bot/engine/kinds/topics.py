"""What was discussed: a fact's topics."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.kinds import register
from bot.engine.phrases import join
from bot.engine.text import squeeze


@register("topics")
def topics(c: Composer, ask: Ask) -> Reply | None:
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
            squeeze(e).endswith(asked) for e in (*fact.about, *fact.places)):
        # ("which sea?" of "the South China Sea": a name, so said)
        # "which critical minerals?" of "they discussed critical minerals": no more said
        return c.not_said(f"which {' '.join(ask.q.asked_for)}", [fact])
    text = fact.summary
    missing = [t for t in fact.topics if squeeze(t) not in squeeze(text)]
    if missing:
        text += " Topics: " + join(missing) + "."
    return Reply(text, [fact], score=found[0][0])
