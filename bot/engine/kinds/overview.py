"""The article in short: what it is about, where its subject went, and what comes next."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.kinds import register
from bot.engine.kinds.trips import trips
from bot.engine.phrases import join
from bot.engine.text import stem, term_stems, tokens
from bot.store.load import Fact

LEAD_FACTS = 2  # the curator's first facts say what the article is about


@register("overview")
def overview(c: Composer, ask: Ask) -> Reply | None:
    """'tl;dr': the article's opening facts (none repeating another), its subject's
    journey, and the next event it expects, each from its own fact. 'Sum up the
    criticism back home': the facts that have the words asked about."""
    q = ask.q
    if q.future and not q.past:  # "summarize what comes next"
        plans = c.ahead()[:3]
        if plans:
            return Reply(" ".join(f.summary for f in plans), plans)
    # ("sum up her tour": the trip is the whole article, not a part of it)
    # ("the quick rundown on this zenda diplomacy piece": words of an article's own title
    # or name say which article, not a part of it)
    named = term_stems(tokens(" ".join(f"{d.title} {d.slug.replace('-', ' ')}"
                                       for d in c.snapshot.documents.values())))
    # ("im busy, gimme the short version": how the member is, not a part asked)
    own_state = {w for i, w in enumerate(q.words)
                 if i and q.words[i - 1] in c.vocab.first_person
                 and q.words[i - 1] not in c.vocab.determiners}
    own = [w for w in q.distinctive if c.vocab.knows(w) and stem(w) not in c.vocab.visit_words
           and stem(w) not in named and not w[:1].isdigit() and w not in own_state]
    asked = {stem(w) for w in own}
    topical = [item.fact for _, item in c.top(ask, minimum=1.0, spread=1.0, most=3)
               if c.hits(item, q) and asked & (item.strong | item.weak)] if asked else []
    if topical:
        return Reply(" ".join(f.summary for f in topical), topical)
    lead: list[Fact] = []
    seen: set[str] = set()
    for item in c.index.facts:
        if len(lead) == LEAD_FACTS:
            break
        words = item.strong | item.weak
        if words and len(words & seen) >= 0.6 * len(words):
            continue  # says again what an earlier one said ("began his term in May")
        lead.append(item.fact)
        seen |= words
    if not lead:
        return None
    parts = [f.summary for f in lead]
    facts = list(lead)
    # every trip, whatever region the question named ("tl;dr of her Asia trip")
    journey = trips(c, Ask(q, (), ask.prefer, ask.principal, ask.home)) \
        if ask.principal else None
    if journey is not None and journey.answered:
        parts.append(journey.text)
        facts += journey.facts[:2]
    met = list(dict.fromkeys(p for f in c.journey(ask.principal) for p in f.participants
                             if p not in ask.principal and c.kind_of(p) == "person"))
    if len(met) > 1:  # the people the article is about, the subject's counterparts
        parts.append(f"Among those met: {join(met)}.")  # (all: no "and 1 more")
    ahead = next((f for f in c.ahead() if f not in facts), None)
    if ahead is not None:
        parts.append(ahead.summary)
        facts.append(ahead)
    return Reply(" ".join(parts), facts,
                 items=tuple(item.fact.summary for item in c.index.facts))
