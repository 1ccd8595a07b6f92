"""Yes or no: the claim checked against the facts; a false premise is corrected."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import dropwhile, pairwise, takewhile

from bot.engine.compose import PLACE_KINDS, Ask, Composer, Reply, numbers_in
from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS, IndexedFact
from bot.engine.kinds import journey, register
from bot.engine.kinds.trips import trips
from bot.engine.kinds.what import unquoted, what
from bot.engine.kinds.who import holds
from bot.engine.lexicon import everyday, is_common_word
from bot.engine.parse import Mention, Parsed, find, number, quotations, quoted_words
from bot.engine.phrases import capital, join
from bot.engine.text import fold, root, squeeze, stem, term_stems, tokens
from bot.store.load import Entity, Fact


@register("yes_no")
def yes_no(c: Composer, ask: Ask) -> Reply | None:
    """Check the premise against the facts: confirm it, or correct it with what the
    article does say (another place, another time, another number, not yet); of two
    options ("for schools or hospitals?"), the one the facts hold comes first."""
    if (never := _done_by_other(c, ask) or unquoted(c, ask)) is not None:
        # "did Li pledge the 40 million?" of Ana's pledge: hers; "any quote from Li in
        # there?" of no statement of Li's
        return never
    if (listed := _among(c, ask) or tally(c, ask) or _pointed_place(c, ask)) is not None:
        return listed
    reply = _with_discussed(c, ask) or _claim(c, ask)
    if reply is not None and reply.verdict is not True and reply.answered \
            and (open_ := _unsettled(c, ask, reply)) is not None:
        # "will the route turn a profit?", "is 40 million even enough?": no fact settles it
        # (nor either option of it: "will it lead to deals or is it just talk?")
        return c.not_said(open_, reply.facts[:1])
    if reply is not None and reply.verdict is True and reply.facts \
            and _unplanned(c, ask, reply.facts[0]):
        # "will Zenda send more missiles next year?" of the missiles sent: no plan told
        return c.not_said("how that will turn out", reply.facts[:1])
    if (reply is None or reply.verdict is False) and (held := _option_held(c, ask)):
        return held  # "was the forum in Zenda or Strelsau?": "Zenda.", not a No
    if reply is not None and reply.verdict is False and (kept := _unopposed(c, ask, reply)):
        return kept  # "is tourism going down or up?" of booming tourism: "Up.", not a No
    if reply is not None and reply.verdict and reply.facts \
            and _holds_denied(c, ask, reply.facts[0]):
        return replace(reply, verdict=False)  # "in Suva and not in Manila?" of both
    if reply is not None and reply.verdict is not False and reply.answered and reply.facts \
            and (only_discussed(c, ask, reply.facts[0]) or _one_of_several(c, ask, reply.facts[0])):
        return replace(reply, verdict=False)
    if reply is not None and reply.verdict and reply.facts \
            and set(ask.q.words) & c.vocab.certainty_words and any(
                set(tokens(x.quote.casefold())) & c.vocab.likelihood_words
                for x in reply.facts[0].quotes):
        # "has Ben confirmed he will attend?" of a meeting only likely: not said
        return c.not_said("that it is confirmed", reply.facts[:1])
    if reply is not None and reply.verdict:
        reply = unclaimed(c, ask, _month_untold(c, ask, reply))
    if reply is not None and reply.verdict and reply.facts \
            and (framed := _framed(c, ask, reply.facts[0])) is not None:
        # "is he a pariah?" of "defying efforts to cast him as a pariah": No; "did he
        # commit war crimes?" of "alleged war crimes": what the article says, no verdict
        return replace(reply, verdict=False if framed == "refuted" else None)
    if reply is not None and reply.verdict is False \
            and (open_ := _unsettled(c, ask, reply)) is not None:
        return c.not_said(open_, reply.facts[:1])  # (a No worked out since)
    return reply


def _unsettled(c: Composer, ask: Ask, reply: Reply) -> str | None:
    """What the No leaves open, when it is only for want of a fact, of a forecast or a
    verdict the article cannot settle ("will it work?", "was it a success?"), or from a
    fact that leaves it open ("will Zenda give them the tech?" of fears that it may)."""
    q = ask.q
    if q.unknown_names:
        return None  # ("will the forum be in Atlantis?": a name the article lacks, No)
    judged = any(find(q.words, p) >= 0 for p in c.vocab.verdict_words)
    later = [p for p in c.vocab.future_times if find(q.words, p) >= 0]
    # ("before going to see Li" is no forecast)
    ahead = not q.past and (bool(later) or any(
        (k := find(q.words, p)) == 0 or (k > 0 and q.words[k - 1] not in c.vocab.before_words
                                         and (q.words[k - 1],) not in c.vocab.sequence)
        for p in c.vocab.forecast_words))
    said = "how that will turn out" if ahead else "that"
    if not (ahead or judged):
        return None
    fact = reply.facts[0] if reply.facts else None
    told = {*fact.participants, *fact.places, *fact.about, fact.occasion} \
        if fact is not None else set()
    ranks = {**c.vocab.ordinals, **dict.fromkeys(c.vocab.ordinal_first, 1)}
    # ("in ten years": a span, no figure claimed)
    figured = bool(set(q.numbers) - _timed_figures(c, q.words)) or any(w in ranks for w in q.words)
    summary = tokens(fact.summary.casefold()) if fact is not None else ()
    if fact is not None and ((figured and numbers_in(fact.summary, ranks)) or any(
            find(summary, p) >= 0 for p in c.vocab.verdict_words)):
        return None  # ("the third forum?" of the first; "enough?" of "too little"): said
    if any(find(summary, p) >= 0 for p in later):
        return None  # ("flying there next year?" of a flight planned for next year): a plan
    # (a name the fact lacks is claimed of it: "Acme is gonna run the flight?", No)
    if (reply.unheld and all(e in told for e in ask.others if e not in ask.home)) \
            or (judged and not ask.placed):
        return said
    item = c.index.by_id.get(fact.id) if fact is not None else None
    if fact is None or item is None \
            or (ask.placed and not all(c.index.at(item, p) for p in ask.placed)):
        return None  # ("will the forum be in Zenda?" of one in Strelsau: No)
    if later and q.numbers and not any(" ".join(p) in (fact.time_phrase or "").casefold()
                                       for p in later):
        return said  # "will trade hit 5 billion next year?" of last year's 3.1 billion
    # (asked outright, "will Zenda give them the tech?", "is Li gonna stop buying it?", not
    # told: "Li said he won't help")
    asked = any(find(q.words, p) == 0 for p in c.vocab.forecast_words) \
        or (q.words[:1] and q.words[0] in c.vocab.openers)
    # (a fact of the present or past, or one leaving it open, settles no forecast; a plan
    # told does: "TAP plans to launch the route next year")
    planned = not c.vocab.intention_verbs.isdisjoint(summary) or any(
        find(tokens((fact.time_phrase or "").casefold()), p) >= 0 for p in c.vocab.future_times)
    return said if asked and ahead and fact.kind not in FUTURE_KINDS and not planned \
        and not (q.times and not later) and not q.numbers else None


def _among(c: Composer, ask: Ask) -> Reply | None:
    """'Is Zenda one of them?' after a list: Yes when the list just given holds it (a
    person or a country, or the country a person is of), else No and the list."""
    q = ask.q
    named = [m.entity for m in ask.mentions if m.start >= 0 and m.entity not in ask.principal]
    # ("and from Zendia?" after "any of them from Strelsia?": the same list)
    if not ask.prefer or not (c.among_them(q) or (q.continuation and named and all(
            c.kind_of(x) == "region" for x in named))):
        return None
    listed = [i.fact for f in ask.prefer if (i := c.index.by_id.get(f)) is not None]
    if not named or not listed:
        return None

    def members(f: Fact) -> set[str]:  # (Li stands for his country too)
        return {x for n in (*f.participants, *f.about) if n not in ask.principal
                for x in c.index.homeland(n)}

    def on(x: str, f: Fact) -> bool:  # (and "China" for Li, or Li of China's leaders)
        return bool(c.index.homeland(x) & members(f))

    regions = [x for x in named if c.kind_of(x) == "region"]
    if regions and len(regions) == len(named):
        # "any of them from Zendia?": those on the list whose country lies there
        inside = [m for f in listed for n in (*f.participants, *f.about)
                  for m in [*sorted(c.index.homeland(n) - {n}), n] if m in members(f)
                  and c.kind_of(m) == "country" and any(r in c.index.lineage(m) for r in regions)]
        inside = list(dict.fromkeys(inside))
        held = [f for f in listed if set(inside) & members(f)] or listed
        lead = f"From {join(regions)}: {join(inside)}. " if inside else ""
        return Reply(lead + " ".join(f.summary for f in held[:2]), held[:2],
                     verdict=bool(inside))
    found = [f for f in listed if any(on(x, f) for x in named)]
    if all(any(on(x, f) for f in found) for x in named):
        return Reply(" ".join(f.summary for f in found[:2]), found[:2], verdict=True)
    return Reply(" ".join(f.summary for f in listed[:2]), listed[:2], verdict=False)


def tally(c: Composer, ask: Ask) -> Reply | None:
    """'That's seven, right?' after a list of countries' leaders: Yes when the list just
    given holds that many, else No and the list (a new name asks of its own)."""
    q = ask.q
    if not ask.prefer or not (claimed := counts_claimed(c, q)) or any(
            m.start >= 0 and m.entity not in ask.principal and c.kind_of(m.entity) != "region"
            for m in ask.mentions):
        return None
    facts = [i.fact for f in ask.prefer if (i := c.index.by_id.get(f)) is not None]
    counts = _listed(c, facts)
    if not counts:
        return None
    shown = [f for f in facts if _listed(c, (f,))][:1]
    return Reply(shown[0].summary, shown, verdict=bool(claimed & counts))


def _pointed_place(c: Composer, ask: Ask) -> Reply | None:
    """'That one was in Zenda, right?', 'was that in Zenda?' of the meeting just told: the
    place is checked against that meeting, not against any other held in Zenda."""
    q = ask.q
    if not ask.prefer or q.sequence or any(
            m.start >= 0 and c.kind_of(m.entity) not in ("city", "country") for m in ask.mentions):
        return None
    # (a place said as where: "in Zenda"; "a former Zendan colony" is no place claimed;
    # else the country it was for: "so that money was for Zenda?")
    places = [m.entity for m in ask.mentions if m.start >= 0 and m.role == "place"] or [
        m.entity for m in ask.mentions if m.start >= 0 and m.role == "plain"
        and set(q.words[m.start - 1:m.start]) & c.vocab.beneficiary_words]
    if not places or not c.points_back(q):
        return None
    told = [i for f in ask.prefer if (i := c.index.by_id.get(f)) is not None]
    held = [i.fact for i in told if all(any(p in c.index.lineage(x) for x in i.fact.places)
                                        for p in places)]
    if held:
        return Reply(held[0].summary, held[:1], verdict=True)
    return Reply(told[0].fact.summary, [told[0].fact], verdict=False) if told else None


def counts_claimed(c: Composer, q: Parsed) -> set[int]:
    """The figures a question gives as counts of things: not "one", a rank ("her 5th
    trip") or a span of time ("3 weeks")."""
    return {n for w in q.words if (w.isdigit() or w.isalpha()) and (n := number(w)) is not None
            and n > 1} - _timed_figures(c, q.words)


def _month_untold(c: Composer, ask: Ask, reply: Reply) -> Reply:
    """'Was her trip in June?' of facts that give no time: the month of the trip they are
    a step of, else of the subject's own dated frame ("after leaving Zenda on April 2"),
    says Yes or No; nothing dated, no Yes."""
    months = [t for t in ask.q.times if t in c.vocab.months]
    items = [i for f in reply.facts if (i := c.index.by_id.get(f.id)) is not None]
    if not months or not reply.verdict or not items \
            or any(i.fact.time_phrase for i in items):
        return reply
    roots = [c.index.by_id[r].fact for i in items if (r := c.chain(i.fact.id)[0]) != i.fact.id]
    dated = next((f for f in roots if f.time_phrase), None) or next(
        (i.fact for i in c.index.facts
         if (i.fact.subject is None or i.fact.subject in ask.principal)
         and i.fact.kind not in (CONTACT_KINDS + FUTURE_KINDS)
         and any(m in tokens(i.fact.time_phrase or "") for m in c.vocab.months)), None)
    if dated is None:
        return replace(reply, verdict=None)
    if c.fits(dated, ask.q.times):
        return reply
    return Reply(dated.summary, [dated], verdict=False)


def unclaimed(c: Composer, ask: Ask, reply: Reply) -> Reply:
    """'Ben jetted off to Atlantis after, right?', 'acme air is starting the flight?': a name
    the articles never use is part of the claim, so the fact is no Yes to it."""
    if not reply.verdict or not reply.facts or "or" in ask.q.words \
            or not (strange := unknown_words(c, ask)):
        return reply
    named = join([" ".join(capital(p) for p in w.split()) for w in strange])
    # (of an order claimed, both steps: "after Zenda he went to Atlantis?" is told by
    # where he did go next)
    told = reply.facts[:2] if ask.q.sequence else reply.facts[:1]
    return Reply(f"the article does not mention {named}. "
                 + (reply.text if reply.items else " ".join(f.summary for f in told)),
                 reply.facts if reply.items else told, verdict=False,
                 items=reply.items)


def unknown_words(c: Composer, ask: Ask) -> list[str]:
    """The claim's words that stand for a name no article uses: those the parse found
    where a name stands, and words neither the articles nor a dictionary know."""
    ws = ask.q.words
    names = {w.casefold() for n in ask.q.unknown_spans for w in n.split()} | {
        w for w in ask.q.distinctive
        if ((len(w) > 3 and w.isalpha()) or _coded(w)) and _strange(c, w)}
    spans: list[str] = []  # ("new strelsau": one name of two words)
    for i, w in enumerate(ws):
        if w in names:
            spans.append(f"{spans.pop()} {w}" if spans and i and ws[i - 1] in names else w)
    return list(dict.fromkeys(spans))


def _coded(word: str) -> bool:
    """'G20', 'A380': letters then figures, a name (never a figure: "3rd", "20s")."""
    return word[:1].isalpha() and word.isalnum() and not word.isalpha()


def _strange(c: Composer, word: str) -> bool:
    """A word no article uses and no dictionary has: a name (not a figure's compound,
    "four-year"; "anti-Zendan" is a claim's own word, none of the articles')."""
    def known(w: str) -> bool:
        return c.vocab.knows(w) or is_common_word(w)

    parts = word.split("-")
    # (nor a compound of everyday words: "energy-related"; "Zenda-flagged" names Zenda)
    return not known(word) and not (len(parts) > 1 and (number(parts[0]) is not None
                                                        or is_common_word(parts[0]))
                                    and all(map(known, parts[1:])))


def _framed(c: Composer, ask: Ask, fact: Fact) -> str | None:
    """'refuted' or 'hedged': how the fact's sentence frames what the claim says, by the
    words just before it ("defying efforts to cast him as", "alleged")."""
    claimed = {stem(w) for w in ask.q.distinctive}
    for sentence in (x.quote for x in fact.quotes) if claimed else ():
        said = tokens(fold(sentence))
        # (the claim's words the sentence has; "an isolated pariah" of "cast him as an
        # international pariah" is framed all the same)
        held = claimed & term_stems(said)
        if not held or (held != claimed and not held & _framed_words(c, said)):
            continue
        # (a claimed word may be part of a hyphenated one: "six-year")
        first = min(i for i, w in enumerate(said) if term_stems((w,)) & claimed)
        before = set(said[max(0, first - 15):first]) - set(ask.q.words)
        if first and said[first - 1] in c.vocab.refuting_words \
                and term_stems((said[first],)) & c.vocab.reaction_stems:
            return None  # "defying criticism": the criticism defied was made
        if before & c.vocab.refuting_words:
            return "refuted"
        if before & c.vocab.hedging_words:
            return "hedged"
        return None
    return None


def _framed_words(c: Composer, said: Sequence[str]) -> set[str]:
    """The stems of the words a sentence frames: those after a refuting or hedging word
    ("defying efforts … to cast him as an international pariah": "pariah")."""
    at = next((i for i, w in enumerate(said)
               if w in c.vocab.refuting_words or w in c.vocab.hedging_words), None)
    return set(term_stems(tuple(said[at + 1:]))) if at is not None else set()


def only_discussed(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'Did they sign a minerals deal?' of "they signed a holiday agreement. They also
    discussed minerals": what the claim says was settled, the fact's sentence that holds
    it says was talked about."""
    agreed = c.vocab.agreement_stems
    if not any(stem(w) in agreed for w in ask.q.words):
        return False
    objects = {stem(w) for w in ask.q.distinctive} - agreed - c.vocab.discussion_stems
    for sentence in (x.quote for x in fact.quotes) if objects else ():
        said = term_stems(tokens(fold(sentence)))
        if objects <= said:
            return bool(said & c.vocab.discussion_stems) and not said & agreed
    return False


def _one_of_several(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'It's only anti-US countries meeting him?' of "… former Soviet nations, or states that
    share his anti-US stance. Others represent …": the group claimed to be all is one of the
    several the fact's sentences tell."""
    ws = ask.q.words
    at = next((i for i, w in enumerate(ws) if w in c.vocab.exclusive_words
               and not (i and ws[i - 1] in c.vocab.negated)), None)
    if at is None:
        return False
    claimed = {stem(w) for w in ws[at + 1:at + 4] if w not in c.vocab.stopwords} or {
        stem(w) for w in ws[at - 1:at] if w not in c.vocab.stopwords}  # ("presidents only?")
    told = [tokens(x.quote.casefold()) for x in fact.quotes]
    said = {stem(w) for t in told for w in t}
    # ("only getting its weapons from Zenda?": the words claimed that the fact has)
    claimed = claimed & said or claimed
    # (or the words claimed go on in a list: "a tour of Zenda and the Islands")
    listed = any(set(t[k + 1:k + 3]) & c.vocab.list_glue
                 for t in told for k, w in enumerate(t) if stem(w) in claimed)
    return bool(claimed) and claimed <= said and (listed or any(
        w in c.vocab.alternative_words for t in told for w in t)) and not any(
        number(w) is not None for w in ws[at + 1:at + 3])


def _holds_denied(c: Composer, ask: Ask, fact: Fact) -> bool:
    """Does the fact hold the alternative the claim sets aside ("... and not in Manila")?"""
    item = c.index.by_id.get(fact.id)
    denied = {stem(w) for w in ask.q.denied if w not in c.vocab.stopwords} - ask.q.stems
    return item is not None and bool(denied) and denied <= (item.strong | item.weak)


def either(c: Composer, ask: Ask, reply: Reply) -> Reply:
    """'Is the aid for hospitals or schools?': the option the answer's facts hold, said
    first ("Schools."), when they hold one and not the other."""
    ws = ask.q.words
    if "or" not in ws or not reply.answered or reply.verdict is not None or not reply.facts:
        return reply
    at = ws.index("or")
    right = ws[at + 1:]
    if not 0 < len(right) <= 5 or any(ws[-len(t):] == t for t in c.vocab.tags
                                      if len(t) <= len(ws) and "or" in t):
        return reply  # "... or not?", "... or nah": a tag, no second option
    if at - len(right) < 1:
        return reply  # "any colonies or ex-Soviet places mentioned?": no option before
    left = ws[at - len(right):at]
    if ask.q.sequence or any(w in c.vocab.openers or w in c.vocab.existence_words
                             for w in left):
        return reply  # "before or after X?" is an order; "did she go to A or B" a claim
    typed = tuple(tokens(ask.q.text.casefold()))  # "discount", not the mended "discounted"
    shown = typed if len(typed) == len(ws) else ws
    told = tuple(w for f in reply.facts for w in _told(f))
    said = term_stems(told)  # "Zenda-Nord" holds "Zenda"

    def words_held(option: tuple[str, ...]) -> bool | None:
        words = [stem(w) for w in option if w not in c.vocab.stopwords]
        return all(w in said for w in words) if words else None

    # the options as said ("next year" / "this year"), else by their words ("a nuclear
    # plant"); else the shortest that tell them apart ("500 or 5000 per country": 500)
    def phrase_held(option: tuple[str, ...]) -> bool | None:
        return find(told, option) >= 0

    # (the option after "or" ends where a grammar word follows its own words: "double or
    # triple over the decade" weighs "triple", not "triple over the decade")
    end = next((i for i in range(1, len(right)) if right[i] in c.vocab.stopwords
                and right[i - 1] not in c.vocab.stopwords), len(right))
    tries = [(k, held) for k in (end, *range(1, end)) for held in (phrase_held, words_held)]
    for k, held in tries:
        if any(all(w in c.vocab.stopwords for w in o) for o in (left[-k:], right[:k])):
            continue  # "for Zenda or for Strelsau": no option in "for"
        one, other = held(left[-k:]), held(right[:k])
        if one is not None and other is not None and one != other:
            start = at - k
            stems = tuple(stem(w) for w in told)
            while one and start > 1 and ws[start - 1] not in c.vocab.stopwords and find(
                    stems, tuple(stem(w) for w in ws[start - 1:at])) >= 0:
                start -= 1  # "working holidays or defence": the fact's whole phrase
            chosen = " ".join(shown[start:at] if one else shown[at + 1:at + 1 + k])
            return _said_first(reply, chosen)
    return reply


def _said_first(reply: Reply, chosen: str) -> Reply:
    """The option the reply holds, said before it (no Yes or No: an option was asked), as
    the article writes it when it does ("In Strelsau", not "in strelsau")."""
    written = re.search(re.escape(chosen), reply.text, re.IGNORECASE)
    said = f"{capital(written[0] if written else chosen)}. "
    return replace(reply, text=reply.text if reply.text.startswith(said)
                   else said + reply.text, verdict=None)


def _claim(c: Composer, ask: Ask) -> Reply | None:
    q, index = ask.q, c.index
    actor = _actor(c, ask)
    # "will she see him again?" after a meeting in Zenda: the place was that meeting's
    # (and a place the conversation was at, unless the claim points there: "did he invite
    # her?" after whom she met in Zenda is no claim of Zenda)
    carried = {m.entity for m in ask.mentions if m.start < 0} if q.future or not any(
        find(q.words, p) >= 0 for p in c.vocab.thither) else set()
    targets = tuple(t for t in ask.others if t != actor
                    and not (t in carried and c.kind_of(t) in PLACE_KINDS)
                    # ("six countries on her asia-pacific run?": the region names the run;
                    # the figure is the claim)
                    and not (q.numbers and c.kind_of(t) == "region"))
    placed = _placed(c, ask)
    if (quoted := _quote_owner(c, ask) or _long_tenure(c, ask)
            or _tenure_since(c, ask)) is not None:
        return quoted
    if (cleft := _cleft(c, ask)) is not None:
        return cleft
    if (visitors := _visitors(c, ask)) is not None:
        return visitors  # "was Ben's visit before Li's?"
    if (said := _said_by(c, ask)) is not None:
        return said
    if (called := miscalled(c, ask)) is not None:
        # "in Zenda she met Zenda's foreign minister Ana?" of Ana, Strelsau's minister: No,
        # what she is, and the meetings of those named
        people = [m.entity for m in ask.mentions
                  if m.start >= 0 and c.kind_of(m.entity) == "person"]
        met = [i for i in c.pool(CONTACT_KINDS) if any(c.index.takes_part(i, n) for n in people)]
        # (the meetings of them all, if any: "she met Zenda's president Li?" is of Li's)
        theirs = [i.fact for i in [i for i in met if all(c.index.takes_part(i, n)
                                                         for n in people)] or met]
        if theirs:
            facts = list(dict.fromkeys([*called.facts, *theirs[:2]]))
            return Reply(f"{called.text} {' '.join(f.summary for f in theirs[:2])}", facts,
                         verdict=False)
    if q.unknown_subject:  # "is Acme the one building it?": the fact's own actor
        return _checked(c, ask, what(c, ask))
    if (ranked := _event_rank(c, ask)) is not None:
        return ranked  # "is this the second Zenda forum?" of "the first Zenda forum"
    if (besides := _met_besides(c, ask, placed)) is not None:
        return besides  # "did she meet anyone else in Zenda apart from its PM?"
    if (wrong := _event_premise(c, ask, targets, placed)) is not None:
        return wrong
    if (ever := _first_ever(c, ask) or been_before(c, ask)) is not None:
        return ever  # "his first ever visit there?" of "his first there in 24 years"
    if _spans(c, q.words) and not q.times and (span := _span_figure(c, ask)) is not None \
            and span.verdict is False and ((not targets and _firsts(c, q.words)) or any(
                _tied(c, c.index.by_id[span.facts[0].id], t) for t in targets)):
        return span  # "his trip to Zenda was his first in 5 years?" of "in 24 years"
    wrong = misplaced(c, ask)
    if wrong is not None and (wrong.facts[0].kind not in CONTACT_KINDS + FUTURE_KINDS
                              or not _holds_claim(c, ask, placed)):
        # "does Freedonia hold the presidency?": Ruritania does; "did she pledge 40 million
        # to Zenda?": the pledge went to Strelsau, whatever she did in Zenda
        return wrong
    # (a tag is no answer asked about: "… in November, yes?")
    untagged = q.words[:len(q.words) - c.vocab.tag_length(q.words)]
    if "invitation" in q.kinds and any(w in c.vocab.response_words for w in untagged):
        # "did she accept his invitation?": told only if a fact tells the answer
        invited = [i.fact for i in c.pool(("invitation",))
                   if all(index.takes_part(i, t) for t in (*targets, *([actor] if actor else [])))]
        if invited and not any(w in c.vocab.response_words for f in invited
                               for w in tokens(f.summary.casefold())):
            return c.not_said("whether the invitation was accepted", invited[:1])
    # a meeting or a trip: a contact verb, or someone placed somewhere ("was he in X")
    someone = bool(actor or ask.asks_principal)
    if not targets and (actor is None or actor in ask.principal) and someone \
            and not q.future and (q.claim or (bool(q.words) and q.words[0] in c.vocab.openers)) \
            and (elsewhere := _unknown_trip(c, ask)):
        return elsewhere
    # (what someone said or pledged is no trip: "did Li pledge to back Zenda's war on
    # Strelsau?" is about his words)
    spoken = "statement" in q.kinds and not _contact_verb(c, ask)
    # (nor is how someone took a trip: "did Zenda object to her visit to Strelsau?")
    reacting = not c.vocab.reaction_verbs.isdisjoint(q.words)
    # (nor is what a firm does: "the airline will fly Zenda to Strelsau?" is its route)
    firm = (opening := _opening(c, ask)) is not None \
        and c.kind_of(opening.entity) == "organisation" \
        and not any(c.kind_of(m.entity) == "person" for m in ask.mentions)  # (not "… meet Li?")
    if reacting or firm or not ((placed and someone and not spoken) or _contact_verb(c, ask)) \
            or not (targets or actor) or (actor is None and _done_by_a_country(c, ask)):
        if q.sequence and len(targets) >= 2 and all(
                c.kind_of(t) in PLACE_KINDS for t in targets) \
                and (order := _order(c, ask, actor)) is not None:
            # "was Zenda before Strelsau?": the stops of the journey ("Ben's route was
            # Zenda, then Strelsau": his)
            return order
        return _checked(c, ask, what(c, ask))  # not about a meeting or a trip
    if (onward := _went_on(c, ask, (*targets, *sorted(placed)))) is not None:
        return onward  # "and he went on to Zenda after that?": the step after the one told
    if (order := _order(c, ask, actor) or _route(c, ask, actor)) is not None:
        if order.verdict is not False and _opposed(c, q, order.facts):
            # ("Zenda called off his visit after Ruritania complained?" of a visit Zenda
            # hosted, ignoring the complaints: whatever the order, the deed is not so)
            hosted = next((f for f in order.facts if _opposed(c, q, [f])), order.facts[0])
            return Reply(hosted.summary, [hosted], verdict=False)
        return order
    people = [t for t in targets if c.kind_of(t) == "person"]
    # (the one acting counts too: "Li and Ana met again after Zenda?")
    people += [actor] if actor and actor not in ask.principal and not people else []
    if q.sequence and people and (step := journey.next_step(c, ask)) is not None \
            and set(people) - ask.principal <= set(step.facts[0].participants) \
            and all(index.at(index.by_id[step.facts[0].id], p) for p in placed):
        # "did they meet again after Zenda?": the later meeting, if the journey has one
        # (not one elsewhere: "he flew to Strelsau to see Li after being sworn in?")
        return Reply(step.facts[0].summary, step.facts[:1], verdict=True)
    asked = ("invitation",) if "invitation" in q.kinds else (
        FUTURE_KINDS if q.future else CONTACT_KINDS)
    other = CONTACT_KINDS if q.future else FUTURE_KINDS
    # "did Ben meet Li": two people named; otherwise the one acting (the
    # article's subject unless the question names another) must be among those who met
    pair = sum(c.kind_of(t) == "person" for t in targets) >= 2

    # the subject named as the one met ("Li met Ben in Zenda?"), not a pronoun's
    named_principal = any(m.entity in ask.principal and m.start >= 0 for m in ask.mentions)
    # "did he actually travel there (to Zenda)?": a country or city travelled to is a place
    # to have been, not a leader met at home
    travelled = not q.leader and any(stem(w) in c.vocab.visit_words for w in q.words)
    # (not the one the claim is of: "did the Zendans object to her visit to Strelsau?")
    acting = {opening.entity} if opening is not None and opening.start > 0 else set()
    went = placed | ({t for t in targets if c.kind_of(t) in ("country", "city")
                      and t not in acting} if travelled else set())

    # ("the FMs of Samoa and Zenda": countries named as those met, not where)
    counterparts = _leaders_of(c, ask) if q.leader else set()

    def involving(kinds: tuple[str, ...], among: tuple[str, ...] = targets
                  ) -> list[IndexedFact]:
        out = []
        for item in c.pool(kinds):
            fact = item.fact
            if not all((index.at(item, t) and t not in counterparts)
                       or (t not in went and index.takes_part(item, t))
                       or (fact.kind in FUTURE_KINDS and _by_country(c, item, t))
                       # "did the Zendan Sea come up in Strelsau?": what was discussed
                       or (t not in placed and c.kind_of(t) not in ("person", "country")
                           and t in item.about)
                       for t in among):
                continue
            if actor and actor not in ask.principal:
                if not index.takes_part(item, actor) or (
                        named_principal and not ask.principal & set(fact.participants)):
                    continue  # ("Li met Ben in Zenda?": Ben, the subject named, too)
            elif not (pair or not ask.principal or ask.principal & set(fact.participants)
                      or fact.subject in targets):
                continue
            out.append(item)
        return out

    hits = involving(asked)
    several = False  # (a place each: none of the places is another's mistake)
    if not hits and len(placed) > 1 and not q.unknown_names:
        # "did they meet in Zenda and then again in Strelsau?": a meeting in each place
        each = [involving(asked, tuple(t for t in targets if t not in placed or t == p))
                for p in sorted(placed)]
        if all(each):
            hits = sorted(dict.fromkeys(found[0] for found in each), key=c.index.facts.index)
            several = True
    if not q.future:  # (a claim of the past is checked by what happened, before what lies ahead)
        hits.sort(key=lambda i: i.fact.kind in FUTURE_KINDS)
    if q.numbers:  # ("he hosted seven leaders there?": the fact listing seven, first)
        hits.sort(key=lambda i: not set(q.numbers) & _listed(c, (i.fact,)))
    if hits:
        facts = [i.fact for i in hits][:3]
        if (times := c.times_held(q, len(hits))) is not None:
            # "did he meet Li twice / more than once?": the meetings the facts record, counted
            return Reply(" ".join(f.summary for f in facts), facts, verdict=times)
        if (conflict := _conflict(c, ask, facts) or _figure_told(c, ask, facts)) is not None:
            return conflict
        if q.unknown_names:  # "did they meet in Ankara?": a place the article never names
            names = join([capital(n) for n in q.unknown_spans])
            if q.sequence and (step := journey.next_step(c, ask)) is not None:
                facts = step.facts[::-1]  # "to Tokyo after Zenda?": where they went then
            return Reply(f"the article does not mention {names}. "
                         + " ".join(f.summary for f in facts[:2]), facts[:2], verdict=False)
        offices = [w for w in q.words if w in c.vocab.offices]
        seen = _met_named(c, ask, facts, targets) if q.roles or offices else []
        if q.roles and not any(holds(c, n, f, q.roles) or _office_untold(c, n, f)
                               for f, n in seen):
            # "did she meet Ruritania's president?" when she met its foreign minister
            return Reply(facts[0].summary, facts[:1], verdict=False)
        if offices and not q.roles and any(
                f.counterpart and not any(o in f.counterpart.casefold() for o in offices)
                for f, _ in seen):
            # "she met the king of Zenda?" when she met its foreign minister (an office no
            # one in the articles holds is not the one met)
            return Reply(facts[0].summary, facts[:1], verdict=False)
        body = " ".join(f.summary for f in facts)
        if _hosted_elsewhere(c, ask, facts[0]):
            return Reply(facts[0].summary, facts[:1], verdict=False)
        if q.future:
            # an expectation the article states is a Yes in its own words ("she is
            # expected to see him"); a mere invitation is not, unless asked in the past
            # ("the PM asked her to come back?": a verb done, the invitation was made)
            done = q.past or any(len(w) > 4 and w.endswith("ed") for w in q.words)
            held_any = frozenset().union(*(i.strong | i.weak for i in hits[:3]))
            # (going there is what an invitation or a plan tells: "heading to Zenda soon?";
            # a word the articles never use is no claim of theirs: "soonish")
            foreseen = frozenset(
                stem(w) for w in q.distinctive if c.vocab.knows(w) and w not in everyday()
                and number(w) is None and w not in c.vocab.contact_words
                and w not in c.vocab.leader_words
                and not any(w in p for p in c.vocab.future_times)) \
                & q.distinct_stems - c.vocab.visit_words
            if not done and not q.unknown_names and _unheld(c, foreseen, held_any) \
                    and not foreseen & held_any:
                # "will Zenda's villages go under water?" of an invitation to Zenda: what
                # is foreseen is in no fact of it, so nothing settles it (the fact that
                # tells of what is foreseen is what the article does say)
                telling = max(c.index.candidates((), foreseen), default=None,
                              key=lambda i: len(foreseen & (i.strong | i.weak)))
                return c.not_said("how that will turn out",
                                  [telling.fact] if telling is not None else facts[:1])
            opener = "Yes." if done and all(f.kind == "invitation" for f in facts) \
                else "Not confirmed, but:" if not all(
                f.kind in ("expected", "scheduled") for f in facts) else "Yes."
        else:
            held_any = frozenset().union(*(i.strong | i.weak for i in hits[:3]))
            # (everyday words, "did he end up meeting Li too", claim nothing of their own)
            # (nor does a figure the facts state in other words: "5 yrs" of "five years")
            summaries = " ".join(f.summary for f in facts)
            stated = numbers_in(summaries, c.vocab.ordinals) | _same_span(c, q.words, summaries)
            # ("complained" of "complaints": the same word in another part of speech)
            asserted = _underived(frozenset(stem(w) for w in q.distinctive
                                            if w not in everyday()
                                            and number(w) not in stated) & q.distinct_stems,
                                  held_any)
            asserted = _unheld(c, asserted, held_any)
            if asserted and not asserted & held_any and not any(
                    asserted <= (i.strong | i.weak) for i in c.index.facts):
                # "did she sign a defence pact in Zenda?": she was there; no pact is told
                # (and the claim's figure where the article puts it: "she pledged 40m to
                # Zenda for sea walls?" of the 40 million pledged in Strelsau)
                figured = _figure_elsewhere(c, ask, facts)
                return Reply("the article does not report that. "
                             + " ".join(f.summary for f in (facts[0], *figured)),
                             [facts[0], *figured], verdict=False, unheld=True)
            if asserted and not asserted & held_any and (came_up := next(
                    (i.fact for i in c.index.candidates((), asserted)
                     if asserted <= (i.strong | i.weak) and i not in hits
                     and (not ask.principal or ask.principal & set(i.fact.participants))),
                    None)) is not None:
                # "Li and Ana talked palm oil in Zenda?": they met there; the palm oil
                # came up elsewhere, with someone else
                return Reply(f"{facts[0].summary} {came_up.summary}", [facts[0], came_up],
                             verdict=False)
            if _qualified(c, q, hits[:3]):
                return Reply(facts[0].summary, facts[:1], verdict=False)
            if (apart := _apart(c, ask, Reply(facts[0].summary, facts[:1]))) is not None:
                return apart  # "signed a defence pact with Li in Zenda?": it was with Ben
            # "a month after his inauguration?" of "a week after being sworn in": No
            # (a time said, "this month", counts nothing)
            units = _units(c, " ".join(w for w in q.words
                                       if not any(w in t.split() for t in q.times)))
            told = _units(c, " ".join((facts[0].summary, facts[0].time_phrase or "")))
            if units and told and not units & told:
                return Reply(facts[0].summary, facts[:1], verdict=False)
            if (_unlike(c, ask, hits[0]) is False and not several) \
                    or _opposed(c, q, facts[:1]):
                # "she pledged 40 million dollars to Zenda?" of euros; "were his peers on
                # board with the trip?" of a trip made despite their criticism
                return Reply(facts[0].summary, facts[:1], verdict=False)
            # "Yes" when the facts hold the whole claim: its words and any time it names
            held = hits[0].strong | hits[0].weak
            # (a figure claimed counts when the facts give it: "his first in 24 years?")
            figures = numbers_in(" ".join(f"{f.summary} {f.count or ''} {f.time_phrase or ''}"
                                          for f in facts), c.vocab.ordinals) | _listed(c, facts)
            whole = (q.understood or not _unheld(c, q.distinct_stems - _dating(c, q), held)) \
                and set(q.numbers) <= figures \
                and (not q.times or any(_fits(c, f, q.times) for f in facts))
            discussed = c.vocab.discussion_stems
            if not whole and q.stems & discussed and held & discussed \
                    and q.distinct_stems - held - discussed:
                # "they discussed coffee in Zenda?" of talks the fact lists, coffee not
                # among them: No, and what they did discuss
                return Reply(facts[0].summary, facts[:1], verdict=False)
            if not whole and c.vocab.existence_words & set(q.words) \
                    and not q.distinct_stems & held - c.vocab.agreement_stems:
                # "did they sign any trade agreements?" of a visit whose sentence tells of
                # none: the article does not say (what it does say of the visit follows)
                return c.not_said("that", facts[:1])
            opener = "Yes." if whole else "According to the article:"
            if whole and q.times and not any(c.fits(f, q.times) for f in facts) \
                    and (dated_by := journey.anchor(c, facts[0]) or _step_of(c, facts[0])) \
                    is not None and dated_by not in facts:
                # (the month is the event's it is told after: that fact says it)
                body, facts = f"{body} {dated_by.summary}", [*facts, dated_by]
        if opener == "Yes.":
            return Reply(body, facts, verdict=True)
        return Reply(f"{opener} {body}", facts)
    if "invitation" in q.kinds and (targets or (actor and actor not in ask.principal)):
        # "was it Ben who invited her?", "did Ben invite her to visit him?" (of no
        # invitation of Ben's): the invitation came from someone else
        own = [i for i in c.pool(asked)
               if not ask.principal or ask.principal & set(i.fact.participants)]
        if not targets and actor and any(index.takes_part(i, actor) for i in own):
            own = []
        if own:
            return Reply(own[0].fact.summary, [own[0].fact], verdict=False)
    present = tuple(t for t in targets if t not in placed)
    if actor and actor not in ask.principal and named_principal and _contact_verb(c, ask):
        present += tuple(sorted(ask.principal))  # "Li met Ben in Zenda?": where they did
    if placed and present and not q.future and (met := involving(asked, present)) \
            and not (len(placed) > 1 and "or" not in q.words
                     and (persons := tuple(t for t in present if c.kind_of(t) == "person"))
                     and all(any(index.at(i, p) for i in involving(asked, persons))
                             for p in placed)):
        # "did she host Li in Zenda?": she did, elsewhere (and may see Li there yet)
        # (not "she met Li twice, once in Zenda and again in Strelsau": a meeting at each)
        # (and whom she did see there, when that is told: "she hosted the Zendan FM in
        # Strelsau?" of another minister she hosted in Strelsau)
        # (not of a person named by name: "did she meet Li in Zenda?" is told by their
        # meetings; "the Zendan FM" may be someone else she did host there)
        by_name = any(m.entity in present and c.kind_of(m.entity) == "person"
                      and not set(q.words[max(m.start, 0):m.end + 1]) & c.vocab.leader_words
                      for m in ask.mentions)
        # (whom she hosted there is told after their own meeting: "she hosted Li in
        # Zenda?" of Ben, hosted there)
        there = [i for i in involving(asked, tuple(sorted(placed))) if i not in met
                 and ask.principal & set(i.fact.participants)
                 and (not q.times or index.time_fits(i, q.times) is not False)] \
            if "hosted" in q.kinds or not by_name else []
        if not there and (apart := _apart(c, ask, Reply(met[0].fact.summary,
                                                        [met[0].fact]))) is not None:
            return apart  # "signed the pact with Li in Zenda?": it was with Ben, there
        first = [*met[:1], *there[:1], *met[1:2]] if by_name else [*there[:1], *met[:2]]
        facts = list(dict.fromkeys([*(i.fact for i in first),
                                    *(i.fact for i in involving(other)[:1])]))
        return Reply(" ".join(f.summary for f in facts), facts, verdict=False)
    later = involving(other)
    if later:
        facts = [i.fact for i in later][:2]
        if _hosted_elsewhere(c, ask, facts[0]):
            return Reply(facts[0].summary, facts[:1], verdict=False)
        if not q.past and not q.future and later[0].fact.kind != "invitation" \
                and q.distinct_stems <= (later[0].strong | later[0].weak):
            # "is Zenda hosting the summit?": ahead, and the article says so in those words
            return Reply(later[0].fact.summary, facts[:1], verdict=True)
        lead = "Not yet, according to the article." if not q.future else \
            "Not as a plan, but:"
        # ("Li and Ben met at next month's summit?": where they did meet, if told)
        people = [t for t in (*targets, actor) if t and c.kind_of(t) == "person"
                  and t not in ask.principal]
        met_them = [i.fact for i in sorted(c.pool(CONTACT_KINDS),
                                           key=lambda i: index.time_fits(i, q.times) is not True)
                    if people and not q.future
                    and all(index.takes_part(i, p) for p in people)][:1]
        facts = [*facts[:1], *met_them] if met_them else facts
        return Reply(f"{lead} " + " ".join(f.summary for f in facts), facts)
    # what the article does say about them, the actor's own contacts first
    # the people named say more than the place ("did she meet Li in Zenda": where
    # she did meet Li), and the actor's own contacts come first
    # (then a country met, "the Cuban leader at the summit in Zenda": where they did meet)
    persons = tuple(t for t in (*targets, actor) if t and c.kind_of(t) == "person") or tuple(
        t for t in targets if c.kind_of(t) == "country" and t not in placed)
    named = persons or tuple(t for t in (*targets, actor) if t)
    about = [item for _, item in c.ranked(ask)
             if c.index.relevance(item, named, frozenset(), ask.home) >= (
                 2.0 if q.future else 1.5)]  # (of the past, a contact with its people too)
    who = actor or next(iter(sorted(ask.principal)), "")
    # (a claim of the past is answered from what happened: "she went to Zenda?" by her
    # hosting Zenda's minister, not by a meeting ahead)
    # (and of the time it names: "he came to Zenda in May?" by their meeting in May)
    related = sorted(about, key=lambda i: (who not in i.fact.participants,
                                           (i.fact.kind in FUTURE_KINDS) != q.future,
                                           bool(q.times) and not _fits(c, i.fact, q.times)
                                           ))[:1]
    # (at the place it names, the contact of the kind claimed: "she hosted Zenda's
    # minister in Strelsau?" by whom she did host there)
    there = [i for i in c.pool(asked) if i.fact.kind in CONTACT_KINDS
             and all(index.at(i, p) for p in placed) and who in i.fact.participants] \
        if placed and not q.future and not any(c.kind_of(t) == "person" for t in targets) \
        else []
    related = there[:1] if len(there) == 1 else related
    if not related:
        return None
    # (a city is gone to, never met: "a flight lisbon to jakarta" names two places)
    going = [t for t in targets if t in went or c.kind_of(t) in ("city", "place")]
    # (never deny a place the subject did go to: "a flight from Lisbon to Jakarta" of a
    # tour that began in Jakarta claims no trip to both)
    been = [t for t in going if involving(CONTACT_KINDS, (t,))]
    going = [t for t in going if t not in been]
    # (nor a meeting that did happen: "the sea came up with Li?" when she met Li)
    people = [t for t in targets if t not in going and t not in been
              and c.kind_of(t) not in ("event", "city", "place", "region") and not any(
        c.entities[p].country == t for p in targets if c.kind_of(p) == "person")
              and not (c.kind_of(t) == "person" and involving(CONTACT_KINDS, (t,)))]
    events = [t for t in targets if t not in placed and c.kind_of(t) == "event"]
    doing = join([*(f"going to {p}" for p in going),
                  *([f"meeting {c.words.people(people)}"] if people else [])]) + "".join(
        f" at {c.words.named(e)}" for e in events)
    fact = related[0].fact
    if not going and not people:
        # (at an event, someone met elsewhere: "did he meet Li at the summit?" is No when
        # no meeting of theirs was at it, Yes when one was)
        named_people = [t for t in targets if c.kind_of(t) == "person"]
        at_event = [i.fact for i in c.pool(CONTACT_KINDS) if named_people and events
                    and all(index.takes_part(i, p) for p in named_people)
                    and any(i.fact.occasion == e or e in i.about for e in events)]
        if at_event:
            return Reply(at_event[0].summary, at_event[:1], verdict=True)
        # (of several met at a place, one met elsewhere: "did he meet Li and Ben in Zenda?"
        # when he met Ben in Strelsau: No, and where each was met)
        away = [i.fact for p in named_people if placed and not q.future and not any(
            index.takes_part(i, p) and all(index.at(i, x) for x in placed)
            for i in c.pool(CONTACT_KINDS))
            for i in c.pool(CONTACT_KINDS) if index.takes_part(i, p)][:1]
        if away and len(named_people) > 1:
            facts = list(dict.fromkeys([fact, *away]))
            return Reply(" ".join(f.summary for f in facts), facts, verdict=False)
        if not named_people or not events:
            # ("did Ben and Li discuss the Zendan plant in Strelsau?" of their meeting
            # there, when the plant came up with Ana: No, and where it did)
            return (_about_elsewhere(c, ask, fact) if ask.q.stems & c.vocab.discussion_stems
                    else None) or Reply(fact.summary, [fact])
        doing = f"meeting {c.words.people(named_people)}" + "".join(
            f" at {c.words.named(e)}" for e in events)
    return Reply(f"No: the article does not report {who} {doing}. {fact.summary}", [fact])


def _unheld(c: Composer, claimed: frozenset[str], held: frozenset[str]) -> frozenset[str]:
    """The claim's stems the facts do not hold, a compound whose parts they hold
    ("working-holiday") and another word for an agreement they tell ("arrangement" of
    "agreement", when the rest of the claim is held: not "a defence pact") aside."""
    # (nor another part of speech of a word held: "complaining" of "complaints")
    out = _underived(frozenset(s for s in claimed - held
                               if "-" not in s or not {stem(p) for p in s.split("-") if p}
                               <= held), held)
    agreed = c.vocab.agreement_stems
    if held & agreed and not out - agreed:
        return frozenset()
    # ("wants to" of "plans to": one intent)
    return out - c.vocab.intention_stems if held & c.vocab.intention_stems else out


def _figure_elsewhere(c: Composer, ask: Ask, facts: list[Fact]) -> list[Fact]:
    """The subject's fact that states the figure a claim gives, when the facts it was
    checked against do not (at most one)."""
    if not ask.q.numbers:
        return []
    return [i.fact for i in c.index.facts if i.fact not in facts
            and (not ask.principal or ask.principal & set(i.fact.participants))
            and _states(c, i.fact, ask.q.numbers)][:1]


def _states(c: Composer, fact: Fact, numbers: tuple[int, ...]) -> bool:
    """Does the fact give every one of the figures (its summary or its count)?"""
    return set(numbers) <= numbers_in(" ".join((fact.summary, fact.count or "")),
                                      c.vocab.ordinals)


def _met_named(c: Composer, ask: Ask, facts: list[Fact], targets: tuple[str, ...]
               ) -> list[tuple[Fact, str]]:
    """Whom the facts have the subject meet, those the claim names (or their country's)
    when it names any: another one met there holds no office claimed of these."""
    met = [(f, n) for f in facts for n in f.participants if n not in ask.principal]
    named = [(f, n) for f, n in met if n in targets or (
        (e := c.entities.get(n)) is not None and e.country in targets)]
    return named or met


def _other_office(c: Composer, ask: Ask, reply: Reply) -> Reply | None:
    """'She signed it with the Zendan PM?' where the one of Zenda she met (there or
    anywhere) holds another office: No, with that meeting."""
    countries = tuple(t for t in ask.others if c.kind_of(t) == "country")
    if not countries:
        return None
    facts = [*reply.facts, *(i.fact for i in c.pool(CONTACT_KINDS)
                             if ask.principal & set(i.fact.participants))]
    seen = [(f, n) for f, n in _met_named(c, ask, facts, countries)
            if (e := c.entities.get(n)) is not None and e.country in countries]
    if not seen or any(holds(c, n, f, ask.q.roles) or _office_untold(c, n, f)
                       for f, n in seen):
        return None
    return Reply(seen[0][0].summary, [seen[0][0]], verdict=False)


def _office_untold(c: Composer, name: str, fact: Fact) -> bool:
    """The fact gives no office to deny: "his counterparts from Zenda", a person of no
    known role."""
    entity = c.entities.get(name)
    if entity is None or entity.kind not in ("person", "country"):
        return True
    return not (entity.role if entity.kind == "person" else fact.counterpart)


def _went_on(c: Composer, ask: Ask, targets: tuple[str, ...]) -> Reply | None:
    """'And he went on to Zenda after that?' of the trip just told: its next step, there
    or elsewhere."""
    q = ask.q
    places = list(dict.fromkeys(t for t in targets if c.kind_of(t) in ("city", "country")))
    if not (q.forwards and not q.backwards and q.anaphora and len(places) == 1
            and not q.future):
        return None
    told = [c.index.by_id[f] for f in ask.prefer if f in c.index.by_id]
    carried = [m.entity for m in ask.mentions if m.start < 0
               and c.kind_of(m.entity) in ("city", "country") and m.entity not in places]
    told += [i for i in c.pool(CONTACT_KINDS) for p in carried if c.index.at(i, p)
             and (not ask.principal or ask.principal & set(i.fact.participants))]
    anchor = next((i for i in told if i.fact.kind in CONTACT_KINDS
                   and c.index.followers.get(i.fact.id)), None)
    if anchor is None:
        return None
    step = c.index.by_id[c.index.followers[anchor.fact.id][0]]
    return Reply(step.fact.summary, [step.fact], verdict=c.index.at(step, places[0]))


def _contact_verb(c: Composer, ask: Ask) -> bool:
    """Does the claim say someone met or went somewhere? "Going to" before no name ("is
    Acme going to run a flight?") says what is planned, not a trip."""
    ws = ask.q.words
    named = {i for m in ask.mentions if m.start >= 0 for i in (m.start, m.start - 1)}

    def planned(i: int) -> bool:
        return any(ws[i:i + len(p)] == p and len(p) > 1 and i + len(p) not in named
                   for p in c.vocab.future)

    unknown = {n.casefold() for n in ask.q.unknown_names}

    def becoming(i: int) -> bool:
        # "has Zenda come to rely on oil?", "came to power": "to" before an ordinary word
        # that is no name, place or meeting says what came about, not where anyone went
        after = ws[i + 2] if ws[i + 1:i + 2] == ("to",) and i + 2 < len(ws) else ""
        return bool(after) and i + 2 not in named and after not in unknown \
            and after not in c.vocab.stopwords and after not in c.vocab.contact_words \
            and is_common_word(after)

    # (nor "seen as": what someone is taken for, no one met; nor a noun after "for",
    # "of": "his scope for travel")
    return any(w in c.vocab.contact_words and not planned(i) and not becoming(i)
               and not (ws[i + 1:i + 2] and ws[i + 1] in c.vocab.likeness)
               # ("is tourism going up?", not "going up to Zenda")
               and not (ws[i + 1:i + 2] and ws[i + 1] in c.vocab.trends
                        and not set(ws[i + 2:i + 3]) & c.vocab.locative)
               and not (i and ws[i - 1] in c.vocab.noun_prepositions)
               # ("has been limited": "been" goes nowhere unless a place or name follows)
               and not (w in c.vocab.copulas and i + 1 < len(ws) and i + 1 not in named
                        and ws[i + 1] not in c.vocab.locative
                        and i + 2 not in named)
               for i, w in enumerate(ws))


def _long_tenure(c: Composer, ask: Ask) -> Reply | None:
    """'She's been foreign minister for years, hasn't she?' of "since she took office in
    January": a long time in a post claimed, where the post began in a month of the
    article's own year. No, and when it began."""
    q = ask.q
    if not (q.roles or any(w in c.vocab.offices for w in q.words)) \
            or not any(find(q.words, p) >= 0 for p in c.vocab.long_spans):
        return None
    began = c.post_began(ask)
    return Reply(began.summary, [began], verdict=False) if began is not None else None


def _tenure_since(c: Composer, ask: Ask) -> Reply | None:
    """'She's been foreign minister since June?' of "since she took office in January":
    the month the post began, said Yes or No."""
    q = ask.q
    months = _since(c, q.words)
    if not months or not (q.roles or any(w in c.vocab.offices for w in q.words)) \
            or (began := c.post_began(ask)) is None:
        return None
    told = set((began.time_phrase or "").casefold().split())
    return Reply(began.summary, [began], verdict=bool(months & told))


def _quote_owner(c: Composer, ask: Ask) -> Reply | None:
    """'The "Zenda is an Atlantic nation" line came from Li, yeah?': the words in quotes,
    whole, are one statement's; the person claimed to have said them is its speaker or
    not."""
    q = ask.q
    fact = c.index.stating(quoted_words(q.text))
    if fact is None:
        return None
    inside = {w for t in quotations(q.text) for w in tokens(t.casefold())}
    people = list(dict.fromkeys(  # (not a name inside the quote: "'Zenda is …'")
        m.entity for m in ask.mentions if m.start >= 0 and c.kind_of(m.entity) == "person"
        and not all(w in inside for w in q.words[m.start:m.end])))
    if len(people) != 1:
        return None
    if people[0] in fact.who:
        # ("Li said that Zenda 'always stood …'?" of Li's "Strelsau 'always stood …'")
        return Reply(fact.summary, [fact], verdict=not _misquoted(c, ask, fact))
    return Reply(f"that was {c.words.named(fact.who[0])}, not {c.words.named(people[0])}. "
                 f"{fact.summary}", [fact], verdict=False)


def _said_by(c: Composer, ask: Ask) -> Reply | None:
    """'Did Ben say anything about the visit?': what the facts have him say, about what
    is asked; when he says nothing the article records, or nothing of it, that is not
    said (never a No: the article may simply not report it)."""
    q = ask.q
    if not q.words or q.words[0] not in c.vocab.openers \
            or not any(find(q.words, p) >= 0 for p in c.vocab.open_sayings):
        return None
    speaker = next((m for m in ask.mentions if m.start >= 0 and m.role != "excluded"), None)
    if speaker is None or c.kind_of(speaker.entity) not in ("person", "country") \
            or speaker.start > 1 + (q.words[1] in c.vocab.determiners):
        return None  # ("did they say ...", "did the article say ...": no one to hear)
    # (a country says what its people say: "did the Zendans say anything about it?")
    voices = {speaker.entity} | {e for e in c.entities if c.entities[e].country
                                 == speaker.entity and c.kind_of(e) == "person"}
    person = c.kind_of(speaker.entity) == "person"  # (a country's "who" is no speaker)
    said = [i for i in c.index.facts if voices & set(i.fact.who) and (
        i.fact.kind == "statement" or (person and (i.strong | i.weak) & c.vocab.said_stems))]
    topics = [e for e in ask.others if e != speaker.entity and e not in ask.home]
    words = q.distinct_stems - c.vocab.said_stems - c.vocab.first_person  # ("about us …")
    about = [i for i in said if all(_tied(c, i, e) for e in topics)
             and (topics or not words or words & (i.strong | i.weak))]
    if not about and person and words:
        # ("did Ana say anything about the seafarers?" of talks she held on them)
        about = [i for i in c.index.facts if c.index.takes_part(i, speaker.entity)
                 and (i.strong | i.weak) & c.vocab.discussion_stems
                 and words <= (i.strong | i.weak) and all(_tied(c, i, e) for e in topics)]
    if about:
        return Reply(" ".join(i.fact.summary for i in about[:2]),
                     [i.fact for i in about[:2]], verdict=True)
    name = c.words.named(speaker.entity)
    top = [item for _, item in c.top(ask, minimum=1.0, spread=99.0, most=8)]
    related = [i.fact for i in top[:1]]
    if said:
        of = join([c.words.named(e) for e in topics]) if topics else "that"
        # (what the article does say of it, else what the speaker did say)
        told = [i.fact for i in top if words & (i.strong | i.weak)][:1]
        return c.not_said(f"what {name} said about {of}", told or [i.fact for i in said[:1]])
    return c.not_said(f"what {name} said", related)


def _cleft(c: Composer, ask: Ask) -> Reply | None:
    """'Was it Ben who invited her?', 'the UN is the one that issued the warrant, isn't
    it?': the one said to have done it, against the fact that tells who did."""
    q, ws = ask.q, ask.q.words
    relative = ("who", "that", "which")
    span: tuple[int, int] | None = None
    if "it" in ws[:3] and ws[0] in ("was", "is", "wasn't", "isn't"):
        at = ws.index("it") + 1
        end = next((i for i in range(at + 1, len(ws)) if ws[i] in relative), None)
        span = (at, end) if end is not None else None
    else:
        one = next((i for i in range(1, len(ws) - 2) if ws[i:i + 2] == ("the", "one")
                    and ws[i + 2] in relative and ws[i - 1] in c.vocab.copulas), None)
        span = (0, one - 1) if one is not None else None
    if span is None or span[0] >= span[1]:
        return None
    start, end = span
    named = [m.entity for m in ask.mentions if start <= m.start < end]
    rest = tuple(m for m in ask.mentions if not start <= m.start < end)
    claimed = [w for w in ws[start:end] if w not in c.vocab.stopwords]
    if not claimed or tuple(claimed) in c.vocab.tags:
        return None  # "is it true that ...": the claim is what follows
    found = c.top(Ask(q, rest, ask.prefer, ask.principal, ask.home), minimum=2.0, most=1)
    if not found or not (c.hits(found[0][1], q) or found[0][1].fact.kind in q.kinds):
        return None
    item = found[0][1]
    fact = item.fact
    if named and all(_tied(c, item, e) for e in named):
        return Reply(fact.summary, [fact], verdict=True)
    if named:
        return Reply(fact.summary, [fact], verdict=False)
    held = item.strong | item.weak
    if all(stem(w) in held for w in claimed):
        return None  # "was it the court that issued it?": its own words; checked as usual
    return Reply("the article does not say that. " + fact.summary, [fact], verdict=False)


def _holds_claim(c: Composer, ask: Ask, placed: set[str]) -> bool:
    """Does a fact at the place the question names have the claim's own words?"""
    return any(ask.q.distinct_stems <= (i.strong | i.weak) for p in placed
               for i in c.index.candidates((p,), frozenset()) if c.index.at(i, p))


def _by_country(c: Composer, item: IndexedFact, name: str) -> bool:
    """A person counted in by their country: "the leaders of Brazil, India ..." is likely
    to include India's leader."""
    person = c.entities.get(name)
    return person is not None and person.kind == "person" and bool(person.country) \
        and c.index.takes_part(item, person.country or "")


def _actor(c: Composer, ask: Ask) -> str | None:
    """Who the question says acted: a person named before the verb ("did Ben visit")."""
    q = ask.q
    verbs = [i for i, w in enumerate(q.words) if w in c.vocab.contact_words]
    first_verb = min(verbs) if verbs else len(q.words)
    for m in ask.mentions:
        if 0 <= m.start < first_verb and c.kind_of(m.entity) == "person" \
                and m.role != "excluded":
            return None if m.entity in ask.principal else m.entity
    return None


def _conflict(c: Composer, ask: Ask, facts: list[Fact]) -> Reply | None:
    """A time or a number in the question that the facts contradict: 'No', and the fact
    that says otherwise."""
    q, fact = ask.q, facts[0]
    timed = _timed_elsewhere(c, ask) if q.times else None
    if asked_since := _since(c, q.words):  # "first time since January?": since September
        told = _since(c, list(tokens(" ".join((fact.summary, fact.count or "")).casefold())))
        if told and not asked_since & told:
            return Reply(fact.summary, [fact], verdict=False)
    when = c.time_of(fact)[0]
    if q.times and not when and not timed and q.distinct_stems:
        # "the flight starts this year, right?" of a meeting that discussed the flight,
        # told with no time: the fact with every word of the claim, and its own time
        dated = [i.fact for i in c.index.facts if q.distinct_stems <= (i.strong | i.weak)
                 and c.time_of(i.fact)[0]]
        if dated and not any(_fits(c, f, q.times) for f in dated):
            return Reply(dated[0].summary, dated[:1], verdict=False)
    months = _months(c, fact.summary)
    asked = {m for t in q.times for m in _months(c, t)}  # the months the question names
    # ("did he meet Li in May?" of "a week after being sworn in", sworn in in May: May)
    if q.times and when and not _fits(c, fact, q.times) \
            and not (asked and asked & months) and not timed:
        lead = c.words.lead(fact)
        # the summary, when it has the time (or a month of its own), says the rest too
        # ("first time since last September")
        text = fact.summary if squeeze(when) in squeeze(fact.summary) or not lead \
            or (asked and months) else f"{capital(lead)} {when}."
        return Reply(text, [fact], verdict=False)
    for other in facts if asked else ():  # "took office last September?": in January
        said = _months(c, other.summary)
        if said and not asked & said and not (other is fact and when):
            return Reply(other.summary, [other], verdict=False)
    if not q.numbers:
        return None
    # (a span of time, "in five years", is no count of leaders claimed; a fact listing
    # seven countries' leaders counts seven, figure or not)
    spans = _timed_figures(c, q.words)
    stated = {n: f for f in (*facts, *((timed,) if timed else ()))
              for n in numbers_in(" ".join((f.count or "", f.summary)), c.vocab.ordinals)
              if spans or n not in _timed_figures(c, tokens(f.summary.casefold()))}
    if stated and not set(q.numbers) & (set(stated) | _listed(c, facts)):
        wrong = next((f for f in facts if f.count), facts[0])
        return Reply(wrong.summary, [wrong], verdict=False)
    return None


def _with_discussed(c: Composer, ask: Ask) -> Reply | None:
    """'And that was with Li, right?' after the reply on a signing: is the one named a
    party to the event under discussion? Yes or No, by that event's own fact (not by a
    meeting of Li's elsewhere)."""
    q = ask.q
    if not ask.prefer or not q.anaphora or "with" not in q.words:
        return None
    at = q.words.index("with")
    start = at + 2 if q.words[at + 1:at + 2] == ("the",) else at + 1  # ("with the Zendan FM")
    named = [m.entity for m in ask.mentions if m.start == start
             and c.kind_of(m.entity) in ("person", "country")]
    if len(named) != 1 or any(w not in c.vocab.stopwords and w not in c.vocab.copulas
                              for w in q.words[:at]):
        return None  # (only "that was with …", "was it with …": no claim of its own)
    item = c.index.by_id.get(ask.prefer[0])
    if item is not None and item.fact.kind not in CONTACT_KINDS:
        # (a figure of the event, "up to 500 people": the meeting its sentence tells)
        said = {x.quote for x in item.fact.quotes}
        item = next((i for i in c.pool(CONTACT_KINDS)
                     if said & {x.quote for x in i.fact.quotes}), None)
    if item is None:
        return None
    return Reply(item.fact.summary, [item.fact],
                 verdict=c.index.takes_part(item, named[0]))


def uninvited(c: Composer, ask: Ask) -> Reply | None:
    """'Why did Li invite him to come very soon?' when no invitation of Li's is told and
    another's is: No, and the invitation the question's words fit."""
    said = {m.entity: m.start for m in ask.mentions if m.start >= 0}
    people = [e for e in said if e not in ask.principal and c.kind_of(e) == "person"]
    # (the one said to invite is named before the subject: not "why did she invite Li?")
    if "invitation" not in ask.q.kinds or len(people) != 1 or not any(
            said[people[0]] < at for e, at in said.items() if e in ask.principal):
        return None
    invited = c.pool(("invitation",))
    if not invited or any(c.index.takes_part(i, people[0]) for i in invited):
        return None

    def fits(i: IndexedFact) -> int:
        return len(ask.q.stems & (i.strong | i.weak))

    fit = sorted(invited, key=lambda i: -fits(i))
    if len(fit) > 1 and fits(fit[0]) == fits(fit[1]):
        return None  # (of several, only one the question's own words pick)
    return Reply(fit[0].fact.summary, [fit[0].fact], verdict=False)


def _unplanned(c: Composer, ask: Ask, fact: Fact) -> bool:
    """A Yes to a question of a time ahead ("next year", "in ten years") from a fact of
    what was done, not of a plan, and not of that time: the article says nothing ahead."""
    q = ask.q
    later = [p for p in c.vocab.future_times if find(q.words, p) >= 0]
    if not later or q.past or fact.kind in (FUTURE_KINDS + ("invitation",)):
        return False
    summary = tokens(fact.summary.casefold())
    return not any(find(summary, p) >= 0 for p in later)


def order_premise(c: Composer, ask: Ask) -> Reply | None:
    """'Why did Ben visit Li after he met Ana?' when he visited Li before: the order a
    why or when question takes for granted, checked as a claim's is (No and the steps in
    their order; nothing when it holds or cannot be told)."""
    named = [m.entity for m in ask.mentions if m.start >= 0 and m.entity not in ask.principal]
    if not ask.q.sequence or len(named) < 2 \
            or any(c.kind_of(e) not in ("person", "city", "country") for e in named):
        return None  # (two steps named at least: not "why is the court after him?")
    order = _order(c, ask, _actor(c, ask))
    return order if order is not None and order.verdict is False else None


def rank_elsewhere(c: Composer, ask: Ask, reply: Reply) -> Reply | None:
    """'How many meetings since his fourth term began?' of "his fifth presidential term":
    No, the rank the article gives the thing, and then the answer. Only a rank the articles
    give the same thing, and give it alone, contradicts one said."""
    said = c.ranks(ask.q.words)
    if len(said) != 1 or not said[0][1] or not reply.answered or reply.verdict is not None:
        return None
    rank, nouns = said[0]
    noun = next(stem(w) for w in ask.q.words if stem(w) in nouns)  # (the first said)
    told = [(r, f) for f, r, n in c.quote_ranks if noun in n]
    if not told or len({r for r, _ in told}) != 1 or told[0][0] == rank:
        return None
    if any(r == told[0][0] and noun in n and f is fact for fact in reply.facts[:1]
           for f, r, n in c.quote_ranks):
        return replace(reply, verdict=False)  # (the answer itself says it)
    fact = told[0][1]
    return Reply(f"{fact.summary} {reply.text}", list(dict.fromkeys([fact, *reply.facts])),
                 verdict=False)


def _timed_elsewhere(c: Composer, ask: Ask) -> Fact | None:
    """A fact of the subject with the time asked, about all the question names: the claim
    joins two facts ("left X on March 3 for a 12-day tour"), the time is the other's."""
    if not ask.others:
        return None
    # (a departure claimed is told by a fact of leaving: "left Zenda in February?" of
    # hosting Li in Zenda in February, before setting off, is no joint claim)
    left = ask.q.stems & c.vocab.departure_stems
    return next((item.fact for item in c.index.candidates(ask.others)
                 if c.index.time_fits(item, ask.q.times) and _of_subject(c, ask, item)
                 and (not left or left & (item.strong | item.weak))
                 and all(c.index.relevance(item, (n,), frozenset(), ask.home) >= 1.5
                         for n in ask.others)), None)


def _of_subject(c: Composer, ask: Ask, item: IndexedFact) -> bool:
    """A fact of the subject asked of: one that names no one, or names them."""
    return not item.people or any(c.index.takes_part(item, p) for p in ask.principal)


def _step_of(c: Composer, fact: Fact) -> Fact | None:
    """The dated first step of the trip an undated fact is a later step of."""
    if fact.time_phrase or fact.id not in c.index.by_id:
        return None
    root = c.index.by_id[c.chain(fact.id)[0]].fact
    return root if root is not fact and root.time_phrase else None


def _told(fact: Fact) -> tuple[str, ...]:
    """The words a fact is told in: its summary, time and quotes."""
    return tuple(tokens(" ".join((fact.summary, fact.time_phrase or "",
                                  *(x.quote for x in fact.quotes))).casefold()))


def _foretells_words(c: Composer, ws: tuple[str, ...]) -> bool:
    """Words of something ahead: "will", "plans", "next year" (not "is booming")."""
    return any(find(ws, p) >= 0 for p in (*c.vocab.future, *c.vocab.future_times))


def _fits(c: Composer, fact: Fact, times: tuple[str, ...]) -> bool:
    """The fact's time holds one asked, or the time of the event it is told after does
    ("a week after being sworn in", sworn in in May: May)."""
    if c.fits(fact, times):
        return True
    # (or the trip it is a step of: Strelsau, after Zenda in June)
    return any(f is not None and c.fits(f, times)
               for f in (journey.anchor(c, fact), _step_of(c, fact)))


def _timed(c: Composer, ask: Ask, reply: Reply) -> Reply:
    """The reply with the fact that has the time asked, when its own fact lacks it."""
    if ask.q.times and not _fits(c, reply.facts[0], ask.q.times) \
            and (timed := _timed_elsewhere(c, ask)) and timed not in reply.facts:
        return replace(reply, text=f"{reply.text} {timed.summary}", facts=[*reply.facts, timed])
    return reply


def _about_elsewhere(c: Composer, ask: Ask, fact: Fact) -> Reply | None:
    """'The Zendan Sea came up in Strelsau with Li?': the meeting found holds nothing of
    what the claim says came up, and another of the subject's facts is about it: No,
    with both."""
    found = c.index.by_id.get(fact.id)
    if found is None:
        return None
    untied = [e for e in ask.others if e not in ask.home and e not in ask.principal
              and not _tied(c, found, e)]
    if not untied:
        return None
    other = next((i for i in c.index.facts if i is not found
                  and all(e in i.about for e in untied)
                  and (not ask.principal or ask.principal & set(i.fact.participants))), None)
    if other is None:
        return None
    return Reply(f"{fact.summary} {other.fact.summary}", [fact, other.fact], verdict=False)


def check(c: Composer, ask: Ask, reply: Reply) -> Reply:
    """A yes/no question another kind answered ("did they discuss X?", "has she made
    eight trips?"): the claim checked against what it found, and a verdict where the
    facts give one."""
    return unclaimed(c, ask, _check(c, ask, reply))


def _check(c: Composer, ask: Ask, reply: Reply) -> Reply:
    q = ask.q
    if not reply.answered or reply.verdict is not None or not reply.facts:
        return reply
    if (before := been_before(c, ask)) is not None:
        return before  # "had she been to the region before?" of her trips: her first
    if q.intent is not None and q.intent.answer == "trips" \
            and (called_first := first_claimed(c, ask)) is not None:
        return called_first  # "first time she's been out this way?" of her trips: the first
    if (chosen := either(c, ask, reply)) is not reply:
        return chosen  # "is the flight for this year or next year?": "Next year."
    if (q.numbers or _spans(c, q.words)) and not q.times \
            and (figure := _figure(c, ask)) is not None:
        return figure  # "has she made eight trips?": the number the article gives
    if (conflict := _conflict(c, ask, reply.facts)) is not None:
        return conflict
    if ask.q.roles and (other := _other_office(c, ask, reply)) is not None:
        return other
    reply = _timed(c, ask, reply)
    if _opposed(c, q, reply.facts[:1]):
        # "spends too much?" of "too little": No ("too much or too little?": the other)
        return _unopposed(c, ask, reply) or replace(reply, verdict=False)
    if (apart := _apart(c, ask, reply)) is not None:
        return apart
    if (elsewhere := _about_elsewhere(c, ask, reply.facts[0])) is not None:
        return elsewhere
    if reply.items and not q.numbers and not ask.placed and (
            any(w in c.vocab.existence_words for w in q.words)
            or (q.intent is not None and q.intent.answer == "trips")):
        return replace(reply, verdict=True)  # "has he made any trips abroad?": these
    places = journey.places(c, ask)
    if places and reply.items and set(q.kinds) <= set(CONTACT_KINDS) \
            and not (q.sequence or q.first or q.last):  # (an order claimed: not this)
        # "did she stop in Zenda along the way?": is it among the places of the answer?
        been = {x for f in reply.facts
                for p in (*f.places, *((f.occasion,) if f.occasion else ()))
                for x in c.index.lineage(p)}
        return replace(reply, verdict=all(p in been for p in places))
    words = frozenset().union(*(i.strong | i.weak for f in reply.facts
                                if (i := c.index.by_id.get(f.id)) is not None))
    missing = q.distinct_stems - words
    if missing and not any(missing & (i.strong | i.weak) for i in c.index.facts):
        # "did they discuss cocoa?": nothing of it in this article
        return Reply("the article does not report that. " + reply.text, reply.facts,
                     verdict=False, unheld=True)
    first = c.index.by_id.get(reply.facts[0].id)
    if first is not None and q.distinct_stems and q.distinct_stems <= first.strong | first.weak \
            and not (q.numbers or q.times or q.unknown_names) and all(
                _tied(c, first, e) for e in ask.others if e not in ask.home):
        # "did she discuss fishing with Ben?": all his
        return replace(reply, verdict=not only_discussed(c, ask, reply.facts[0]))
    return reply


def _tied(c: Composer, item: IndexedFact, name: str) -> bool:
    """Is the fact about `name` (a participant, place or subject of it, or a place it lies
    in), not merely in the same region?"""
    return c.index.relevance(item, (name,), frozenset()) >= 1.5



def _apart(c: Composer, ask: Ask, reply: Reply) -> Reply | None:
    """A claim that pairs what the article keeps apart. 'Did she discuss palm oil with Li
    in Zenda?' when palm oil came up with Ben: what was found is not Li's, and none of
    Li's facts holds the claim's words. 'Did she discuss fishing in Zenda?' when Zenda's
    talks were on trade and fishing came up in Strelsau. No, and what each did hold."""
    q, index = ask.q, c.index
    found = [i for f in reply.facts if (i := index.by_id.get(f.id)) is not None]
    if not found or not q.distinct_stems:
        return None
    named = [e for e in ask.others if e not in ask.home and c.kind_of(e) != "region"]
    apart = [e for e in named if not any(_tied(c, i, e) for i in found)]
    if apart:
        theirs = [i for i in index.candidates(tuple(apart)) if all(_tied(c, i, e) for e in apart)]
        # (the claim held there, by those the facts found do have: no pairing of apart
        # things; "the pact with Li in Zenda" held in Zenda, but with Ben, is one)
        if not theirs or any(q.distinct_stems <= (i.strong | i.weak) and all(
                _tied(c, i, e) for e in named if e not in apart) for i in theirs):
            return None
        people = [e for e in named if e not in apart and c.kind_of(e) == "person"]
        placed = _placed(c, ask)
        if len(placed) > 1 and set(apart) <= placed \
                and any(all(_tied(c, i, p) for p in people) and (
                    not ask.principal or ask.principal & set(i.fact.participants))
                    for i in theirs):
            return None  # "did they meet in Zenda and again in Strelsau?": once in each
        own = theirs[0].fact
    else:
        held = frozenset().union(*(i.strong | i.weak for i in found))
        # (a figure is no word to find elsewhere: "five leaders" is not "in five years")
        spans = _timed_figures(c, q.words)
        missing = q.distinct_stems - held - {stem(w) for w in q.words
                                             if (n := number(w)) is not None and n not in spans}
        missing -= _dating(c, q)
        if not named or not missing:
            return None
        elsewhere = [i for i in index.candidates((), missing) if missing <= (i.strong | i.weak)
                     and not any(_tied(c, i, e) for e in named)]
        if not elsewhere:
            return None
        if missing == q.distinct_stems and missing & c.vocab.agreement_stems \
                and c.vocab.existence_words & set(q.words):
            # ("did she sign any deals with Li?" when Li's facts tell of no deal, nor of
            # anything else the claim says was done: not told, whoever else signed one)
            return c.not_said("that", reply.facts[:1])
        own = elsewhere[0].fact
    facts = [reply.facts[0], own] if own != reply.facts[0] else [own]
    return Reply(" ".join(f.summary for f in facts), facts, verdict=False)


def _figure(c: Composer, ask: Ask) -> Reply | None:
    """The article's own figure for what a claimed number counts ("eight foreign trips":
    the fact counting trips), and whether it is the claimed one."""
    q = ask.q
    if (ranked := _ranked(c, ask)) is not None:
        return ranked
    # (a figure the parse counts: not the pronoun of "a six-year one")
    at = next((i for i, w in enumerate(q.words) if (n := number(w)) is not None
               and n in q.numbers), None)
    if at is None and _spans(c, q.words):
        return _span_figure(c, ask)  # "the tour was only a week?"
    if at is None or not q.words[at].isalnum() or (
            q.words[at][-2:].isalpha() and number(q.words[at][:-2]) is not None):
        return None  # "his 5th term" ranks, it counts nothing (not "1000": a figure)
    after = q.words[at + 1:at + 4]  # what the figure counts, up to the next figure
    after = after[:next((i for i, w in enumerate(after) if number(w) is not None), len(after))]
    counted = {stem(w) for w in after if w not in c.vocab.stopwords or w in c.vocab.nouns}
    if q.words[at + 1:at + 2] and q.words[at + 1] in c.vocab.time_units:
        return _span_figure(c, ask)
    claim = {stem(w) for w in q.words if w not in c.vocab.stopwords}
    best, most = None, (0, 0)
    for item in c.index.facts:
        said = item.fact.count or ""
        stated = numbers_in(said)
        overlap = len(counted & ({stem(w) for w in tokens(said.casefold())} | item.strong))
        # (of two sums in euros, the one the claim's other words are about: "trade … 5
        # billion euros" is the trade's figure, not an aid pledge's)
        score = (overlap, len(claim & ({stem(w) for w in tokens(item.fact.summary.casefold())}
                                       | item.strong)))
        if (stated or any(ch.isdigit() for ch in said)) and overlap and score > most:
            # (a figure with a decimal point, "3.1 billion", counts no whole things)
            best, most = (item.fact, stated), score
    if best is None:
        return None
    fact, stated = best
    # "he also went to two countries to meet their leaders" of a fact naming two: its own
    # list is the figure, when it has more of the claim's words than the counting fact
    named = [i for i in c.index.facts if i.fact is not fact and len(
        {p for p in (*i.fact.places, *i.fact.who) if c.kind_of(p) in ("country", "city")})
        in q.numbers]

    def told(f: Fact) -> int:  # the claim's words in the fact's own sentence
        return len(claim & {stem(w) for w in tokens(f.summary.casefold())})

    listed = max(named, key=lambda i: told(i.fact), default=None)
    counting = c.index.by_id.get(fact.id)
    if listed is not None and told(listed.fact) > told(fact):
        return Reply(listed.fact.summary, [listed.fact], verdict=True)
    # (the figure claimed of what the fact counts: "seven countries in 12 days" is no
    # "12 days" said of the countries)
    held = number(q.words[at]) in stated and _unlike(c, ask, counting) is None
    # ("15 presidents?" of "15 meetings with presidents, ministers …": the figure counts
    # the meetings, a thing the claim never names)
    counts = {stem(w) for w in tokens((fact.count or "").casefold())
              if w.isalpha() and w not in c.vocab.stopwords and number(w) is None}
    if held and counts and counted and not counts & (counted | claim) \
            and not counted & (c.vocab.occasion_stems | c.vocab.discussion_stems):
        held = False
    if held and _substitute(c, q, fact) is not None and any(
            not any(stem(w) in i.strong | i.weak for i in c.index.facts)
            for w in q.distinctive if number(w) is None):
        held = False  # "40 million in military aid" of development aid: a word no fact has
    if held and sum(ch.isdigit() for ch in q.words[at]) > 2:
        # ("8000 Portuguese sailors on Filipino ships?": a large figure told settles
        # nothing of whose they are; the claim's other words decide)
        return None
    return Reply(fact.summary, [fact], verdict=held)


def _ranked(c: Composer, ask: Ask) -> Reply | None:
    """'Her 5th trip out there?' of 'her first trip to the region': the rank the article
    gives the thing claimed (a fact of the subject, about all the claim names)."""
    q = ask.q
    at = next((i for i, w in enumerate(q.words) if (c.rank(w) or 0) > 1), None)
    if at is None:
        return None
    nouns = {stem(w) for w in q.words[at + 1:at + 3] if w not in c.vocab.stopwords}
    for _, item in c.ranked(ask):
        ranks = {r for w in tokens(item.fact.summary.casefold()) if (r := c.rank(w))}
        if ranks and nouns & (item.strong | item.weak) and _of_subject(c, ask, item) \
                and all(_tied(c, item, n) for n in ask.others if n not in ask.home):
            return Reply(item.fact.summary, [item.fact], verdict=c.rank(q.words[at]) in ranks)
    return None


def _spans(c: Composer, ws: list[str] | tuple[str, ...], claimed: bool = True) -> set[int]:
    """The spans of time the words give, in days ("in 24 years", "a 12-day tour", "only a
    week" when `claimed`: of a fact, "for a year" tells how long a thing lasts, no span
    to check), so that a week and twelve days are told apart."""
    days = c.vocab.unit_days
    fused = {n * days.get(u, 1) for n, u in _fused_spans(c, ws)}
    after = c.vocab.before_words | {p[0] for p in c.vocab.sequence}

    def one(i: int) -> bool:  # "a week" claimed; of a fact, "a week after" something
        return ws[i] in c.vocab.indefinite and (
            claimed or (i + 2 < len(ws) and ws[i + 2] in after))

    return fused | {n * days.get(b, 1) for i, (a, b) in enumerate(pairwise(ws))
                    if b in c.vocab.time_units
                    and (n := 1 if one(i) else number(a)) is not None}


def longer(c: Composer, ask: Ask) -> Reply | None:
    """'Whose gap was longer, Li's since his last Zenda visit or Ben's since his last
    trip to Strelsau?': the span each side's fact gives, compared; the one asked for first."""
    q = ask.q
    said = next((w for w in q.words if w in c.vocab.longer or w in c.vocab.shorter), None)
    if said is None or "or" not in q.words:
        return None
    cut = q.words.index("or")
    sides = [[m.entity for m in ask.mentions if 0 <= m.start < cut],
             [m.entity for m in ask.mentions if m.start > cut]]
    if not all(sides):
        return None
    spanned = [(i, max(found)) for i in c.index.facts
               if (found := _spans(c, list(tokens(i.fact.summary.casefold())), False))]

    def best(names: list[str]) -> tuple[IndexedFact, int] | None:
        tied = [(sum(_tied(c, i, n) for n in names), i, span) for i, span in spanned]
        top = max((t for t in tied if t[0]), key=lambda t: t[0], default=None)
        return (top[1], top[2]) if top is not None else None

    one, other = best(sides[0]), best(sides[1])
    if one is None or other is None or one[0] is other[0] or one[1] == other[1]:
        return None
    first = (one[1] > other[1]) == (said in c.vocab.longer)
    won, lost = (one, other) if first else (other, one)
    side = sides[0] if first else sides[1]
    names = join([c.words.named(n) for n in side])
    return Reply(f"{capital(said)}: {names}. {won[0].fact.summary} {lost[0].fact.summary}",
                 [won[0].fact, lost[0].fact])


def _swapped(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'Li said Zenda always stood firm' of "Li said Strelsau 'always stood firm'": the
    words said are the fact's, the country claimed in them is not the one it names."""
    item = c.index.by_id.get(fact.id)
    text = fold(fact.summary)
    if item is None or fact.kind != "statement" or c.hits(item, ask.q) < 2:
        return False
    claimed = [m.entity for m in ask.mentions if m.start >= 0
               and c.kind_of(m.entity) == "country" and fold(m.entity) not in text]
    told = [e for e in c.entities.values() if e.kind == "country" and fold(e.name) in text]
    return bool(claimed and told)


def _misquoted(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'Did she say "Zenda is a Pacific nation"?' of her "Zenda is an Atlantic nation": words
    put in quotes as said, that the fact's quote nearly has, but not as said. (A statement
    put in quotes to be checked, "'Acme is building the plant' - accurate?", claims no
    words said: it is checked as a claim.)"""
    for typed in quotations(ask.q.text):
        said = set(tokens(typed.casefold()))
        if len(said) < 3 or not any(stem(w) in c.vocab.said_stems
                                    for w in tokens(ask.q.text.casefold())):
            continue
        for x in fact.quotes:
            told = set(tokens(x.quote.casefold()))
            if _bare(typed) not in _bare(x.quote) and len(said & told) >= 0.6 * len(said):
                return True
    # told without quotes: "she said Zenda is a river nation" of "Zenda is a mountain
    # nation": the words after the verb of saying are the quote's but for one
    # (its tag aside: "…, correct?")
    untagged = ask.q.words[:len(ask.q.words) - c.vocab.tag_length(ask.q.words)]
    ws = [w for w in untagged if w not in c.vocab.determiners]
    verb = next((i for i, w in enumerate(ws) if stem(w) in c.vocab.said_stems), None)
    if verb is None:
        return False
    # (any verb of saying is the quote's own: "quotes Li saying Zenda …" of "Li said …")
    ws = ["said" if stem(w) in c.vocab.said_stems else w for w in ws]
    return any(_one_word_off(ws[start:], [w for w in tokens(x.quote.casefold())
                                          if w not in c.vocab.determiners])
               # (from the verb itself: "Li said Zenda always …" of "Li said Strelsau
               # always …", the one word off right after it)
               for start in range(verb, len(ws) - 2) for x in fact.quotes)


def _one_word_off(said: list[str], quote: list[str]) -> bool:
    """Do the words said stand in the quote in order, but for one word in their middle?"""
    n = len(said)
    return n >= 3 and any(
        sum(a != b for a, b in zip(said, quote[i:i + n], strict=True)) == 1
        and said[0] == quote[i] and said[-1] == quote[i + n - 1]
        for i in range(len(quote) - n + 1))


def _bare(text: str) -> str:
    """The text squeezed, its quote marks dropped: words quoted inside a quote match."""
    return squeeze(text).replace('"', "").replace("'", "")


def _reversed(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'Zendan sailors work on Ruritanian ships?' of "Ruritanian seafarers who work on
    Zendan-flagged ships": two countries either side of the same words, the other way
    round."""
    ws = ask.q.words
    named = sorted((m for m in ask.mentions if m.start >= 0
                    and c.kind_of(m.entity) == "country"), key=lambda m: m.start)
    if len(named) != 2 or named[0].entity == named[1].entity:
        return False
    told = tokens(" ".join(x.quote for x in fact.quotes).casefold() or fact.summary.casefold())

    def at(word: str) -> int:  # (the word as typed, or its start: "portuguese-flagged")
        return next((i for i, t in enumerate(told) if t == word or t.startswith(f"{word}-")),
                    -1)

    first, second = (at(ws[m.start]) for m in named)
    if first < 0 or second < 0 or first < second:
        return False
    between = {stem(w) for w in ws[named[0].end:named[1].start]
               if w not in c.vocab.stopwords}
    return bool(between & {stem(w) for w in told[second + 1:first]})


def _firsts(c: Composer, ws: Iterable[str]) -> bool:
    """Do the words call something the first?"""
    return any(w in c.vocab.ordinal_first for w in ws)


def _first_ever(c: Composer, ask: Ask) -> Reply | None:
    """'Was it his first ever trip there?' of "his first trip there in 24 years": No, and
    the fact with its span; the first of all time is not what the article tells."""
    ws = ask.q.words
    if not any(w in c.vocab.ever_words for w in ws) or not (
            _firsts(c, ws) or any(w.split("-")[0] in c.vocab.ordinal_first for w in ws)):
        return None
    named = [e for e in ask.others if e not in ask.home]
    told = [i for i in c.index.facts if _firsts(c, tokens(i.fact.summary.casefold()))
            and _spans(c, list(tokens(f"{i.fact.count or ''} {i.fact.summary}".casefold())),
                       False)
            and all(_tied(c, i, e) for e in named)]
    if not told:
        return None
    best = max(told, key=lambda i: c.hits(i, ask.q))
    return Reply(best.fact.summary, [best.fact], verdict=False)


def been_before(c: Composer, ask: Ask) -> Reply | None:
    """'Had she been to the region before?', 'he had already travelled there several
    times?': a trip before this one, against a fact that calls this one the first ("her
    first trip to the region since she took office": No; "his first in 24 years": Yes,
    24 years before)."""
    ws = ask.q.words
    # (not "before the trip": the time before setting off; nor "did anyone …")
    at = next((i for i, w in enumerate(ws) if w in c.vocab.prior_words and not any(
        x in c.vocab.setting_off for x in ws[i + 1:i + 3])), None)
    if at is None or ask.q.times \
            or any(at < m.start <= at + 2 for m in ask.mentions if m.start >= 0) \
            or not set(ws).isdisjoint(c.vocab.existence_words) \
            or not any((stem(w) in c.vocab.visit_words or w in c.vocab.contact_words)
                       and w not in c.vocab.locative for w in ws):
        return None  # ("before Zenda": an order of steps; "in March before this": a time)
    return _first_told(c, ask, before=True)


def first_claimed(c: Composer, ask: Ask) -> Reply | None:
    """'First time she's been out this way?' of her trips: the fact that calls one the
    first ("her first trip to the region since she took office": Yes; "his first in 24
    years": No, one 24 years before)."""
    if not _called_first(c, ask.q.words, c.vocab.first_nouns):
        return None
    return _first_told(c, ask, before=False)


def _first_told(c: Composer, ask: Ask, *, before: bool) -> Reply | None:
    """The fact that calls the trip asked of the first, with the verdict on a trip
    `before` it (or, not `before`, on its being the first)."""
    # (not a place at home: her own capital, from the talk before, is where a trip starts)
    named = [e for e in ask.others if not c.index.lineage(e) & ask.home]
    told = [i for i in c.index.facts if _first_trip(c, i.fact.summary)
            # (the subject's, or the article's own background: "her first trip …")
            and (any(_tied(c, i, e) for e in ask.principal)
                 or not (i.fact.subject or i.fact.participants or i.fact.who))
            and all(_tied(c, i, e) for e in named)]
    if not told:
        return None
    best = max(told, key=lambda i: c.hits(i, ask.q))
    if ask.placed and not any(c.index.at(best, p) for p in ask.placed):
        return None  # ("did he already go to Zenda?" of a first meeting with its leader elsewhere)
    said = list(tokens(f"{best.fact.count or ''} {best.fact.summary}".casefold()))
    # (a trip before it: "the first in 24 years", "the first since last September"; not
    # "the first since she took office")
    since = next((i for i, w in enumerate(said) if w in c.vocab.since_words), None)
    ago = _spans(c, said, False) or (since is not None and bool(
        set(said[since + 1:since + 4]) & (set(c.vocab.months) | c.vocab.past_times)))
    return Reply(best.fact.summary, [best.fact], verdict=bool(ago) == before)


def _first_trip(c: Composer, text: str) -> bool:
    """Does the sentence call a trip, visit or meeting the first ("her first trip to the
    region", "for the first time since", "his first to Zenda in five years")?"""
    return _called_first(c, tokens(text.casefold()), c.vocab.first_nouns | c.vocab.route_ends)


def _called_first(c: Composer, ws: Sequence[str], after: frozenset[str]) -> bool:
    """Is "first" said of one of the words `after` it ("first trip", "first to")?"""
    return any(w in c.vocab.ordinal_first and ws[i + 1:i + 2] and ws[i + 1] in after
               for i, w in enumerate(ws))


def _span_figure(c: Composer, ask: Ask, alone: bool = True) -> Reply | None:
    """A span of time claimed ("his first in 10 years", "a four-year term", "only a week")
    against the spans the article gives ("in 24 years", "six-year"), the one most about
    the claim; never a fact that merely lasts a year. Not `alone`: the claim's other
    figures ("a 10-day trip to six countries") are checked apart."""
    def spans(fact: Fact) -> set[int]:
        return _spans(c, list(tokens(f"{fact.count or ''} {fact.summary}".casefold())), False)

    told = [(i, found) for i in c.index.facts if (found := spans(i.fact))]
    if not told:
        return None
    # ("Li hadn't been to Zenda in ten years": the span of the one named)
    named = list(ask.others)
    # (the span's own figure is no word to find: "the tour was 3 weeks" is not "March 3")
    ws = ask.q.words
    spanned = {w for w, after in pairwise(ws)
               if number(w) is not None and after in c.vocab.time_units}
    # (with no other word to find, the thing the span is of is one: "her 3 week trip")
    spanning = {stem(ws[i + 2]) for i, w in enumerate(ws[:-2]) if w in spanned
                and ws[i + 1] in c.vocab.time_units and ws[i + 2] not in c.vocab.stopwords} \
        if ask.q.distinct_stems <= spanned else set()
    q = replace(ask.q, distinct_stems=(ask.q.distinct_stems - spanned) | spanning)

    def weight(i: IndexedFact) -> int:
        return c.hits(i, q) + (2 if named and all(_tied(c, i, e) for e in named) else 0)

    # (of equals, the one that counts it: "the tour lasted 12 days")
    item, stated = max(told, key=lambda t: (weight(t[0]), bool(t[0].fact.count)))
    top = max(c.index.facts, key=weight)
    beaten = weight(top) > weight(item)  # (a fact with no span fits the claim better)
    if beaten and _firsts(c, q.words) and _firsts(c, tokens(top.fact.summary.casefold())):
        # "her first trip there in 24 years?" of "her first trip there since January":
        # the first the article tells is not the one claimed
        return Reply(top.fact.summary, [top.fact], verdict=False)
    # (beside a figure checked apart, facts that all give the one span give it: "five
    # countries in a month" of a tour that lasted 12 days)
    agreed = not alone and len({frozenset(s) for _, s in told}) == 1
    if (not weight(item) and len(told) > 1 and not agreed) or (beaten and alone):
        return None  # (no span of what is claimed, "doubled over the past decade": the
        # other checks say; beside a figure checked apart, "five countries in a month",
        # the span is of the fact that gives one)
    # (what an equal fact tells against it counts too: "a 12-day tour of Zenda?" of the
    # tour counted, whose places its fellow gives)
    held = bool(_spans(c, ask.q.words) & stated) and (not alone or all(
        _unlike(c, ask, i) is None for i, _ in told if weight(i) == weight(item)))
    return Reply(item.fact.summary, [item.fact], verdict=held)


def _figure_told(c: Composer, ask: Ask, facts: list[Fact]) -> Reply | None:
    """A figure claimed of a meeting whose facts give none ("the deal lets 5,000 people
    go each way?"): the fact that has the claim's words and a figure, checked by it."""
    claimed = set(ask.q.numbers)
    if not claimed or ask.q.times or any(numbers_in(f.summary) for f in facts):
        return None
    named = [m.entity for m in ask.mentions if m.entity not in ask.principal]
    figured = [i for i in c.index.facts if numbers_in(i.fact.summary)
               and c.hits(i, ask.q) >= 2 and all(_tied(c, i, e) for e in named)]
    if not figured:
        return None
    best = max(figured, key=lambda i: c.hits(i, ask.q))
    held = bool(claimed & numbers_in(best.fact.summary, c.vocab.ordinals))
    return Reply(best.fact.summary, [best.fact], verdict=held)


def _same_span(c: Composer, ws: tuple[str, ...], told: str) -> set[int]:
    """The claim's figures counting a span the fact gives in another unit ("in ten years"
    of "over the past decade")."""
    days = {c.vocab.unit_days[w] for w in tokens(told.casefold()) if w in c.vocab.unit_days}
    return {n for w, unit in pairwise(ws) if (n := number(w)) is not None
            and unit in c.vocab.unit_days and n * c.vocab.unit_days[unit] in days}


def _units(c: Composer, text: str) -> set[str]:
    """The units of time a text counts in ("a week after", "in 24 years")."""
    return {stem(w) for w in tokens(text.casefold()) if w in c.vocab.time_units}


def _months(c: Composer, text: str) -> set[str]:
    words = set(tokens(text.casefold()))
    return {m for m in c.vocab.months if m in words}


def _since(c: Composer, words: list[str] | tuple[str, ...]) -> set[str]:
    """The months a "since ..." reckons from ("first time since last September")."""
    return {w for i, w in enumerate(words) if w in c.vocab.months
            and "since" in words[max(0, i - 3):i]}


def event_elsewhere(c: Composer, ask: Ask, reply: Reply) -> Reply | None:
    """'Who's going to the Zenda summit in Strelsau?' of one held in Zenda: No, where it
    is, then the answer."""
    if not reply.answered or reply.verdict is not None or not reply.facts \
            or not (ask.placed or ask.q.unknown_names) \
            or not any(c.kind_of(e) == "event" for e in ask.others):
        return None
    wrong = _event_premise(c, ask, ask.others, set(ask.placed))
    if wrong is None or not wrong.focus:  # (its place, not its time: that is weighed apart)
        return None
    facts = list(dict.fromkeys((*wrong.facts[:1], *reply.facts)))
    return Reply(f"{wrong.text} {reply.text}", facts, verdict=False)


def office_elsewhere(c: Composer, ask: Ask, reply: Reply) -> Reply | None:
    """'Which Zendan minister signed the deal with her?' when the one who did is
    Strelsau's: No, and the fact that names who did."""
    ws = ask.q.words
    # (the office asked of, right after "which": whom it stands for)
    asked = [m.entity for m in ask.mentions if m.start == 1 and ws[0] in c.vocab.generic_questions
             and c.kind_of(m.entity) == "person" and m.entity not in ask.principal]
    if not asked or ask.q.future or not reply.answered or reply.verdict is not None \
            or not reply.facts or (item := c.index.by_id.get(reply.facts[0].id)) is None:
        return None
    # (someone else named doing it, not the one asked of in any way)
    others = [p for p in item.fact.participants if c.kind_of(p) == "person"
              and p not in ask.principal]
    if not others or any(c.index.relevance(item, (p,), frozenset(), ask.home) > 0
                         for p in asked):
        return None
    return replace(reply, verdict=False)


def presupposed(c: Composer, ask: Ask, reply: Reply) -> Reply:
    """A time or figure a wh-question takes for granted ("why did Li invite her to the
    summit in November?" of one in September; "how did her 10-day tour go?" of 12 days):
    No, and the fact that says otherwise."""
    if not reply.answered or reply.verdict is not None or not reply.facts \
            or not (ask.q.times or set(ask.q.numbers) - {1, ask.q.nth}  # ("which one was…",
                    # "what was stop #2?")
                    or _spans(c, ask.q.words)):
        return reply
    if not ask.q.times and _spans(c, ask.q.words) and (
            (span := _span_figure(c, ask)) is not None and span.verdict is False):
        return span
    if ask.q.numbers and _other_currency(c, ask, " ".join(_told(reply.facts[0]))):
        return replace(reply, verdict=False)  # "why did she pledge 40 million dollars?"
    return _conflict(c, ask, reply.facts) or reply


def _held_by(c: Composer, fact: Fact) -> frozenset[str]:
    """The stems a fact answers to (none for a fact not indexed)."""
    i = c.index.by_id.get(fact.id)
    return i.strong | i.weak if i is not None else frozenset()


def outcome_elsewhere(c: Composer, ask: Ask, reply: Reply) -> Reply | None:
    """'How much did she pledge to Zenda?' when her pledge went to Strelsau: a result the
    question takes for granted of a place it names, told only of another place: No, and
    the result as the article tells it."""
    claimed = ask.q.stems & c.vocab.outcome_stems - c.vocab.outcome_nouns
    named = {m.entity for m in ask.mentions if m.start >= 0}  # (this message's own)
    places = [e for e in ask.others if e in named and c.kind_of(e) in ("country", "city")
              and not c.index.lineage(e) & ask.home]
    if not claimed and places and (sums := _sums(c, ask.q.words)):
        # "why did she give Zenda 40 million euros?": the sum is told of another place
        given = [i for i in c.index.facts
                 if sums & _sums(c, tokens(i.fact.summary.casefold()))]
        if given and not any(_tied(c, i, e) for i in given for e in places):
            return Reply(given[0].fact.summary, [given[0].fact], verdict=False)
    if not claimed or (reply.answered and reply.facts and claimed & _held_by(c, reply.facts[0])):
        return None  # (a result the answer found tells it: "what did they pledge in Zenda?")
    if not places:
        return None
    told = [i for i in c.index.facts if claimed & (i.strong | i.weak)
            and (not ask.principal or any(_tied(c, i, p) for p in ask.principal))]
    if not told or any(_tied(c, i, e) for i in told for e in places):
        return None
    people = [e for e in ask.others if e not in places]
    # (beside the result, a word of the fact's or the one it was with: "for schools",
    # "with Ben"; "what deals did she sign in Zenda?" alone is a thing not said)
    plain = ask.q.stems - c.vocab.outcome_stems - c.vocab.occasion_stems - c.vocab.visit_words \
        - term_stems((*c.vocab.months, *c.vocab.time_units))

    def held(i: IndexedFact) -> int:
        return len(plain & i.strong) + sum(_tied(c, i, e) for e in people)

    best = max(told, key=lambda i: (held(i), c.hits(i, ask.q)))
    if not held(best) or any(plain & i.strong for i in c.index.facts
                             if any(_tied(c, i, e) for e in places)):
        return None  # ("how much climate finance did she pledge to Zenda?" where Zenda's
        # leader asked for climate finance: a sum not said)
    return Reply(best.fact.summary, [best.fact], verdict=False)


def opposed(c: Composer, ask: Ask, reply: Reply) -> Reply:
    """A statement ("critics say it wastes too much", "it lets 5000 people come") whose
    answer says the opposite, or another figure: No."""
    if reply.verdict is not None or not reply.facts:
        return reply
    if _other_figure(c, ask, reply.facts[0]):
        return Reply(reply.facts[0].summary, reply.facts[:1], verdict=False)
    if not _opposed(c, ask.q, reply.facts[:1]):
        return reply
    return _unopposed(c, ask, reply) \
        or Reply(reply.facts[0].summary, reply.facts[:1], verdict=False)


_DECIMAL = re.compile(r"\d+\.\d+")


def _other_decimal(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'Trade hit 1.3 billion?' or '13 billion?' of "3.1 billion": a figure with a decimal
    point, or a sum in millions or billions, the fact gives otherwise (whole numbers are
    weighed by what they count, elsewhere)."""
    claimed = set(_DECIMAL.findall(" ".join(ask.q.words)))
    told = set(_DECIMAL.findall(fact.summary))
    if claimed and told and not claimed & told:
        return True
    sums = _sums(c, ask.q.words)
    said = _sums(c, tokens(fact.summary.casefold()))
    return bool(sums) and bool(said) and not sums & said


def _sums(c: Composer, ws: Sequence[str]) -> set[tuple[str, str]]:
    """The sums a text gives in thousands, millions or billions: ("3.1", "billion")."""
    return {(w, after) for w, after in zip(ws, (*ws[1:], ""), strict=True)
            if after in c.vocab.scale_words and (_DECIMAL.fullmatch(w) or number(w) is not None)}


def _other_figure(c: Composer, ask: Ask, fact: Fact, spans: bool = True) -> bool:
    """'It lets 5000 young people come' of "up to 500 young people": the fact counts what
    the claim's figure counts (the words after it), with another figure (a span, "in ten
    years", only where `spans`: a span is no count of things beside "for a year")."""
    q = ask.q
    if not q.numbers or q.times:
        return False
    item = c.index.by_id.get(fact.id)
    stated = numbers_in(" ".join((fact.count or "", fact.summary)), c.vocab.ordinals)
    if item is None or not stated or set(q.numbers) & stated:
        return False
    at = next(i for i, w in enumerate(q.words) if number(w) is not None)
    counted = {stem(w) for w in q.words[at + 1:at + 3] if w not in c.vocab.stopwords}
    return bool(counted) and counted <= (item.strong | item.weak) \
        and (spans or not any(w in c.vocab.time_units for w in q.words[at + 1:at + 2]))


def _opposed(c: Composer, q: Parsed, facts: list[Fact]) -> bool:
    """'Critics say it spends too much?' of "spends too little": the claim has a word
    whose opposite the facts say, and not the word itself."""
    if set(q.words) & c.vocab.done_words and not q.future and any(
            find(tuple(tokens((f.time_phrase or "").casefold())), p) >= 0
            for f in facts for p in c.vocab.future_times):
        return True  # "the flight already started?" of one planned for next year
    told: tuple[str, ...] | None = None
    # (a compound's parts too: "anti-zendan", "zenda-friendly")
    said = _with_parts(q.words)
    for w in set(said):
        for one, other in c.vocab.opposed.get(w, ()):
            if find(said, one) < 0:
                continue
            if told is None:
                told = _quoted_words(tuple(x.quote for f in facts for x in f.quotes))
            if find(told, other) >= 0 and find(told, one) < 0:
                return True
    return False


def opposed_premise(c: Composer, ask: Ask) -> Reply | None:
    """'Why is Zenda cutting back on the oil?' of Zenda relying on it more and more: the
    question takes for granted the opposite of what the fact says. No, and the fact."""
    if not any(find(ask.q.words, p) >= 0 for p in c.vocab.trend_claims):
        return None
    found = c.top(ask, c.focused(ask), minimum=1.0, most=1)
    if not found or not _opposed(c, ask.q, [found[0][1].fact]):
        return None
    fact = found[0][1].fact
    return Reply(fact.summary, [fact], verdict=False)


@lru_cache(maxsize=4096)  # the same facts' quotes, for each claim weighed against them
def _quoted_words(quotes: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the quotes, compounds followed by their parts."""
    return _with_parts(tokens(" ".join(quotes).casefold()))


def _with_parts(ws: Sequence[str]) -> tuple[str, ...]:
    """The words, each compound followed by its parts ("zenda-friendly", "zenda",
    "friendly")."""
    return tuple(p for w in ws for p in (w, *(w.split("-") if "-" in w else ())))


def _qualified(c: Composer, q: Parsed, items: list[IndexedFact]) -> bool:
    """'Did they sign a trade deal there?' of a holiday agreement: a word qualifying what
    the facts hold that is a topic of other facts, not of these: another thing claimed."""
    held = frozenset().union(*(i.strong | i.weak for i in items))
    ids = {i.fact.id for i in items}

    def topic(s: str) -> bool:  # a topic of some other fact
        return any(s in i.strong for i in c.index.with_stem(s) if i.fact.id not in ids)

    return any((s := stem(a)) in q.distinct_stems and s not in held
               and stem(b) in held and b not in c.vocab.stopwords and topic(s)
               for a, b in pairwise(q.words))


def _substitute(c: Composer, q: Parsed, fact: Fact) -> str | None:
    """The fact's words where the question has others between the same two words: "a
    coal power plant?" of "the gas power plant", "sign a free trade agreement?" of
    "signed a fishing rights agreement". A claim so changed is not the fact's."""
    asked = [w for w in q.words if w not in c.vocab.stopwords and w not in c.vocab.softeners]
    stems = [stem(w) for w in asked]
    said = [w for x in fact.quotes for w in tokens(x.quote.casefold())
            if w not in c.vocab.stopwords]
    said_stems = [stem(w) for w in said]
    own, claim = set(said_stems), set(stems)
    for i in range(1, len(asked) - 1):
        for n in (1, 2):  # one word or two, in place of one word or two
            span = stems[i:i + n]
            if i + n >= len(asked) or any(s in own for s in span) \
                    or any(number(w) is not None for w in asked[i:i + n]) \
                    or set(span) <= c.vocab.occasion_stems \
                    or all(w in c.vocab.hearsay_verbs for w in asked[i:i + n]) \
                    or asked[i + n][:1].isdigit() or number(asked[i + n]) is not None:
                # ("first time" of "first trip"; "hit 3.1 billion" of "doubled … to 3.1
                # billion": before a figure, the figure decides; "Li reckons" of "Li said")
                continue
            for m in (1, 2):
                for j in range(1, len(said) - m):
                    # the word after may sit one further on either side ("halved over the
                    # last decade" / "roughly doubled over the past decade")
                    right = {stems[i + n], *stems[i + n + 1:i + n + 2]}
                    if said_stems[j - 1] == stems[i - 1] \
                            and (said_stems[j + m] in right
                                 or said_stems[j + m + 1:j + m + 2] == [stems[i + n]]) \
                            and not set(said_stems[j:j + m]) & claim \
                            and not (set(span) <= c.vocab.agreement_stems
                                     and said_stems[j] in c.vocab.agreement_stems) \
                            and not (set(asked[i:i + n]) <= c.vocab.intention_verbs
                                     and set(said[j:j + m]) <= c.vocab.intention_verbs):
                        # ("the working holiday arrangement" of "… agreement": one thing;
                        # "Acme wants to launch" of "Acme plans to launch": one intent)
                        return " ".join(said[j:j + m])
    return None


def _underived(missing: frozenset[str], held: frozenset[str]) -> frozenset[str]:
    """The claim's stems the fact lacks in any part of speech ("rely" of "reliant")."""
    if not missing:
        return missing
    roots = {root(s) for s in held}
    # (or a word the held one starts with: "complain" of "complaint")
    return frozenset(s for s in missing if root(s) not in roots and not (
        len(s) >= 5 and any(h.startswith(s) and len(h) - len(s) <= 2 for h in held)))


def _slot_other(c: Composer, q: Parsed, fact: Fact) -> bool:
    """'The 40 million is for roads and hospitals?' of "40 million … for schools and clean
    water": after the fact's own preposition the claim puts words no fact uses, where the
    fact has others. (Words some fact uses may be a paraphrase: those are left alone.)"""
    told = [w for x in fact.quotes for w in tokens(x.quote.casefold())]
    claim = {stem(w) for w in q.words}
    for i, w in enumerate(q.words):
        if w not in c.vocab.slot_prepositions or w not in told:
            continue
        after = list(dropwhile(lambda x: x in c.vocab.determiners, q.words[i + 1:]))
        if after[:1] and after[0] in c.vocab.stopwords and after[1:2] \
                and after[1] not in c.vocab.stopwords:
            after = after[1:]  # ("for a new airport": a grammar word before the noun)
        filled = list(takewhile(lambda x: x not in c.vocab.stopwords or x == "and", after))
        filled = [x for x in filled if x != "and"]
        # (a name after it is whom or where, not what: "signed it for Zenda")
        names = {w for m in q.mentions if m.start >= 0 for w in q.words[m.start:m.end]}
        if not filled or any(x in names or number(x) is not None or c.index.with_stem(stem(x))
                             or not (c.vocab.knows(x) or is_common_word(x)) for x in filled):
            continue
        if any(stem(x) not in claim for j, p in enumerate(told) if p == w
               for x in [x for x in told[j + 1:j + 3] if x not in c.vocab.stopwords][:1]):
            return True
    return False


def _not_speaker(c: Composer, ask: Ask, fact: Fact) -> Mention | None:
    """The person a claim names first, when the fact is a statement they did not make."""
    if fact.kind != "statement" or not fact.who:
        return None
    first = next((m for m in ask.mentions if m.start >= 0), None)
    if first is None or first.entity in fact.who:
        return None
    if c.kind_of(first.entity) == "country":  # ("did Zenda promise …?" of a Strelsan's words)
        speakers = [c.entities.get(w) for w in fact.who]
        return None if any(s is None or s.country in (None, first.entity)
                           for s in speakers) else first
    return first if c.kind_of(first.entity) == "person" else None


def _done_by_other(c: Composer, ask: Ask) -> Reply | None:
    """'Did Li pledge the 40 million?', 'wasn't it Li who pledged it?' of Ana's pledge: the
    words or figure claimed, that the facts give another as theirs: No, and that fact."""
    ws = ask.q.words
    for m in ask.mentions:
        if m.start < 0 or c.kind_of(m.entity) != "person" or m.entity in ask.principal:
            continue
        verb = next((i for i in range(m.end, min(m.end + 3, len(ws)))
                     if stem(ws[i]) in c.vocab.said_stems), None)
        if verb is None or any(m.end <= n.start < verb and n.entity != m.entity
                               for n in ask.mentions):
            return None
        # (one with words of their own is weighed by them: "did Li say …?" of Ana's words)
        if any(i.fact.kind == "statement" and m.entity in i.fact.who for i in c.index.facts):
            return None
        named = {stem(w) for n in ask.mentions if n.start >= 0 for w in ws[n.start:n.end]}
        claimed = ask.q.distinct_stems - named - {stem(ws[verb])}
        if len(claimed) < 2:
            return None  # (too little claimed to be the deed of one fact: "… back Zenda?")
        claimed |= {stem(ws[verb])}
        told = [i for i in c.index.facts if claimed <= (i.strong | i.weak)]
        # (any fact of theirs that holds it will do: "did Li pledge to back Zenda?" of the
        # visit at which he did)
        if any(c.index.takes_part(i, m.entity) or m.entity in i.fact.who for i in told):
            return None
        doers = [i.fact for i in told if i.fact.kind in ("statement", "number") and i.fact.who]
        return Reply(doers[0].summary, doers[:1], verdict=False) if doers else None
    return None


def _other_speaker(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'It was Ana who warned that the seas are rising?' of Li's warning: a statement
    claimed of someone who is not its speaker."""
    first = _not_speaker(c, ask, fact)
    if first is None or first.start > 1:
        return False
    ws = ask.q.words
    verb = next((i for i in range(first.end, len(ws)) if stem(ws[i]) in c.vocab.said_stems), None)
    return verb is not None and not any(first.end <= m.start < verb for m in ask.mentions)


_CASED = re.compile(r"[^\W_]+")  # a quote's words as written


def _opening(c: Composer, ask: Ask) -> Mention | None:
    """The name a claim opens with, after an opener or an article at most ("did Zenda
    …", "the Zenda firm …"): who or what the claim is of."""
    first = next((m for m in ask.mentions if m.start >= 0), None)
    if first is None or not all(w in c.vocab.openers or w in c.vocab.determiners
                                for w in ask.q.words[:first.start]):
        return None
    return first


def _other_actor(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'Did Zenda complain about hosting him?' of "Zenda, which ignored Strelsau's
    complaints about hosting him": the claim's deed, told of another name (the name just
    before the fact's word for it)."""
    ws = ask.q.words
    if (first := _opening(c, ask)) is None:
        return False
    said = [w for x in fact.quotes for w in _CASED.findall(x.quote)]  # (cased: the names)
    named = {i for m in ask.mentions for i in range(max(m.start, 0), m.end)}
    deed = next((w for i, w in enumerate(ws[first.end:], first.end)
                 if w not in c.vocab.stopwords and i not in named), None)
    if deed is None:
        return False
    # (the deed told as a noun, "complain" of "complaints", its doer the name before it;
    # a verb's doer may be a longer phrase: "Ana of Zenda and Li signed")
    j = next((k for k, w in enumerate(said) if len(deed) >= 5
              and w.casefold().startswith(stem(deed))
              and root(stem(w.casefold())) != root(stem(deed))), None)
    if j is None:
        return False
    before = said[j - 1] if j > 1 else ""
    return before[:1].isupper() and before.casefold() not in ws[first.start:first.end] \
        and before.casefold() not in c.vocab.stopwords and said[j - 2][-1:] != "."


def _checked(c: Composer, ask: Ask, reply: Reply | None) -> Reply | None:
    """A yes/no question that is not about a contact: the best fact, checked. It is a
    Yes only when the fact has everything the question claims; a claim it lacks is
    not confirmed ("did she accept the invitation?" of an invitation)."""
    if (wrong := _identity(c, ask) or _city_elsewhere(c, ask) or misplaced(c, ask)) \
            is not None:
        return wrong
    # "in Zenda or Strelsau?": the name the article has answers; alone, an unknown one
    # is the claim ("is she in Paris?")
    unknown = ask.q.unknown_spans if not _known_option(ask) else ()
    if reply is None and unknown:
        return c.policy.unknown(unknown)
    if reply is not None and not reply.answered and reply.facts and (apart := _apart(
            c, ask, Reply(reply.facts[0].summary, reply.facts[:1]))) is not None:
        return apart  # "he signed the pact with Li?": not said of Li; it was with Ben
    if reply is None and ask.q.numbers and not ask.q.times \
            and (figure := _figure(c, ask)) is not None:
        return figure  # ("she went to seven countries?": no fact has its words; its figure)
    if reply is None or not reply.answered or not reply.facts:
        return reply
    if (chosen := either(c, ask, reply)) is not reply:
        return chosen  # "for schools or hospitals?": "Schools."
    fact = reply.facts[0]
    if ask.q.times and (first := c.index.by_id.get(fact.id)) is not None:
        # "she took office in February?": the claim's words decide which fact it is about,
        # not the month ("hosted Li in February")
        told = max(c.index.facts, key=lambda i: c.hits(i, ask.q))
        # (and "she left Zenda in February?" is about her leaving, whatever she did there
        # in February)
        left = ask.q.stems & c.vocab.departure_stems
        unleft = bool(left) and not left & (first.strong | first.weak)
        if unleft:
            told = next((i for i in c.index.facts if left & i.strong and _of_subject(c, ask, i)
                         and all(c.index.relevance(i, (n,), frozenset(), ask.home) >= 1.5
                                 for n in ask.others)), told)
        if c.hits(told, ask.q) > c.hits(first, ask.q) or (unleft and left & told.strong):
            fact = told.fact
            reply = Reply(fact.summary, [fact])
    if (ask.q.numbers or _spans(c, ask.q.words)) and not ask.q.times \
            and (figure := _figure(c, ask)) is not None:
        # "has he met 50 leaders?": the number the article gives; "a 10-day trip to six
        # countries": the span too, each checked
        span = _span_figure(c, ask, alone=False) \
            if ask.q.numbers and _spans(c, ask.q.words) else None
        if figure.verdict and figure.facts and _slot_other(c, ask.q, figure.facts[0]):
            # "the 40 million is for roads?" of "40 million … for schools": No
            return replace(figure, verdict=False)
        if span is None or not span.facts or not figure.facts or span.verdict is None:
            return figure
        verdict = None if figure.verdict is None else figure.verdict and span.verdict
        if span.facts[0] is figure.facts[0]:
            # "20+ meetings in just one month?" of "more than 20 meetings in two months"
            return replace(figure, verdict=verdict)
        facts = [figure.facts[0], span.facts[0]]
        return Reply(" ".join(f.summary for f in facts), facts, verdict=verdict)
    if (conflict := _conflict(c, ask, reply.facts)) is not None:
        return conflict
    if ask.q.roles and (other := _other_office(c, ask, reply)) is not None:
        return other
    reply = _timed(c, ask, reply)
    if _opposed(c, ask.q, [fact]) or _swapped(c, ask, fact) or _other_speaker(c, ask, fact) \
            or _other_decimal(c, ask, fact) or _other_actor(c, ask, fact) \
            or _slot_other(c, ask.q, fact) or _reversed(c, ask, fact) \
            or _misquoted(c, ask, fact) or _unnegated(c, ask.q, fact):
        # "too much?" of "too little"; "Li said Zenda ..." of "Li said Strelsau ..."
        return Reply(fact.summary, [fact], verdict=False)
    item = c.index.by_id.get(fact.id)
    words = (item.strong | item.weak) if item else frozenset()
    # ("Zenda is on the list for the summit?": the list is the fact's, no word claimed)
    listing = {stem(w) for p in c.vocab.among_them if find(ask.q.words, p) >= 0 for w in p} \
        if c.among_them(ask.q) else set()
    missing = _underived(ask.q.distinct_stems - words - c.vocab.occasion_stems - listing, words)
    if words & c.vocab.intention_stems:
        # ("Acme wants to launch it?" of "Acme plans to launch it")
        missing -= c.vocab.intention_stems
    # ("Li reckons …": who told it is no word of the claim; another speaker is checked above;
    # "the most friendly leader" of a person: "leader" names no office, the person is it)
    missing -= {stem(w) for w in ask.q.distinctive if w in c.vocab.hearsay_verbs or (
        w in c.vocab.leader_nouns and w not in c.vocab.offices and fact.who)}
    people = [m.entity for m in ask.mentions if m.start >= 0 and m.entity not in ask.principal
              and c.kind_of(m.entity) == "person"]
    if item is not None and len(people) >= 2 and all(_tied(c, item, e) for e in people):
        # "are Ana and Li supposed to be at the forum?": a fact of both people; an
        # everyday word no fact uses ("supposed") claims nothing more
        missing -= {s for w in ask.q.distinctive if w in everyday() and not any(
            (s := stem(w)) in i.strong | i.weak for i in c.index.facts)}
    figures = {w for w in ask.q.words if w[:1].isdigit()}
    if figures and item is not None and figures <= {w for w in tokens(" ".join(
            (fact.summary, *(x.quote for x in fact.quotes))).casefold())}:
        # "trade hit 3.1 billion last year?" of "doubled … to 3.1 billion last year": the
        # figure is the fact's; an everyday verb beside it claims nothing more
        missing -= {stem(w) for w in ask.q.distinctive if w in everyday()}
    if any(number(w) is not None for w in missing):  # "his 5th term" of "his fifth term"
        given = " ".join((fact.summary, fact.count or ""))
        # (and a span it gives in another unit: "in ten years" of "over the past decade")
        stated = numbers_in(given, c.vocab.ordinals) | _same_span(c, ask.q.words, given)
        missing = frozenset(w for w in missing if (n := number(w)) is None or n not in stated)
    # what backs the claim besides the unknown: its words the fact has, and the names
    # it is about ("Acme is building the Zenda plant?": the plant and "building")
    backed = len(ask.q.distinct_stems & words) + sum(
        item is not None and _tied(c, item, e) for e in ask.others if e not in ask.home)
    if not unknown and backed >= 2:
        # "Acme is building the plant, right?" of "the plant Zenda Energy is building":
        # a word no article uses and no dictionary has is a name the claim puts in
        unknown = tuple(capital(w) for w in ask.q.distinctive if stem(w) in missing
                        and len(w) > 3 and number(w) is None and _strange(c, w))
    if unknown:  # "did she sign it in Atlantis?": never named
        # (a place never named where the fact has the deed: "the signing happened in
        # Sydney?" of the signing in Canberra, a No and where it was)
        strange = {n.casefold() for n in ask.q.unknown_names}
        ws = ask.q.words

        def placed_at(i: int) -> bool:  # "to Atlantis", "to St Petersburg"
            j = i - 1
            while j > 0 and ws[j] in c.vocab.name_openers:
                j -= 1
            return j >= 0 and ws[j] in c.vocab.locative

        placed_unknown = backed >= 1 and any(
            w in strange and i and placed_at(i) for i, w in enumerate(ws)) and bool(fact.places)
        # ("is Atlantis on the list of leaders he'll meet?": not on the list the fact gives)
        listed = backed >= 1 and len(fact.participants) > 1 \
            and any(find(ws, p) >= 0 for p in c.vocab.among_them)
        # (a name of two words is one: "Saudi Arabia")
        named = [" ".join(capital(w) for w in n.split()) for n in unknown_words(c, ask)] \
            or [capital(n) for n in unknown]
        if backed < 2 and not placed_unknown and not listed:
            return c.policy.unknown(named)
        return Reply(f"the article does not mention {join(named)}. " + fact.summary, [fact],
                     verdict=False)
    if item is not None and "or" not in ask.q.words and any(
            not (c.index.at(item, p) or ("statement" in ask.q.kinds and fold(p) in fold(
                " ".join(x.quote for x in fact.quotes))) or any(
                p in c.index.lineage(e) for e in (*fact.places, *item.about)))
            for p in ask.placed):  # (of words said, a place they name: "its war on Strelsau")
        # "is the firm building the Zenda plant in Freedonia?": the fact puts it elsewhere
        return Reply(fact.summary, [fact], verdict=False)
    if item is not None and (elsewhere := _about_elsewhere(c, ask, fact)) is not None:
        return elsewhere  # "did they discuss the Zendan Sea in Strelsau?": elsewhere
    if listing and missing and len(fact.participants) > 1:
        return Reply(fact.summary, [fact], verdict=False)  # "Atlantis is on the list?": not
    if missing and missing == ask.q.distinct_stems and "or" not in ask.q.words \
            and not any(c.vocab.knows(w) or number(w) is not None or w in c.vocab.negated
                        for w in ask.q.distinctive):  # ("never been there before")
        # "is it raining in Zenda?": the claim is about nothing the article mentions (in
        # plain words, not listed back: "under certain conditions")
        if all(is_common_word(w) or w in everyday() for w in ask.q.distinctive):
            return c.not_said("that", [fact])
        return c.policy.unknown(ask.q.unknown_spans or _as_names(ask.q))
    if missing and any(w in c.vocab.feelings
                           and stem(w) in missing and not c.index.with_stem(stem(w))
                           for w in ask.q.distinctive) \
            and not _opposed(c, ask.q, [fact]) \
            and not term_stems(_told(fact)) & c.vocab.reaction_stems:
        # "was Ben happy about the money?": how he felt is not told, and nothing says
        # otherwise (a fact telling of complaints or criticism does)
        return c.not_said("that", [fact])
    if missing and (_substitute(c, ask.q, fact) is not None or _slot_other(c, ask.q, fact)
                    or (item is not None and _qualified(c, ask.q, [item]))):
        return replace(reply, verdict=False)
    # (a claim's word no fact uses: "palm oil" where only "oil" is told)
    untold = {s for s in missing if not c.index.with_stem(s)}
    if len(untold) == 1 and len(ask.q.distinct_stems & words) >= 4 and all(
            w in everyday() for w in ask.q.distinctive if stem(w) in untold):
        # ("… and they still speak Portuguese there officially?" of "Portuguese is still an
        # official language": one everyday verb beside four words of the fact claims no
        # more than the fact)
        untold = set()
        missing -= {s for s in missing if not c.index.with_stem(s)}
    if untold and all(c.vocab.knows(w) or is_common_word(w)
                      for w in ask.q.distinctive if stem(w) in missing):
        # "did she sign a defence pact?", "is Zenda cutting back on oil?": words the
        # articles do not use of it; beside it, the fact with most of the claim's words
        named = [e for e in ask.others if e not in ask.home]

        def near(i: IndexedFact) -> tuple[bool, bool, int, float, int]:
            # (the fact with the claim's figure first: "she pledged 40m to Zenda for sea
            # walls?" is about the 40 million, wherever it went; then a fact of those the
            # claim names: "did Ana and Li discuss palm oil?" is answered by their meeting,
            # not by another fact that mentions oil)
            # (or the fact counting what the figure counts, with another: "a thousand
            # young people?" of "up to 500 young people")
            figure = bool(ask.q.numbers) and (_states(c, i.fact, ask.q.numbers)
                                              or _other_figure(c, ask, i.fact, spans=False))
            return (figure, all(_tied(c, i, e) for e in named), c.hits(i, ask.q),
                    c.index.relevance(i, ask.q.entities, frozenset(), ask.home),
                    len(ask.q.stems & (i.strong | i.weak)))

        # (only the facts the question touches can be nearest: the others score nothing)
        closest = max(c.index.candidates(ask.others, ask.q.stems) or c.index.facts,
                      key=lambda i: (near(i), _opposed(c, ask.q, [i.fact])))
        if _opposed(c, ask.q, [closest.fact]) or _other_figure(c, ask, closest.fact, False):
            # "has trade tripled?" of trade that doubled, "for a thousand young people?"
            # of 500: the fact saying otherwise, No
            return Reply(closest.fact.summary, [closest.fact], verdict=False)
        if item is None or near(closest) > near(item):
            fact = closest.fact
        return Reply("the article does not report that. " + fact.summary, [fact],
                     verdict=False, unheld=True)
    if (unlike := _unlike(c, ask, item)) is not None:
        return replace(reply, verdict=unlike)
    if not missing and not _about_another_speaker(c, ask, fact):
        # every word of the claim is the fact's: Yes, unless it puts it on a day of the week
        # no fact gives it ("ended on a friday?" of "wrapped up … on Sunday")
        days = [t for t in ask.q.times if t in c.vocab.weekdays]
        if days and not any(_fits(c, f, tuple(days)) for f in reply.facts):
            dated = next((i.fact for i in c.index.facts
                          if set(tokens((i.fact.time_phrase or i.fact.summary).casefold()))
                          & c.vocab.weekdays), None)
            return Reply(dated.summary, [dated], verdict=False) if dated \
                else replace(reply, verdict=False)
        if ask.q.future and _foretells_words(c, ask.q.words) \
                and not any(_foretells_words(c, _told(f)) for f in reply.facts):
            # "will they give the embassies more money?" of critics saying they spend too
            # little: a state of things told foretells no deed
            return c.not_said("that", reply.facts[:1])
        return replace(reply, verdict=True)
    return reply


def _option_held(c: Composer, ask: Ask) -> Reply | None:
    """'Was the forum in Zenda or Strelsau?': of two names of one kind joined by "or",
    the one whose claim alone holds, said first (none, when both or neither do)."""
    ws = ask.q.words
    at = ws.index("or") if "or" in ws else -1
    one = next((m for m in ask.mentions if m.start >= 0 and m.end == at), None)
    two = next((m for m in ask.mentions if m.start == at + 1), None)
    if one is None or two is None or c.kind_of(one.entity) != c.kind_of(two.entity):
        return None
    held: list[tuple[Mention, Reply]] = []
    for kept, cut in ((one, (at, two.end)), (two, (one.start, at + 1))):
        gap = cut[1] - cut[0]
        words = (*ws[:cut[0]], *ws[cut[1]:])
        mentions = tuple(m if m.start < cut[0] else replace(m, start=m.start - gap,
                                                            end=m.end - gap)
                         for m in ask.mentions if m.start < cut[0] or m.start >= cut[1])
        alone = Ask(replace(ask.q, words=words, mentions=mentions), mentions, ask.prefer,
                    ask.principal, ask.home)
        if (reply := yes_no(c, alone)) is not None and reply.verdict and reply.facts:
            held.append((kept, reply))
    if len(held) == 2:  # "did they meet in Zenda or Strelsau?" of a meeting in each
        facts = list(dict.fromkeys((*held[0][1].facts, *held[1][1].facts)))
        return Reply("Both. " + " ".join(f.summary for f in facts), facts)
    if len(held) != 1:
        return None
    kept, reply = held[0]
    return _said_first(reply, " ".join(capital(w) for w in ws[kept.start:kept.end]))


def _unopposed(c: Composer, ask: Ask, reply: Reply) -> Reply | None:
    """'Going down or up?' of a fact saying the opposite of one option only: the other
    option, said first."""
    ws = ask.q.words
    at = ws.index("or") if "or" in ws else -1
    if at < 1 or at + 1 >= len(ws) or not reply.facts:
        return None
    options = (ws[at - 1], ws[at + 1])
    denied = [_opposed(c, replace(ask.q, words=(w,)), reply.facts[:1]) for w in options]
    if denied[0] == denied[1]:
        return None
    return _said_first(reply, options[denied.index(False)])


def _leaders_of(c: Composer, ask: Ask) -> set[str]:
    """The countries listed after a leader word and "of" ("the FMs of Samoa, Tonga and
    Zenda"): those met, not where."""
    ws, out = ask.q.words, set()
    starts = {m.start: m for m in ask.mentions if m.start >= 0}
    for i, w in enumerate(ws[:-2]):
        if w not in c.vocab.leader_words or ws[i + 1] != "of":
            continue
        j = i + 2
        while j < len(ws):
            if (m := starts.get(j)) is not None and c.kind_of(m.entity) == "country":
                out.add(m.entity)
                j = m.end
            elif ws[j] in c.vocab.list_glue:
                j += 1
            else:
                break
    return out


def _as_names(q: Parsed) -> list[str]:
    """The claim's own words as the names they stand for: consecutive words joined and
    capitalised ("saudi", "arabia" -> "Saudi Arabia")."""
    out: list[list[str]] = []
    last = -2
    for i, w in enumerate(q.words):
        if w in q.distinctive:
            if i == last + 1 and out:
                out[-1].append(capital(w))
            else:
                out.append([capital(w)])
            last = i
    return [" ".join(n) for n in out]


def _known_option(ask: Ask) -> bool:
    """'In Zenda or Strelsau?': a name the articles know beside an "or" (not "did Bob
    or anyone from Atlantis meet her?", whose options are all unknown)."""
    ors = [i for i, w in enumerate(ask.q.words) if w == "or"]
    return any(m.start >= 0 and (m.end == i or i < m.start <= i + 3)
               for i in ors for m in ask.mentions)


def _done_by_a_country(c: Composer, ask: Ask) -> bool:
    """'North Korea has been shipping munitions to Russia?', 'lots of Russian tourists go to
    Turkey?': a country (or its people) opens the claim, not the subject or a person, and
    no verb of meeting or going is said ("has been" is none): no trip of the subject's."""
    q = ask.q
    opening = next((m for m in ask.mentions if m.start >= 0), None)
    return opening is not None and opening.start <= 3 and not q.leader \
        and c.kind_of(opening.entity) in ("country", "organisation") \
        and opening.entity not in ask.home and not ask.asks_principal \
        and not any(m.entity in ask.principal for m in ask.mentions) \
        and not set(q.words[:opening.start]) & c.vocab.subject_pronouns \
        and not any(w in c.vocab.contact_words and w not in c.vocab.copulas for w in q.words)


def _unnegated(c: Composer, q: Parsed, fact: Fact) -> bool:
    """'She reckons they can wait, right?' of "cannot wait": a verb the fact negates,
    claimed without its negation."""
    told = [w for x in fact.quotes for w in tokens(x.quote.casefold())]
    negated = {stem(w) for k, w in enumerate(told) if w not in c.vocab.stopwords
               and c.vocab.negated & set(told[max(0, k - 2):k])}
    said = q.words
    return any(stem(w) in negated and not c.vocab.negated & set(said[max(0, i - 2):i])
               for i, w in enumerate(said) if w not in c.vocab.stopwords)


def _about_another_speaker(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'Is Ben in the alliance?' of Li saying "alliance member Zenda": a claim of one
    person that only another's words hold is no Yes (a claim of what was said is
    weighed by `_other_speaker`)."""
    return not any(stem(w) in c.vocab.said_stems for w in ask.q.words) \
        and _not_speaker(c, ask, fact) is not None


def _other_currency(c: Composer, ask: Ask, said: str) -> bool:
    """Does the question name a currency where the fact's words name another ("dollars"
    of euros; "million" in both is no currency)?"""
    money = {stem(w) for w in ask.q.words if w in c.vocab.currency_words}
    told = {stem(w) for w in tokens(said.casefold()) if w in c.vocab.currency_words}
    return bool(money - told and told - money)


def _unlike(c: Composer, ask: Ask, item: IndexedFact | None) -> bool | None:
    """What keeps a claim whose words the fact has from being confirmed: a figure or a
    currency the fact does not give ("80,000 seafarers" of 8,000, "dollars" of euros), or
    a name it is not about where it names another of the same kind ("the NATO
    presidency" of the EU's): False, the claim is not the fact's; None when nothing
    stands in the way of a Yes."""
    if item is None:
        return None
    fact = item.fact
    said = " ".join((fact.summary, fact.count or "", *(x.quote for x in fact.quotes)))
    stated = numbers_in(said)
    claimed = {n for n in ask.q.numbers if n > 31 or not ask.q.times}  # (not "June 3")
    # ("for 3 weeks" is no "March 3": a span claimed is stated only as a span)
    spans = _timed_figures(c, ask.q.words) - _timed_figures(c, tokens(said.casefold()))
    if claimed and stated and not claimed & ((stated - spans) | _listed(c, (fact,))):
        return False
    if _other_currency(c, ask, said):
        return False
    for name in ask.others:
        if name in ask.home or name in ask.carried or _tied(c, item, name) \
                or name.casefold() in said.casefold():
            continue  # (a name the conversation carried is not the claim's own; nor one
            # the fact's own sentence says: "since the war in Zenda started")
        kind = _body(c.kind_of(name))
        if any(_body(c.kind_of(e)) == kind for e in (*fact.about, *fact.who, *fact.places)):
            return False  # "the NATO presidency" of a fact about the EU's; "launched by
            # Zenda" of a flight an airline launches
    return None


def _body(kind: str | None) -> str | None:
    """Kinds that may do what a claim tells alike: a country or an organisation."""
    return "body" if kind in ("country", "organisation") else kind


def _identity(c: Composer, ask: Ask) -> Reply | None:
    """'Ben is Ruritania's foreign minister, right?': a person's country as the
    gazetteer has it. A claim of another country is corrected."""
    q = ask.q
    if any(w in c.vocab.contact_words for w in q.words):
        return None
    if not _copula(c, q) and any(w in c.vocab.openers for w in q.words):
        return None  # "did Zenda's PM swing by Ruritania?" claims a deed, not an office
    if any(_be(c, w) and len(nxt) > 4 and nxt.endswith("ing") for w, nxt in pairwise(q.words)):
        return None  # "will Ben be seeing the Zendan leader?": a deed too
    # the subject too, when named: "is Ana Zenda's foreign minister?"
    people = list(dict.fromkeys(m.entity for m in ask.mentions
                                if c.kind_of(m.entity) == "person" and m.role != "excluded"))
    if len(people) > 1 and len([e for e in people if e not in ask.principal]) == 1 \
            and not _same(c, ask, people):
        people = [e for e in people if e not in ask.principal]  # "did Ana meet Ben's FM"
    # (not a country that qualifies the word before a leader's: "the most zenda
    # friendly guy", "a zenda backed leader")
    countries = [m.entity for m in ask.mentions if c.kind_of(m.entity) == "country"
                 and m.role != "place" and not (
                     m.start >= 0 and m.end + 1 < len(q.words)
                     and q.words[m.end] not in c.vocab.leader_words
                     and q.words[m.end] not in c.vocab.stopwords
                     and q.words[m.end + 1] in c.vocab.leader_words)]
    if len(people) == 2 and _same(c, ask, people):
        # "Ben's the Ruritanian minister, isn't he?": two people, said to be one
        one, two = (c.entities[p] for p in people)
        cited = [f for p in (one, two) if (f := next(
            (i.fact for i in c.index.facts if p.name in i.fact.participants), None))]
        if one.role and two.role and cited:
            return Reply(f"{one.name} is {one.role}; {two.name} is {two.role}.",
                         list(dict.fromkeys(cited)), verdict=False, focus=(one.name, two.name))
    if len(people) == 1 and q.leader and not countries and _copula(c, q) \
            and any(w in c.vocab.offices for w in q.words):
        # "Ben is defence secretary?" (not "did the EU leaders back Ben?": no office said;
        # nor "is Ben the most friendly leader in the EU?": "leader" names no office)
        return _office(c, ask, c.entities[people[0]])
    typed = [m.entity for m in ask.mentions if m.start >= 0]
    named = [e for e in dict.fromkeys(typed) if c.kind_of(e) == "person"] or people
    if len(named) == 1 and countries and set(countries) <= set(typed) \
            and not (q.roles or q.leader or q.distinctive or q.kinds or q.times or q.numbers) \
            and _said_to_be(c, ask, named[0], countries[0]):
        return _nationality(c, ask, c.entities[named[0]], countries)
    if len(people) != 1 or not countries or not (q.roles or q.leader):
        return None  # "is Ben backing Ruritania?" claims no office
    person = c.entities[people[0]]
    if person.country in countries:
        return _office(c, ask, person)  # "Li is Zenda's defence minister?": her office
    if not person.country or not person.role:
        return None
    facts = [i.fact for i in c.index.facts if person.name in i.fact.participants
             or person.name in i.about]
    if not facts:
        return None
    return Reply(f"No: {person.name} is {person.role}. {facts[0].summary}", facts[:1],
                 focus=(person.name,))


def _be(c: Composer, word: str) -> bool:
    """A form of "be", negated or not: "is", "isn't", "wasnt"."""
    return word.replace("'", "").removesuffix("nt") in c.vocab.copulas


def _copula(c: Composer, q: Parsed) -> bool:
    """Does the question say "is", in full or as "'s" before a determiner ("Ben's the
    president of Zenda?"; not "Ben's fifth term")?"""
    if any(_be(c, w) for w in q.words):
        return True
    said = q.text.casefold().replace("’", "'").split()
    # (a pronoun's "'s" is never a possessive: "he's prime minister there?", "shes PM?")
    return any(w.endswith("'s") and nxt in c.vocab.determiners for w, nxt in pairwise(said)) \
        or any(w.removesuffix("'s").removesuffix("s") in c.vocab.subject_pronouns
               for w in said if w.endswith("s"))


def _nationality(c: Composer, ask: Ask, person: Entity, countries: list[str]
                 ) -> Reply | None:
    """'Is Ben Zendan or Ruritanian?', 'Ben's Zendan, right?': his country as the
    gazetteer has it, the option that holds said first."""
    facts = [i.fact for i in c.index.facts if person.name in i.fact.participants
             or person.name in i.about]
    if not (person.country and person.role and facts):
        return None
    said = f"{person.name} is {person.role}."
    if person.country not in countries:
        return Reply(said, facts[:1], verdict=False, focus=(person.name,))
    if len(set(countries)) > 1:
        typed = next(m for m in ask.mentions if m.entity == person.country and m.start >= 0)
        option = " ".join(ask.q.words[typed.start:typed.end])
        return Reply(f"{capital(option)}: {said}", facts[:1], focus=(person.name,))
    return Reply(said, facts[:1], verdict=True, focus=(person.name,))


def _said_to_be(c: Composer, ask: Ask, person: str, country: str) -> bool:
    """Is the person said to be of the country ("is Ben Zendan", "Ben's from Zenda"), not
    to have done something there ("Ben hasn't left Zenda")?"""
    spans = {m.entity: (m.start, m.end) for m in ask.mentions if m.start >= 0}
    if country not in spans:
        return False
    # (a pronoun for the person, "is he Zendan?": the words before the country)
    (_, a_end), (b_start, _) = sorted((spans.get(person, (0, 0)), spans[country]))
    # ("is he Zendan", "Ben - is he really from Zenda": grammar words; not "hasn't left")
    return all(w in c.vocab.copulas or w in c.vocab.origin or (
        w in c.vocab.stopwords and w not in c.vocab.negated) for w in ask.q.words[a_end:b_start])


def _same(c: Composer, ask: Ask, people: list[str]) -> bool:
    """Are the two people named said to be one ("A is B", "A's the B")?"""
    spans = sorted((m.start, m.end) for m in ask.mentions if m.entity in people)
    ws = ask.q.words
    if len(spans) == 2 and spans[0][0] < 0 <= spans[1][0] and len(ws) > 1 \
            and ws[0] in c.vocab.subject_pronouns and ws[1] in c.vocab.copulas:
        # "he was the Zendan FM?" of Ben just told: he is said to be the one named
        return all(w in ("the", "a", "an") for w in ws[2:spans[1][0]])
    if len(spans) != 2:
        return False
    between = ask.q.words[spans[0][1]:spans[1][0]]
    if not between:  # "is Ana Zenda's PM?": the copula before both
        return spans[0][0] > 0 and ask.q.words[spans[0][0] - 1] in c.vocab.copulas
    return all(w in c.vocab.copulas or w in ("s", "the", "a", "an", "of")
               or w in c.vocab.leader_words for w in between)  # "Ana the PM of Zenda


def _is(c: Composer, name: str, role: str) -> Reply:
    """"Ana is Foreign Minister of Zenda.", with the sentence that calls her so (its office
    words and a word of her name), when a fact quotes one."""
    office = role.casefold().split(" of ")[0]
    own = [w for w in name.casefold().split() if len(w) > 2]
    called = next((i.fact for i in c.index.facts if any(
        office in q.quote.casefold() and any(w in q.quote.casefold() for w in own)
        for q in i.fact.quotes)), None)
    return Reply(f"{name} is {role}.", [called] if called is not None else [])


def miscalled(c: Composer, ask: Ask) -> Reply | None:
    """'What did the Zendan foreign minister Ana sign?', 'Ruritania's president Ben': a
    person named with a country or an office the gazetteer does not give them; what it
    does give ("Ana is Foreign Minister of Portugal."), to be said before the answer."""
    ws = ask.q.words
    for m in ask.mentions:
        person = c.entities.get(m.entity)
        titled = next((n for n in ask.mentions if n.end == m.start and n.entity != m.entity
                       and c.kind_of(n.entity) == "person"
                       and any(w in c.vocab.offices for w in ws[n.start:n.end])), None)
        if titled is not None and person is not None and person.role and m.start >= 0 \
                and c.kind_of(m.entity) == "person" and m.entity not in ask.principal:
            # (not "the Zendan president Ana met": whom the subject met)
            # "Zenda's foreign minister Ana": the title is another's (Ben's), not hers
            return _is(c, person.name, person.role or "")
        if m.start < 0 or person is None or person.kind != "person" or not person.role \
                or not person.country or any(w in c.vocab.leader_words
                                             for w in ws[m.start:m.end + 1]):
            continue  # ("the Zendan FM": a country's office standing for the person)
        role = f" {person.role.casefold()} "
        j = m.start
        offices: list[str] = []
        while j > 0 and (ws[j - 1] in ("the", "s") or ws[j - 1] in c.vocab.leader_words
                         or (offices and ws[j - 1] in c.vocab.office_qualifiers)):
            # ("the Philippine defence secretary Ramon": "defence" is of the office too)
            if ws[j - 1] in c.vocab.offices or ws[j - 1] in c.vocab.office_qualifiers:
                offices.append(ws[j - 1])
            j -= 1
        # (an office is claimed only beside its person: "ana, the foreign minister")
        country = next((n for n in ask.mentions if n.end == j and n.start >= 0
                        and c.kind_of(n.entity) == "country"), None)
        foreign = False  # (a nation the gazetteer lacks: "the Polish prime minister Ana")
        if not offices:
            # (or right after the name: "Li, the Zendan foreign minister, what did he say?")
            offices, country = _apposed(c, ask, m)
            if not offices:
                continue  # ("who went to Zenda, Ana or Ben": no one called anything)
        else:
            foreign = country is None and j > 0 and ws[j - 1] in c.vocab.nationalities \
                and not any(n.start <= j - 1 < n.end for n in ask.mentions)
            start = country.start if country is not None else j - 1 if foreign else j
            while start > 0 and ws[start - 1] == "the":
                start -= 1
            after = ws[m.end] if m.end < len(ws) else ""
            if after and (after in c.vocab.contact_words or after.endswith("ed")) \
                    and not (start and ws[start - 1] in c.vocab.openers):
                continue  # "the Zendan president Ana visited": his office, her visit
        wrong_country = foreign or (country is not None and country.entity != person.country
                                    and person.country not in c.index.lineage(country.entity))
        # (an office word no one's role has, "pm", "premier", names none to deny)
        offices = [o for o in offices if o in c.role_words or o in c.vocab.office_qualifiers]
        wrong_office = bool(offices) and not all(f" {o} " in role for o in offices)
        if wrong_country or wrong_office:
            return _is(c, person.name, person.role or "")
    return _office_given(c, ask)


def _apposed(c: Composer, ask: Ask, m: Mention) -> tuple[list[str], Mention | None]:
    """The office words (and the country) set after a person's name and a comma: "Li, the
    Zendan foreign minister, …"; none when something else follows the name."""
    ws = ask.q.words
    k = m.end
    if k >= len(ws) or ws[k] != "the" or not re.search(
            rf"\b{re.escape(ws[k - 1])}\s*,\s*the\b", ask.q.text.casefold()) or (m.start and (
            ws[m.start - 1] in c.vocab.copulas or ws[m.start - 1] in c.vocab.openers)):
        return [], None  # ("is Li the Zendan president?": asked of him, weighed as a claim)
    k += 1
    country = next((n for n in ask.mentions if n.start == k
                    and c.kind_of(n.entity) == "country"), None)
    if country is not None:
        k = country.end
    said = list(takewhile(lambda w: w in c.vocab.offices or w in c.vocab.office_qualifiers,
                          ws[k:k + 3]))
    return (said, country) if any(w in c.vocab.offices for w in said) else ([], None)


def _office_given(c: Composer, ask: Ask) -> Reply | None:
    """'Since when is she prime minister?', 'when did Ana become president?': an office
    the question gives its one person, after "is" or "became", that their role does not
    have; what it is."""
    ws = ask.q.words
    people = {m.entity for m in ask.mentions if c.kind_of(m.entity) == "person"}
    if len(people) != 1 or "or" in ws or any(
            c.kind_of(m.entity) == "country" for m in ask.mentions if m.start >= 0):
        return None  # (the Zendan president is someone else's office; "minister or
        # secretary?" is asked, not claimed)
    person = c.entities[people.pop()]
    role = f" {(person.role or '').casefold()} "
    # (the person's own name, not their country standing for them: "Zenda's minister")
    country = (person.country or "").casefold()
    named = {i for m in ask.mentions if m.entity == person.name and m.start >= 0
             and " ".join(ws[m.start:m.end]) != country for i in range(m.start, m.end)}
    if c.vocab.question_words.isdisjoint(ws[:3]):
        return None  # (a claim's office is weighed as a claim: "Ana is president?")

    def subject(i: int) -> bool:  # (the person, named or "she"; not "who was the …")
        return 0 <= i < len(ws) and (i in named or ws[i] in c.vocab.subject_pronouns)

    for k, w in enumerate(ws[:-1]):
        if w not in c.vocab.office_links or not (subject(k - 1) or subject(k + 1)):
            continue
        j = k + 1  # past the subject after "is" ("is she", "is Ana") and an article
        while j < len(ws) and (subject(j) or ws[j] in ("the", "a", "an")):
            j += 1
        said = list(takewhile(lambda x: x in c.vocab.offices or x in c.vocab.office_qualifiers,
                              ws[j:j + 3]))
        said = [o for o in said if o in c.role_words or o in c.vocab.office_qualifiers]
        if said and any(o in c.role_words for o in said) and role.strip() \
                and not all(f" {o} " in role for o in said):
            return _is(c, person.name, person.role or "")
    return None


def office_unheld(c: Composer, ask: Ask, reply: Reply) -> Reply | None:
    """'What did she discuss with the Zendan president?' when the one of Zenda the answer
    tells of holds another office: what that one is ("Li is Foreign Minister of Zenda.")."""
    ws = ask.q.words
    if c.vocab.offices.isdisjoint(ws) or any(
            c.kind_of(m.entity) == "person" and m.entity not in ask.principal
            for m in ask.mentions if m.start >= 0):
        return None  # (a person named: miscalled() weighs what they are called)
    told = {p for f in reply.facts[:1] for p in f.participants}
    for m in ask.mentions:
        if m.start < 0 or c.kind_of(m.entity) != "country":
            continue
        # "the Zendan foreign minister", "the president of Zenda": the office said
        after = list(takewhile(lambda w: w in c.vocab.offices or w in c.vocab.office_qualifiers,
                               ws[m.end:m.end + 3]))
        before = [ws[m.start - 2]] if m.start >= 2 and ws[m.start - 1] == "of" \
            and ws[m.start - 2] in c.vocab.offices else []
        said = [w for w in (after or before) if w in c.role_words]
        holders = [e for e in c.entities.values() if e.kind == "person" and e.role
                   and e.country == m.entity and e.name not in ask.principal
                   and any(c.index.takes_part(i, e.name) for i in c.index.facts)]
        role = (holders[0].role or "") if len(holders) == 1 else ""
        if said and role and holders[0].name in told \
                and any(f" {w} " not in f" {role.casefold()} " for w in said):
            return _is(c, holders[0].name, role)
    return None


def _office(c: Composer, ask: Ask, person: Entity) -> Reply | None:
    """'Ben is the defence secretary, isn't he?': the office words next to the name that
    his role does not have."""
    role = (person.role or "").casefold()
    if not role:
        return None
    # (an ordinal or a number is no office: "his fourth term as president")
    claimed = [w for w in ask.q.distinctive if w not in c.vocab.ordinals and number(w) is None
               and ((w not in role.split() and not c.vocab.knows(w))
                    or (w in c.vocab.leader_words and w not in role.split()))]
    claimed += [r for r in ask.q.roles if f" {r} " not in f" {role} "]  # "her president"
    # (an office no one in the articles holds: "Li is the premier?" of a president)
    claimed += [w for w in ask.q.words if w in c.vocab.offices and w not in role.split()
                and w not in claimed]
    # the word that makes the office, right before it ("the trade minister"), when hers
    # has another (a country named there is where, not what: "Zenda's minister")
    named = {i for m in ask.mentions if m.start >= 0 for i in range(m.start, m.end)}
    ws = ask.q.words
    claimed += [ws[i - 1] for i in range(1, len(ws)) if ws[i] in role.split()
                and ws[i] in c.vocab.offices and i - 1 not in named
                and ws[i - 1] in ask.q.distinctive and ws[i - 1] not in role.split()]
    facts = [i.fact for i in c.index.facts if person.name in i.fact.participants
             or person.name in i.about]
    if "or" in ask.q.words and any(f" {r} " in f" {role} " for r in ask.q.roles) and facts:
        # "is Ben a PM or a president?": the office he holds, said; no Yes or No
        return Reply(f"{person.name} is {person.role}.", facts[:1], focus=(person.name,))
    if not claimed:  # the office the gazetteer gives them, and no more claimed: Yes
        q = ask.q
        plain = facts and (q.roles or q.leader) and not (q.times or q.numbers or q.distinctive)
        return Reply(f"{person.name} is {person.role}.", facts[:1], verdict=True,
                     focus=(person.name,)) if plain else None
    return Reply(f"{person.name} is {person.role}." + (f" {facts[0].summary}" if facts
                                                       else ""),
                 facts[:1], verdict=False, focus=(person.name,)) if facts else None


def _placed(c: Composer, ask: Ask) -> set[str]:
    """The places the question puts things at ("in Zenda", "to Strelsau")."""
    return {m.entity for m in ask.mentions if m.role == "place"
            and c.kind_of(m.entity) in PLACE_KINDS}


def premise(c: Composer, ask: Ask) -> Reply | None:
    """The place a why/what/when question takes for granted, checked: "why is the forum
    in Zenda?" of a forum in Strelsau, "how come she pledged 40 million to Zenda?"."""
    placed = _placed(c, ask)
    if ask.q.future and placed and any(
            c.index.at(i, p) and (not ask.principal or ask.principal & set(i.fact.participants))
            for i in c.pool((*FUTURE_KINDS, "invitation")) for p in placed):
        return None  # ("what will he sign when he visits Zenda?": a visit ahead, as told)
    # where the subject did go ("what deals did he sign in Zenda?"), only a fact the
    # question singles out by three of its words puts the thing elsewhere
    been = any(c.index.at(i, p) and (not ask.principal
                                     or ask.principal & set(i.fact.participants))
               for i in c.pool(CONTACT_KINDS) for p in placed)
    return _event_premise(c, ask, ask.others, placed) or _met_elsewhere(c, ask, placed) \
        or _role_premise(c, ask, placed) or _not_there(c, ask, placed, been) \
        or _never_went(c, ask, placed) \
        or misplaced(c, ask, 3 if been else 2) or _topic_elsewhere(c, ask, placed)


def _never_went(c: Composer, ask: Ask, placed: set[str]) -> Reply | None:
    """'What did Ana do in Zenda on this trip?' when no fact of hers, past or planned,
    puts her there (Zenda only named beside a forum ahead): No, and where she did go."""
    q = ask.q
    if not q.past or q.future or not placed or len(ask.principal) != 1 \
            or any(c.kind_of(p) not in ("country", "city") for p in placed) \
            or any(e not in ask.principal and e not in placed and e not in ask.home
                   for e in ask.others):
        return None  # (of the subject only: "what did Li tell Ben in Zenda?" is theirs,
        # "how did Zenda respond to Strelsau's complaints?" Zenda's)
    if any(c.index.at(i, p) or any(p in c.index.lineage(x) for x in i.fact.places)
           for i in c.index.facts if ask.principal & set(i.fact.participants)
           for p in placed):
        return None
    who = next(iter(ask.principal))
    where = join([c.words.named(p) for p in sorted(placed)])
    # (someone else's visit there is what the article does say of the place: "why did Ana
    # go to Zenda?" when it was Ben who went)
    others = [i.fact for i in c.pool(CONTACT_KINDS) if any(c.index.at(i, p) for p in placed)]
    if others:
        return Reply(f"the article does not report {c.words.named(who)} going to {where}. "
                     f"{others[0].summary}", others[:1], verdict=False)
    went = trips(c, Ask(q, tuple(m for m in ask.mentions if m.entity not in placed),
                        ask.prefer, ask.principal, ask.home))
    if went is None or not went.facts:
        return None
    return Reply(f"the article does not report {c.words.named(who)} going to {where}. "
                 f"{went.text}", went.facts, verdict=False, items=went.items)


def _topic_elsewhere(c: Composer, ask: Ask, placed: set[str]) -> Reply | None:
    """'Why did they focus on fishing in Strelsau?' when the talks there were on other
    things and fishing came up in Zenda: No, what was discussed there and where it was.
    (Two words at least of what the articles tell, none of them the meeting's there.)"""
    q = ask.q
    if q.intent is None or q.intent.answer != "why" or q.first or q.last or q.sequence:
        return None  # ("what deals did they sign there?" asks; "why" takes it as told)
    at = [i for i in c.pool(CONTACT_KINDS) if placed and all(c.index.at(i, p) for p in placed)
          and (not ask.principal or ask.principal & set(i.fact.participants))]
    if not at:
        return None
    held = frozenset().union(*(i.strong | i.weak for i in at))
    told = {s for s in ask.q.distinct_stems if c.index.with_stem(s)}
    missing = told - held
    if len(missing) < 2:
        return None
    elsewhere = [i for i in c.index.candidates((), frozenset(missing))
                 if missing <= (i.strong | i.weak) and i not in at]
    if not elsewhere:
        return None
    facts = [at[0].fact, elsewhere[0].fact]
    return Reply(" ".join(f.summary for f in facts), facts, verdict=False)


def _not_there(c: Composer, ask: Ask, placed: set[str], been: bool) -> Reply | None:
    """'How was her visit to Zenda?' when she only met Zenda's minister elsewhere: No,
    and what the article tells of Zenda."""
    if been or not placed or not c.asks_contact(ask.q) or not ask.principal or any(
            c.kind_of(p) not in ("country", "city") for p in placed) or any(
            (i.fact.occasion or ask.q.future) and c.index.at(i, p)
            for i in c.pool((*FUTURE_KINDS, "invitation")) for p in placed):
        return None  # ("when is he visiting Zenda?" of an invitation there: ahead)
    told = [i for i in c.pool(CONTACT_KINDS) if ask.principal & set(i.fact.participants)
            and all(_tied(c, i, p) for p in placed)]
    # ("why did he fly to the Zendan capital?" when Zenda's leader came to him: the
    # country's contacts say where they met)
    told = told or [i for i in c.pool(CONTACT_KINDS) if ask.principal & set(i.fact.participants)
                    and all(any(_tied(c, i, x) for x in c.index.lineage(p) - {p}
                                if c.kind_of(x) == "country") for p in placed)]
    if not told:
        return None
    return Reply(f"No. {told[0].fact.summary}", [told[0].fact])


def _role_premise(c: Composer, ask: Ask, placed: set[str]) -> Reply | None:
    """'Why did she meet the Zendan president in Strelsau?' when she met its foreign
    minister there: No, and whom she did meet."""
    q = ask.q
    countries = [e for e in ask.others if c.kind_of(e) == "country" and e not in placed]
    # ("what did she discuss with the Zendan minister": talks are a meeting too)
    talked = bool(q.stems & c.vocab.discussion_stems) and "with" in q.words
    if not q.roles or not placed or not (c.asks_contact(q) or talked) or any(
            c.kind_of(e) == "person" for e in ask.others):
        return None
    def of_theirs(i: IndexedFact, e: str) -> bool:  # (Zenda, or someone from Zenda)
        return c.index.takes_part(i, e) or _by_country(c, i, e)

    contacts = c.pool(CONTACT_KINDS)
    at_place = [i for i in contacts if all(c.index.at(i, p) for p in placed)]
    there = [i for i in at_place
             if not ask.principal or ask.principal & set(i.fact.participants)]
    met = [i for i in there if all(of_theirs(i, e) for e in countries)]
    if countries and there and not met and len(ask.principal) == 1 and not any(
            of_theirs(i, e) for i in at_place for e in countries):
        # "what did she discuss with the Zendan minister in Strelsau?" when no one from
        # Zenda was met there: No, whom she did meet, and where she met the Zendan
        elsewhere = [i.fact for i in contacts if ask.principal & set(i.fact.participants)
                     and all(of_theirs(i, e) for e in countries)][:1]
        facts = [there[0].fact, *elsewhere]
        return Reply("No. " + " ".join(f.summary for f in facts), facts)
    others = [(i, n) for i in met for n in i.fact.participants if n not in ask.principal]
    # (each one met is a person whose office the article gives: "his counterparts from
    # Zenda" names no office to deny)
    if not others or any(c.kind_of(n) != "person" or not c.entities[n].role
                         or holds(c, n, i.fact, q.roles) for i, n in others):
        return None
    return Reply(f"No. {met[0].fact.summary}", [met[0].fact])


def met_where_asked(c: Composer, ask: Ask) -> Reply | None:
    """'Where in Zenda did she meet Ben?' when she met him elsewhere: No, and where (only
    the place right after "where in" is taken for granted, not one of a clause after)."""
    ws = ask.q.words
    if ws[:1] != ("where",) or ws[1:2] != ("in",):
        return None
    placed = {m.entity for m in ask.mentions if m.start == 2 and m.role == "place"
              and c.kind_of(m.entity) in PLACE_KINDS}
    # (a place no article names, "where in Atlantis did they meet?", is no place they met)
    unknown = {n.casefold() for n in ask.q.unknown_names} & set(ws[2:3])
    return _met_elsewhere(c, ask, placed or unknown) if placed or unknown else None


def _met_elsewhere(c: Composer, ask: Ask, placed: set[str]) -> Reply | None:
    """'Why did she meet Ben in Zenda?' when every meeting with Ben was elsewhere: No,
    and where they did meet."""
    # (someone carried from the talk without a pronoun pointing at them is no one the
    # question puts anywhere: "and what has Zenda been sending to Strelsau?")
    typed = {m.entity for m in ask.mentions if m.start >= 0}
    people = [e for e in ask.others if c.kind_of(e) == "person" and e not in ask.principal
              and (e in typed or ask.q.anaphora)]
    if not people or not placed or not c.asks_contact(ask.q):
        return None
    ws = ask.q.words
    said = next((i for i, w in enumerate(ws) if w in c.vocab.opinion_words), None)
    if said is not None:
        # "how did Ben react to Li going to Zenda?": Li went there; Ben only reacted
        people = [e for e in people if any(m.entity == e and m.start > said
                                           for m in ask.mentions)]
        if not people:
            return None
    # (the subject named beside them is in the meeting too: "what did Ana and Ben discuss
    # in Zenda?" is not of Ben's own visit to Zenda)
    at = {m.entity: m for m in ask.mentions if m.start >= 0}

    def joined(a: str, b: str) -> bool:  # ("Ana and Ben": said as one pair)
        first, second = sorted((at[a], at[b]), key=lambda m: m.start)
        return ask.q.words[first.end:second.start] == ("and",)

    pair = [*people, *sorted(e for e in ask.principal if e in at
                             and any(o in at and joined(e, o) for o in people))]
    met = [i for i in c.pool(CONTACT_KINDS) if all(c.index.takes_part(i, p) for p in pair)]
    # (what lies ahead counts too: "why is Ben coming to Zenda?" of a meeting expected there)
    ahead = [i for i in c.pool(FUTURE_KINDS) if all(c.index.takes_part(i, p) for p in pair)]
    if not met or any(c.index.at(i, p) for i in (*met, *ahead) for p in placed):
        return None
    return Reply(f"No. {met[0].fact.summary}", [met[0].fact])


def _city_elsewhere(c: Composer, ask: Ask) -> Reply | None:
    """'Dili is the capital of Indonesia?': a city said to be of a country the gazetteer
    does not put it in. No, and where the articles have it."""
    q = ask.q
    countries = [m for m in ask.mentions if m.start >= 0 and c.kind_of(m.entity) == "country"]
    # (a site, "the plant is being built in Zenda?", said to be in a country, needs no "is")
    sites = [m for m in ask.mentions if m.start >= 0 and c.kind_of(m.entity) == "place"
             and countries and countries[-1].start > 0
             and q.words[countries[-1].start - 1] in c.vocab.locative]
    if not sites and not _copula(c, q):
        return None
    cities = sites or [m for m in ask.mentions if m.start >= 0 and c.kind_of(m.entity) == "city"]
    if len(cities) != 1 or len(countries) != 1 or countries[0].start < cities[0].end:
        return None
    after = q.words[countries[0].end:countries[0].end + 1]
    typed = " ".join(q.words[countries[0].start:countries[0].end])
    if not sites and after and after[0] not in c.vocab.stopwords \
            and typed != fold(countries[0].entity) and not c.vocab.tag_length(after):
        return None  # ("Strelsau, a former Zendan colony?": of Zenda's, not in Zenda)
    city, country = cities[0].entity, countries[0].entity
    home = c.entities[city].country
    if not home or home == country:
        return None
    # (the fact most about the site: the one that names it)
    near = max((i for i in c.index.facts if sites
                and c.index.relevance(i, (city,), frozenset()) > 0),
               key=lambda i: c.index.relevance(i, (city,), frozenset()), default=None)
    told = next((i.fact for i in c.index.facts if c.index.at(i, city)),
                near.fact if near is not None else None)
    return Reply(f"{city} is in {home}.", [told] if told else [], verdict=False,
                 focus=(city, home)) if told else None


def misplaced(c: Composer, ask: Ask, least: int = 2) -> Reply | None:
    """'She gave Freedonia 40 million?' when the 40 million went to Ruritania: the fact that has
    the question's words (at `least` of them) names another place or person, so the premise
    is wrong."""
    q = ask.q
    named = [e for e in ask.others if c.kind_of(e) in ("country", "city", "person")
             and not c.index.lineage(e) & ask.home]  # "did Portugal / Lisbon sign ...": home
    # "with China in Beijing": one place, said twice (the city names it)
    named = [e for e in named if not any(o != e and e in c.index.lineage(o) for o in named)]
    # the claim's words, and its figures ("the 8,000 seafarers were Zendan?"), are its
    # evidence; a figure said of a person ("not seen Ben in five years") is a time
    figures = set(q.numbers) if named and c.kind_of(named[0]) != "person" else set()

    # (words of time, "the first time since January", tell no fact from another)
    timely = term_stems((*c.vocab.months, *c.vocab.time_units)) | c.vocab.occasion_stems
    evidence = q.distinct_stems - timely

    # (a figure of time in the fact is no count claimed: "five leaders" is not "five years")
    spans = _timed_figures(c, q.words)

    def held(i: IndexedFact) -> int:
        told = figures & numbers_in(" ".join(x.quote for x in i.fact.quotes)) if figures \
            else set()
        if told:
            told = {n for n in told if (n in spans) == (n in _timed_figures(
                c, [w for x in i.fact.quotes for w in tokens(x.quote.casefold())]))}
        return len(evidence & (i.strong | i.weak)) + 2 * len(told)  # a figure tells most

    if len(named) != 1 or len(evidence) + len(figures) < least:
        return None
    # (without figures, only a fact with the claim's words can hold any of it)
    pool = c.index.facts if figures else c.index.candidates((), evidence)
    best = max(pool, default=None, key=held)
    if best is None or held(best) < max(least, len(evidence) + len(figures) - 1):
        return None
    # the fact names it (or, for a place, one it lies in; a region shared is no tie)
    tie = c.index.relevance(best, (named[0],), frozenset(), ask.home)
    if tie >= 1.5 or (tie > 0 and c.kind_of(named[0]) == "person"):
        return None
    kind = c.kind_of(named[0])
    kinds = ("country", "city") if kind != "person" else ("person",)
    if not any(c.kind_of(e) in kinds for e in (*best.fact.places, *best.fact.who,
                                                   *best.fact.about)):
        return None
    # what the article does tell of the one named, then where the claim's words belong
    own = next((i.fact for _, i in c.ranked(ask) if i is not best and c.index.relevance(
        i, (named[0],), frozenset(), ask.home) >= 1.5), None)
    # (the fact that does hold it first: "No. The 40 million went to Ruritania. …")
    facts = [best.fact, own] if own is not None else [best.fact]
    return Reply("No. " + " ".join(f.summary for f in facts), facts)


def _listed(c: Composer, facts: Iterable[Fact]) -> set[int]:
    """How many countries' leaders the facts list ("the leaders of Zenda, Strelsau and
    Ruritania": three), a count said by the list, not by a figure."""
    return {len(countries) for f in facts
            if len(countries := {p for p in f.who if c.kind_of(p) == "country"}) > 1}


def _dating(c: Composer, q: Parsed) -> set[str]:
    """The stems of what a deed is dated by ("flew to Zenda after his new term began"):
    when it was, not a deed claimed beside it (the term's own fact tells that)."""
    at = next((i for i, w in enumerate(q.words) if i and (
        w in c.vocab.before_words or (w,) in c.vocab.sequence)), None)
    return {stem(w) for w in q.words[at + 1:]} if at is not None else set()


def _timed_figures(c: Composer, ws: Sequence[str]) -> set[int]:
    """The figures a text gives as spans of time ("in five years", "a 12-day tour")."""
    return {n for n, _ in _fused_spans(c, ws)} | {
        n for w, after in zip(ws, (*ws[1:], ""), strict=True)
        if (n := number(w)) is not None and after in c.vocab.time_units}


def _fused_spans(c: Composer, ws: Sequence[str]) -> list[tuple[int, str]]:
    """The spans said in one hyphenated word, figure and unit: "12-day" -> (12, "day")."""
    return [(n, u) for w in ws if "-" in w and (u := w.split("-")[-1]) in c.vocab.time_units
            and (n := number(w.split("-")[0])) is not None]


def _event_premise(c: Composer, ask: Ask, targets: tuple[str, ...], placed: set[str]
                   ) -> Reply | None:
    """'Was the trade summit in Zenda?' / '...in September?': the event's own place and
    time answer it."""
    events = [t for t in targets if c.kind_of(t) == "event"] or _event_by_noun(c, ask)
    if not events:
        return None
    event = c.entities[events[0]]
    facts = [i.fact for i in c.index.facts if i.fact.occasion == event.name]
    if not facts:
        return None
    future = all(f.kind in FUTURE_KINDS for f in facts)
    # the places said of the event ("the summit in Zenda"), not a trip's ("go to X
    # before the summit")
    after = next((m.end for m in ask.mentions if m.entity == event.name), 0)
    # (up to another event or "or": "the Zenda summit or the forum in Strelsau")
    ws = ask.q.words
    bound = min([m.start for m in ask.mentions if m.start >= after
                 and c.kind_of(m.entity) == "event" and m.entity != event.name]
                + [i for i in range(after, len(ws)) if ws[i] == "or"] + [len(ws)])
    spots = {m.entity for m in ask.mentions if m.entity in placed
             and after <= m.start < bound} - {event.name}
    when = next((f.time_phrase for f in facts if f.time_phrase), None)
    elsewhere = bool(spots and not spots <= c.index.lineage(event.place or "")) \
        or (bool(ask.q.unknown_names) and "or" not in ask.q.words)  # "in St Petersburg?"
    if elsewhere and event.place:
        verb = "will be" if future else "was"
        # "in Zenda in May?": the time is corrected with the place
        at = f" {when}" if when and ask.q.times else ""
        return Reply(f"The {event.name} {verb} held in {c.words.place(event.place)}{at}.",
                     facts[:2], focus=(event.place,), verdict=False)
    # ("this year?" of "in October": a month within the span asked is no other time)
    within = bool(when and _months(c, when)) and all(
        set(tokens(t)) & c.vocab.time_units and not _months(c, t) for t in ask.q.times)
    # ("since December, before the summit": the time is of what came before it)
    if ask.q.times and when and not within and not ask.q.sequence \
            and not any(c.index.says_time(t, when) for t in ask.q.times):
        dated = [f for f in facts if f.time_phrase]
        return Reply(f"The {event.name} {'is' if future else 'was'} {when}.", dated[:1],
                     verdict=False)
    return None


def _met_besides(c: Composer, ask: Ask, placed: set[str]) -> Reply | None:
    """'Did she meet anyone else in Zenda (apart from its PM)?': the meetings there with
    others than those named (Yes, and whom), or none (No, and the one there was)."""
    ws = ask.q.words
    verb = next((i for i, w in enumerate(ws) if w in c.vocab.contact_words), None)
    # (the others met, after the verb: not "did other leaders mind her going there?")
    if not placed or not ask.principal or verb is None \
            or c.vocab.besides_words.isdisjoint(ws[verb + 1:]) or not _contact_verb(c, ask):
        return None
    there = [i for i in c.pool(CONTACT_KINDS) if ask.principal & set(i.fact.participants)
             and any(c.index.at(i, p) for p in placed)]
    named = {m.entity for m in ask.mentions if m.start >= 0 and c.kind_of(m.entity) == "person"}
    if not there or not named:
        return None
    others = [i.fact for i in there if not named & set(i.fact.participants)]
    if others:
        return Reply(" ".join(f.summary for f in others[:2]), others[:2], verdict=True)
    return Reply(there[0].fact.summary, [there[0].fact], verdict=False)


def _event_rank(c: Composer, ask: Ask) -> Reply | None:
    """'Is the Zenda forum the third one?' of "the first Zenda forum": the edition the
    event's fact gives it, against the one claimed."""
    claimed = [r for w in ask.q.words if (r := c.rank(w)) is not None]
    events = [m.entity for m in ask.mentions if c.kind_of(m.entity) == "event"]
    if len(claimed) != 1 or len(events) != 1:
        return None
    first = tokens(events[0].casefold())[0]
    for item in c.index.facts:
        if item.fact.occasion != events[0]:
            continue
        said = tokens(item.fact.summary.casefold())
        told = next((r for i, w in enumerate(said[:-1])
                     if said[i + 1] == first and (r := c.rank(w)) is not None), None)
        if told is not None and told == claimed[0] and (
                not all(c.index.at(item, p) for p in ask.placed)
                or c.index.time_fits(item, ask.q.times) is False):
            return None  # ("the first Zenda forum will be in Strelsau in May?": the rank
            # holds; where and when are checked as any claim's are)
        if told is not None:
            return Reply(item.fact.summary, [item.fact], verdict=told == claimed[0])
    return None


def _event_by_noun(c: Composer, ask: Ask) -> list[str]:
    """'Will the summit be held in Zenda?': the one event ahead whose name ends in the
    noun said (none, or several, names nothing)."""
    if not ask.q.future or not ask.placed:
        return []
    said = {stem(w) for w in ask.q.words}
    ahead = {f.occasion for f in c.ahead() if f.occasion and c.kind_of(f.occasion) == "event"
             and stem(tokens(f.occasion.casefold())[-1]) in said}
    return list(ahead) if len(ahead) == 1 else []


def _next_claimed(c: Composer, ask: Ask, actor: str | None, named: list[str],
                  of: Callable[[str], list[IndexedFact]], unnamed: bool = False
                  ) -> Reply | None:
    """'After Zenda he flew on to Strelsau?' when the step after Zenda went elsewhere: No,
    and the step that did follow. The anchor is the name right after "after"; `unnamed`:
    the step claimed is a name the articles never use."""
    q = ask.q
    at = {m.entity: m for m in ask.mentions if m.start >= 0 and m.entity in named}
    marks = [i + len(p) for p in c.vocab.sequence for i in range(len(q.words))
             if q.words[i:i + len(p)] == p]
    anchor = next((e for e, m in at.items() if any(0 <= m.start - k <= 2 for k in marks)),
                  None)
    claimed = [e for e in at if e != anchor]
    if anchor is None or len(claimed) != (0 if unnamed else 1):
        return None
    for item in of(anchor):
        if actor and not c.index.takes_part(item, actor):
            continue
        for step in c.index.followers.get(item.fact.id, []):
            after = c.index.by_id[step]
            if claimed and (c.index.at(after, claimed[0])
                            or c.index.takes_part(after, claimed[0])):
                return None  # (it did follow: the order check says so)
            return Reply(f"No. {item.fact.summary} {after.fact.summary}",
                         [item.fact, after.fact])
    return None


def _unknown_trip(c: Composer, ask: Ask) -> Reply | None:
    """'Did she go to Atlantis?', a place the articles never name: No, and the trips the
    article does tell."""
    q = ask.q
    unknown = {n.casefold() for n in q.unknown_names}  # (as typed: "Paris")
    # (past the words a name opens with: "to New Zealand")
    placed = [w for i, w in enumerate(q.words) if w in unknown and i and (
        q.words[i - 1] in c.vocab.locative or (i > 1 and q.words[i - 1] in c.vocab.name_openers
                                               and q.words[i - 2] in c.vocab.locative))]
    if not placed or not (_contact_verb(c, ask) or "visit" in q.kinds):
        return None  # ("she stopped in Atlantis?": a stop is a visit)
    told = trips(c, ask)
    if told is None:
        return None
    # (a name of two words is one: "New Zealand")
    names = join([_as_named(c, q, " ".join(capital(w) for w in n.split()))
                  for n in unknown_words(c, ask)] or [capital(n) for n in q.unknown_names])
    return Reply(f"the article does not mention {names}. {told.text}", told.facts,
                 verdict=False, items=told.items)


def _as_named(c: Composer, q: Parsed, name: str) -> str:
    """The name with the capitalised word that opens it, as typed ("New Zealand")."""
    found = re.search(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", q.text)
    return f"{found[1]} {name}" if found and found[1].casefold() in c.vocab.name_openers \
        else name


def _route(c: Composer, ask: Ask, actor: str | None) -> Reply | None:
    """'She flew to Zenda from Strelsau?': a leg of the journey, its start after one of
    the origin words and its end after one of the destination words; the step that did
    lead there says whether it was that one."""
    q = ask.q
    at = {m.start: m.entity for m in ask.mentions if m.start > 0
          and m.entity not in ask.principal and c.kind_of(m.entity) in PLACE_KINDS}
    origin = [e for i, e in at.items() if q.words[i - 1] in c.vocab.route_origins]
    end = [e for i, e in at.items() if q.words[i - 1] in c.vocab.route_ends]
    if len(origin) != 1 or len(end) > 1 or origin == end or not (end or q.unknown_names):
        return None
    contacts = [i for i in c.pool(CONTACT_KINDS) if actor is None
                or c.index.takes_part(i, actor)]

    def onward() -> Reply | None:
        # No, and where the journey did go from the origin
        left = next((i for i in contacts if c.index.at(i, origin[0])), None)
        went = c.index.followers.get(left.fact.id, []) if left is not None else []
        if left is None or not went:
            return None
        then = c.index.by_id[went[0]].fact
        return Reply(f"{left.fact.summary} {then.summary}", [left.fact, then], verdict=False)

    if not end:
        return onward()  # "from Zenda to <a place the articles never name>"
    arrivals = [i for i in contacts if c.index.at(i, end[0])]
    if not arrivals:
        return None
    arrival = arrivals[0]
    came = c.index.by_id.get(arrival.fact.follows or "")
    if came is None:
        # "from Strelsau she went on to Zenda?" where Zenda came first: where she did go
        return onward()
    held = c.index.at(came, origin[0])
    return Reply(f"{came.fact.summary} {arrival.fact.summary}", [came.fact, arrival.fact],
                 verdict=held)


def _steps_claimed(c: Composer, ask: Ask, actor: str | None, steps: list[str],
                   of: Callable[[str], list[IndexedFact]]) -> Reply | None:
    """'A first, then B, then C?': three steps or more, claimed in the order written, against
    the order the journey's facts tell (said in that order). A claim that also says
    "after" or "before" is not read for its order: the steps are told, with no verdict."""
    q = ask.q
    picked: list[Fact] = []
    for name in dict.fromkeys(steps):
        # (a city for its country: "Beijing" of a step told as "went to China"; the
        # country before the regions, in a fixed order, never the set's)
        wider = sorted(c.index.lineage(name) - {name},
                       key=lambda x: (c.kind_of(x) != "country", x))
        item = next((i for n in (name, *wider) for i in of(n)
                     if actor is None or c.index.takes_part(i, actor)
                     or i.fact.subject == actor), None)
        if item is None or item.fact in picked:
            return None
        picked.append(item.fact)
    ranked = sorted(picked, key=lambda f: sum(
        journey.sequence(c, o, f) is True for o in picked if o is not f))
    if any(journey.sequence(c, a, b) is not True for a, b in pairwise(ranked)):
        return None  # (an order the facts cannot tell)
    said = " ".join(f.summary for f in ranked)
    plain = all(find(q.words, p) < 0 for p in c.vocab.sequence
                if p not in c.vocab.then_words) and not q.backwards
    if not plain:
        held = _pairs_held(c, ask, dict(zip(dict.fromkeys(steps), picked, strict=True)))
        return Reply(said, ranked, verdict=held)
    return Reply(said, ranked, verdict=ranked == picked)


def _pairs_held(c: Composer, ask: Ask, facts: dict[str, Fact]) -> bool | None:
    """'Ben went to Zenda after he saw Ana, and then to Strelsau?': each two steps named
    side by side, in the order the words between them claim ("after": the other way
    round), against the journey; None when some pair's order is not said."""
    q = ask.q
    at = {m.entity: m for m in ask.mentions if m.start >= 0}
    if not all(n in at for n in facts):
        return None
    held = []
    for a, b in pairwise(sorted(facts, key=lambda n: at[n].start)):
        between = q.words[at[a].end:at[b].start]
        if any(find(between, p) >= 0 for p in c.vocab.then_words) \
                or any(w in c.vocab.before_words for w in between):
            earlier, later = a, b
        elif any(find(between, p) >= 0 for p in c.vocab.sequence):
            earlier, later = b, a
        else:
            return None
        held.append(journey.sequence(c, facts[earlier], facts[later]))
    return None if None in held else all(held)


def _hosted_elsewhere(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'Is Zenda hosting the summit?' of a summit in Strelsau: the country a claim makes
    the host (named before a word of hosting) is not where the fact puts it."""
    at = next((i for i, w in enumerate(ask.q.words) if w in c.vocab.host_words), None)
    host = next((m.entity for m in ask.mentions if 0 <= m.start < (at or 0)
                 and c.kind_of(m.entity) == "country"), None)
    named = set(ask.others)  # (the gathering itself named: "the Zenda Forum", "the summit in X")
    held = fact.occasion is not None and (fact.occasion in named or bool(named & set(fact.about)))
    return host is not None and bool(fact.places) and held \
        and not any(host in c.index.lineage(p) for p in fact.places)


def _visitors(c: Composer, ask: Ask) -> Reply | None:
    """'Was Ben's visit before Li's?', 'did Li come after Ben?': two people the subject met
    on different occasions, ordered by their own times (or their journey)."""
    q = ask.q
    people = list(dict.fromkeys(m.entity for m in ask.mentions if m.start >= 0
                                and c.kind_of(m.entity) == "person"
                                and m.entity not in ask.principal))
    if not q.sequence or (q.backwards and q.forwards) or len(people) != 2 or any(
            m.role == "place" and m.start >= 0 and not c.index.lineage(m.entity) & ask.home
            for m in ask.mentions):
        return None  # ("Ben flew to Zenda to meet Li after Moscow": Ben's own journey)
    first, second = people
    if any(c.index.takes_part(i, first) and c.index.takes_part(i, second)
           for i in c.pool(CONTACT_KINDS)):
        return None  # "did Ben meet Li after his talks with her?": a meeting of the two

    def of(name: str) -> list[Fact]:
        return [i.fact for i in c.pool(CONTACT_KINDS) if c.index.takes_part(i, name)
                and ask.principal & set(i.fact.participants)]

    dated = [(a, b, known) for a in of(first) for b in of(second)
             if a is not b and (known := journey.sequence(c, a, b)) is not None]
    if not dated:
        return None
    one, other, ahead = dated[0]
    at = {m.entity: m.start for m in ask.mentions if m.start >= 0}
    # "A before B", "B after A" (or "after A, B"): A first
    lead = q.words[:at[first]]
    claims_first = q.backwards != any(find(lead, p) >= 0 for p in c.vocab.sequence)
    earlier, later = (one, other) if ahead else (other, one)
    return Reply(f"{earlier.summary} {later.summary}", [earlier, later],
                 verdict=claims_first == ahead)


def _order(c: Composer, ask: Ask, actor: str | None) -> Reply | None:
    """'Did she go to Zenda before Strelsau?': the facts' own sequence decides."""
    q = ask.q
    if not q.sequence:
        return None
    named = [m.entity for m in ask.mentions if m.entity != actor and m.role != "excluded"]
    # (of another's journey, meeting the subject is a step of it too: "Ben went to Zenda
    # after he saw Ana, and then Strelsau?")
    others = actor is not None and actor not in ask.principal
    steps = [n for n in named if n not in ask.principal or others]

    def of(name: str) -> list[IndexedFact]:
        # (another's steps are theirs alone: "Ben went to Zenda after Strelsau?" is not
        # told by Li's journey through both)
        return [i for i in c.pool(CONTACT_KINDS) if (c.index.at(i, name)
                or c.index.takes_part(i, name)) and (not others or actor is None
                                                     or c.index.takes_part(i, actor))]

    if len(steps) == 1 and q.unknown_names and q.forwards and not q.backwards:
        # "after Zenda he flew to <a place the article never names>?": No, and the next step
        return _next_claimed(c, ask, actor or next(
            (n for n in named if n in ask.principal), None), steps, of, unnamed=True)
    if len(named) < 2:
        return None
    if len(set(steps)) >= 3 and (told := _steps_claimed(c, ask, actor, steps, of)):
        return told
    if actor is None and len(steps) >= 2:  # (the subject is in every step of their journey)
        named = steps
    # the first and the last named ("Ben in Zenda after his Li meeting": Ben, then Li)
    first, second = named[0], named[-1]
    if (first in ask.principal and c.kind_of(named[1]) == "person") \
            or (actor is None and second in ask.principal and c.kind_of(first) == "person"):
        return None  # "did she and Ben meet again after Zenda?": a meeting of the two
    at = {m.entity: m for m in ask.mentions if m.start >= 0}
    between = q.words[at[first].end:at[second].start] if first in at and second in at else ()
    after = q.words[at[second].end:] if second in at else ()
    if after and after[-1] in c.vocab.closing_fillers:
        after = after[:-1]  # ("… after North Korea then?": no "then" of an order)
    # "after A, B?", "from A he went on to B": B the very next step
    next_claimed = first in at and (any(
        find(q.words[:at[first].start], p) >= 0 and p[-1] not in c.vocab.route_ends
        for p in c.vocab.sequence) or (  # (not "went on to A")
        at[first].start > 0 and q.words[at[first].start - 1] in c.vocab.route_origins))
    in_order = any(find(between, p) >= 0 or find(after, p) >= 0
                   for p in c.vocab.then_words) or next_claimed  # ("A first, B afterwards")
    # "A before B", "A then B", "after A, B": in that order; "A after B": the other
    claimed = (first, second) if q.backwards or in_order else (second, first)
    # (the one said to act: the actor, or the subject named before the first step)
    doer = actor if actor is not None else next(
        (m.entity for m in ask.mentions if m.start >= 0 and m.entity in ask.principal
         and first in at and m.start < at[first].start), None)
    if doer is not None and c.kind_of(first) == "person" and (firsts := of(first)) \
            and not any(c.index.takes_part(a, doer) for a in firsts):
        # "Ben met Li in Zenda before Ana came to Strelsau?" of Ana's meeting with Li: Ben
        # never met Li, whatever the order
        return Reply(firsts[0].fact.summary, [firsts[0].fact], verdict=False)
    for a in of(first):
        for b in of(second):
            if a is b:
                continue
            if a.fact.id == b.fact.follows or b.fact.id == a.fact.follows:
                ahead = a.fact.id == b.fact.follows  # one step right after the other
            elif q.backwards or in_order:
                # (one journey, any steps apart when the claim says before or after: "Zenda
                # first, Strelsau afterwards" of "Strelsau, then Ruritania, then Zenda")
                chain = c.chain(a.fact.id)
                if b.fact.id not in chain:
                    continue
                ahead = chain.index(a.fact.id) < chain.index(b.fact.id)
                if next_claimed and not q.backwards and (step := next(
                        (f for s in c.index.followers.get(a.fact.id, [])
                         if (f := c.index.by_id[s].fact) is not b.fact), None)) is not None:
                    # "after A she went to B?" of A, then C, then B: not next; C was
                    return Reply(f"{a.fact.summary} {step.summary}", [a.fact, step],
                                 verdict=False)
            else:
                continue
            actual, later = ((first, second), b.fact) if ahead else ((second, first), a.fact)
            earlier = a.fact if later is b.fact else b.fact
            story = f"{earlier.summary} {later.summary}"
            if q.backwards and q.forwards:  # "before or after?": the story decides
                said = "Before" if actual == (first, second) else "After"
                return Reply(f"{said} {c.words.named(second)}: {story}", [earlier, later])
            shown = [earlier, later]
            anchor = a.fact if claimed[0] == first else b.fact
            if claimed != actual and q.forwards and not q.backwards and (nxt := next(
                    (f for s in c.index.followers.get(anchor.id, [])
                     if (f := c.index.by_id[s].fact) not in shown), None)) is not None:
                shown.append(nxt)  # "A went to Zenda after Strelsau?": where A went after
            return Reply(" ".join(f.summary for f in shown), shown, verdict=claimed == actual)
    if q.forwards and not q.backwards and (wrong := _next_claimed(c, ask, actor, named, of)):
        return wrong
    if q.backwards != q.forwards and not next_claimed and all(
            c.kind_of(n) in ("city", "country") for n in (first, second)) \
            and (c.asks_contact(q) or any(m.role == "place" for m in ask.mentions)):
        # "did he go to Zenda before Strelsau?" of two steps no journey links: their own
        # dates decide, when they tell
        who = actor or next(iter(sorted(ask.principal)), None)  # (the one who went)
        for a in of(first):
            for b in of(second):
                if a is not b and (who is None or (c.index.takes_part(a, who)
                                                   and c.index.takes_part(b, who))) \
                        and (dated := journey.sequence(c, a.fact, b.fact)) is not None:
                    actual = (first, second) if dated else (second, first)
                    earlier, later = (a.fact, b.fact) if dated else (b.fact, a.fact)
                    return Reply(f"{earlier.summary} {later.summary}", [earlier, later],
                                 verdict=claimed == actual)
    together = [a.fact for a in of(first) if a in of(second)]
    if q.backwards and q.forwards and together and not any(
            a is not b for a in of(first) for b in of(second)):
        # "Belarus before or after Uzbekistan?" of one sentence telling both: no order told
        return c.not_said("which came first", together[:1])
    if q.backwards and q.forwards:
        # "before or after?" of two steps no journey links: their own dates decide, else
        # the order the curator told them in
        place = {item.fact.id: n for n, item in enumerate(c.index.facts)}
        pairs = [(a.fact, b.fact) for a in of(first) for b in of(second) if a is not b]
        if pairs:
            one, other = pairs[0]
            known = journey.sequence(c, one, other)
            ahead = known if known is not None else place[one.id] < place[other.id]
            earlier, later = (one, other) if ahead else (other, one)
            said = "Before" if ahead else "After"
            return Reply(f"{said} {c.words.named(second)}: {earlier.summary} {later.summary}",
                         [earlier, later])
    return None
