"""Order within a journey: the first or last stop, and which of two came first.

Not registered for intents: the engine picks these when a question asks about order
("first", "last", "A or B first?"), whatever its kind."""

from __future__ import annotations

from dataclasses import replace
from functools import cmp_to_key

from bot.engine.compose import PLACE_KINDS, Ask, Composer, Reply
from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS, IndexedFact
from bot.engine.phrases import capital
from bot.engine.text import fold, stem, term_stems, tokens
from bot.store.load import Fact


def order(c: Composer, ask: Ask) -> Reply | None:
    """'Did she do Zenda or Strelsau first?', 'who came first, A or B?': which of the
    two things either side of "or" came first, from the journeys' order or the facts'
    own dates; the other names in the question narrow the facts ("to Zenda")."""
    q = ask.q
    at = q.words.index("or")
    mentions = [m for m in ask.mentions if m.role != "excluded"
                and m.entity not in ask.principal]
    before = [m for m in mentions if m.end <= at]
    after = [m for m in mentions if m.start > at]
    both = {m.entity for m in before} & {m.entity for m in after}
    if both and (apart := ([m for m in before if m.entity not in both],
                           [m for m in after if m.entity not in both])) and all(apart):
        before, after = apart  # "Ana in Zenda or Ben in Zenda?": Ana or Ben, in Zenda
    if not before or not after or before[-1].entity == after[0].entity:
        return None
    things = [before[-1].entity, after[0].entity]
    rest = tuple(m.entity for m in mentions if m.entity not in things)
    # ("the Zenda summit or the Strelsau forum": the word after a name says which fact)
    nouns = [stem(w) if (w := q.words[m.end] if m.end < len(q.words) else "")
             and w not in c.vocab.stopwords and w != "or" else None
             for m in (before[-1], after[0])]
    # (all its words up to "or" weigh: "the Zenda leaders summit" is the summit's fact)
    described = [frozenset(stem(w) for w in q.words[m.end:end][:3] if w != "or"
                           and w not in c.vocab.stopwords)
                 for m, end in ((before[-1], at), (after[0], len(q.words)))]
    # (the other names narrow each side, where they can: "the Zenda summit or the forum in
    # Strelsau" places the forum only)
    facts = [_first_with(c, t, rest, ask.principal, n, d)
             or _first_with(c, t, (), ask.principal, n, d)
             for t, n, d in zip(things, nouns, described, strict=True)]
    one, other = facts
    if one is not None and one is other and (q.first or q.last):
        # "Zenda or Strelsau first?" of one sentence telling both: it gives no order
        return c.not_said("which came first", [one])
    if one is None or other is None or one is other:
        return None
    rank = sequence(c, one, other)
    if rank is None:  # the article dates them, but not so they can be compared
        return Reply(f"{one.summary} {other.summary}", [one, other], focus=tuple(things))
    # the things as the question calls them: "the Zenda summit", "the Strelsau forum"
    said = []
    for t, m, noun, fact in zip(things, (before[-1], after[0]), nouns, (one, other),
                                strict=True):
        item = c.index.by_id[fact.id]
        if c.kind_of(t) in ("person", "organisation", "region", "group") and fact.occasion:
            # "the Fiji leaders summit", "the BRICS summit": its event
            said.append(c.words.named(fact.occasion))
            continue
        told = noun in item.strong | item.weak or (
            noun in c.vocab.visit_words and fact.kind in CONTACT_KINDS)
        w = q.words[m.end] if noun and told else ""
        if any((w,) in ends for ends in c.vocab.ends):
            w = ""  # ("Zenda or Strelsau first?": "first" is the question, no noun)
        name = c.words.named(t)
        if w and w not in t.casefold():  # "the Zenda summit", "Ana's visit"
            name = f"{name}'s {w}" if c.kind_of(t) == "person" else f"the {name} {w}"
        said.append(name)
    (a, first), (b, then) = ((said[0], one), (said[1], other)) if rank else \
        ((said[1], other), (said[0], one))
    def verb(fact: Fact) -> str:  # (what is still ahead comes; what happened came)
        return "comes" if fact.kind in FUTURE_KINDS else "came"

    if q.backwards and q.forwards:
        # "Zenda: before or after Strelsau?": the thing asked of, in the question's terms
        text = capital(f"{said[0]} {verb(one)} {'before' if rank else 'after'} {said[1]}.")
    else:
        # ("which one's later, A or B?": the later one said first)
        later = (q.last or q.sequence) and not (q.first or q.backwards)
        text = capital(f"{b} {verb(then)} later, after {a}." if later
                       else f"{a} {verb(first)} before {b}.")
    # (a time told after another event is dated by it: that event's fact comes first)
    dated = [f for f in dict.fromkeys((anchor(c, first), anchor(c, then)))
             if f and f not in (first, then)]
    return Reply(" ".join((text, *(f.summary for f in (*dated, first, then)))),
                 [first, then], focus=(a, b), background=tuple(dated))



