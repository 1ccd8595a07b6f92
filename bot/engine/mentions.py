"""Where the articles mention a thing: "how does Zenda come up in both articles?", "which
article talks about the summit?". The facts that name it, article by article; the kinds
answer what happened, this answers where the news touches a name or a word."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from bot.engine.facts import FactIndex
from bot.engine.lexicon import Lexicon
from bot.engine.parse import Parsed
from bot.engine.text import fold, stem, term_stems, tokens, words
from bot.store.load import Fact

# a thing named in two articles is told by its first facts in each, not all of them
MOST = 2


@dataclass(frozen=True)
class Topic:
    """What a question asks the articles to mention: a name, and words the facts must
    also have ("the EU presidency": the EU, "presidency")."""

    entity: str | None
    names: tuple[str, ...]  # the entity's name and aliases, folded
    stems: frozenset[str]
    said: str  # as the reply names it back


def topic(lex: Lexicon, typed: str, q: Parsed, subjects: frozenset[str],
          aliases: Callable[[str], Sequence[str]]) -> Topic | None:
    """The thing a question asks where the articles mention, if it asks that: a phrase of
    mentioning ("comes up", "talks about") and the articles pointed at ("both articles",
    "which story")."""
    ws = tuple(words(typed.casefold()))
    if not lex.mention_phrases.within(ws) or not any(w in lex.article_nouns for w in ws) \
            or (q.intent is not None and q.intent.answer in ("who", "count", "trips")) \
            or q.roles \
            or any(a in lex.question_words and b not in lex.article_nouns
                   and b not in lex.stopwords for a, b in pairwise(ws)):
        return None  # ("which prime ministers are mentioned?", "which airline comes up?")
    named = [m.entity for m in q.mentions if m.entity not in subjects and m.role != "excluded"]
    if len(named) > 1:
        return None
    entity = named[0] if named else None
    names = tuple(fold(n) for n in (entity, *aliases(entity))) if entity else ()
    own = {w for n in names for w in tokens(n)}
    spoken = {w for p in lex.mention_phrases for w in p} | lex.article_nouns
    rest = [w for w in ws if w not in spoken and w not in own and w not in lex.stopwords
            and w not in lex.question_words and w not in lex.request_verbs
            and lex.in_articles(w) and not any(stem(w) == stem(o) for o in own)]
    if (not entity and not rest) or len(rest) > 2:
        return None  # (a thing, not a story: "both mention a summit coming up later")
    said = entity if entity and not rest else " ".join(rest) if not entity else "it"
    return Topic(entity, names, frozenset(stem(w) for w in rest), said)


def naming(index: FactIndex, found: Topic) -> list[Fact]:
    """The facts of one article that name the topic and have its other words: those it
    is a party, place or subject of first, then those whose summary names it, then those
    whose quotes do; never two told by the same sentence."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in found.names) + r")\b") \
        if found.names else None
    ranked: list[tuple[int, int, Fact]] = []  # (rank, order told, fact)
    for n, item in enumerate(index.facts):
        fact = item.fact
        summary = fold(fact.summary)
        text = " ".join((summary, *(fold(q.quote) for q in fact.quotes)))
        if found.stems and not found.stems <= (item.strong | item.weak):
            continue  # (its keywords count: "energy" of a nuclear power plant)
        told = found.stems <= term_stems(tuple(words(summary)))  # (the words in its summary)
        if found.entity is None:
            rank = 0 if told else 1
        elif found.entity in (fact.participants + fact.places + fact.about):
            rank = 0
        elif pattern is not None and pattern.search(summary):
            rank = 1
        elif (pattern is not None and pattern.search(text)) or found.entity in item.places \
                or found.entity in item.people or found.entity in item.about:
            rank = 2
        else:
            continue
        ranked.append((rank + (0 if told else 3), n, fact))
    out: list[Fact] = []
    seen: set[str] = set()
    for _, _, fact in sorted(ranked, key=lambda t: t[:2]):
        quotes = {fold(q.quote) for q in fact.quotes}
        if quotes & seen:
            continue
        seen |= quotes
        out.append(fact)
        if len(out) == MOST:
            break
    return out
