"""Facts indexed for questions: who took part, where (up to country and region), which words.

All relations come from the gazetteer (a city's country, a country's regions, an event's
place), so "who did he meet in Kazakhstan" finds a meeting filed under its city.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.engine.text import squeeze, term_stems, tokens
from bot.store.load import Entity, Fact, Snapshot

CONTACT_KINDS = ("met", "visit", "hosted")
MAX_TIES = 50_000  # memoised (fact, entity) ties: about 5 MB at most
FUTURE_KINDS = ("expected", "invitation", "scheduled")  # as bot.store.sources has them


def fact_stems(fact: Any) -> tuple[frozenset[str], frozenset[str]]:
    """(strong, weak) stems of a fact (a store record or a loaded Fact): its keywords,
    topics, why, count and time; its summary and quotes. The builder stores them, so a
    load does not tokenise every fact again."""
    strong_text = " ".join((*fact.keywords, *fact.topics, fact.why or "",
                            fact.count or "", fact.time_phrase or ""))
    weak_text = " ".join((fact.summary, *(q.quote for q in fact.quotes)))
    return term_stems(tokens(strong_text)), term_stems(tokens(weak_text))


def walk(entities: Mapping[str, Entity], name: str) -> set[str]:
    """The entity and everything it lies in (city -> country -> regions; event -> place)."""
    out: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in out:
            continue
        out.add(current)
        entity: Entity | None = entities.get(current)
        if entity is None:
            continue
        todo += [x for x in (entity.country, entity.place) if x]
        todo += list(entity.regions)
    return out


def fact_ties(fact: Fact, principal: str | None, lineage: Callable[[str], frozenset[str]]
              ) -> tuple[frozenset[str], frozenset[str]]:
    """(places, people) of a fact with everything they lie in: shared by the fact index
    and the engine's routing postings, so a desk is routed to by exactly what it holds."""
    places: set[str] = set()
    for p in (*fact.places, *((fact.occasion,) if fact.occasion else ())):
        places |= lineage(p)
    # the article's own subject takes part in nearly everything: only its name counts
    people: set[str] = {fact.subject} if fact.subject else set()
    for p in fact.who + ((fact.subject,) if fact.subject and fact.subject != principal
                         else ()):
        people |= lineage(p)
    return frozenset(places), frozenset(people)


@dataclass(frozen=True, slots=True)
class IndexedFact:
    fact: Fact
    places: frozenset[str]  # places, occasion, and everything they lie in
    people: frozenset[str]  # participants and their countries and regions
    about: frozenset[str]
    strong: frozenset[str]  # stems of keywords, topics, why, count, time phrase
    weak: frozenset[str]  # stems of the summary and quotes