def more_met(c: Composer, ask: Ask) -> Reply | None:
    """'Who did he meet more often, A or B?', 'who had more meetings with him, A or B?':
    the meetings of each with the subject, counted, the one met more often said first.
    'Did he meet A more times than B?' is a claim: Yes or No comes first."""
    q = ask.q
    claimed = "or" not in q.words
    at = q.words.index("than" if claimed else "or")
    people = [m for m in ask.mentions if m.start >= 0 and m.entity not in ask.principal
              and c.kind_of(m.entity) == "person"]
    before = [m for m in people if m.end <= at]
    after = [m for m in people if m.start > at]
    if not before or not after or before[-1].entity == after[0].entity:
        return None
    counted = []
    for name in (before[-1].entity, after[0].entity):
        met = [i.fact for i in c.pool(CONTACT_KINDS) if c.index.takes_part(i, name)
               and (not ask.principal or ask.principal & set(i.fact.participants))]
        counted.append((len(met), name, met))
    more = counted[0][1]
    (n, one, facts), (k, two, others) = sorted(counted, key=lambda t: -t[0])
    if not n:
        return None
    lead = f"The same: {c.words.people([one])} and {c.words.people([two])}, {n} each." \
        if n == k else f"{c.words.people([one])} ({n}), then {c.words.people([two])} ({k})."
    if claimed:  # "A fewer times than B?" holds when A is the one met less
        fewer = any(w in c.vocab.fewer_words for w in q.words)
        held = n != k and (one == more) != fewer
        lead = f"{'Yes' if held else 'No'}. {lead}"
    shown = [*facts, *others]
    return Reply(lead + "\n" + "\n".join(f"• {f.summary}" for f in shown), shown,
                 focus=(one, two))


def _first_with(c: Composer, name: str, rest: tuple[str, ...], people: frozenset[str],
                noun: str | None = None, described: frozenset[str] = frozenset()
                ) -> Fact | None:
    """The first fact (the subject's journeys first) with `name` and the other names;
    of those, the one holding most of the words `described` ("the Zenda leaders summit"),
    else one holding `noun` if any does ("the Zenda summit")."""
    found: list[Fact] = []
    for pool in (c.journey(people, CONTACT_KINDS + FUTURE_KINDS),
                 [i.fact for i in c.index.facts]):
        for fact in pool:
            item = c.index.by_id[fact.id]
            if all(c.index.at(item, n) or c.index.takes_part(item, n)
                   or fact.occasion == n or n in item.about for n in (name, *rest)):
                found.append(fact)
    if not found:
        return None
    if described:
        def held(f: Fact) -> int:
            item = c.index.by_id[f.id]
            # ("Ana's visit": any trip or meeting of hers is a visit, whatever its words)
            trip = f.kind in CONTACT_KINDS and bool(described & c.vocab.visit_words)
            return len((described - c.vocab.visit_words) & (item.strong | item.weak)) + trip
        most = max(held(f) for f in found)
        if most:
            return next(f for f in found if held(f) == most)
    return next((f for f in found if noun is not None
                 and noun in c.index.by_id[f.id].strong | c.index.by_id[f.id].weak), found[0])


def sequence(c: Composer, one: Fact, other: Fact) -> bool | None:
    """True when `one` came before `other`: by their journey's order, or by the month
    or relative time their own words give; None when the facts cannot tell."""
    chain = c.chain(one.id)
    if other.id in chain:
        return chain.index(one.id) < chain.index(other.id)
    # what has happened comes before what is still ahead (a meeting "this month", a
    # summit "in October" expected)
    done = [f.kind in CONTACT_KINDS for f in (one, other)]
    ahead = [f.kind in FUTURE_KINDS and f.kind != "invitation" for f in (one, other)]
    if (done[0] and ahead[1]) or (ahead[0] and done[1]):
        return done[0]
    ranks = [_rank(c, f) for f in (one, other)]
    for kind in (1, 2):
        if all(r.get(kind) is not None for r in ranks) and ranks[0][kind] != ranks[1][kind]:
            return ranks[0][kind] < ranks[1][kind]
    # (both done: one in a month named, the other in the article's present, "this month":
    # the month named came first)
    present = [any(p in (c.time_of(f)[0] or "").casefold() for p in c.vocab.present_times)
               for f in (one, other)]
    if all(done) and ranks[0].get(1) is not None and present[1] and ranks[1].get(1) is None:
        return True
    if all(done) and ranks[1].get(1) is not None and present[0] and ranks[0].get(1) is None:
        return False
    return None


