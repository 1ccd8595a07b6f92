"""Why: a fact's curated reason, or the reason its quote (or the next sentence) states."""

from __future__ import annotations

from itertools import pairwise

from bot.engine.compose import Ask, Composer, Reply, passage
from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS, IndexedFact
from bot.engine.kinds import register
from bot.engine.parse import find
from bot.engine.text import squeeze, stem, text_stems, tokens
from bot.store.load import Fact, Quote


@register("why")
def why(c: Composer, ask: Ask) -> Reply | None:
    found = c.top(ask, c.focused(ask), bonus=lambda i: 1.0 if i.fact.why else 0.0,
                  spread=2.0, most=6)
    last = c.index.by_id.get(ask.prefer[0]) if ask.prefer else None
    if not found and last is not None and _asks_occasion(c, ask, last.fact):
        found = [(1.0, last)]  # "for what event?" of the invitation just told
    if not found:
        return None
    fact = found[0][1].fact
    if (placed := _place_background(c, ask, [i for _, i in found])) is not None:
        return placed  # "why Zenda?", "why there?": what the article tells of the place
    # ("what for?" of a visit just told: a fact close behind whose reason the visit's own
    # sentence states, "pledged aid for schools and clean water")
    close = [i.fact for _, i in found[1:] if i.fact.why and not fact.why
             and squeeze(i.fact.why) in squeeze(fact.summary)]
    if not close and not fact.why and fact.id in ask.prefer:
        # (of the event just told, one quoting its sentence, whose reason that sentence
        # gives: "why does Portugal care about that place?" of a visit to a former colony)
        quoted = {q.quote for q in fact.quotes}
        close = [i.fact for _, i in found[1:] if i.fact.why
                 and any(q.quote in quoted for q in i.fact.quotes)]
    if close and reason(c, fact) is None:
        fact = close[0]
        found = [(found[0][0], c.index.by_id[fact.id])]
    # (the fact with every word of a deed asked of may lie outside those of whom it is
    # asked: "why did Ben sign the pact?" when Ana signed it, with Li)
    top, stems = found[0][1], ask.q.distinct_stems
    elsewhere = len(stems) >= 2 and ask.q.past and not stems <= (top.strong | top.weak)
    full = [top, *(i for i in c.index.facts if elsewhere and stems <= (i.strong | i.weak))]
    if (other := next((o for i in full if (o := _someone_else(c, ask, i)) is not None),
                      None)) is not None:
        return other
    if not fact.why and (stated := reason(c, fact)) is not None:
        # the quote, or the sentence after it, says why (of the lead, with what bears it out)
        support = _lead_support(c, fact) if len(stated.facts) == 1 else None
        return support or stated
    # ("why does Zenda want to stay close?" of a visit whose reason is that wish: the
    # question asks the wish's reason, which the background after it gives)
    restates = fact.why and ask.q.distinct_stems & text_stems(fact.why)
    if (not fact.why or restates) and (told := _background(c, ask, fact)) is not None:
        return told
    if not fact.why and fact.occasion and (
            (fact.kind in (CONTACT_KINDS + FUTURE_KINDS) and ask.placed)
            or _asks_occasion(c, ask, fact)
            or (fact.kind in FUTURE_KINDS and set(ask.q.words) & c.vocab.slot_prepositions)):
        # ("invited her back for what?": for the event it names)
        # "why did he go to Kazakhstan?": for the summit he met them at
        return Reply(f"For the {fact.occasion}: {fact.summary}", [fact], score=found[0][0],
                     focus=(fact.occasion,))
    if not fact.why and ask.placed and fact.kind in (CONTACT_KINDS + ("invitation",)) \
            and (c.asks_contact(ask.q) or (fact.id in ask.prefer and not ask.q.distinctive)) \
            and any(c.index.at(found[0][1], p) for p in ask.placed):
        # "why did she go to Zenda?" (or "why there?" of it) with no reason given: what
        # she went there to do
        return Reply(fact.summary, [fact], score=found[0][0])
    if not fact.why and fact.id in ask.prefer and not ask.q.distinctive \
            and (slot := set(ask.q.words) & c.vocab.slot_prepositions):
        # "for what?" of "pledged 40 million for schools": what its sentence says it is for
        sentence = tokens(fact.summary.casefold())
        if any(w in slot and after not in c.vocab.stopwords
               for w, after in pairwise(sentence)):
            return Reply(fact.summary, [fact], score=found[0][0])
    if not fact.why and any(find(ask.q.words, p) >= 0 for p in c.vocab.significance) \
            and any(find(tokens(fact.summary.casefold()), p) >= 0 for p in c.vocab.concessions):
        # "why was Zenda hosting him notable?" of "Zenda, which ignored complaints about
        # hosting him": what made it stand out, its own sentence says
        return Reply(fact.summary, [fact], score=found[0][0])
    if not fact.why and not (ask.q.distinctive and c.hits(found[0][1], ask.q)):
        if fact.id in ask.prefer and (before := _reason_before(c, fact)) is not None:
            return before  # "why?" of "Li urged …": her warning just before
        return c.not_said("why", [fact])
    text = fact.summary
    if not fact.why and (before := _reason_before(c, fact)) is not None:
        return before  # "why is Li pushing for climate money?": her warning just before
    if fact.why:
        said = set(tokens(text.casefold()))
        why = tokens(fact.why.casefold())
        if sum(w in said for w in why) < 0.7 * len(why):  # the summary says it already
            # the article's own sentence that gives the reason, else the reason beside
            giving = next((x.quote for x in fact.quotes
                           if squeeze(fact.why) in squeeze(x.quote)), None)
            text = giving if giving is not None else f"{text} ({fact.why})"
    if text == fact.summary and (support := _lead_support(c, fact)) is not None:
        return support  # "why isn't Ana isolated?" of the lead: what bears it out after it
    return Reply(text, [fact], score=found[0][0])


