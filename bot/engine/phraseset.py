"""A set of phrases, indexed for the questions' words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import IdentityFunction

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # (only scripts/compile.py reads it; the bot runs without mypy installed)
    def mypyc_attr(*attrs: str, **kwattrs: object) -> IdentityFunction:
        return lambda cls: cls


# a tuple, so not a native class of the compiled build (mypyc subclasses no built-in type)
@mypyc_attr(native_class=False)
class PhraseSet(tuple[tuple[str, ...], ...]):
    """Phrases (word tuples) indexed by their first word, so a question is checked against
    only the phrases that could start at one of its words."""

    def __init__(self, phrases: tuple[tuple[str, ...], ...]) -> None:
        self.by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for p in phrases:
            self.by_first[p[0]] = (*self.by_first.get(p[0], ()), p)
        # most questions hold none of a set's first words: one check in C says so
        self.firsts = frozenset(self.by_first)
        self.by_last: dict[str, tuple[tuple[str, ...], ...]] = {}
        for p in phrases:
            self.by_last[p[-1]] = (*self.by_last.get(p[-1], ()), p)

    def occurring(self, ws: Sequence[str], i: int) -> tuple[tuple[str, ...], ...]:
        """The phrases that occur at `ws[i]`, in the set's order."""
        return tuple(p for p in self.by_first.get(ws[i], ()) if tuple(ws[i:i + len(p)]) == p
                     ) if 0 <= i < len(ws) else ()

    def ending(self, ws: tuple[str, ...], j: int) -> tuple[tuple[str, ...], ...]:
        """The phrases that end right before `ws[j]`, in the set's order."""
        return tuple(p for p in self.by_last.get(ws[j - 1], ()) if tuple(ws[j - len(p):j]) == p
                     ) if 0 < j <= len(ws) else ()

    def found(self, where: dict[str, list[int]], ws: tuple[str, ...]) -> bool:
        """Does any of the phrases occur in the question (stops at the first)?"""
        if self.firsts.isdisjoint(where):
            return False
        for word in self.firsts.intersection(where):  # (the few words that may start one)
            spots = where[word]
            for phrase in self.by_first[word]:
                n = len(phrase)
                if n == 1 or any(ws[i:i + n] == phrase for i in spots):
                    return True
        return False

    def within(self, ws: tuple[str, ...]) -> bool:
        """Does any of the phrases occur in the words (no index of them at hand)? (A tuple:
        a list's slice never equals a phrase.)"""
        return not self.firsts.isdisjoint(ws) and any(
            ws[i:i + len(p)] == p for i, w in enumerate(ws) for p in self.by_first.get(w, ()))

    def starts(self, where: dict[str, list[int]], ws: tuple[str, ...]) -> list[int]:
        """Where any of the phrases starts in the question `ws` (word -> positions)."""
        out: list[int] = []
        if self.firsts.isdisjoint(where):
            return out
        # (the few words that may start one, in the question's order)
        for _, word in sorted((where[w][0], w) for w in self.firsts.intersection(where)):
            spots = where[word]
            for phrase in self.by_first[word]:
                n = len(phrase)
                out += [i for i in spots if n == 1 or ws[i:i + n] == phrase]
        return out
