"""Trips abroad: the subject's journeys, grouped by country."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.kinds import register
from bot.engine.phrases import join
from bot.store.load import Fact


@register("trips")
def trips(c: Composer, ask: Ask) -> Reply | None:
    # whose trips: a person the question names (not a counterpart), else the subject's
    named = frozenset(m.entity for m in ask.mentions if m.role == "plain"
                      and c.kind_of(m.entity) == "person")
    people = named or ask.principal
    home = {c.entities[p].country for p in people
            if p in c.entities and c.entities[p].country}
    trips = []
    for fact in c.journey(people, ("visit", "met", "hosted")):
        traveller = fact.subject if fact.kind != "hosted" else next(iter(fact.who), None)
        if traveller not in people:
            continue
        countries = {x for p in (*fact.places, *((fact.occasion,) if fact.occasion else ()))
                     for x in c.index.lineage(p) if c.kind_of(x) == "country"}
        if countries and not countries & home:
            trips.append((fact, sorted(countries)))
    if ask.others and not named:
        trips = [(f, lands) for f, lands in trips
                 if any(o in lands or c.index.at(c.index.by_id[f.id], o)
                        or c.index.takes_part(c.index.by_id[f.id], o)
                        for o in ask.others)]
    # "where did he go besides Zenda and Strelsau?": the trips to other countries
    left_out = {x for e in ask.excluded for x in c.index.lineage(e) if c.kind_of(x) == "country"}
    if left_out:
        trips = [(f, lands) for f, lands in trips if not set(lands) <= left_out]
    if not trips:
        return None
    by_country: dict[str, list[Fact]] = {}
    for fact, lands in trips:
        for land in lands:
            by_country.setdefault(land, []).append(fact)
    lines = []
    for country, facts in by_country.items():
        cities = sorted({p for f in facts for p in f.places
                         if c.kind_of(p) not in ("country", "region")}
                        | {c.entities[f.occasion].place or "" for f in facts
                           if f.occasion} - {""})
        lines.append(country + (f" ({join(cities)})" if cities else ""))
    subject = next(iter(sorted(people)), "")
    other = " other" if left_out else ""
    text = f"{subject}'s{other} trips abroad in the article: {join(lines)}."
    facts = list(dict.fromkeys(f for f, _ in trips))
    return Reply(text, facts, items=tuple(lines))