def _rank(c: Composer, fact: Fact, anchored: bool = True) -> dict[int, int]:
    phrase = (c.time_of(fact)[0] or "").casefold()
    out: dict[int, int] = {}
    month = next((i for i, m in enumerate(c.vocab.months) if m in phrase.split()), None)
    if month is None and anchored and (event := anchor(c, fact)) is not None:
        # "a week after being sworn in": in the month of the swearing-in
        month = _rank(c, event, anchored=False).get(1)
    if month is not None:
        out[1] = month
    relative = next((i for i, r in enumerate(c.vocab.time_order) if r in phrase), None)
    if relative is not None:
        out[2] = relative
    return out


def anchor(c: Composer, fact: Fact) -> Fact | None:
    """The event a fact's month-less time is told after ("a week after being sworn in"):
    the fact of the same article whose own words name it most, if its time gives a month.
    Worked out once per fact (a pure function of the data; order and when ask it often)."""
    if fact.id in c.anchors:
        return c.anchors[fact.id]
    best: Fact | None = None
    ws = tokens((c.time_of(fact)[0] or "").casefold())
    at = next((i for i, w in enumerate(ws) if (w,) in c.vocab.sequence), None)
    followed = c.index.by_id.get(fact.follows) if fact.follows else None
    if at is None or any(m in ws for m in c.vocab.months):
        pass
    elif followed is not None:  # ("after his talks with Ana": the talks it follows)
        if _rank(c, followed.fact, anchored=False).get(1) is not None:
            best = followed.fact
    else:
        named = term_stems(tuple(w for w in ws[at + 1:] if w not in c.vocab.stopwords))
        most = 0
        for item in c.index.facts:
            other = item.fact
            if other is fact or other.document != fact.document:
                continue
            shared = len(named & item.strong)
            if shared > most and _rank(c, other, anchored=False).get(1) is not None:
                best, most = other, shared
    c.anchors[fact.id] = best
    return best


def step(c: Composer, ask: Ask, within: tuple[str, ...] = ()) -> Reply | None:
    """'Where did she go first?', 'who did he meet last?': the first or last contact
    of the journeys of whoever the question is about (`within` those places)."""
    pair = frozenset(m.entity for m in ask.mentions if m.start >= 0 and m.role != "excluded"
                     and c.kind_of(m.entity) == "person")
    if len(pair) == 2 and pair & ask.principal:
        # "Ana and Li first met in Zenda?": the contacts of the two together, not the
        # journey of the one who is not the subject
        steps = [f for f in _in_month(c, ask, c.journey(pair, ("visit", "met")))
                 if pair <= set(f.participants)]
    else:
        people = frozenset(e for e in ask.others if c.kind_of(e) == "person") \
            or ask.principal
        steps = _in_month(c, ask, _steps(c, people))
    if within:  # "who did she meet first in Asia?": the journey's steps there, when the
        # place holds several ("did she start in Zenda?" claims one: checked elsewhere)
        steps = [f for f in steps if any(p in c.index.lineage(x) for x in f.places
                                          for p in within)]
        if len(steps) < 2:
            return None
    if not steps:
        return None
    if ask.q.first and ask.q.last and len(steps) > 1:
        # "first and last stops?": both ends of the journey
        first, last = steps[0], steps[-1]
        said = [(c.words.lead(f) or f.summary).rstrip(".") for f in (first, last)]
        return Reply(f"First: {said[0]}.\nLast: {said[1]}.", [first, last],
                     focus=(*first.places, *last.places))
    fact = steps[0] if ask.q.first else steps[-1]
    lead = c.words.lead(fact) or fact.summary
    return Reply(f"{'First' if ask.q.first else 'Last'}: {lead.rstrip('.')}.", [fact],
                 focus=(*fact.places, *fact.who), subjects=(*fact.places, *fact.who))


