"""When: a fact's own time, or the time of another fact at the same occasion."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS
from bot.engine.kinds import register
from bot.engine.kinds.journey import anchor, next_step
from bot.engine.parse import find
from bot.engine.phrases import capital
from bot.engine.text import squeeze, stem, tokens
from bot.store.ingest import split_sentences
from bot.store.load import Fact


@register("when")
def when(c: Composer, ask: Ask) -> Reply | None:
    events = [e for e in ask.others if c.kind_of(e) == "event"]
    # ("and when?" after the summit ahead was told: that summit's time)
    if (told := c.told_event(ask)) is not None or (
            events and not any(c.kind_of(e) in ("person", "country") for e in ask.others)):
        events = [told] if told is not None else events
        reply = c.event(events[0], "when")
        if reply is not None and reply.answered and (vague := _vague(c, ask, reply.facts)):
            return c.not_said(vague, reply.facts)
        return reply
    if (pointed := _pointed(c, ask)) is not None:
        return pointed  # "when does it start?" of the flight just told: its own time
    if ask.q.sequence and (step := next_step(c, ask)) is not None \
            and (then := c.time_of(step.facts[0])[0]):
        # "when did they meet again after Zenda?": the next step's time
        fact = step.facts[0]
        lead = c.words.lead(fact)
        text = f"{capital(lead)} {then}." if lead else fact.summary
        return Reply(text, step.facts, focus=step.focus, subjects=step.subjects)
    # "since when is she foreign minister?": a post held, nothing done; when it began
    # (the post said as the one who holds it, "since when is Ana the foreign minister of
    # Zenda?", counts too)
    tenure = (bool(ask.q.roles) or ask.q.leader) and not ask.q.distinctive \
        and not c.asks_contact(ask.q)
    # "when did she leave Zenda?": the setting off, not what else happened in Zenda
    leaving = c.vocab.departure_stems & ask.q.stems
    found = c.top(ask, c.focused(ask),
                     bonus=lambda i: (1.5 if c.time_of(i.fact)[0] else -1.0)
                     + (2.0 if tenure and c.vocab.tenure_stems & i.strong else 0.0)
                     + (2.0 if leaving & i.strong else 0.0),
                     spread=0.5, minimum=1.5)
    if not found:
        return None
    named = {m.entity for m in ask.q.mentions if m.start >= 0 and c.kind_of(m.entity) == "person"}
    if len(named) > 1 and 0 < len(met := [(score, item) for score, item in found if all(
            c.index.takes_part(item, p) for p in named)]) < len(found):
        found = met  # "when did Ben see Ana?": their meeting, not Ben's other trips
    first = found[0][1].fact
    if ask.q.future and not ask.q.past and first.kind not in FUTURE_KINDS \
            and first.kind != "background":
        # "when will she see him again?": a meeting ahead with those the question is
        # about, if the facts have one
        people = [e for e in ask.others if c.kind_of(e) == "person" and e not in ask.principal]
        ahead = [i.fact for i in c.pool(FUTURE_KINDS) if people and all(
            c.index.takes_part(i, p) for p in people) and c.time_of(i.fact)[0]]
        if ahead:
            fact = ahead[0]
            return Reply(f"{capital(c.words.lead(fact) or fact.summary).rstrip('.')} "
                         f"{c.time_of(fact)[0]}.", [fact], focus=tuple(fact.places))
        return c.not_said("when that will be", [first])
    if c.strange(ask.q) and not c.hits(found[0][1], ask.q):
        return c.not_said(_untimed(ask), [first])  # "when was she born"
    # "when will the plant be finished?" of the meeting that discussed the plant: the
    # meeting's time is not the plant's ("when did they discuss it?" asks the meeting's)
    talked = [e for e in ask.others if e in first.about and e not in first.participants
              and e not in first.places and e != first.occasion
              and c.kind_of(e) == "place"] if first.kind in CONTACT_KINDS else []
    if talked and not ask.q.stems & c.vocab.discussion_stems and not c.asks_contact(ask.q) \
            and len(talked) == len([e for e in ask.others if e not in ask.home]):
        return c.not_said(_untimed(ask), [first])
    # the fact most about what was asked decides; an undated one is not swapped for
    # another that merely has a date
    plain = c.top(ask, c.focused(ask), minimum=1.5, most=1)
    if plain and not c.time_of(plain[0][1].fact)[0] and plain[0][0] > found[0][0] - 1.5 \
            and (c.hits(plain[0][1], ask.q) > (dated := c.hits(found[0][1], ask.q))
                 or (not dated and plain[0][1].fact.kind in CONTACT_KINDS)):
        # (on a tie, an undated stop of a tour, whose place in the tour answers; never
        # a background fact with no time to tell: "when was the Zenda visit?")
        fact = plain[0][1].fact
        if (told := _told(c, ask, fact)) is not None:
            if vague := _vague(c, ask, [], told):  # "what month does it launch?"
                return c.not_said(vague, [fact])
            return Reply(told, [fact], focus=(told,))  # "the flight ... next year"
        if vague := _vague(c, ask, [fact]):  # "what day did she land in Zenda?"
            return c.not_said(vague, [fact])
        return _in_order(c, ask, fact) or c.not_said(_untimed(ask), [fact])
    if vague := _vague(c, ask, [item.fact for _, item in found]):
        return c.not_said(vague, [first])  # "on what date": "in May"
    parts, facts = [], []
    seen: set[tuple[str, frozenset[str]]] = set()
    for _, item in found:
        fact = item.fact
        when, source = c.time_of(fact)
        on = frozenset(w for w in tokens((when or "").casefold())
                       if w.isdigit() or w in c.vocab.months) or frozenset((when or "",))
        keys = {(x.quote, on) for x in fact.quotes}
        if keys & seen:
            continue  # (one sentence, one time: "after leaving Zenda on March 3" once)
        seen |= keys
        lead = c.words.lead(fact)
        facts += [fact] + ([source] if source else [])
        if when is None:
            continue
        if lead:
            parts.append(_dated(lead, when, fact))
        elif squeeze(when) in squeeze(fact.summary):
            parts.append(fact.summary.rstrip("."))
        else:
            parts.append(f"{capital(when)}: {fact.summary.rstrip('.')}")
    # "a week after being sworn in": when the swearing-in was, from its own fact
    anchors = [e for f in facts[:1] if (e := anchor(c, f)) is not None and e not in facts]
    after = f" {anchors[0].summary}" if parts and anchors else ""
    if not parts:
        said = next(((t, f) for f in facts if (t := _told(c, ask, f)) is not None), None)
        if said is not None:
            return Reply(said[0], [said[1]], focus=(said[0],))
        return _in_order(c, ask, facts[0]) or c.not_said(_untimed(ask), facts)
    return Reply(capital("; ".join(parts)) + "." + after, facts, score=found[0][0],
                 background=tuple(anchors[:1]) if after else ())


def _dated(lead: str, when: str, fact: Fact) -> str:
    """'Ana met Ben in Zenda in May, her first there in five years': the fact's lead and
    its time, and when the one before was when the fact counts it."""
    extra = f", {fact.count}" if fact.count and squeeze(fact.count) not in squeeze(when) else ""
    return f"{lead} {when}{extra}"


def _pointed(c: Composer, ask: Ask) -> Reply | None:
    """'When does it start?' right after one fact was told (the flight): that fact's own
    time, when it has one and holds the question's words."""
    q = ask.q
    item = c.just_told(ask) if q.anaphora else None
    # (a bare "when was that?" points at it whole)
    if item is None or not item.fact.time_phrase \
            or not q.distinct_stems <= item.strong | item.weak \
            or not (q.distinct_stems or (not q.mentions and not q.content)):
        return None
    fact = item.fact
    if squeeze(fact.time_phrase or "") not in squeeze(fact.summary):
        return None
    if vague := _vague(c, ask, [fact]):
        return c.not_said(vague, [fact])  # "the exact date for that summit?"
    if not q.distinct_stems and (lead := c.words.lead(fact)):
        # (told as when, not the sentence again: "Ana met Ben in Zenda this month.", and
        # when what it is told after was)
        then = fact.time_phrase or ""
        after = anchor(c, fact)
        return Reply(capital(_dated(lead, then, fact)) + "."
                     + (f" {after.summary}" if after else ""),
                     [fact], focus=(then,), background=(after,) if after else ())
    return Reply(fact.summary, [fact], focus=(fact.time_phrase or "",))


