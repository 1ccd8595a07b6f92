"""How many: a number the article states, or the contacts counted."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from bot.engine.compose import PLACE_KINDS, Ask, Composer, Reply, numbers_in, states_number
from bot.engine.facts import IndexedFact
from bot.engine.kinds import register
from bot.engine.kinds.who import who
from bot.engine.parse import Parsed, find, number
from bot.engine.phrases import join
from bot.engine.text import stem, term_stems, text_stems, tokens


@register("count")
def count(c: Composer, ask: Ask) -> Reply | None:
    q = ask.q
    if any(find(q.words, p) >= 0 for p in c.vocab.span_questions):
        return _span(c, ask)
    if any(find(q.words, p) >= 0 for p in c.vocab.distance_questions):
        return _distance(c, ask)
    if (share := _share(c, ask)) is not None:
        return share
    numbered = tuple(i for i in c.index.facts if i.fact.count)
    found = c.top(ask, numbered, minimum=1.0)
    best = c.top(ask, minimum=1.0, most=1)
    money = any(w in c.vocab.money_words or w in c.vocab.currency_words for w in q.words)
    if money and best and not best[0][1].fact.count \
            and not states_number(best[0][1].fact.summary) \
            and c.hits(best[0][1], q) >= 2 \
            and (not found or c.hits(best[0][1], q) > c.hits(found[0][1], q)):
        # "how much does she spend on embassies?" of critics saying too little, with no
        # sum: the figure is not given (never another sum, an aid pledge's)
        return c.not_said("the figure", [best[0][1].fact])
    places, people, either = c.filters(ask)
    # "how many tourists": only a number that counts tourists answers it ("member
    # countries" are counted by a "27-nation bloc": the nouns of one kind are one)
    nouns = _counted(c, q)
    kinds = {c.vocab.entity_nouns[n] for n in nouns if n in c.vocab.entity_nouns}
    akin = {n for n, k in c.vocab.entity_nouns.items() if k in kinds} - nouns
    # "how many leaders has he hosted": hosting narrows the meetings counted
    people_counted = any(w in c.vocab.leader_words or w in c.vocab.party_nouns
                         for w in q.counted) \
        and not any(w in c.vocab.contact_words for w in q.counted)
    filtered = bool(places or people or either or ("hosted" in q.kinds and people_counted))
    occasions = term_stems(q.counted) & c.vocab.occasion_stems
    if not nouns and occasions and not filtered:
        nouns = occasions  # "how many meetings did she have": the number of them
    met = any(w in c.vocab.contact_words for w in q.words if w not in q.counted)
    meetings = c.vocab.occasion_stems - occasions
    if occasions and not filtered and nouns <= occasions \
            and meetings & {stem(w) for w in q.words}:
        # "how many times has she met leaders": her meetings, counted ("the first time
        # since …" counts no meetings)
        nouns = meetings
    if met and q.counted and not filtered and not occasions and all(
            w in c.vocab.party_nouns and w not in c.vocab.place_nouns for w in q.counted) \
            and not _counted_act(c, ask):
        # "how many people did she meet": her meetings, not a figure that counts people
        nouns = c.vocab.occasion_stems
    if occasions and filtered and (not nouns or nouns <= c.vocab.occasion_stems):
        return _counted_list(c, ask, "time")  # "how many times did she meet Ben"
    if q.counted and (untold := _uncounted(c, ask, numbered) or _among(c, ask, found)):
        return untold
    if nouns:
        units = term_stems(tuple(c.vocab.time_units))

        def counts(i: IndexedFact) -> int:
            stated = text_stems(i.fact.count or "")
            if stated & units and not nouns & units:
                return 0  # ("how many trips?" of "a 12-day tour": a span counts no trips)
            if q.counting and not nouns & stated and not any(
                    w in c.vocab.money_words for w in q.counted) \
                    and set(tokens((i.fact.count or "").casefold())) & c.vocab.currency_words:
                return 0  # ("how many schools?" of "40 million euros … for schools": a sum)
            # (the noun asked for counts twice what a noun of its kind does)
            return 4 * len(nouns & stated) + 2 * len(nouns & i.strong) + len(akin & stated) \
                if i.fact.kind == "number" else 2 * len(nouns & stated) + len(akin & stated)
        scored = dict((i.fact.id, s) for s, i in found)
        # what is counted decides; the question's other words only rank the candidates
        found = sorted(((scored.get(i.fact.id, 0.0) + 3.0 * n, i) for i in numbered
                        if (n := counts(i))), key=lambda r: -r[0])
        # ("first time in how many years?" of Zenda: a figure of what is named first)
        asked = c.named(ask)
        typed = {m.entity for m in ask.mentions if m.start >= 0}  # (not one carried over)
        held = [n for n in asked if nouns & units and n in typed
                and c.kind_of(n) in ("city", "country")]
        found = [r for r in found if all(n in r[1].places for n in held)] if held else \
            [r for r in found if any(c.index.relevance(r[1], (n,), frozenset(), ask.home)
                                     >= 1.5 for n in asked)] or found
        # ("how many days was she in Zenda?": a stay there, not a span Zenda is named in)
        top = found[0][1] if found else None
        if (named := _named_figure(c, ask, numbered, top)) is not None:
            return named
        if (top is None or not nouns & text_stems(top.fact.count or "")) \
                and (listed := _of_kind(c, ask, nouns, top)) is not None:
            return listed  # "how many regions do his meetings cover": those the fact names
        if not found and filtered and all(w in c.vocab.party_nouns for w in q.counted) \
                and (listed := _counted_list(c, ask, "counterpart")) is not None \
                and listed.answered and listed.items:
            return listed  # "how many countries' leaders at the summit": those listed
        if not found:
            related = [item.fact for _, item in c.top(ask, minimum=1.0, most=1)]
            return c.not_said(_how_many(c, q.counted), related) if related else None
    # "how many (leaders) did he meet at the summit": count the contacts asked for
    listing_asked = filtered and q.counting and not nouns
    if found and not nouns and q.distinct_stems \
            and not q.distinct_stems & (found[0][1].strong | found[0][1].weak):
        # "how much is the plant costing": no number the article gives counts that
        if listing_asked and (listed := _counted_list(c, ask, "counterpart")) is not None:
            return listed  # "how many ministers did she meet at the forum meeting"
        if q.counting and people_counted and met \
                and (listed := _counted_list(c, ask, "counterpart")) is not None \
                and listed.answered and any(
                    q.distinct_stems & (c.index.by_id[f.id].strong | c.index.by_id[f.id].weak)
                    for f in listed.facts):
            return listed  # "how many ministers from the islands did she meet at the forum"
        return c.not_said("that", [found[0][1].fact])
    if found and not listing_asked and (found[0][0] >= 2.0 or not filtered):
        fact = found[0][1].fact
        if (elsewhere := _not_of_named(c, ask, found[0][1])) is not None:
            return elsewhere
        said = " ".join((fact.count or "", fact.summary))
        if not states_number(said):
            return c.not_said("that", [fact])  # "how much is a flight": no figure given
        if any(w in c.vocab.money_words for w in q.words) \
                and not set(tokens(said.casefold())) & c.vocab.currency_words:
            return c.not_said("how much", [fact])  # a figure, but not a sum of money
        return Reply(fact.summary, [fact], score=found[0][0])
    return _counted_list(c, ask, "counterpart") if filtered else None


def _counted_act(c: Composer, ask: Ask) -> bool:
    """'How many people can go each way?': the ones counted do the deed (an auxiliary,
    then the verb), not the subject ("how many people did she meet": hers)."""
    ws, named = ask.q.words, {m.start for m in ask.mentions}
    at = max((i for i, w in enumerate(ws) if w in ask.q.counted), default=-1)
    after = ws[at + 1:at + 3]
    return at >= 0 and len(after) == 2 and after[0] in c.vocab.openers \
        and after[1] not in c.vocab.subject_pronouns and at + 2 not in named \
        and after[1] not in c.vocab.determiners


def _not_of_named(c: Composer, ask: Ask, item: IndexedFact) -> Reply | None:
    """'How many people live in Zenda?' answered by a figure of something else, with
    nothing of Zenda in it: not said, citing what the article says of Zenda."""
    # (the subject's own country and its cities are no place asked about: "Strelsau's top
    # diplomat"; of the conversation, only the place pointed at: "this country", not
    # "despite that")
    there = any(find(ask.q.words, p) >= 0 for p in c.vocab.thither)
    # (nor is a region, the scope the question names: "her tour of Zendia lasted how long")
    named = [n for n in c.named(ask) if not c.index.lineage(n) & ask.home
             and c.kind_of(n) != "region" and any(
        m.entity == n and (m.start >= 0 or m.role == "place"
                           or (there and c.kind_of(n) in PLACE_KINDS)) for m in ask.mentions)]
    if not named or any(item.fact.id in c.index.touching(x)
                        for n in named for x in c.index.lineage(n)):
        return None
    own = c.focused(ask)
    related = [i.fact for i in own or () if i is not item][:1]
    return c.not_said(_how_many(c, ask.q.counted), related)


def _uncounted(c: Composer, ask: Ask, numbered: tuple[IndexedFact, ...]) -> Reply | None:
    """'How many staff work at the embassy?': what is counted (the first word after "how
    many") is in the facts, but no figure counts it: not said, citing where it is."""
    head = term_stems(ask.q.counted[:1])
    if not head or head & c.vocab.occasion_stems \
            or any(head & (text_stems(i.fact.count or "") | i.strong)
                   for i in numbered):
        return None
    told = [i.fact for i in c.index.facts if head & (i.strong | i.weak)]
    return c.not_said(_how_many(c, ask.q.counted[:1]), told[:1]) if told else None


def _among(c: Composer, ask: Ask, found: list[tuple[float, IndexedFact]]) -> Reply | None:
    """'How many business leaders did she meet?' of "more than 15 meetings with ministers
    and business leaders": the figure counts the meetings, the kind asked for is only
    among them; not said, citing it."""
    if not found:
        return None
    fact = found[0][1].fact
    counted = text_stems(fact.count or "")
    said = text_stems(fact.summary)
    # (the word right before the kind counted: "business leaders", not "meetings with")
    qualifiers = term_stems(tuple(w for w in ask.q.counted[-2:-1]
                                  if w not in c.vocab.party_nouns
                                  and w not in c.vocab.leader_words)) - c.vocab.occasion_stems
    head = ask.q.counted[-1] if ask.q.counted else ""
    if len(ask.q.counted) < 2 or not qualifiers or not counted \
            or not (head in c.vocab.party_nouns or head in c.vocab.leader_words) \
            or term_stems(ask.q.counted) & counted or not qualifiers <= said - counted \
            or not term_stems((head,)) <= said:
        return None
    return c.not_said(_how_many(c, ask.q.counted), [fact])


def _named_figure(c: Composer, ask: Ask, numbered: tuple[IndexedFact, ...],
                  top: IndexedFact | None) -> Reply | None:
    """'How many countries are in the Zendan Union?' of "the 27-nation Zendan Union": when
    the figure that counts the members asked for is about nothing the question names, the
    figure fused to a noun ("27-nation") in a fact about what it names."""
    named = [n for n in c.named(ask) if n not in ask.principal]

    def about(item: IndexedFact) -> bool:
        return all(c.index.relevance(item, (n,), frozenset(), ask.home) >= 1.5 for n in named)

    if not named or (top is not None and about(top)) \
            or not all(w in c.vocab.party_nouns for w in ask.q.counted):
        return None  # (only members are counted so: "how many days", no "27-nation")
    told = [i for i in numbered if about(i) and any(
        "-" in w and number(w.split("-")[0]) is not None for w in tokens(i.fact.count or ""))]
    if not told:
        return None
    best = max(told, key=lambda i: c.hits(i, ask.q))
    return Reply(best.fact.summary, [best.fact])


def _span(c: Composer, ask: Ask) -> Reply | None:
    """'How long was she away?', 'how long since his last visit?': a fact that gives a
    figure in units of time; else the article does not say how long."""
    elapsed = any(find(ask.q.words, p) >= 0 for p in c.vocab.elapsed_words)
    gap = any(w in c.vocab.gap_words for w in ask.q.words)  # "how long since his last?"
    if elapsed and (ask.q.roles or any(w in c.vocab.offices or w in c.vocab.attribute_nouns
                                       for w in ask.q.words)) \
            and (began := c.post_began(ask)) is not None:
        return Reply(began.summary, [began])  # "how long has she been in the job?": since

    def timed(item: IndexedFact) -> bool:
        said = " ".join((item.fact.count or "", item.fact.summary))
        return states_number(said) and bool(_word_parts(said) & c.vocab.time_units) \
            and (elapsed or gap or not _gap(c, said))  # ("six-year")

    # ("how long was Ben in Zenda": Ben's facts there, or none; "her Asia trip" is hers)
    named = [n for n in c.named(ask) if c.kind_of(n) != "region"]
    pool = tuple(i for i in c.index.facts if timed(i) and all(
        c.index.relevance(i, (n,), frozenset(), ask.home) >= 1.5 for n in named))
    def said_of(item: IndexedFact) -> float:  # "a six-year term" of "how long is his term"
        ws = list(tokens(item.fact.summary.casefold()))
        return 1.0 if any(stem(b) in ask.q.stems and set(a.split("-")) & c.vocab.time_units
                          for a, b in pairwise(ws)) else 0.0

    found = c.top(ask, pool, None if elapsed else said_of, minimum=0.5, most=1)
    if found:
        return Reply(found[0][1].fact.summary, [found[0][1].fact], score=found[0][0])
    related = [item.fact for _, item in c.top(ask, minimum=1.0, most=1)]
    return c.not_said("how long", related) if related else None


def _share(c: Composer, ask: Ask) -> Reply | None:
    """'How much of the 40 million goes to schools?': a part of the figure the question
    gives, when the fact that gives it tells no part of it (one figure, not split)."""
    q = ask.q
    phrase = next((p for p in c.vocab.share_questions if find(q.words, p) >= 0), None)
    if phrase is None or (len(phrase) > 1 and not q.numbers):
        return None  # ("got a breakdown?" of the figure just told names none)
    best = c.top(ask, minimum=1.0, most=1)
    if not best:
        return None
    fact = best[0][1].fact
    told = numbers_in(" ".join((fact.count or "", fact.summary)))
    if not set(q.numbers) <= told or len(told) != max(1, len(set(q.numbers))):
        return None  # (another figure of the fact may be the part asked)
    return c.not_said("how that is divided", [fact])


def _distance(c: Composer, ask: Ask) -> Reply | None:
    """'How far is Zenda from Strelsau?': a fact with a figure in units of distance; else
    the article does not say how far (what it says of the places follows)."""
    pool = tuple(i for i in c.index.facts if states_number(i.fact.summary)
                 and _word_parts(i.fact.summary.casefold()) & c.vocab.distance_units)
    found = c.top(ask, pool, minimum=0.5, most=1) if pool else []
    if found:
        return Reply(found[0][1].fact.summary, [found[0][1].fact], score=found[0][0])
    related = [item.fact for _, item in c.top(ask, minimum=1.0, most=1)]
    return c.not_said("how far", related)


@lru_cache(maxsize=4096)  # every fact's text, for each question of a span
def _word_parts(text: str) -> frozenset[str]:
    """The words of a text and the parts of its hyphenated ones ("six-year")."""
    return frozenset(part for w in tokens(text) for part in (w, *w.split("-")))


def _gap(c: Composer, said: str) -> bool:
    """'His first trip in 24 years': the span is the time since the last one, no answer
    to how long a stay lasted."""
    ws = list(tokens(said.casefold()))
    return any(c.rank(w) == 1 for w in ws) and any(
        w in c.vocab.time_units and ws[i - 2:i - 1] == ["in"] for i, w in enumerate(ws))


def _counted_list(c: Composer, ask: Ask, noun: str) -> Reply | None:
    """The who-list, headed by its count: of meetings ("time") or of people met."""
    listing = who(c, ask)
    if listing is None or not listing.answered:
        return listing
    if not listing.items:
        # one fact: the people it names, counted ("the leaders of A, B and C": three)
        named = [n for n in listing.facts[0].participants if n not in ask.principal] \
            if len(listing.facts) == 1 and noun != "time" else []
        if len(named) < 2:
            return None
        fact = listing.facts[0]
        head = f"{len(named)} {noun}s, by the article's count: " \
            f"{c.words.people(named, role=fact.counterpart)}."
        return Reply(f"{head}\n{fact.summary}", [fact])
    n = len(listing.facts) if noun == "time" else len(listing.items)
    head = f"{n} {noun}{'s' if n != 1 else ''}, by the article's count:"
    return Reply(head + "\n" + listing.text.split(":\n", 1)[-1], listing.facts,
                 items=listing.items)


def _of_kind(c: Composer, ask: Ask, nouns: frozenset[str], top: IndexedFact | None
             ) -> Reply | None:
    """'How many regions do his meetings cover?': the places of that kind (regions,
    countries, cities) one fact names, counted, when no figure the article gives counts
    them."""
    kinds = {c.vocab.entity_nouns[n] for n in nouns if n in c.vocab.entity_nouns}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    best = c.top(ask, minimum=1.0, most=1)
    for item in dict.fromkeys(i for i in (top, *(i for _, i in best)) if i is not None):
        fact = item.fact
        named = [e for e in dict.fromkeys((*fact.about, *fact.places, *fact.who))
                 if c.kind_of(e) == kind and e not in ask.home and e not in ask.principal]
        if len(named) >= 2:
            return Reply(f"{len(named)}, by the article's count: {join(named)}. "
                         f"{fact.summary}", [fact], items=tuple(named))
    if kind != "city" or not ask.principal \
            or not any(stem(w) in c.vocab.visit_words for w in ask.q.words):
        return None
    # "how many cities did she stop in": the cities her trips took her to (not countries:
    # a trip's country is often unnamed, "six foreign visits" counts them)
    home = {c.entities[p].country for p in ask.principal if p in c.entities}
    steps = [f for f in c.journey(ask.principal, ("visit", "met"))
             if f.subject in ask.principal]
    places = {p: f for f in steps for p in f.places
              if c.kind_of(p) == kind and p not in home and c.entities[p].country not in home}
    if len(places) < 2:
        return None
    facts = list(dict.fromkeys(places.values()))
    noun = next((w for w in ask.q.counted if c.vocab.entity_nouns.get(stem(w)) == kind), kind)
    return Reply(f"{len(places)} {noun} the article names: "
                 f"{join(list(places))}.", facts, items=tuple(places))


def _counted(c: Composer, q: Parsed) -> frozenset[str]:
    """Stems of what 'how many ...' counts; none when it counts leaders or meetings."""
    counted = q.counted
    if any(w in c.vocab.leader_nouns or (w in c.vocab.contact_words and w not in c.vocab.nouns)
           for w in counted):
        return frozenset()
    return term_stems(counted)


def _how_many(c: Composer, counted: tuple[str, ...]) -> str:
    """What the article does not say, in words: "how many staff", "how many embassies";
    a word no plural counts ("how many clean water", "how many ticket") is the figure."""
    head = counted[-1] if counted else ""
    plural = (head.endswith("s") and not head.endswith("ss")) \
        or head in c.vocab.unmarked_plurals
    return f"how many {' '.join(counted)}" if plural else "what that figure is"