def _in_month(c: Composer, ask: Ask, steps: list[Fact]) -> list[Fact]:
    """'The last stop of his June trip': the steps of the trips a month asked is told of
    (a step takes the time of its trip's first step); all of them when none is."""
    months = [t for t in ask.q.times if t in c.vocab.months]
    if not months:
        return steps

    def told(fact_id: str) -> bool:
        when = fold(c.index.by_id[fact_id].fact.time_phrase or "")
        return any(m in when.split() for m in months)

    timed = [f for f in steps if told(f.id) or told(c.chain(f.id)[0])]
    return timed or steps


def itinerary(c: Composer, ask: Ask) -> Reply | None:
    """'List her stops in order', 'what was the order of his stops?': the journey, step
    by step, of whoever the question is about."""
    people = frozenset(e for e in ask.others if c.kind_of(e) == "person") or ask.principal
    steps = _steps(c, people)
    chained = {i for f in steps for i in c.chain(f.id)}
    if len(steps) < 2 or not all(f.id in chained and len(c.chain(f.id)) > 1 for f in steps):
        return None  # (only a journey the article tells step by step has an order)
    lines = [f"{n}. {capital((c.words.lead(f) or f.summary).rstrip('.'))}"
             for n, f in enumerate(steps, start=1)]
    return Reply("In order:\n" + "\n".join(lines), steps,
                 focus=tuple(p for f in steps for p in f.places))


def _steps(c: Composer, people: frozenset[str]) -> list[Fact]:
    """The stops of their journeys in order: one tour told step by step decides."""
    steps = [f for f in c.journey(people, ("visit", "met")) if f.places or f.occasion]
    chains = [c for c in (c.chain(f.id) for f in steps) if len(c) > 1]
    longest = max(chains, key=len, default=[])
    if 2 * len(longest) >= len(steps):
        steps = [c.index.by_id[i].fact for i in longest]
    return steps


def nth(c: Composer, ask: Ask) -> Reply | None:
    """'Where did they meet the second time?': the n-th meeting of the people named, in
    the order their facts' own times give (else the curator's); 'her third stop': the
    n-th stop of the subject's tour."""
    n = ask.q.nth
    people = frozenset(e for e in ask.others if c.kind_of(e) == "person") - ask.principal
    if n is None:
        return None
    if not people:
        steps = _steps(c, ask.principal) if ask.principal and all(
            c.kind_of(e) in PLACE_KINDS for e in ask.others) else []
        if len(steps) < abs(n):
            return None
        fact = steps[n] if n < 0 else steps[n - 1]  # (-2: the second to last)
        word = "second to last" if n == -2 else _ordinal(c, n)
        said = c.words.lead(fact) or fact.summary
        return Reply(f"{capital(word)}: {said.rstrip('.')}.", [fact],
                     focus=(*fact.places, *fact.who), subjects=(*fact.places, *fact.who))
    met = [f for f in c.journey(people) if not ask.principal
           or ask.principal & set(f.participants)]
    met.sort(key=cmp_to_key(lambda a, b: 0 if (s := sequence(c, a, b)) is None
                            else -1 if s else 1))
    if len(met) < abs(n):
        return None
    fact = met[n] if n < 0 else met[n - 1]
    lead, when = c.words.lead(fact), c.time_of(fact)[0]
    text = f"{capital(lead)}{' ' + when if when else ''}." if lead else fact.summary
    return Reply(text, [fact], focus=(*fact.places, *fact.who),
                 subjects=(*fact.places, *fact.who))


def _ordinal(c: Composer, n: int) -> str:
    """'first', 'third': the rank in words, where the vocabulary has one."""
    if n == 1 and c.vocab.ordinal_first:
        return min(c.vocab.ordinal_first)
    return next((w for w, i in c.vocab.ordinals.items() if i == n and w.isalpha()),
                f"number {n}")


