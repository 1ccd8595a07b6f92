"""Kinds of: how the article characterises a group ("what kinds of people did she
meet?"), not the list of its members."""

from __future__ import annotations

from itertools import dropwhile, takewhile

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.kinds import register
from bot.engine.kinds.what import what
from bot.engine.parse import find
from bot.engine.text import stem, term_stems, text_stems, tokens


@register("kinds_of")
def kinds_of(c: Composer, ask: Ask) -> Reply | None:
    """The facts that fit best and hold the question's words, as 'what' finds them, but
    never the list of members a "which ..." question gets; with a name asked about, 'what'
    itself ("what kind of deal did she sign in Zenda?")."""
    if any(m.entity not in ask.home | ask.principal and m.start >= 0 for m in ask.mentions):
        reply = what(c, ask)  # (a name asked, not one the conversation brought)
        if reply is not None and reply.answered and reply.facts \
                and (untold := _kind_untold(c, ask)) is not None:
            return c.not_said(untold, reply.facts[:1])
        return reply
    # a fact the curator marked with the intent's own noun ("kinds", "types") is the
    # article's characterisation; the best of those answers
    # (of the phrases the question has: "countries have in common" marks "common", its
    # countries being what is asked about)
    spec, ws = ask.q.intent, ask.q.words
    nouns = term_stems(tuple(w for p in (spec.phrases if spec else ()) if find(ws, p) >= 0
                             for w in p if len(w) > 2 and w not in c.vocab.question_words
                             and w not in c.vocab.party_nouns and w not in c.vocab.openers))
    of = term_stems(ask.q.asked_for)  # "what kind of countries": a fact of countries
    pool = tuple(dict.fromkeys(i for n in sorted(nouns) for i in c.index.with_stem(n)
                               if not of or of & (i.strong | i.weak)))
    if pool:
        best = (c.ranked(ask, pool) or [(1.0, pool[0])])[0]
        return Reply(best[1].fact.summary, [best[1].fact], score=best[0])
    asked = term_stems(ask.q.asked_for) | ask.q.distinct_stems
    if set(ask.q.asked_for) & (c.vocab.party_nouns - c.vocab.place_nouns):
        # ("what kind of people did she meet?": the fact that tells the offices met,
        # "presidents, ministers and business leaders", several of them)
        offices = term_stems(tuple(c.vocab.leader_nouns))
        told = max(c.index.facts, key=lambda i: len(offices & text_stems(i.fact.summary)))
        if len(offices & text_stems(told.fact.summary)) >= 3:
            return Reply(told.fact.summary, [told.fact])
    found = [(score, item) for score, item in c.top(ask, minimum=1.0, spread=1.0, most=2)
             if asked & (item.strong | item.weak)]
    if not found:
        return what(c, ask)
    facts = [item.fact for _, item in found]
    return Reply(" ".join(f.summary for f in facts), facts, score=found[0][0])


def _kind_untold(c: Composer, ask: Ask) -> str | None:
    """'What kind of missiles did Zenda send?' when the articles say only "munitions and
    missiles": the thing is named, its kind is not (a word before it would tell one)."""
    ws, spec = ask.q.words, ask.q.intent
    ends = [k + len(p) for p in (spec.phrases if spec else ()) if (k := find(ws, p)) >= 0]
    named = {i for m in ask.q.mentions if m.start >= 0 for i in range(m.start, m.end)}
    after = list(dropwhile(lambda i: i in named, range(max(ends), len(ws)) if ends else ()))
    run = list(takewhile(lambda i: ws[i] not in c.vocab.stopwords
                         and ws[i] not in c.vocab.openers and i not in named, after))
    if not run:
        return None
    noun = ws[run[-1]]  # ("what kind of Zendan oil": oil; "… of pact Ana sign": pact)
    # (told of it anywhere counts: "a ministerial meeting" in another fact's sentence)
    said = [tokens(q.quote) for i in c.index.facts for q in i.fact.quotes]
    spots = [(t, i) for t in said for i, w in enumerate(t) if stem(w) == stem(noun)]
    if not spots or any(i and t[i - 1] not in c.vocab.stopwords for t, i in spots):
        return None
    return f"what kind of {noun}"