def _in_order(c: Composer, ask: Ask, fact: Fact) -> Reply | None:
    """'When was the Zenda leg?' of an undated stop of a tour told step by step: where in
    the tour it came, between the stops either side (each stop's own sentence says so).
    Not when the question asks of something done there ("when does the deal start?")."""
    chain = c.chain(fact.id)
    item = c.index.by_id.get(fact.id)
    if len(chain) < 2 or not fact.places or ask.q.future or item is None \
            or ask.q.distinct_stems & (item.strong | item.weak) - c.vocab.visit_words:
        return None
    at = chain.index(fact.id)
    steps = [c.index.by_id[i].fact for i in chain]
    near = [f for f in (steps[at - 1] if at else None,
                        steps[at + 1] if at + 1 < len(steps) else None) if f and f.places]
    if not near:
        return None
    here = fact.places[0]
    # (with the time of the step before, when it has one: "after Zenda, in June")
    when = c.time_of(steps[at - 1])[0] if at else None
    after = (f"after {near[0].places[0]}" + (f", {when}" if when else "")) \
        if at and near[0] is steps[at - 1] else ""
    before = f"before {near[-1].places[0]}" if near[-1] is not steps[at - 1] or not at else ""
    told = " and ".join(p for p in (after, before) if p)
    return Reply(f"The article gives no date for {here}: it came {told} "
                 f"(stop {at + 1} of {len(steps)} on that trip). {fact.summary}", [fact, *near],
                 focus=(here,))