def rank_of(c: Composer, ask: Ask) -> Reply | None:
    """'Which stop was Zenda?', 'was Zenda the 3rd or 4th stop?': where the one place
    named stands in the subject's tour, counted."""
    named = places(c, ask) or tuple(e for e in ask.others if c.kind_of(e) in PLACE_KINDS
                                    and e not in ask.home)
    steps = _steps(c, ask.principal) if ask.principal else []
    if len(named) != 1 or len(steps) < 2:
        return None
    at = next((i for i, f in enumerate(steps) if named[0] in {
        x for p in (*f.places, *((f.occasion,) if f.occasion else ()))
        for x in c.index.lineage(p)}), None)
    if at is None:
        return None
    word = _ordinal(c, at + 1)
    if at + 1 == len(steps) and c.vocab.ends[1]:
        word = f"{word} and {c.vocab.ends[1][0][0]}"  # ("the fifth and last of 5 stops")
    fact = steps[at]
    said = c.words.lead(fact) or fact.summary
    return Reply(f"{capital(c.words.named(named[0]))} was the {word} of {len(steps)} stops: "
                 f"{said.rstrip('.')}.", [fact], focus=(*fact.places, *fact.who))


def nth_checked(c: Composer, ask: Ask) -> Reply | None:
    """'Was Zenda her 2nd stop?': the n-th stop, and a verdict."""
    reply = nth(c, ask)
    if reply is None:
        return None
    fact = reply.facts[0]
    stops = {x for p in fact.places for x in c.index.lineage(p)}
    said = reply.text.split(": ", 1)[-1]  # ("Yes. She traveled to Zenda.", no "Second:")
    right = all(p in stops for p in places(c, ask))
    return _ranked_too(c, ask, replace(reply, text=capital(said), verdict=right), reply.text)


def _ranked_too(c: Composer, ask: Ask, reply: Reply, step_said: str) -> Reply:
    """'Zenda was the 3rd stop?' of the fifth: No, where Zenda stood, and the step asked."""
    if reply.verdict is not False or (ranked := rank_of(c, ask)) is None \
            or ranked.facts[0] in reply.facts:
        return reply
    return replace(reply, text=f"{ranked.text} {step_said}",
                   facts=[*ranked.facts, *reply.facts])


def step_checked(c: Composer, ask: Ask) -> Reply | None:
    """'She started off in Zenda, right?': the first (or last) stop, and a verdict; 'was
    Zenda the first or the last stop?': whichever it was."""
    if ask.q.first and ask.q.last and (both := _both_ends(c, ask)) is not None:
        return both
    if ask.q.first and ask.q.last:
        for asked in (Ask(replace(ask.q, last=False), ask.mentions, ask.prefer, ask.principal,
                          ask.home),
                      Ask(replace(ask.q, first=False), ask.mentions, ask.prefer, ask.principal,
                          ask.home)):
            one = step_checked(c, asked)
            if one is not None and one.verdict:
                return replace(one, verdict=None)
        return None
    reply = step(c, ask)
    if reply is None:
        return None
    fact = reply.facts[0]
    stops = {x for p in (*fact.places, *((fact.occasion,) if fact.occasion else ()))
             for x in c.index.lineage(p)}
    # (the place claimed, after "in" or not: "was the last stop Zenda?")
    claimed = places(c, ask) or tuple(e for e in ask.others if c.kind_of(e) in PLACE_KINDS
                                      and e not in ask.home)
    if not claimed:
        return None
    right = all(p in stops for p in claimed)
    return _ranked_too(c, ask, replace(reply, verdict=right), reply.text)


def _both_ends(c: Composer, ask: Ask) -> Reply | None:
    """'The tour kicked off in Zenda and ended in Strelsau?': each place checked as the end
    whose word comes just before it; Yes only when both are right."""
    ws = ask.q.words
    marks = sorted((i, n) for n, said in enumerate(c.vocab.ends) for p in said
                   for i in range(len(ws)) if ws[i:i + len(p)] == p)
    named = [m for m in ask.mentions if c.kind_of(m.entity) in PLACE_KINDS
             and m.entity not in ask.principal]
    if "or" in ws or len(named) != 2 or not marks:
        return None
    claimed: dict[int, str] = {}
    for m in named:  # (the end word said last before the place, or right after it:
        # "she went to Zenda first and ended in Strelsau")
        said = [n for i, n in marks if i < m.start] \
            or [n for i, n in marks if m.end <= i <= m.end + 1][:1]
        if not said or said[-1] in claimed:
            return None
        claimed[said[-1]] = m.entity
    if len(claimed) != 2:
        return None
    replies = [step_checked(c, Ask(replace(ask.q, first=n == 0, last=n == 1), (m,),
                                   ask.prefer, ask.principal, ask.home))
               for n, m in ((n, next(x for x in named if x.entity == e))
                            for n, e in sorted(claimed.items()))]
    if any(r is None or r.verdict is None for r in replies):
        return None
    done = [r for r in replies if r is not None]
    return Reply("\n".join(r.text for r in done), [r.facts[0] for r in done],
                 verdict=all(r.verdict for r in done))


