"""Answers composed from facts, one strategy per kind of question.

A strategy returns a Reply: the text, the facts it rests on (their quotes become the
sources), and whether it answers. None means "nothing fits": the engine then says what the
article does say, or shows the closest passages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS, FactIndex, IndexedFact
from bot.engine.parse import Mention, Parsed, number
from bot.engine.phrases import Phrases, capital, join
from bot.engine.text import squeeze, term_stems, tokens
from bot.store.load import Fact, Quote, Snapshot

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
    # what a follow-up continues from, when not the question's own subjects: after
    # "where did she go after X?", "and after that?" goes on from the answer, not from X
    subjects: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ask:
    """A parsed question with the entities it is about (its own, or the conversation's)."""

    q: Parsed
    mentions: tuple[Mention, ...]
    prefer: tuple[str, ...] = ()  # fact ids from the conversation so far
    principal: frozenset[str] = frozenset()
    home: frozenset[str] = frozenset()  # the principal's own country
    # derived once: entities asked about (the subject and those left out aside)
    others: tuple[str, ...] = field(init=False)
    excluded: frozenset[str] = field(init=False)
    asks_principal: bool = field(init=False)
    placed: tuple[str, ...] = field(init=False)  # named after "in", "to", "at"
    scores: dict[str, float] = field(init=False, repr=False, compare=False)  # memo

    def __post_init__(self) -> None:
        others = dict.fromkeys(m.entity for m in self.mentions
                               if m.entity not in self.principal and m.role != "excluded")
        object.__setattr__(self, "others", tuple(others))
        object.__setattr__(self, "excluded", frozenset(
            m.entity for m in self.mentions if m.role == "excluded"))
        object.__setattr__(self, "asks_principal",
                           any(m.entity in self.principal for m in self.mentions))
        object.__setattr__(self, "scores", {})
        object.__setattr__(self, "placed", tuple(dict.fromkeys(
            m.entity for m in self.mentions if m.role == "place"
            and m.entity not in self.principal)))


def passage(key: str, document: str, paragraph: int, text: str) -> Fact:
    """An article sentence cited as it is (no curated fact behind it)."""
    return Fact(id=f"passage-{key}",
                document=document, kind="passage", subject=None, who=(), places=(),
                occasion=None, about=(), time_phrase=None, follows=None, count=None, why=None,
                topics=(), keywords=(), summary=text, quotes=(Quote(document, paragraph, text),))


def numbers_in(text: str) -> set[int]:
    """The numbers a text states, in digits or words ("six", "24", "twenty")."""
    return {n for w in tokens(text) for part in w.split("-") if (n := number(part)) is not None}


class Composer:
    def __init__(self, snapshot: Snapshot, index: FactIndex) -> None:
        self.snapshot = snapshot
        self.index = index
        self.entities = snapshot.entities
        self.words = Phrases(snapshot.entities)
        self.replies = snapshot.replies
        self.contact_words: frozenset[str] = frozenset()  # set by the engine (lexicon)
        self.leader_words: frozenset[str] = frozenset()
        self.visit_words: frozenset[str] = frozenset()  # stems of the "visit" kind words
        self.known: frozenset[str] = frozenset()  # every word the lexicon knows
        # words "how many" may count though they are also contact words ("trips")
        self.nouns = frozenset(snapshot.vocabulary.get("counted_nouns", ()))
        self.months: tuple[str, ...] = tuple(snapshot.vocabulary.get("months", ()))
        # "how many times / meetings": counted as the contacts themselves
        self.occasion_stems = term_stems(tuple(snapshot.vocabulary.get("occasion_nouns", ())))
        # stems of the words for saying something ("said", "pledged", "vowed")
        self.said_stems = term_stems(tuple(
            w for p in snapshot.vocabulary.get("kind_words", {}).get("statement", ())
            for w in tokens(p)))
        self.reason_words = tuple(tuple(tokens(w)) for w in
                                  snapshot.vocabulary.get("reason_words", ()))
        # relative times from earliest to latest ("last week" before "this week")
        self.time_order: tuple[str, ...] = tuple(snapshot.vocabulary.get("time_order", ()))

    # --- shared pieces --------------------------------------------------------------------

    def kind_of(self, name: str) -> str:
        return self.words.kind(name)

    def ranked(self, ask: Ask, pool: tuple[IndexedFact, ...] | None = None,
               bonus: Callable[[IndexedFact], float] | None = None
               ) -> list[tuple[float, IndexedFact]]:
        out = []
        base = ask.scores  # a fact's score for this question, worked out once
        q = ask.q
        # Only the facts the question's entities and words touch (the index's postings)
        # need the full score; any other scores just what its kind, time and subject
        # give, the same sum _score would make (relevance, place and words being 0).
        touched = {i.fact.id for i in self.index.candidates(ask.others, q.stems)}
        for item in pool if pool is not None else self.index.facts:
            fact = item.fact
            score = base.get(fact.id)
            if score is None and fact.id in touched:
                score = base[fact.id] = self._score(ask, item)
            elif score is None:
                score = 0.0
                if fact.kind in q.kinds:
                    score += 0.5 if fact.kind in CONTACT_KINDS else 2.5
                if (fact.kind in FUTURE_KINDS and q.past and not q.future) or (
                        q.future and fact.kind in CONTACT_KINDS):
                    score -= 1.0
                if fact.id in ask.prefer:
                    score += 1.0
                if ask.asks_principal and (fact.subject in ask.principal
                                           or fact.subject is None):
                    score += 0.5
                fit = self.index.time_fits(item, q.times)
                score += 1.0 if fit else -1.0 if fit is False else 0.0
                base[fact.id] = score
            if score > 0 and bonus is not None:
                score += bonus(item)
            if score > 0:
                out.append((score, item))
        out.sort(key=lambda s: -s[0])
        return out

    def _score(self, ask: Ask, item: IndexedFact) -> float:
        """How well one fact fits the question, before any strategy's own bonus."""
        q = ask.q
        # "go to X", "was she in X": a contact there, not a fact about X
        moving = bool(ask.placed) and (ask.asks_principal
                                       or any(w in self.contact_words for w in q.words))
        score = self.index.relevance(item, ask.others, q.stems, ask.home)
        kind = item.fact.kind
        if kind in q.kinds:  # "what did he say": a statement; "go to": a trip
            score += 0.5 if kind in CONTACT_KINDS else 2.5
        if moving and any(self.index.at(item, p) for p in ask.placed):
            score += 1.0  # "go to North Korea": a contact there, not a fact about it
        if q.distinctive:  # the words that make a question specific weigh more
            score += 1.0 * len(q.distinct_stems & item.strong)
        if (kind in FUTURE_KINDS and q.past and not q.future) or (
                q.future and kind in CONTACT_KINDS):
            score -= 1.0
        if item.fact.id in ask.prefer:
            score += 1.0  # the conversation nudges; the question's own words decide
        if ask.asks_principal and (item.fact.subject in ask.principal
                                   or item.fact.subject is None):
            score += 0.5
        fit = self.index.time_fits(item, q.times)
        score += 1.0 if fit else -1.0 if fit is False else 0.0
        return score

    def top(self, ask: Ask, pool: tuple[IndexedFact, ...] | None = None,
            bonus: Callable[[IndexedFact], float] | None = None, *, minimum: float = 1.5,
            spread: float = 0.0, most: int = 3) -> list[tuple[float, IndexedFact]]:
        """The best facts, and those within `spread` of the best."""
        ranked = self.ranked(ask, pool, bonus)
        if not ranked or ranked[0][0] < minimum:
            return []
        best = ranked[0][0]
        return [r for r in ranked if r[0] >= best - spread][:most]

    def strange(self, q: Parsed) -> bool:
        """The question's specific words are all words the article and its facts never use."""
        return bool(q.distinctive) and not any(w in self.known for w in q.distinctive)

    def hits(self, item: IndexedFact, q: Parsed) -> int:
        """How many of the question's distinctive words the fact has."""
        return len(q.distinct_stems & item.strong) + len(q.distinct_stems & item.weak
                                                          - item.strong)

    def focused(self, ask: Ask, pool: tuple[IndexedFact, ...] | None = None
                ) -> tuple[IndexedFact, ...] | None:
        """The facts about what the question names (when it names something they match)."""
        named = tuple(e for e in ask.others if e not in ask.home)
        if not named:
            return pool
        # only the facts tied to what it names can reach 1.5 (the index's postings)
        touched = self.index.candidates(named)
        if pool is not None:
            ids = {i.fact.id for i in touched}
            touched = tuple(i for i in pool if i.fact.id in ids)
        hit = tuple(i for i in touched
                    if self.index.relevance(i, named, frozenset(), ask.home) >= 1.5)
        return hit or pool

    def pool(self, kinds: tuple[str, ...]) -> tuple[IndexedFact, ...]:
        return self.index.of_kinds(kinds)  # worked out once per set of kinds

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
            if not all(index.at(item, p) or index.takes_part(item, p) or p in item.about
                       for p in either):
                continue
            if (not people or ask.asks_principal) and ask.principal \
                    and not (ask.principal & set(fact.participants)):
                continue  # "who did he meet", "when did Ana and Ben meet": Ana's contacts
            if q.times and not index.time_fits(item, q.times):
                continue
            matches.append(fact)
        filtered = bool(places or people or either)
        if q.distinctive:
            # "who promised unconditional support": one fact, not a list (unless the
            # question narrows the list and that fact is on it anyway)
            found = self.top(ask, minimum=1.0)
            asked = [k for k in q.kinds if k in CONTACT_KINDS + FUTURE_KINDS]
            if asked:  # "who did she host before she left": a host, not the departure
                found = [(sc, i) for sc, i in found if i.fact.kind in asked]
            # "who did he rush off to see after his inauguration": a fact naming someone
            found = [(sc, i) for sc, i in found if set(i.fact.participants) - ask.principal
                     or i.fact.places or i.fact.about]
            single = found[0] if found and self.hits(found[0][1], q) else None
            if single is not None and not (filtered and single[1].fact in matches
                                           and self._counterparts(single[1].fact, ask)):
                return Reply(single[1].fact.summary, [single[1].fact], score=single[0])
        if not matches:
            return None
        subject = people[0] if len(people) == 1 and self.kind_of(people[0]) == "person" \
            and not ask.asks_principal else next(iter(sorted(ask.principal)), "")
        named = [f for f in matches
                 if [n for n in f.participants if n != subject and n not in ask.excluded]]
        if not named:
            where = join([self.words.setting(f) for f in matches])
            return self.not_said(f"whom {subject} met {where}".rstrip(), matches)
        matches = named
        if len(matches) == 1 and not either:
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
        for fact in matches:
            names = [n for n in fact.participants if n != subject and n not in ask.excluded]
            if subject not in fact.participants:
                names = list(fact.participants)
            if either:  # "which European leaders": only those from Europe
                names = [n for n in names
                         if any(e in index.lineage(n) for e in either)] or names
            if q.roles and any(self._holds(n, f, q.roles) for f in matches
                               for n in f.participants
                               if not either or any(e in index.lineage(n) for e in either)):
                # "which prime ministers": only those holding the role
                names = [n for n in names if self._holds(n, fact, q.roles)]
                if not names:
                    continue
            items += [self.words.label(n) for n in names]
            where = self.words.setting(fact)
            when = fact.time_phrase or ""
            detail = ", ".join(p for p in (where, when) if p)
            lines.append(f"• {self.words.people(names, label=True, role=fact.counterpart)}"
                         + (f" — {detail}" if detail else ""))
        text = f"{subject} {verb}{scope}:\n" + "\n".join(lines)
        return Reply(text, matches, items=tuple(items))

    @staticmethod
    def _counterparts(fact: Fact, ask: Ask) -> bool:
        """Does the fact name someone besides the subject (so it belongs in a who-list)?"""
        return bool(set(fact.participants) - ask.principal - ask.excluded)

    def _holds(self, name: str, fact: Fact, roles: tuple[str, ...]) -> bool:
        """Does `name` (a person, or a country's representative in `fact`) hold a role?"""
        entity = self.entities.get(name)
        if entity is not None and entity.kind == "country":
            held = fact.counterpart or ""
        else:
            held = (entity.role or "") if entity is not None else ""
        return any(r in held.casefold() for r in roles)

    def where(self, ask: Ask) -> Reply | None:
        q = ask.q
        if q.sequence and (nxt := self._next(ask)):
            return nxt
        events = [e for e in ask.others if self.kind_of(e) == "event"]
        if events and not any(self.kind_of(e) in ("person", "country") for e in ask.others):
            return self._event(events[0], "where")
        spots = [e for e in ask.others if self.kind_of(e) == "place"]
        if spots and len(spots) == len(ask.others):
            return self._located(spots[0])
        contacts = self.pool(CONTACT_KINDS + FUTURE_KINDS)
        if ask.asks_principal:  # "where did Ana meet Li": her meetings, not Ben's
            contacts = tuple(i for i in contacts if ask.principal & set(i.fact.participants))
        contacts = self.focused(ask, contacts) or contacts
        found = self.top(ask, contacts, lambda i: 1.0 if i.fact.places or i.fact.occasion
                         else 0.0, spread=1.0, minimum=2.0)
        if not found:
            return None
        facts = [item.fact for _, item in found]
        if q.times and not any(self._fits(f, q.times) for f in facts):
            return self.not_said(f"where that was {join(list(q.times))}", facts[:1])
        text = "; ".join(self.words.lead(f) or f.summary for f in facts)
        return Reply(capital(text) + ".", facts, score=found[0][0],
                     focus=tuple(p for f in facts for p in f.places))

    def when(self, ask: Ask) -> Reply | None:
        events = [e for e in ask.others if self.kind_of(e) == "event"]
        if events and not any(self.kind_of(e) in ("person", "country") for e in ask.others):
            return self._event(events[0], "when")
        found = self.top(ask, self.focused(ask),
                         bonus=lambda i: 1.5 if self.time_of(i.fact)[0] else -1.0,
                         spread=0.5, minimum=1.5)
        if not found:
            return None
        first = found[0][1].fact
        if ask.q.future and not ask.q.past and first.kind not in FUTURE_KINDS \
                and first.kind != "background":
            return self.not_said("when that will be", [first])
        if self.strange(ask.q) and not self.hits(found[0][1], ask.q):
            return self.not_said("when that was", [first])  # "when was she born"
        # the fact most about what was asked decides; an undated one is not swapped for
        # another that merely has a date
        plain = self.top(ask, self.focused(ask), minimum=1.5, most=1)
        if plain and not self.time_of(plain[0][1].fact)[0] and plain[0][0] > found[0][0] - 1.5:
            return self.not_said("when that was", [plain[0][1].fact])
        parts, facts = [], []
        for _, item in found:
            fact = item.fact
            when, source = self.time_of(fact)
            lead = self.words.lead(fact)
            facts += [fact] + ([source] if source else [])
            if when is None:
                continue
            if lead:
                extra = f", {fact.count}" if fact.count and not fact.time_phrase else ""
                parts.append(f"{lead} {when}{extra}")
            elif squeeze(when) in squeeze(fact.summary):
                parts.append(fact.summary.rstrip("."))
            else:
                parts.append(f"{capital(when)}: {fact.summary.rstrip('.')}")
        if not parts:
            return self.not_said("when that was", facts)
        return Reply(capital("; ".join(parts)) + ".", facts, score=found[0][0])

    def why(self, ask: Ask) -> Reply | None:
        found = self.top(ask, self.focused(ask), bonus=lambda i: 1.0 if i.fact.why else 0.0)
        if not found:
            return None
        fact = found[0][1].fact
        if not fact.why and (reason := self.reason(fact)) is not None:
            return reason  # the quote, or the sentence after it, says why
        if not fact.why and not (ask.q.distinctive and self.hits(found[0][1], ask.q)):
            return self.not_said("why", [fact])
        text = fact.summary
        if not fact.why:
            return Reply(text, [fact], score=found[0][0])
        said = set(tokens(text.casefold()))
        why = tokens(fact.why.casefold())
        if sum(w in said for w in why) < 0.7 * len(why):  # the summary says it already
            text += f" ({fact.why})"
        return Reply(text, [fact], score=found[0][0])

    def reason(self, fact: Fact) -> Reply | None:
        """A fact without a curated `why` whose own quote, or the sentence right after it,
        states a reason ("... warned that", "because", "as part of"): that is the answer."""
        last = fact.quotes[-1]
        sentences = self.snapshot.sentences_by_paragraph.get((last.document, last.paragraph),
                                                             [])
        key = squeeze(last.quote)
        at = next((i for i, t in enumerate(sentences) if key in squeeze(t)
                   or squeeze(t) in key), None)
        following = sentences[at + 1] if at is not None and at + 1 < len(sentences) else ""
        if self._gives_reason(" ".join(q.quote for q in fact.quotes)):
            return Reply(fact.summary, [fact])
        if following and at is not None and self._gives_reason(following):
            extra = passage(f"{last.document}-{last.paragraph}-{at + 1}", last.document,
                            last.paragraph, following)
            return Reply(f"{fact.summary} {following}", [fact, extra])
        return None

    def _gives_reason(self, text: str) -> bool:
        words = tuple(tokens(text.casefold()))
        return any(words[i:i + len(p)] == p for p in self.reason_words
                   for i in range(len(words)))

    def topics(self, ask: Ask) -> Reply | None:
        found = self.top(ask, self.focused(ask),
                         bonus=lambda i: 0.75 if i.fact.topics else 0.0)
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
        q = ask.q
        numbered = tuple(i for i in self.index.facts if i.fact.count)
        found = self.top(ask, numbered, minimum=1.0)
        places, people, either = self._filters(ask)
        filtered = bool(places or people or either)
        # "how many tourists": only a number that counts tourists answers it
        nouns = self._counted(q)
        occasions = term_stems(q.counted) & self.occasion_stems
        if not nouns and occasions and not filtered:
            nouns = occasions  # "how many meetings did she have": the number of them
        if occasions and filtered and (not nouns or nouns <= self.occasion_stems):
            return self._counted_list(ask, "time")  # "how many times did she meet Ben"
        if nouns:
            def counts(i: IndexedFact) -> int:
                stated = term_stems(tokens(i.fact.count or ""))
                return 2 * len(nouns & stated) + len(nouns & i.strong) \
                    if i.fact.kind == "number" else len(nouns & stated)
            scored = dict((i.fact.id, s) for s, i in found)
            # what is counted decides; the question's other words only rank the candidates
            found = sorted(((scored.get(i.fact.id, 0.0) + 3.0 * n, i) for i in numbered
                            if (n := counts(i))), key=lambda r: -r[0])
            if not found:
                related = [item.fact for _, item in self.top(ask, minimum=1.0, most=1)]
                what = " ".join(q.counted)
                return self.not_said(f"how many {what}", related) if related else None
        if found and not nouns and q.distinct_stems \
                and not q.distinct_stems & (found[0][1].strong | found[0][1].weak):
            # "how much is the plant costing": no number the article gives counts that
            return self.not_said("that", [found[0][1].fact])
        # "how many (leaders) did he meet at the summit": count the contacts asked for
        listing_asked = filtered and q.counting and not nouns
        if found and not listing_asked and (found[0][0] >= 2.0 or not filtered):
            fact = found[0][1].fact
            return Reply(fact.summary, [fact], score=found[0][0])
        return self._counted_list(ask, "counterpart") if filtered else None

    def _counted_list(self, ask: Ask, noun: str) -> Reply | None:
        """The who-list, headed by its count: of meetings ("time") or of people met."""
        listing = self.who(ask)
        if listing is None or not listing.answered:
            return listing
        n = len(listing.facts) if noun == "time" else len(listing.items)
        head = f"{n} {noun}{'s' if n != 1 else ''}, by the article's count:"
        return Reply(head + "\n" + listing.text.split(":\n", 1)[-1], listing.facts,
                     items=listing.items)

    def journey(self, people: frozenset[str], kinds: tuple[str, ...] = CONTACT_KINDS
                ) -> list[Fact]:
        """The contacts `people` took part in, in the order they happened as far as the
        facts tell: the curator's order, each chain of `follows` kept together in order."""
        out: list[Fact] = []
        placed: set[str] = set()
        for item in self.pool(kinds):
            for step in self.chain(item.fact.id):
                fact = self.index.by_id[step].fact
                if step not in placed and fact.kind in kinds \
                        and people & set(fact.participants):
                    placed.add(step)
                    out.append(fact)
        return out

    def chain(self, fact_id: str) -> list[str]:
        """The whole trip a fact is a step of, first step first (just the fact if none)."""
        root, seen = fact_id, {fact_id}
        while (up := self.index.by_id[root].fact.follows) in self.index.by_id and up not in seen:
            root = up
            seen.add(up)
        out = [root]
        while (nxt := self.index.followers.get(out[-1])) and nxt[0] not in out:
            out.append(nxt[0])
        return out

    def step(self, ask: Ask) -> Reply | None:
        """'Where did she go first?', 'who did he meet last?': the first or last contact
        of the journeys of whoever the question is about."""
        people = frozenset(e for e in ask.others if self.kind_of(e) == "person") \
            or ask.principal
        steps = [f for f in self.journey(people, ("visit", "met")) if f.places or f.occasion]
        chains = [c for c in (self.chain(f.id) for f in steps) if len(c) > 1]
        longest = max(chains, key=len, default=[])
        if 2 * len(longest) >= len(steps):  # one tour told step by step: its stops decide
            steps = [self.index.by_id[i].fact for i in longest]
        if not steps:
            return None
        fact = steps[0] if ask.q.first else steps[-1]
        lead = self.words.lead(fact) or fact.summary
        return Reply(f"{'First' if ask.q.first else 'Last'}: {lead.rstrip('.')}.", [fact],
                     focus=(*fact.places, *fact.who), subjects=(*fact.places, *fact.who))

    def step_checked(self, ask: Ask) -> Reply | None:
        """'She started off in Zenda, right?': the first (or last) stop, and a verdict."""
        reply = self.step(ask)
        if reply is None:
            return None
        fact = reply.facts[0]
        stops = {x for p in (*fact.places, *((fact.occasion,) if fact.occasion else ()))
                 for x in self.index.lineage(p)}
        right = all(p in stops for p in ask.placed)
        reply.text = ("Yes. " if right else "No. ") + reply.text
        return reply

    def trips(self, ask: Ask) -> Reply | None:
        # whose trips: a person the question names (not a counterpart), else the subject's
        named = frozenset(m.entity for m in ask.mentions if m.role == "plain"
                          and self.kind_of(m.entity) == "person")
        people = named or ask.principal
        home = {self.entities[p].country for p in people
                if p in self.entities and self.entities[p].country}
        trips = []
        for fact in self.journey(people, ("visit", "met", "hosted")):
            traveller = fact.subject if fact.kind != "hosted" else next(iter(fact.who), None)
            if traveller not in people:
                continue
            countries = {c for p in (*fact.places, *((fact.occasion,) if fact.occasion else ()))
                         for c in self.index.lineage(p) if self.kind_of(c) == "country"}
            if countries and not countries & home:
                trips.append((fact, sorted(countries)))
        if ask.others and not named:
            trips = [(f, c) for f, c in trips
                     if any(o in c or self.index.at(self.index.by_id[f.id], o)
                            or self.index.takes_part(self.index.by_id[f.id], o)
                            for o in ask.others)]
        if not trips:
            return None
        by_country: dict[str, list[Fact]] = {}
        for fact, lands in trips:
            for c in lands:
                by_country.setdefault(c, []).append(fact)
        lines = []
        for country, facts in by_country.items():
            cities = sorted({p for f in facts for p in f.places
                             if self.kind_of(p) not in ("country", "region")}
                            | {self.entities[f.occasion].place or "" for f in facts
                               if f.occasion} - {""})
            lines.append(country + (f" ({join(cities)})" if cities else ""))
        subject = next(iter(sorted(people)), "")
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
        """Check the premise against the facts: confirm it, or correct it with what the
        article does say (another place, another time, another number, not yet)."""
        q, index = ask.q, self.index
        actor = self._actor(ask)
        targets = tuple(t for t in ask.others if t != actor)
        placed = {m.entity for m in ask.mentions if m.role == "place"
                  and self.kind_of(m.entity) in PLACE_KINDS}
        if (wrong := self._event_premise(ask, targets, placed)) is not None:
            return wrong
        # a meeting or a trip: a contact verb, or someone placed somewhere ("was he in X")
        someone = bool(actor or ask.asks_principal)
        if not ((placed and someone) or any(w in self.contact_words for w in q.words)) or not (
                targets or actor):
            return self._checked(ask, self.what(ask))  # not about a meeting or a trip
        if (order := self._order(ask, actor)) is not None:
            return order
        asked = ("invitation",) if "invitation" in q.kinds else (
            FUTURE_KINDS if q.future else CONTACT_KINDS)
        other = CONTACT_KINDS if q.future else FUTURE_KINDS
        # "did Ben meet Li": two people named; otherwise the one acting (the
        # article's subject unless the question names another) must be among those who met
        pair = sum(self.kind_of(t) == "person" for t in targets) >= 2

        def involving(kinds: tuple[str, ...]) -> list[IndexedFact]:
            out = []
            for item in self.pool(kinds):
                fact = item.fact
                if not all(index.at(item, t) or (t not in placed and index.takes_part(item, t))
                           for t in targets):
                    continue
                if actor and actor not in ask.principal:
                    if not index.takes_part(item, actor):
                        continue
                elif not (pair or not ask.principal or ask.principal & set(fact.participants)
                          or fact.subject in targets):
                    continue
                out.append(item)
            return out

        hits = involving(asked)
        if hits:
            facts = [i.fact for i in hits][:3]
            if (conflict := self._conflict(q, facts[0])) is not None:
                return conflict
            if q.unknown_names:  # "did they meet in Ankara?": a place the article never names
                return Reply(f"No: the article does not mention {join(list(q.unknown_names))}. "
                             + facts[0].summary, facts[:1])
            body = " ".join(f.summary for f in facts)
            if q.future:
                opener = "Likely." if all(f.kind == "expected" for f in facts) else \
                    "Not confirmed, but:"
            else:
                opener = "Yes." if q.understood and not q.times and not q.numbers else \
                    "According to the article:"
            return Reply(f"{opener} {body}", facts)
        later = involving(other)
        if later:
            facts = [i.fact for i in later][:2]
            lead = "Not yet, according to the article." if not q.future else \
                "Not as a plan, but:"
            return Reply(f"{lead} " + " ".join(f.summary for f in facts), facts)
        # what the article does say about them, the actor's own contacts first
        # the people named say more than the place ("did she meet Li in Zenda": where
        # she did meet Li), and the actor's own contacts come first
        persons = tuple(t for t in (*targets, actor) if t and self.kind_of(t) == "person")
        named = persons or tuple(t for t in (*targets, actor) if t)
        about = [item for _, item in self.ranked(ask)
                 if self.index.relevance(item, named, frozenset(), ask.home) >= 2.0]
        who = actor or next(iter(sorted(ask.principal)), "")
        related = sorted(about, key=lambda i: who not in i.fact.participants)[:1]
        if not related:
            return None
        people = [t for t in targets if t not in placed and not any(
            self.entities[p].country == t for p in targets if self.kind_of(p) == "person")]
        doing = join([*(f"going to {p}" for p in targets if p in placed),
                      *([f"meeting {self.words.people(people)}"] if people else [])])
        fact = related[0].fact
        return Reply(f"No: the article does not report {who} {doing}. {fact.summary}", [fact])

    def _actor(self, ask: Ask) -> str | None:
        """Who the question says acted: a person named before the verb ("did Xi visit")."""
        q = ask.q
        verbs = [i for i, w in enumerate(q.words) if w in self.contact_words]
        first_verb = min(verbs) if verbs else len(q.words)
        for m in ask.mentions:
            if 0 <= m.start < first_verb and self.kind_of(m.entity) == "person" \
                    and m.role != "excluded":
                return None if m.entity in ask.principal else m.entity
        return None

    def _conflict(self, q: Parsed, fact: Fact) -> Reply | None:
        """A time or a number in the question that the fact contradicts: 'No', and the fact."""
        when = self.time_of(fact)[0]
        if q.times and when and not any(t in when.casefold() for t in q.times):
            lead = self.words.lead(fact)
            # the summary, when it has the time, says the rest too ("first in 24 years")
            text = fact.summary if squeeze(when) in squeeze(fact.summary) or not lead \
                else f"{capital(lead)} {when}."
            return Reply(f"No. {text}", [fact])
        stated = numbers_in(" ".join((fact.count or "", fact.summary)))
        if q.numbers and stated and not set(q.numbers) & stated:
            return Reply(f"No. {fact.summary}", [fact])
        return None

    def _checked(self, ask: Ask, reply: Reply | None) -> Reply | None:
        """A yes/no question that is not about a contact: the best fact, checked. It is a
        Yes only when the fact has everything the question claims; a claim it lacks is
        not confirmed ("did she accept the invitation?" of an invitation)."""
        if (wrong := self._identity(ask) or self._misplaced(ask)) is not None:
            return wrong
        if reply is None or not reply.answered or not reply.facts:
            return reply
        fact = reply.facts[0]
        if (conflict := self._conflict(ask.q, fact)) is not None:
            return conflict
        item = self.index.by_id.get(fact.id)
        missing = ask.q.distinct_stems - (item.strong | item.weak) if item else frozenset()
        if not missing:  # every word of the claim is the fact's: a plain Yes
            reply.text = "Yes. " + reply.text
        return reply

    def _identity(self, ask: Ask) -> Reply | None:
        """'Ben is Ruritania's foreign minister, right?': a person's country as the
        gazetteer has it. A claim of another country is corrected."""
        q = ask.q
        if any(w in self.contact_words for w in q.words):
            return None
        people = [e for e in ask.others if self.kind_of(e) == "person"]
        countries = [m.entity for m in ask.mentions if self.kind_of(m.entity) == "country"
                     and m.role != "place"]
        if len(people) != 1 or not countries:
            return None
        person = self.entities[people[0]]
        if not person.country or person.country in countries or not person.role:
            return None
        facts = [i.fact for i in self.index.facts if person.name in i.fact.participants
                 or person.name in i.about]
        if not facts:
            return None
        return Reply(f"No: {person.name} is {person.role}. {facts[0].summary}", facts[:1],
                     focus=(person.name,))

    def _misplaced(self, ask: Ask) -> Reply | None:
        """'She gave Freedonia 40 million?' when the 40 million went to Ruritania: the fact that has
        the question's words names another place or person, so the premise is wrong."""
        q = ask.q
        named = [e for e in ask.others if self.kind_of(e) in ("country", "city", "person")]
        if len(named) != 1 or len(q.distinct_stems) < 2:
            return None
        best = max(self.index.facts, default=None,
                   key=lambda i: len(q.distinct_stems & (i.strong | i.weak)))
        if best is None or len(q.distinct_stems & (best.strong | best.weak)) \
                < max(2, len(q.distinct_stems) - 1):
            return None
        if self.index.relevance(best, (named[0],), frozenset(), ask.home) > 0:
            return None  # the fact does name it: no wrong premise here
        kind = self.kind_of(named[0])
        kinds = ("country", "city") if kind != "person" else ("person",)
        if not any(self.kind_of(e) in kinds for e in (*best.fact.places, *best.fact.who,
                                                       *best.fact.about)):
            return None
        return Reply(f"No. {best.fact.summary}", [best.fact])

    def _event_premise(self, ask: Ask, targets: tuple[str, ...], placed: set[str]
                       ) -> Reply | None:
        """'Was the trade summit in Zenda?' / '...in September?': the event's own place and
        time answer it."""
        events = [t for t in targets if self.kind_of(t) == "event"]
        if not events:
            return None
        event = self.entities[events[0]]
        facts = [i.fact for i in self.index.facts if i.fact.occasion == event.name]
        if not facts:
            return None
        future = all(f.kind in FUTURE_KINDS for f in facts)
        spots = placed - {event.name}
        when = next((f.time_phrase for f in facts if f.time_phrase), None)
        if spots and event.place and not spots <= self.index.lineage(event.place):
            verb = "will be" if future else "was"
            # "in Zenda in May?": the time is corrected with the place
            at = f" {when}" if when and ask.q.times else ""
            return Reply(f"No. The {event.name} {verb} held in "
                         f"{self.words.place(event.place)}{at}.", facts[:2],
                         focus=(event.place,))
        if ask.q.times and when and not any(t in when.casefold() for t in ask.q.times):
            dated = [f for f in facts if f.time_phrase]
            return Reply(f"No. The {event.name} {'is' if future else 'was'} {when}.", dated[:1])
        return None

    def order(self, ask: Ask) -> Reply | None:
        """'Did she do Zenda or Strelsau first?', 'who came first, A or B?': which of the
        two things either side of "or" came first, from the journeys' order or the facts'
        own dates; the other names in the question narrow the facts ("to Zenda")."""
        q = ask.q
        at = q.words.index("or")
        mentions = [m for m in ask.mentions if m.role != "excluded"
                    and m.entity not in ask.principal]
        before = [m for m in mentions if m.end <= at]
        after = [m for m in mentions if m.start > at]
        if not before or not after or before[-1].entity == after[0].entity:
            return None
        things = [before[-1].entity, after[0].entity]
        rest = tuple(m.entity for m in mentions if m.entity not in things)
        facts = [self._first_with(t, rest, ask.principal) for t in things]
        one, other = facts
        if one is None or other is None or one is other:
            return None
        rank = self._sequence(one, other)
        if rank is None:  # the article dates them, but not so they can be compared
            return Reply(f"{one.summary} {other.summary}", [one, other], focus=tuple(things))
        (a, first), (b, then) = ((things[0], one), (things[1], other)) if rank else \
            ((things[1], other), (things[0], one))
        text = f"{b} came later, after {a}." if q.last and not q.first else \
            f"{a} came before {b}."
        return Reply(f"{text} {first.summary} {then.summary}", [first, then], focus=(a, b))

    def _first_with(self, name: str, rest: tuple[str, ...], people: frozenset[str]
                    ) -> Fact | None:
        """The first fact (the subject's journeys first) with `name` and the other names."""
        for pool in (self.journey(people, CONTACT_KINDS + FUTURE_KINDS),
                     [i.fact for i in self.index.facts]):
            for fact in pool:
                item = self.index.by_id[fact.id]
                if all(self.index.at(item, n) or self.index.takes_part(item, n)
                       or fact.occasion == n for n in (name, *rest)):
                    return fact
        return None

    def _sequence(self, one: Fact, other: Fact) -> bool | None:
        """True when `one` came before `other`: by their journey's order, or by the month
        or relative time their own words give; None when the facts cannot tell."""
        chain = self.chain(one.id)
        if other.id in chain:
            return chain.index(one.id) < chain.index(other.id)
        ranks = [self._rank(f) for f in (one, other)]
        for kind in (1, 2):
            if all(r.get(kind) is not None for r in ranks) and ranks[0][kind] != ranks[1][kind]:
                return ranks[0][kind] < ranks[1][kind]
        return None

    def _rank(self, fact: Fact) -> dict[int, int]:
        phrase = (self.time_of(fact)[0] or "").casefold()
        out: dict[int, int] = {}
        month = next((i for i, m in enumerate(self.months) if m in phrase.split()), None)
        if month is not None:
            out[1] = month
        relative = next((i for i, r in enumerate(self.time_order) if r in phrase), None)
        if relative is not None:
            out[2] = relative
        return out

    def _order(self, ask: Ask, actor: str | None) -> Reply | None:
        """'Did she go to Zenda before Strelsau?': the facts' own sequence decides."""
        q = ask.q
        if not q.sequence:
            return None
        named = [m.entity for m in ask.mentions if m.entity != actor and m.role != "excluded"]
        if len(named) < 2:
            return None
        first, second = named[0], named[1]
        contacts = self.pool(CONTACT_KINDS)

        def of(name: str) -> list[IndexedFact]:
            return [i for i in contacts if self.index.at(i, name) or self.index.takes_part(
                i, name)]

        for a in of(first):
            for b in of(second):
                if a is b:
                    continue
                if b.fact.follows == a.fact.id:
                    actual = (first, second)
                    later = b.fact
                elif a.fact.follows == b.fact.id:
                    actual = (second, first)
                    later = a.fact
                else:
                    continue
                earlier = a.fact if later is b.fact else b.fact
                story = f"{earlier.summary} {later.summary}"
                if q.backwards and q.forwards:  # "before or after?": the story decides
                    return Reply(story, [earlier, later])
                claimed = (first, second) if q.backwards else (second, first)
                opener = "Yes." if claimed == actual else "No."
                return Reply(f"{opener} {story}", [earlier, later])
        return None

    def about(self, ask: Ask) -> Reply | None:
        if not ask.others:
            # the article's own subject (or their country): what the article says of them,
            # in the curator's order
            own = [m.entity for m in ask.mentions if m.entity in ask.principal | ask.home]
            if not own or ask.q.content:
                return None
            facts = [item.fact for item in self.index.facts
                     if item.fact.kind not in ("statement",) or own[0] in item.fact.participants]
            name = own[0]
        else:
            pool = self.focused(ask)
            if pool is None:
                return None
            found = self.top(ask, pool, minimum=1.0, spread=99, most=MAX_LINES * 2)
            if not found:
                return None
            facts = [item.fact for _, item in found]
            name = ask.others[0]
        lines = [f"• {f.summary}" for f in facts]
        entity = self.entities.get(name)
        head = name + (f", {entity.role}" if entity and entity.role else "") + ":"
        text = head + "\n" + "\n".join(lines)
        return Reply(text, facts, items=tuple(f.summary for f in facts))

    def enumerate(self, ask: Ask) -> Reply | None:
        """'Which ones?' after a number: the trips it counted, or the contacts."""
        counted = [self.index.by_id[f] for f in ask.prefer
                   if f in self.index.by_id and self.index.by_id[f].fact.kind == "number"]
        trips = any(item.strong & self.visit_words for item in counted)
        return self.trips(ask) if trips else self.who(ask)

    def overview(self, ask: Ask) -> Reply | None:
        """'What is the article about?': its first facts, as the curator ordered them."""
        facts = [item.fact for item in self.index.facts][:3]
        if not facts:
            return None
        return Reply(" ".join(f.summary for f in facts), facts,
                     items=tuple(item.fact.summary for item in self.index.facts))

    def what(self, ask: Ask) -> Reply | None:
        q = ask.q
        named = tuple(e for e in ask.others if e not in ask.home)
        pool = self.focused(ask)  # a fact about what the question names, where there is one
        found = self.top(ask, pool, minimum=1.0, spread=0.0, most=2)
        if not found:
            return None
        facts = [item.fact for _, item in found]
        if q.distinctive and named and not self.hits(found[0][1], q):
            # a fact about the same subject that has the question's words, if there is one
            better = [item for _, item in self.ranked(ask, pool) if self.hits(item, q)]
            if better:
                facts = [better[0].fact]
            elif any(self.hits(item, q) >= len(q.distinctive) for item in self.index.facts):
                # "what deals did she sign with Zenda": deals exist, not with Zenda
                return self.not_said("that", facts[:1])
        if q.past and not q.future and facts[0].kind == "expected":
            return self.not_said("that: it is still ahead", facts[:1])
        said = self.index.by_id.get(facts[0].id)
        people = [e for e in ask.others if self.kind_of(e) == "person"]
        if "statement" in q.kinds and len(people) >= 2 and said is not None \
                and facts[0].kind not in ("statement", "background") \
                and not (said.strong | said.weak) & self.said_stems and not self.hits(said, q):
            # "what did Ben tell Ana": their meeting is recorded, not what was said at it
            return self.not_said("what was said", facts[:1])
        return Reply(" ".join(f.summary for f in facts), facts, score=found[0][0])

    # --- helpers ----------------------------------------------------------------------------

    def _counted(self, q: Parsed) -> frozenset[str]:
        """Stems of what 'how many ...' counts; none when it counts leaders or meetings."""
        counted = q.counted
        if any(w in self.leader_words or (w in self.contact_words and w not in self.nouns)
               for w in counted):
            return frozenset()
        return term_stems(counted)

    def _kinds(self, q: Parsed) -> tuple[str, ...]:
        asked = tuple(k for k in q.kinds if k in CONTACT_KINDS + FUTURE_KINDS)
        if "invitation" in asked:  # "who invited her back": the invitations, past or not
            return ("invitation",)
        if q.future:
            return tuple(k for k in asked if k in FUTURE_KINDS) or FUTURE_KINDS
        return tuple(k for k in asked if k in CONTACT_KINDS) or CONTACT_KINDS

    def _filters(self, ask: Ask) -> tuple[list[str], list[str], list[str]]:
        """(places it must be at, who must take part, either) for the entities asked."""
        places, people, either = [], [], []
        seen = set()
        for m in ask.mentions:
            name = m.entity
            if name in ask.principal or name in seen or m.role == "excluded":
                continue
            seen.add(name)
            kind = self.kind_of(name)
            if kind in ("event", "city", "place"):
                places.append(name)
            elif kind == "person":
                people.append(name)
            elif name in ask.home and m.role != "place":
                continue  # "hosted at home" aside, the subject's own country filters nothing
            elif kind in ("region", "organisation", "group") or (
                    kind == "country" and m.role == "plain"):
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
        regions = [e for e in either if self.kind_of(e) == "region"]
        if regions:
            parts.append(f"leaders from {join(regions)}")
        if groups := [e for e in either if self.kind_of(e) in ("organisation", "group")]:
            parts.append(f"at {join(groups)}")
        if countries := [e for e in either if e not in regions and e not in groups]:
            parts.append(f"leaders from or in {join(countries)}")
        if times:
            parts.append(join(list(times)))
        return (" " + " ".join(parts)) if parts else ""

    def _next(self, ask: Ask) -> Reply | None:
        """The step after (or, asked with "before", the step before) the contact named."""
        ranked = self.ranked(ask, self.focused(ask, self.pool(CONTACT_KINDS)))
        # only the contacts the question is about: never a follower of some other trip
        anchors = [item for score, item in ranked if score >= ranked[0][0] - 0.5] if ranked \
            else []
        for anchor in anchors[:4]:
            if ask.q.backwards:
                steps = [anchor.fact.follows] if anchor.fact.follows else []
            else:
                steps = self.index.followers.get(anchor.fact.id, [])
            for step in steps:
                fact = self.index.by_id[step].fact
                # going on: "and after that?" continues from the step just told; looking
                # back, the point of reference stays where it was
                ref = anchor.fact if ask.q.backwards else fact
                facts = [fact, anchor.fact] if not ask.q.backwards else [anchor.fact, fact]
                return Reply(fact.summary, facts, focus=tuple(fact.places),
                             subjects=(*ref.places, *ref.who))
        return None

    def _fits(self, fact: Fact, times: tuple[str, ...]) -> bool:
        when = (self.time_of(fact)[0] or "").casefold()
        return any(t in when for t in times)

    def _located(self, name: str) -> Reply | None:
        """'The Zenda power plant is in Ruritania', cited from a fact that names it."""
        entity = self.entities[name]
        if not entity.country:
            return None
        facts = [i.fact for i in self.index.facts if name in i.about or name in i.places]
        if not facts:
            return None
        return Reply(f"The {name} is in {entity.country}.", facts[:1],
                     focus=(entity.country,))

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
