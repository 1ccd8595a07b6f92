"""What an abbreviation stands for: the words of the article whose initials spell it.

Not registered for intents: the engine asks it when a question says "stand for", "short
for" and the like ("wat does SCO stand for?")."""

from __future__ import annotations

import re

from bot.engine.compose import Ask, Composer, Reply

# a run of capitalised words, with the small words names keep inside them
_RUN = re.compile(r"(?:[A-Z][\w’'-]*)(?:\s+(?:of|the|and|for|de|du|la)?\s*[A-Z][\w’'-]*)+")


def expansion(c: Composer, ask: Ask) -> Reply | None:
    """The first quoted name in the facts whose capitalised words' initials spell one of
    the question's short words, and the fact that quotes it; else that the article does
    not spell it out, beside the fact that uses it."""
    shorts = [w for w in ask.q.words if 2 <= len(w) <= 6 and w.isalpha()
              and w not in c.vocab.stopwords and w not in c.vocab.question_words]
    for short in shorts:
        for item in c.index.facts:
            for quote in item.fact.quotes:
                for run in _RUN.finditer(quote.quote):
                    words = [w for w in run.group().split() if w[:1].isupper()]
                    if "".join(w[0] for w in words).casefold() == short \
                            and len(words) == len(short) \
                            and short not in (w.casefold() for w in words):
                        return Reply(f"{short.upper()} stands for {' '.join(words)}: "
                                     f"{item.fact.summary}", [item.fact])
    used = [i.fact for i in c.index.facts for s in shorts
            if re.search(rf"\b{s.upper()}\b", i.fact.summary)]
    return c.not_said("what that stands for", used[:1]) if used else None