def places(c: Composer, ask: Ask) -> tuple[str, ...]:
    """The places a question names: after "in"/"to", or as what it is about ("was Zenda
    her last stop?")."""
    if ask.placed:
        return ask.placed
    # "was Zenda her last stop?": the place the claim is about, right after its opener
    # ("Zenda was her last stop, right?": the place the claim opens with)
    # ("why was Zenda her first stop?": after the question word and its verb)
    # ("her first stop was Zenda?": the place the claim's verb ends on)
    ws = ask.q.words
    asking = bool(ws) and ws[0] in c.vocab.question_words
    return tuple(m.entity for m in ask.mentions if (
        m.start in ((2,) if asking else (0, 1))
        or (ask.q.claim and not asking and m.start > 1 and ws[m.start - 1] in c.vocab.copulas))
        and c.kind_of(m.entity) in PLACE_KINDS and m.entity not in ask.principal)


def setting_off(c: Composer, ask: Ask) -> Reply | None:
    """'Did she meet anyone before the trip?', 'who did she see before heading out?': the
    subject's contacts that came before the first step of their journey (by its order,
    month or the time the facts give), never a step of it."""
    q = ask.q

    def before_leaving(ws: list[str] | tuple[str, ...]) -> bool:
        return any(w in c.vocab.before_words and any(
            x in c.vocab.setting_off for x in ws[i + 1:i + 4]) for i, w in enumerate(ws))

    if not q.backwards or q.forwards or not ask.principal or not before_leaving(q.words) \
            or not c.asks_contact(q) \
            or any(m.start >= 0 and m.entity not in ask.principal and m.entity not in ask.home
                   for m in ask.mentions):
        return None
    steps = _steps(c, frozenset(ask.principal))
    if len(steps) < 2:
        return None
    first = steps[0]
    earlier = [i.fact for i in c.pool(CONTACT_KINDS) if i.fact.id not in {f.id for f in steps}
               and ask.principal & set(i.fact.participants)
               # (by the dates, or by its own words: "before setting off, she hosted …")
               and (sequence(c, i.fact, first) is True
                    or before_leaving(tokens(i.fact.summary.casefold())))]
    if not earlier:
        return None
    return Reply(" ".join(f.summary for f in earlier[:3]), earlier[:3], verdict=True
                 if q.intent is not None and q.intent.answer == "yes_no" else None,
                 focus=tuple(p for f in earlier[:3] for p in (*f.who, *f.places)))


def between(c: Composer, ask: Ask) -> Reply | None:
    """'What was the stop between Zenda and Strelsau?': the steps of the one journey
    that came after the first place named and before the second."""
    named = [m.entity for m in ask.mentions if m.start >= 0
             and c.kind_of(m.entity) in PLACE_KINDS]
    if len(named) != 2 or not any(w in c.vocab.between_words for w in ask.q.words):
        return None
    steps = {name: [i.fact.id for i in c.pool(CONTACT_KINDS) if c.index.at(i, name)]
             for name in named}
    for one in steps[named[0]]:
        chain = c.chain(one)
        for other in steps[named[1]]:
            if other not in chain:
                continue
            a, b = sorted((chain.index(one), chain.index(other)))
            inside = [c.index.by_id[i].fact for i in chain[a + 1:b]]
            if inside:
                return Reply(" ".join(f.summary for f in inside), inside,
                             focus=tuple(p for f in inside for p in f.places))
            ends = [c.index.by_id[chain[a]].fact, c.index.by_id[chain[b]].fact]
            return Reply(f"None: one came right after the other. {ends[0].summary} "
                         f"{ends[1].summary}", ends)
    return None


