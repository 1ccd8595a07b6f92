"""Where: the place of a contact or an event, or the next stop of a journey."""

from __future__ import annotations

from bot.engine.compose import PLACE_KINDS, Ask, Composer, Reply
from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS, IndexedFact
from bot.engine.kinds import register
from bot.engine.kinds.journey import next_step
from bot.engine.kinds.trips import trips
from bot.engine.kinds.who import origin_of
from bot.engine.parse import Parsed
from bot.engine.phrases import capital, join, one_subject
from bot.engine.text import stem, tokens


@register("where")
def where(c: Composer, ask: Ask) -> Reply | None:
    q = ask.q
    if (origin := origin_of(c, ask)) is not None:
        return origin  # "where is Ben from?"
    if (event := c.told_event(ask)) is not None:
        return c.event(event, "where")  # "where?" after the summit ahead was told
    events = [e for e in ask.others if c.kind_of(e) == "event"]
    if events and q.future and not any(c.kind_of(e) in ("person", "country")
                                       for e in ask.others):
        return c.event(events[0], "where")  # "where's the next summit?": ahead, not a step
    people = [e for e in ask.others if c.kind_of(e) == "person"]
    # ("where will she see Ben again?": where they are to meet, not her next stop)
    reunion = q.future and not q.past and bool(people) and q.anaphora and any(
        all(c.index.takes_part(i, p) for p in people) for i in c.pool(FUTURE_KINDS))
    if q.sequence and not (q.future and not q.past and not ask.others) \
            and (nxt := next_step(c, ask)) \
            and not (reunion and nxt.facts and nxt.facts[0].kind not in FUTURE_KINDS):
        return nxt  # (not "where is she hosting her next event?": what lies ahead)
    if ask.asks_principal and not ask.others and not q.times and not q.sequence \
            and not q.future and set(q.distinctive) <= c.vocab.besides_words:
        # "so where did she go?": her journey ("where else, besides Zenda?": the rest of it)
        return trips(c, ask)
    events = [e for e in ask.others if c.kind_of(e) == "event"]
    if events and not any(c.kind_of(e) in ("person", "country") for e in ask.others):
        return c.event(events[0], "where")
    spots = [e for e in ask.others if c.kind_of(e) == "place"]
    if spots and all(c.kind_of(e) in ("place", "organisation") for e in ask.others):
        return _located(c, spots[0])  # ("where is the firm building the Zenda plant?")
    if ask.others and all(c.kind_of(e) == "organisation" for e in ask.others) \
            and (spot := _worked_on(c, ask)) is not None:
        return _located(c, spot)  # "where is the firm building its plant?"
    said = _said(c, q) if set(q.kinds) <= {"statement"} else []
    if said:
        # "where was she when she said our future is in the Pacific?": the place the
        # words were said, when the question quotes them
        best = max(said, key=lambda i: (c.hits(i, q), len(q.distinct_stems & i.strong)))
        if not any(c.hits(i, q) > c.hits(best, q) for i in c.pool(CONTACT_KINDS)):
            fact = best.fact
            placed = c.sibling(fact, lambda f: bool(f.places)) if not fact.places else None
            if placed is not None and fact.time_phrase and placed.time_phrase \
                    and placed.time_phrase != fact.time_phrase:
                # the same sentence tells two events at two times: "where did he fly a week
                # after being sworn in?" asks the trip's place; "where was he sworn in?"
                # one the article does not give
                trip = c.index.by_id[placed.id].strong
                if len(q.distinct_stems & trip) > len(q.distinct_stems & best.strong):
                    return Reply(placed.summary, [placed], focus=tuple(placed.places))
                return c.not_said("where that was", [fact])
            if placed is not None:
                # "where did she pledge the aid?" of the sum pledged: the visit the same
                # sentence tells of has the place
                return Reply(f"{capital(c.words.setting(placed))}: {fact.summary}",
                             [fact, placed], focus=tuple(placed.places))
            return Reply(fact.summary, [fact], focus=_spots(c, best))
    contacts = c.pool(CONTACT_KINDS + FUTURE_KINDS)
    if ask.asks_principal:  # "where did Ana meet Li": her meetings, not Ben's
        contacts = tuple(i for i in contacts if ask.principal & set(i.fact.participants))
    if q.future and not q.past and (ahead := c.focused(ask, tuple(
            i for i in contacts if i.fact.kind in FUTURE_KINDS))):
        contacts = ahead  # "where will she see him again?": where they are to meet next
    elif not q.future and ask.placed and not q.distinctive and not q.kinds and not events \
            and (done := c.focused(ask, tuple(
            i for i in contacts if i.fact.kind not in FUTURE_KINDS))):
        contacts = done  # "where in Zenda?" of her visit there, not an invitation back
    contacts = c.focused(ask, contacts) or contacts
    found = c.top(ask, contacts, lambda i: 1.0 if i.fact.places or i.fact.occasion
                     else 0.0, spread=1.0, minimum=2.0)
    if not found:
        return None
    facts = [item.fact for _, item in found]
    if q.times and not any(c.fits(f, q.times) for f in facts):
        return c.not_said(f"where that was {join(list(q.times))}", facts[:1])
    if (city := _within(c, q)) is not None:
        return c.not_said(f"where in {city}", facts[:1])
    for kind in (k for k in PLACE_KINDS if k in q.words and k != "place"):
        # "which city in Ruritania": a city other than those the question names ("the
        # place" is any of them)
        told = {p for f in facts for x in (*f.places, *((f.occasion,) if f.occasion else ()))
                for y in (x, c.entities[x].place or "") if y in c.entities
                for p in c.index.lineage(y)}
        if not any(c.kind_of(p) == kind and p not in ask.others for p in told):
            return c.not_said(f"which {kind}", facts[:1])
    text = one_subject([c.words.lead(f) or f.summary for f in facts])
    return Reply(capital(text) + ".", facts, score=found[0][0],
                 focus=tuple(p for _, item in found for p in _spots(c, item)))


