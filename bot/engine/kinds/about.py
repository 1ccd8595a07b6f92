"""About one name: every fact about an entity, in the curator's order."""

from __future__ import annotations

from dataclasses import replace

from bot.engine.compose import MAX_LINES, Ask, Composer, Reply
from bot.engine.kinds import register
from bot.engine.kinds.overview import overview
from bot.engine.kinds.what import role_of, unasked_attribute
from bot.engine.text import stem, tokens
from bot.store.load import Fact


@register("about")
def about(c: Composer, ask: Ask) -> Reply | None:
    if (attribute := unasked_attribute(c, ask)) is not None:
        return c.policy.unknown([attribute])  # "what is the population of Zenda?"
    if (role := role_of(c, ask)) is not None:
        return role  # "who is Ana exactly, like what's her job?"
    if not ask.others:
        # the article's own subject (or their country): what the article says of them,
        # in the curator's order (paged in Discord); "tell me about her trip": the
        # article in short
        own = [m.entity for m in ask.mentions if m.entity in ask.principal | ask.home]
        if not ask.mentions and ask.q.distinct_stems:
            return _described(c, ask)  # "what is the fishing agreement?"
        ws = ask.q.words
        entity = c.entities.get(own[0]) if own else None
        # "who is she?", "who is Ana anyway, never heard of her lol": who she is (words no
        # fact uses are a remark beside the question)
        named = next((m for m in ask.mentions if m.entity == own[0] and m.start >= 0), None)
        remark = named.end if named is not None and c.remark_at(ws, named.end) else len(ws)
        # ("who is" first, or just before the name: "bula, who's this Ana …")
        at = named.start if named is not None else 0
        identity = entity is not None and own[0] in ask.principal and bool(entity.role) \
            and any(ws[:len(p)] == p or (at >= len(p) and ws[at - len(p):at] == p)
                    for p in c.vocab.identity_questions) \
            and all(w in c.vocab.contact_words or not c.index.with_stem(stem(w))
                    for w in ask.q.content if w not in ws[remark:])
        if not identity and (not own or not all(
                w in c.vocab.contact_words or stem(w) in c.vocab.visit_words
                for w in ask.q.content)):
            return None
        if ask.q.content and not identity:
            return overview(c, ask) if own[0] in ask.principal else None
        if identity and entity is not None and (short := overview(c, ask)) is not None:
            # "who is she?": who she is, then the article in short (every fact is paged
            # in Discord), not twenty bullets
            return replace(short, text=f"{own[0]} is {entity.role}. {short.text}")
        facts = [item.fact for item in c.index.facts
                 if item.fact.kind not in ("statement",) or own[0] in item.fact.participants]
        name = own[0]
    else:
        pool = c.focused(ask)
        persons = tuple(e for e in ask.others if c.kind_of(e) == "person")
        if pool is not None and persons and len(persons) < len(ask.others):
            # "tell me about Ben's trip to Zenda": Ben's facts (Zenda ranks them), not
            # everything else that happened in Zenda
            pool = tuple(i for i in pool
                         if c.index.relevance(i, persons, frozenset(), ask.home) >= 1.5) \
                or pool
        if pool is None:
            return None
        found = c.top(ask, pool, minimum=1.0, spread=99, most=MAX_LINES * 2)
        if not found:
            return None
        # (not of a trip, whose facts are all of it: "the gist of her Zenda tour"; nor
        # "who is …?", whose answer says who they are first)
        ws = ask.q.words
        stems = ask.q.distinct_stems if ask.q.distinct_stems.isdisjoint(
            c.vocab.visit_words) and not any(ws[:len(p)] == p for p in
                                             c.vocab.identity_questions) else frozenset()
        topical = [item.fact for _, item in found if stems and stems <= (item.strong | item.weak)]
        if topical and len(topical) < len(found):
            # "what does the article say about Zendan tourism to Strelsau?": what it says
            # of that, not everything about Zenda
            return Reply(" ".join(f.summary for f in topical[:2]), topical[:2])
        facts = [item.fact for _, item in found]
        name = ask.others[0]
    facts = _distinct(facts)
    lines = [f"• {f.summary}" for f in facts]
    entity = c.entities.get(name)
    head = name + (f", {entity.role}" if entity and entity.role else "") + ":"
    text = head + "\n" + "\n".join(lines)
    return Reply(text, facts, items=tuple(f.summary for f in facts))


def _distinct(facts: list[Fact]) -> list[Fact]:
    """The facts whose summaries say something no other one does: one that only repeats
    most of another's words ("she pledged 40 million" beside "she met Belo and pledged
    40 million") is left out, the fuller one kept."""
    said = [set(tokens(f.summary.casefold())) for f in facts]

    def repeats(i: int) -> bool:
        return any(j != i and len(said[i] & said[j]) >= 0.8 * len(said[i])
                   and (len(said[j]) > len(said[i]) or j < i) for j in range(len(facts)))

    return [f for i, f in enumerate(facts) if not repeats(i)]


def _described(c: Composer, ask: Ask) -> Reply | None:
    """A thing that is no entity, asked about by its words: the facts that have all of
    them, best first (where it was signed, and what it does)."""
    held = [item.fact for _, item in c.ranked(ask)
            if ask.q.distinct_stems <= (item.strong | item.weak)][:2]
    return Reply(" ".join(f.summary for f in held), held) if held else None