def next_step(c: Composer, ask: Ask) -> Reply | None:
    """The step after (or, asked with "before", the step before) the contact named."""
    # ("who did he go visit after seeing Li?": the visit is the step asked, not the anchor)
    anchor_ask = Ask(replace(ask.q, kinds=()), ask.mentions, ask.prefer, ask.principal,
                     ask.home)
    ranked = c.ranked(anchor_ask, c.focused(anchor_ask, c.pool(CONTACT_KINDS)))
    # only the contacts the question is about: never a follower of some other trip
    people = {m.entity for m in ask.mentions if m.start >= 0 and c.kind_of(m.entity) == "person"}
    placed = any(c.kind_of(m.entity) in PLACE_KINDS for m in ask.mentions)
    if len(people) > 1 and not placed and (met := [(s, i) for s, i in ranked
                                    if people <= set(i.fact.participants)]):
        ranked = met  # "after Ben was done with Ana": the meeting of the two is the anchor
    anchors = [item for score, item in ranked if score >= ranked[0][0] - 0.5] if ranked \
        else []
    if ask.prefer and not any(m.start >= 0 for m in ask.mentions):
        # "and before that?" names nothing: "that" is what the last reply led with, not
        # whichever of its facts the question's words happen to favour
        told = {f: n for n, f in enumerate(ask.prefer)}
        anchors.sort(key=lambda item: told.get(item.fact.id, len(told)))
    for anchor in anchors[:4]:
        if ask.q.backwards and ask.q.forwards and anchor.fact.follows \
                and (after := c.index.followers.get(anchor.fact.id)):
            # "where did he go before and after Zenda?": both neighbours, in order
            before, then = c.index.by_id[anchor.fact.follows].fact, c.index.by_id[after[0]].fact
            said = [(c.words.lead(f) or f.summary).rstrip(".") for f in (before, then)]
            return Reply(f"Before: {said[0]}.\nAfter: {said[1]}.",
                         [before, anchor.fact, then], focus=(*before.places, *then.places),
                         subjects=(*_traveller(c, ask, then), *then.places, *then.who))
        if ask.q.backwards:
            steps = [anchor.fact.follows] if anchor.fact.follows else []
        else:
            steps = c.index.followers.get(anchor.fact.id, [])
        for step in steps:
            fact = c.index.by_id[step].fact
            # going on: "and after that?" continues from the step just told; looking
            # back, the point of reference stays where it was
            ref = anchor.fact if ask.q.backwards else fact
            facts = [fact, anchor.fact] if not ask.q.backwards else [anchor.fact, fact]
            return Reply(fact.summary, facts, focus=tuple(fact.places),
                         subjects=(*_traveller(c, ask, ref), *ref.places, *ref.who))
    return _again(c, ask, anchors[:2])


def _traveller(c: Composer, ask: Ask, fact: Fact) -> tuple[str, ...]:
    """The one whose journey a step is, when not the article's subject: "he" after "and
    after?" of Ben's journey is still Ben, not whom Ben went on to meet."""
    who = fact.subject
    return (who,) if who and who not in ask.principal and c.kind_of(who) == "person" else ()


def _again(c: Composer, ask: Ask, anchors: list[IndexedFact]) -> Reply | None:
    """'When did she meet Ben again after Zenda?': no journey links the two, but the
    person named meets her again in another fact, placed after (or before) this one by
    the facts' own times, else by the curator's order."""
    order = {item.fact.id: n for n, item in enumerate(c.index.facts)}
    spots = [e for e in ask.others if c.kind_of(e) in (PLACE_KINDS + ("event",))]
    again = not c.vocab.again_words.isdisjoint(ask.q.words)
    # (looking on, "again" counts a meeting to come: "when will she see him again?")
    kinds = (*CONTACT_KINDS, *FUTURE_KINDS) if again and not ask.q.backwards \
        else CONTACT_KINDS
    for anchor in anchors:
        people = set(anchor.fact.participants) & set(ask.others) - ask.principal
        # "after Zenda" anchors it, and so does the meeting just told, when nothing is
        # named ("when did she see him again?"); "right after his inauguration" does not
        told = again and not spots and anchor.fact.id in ask.prefer[:1]
        if not people or not (told or any(c.index.at(anchor, s) or anchor.fact.occasion == s
                                          for s in spots)):
            continue
        others = [i.fact for i in c.pool(kinds) if i is not anchor
                  and people & set(i.fact.participants)]

        def later(fact: Fact, anchor: Fact = anchor.fact) -> bool:
            known = sequence(c, anchor, fact)
            return known if known is not None else order[anchor.id] < order[fact.id]

        steps = [f for f in others if later(f) is not ask.q.backwards]
        if steps:
            fact = steps[-1] if ask.q.backwards else steps[0]
            return Reply(fact.summary, [fact, anchor.fact], focus=tuple(fact.places),
                         subjects=(*fact.places, *fact.who))
    return None