def reason(c: Composer, fact: Fact) -> Reply | None:
    """A fact without a curated `why` whose own quote, or the sentence right after it,
    states a reason ("... warned that", "because", "as part of"): that is the answer."""
    if _gives_reason(c, " ".join(q.quote for q in fact.quotes)):
        return Reply(fact.summary, [fact])
    if (after := _next_sentence(c, fact)) is not None and _gives_reason(c, after[1]):
        last = fact.quotes[-1]
        extra = passage(f"{last.document}-{last.paragraph}-{after[0]}", last.document,
                        last.paragraph, after[1])
        return Reply(f"{fact.summary} {after[1]}", [fact, extra])
    return None


def _reason_before(c: Composer, fact: Fact) -> Reply | None:
    """'Why is Li pushing rich nations for climate money?' of "Li said … and urged …", when
    the sentence before it, a fact of Li's too, states a reason ("Li warned that rising
    seas threaten …"): both, the reason first."""
    if not fact.quotes or not fact.who:
        return None
    sentences, at = _placed_sentence(c, fact.quotes[0])
    if not at or not _gives_reason(c, sentences[at - 1]):
        return None
    before = squeeze(sentences[at - 1])
    theirs = [i.fact for i in c.index.facts if i.fact is not fact
              and set(i.fact.who) & set(fact.who)
              and any(squeeze(q.quote) in before or before in squeeze(q.quote)
                      for q in i.fact.quotes)]
    # (the speaker's statement there, before the visit that quotes the same sentence)
    told = next((f for f in theirs if f.kind == "statement"), theirs[0] if theirs else None)
    return Reply(f"{told.summary} {fact.summary}", [told, fact]) if told is not None else None


def _lead_support(c: Composer, fact: Fact) -> Reply | None:
    """'Why does the article say Ana is on a roll?' of its lead sentence: the lead and the
    sentence that opens the next paragraph, which bears it out (a news article's shape)."""
    if not fact.quotes:
        return None
    first = fact.quotes[0]
    paragraphs = c.snapshot.sentences_by_paragraph
    if (first.document, first.paragraph - 1) in paragraphs:
        return None  # (only the article's first paragraph is its lead)
    after = paragraphs.get((first.document, first.paragraph + 1), [])
    if not after or squeeze(after[0]) == squeeze(first.quote):
        return None
    extra = passage(f"{first.document}-{first.paragraph + 1}-0", first.document,
                    first.paragraph + 1, after[0])
    return Reply(f"{fact.summary} {after[0]}", [fact, extra])


