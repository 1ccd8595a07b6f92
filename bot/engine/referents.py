"""Who 'she', 'him' or 'the other one' stands for when the conversation moves between
subjects: "who did Ben meet?" then "and her? when did she set off?" is about Ana.

The articles tell which personal pronouns they use of a person: the ones in the
sentences that name them (of an article's subject, in all its sentences). Nothing here
is guessed from names; a person whose article says too little has no known pronouns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from bot.engine.parse import find
from bot.engine.text import tokens
from bot.store.ingest import split_sentences


class Referents:
    def __init__(self, pronoun_sets: Iterable[Iterable[str]],
                 others: Iterable[tuple[str, ...]]) -> None:
        self.sets = tuple(frozenset(s) for s in pronoun_sets)
        self.others = tuple(others)  # "the other one", "the other guy"
        self._usage: dict[tuple[str, str], int | None] = {}

    def set_of(self, words: Iterable[str]) -> int | None:
        """The pronoun set of the first personal pronoun in the words ("her" -> she/her)."""
        for w in words:
            for n, group in enumerate(self.sets):
                if w in group:
                    return n
        return None

    def words_of(self, n: int) -> frozenset[str]:
        return self.sets[n]

    def other_one(self, words: tuple[str, ...]) -> tuple[int, int] | None:
        """Where "the other one" stands in the question: (start, end)."""
        for phrase in sorted(self.others, key=len, reverse=True):
            if (at := find(words, phrase)) >= 0:
                return at, at + len(phrase)
        return None

    def usage(self, key: str, person: str, texts: Callable[[], Iterable[str]], whole: bool,
              subject: int | None = None) -> int | None:
        """The pronoun set the articles use of `person`: each sentence's first pronoun when
        `whole` (the article's subject), else the pronouns of the sentences that name them,
        less the set used of the subject (`subject`). Cached per desk; `texts` is read only
        when the cache does not have it (it reads the store)."""
        cached = (key, person)
        if cached in self._usage:
            return self._usage[cached]
        name = tuple(tokens(person))
        counts: Counter[int] = Counter()
        for text in texts():
            for sentence in split_sentences(text):
                ws = tuple(tokens(sentence))
                if not whole and not (name and (find(ws, name) >= 0 or name[-1] in ws)):
                    continue
                said = [n for w in ws for n, group in enumerate(self.sets) if w in group]
                # of the subject, each sentence's first pronoun: the one most often theirs
                counts.update(said[:1] if whole else said)
        if not whole and subject is not None:
            counts.pop(subject, None)  # (those are likely the subject's, named beside them)
        ranked = counts.most_common(2)
        found = None
        if ranked and (len(ranked) == 1 or ranked[0][1] > 1.5 * ranked[1][1]):
            found = ranked[0][0]
        self._usage[cached] = found
        return found