def _told(c: Composer, ask: Ask, fact: Fact) -> str | None:
    """The fact's own sentence that gives a time for what was asked ("when does the
    flight start?": "...a direct flight ... that the airline plans to launch next year")."""
    for quote in fact.quotes:
        for sentence in split_sentences(quote.quote):
            words = tuple(tokens(sentence.casefold()))
            if not ask.q.distinct_stems & {stem(w) for w in words}:
                continue
            if any(m in words for m in c.vocab.months) \
                    or any(find(words, p) >= 0 for p in c.vocab.relative_times):
                return sentence
    return None


def _vague(c: Composer, ask: Ask, facts: list[Fact], told: str | None = None) -> str | None:
    """What the question asks more precisely than the facts give: the hour ("what time")
    of a day; the day ("what exact date") of a month or a week; the month of a year
    ("next year")."""
    times = [t for f in facts if (t := c.time_of(f)[0])] + ([told] if told else [])
    said = [set(tokens(t.casefold())) for t in times]
    if _clock_asked(c, ask.q.words) and not any(
            ":" in t or words & c.vocab.clock_words for t, words in zip(times, said, strict=True)):
        return "the time of day"  # "what time does the flight leave?" of "next year"
    if sum(w in c.vocab.day_words for w in ask.q.words) > (
            1 if any(w in c.vocab.month_words for w in ask.q.words) else 0):
        # (a date, "request month": the month is what is asked; "which day, day and
        # month" asks the day)
        dated = any(any(ch.isdigit() for ch in t) or words & c.vocab.weekdays
                    for t, words in zip(times, said, strict=True))
        return None if dated else "the exact date"
    if any(w in c.vocab.month_words for w in ask.q.words) and times \
            and not any(words & set(c.vocab.months) for words in said):
        return "the month"
    if times and all(" ".join(tokens(t.casefold())) in c.vocab.vague_times for t in times) \
            and ("invitation" not in ask.q.kinds or ask.q.sequence):
        # "when is he going?" of "very soon" (not "he was invited for when?": for "very
        # soon"; "when is he going after the invite?" asks of the visit)
        return _untimed(ask)
    return None


def _clock_asked(c: Composer, ws: tuple[str, ...]) -> bool:
    """'What time does it leave?', 'at what hour': an hour asked (not "over what time",
    "what time frame": a span)."""
    for p in c.vocab.clock_questions:
        at = find(ws, p)
        if at >= 0 and (at == 0 or ws[at - 1] not in c.vocab.span_openers) \
                and ws[at + len(p):at + len(p) + 1] != () \
                and ws[at + len(p)] not in c.vocab.span_nouns:
            return True
    return False


def _untimed(ask: Ask) -> str:
    """What the article does not say, in the question's tense ("when does it come into
    force?" is no "when that was")."""
    return "when that was" if ask.q.past else "when"