def _spots(c: Composer, item: IndexedFact) -> tuple[str, ...]:
    """Where a fact happened: its places, or the city its summary says a statement was
    made in ("…," Ana told reporters in Zenda City)."""
    fact = item.fact
    if fact.places or fact.kind != "statement":
        return tuple(fact.places)
    return tuple(e for e in sorted(item.about)
                 if c.kind_of(e) == "city" and f" in {e}" in fact.summary)


def _within(c: Composer, q: Parsed) -> str | None:
    """'Where in Zenda City will it be?': a spot inside a city asked, when the articles
    name none there (the city itself is no answer)."""
    ws = q.words
    city = next((m.entity for m in q.mentions if m.start >= 2 and ws[m.start - 1] == "in"
                 and q.intent is not None and (ws[m.start - 2],) in q.intent.phrases
                 and c.kind_of(m.entity) == "city"),
                None)
    if city is None or any(e.kind == "place" and city in (e.place, e.country)
                           for e in c.entities.values()):
        return None
    return city


def _said(c: Composer, q: Parsed) -> list[IndexedFact]:
    """The facts, not meetings, that hold two of the question's specific words, and the
    statements that hold three of its words, grammar and all: the words a question quotes
    are its evidence ("our future is also written in the Pacific")."""
    named = {i for m in q.mentions if m.start >= 0 for i in range(m.start, m.end)}
    # (the names asked of are no words quoted: "where in Zenda did Ana meet Ben?")
    quoted = {stem(w) for i, w in enumerate(q.words) if w not in c.vocab.stopwords
              and i not in named}
    # (one word does, when the question says words were said: "when she said the
    # Atlantic nation thing")
    least = 1 if "statement" in q.kinds else 3
    return [i for i in c.index.facts if i.fact.kind not in CONTACT_KINDS + FUTURE_KINDS
            and (c.hits(i, q) >= 2 or (i.fact.kind == "statement" and len(
                quoted & {stem(w) for w in tokens(i.fact.summary.casefold())}) >= least))]


def _worked_on(c: Composer, ask: Ask) -> str | None:
    """The place (a site, not a city) that the facts naming the organisations asked about
    also name, preferring the one the question's words describe ("plant")."""
    words = set(ask.q.words)
    spots = [p for i in c.index.candidates(ask.others) for p in (*i.about, *i.fact.places)
             if c.kind_of(p) == "place" and all(e in i.about or e in i.fact.participants
                                                 for e in ask.others)]
    spots.sort(key=lambda p: -len(words & set(p.casefold().split())))
    return spots[0] if spots else None


def _located(c: Composer, name: str) -> Reply | None:
    """'The Zenda power plant is in Ruritania', cited from a fact that names it."""
    entity = c.entities[name]
    if not entity.country:
        return None
    facts = [i.fact for i in c.index.facts if name in i.about or name in i.places]
    if not facts:
        return None
    return Reply(f"The {name} is in {entity.country}.", facts[:1],
                 focus=(entity.country,))
