"""Answers composed from facts, one strategy per kind of question.

A strategy returns a Reply: the text, the facts it rests on (their quotes become the
sources), and whether it answers. None means "nothing fits": the engine then says what the
article does say, or shows the closest passages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS, FactIndex, IndexedFact
from bot.engine.parse import Mention, Parsed
from bot.engine.phrases import Phrases, capital, join
from bot.engine.text import squeeze
from bot.store.load import Fact, Snapshot

MAX_LINES = 8
PLACE_KINDS = ("city", "country", "place", "region")


@dataclass
class Reply:
    text: str
    facts: list[Fact]
    answered: bool = True
    score: float = 1.0
    items: tuple[str, ...] = ()
    note: str = ""
    # quotes to prefer among the facts' quotes (those naming what the answer names)
    focus: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Ask:
    """A parsed question with the entities it is about (its own, or the conversation's)."""

    q: Parsed
    mentions: tuple[Mention, ...]
    prefer: tuple[str, ...] = ()  # fact ids from the conversation so far
    principal: frozenset[str] = frozenset()

    @property
    def asks_principal(self) -> bool:
        return any(m.entity in self.principal for m in self.mentions)

    @property
    def others(self) -> tuple[str, ...]:
        """Entities asked about, the article's own subject aside."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            if m.entity not in self.principal:
                seen.setdefault(m.entity)
        return tuple(seen)


class Composer:
    def __init__(self, snapshot: Snapshot, index: FactIndex) -> None:
        self.snapshot = snapshot
        self.index = index
        self.entities = snapshot.entities
        self.words = Phrases(snapshot.entities)
        self.replies = snapshot.replies

    # --- shared pieces --------------------------------------------------------------------

    def kind_of(self, name: str) -> str:
        entity = self.entities.get(name)
        return entity.kind if entity else ""

    def ranked(self, ask: Ask, pool: tuple[IndexedFact, ...] | None = None,
               bonus: Callable[[IndexedFact], float] | None = None) -> list[tuple[float, IndexedFact]]:
        out = []
        for item in pool if pool is not None else self.index.facts:
            score = self.index.relevance(item, ask.others, ask.q.stems)
            if item.fact.id in ask.prefer:
                score += 2.5
            if ask.asks_principal and item.fact.subject in ask.principal:
                score += 0.5
            fit = self.index.time_fits(item, ask.q.times)
            score += 1.0 if fit else -1.0 if fit is False else 0.0
            if score > 0 and bonus is not None:
                score += bonus(item)
            if score > 0:
                out.append((score, item))
        out.sort(key=lambda s: -s[0])
        return out

    def top(self, ask: Ask, pool: tuple[IndexedFact, ...] | None = None,
            bonus: Callable[[IndexedFact], float] | None = None, *, minimum: float = 1.5,
            spread: float = 0.0, most: int = 3) -> list[tuple[float, IndexedFact]]:
        """The best facts, and those within `spread` of the best."""
        ranked = self.ranked(ask, pool, bonus)
        if not ranked or ranked[0][0] < minimum:
            return []
        best = ranked[0][0]
        return [r for r in ranked if r[0] >= best - spread][:most]

    def pool(self, kinds: tuple[str, ...]) -> tuple[IndexedFact, ...]:
        return tuple(i for i in self.index.facts if i.fact.kind in kinds)

    def time_of(self, fact: Fact) -> tuple[str | None, Fact | None]:
        """The fact's time, or the time of another fact at the same occasion (and that fact)."""
        if fact.time_phrase:
            return fact.time_phrase, None
        if fact.occasion:
            for item in self.index.facts:
                other = item.fact
                if other.occasion == fact.occasion and other.time_phrase and other is not fact:
                    return other.time_phrase, other
        return None, None

    def summary(self, fact: Fact) -> str:
        return fact.summary

    def not_said(self, what: str, related: list[Fact]) -> Reply:
        text = f"{self.replies['not_said']} {what}."
        if related:
            text += " What it does say: " + " ".join(f.summary for f in related[:2])
        return Reply(text, related[:2], answered=False, score=0.6, note="not in the article")

    # --- strategies -------------------------------------------------------------------------

    def who(self, ask: Ask) -> Reply | None:
        q, index = ask.q, self.index
        kinds = self._kinds(q)
        places, people, either = self._filters(ask)
        matches = []
        for item in self.pool(kinds):
            fact = item.fact
            if not all(index.at(item, p) for p in places):
                continue
            if not all(index.takes_part(item, p) for p in people):
                continue
            if not all(index.at(item, p) or index.takes_part(item, p) for p in either):
                continue
            if not people and not (ask.principal & set(fact.participants)):
                continue
            if q.times and not index.time_fits(item, q.times):
                continue
            matches.append(fact)
        if not matches:
            return None
        subject = people[0] if len(people) == 1 and self.kind_of(people[0]) == "person" \
            else next(iter(sorted(ask.principal)), "")
        if len(matches) == 1:
            fact = matches[0]
            lead = self.words.lead(fact) or fact.summary
            when, _ = self.time_of(fact)
            text = lead + (f" {when}" if when and fact.time_phrase else "") + "."
            names = [n for n in fact.participants if n != subject]
            return Reply(capital(text), [fact], items=tuple(self.words.label(n) for n in names))
        verb = ("is likely to meet" if all(f.kind in FUTURE_KINDS for f in matches)
                else "hosted" if all(f.kind == "hosted" for f in matches) else "met")
        scope = self._scope(places, people, either, q.times)
        lines, items = [], []
        for fact in matches[:MAX_LINES]:
            names = [n for n in fact.participants if n != subject]
            if subject not in fact.participants:
                names = list(fact.participants)
            items += [self.words.label(n) for n in names]
            where = self.words.setting(fact)
            when = fact.time_phrase or ""
            detail = ", ".join(p for p in (where, when) if p)
            lines.append(f"• {self.words.people(names, label=True)}"
                         + (f" — {detail}" if detail else ""))
        more = len(matches) - MAX_LINES
        text = f"{subject} {verb}{scope}:\n" + "\n".join(lines)
        if more > 0:
            text += f"\n…and {more} more."
        return Reply(text, matches, items=tuple(items))

    def where(self, ask: Ask) -> Reply | None:
        q = ask.q
        if q.sequence and (nxt := self._next(ask)):
            return nxt
        events = [e for e in ask.others if self.kind_of(e) == "event"]
        if events and not any(self.kind_of(e) in ("person", "country") for e in ask.others):
            return self._event(events[0], "where")
        contacts = self.pool(CONTACT_KINDS + FUTURE_KINDS)
        found = self.top(ask, contacts, lambda i: 1.0 if i.fact.places or i.fact.occasion
                         else 0.0, spread=0.5, minimum=2.0)
        if not found:
            return None
        facts = [item.fact for _, item in found]
        text = "; ".join(self.words.lead(f) or f.summary for f in facts)
        return Reply(capital(text) + ".", facts, score=found[0][0],
                     focus=tuple(p for f in facts for p in f.places))

    def when(self, ask: Ask) -> Reply | None:
        events = [e for e in ask.others if self.kind_of(e) == "event"]
        if events and not any(self.kind_of(e) in ("person", "country") for e in ask.others):
            return self._event(events[0], "when")
        found = self.top(ask, bonus=lambda i: 1.5 if self.time_of(i.fact)[0] else -1.0,
                         spread=0.5, minimum=1.5)
        if not found:
            return None
        parts, facts = [], []
        for _, item in found:
            fact = item.fact
            when, source = self.time_of(fact)
            lead = self.words.lead(fact)
            facts += [fact] + ([source] if source else [])
            if when is None:
                continue
            if lead:
                parts.append(f"{lead} {when}")
            elif squeeze(when) in squeeze(fact.summary):
                parts.append(fact.summary.rstrip("."))
            else:
                parts.append(f"{capital(when)}: {fact.summary.rstrip('.')}")
        if not parts:
            return self.not_said("when that was", facts)
        return Reply(capital("; ".join(parts)) + ".", facts, score=found[0][0])

    def why(self, ask: Ask) -> Reply | None:
        found = self.top(ask, bonus=lambda i: 1.5 if i.fact.why else 0.0)
        if not found:
            return None
        fact = found[0][1].fact
        if not fact.why:
            return self.not_said("why", [fact])
        text = fact.summary
        if squeeze(fact.why) not in squeeze(text):
            text += f" ({fact.why})"
        return Reply(text, [fact], score=found[0][0])

    def topics(self, ask: Ask) -> Reply | None:
        found = self.top(ask, bonus=lambda i: 1.5 if i.fact.topics else 0.0)
        if not found:
            return None
        fact = found[0][1].fact
        if not fact.topics:
            who = self.words.people([n for n in fact.participants if n not in ask.principal])
            return self.not_said(f"what was discussed{' with ' + who if who else ''}", [fact])
        text = fact.summary
        missing = [t for t in fact.topics if squeeze(t) not in squeeze(text)]
        if missing:
            text += " Topics: " + join(missing) + "."
        return Reply(text, [fact], score=found[0][0])

    def count(self, ask: Ask) -> Reply | None:
        numbered = tuple(i for i in self.index.facts if i.fact.count)
        found = self.top(ask, numbered, minimum=1.0)
        places, people, either = self._filters(ask)
        filtered = bool(places or people or either or ask.q.kinds)
        if found and (not filtered or found[0][0] >= 3.0):
            fact = found[0][1].fact
            return Reply(fact.summary, [fact], score=found[0][0])
        listing = self.who(ask)
        if listing is None:
            return None
        n = len(listing.items)
        scope = self._scope(places, people, either, ask.q.times)
        head = f"{n} leader{'s' if n != 1 else ''}{scope} (the article's count):"
        return Reply(head + "\n" + listing.text.split(":\n", 1)[-1], listing.facts,
                     items=listing.items)

    def trips(self, ask: Ask) -> Reply | None:
        home = {self.entities[p].country for p in ask.principal
                if p in self.entities and self.entities[p].country}
        trips = []
        for item in self.pool(("visit", "met")):
            fact = item.fact
            if not (ask.principal & {fact.subject}):
                continue
            countries = {c for p in (*fact.places, *((fact.occasion,) if fact.occasion else ()))
                         for c in self.index.lineage(p) if self.kind_of(c) == "country"}
            if countries and not countries & home:
                trips.append((fact, sorted(countries)))
        if ask.others:
            trips = [(f, c) for f, c in trips
                     if any(o in c or self.index.at(self.index.by_id[f.id], o)
                            or self.index.takes_part(self.index.by_id[f.id], o)
                            for o in ask.others)]
        if not trips:
            return None
        by_country: dict[str, list[Fact]] = {}
        for fact, countries in trips:
            for c in countries:
                by_country.setdefault(c, []).append(fact)
        lines = []
        for country, facts in by_country.items():
            cities = sorted({p for f in facts for p in (*f.places,) if p != country}
                            | {self.entities[f.occasion].place or "" for f in facts
                               if f.occasion} - {""})
            lines.append(country + (f" ({join(cities)})" if cities else ""))
        subject = next(iter(sorted(ask.principal)), "")
        text = f"{subject}'s trips abroad in the article: {join(lines)}."
        facts = list(dict.fromkeys(f for f, _ in trips))
        return Reply(text, facts, items=tuple(lines))

    def upcoming(self, ask: Ask) -> Reply | None:
        pool = self.pool(FUTURE_KINDS)
        if ask.others:
            found = [item.fact for _, item in self.top(ask, pool, minimum=1.0, spread=99,
                                                       most=MAX_LINES)]
        else:
            found = [item.fact for item in pool]
        if not found:
            return None
        text = " ".join(f.summary for f in found[:3])
        return Reply(text, found[:3], items=tuple(f.summary for f in found))

    def yes_no(self, ask: Ask) -> Reply | None:
        q, index = ask.q, self.index
        targets = ask.others
        if not targets:
            return None
        asked = ("invitation",) if "invitation" in q.kinds else (
            FUTURE_KINDS if q.future else CONTACT_KINDS)
        other = CONTACT_KINDS if q.future else FUTURE_KINDS

        # "did Orban meet Zelenskiy": two people named; otherwise the article's subject
        # must be one of those who met
        pair = sum(self.kind_of(t) == "person" for t in targets) >= 2

        def involving(kinds: tuple[str, ...]) -> list[IndexedFact]:
            return [item for item in self.pool(kinds)
                    if all(index.at(item, t) or index.takes_part(item, t) for t in targets)
                    and (pair or ask.principal & set(item.fact.participants))]

        hits = involving(asked)
        if hits:
            wrong_time = [i for i in hits if index.time_fits(i, q.times) is False]
            right = [i for i in hits if i not in wrong_time]
            if q.times and not right:
                fact = wrong_time[0].fact
                lead = self.words.lead(fact) or fact.summary.rstrip(".")
                return Reply(f"No. {capital(lead)} {fact.time_phrase}.", [fact])
            facts = [i.fact for i in right][:3]
            body = " ".join(f.summary for f in facts)
            if q.future:
                opener = "Likely." if all(f.kind == "expected" for f in facts) else \
                    "Not confirmed, but:"
            else:
                opener = "Yes." if q.understood and not q.times else "According to the article:"
            return Reply(f"{opener} {body}", facts)
        later = involving(other)
        names = join([self.words.people([t]) for t in targets])
        subject = next(iter(sorted(ask.principal)), "")
        if later:
            facts = [i.fact for i in later][:2]
            lead = "Not yet, according to the article." if not q.future else \
                "Not as a plan, but:"
            return Reply(f"{lead} " + " ".join(f.summary for f in facts), facts)
        related = [item.fact for _, item in self.ranked(ask)][:2]
        if related:
            return Reply(f"No: the article does not report {subject} meeting {names}. "
                         + " ".join(f.summary for f in related[:1]), related[:1])
        return None

    def about(self, ask: Ask) -> Reply | None:
        if not ask.others:
            return None
        found = self.top(ask, minimum=1.0, spread=99, most=MAX_LINES * 2)
        if not found:
            return None
        facts = [item.fact for _, item in found]
        lines = [f"• {f.summary}" for f in facts[:4]]
        name = ask.others[0]
        entity = self.entities.get(name)
        head = name + (f", {entity.role}" if entity and entity.role else "") + ":"
        text = head + "\n" + "\n".join(lines)
        if len(facts) > 4:
            text += f"\n…and {len(facts) - 4} more."
        return Reply(text, facts, items=tuple(f.summary for f in facts))

    def what(self, ask: Ask) -> Reply | None:
        found = self.top(ask, minimum=1.5, spread=0.0, most=2)
        if not found:
            return None
        facts = [item.fact for _, item in found]
        return Reply(" ".join(f.summary for f in facts), facts, score=found[0][0])

    # --- helpers ----------------------------------------------------------------------------

    def _kinds(self, q: Parsed) -> tuple[str, ...]:
        asked = tuple(k for k in q.kinds if k in CONTACT_KINDS + FUTURE_KINDS)
        if q.future:
            return tuple(k for k in asked if k in FUTURE_KINDS) or FUTURE_KINDS
        return tuple(k for k in asked if k in CONTACT_KINDS) or CONTACT_KINDS

    def _filters(self, ask: Ask) -> tuple[list[str], list[str], list[str]]:
        """(places it must be at, who must take part, either) for the entities asked."""
        places, people, either = [], [], []
        seen = set()
        for m in ask.mentions:
            name = m.entity
            if name in ask.principal or name in seen:
                continue
            seen.add(name)
            kind = self.kind_of(name)
            if kind in ("event", "city", "place"):
                places.append(name)
            elif kind == "person":
                people.append(name)
            elif kind == "region" or (kind == "country" and m.role == "plain"):
                either.append(name)
            elif kind == "country":
                (places if m.role == "place" else people).append(name)
        return places, people, either

    def _scope(self, places: list[str], people: list[str], either: list[str],
               times: tuple[str, ...]) -> str:
        parts = []
        events = [p for p in places if self.kind_of(p) == "event"]
        spots = [p for p in places if p not in events]
        if spots:
            parts.append(f"in {join(spots)}")
        if events:
            parts.append(f"at the {join(events)}")
        if either:
            parts.append(f"from or in {join(either)}")
        if times:
            parts.append(join(list(times)))
        return (" " + " ".join(parts)) if parts else ""

    def _next(self, ask: Ask) -> Reply | None:
        anchors = [item for _, item in self.ranked(ask, self.pool(CONTACT_KINDS))]
        for anchor in anchors[:4]:
            for follower in self.index.followers.get(anchor.fact.id, []):
                fact = self.index.by_id[follower].fact
                return Reply(fact.summary, [fact, anchor.fact],
                             focus=tuple(fact.places))
        return None

    def _event(self, name: str, asked: str) -> Reply | None:
        event = self.entities[name]
        facts = [i.fact for i in self.index.facts if i.fact.occasion == name]
        if not facts:
            return None
        future = all(f.kind in FUTURE_KINDS for f in facts)
        place = self.words.place(event.place) if event.place else None
        if asked == "where":
            if not place:
                return None
            verb = "will be held in" if future else "was held in"
            return Reply(f"The {name} {verb} {place}.", facts, focus=(event.place or "",))
        when = next((f.time_phrase for f in facts if f.time_phrase), None)
        if not when:
            return self.not_said(f"when the {name} is", facts)
        verb = "is" if future else "was"
        at = f" in {event.place}" if event.place else ""
        dated = [f for f in facts if f.time_phrase] + [f for f in facts if not f.time_phrase]
        return Reply(f"The {name}{at} {verb} {when}.", dated[:2])