class FactIndex:
    def __init__(self, snapshot: Snapshot, facts: tuple[Fact, ...] | None = None,
                 lineage: dict[str, frozenset[str]] | None = None,
                 years: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
                 ) -> None:
        self.entities = snapshot.entities
        # ("this year", the years it is not): the articles' own year holds every time they
        # give but another year's ("last year")
        self.years = years
        # the gazetteer's relations, shared by every desk's index of one snapshot
        self._lineage: dict[str, frozenset[str]] = {} if lineage is None else lineage
        # (fact id, entity) -> tie, memoised but bounded: a pure function of the data, so
        # dropping it all when full costs a little time, never a wrong answer
        self._ties: dict[tuple[str, str], float] = {}
        self.by_id: dict[str, IndexedFact] = {}
        self.followers: dict[str, list[str]] = {}
        facts = snapshot.facts if facts is None else facts
        prefetch = getattr(self.entities, "prefetch", None)
        if prefetch is not None:  # the entities the walks below look up, in a few queries
            prefetch({n for f in facts for n in (*f.who, *f.places, *f.about, f.subject,
                                                 f.occasion) if n and n not in self._lineage})
        for fact in facts:
            places, people = fact_ties(fact, snapshot.documents[fact.document].subject,
                                       self.lineage)
            strong, weak = snapshot.fact_stems.get(fact.id) or fact_stems(fact)
            self.by_id[fact.id] = IndexedFact(fact, places, people,
                                              frozenset((*fact.about, *fact.reported_by)),
                                              strong, weak)
            if fact.follows:
                self.followers.setdefault(fact.follows, []).append(fact.id)
        self.facts = tuple(self.by_id.values())
        self.position = {item.fact.id: i for i, item in enumerate(self.facts)}
        # postings, built once: entity (in each role; places and people with everything
        # they lie in) -> facts, stem -> facts; so a question looks only at what it names
        self._people: dict[str, list[IndexedFact]] = {}
        self._places: dict[str, list[IndexedFact]] = {}
        self._about: dict[str, list[IndexedFact]] = {}
        self._who: dict[str, list[IndexedFact]] = {}
        # stem -> facts is filled a stem at a time as questions ask: a desk's facts hold
        # some 1,500 stems, a question a handful, and building a desk is on its first answer
        self._stems: dict[str, tuple[IndexedFact, ...]] = {}
        self._touching: dict[str, frozenset[str]] = {}
        for item in self.facts:
            for postings, names in ((self._people, item.people), (self._places, item.places),
                                    (self._about, item.about), (self._who, item.fact.who)):
                for name in names:
                    postings.setdefault(name, []).append(item)
        self._kinds: dict[tuple[str, ...], tuple[IndexedFact, ...]] = {}

    def of_kinds(self, kinds: tuple[str, ...]) -> tuple[IndexedFact, ...]:
        """The facts of these kinds, in order (worked out once per set of kinds)."""
        found = self._kinds.get(kinds)
        if found is None:
            found = self._kinds[kinds] = tuple(i for i in self.facts if i.fact.kind in kinds)
        return found

    def touching(self, name: str) -> frozenset[str]:
        """Ids of the facts `name` has any tie to (exactly those `_tie` scores above 0;
        worked out once per name, as `with_stem` is per stem)."""
        found = self._touching.get(name)
        if found is None:
            if len(self._touching) >= 4096:
                self._touching.clear()
            found = self._touching[name] = frozenset(self._touched(name))
        return found

    def _touched(self, name: str) -> set[str]:
        out: set[str] = set()
        for postings in (self._people, self._places, self._about):
            out.update(i.fact.id for i in postings.get(name, ()))
        entity = self.entities.get(name)
        if entity is not None and entity.kind == "person" and entity.country and entity.leader:
            out.update(i.fact.id for i in self._who.get(entity.country, ()))
        for around in self.lineage(name):  # a fact about or at the city, country, region
            for postings in (self._places, self._about):
                out.update(i.fact.id for i in postings.get(around, ()))
        return out

    def candidates(self, entities: tuple[str, ...] | frozenset[str] = (),
                   stems: frozenset[str] = frozenset()) -> tuple[IndexedFact, ...]:
        """The facts a question touches, in index order: those tied to one of its entities
        or holding one of its stems. `relevance` is above 0 for exactly these."""
        ids = self.candidate_ids(entities, stems)
        return tuple(self.by_id[f] for f in sorted(ids, key=self.position.__getitem__))

    def candidate_ids(self, entities: tuple[str, ...] | frozenset[str] = (),
                      stems: frozenset[str] = frozenset()) -> set[str]:
        """The ids of `candidates`, in no order (what a ranking that scores all needs)."""
        ids: set[str] = set()
        for name in entities:
            ids |= self.touching(name)
        for s in stems:
            ids.update(i.fact.id for i in self.with_stem(s))
        return ids

    def scored(self, names: tuple[str, ...], home: frozenset[str] = frozenset()
               ) -> list[tuple[float, IndexedFact]]:
        """The facts `names` touch, in index order, each with its relevance to them."""
        return [(self.relevance(i, names, frozenset(), home), i) for i in self.candidates(names)]

    def stating(self, passages: list[str]) -> Fact | None:
        """The statement, with its speaker, whose quote holds one of the (squeezed)
        passages whole: whose words a message puts in quotes."""
        return next((i.fact for i in self.facts if i.fact.kind == "statement" and i.fact.who
                     and any(p in squeeze(x.quote) for x in i.fact.quotes for p in passages)),
                    None) if passages else None

    def counting(self, fact: Fact) -> Fact | None:
        """Another fact told from the same sentence that gives a count ("six foreign visits,
        even as his travel has been limited"): what a denial of the deed is answered by."""
        said = {x.quote for x in fact.quotes}
        return None if fact.count else next(
            (i.fact for i in self.facts if i.fact.count and i.fact is not fact
             and any(x.quote in said for x in i.fact.quotes)), None)

    def with_stem(self, stem: str) -> tuple[IndexedFact, ...]:
        """The facts whose words hold `stem`, in index order (worked out once per stem)."""
        found = self._stems.get(stem)
        if found is None:
            if len(self._stems) >= 4096:
                self._stems.clear()
            found = self._stems[stem] = tuple(i for i in self.facts
                                              if stem in i.strong or stem in i.weak)
        return found

    def lineage(self, name: str) -> frozenset[str]:
        """The entity and everything it lies in: city -> country -> regions; event -> place."""
        cached = self._lineage.get(name)
        if cached is None:
            cached = self._lineage[name] = frozenset(self._walk(name))
        return cached

    def homeland(self, name: str) -> frozenset[str]:
        """A person and their country (not its regions): {"Ben Cole", "Freedonia"}."""
        entity = self.entities.get(name)
        out = {name}
        if entity is not None and entity.kind == "person" and entity.country:
            out.add(entity.country)
        return frozenset(out)

    def _walk(self, name: str) -> set[str]:
        return walk(self.entities, name)

    def takes_part(self, item: IndexedFact, name: str) -> bool:
        """Did `name` (a person, or a country/region for its leaders) take part?"""
        if name in item.people:
            return True
        entity = self.entities.get(name)
        # a person asked about, the fact naming their country ("the leader of Zenda")
        return bool(entity and entity.kind == "person" and entity.country
                    and entity.country in item.fact.who and entity.leader)

    def at(self, item: IndexedFact, name: str) -> bool:
        return name in item.places

    def time_fits(self, item: IndexedFact, times: tuple[str, ...]) -> bool | None:
        """True/False when the question names a time and the fact has one; else None."""
        phrase = item.fact.time_phrase or ""
        if not times or not phrase:
            return None
        return any(self.says_time(t, phrase) for t in times)

    def says_time(self, asked: str, phrase: str) -> bool:
        """Does a fact's time phrase hold the time asked? ("this year" holds "in November",
        not "last year")"""
        phrase = phrase.casefold()
        this_year, other_years = self.years
        return bool(phrase) and (asked in phrase or (
            asked in this_year and not any(o in phrase for o in other_years)))

    def relevance(self, item: IndexedFact, entities: tuple[str, ...], stems: frozenset[str],
                  home: frozenset[str] = frozenset()) -> float:
        """How much a fact has to do with the question's entities and words.

        The article subject's own country (`home`) is in nearly every fact, so it counts
        for little.
        """
        score = 0.0
        for name in entities:
            key = (item.fact.id, name)
            tie = self._ties.get(key)
            if tie is None:
                if len(self._ties) >= MAX_TIES:
                    self._ties.clear()
                tie = self._ties[key] = self._tie(item, name)
            score += tie * (0.25 if name in home else 1.0)
        return score + self.term_score(item, stems) if stems else score

    def _tie(self, item: IndexedFact, name: str) -> float:
        """How closely one entity is tied to one fact (a pure function of the data)."""
        fact = item.fact
        entity = self.entities.get(name)
        # a region's members take part in much; a fact *about* the region counts more
        member = 1.0 if entity is not None and entity.kind == "region" else 1.5
        if name in fact.participants or name in fact.places or name == fact.occasion:
            return 3.0
        if name in item.about:
            return 2.0
        if name in item.people or name in item.places or self.takes_part(item, name):
            return member
        if self.homeland(name) & (item.about | item.places):
            return 1.5  # a leader, and a fact about their country
        if self.lineage(name) & (item.about | item.places):
            return 1.0
        return 0.0

    @staticmethod
    def term_score(item: IndexedFact, stems: frozenset[str]) -> float:
        return 1.0 * len(stems & item.strong) + 0.5 * len((stems - item.strong) & item.weak)