def _next_sentence(c: Composer, fact: Fact) -> tuple[int, str] | None:
    """The sentence of the article right after the fact's last quote, and its place in
    the paragraph."""
    sentences, at = _placed_sentence(c, fact.quotes[-1])
    return (at + 1, sentences[at + 1]) if at is not None and at + 1 < len(sentences) else None


def _placed_sentence(c: Composer, quote: Quote) -> tuple[list[str], int | None]:
    """The sentences of a quote's paragraph, and which of them the quote is."""
    sentences = c.snapshot.sentences_by_paragraph.get((quote.document, quote.paragraph), [])
    key = squeeze(quote.quote)
    return sentences, next((i for i, t in enumerate(sentences)
                            if key in squeeze(t) or squeeze(t) in key), None)


def _place_background(c: Composer, ask: Ask, found: list[IndexedFact]) -> Reply | None:
    """'Why Zenda?', 'why there?' (nothing asked but the place): the visit there and the
    background the article gives on the place, its reason as far as the article goes."""
    placed = [p for p in ask.placed if p not in ask.home]
    q = ask.q
    named = {w for m in q.mentions if m.start >= 0 for w in q.words[m.start:m.end]}
    if len(placed) != 1 or any(w not in named for w in q.content) \
            or any(m.start >= 0 and m.entity not in placed for m in q.mentions):
        return None  # (not "why did she host Ben in Zenda?": the hosting's reason)
    # (the subject's visit the best answer tells, in its own sentence or as itself)
    told = {q.quote for q in found[0].fact.quotes} if found else set()
    visit = next((i.fact for i in (*found, *c.pool(CONTACT_KINDS))
                  if i.fact.kind in CONTACT_KINDS and c.index.at(i, placed[0])
                  and ask.principal & set(i.fact.participants)
                  and told & {q.quote for q in i.fact.quotes}), None)
    about = next((i.fact for i in c.index.facts if i.fact.kind == "background"
                  and c.index.relevance(i, (placed[0],), frozenset(), ask.home) >= 1.5), None)
    if visit is None or about is None:
        return None
    return Reply(f"{visit.summary} {about.summary}", [visit, about])


def _background(c: Composer, ask: Ask, fact: Fact) -> Reply | None:
    """'Why does Zenda want to stay close?' of a fact that tells the wish, when the
    article's next sentence is a background fact on Zenda (what it buys, what it relies
    on): the fact and that background, as the article puts them side by side."""
    if (after := _next_sentence(c, fact)) is None:
        return None
    following = squeeze(after[1])
    named = [e for e in ask.others if e not in ask.home]
    told = next((i.fact for i in c.index.facts if i.fact.kind == "background"
                 and i.fact is not fact and named
                 and all(c.index.relevance(i, (e,), frozenset(), ask.home) >= 1.5
                         for e in named)
                 and any(squeeze(q.quote) in following or following in squeeze(q.quote)
                         for q in i.fact.quotes)), None)
    if told is None:
        return None
    return Reply(f"{fact.summary} {told.summary}", [fact, told])


def _gives_reason(c: Composer, text: str) -> bool:
    words = tuple(tokens(text.casefold()))
    return any(words[i:i + len(p)] == p for p in c.vocab.reason_words
               for i in range(len(words)))


def _someone_else(c: Composer, ask: Ask, item: IndexedFact) -> Reply | None:
    """'Why is Zenda building the plant?' when the fact that has every word of it names
    another builder: No, and the fact (the actor claimed is nowhere in it)."""
    q = ask.q
    actors = [e for e in ask.others if e not in ask.home and e not in ask.placed
              and c.kind_of(e) in ("person", "country", "organisation")]
    if not actors or not q.distinct_stems or not q.distinct_stems <= (item.strong | item.weak):
        return None
    if all(c.index.relevance(item, (e,), frozenset(), ask.home) >= 1.5 for e in actors):
        return None
    return Reply(item.fact.summary, [item.fact], verdict=False)


def _asks_occasion(c: Composer, ask: Ask, fact: Fact) -> bool:
    """'For what event?', 'for which summit?': the occasion of a meeting or invitation,
    named by its kind or a word of its name."""
    occasion = fact.occasion
    return occasion is not None and fact.kind in (CONTACT_KINDS + FUTURE_KINDS + ("invitation",)) \
        and any(w == c.kind_of(occasion) or stem(w) in text_stems(occasion)
                for w in ask.q.asked_for)
