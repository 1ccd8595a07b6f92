"""What comes next: the planned and expected contacts."""

from __future__ import annotations

from bot.engine.compose import MAX_LINES, Ask, Composer, Reply
from bot.engine.facts import FUTURE_KINDS, IndexedFact
from bot.engine.kinds import register
from bot.engine.text import term_stems


@register("upcoming")
def upcoming(c: Composer, ask: Ask) -> Reply | None:
    pool = c.pool(FUTURE_KINDS)
    # "which airline plans to launch the flight?": a plan the article tells outside the
    # contacts ahead, when its fact is of the thing asked for and has more of the
    # question's words than any of them
    plan = next((item for _, item in c.top(ask, c.focused(ask), minimum=2.0, most=1)),
                None) if ask.q.asked_for else None
    if plan is not None and plan.fact.kind not in FUTURE_KINDS \
            and term_stems(ask.q.asked_for) <= plan.strong | plan.weak \
            and (hits := c.hits(plan, ask.q)) >= 2 \
            and not any(c.hits(i, ask.q) >= hits for i in pool):
        return Reply(plan.fact.summary, [plan.fact])
    # "what does Acme plan for Zenda?": the plan of the one named, when no contact ahead
    # is theirs (a firm's route, not the minister's next forum)
    actors = [e for e in ask.others if e not in ask.home
              and c.kind_of(e) in ("organisation", "person")]
    def of_actor(i: IndexedFact) -> bool:
        return any(c.index.takes_part(i, e) or e in i.fact.about for e in actors)

    if actors and not any(of_actor(i) for i in pool):
        theirs = [item for _, item in c.top(ask, c.focused(ask), minimum=1.0, most=3)
                  if of_actor(item)]
        if theirs:
            fact = theirs[0].fact
            # ("Acme launching the Zenda route to Strelsau?" of its route elsewhere: No)
            elsewhere = any(not c.index.at(theirs[0], p) and p not in fact.about
                            for p in ask.placed)
            return Reply(fact.summary, [fact], verdict=False if elsewhere else None)
    if set(ask.others) - ask.home:  # ("what is Zenda hosting?" of Zenda's leader: all)
        found = [item.fact for _, item in c.top(ask, pool, minimum=1.0, spread=99,
                                                   most=MAX_LINES)]
    else:
        found = c.ahead()
        # ("the next big summit zenda is hosting": the summit ahead, not every plan)
        held = [f for f in found if (i := c.index.by_id.get(f.id)) is not None
                and c.hits(i, ask.q)] if ask.q.distinctive else []
        found = held or found
    if not found:
        return None
    text = " ".join(f.summary for f in found[:3])
    return Reply(text, found[:3], items=tuple(f.summary for f in found))
