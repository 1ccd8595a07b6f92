"""A question -> what it asks: intent, entities and their roles, time, tense, content words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.engine.lexicon import IntentSpec, Lexicon
from bot.engine.text import clean, fold, stem, words
from bot.store.load import Snapshot

_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_FILLERS = frozenset({"so", "and", "but", "ok", "okay", "hey", "hi", "hello", "yo", "um", "uh",
                      "well", "also", "then", "pls", "please", "plz", "bot", "quick",
                      "question", "q", "btw", "oh", "also", "now", "just"})
MAX_WORDS = 60


@dataclass(frozen=True, slots=True)
class Mention:
    entity: str
    start: int
    end: int
    role: str  # "place" (after in/at/to), "origin" (after from/of), or "plain"


@dataclass(frozen=True)
class Parsed:
    text: str
    words: tuple[str, ...]
    mentions: tuple[Mention, ...]
    intent: IntentSpec | None
    intent_score: float
    runner_up: IntentSpec | None
    future: bool
    sequence: bool
    times: tuple[str, ...]
    kinds: tuple[str, ...]
    content: tuple[str, ...]
    unknown_names: tuple[str, ...]
    anaphora: bool
    continuation: bool
    understood: bool  # every word is grammar, an entity, a contact verb or a time
    stems: frozenset[str] = field(default_factory=frozenset)

    @property
    def entities(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.entity)
        return tuple(seen)


def find(seq: tuple[str, ...] | list[str], phrase: tuple[str, ...]) -> int:
    """Index of the first occurrence of `phrase` in `seq`, or -1."""
    n = len(phrase)
    if not n:
        return -1
    first = phrase[0]
    for i in range(len(seq) - n + 1):
        if seq[i] == first and tuple(seq[i:i + n]) == phrase:
            return i
    return -1


def focus(text: str, lexicon: Lexicon) -> str:
    """The part of a long message that holds the question (the last sentence that asks)."""
    if len(text) <= 400:
        return text
    parts = [p for p in _SENTENCES.split(text) if p.strip()]
    asking = [p for p in parts if p.rstrip().endswith("?")]
    return (asking or parts or [text])[-1][-400:]


class Parser:
    def __init__(self, snapshot: Snapshot, lexicon: Lexicon) -> None:
        self.snapshot = snapshot
        self.lex = lexicon
        self.entities = snapshot.entities
        # "<country> leader" -> the person who leads it, where the gazetteer has one
        self.leader_of = {e.country: e.name for e in snapshot.entities.values()
                          if e.kind == "person" and e.leader and e.country}

    def parse(self, question: str) -> Parsed:
        lex = self.lex
        text = clean(focus(question, lex))
        raw = words(text.casefold())[:MAX_WORDS]
        ws = tuple(lex.correct(w) for w in raw)
        mentions = self._mentions(ws)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        intent, score, runner_up = self._intent(ws)
        times = self._times(ws)
        kinds = tuple(kind for kind, phrases in lex.kind_words.items()
                      if any(find(ws, p) >= 0 for p in phrases))
        content = tuple(w for i, w in enumerate(ws)
                        if i not in covered and w not in lex.stopwords)
        understood = all(i in covered or w in lex.grammar or w in times
                         for i, w in enumerate(ws))
        unknown = self._unknown_names(ws, covered)
        anaphora = any(find(ws, p) >= 0 for p in lex.anaphora)
        start = next((i for i, w in enumerate(ws) if w not in ("so", "ok", "okay", "hey")), 0)
        continuation = any(tuple(ws[start:start + len(p)]) == p for p in lex.continuations)
        return Parsed(
            text=text, words=ws, mentions=mentions, intent=intent, intent_score=score,
            runner_up=runner_up,
            future=any(find(ws, p) >= 0 for p in lex.future),
            sequence=any(find(ws, p) >= 0 for p in lex.sequence),
            times=times, kinds=kinds, content=content, unknown_names=unknown,
            anaphora=anaphora, continuation=continuation, understood=understood,
            stems=frozenset(stem(w) for w in content))

    def _mentions(self, ws: tuple[str, ...]) -> tuple[Mention, ...]:
        lex, found, i = self.lex, [], 0
        while i < len(ws):
            for n in range(min(lex.longest_alias, len(ws) - i), 0, -1):
                name = lex.aliases.get(ws[i:i + n])
                if name is not None:
                    found.append(self._role(ws, i, i + n, name))
                    i += n
                    break
            else:
                i += 1
        return tuple(self._leaders(ws, found))

    def _role(self, ws: tuple[str, ...], start: int, end: int, name: str) -> Mention:
        j = start - 1
        while j >= 0 and ws[j] in ("the", "a", "an"):
            j -= 1
        before = ws[j] if j >= 0 else ""
        role = ("place" if before in self.lex.locative
                else "origin" if before in self.lex.origin else "plain")
        return Mention(name, start, end, role)

    def _leaders(self, ws: tuple[str, ...], found: list[Mention]) -> list[Mention]:
        """'the Turkish president', 'leader of Turkey' -> the person, where one is known."""
        out = []
        for m in found:
            entity = self.entities[m.entity]
            person = self.leader_of.get(m.entity) if entity.kind == "country" else None
            if person and (self._leader_word_at(ws, m.end) or self._leader_of_before(ws, m)):
                out.append(Mention(person, m.start, m.end, "plain"))
            else:
                out.append(m)
        return out

    def _leader_word_at(self, ws: tuple[str, ...], i: int) -> bool:
        return any(tuple(ws[i:i + len(p)]) == p for p in self.lex.leader_words)

    def _leader_of_before(self, ws: tuple[str, ...], m: Mention) -> bool:
        j = m.start - 1
        while j >= 0 and ws[j] in ("the", "of"):
            j -= 1
        return j >= 0 and any(tuple(ws[j - len(p) + 1:j + 1]) == p
                              for p in self.lex.leader_words) and m.role == "origin"

    def _intent(self, ws: tuple[str, ...]) -> tuple[IntentSpec | None, float, IntentSpec | None]:
        lex = self.lex
        first = next((w for w in ws if w not in _FILLERS), "")
        scored: list[tuple[float, IntentSpec]] = []
        for spec in lex.intents:
            best = 0.0
            for phrase in spec.phrases:
                if spec.answer == "yes_no":
                    hit = len(phrase) == 1 and phrase[0] == first and first in lex.openers
                else:
                    hit = find(ws, phrase) >= 0
                if hit:
                    best = max(best, spec.priority + 10 * (len(phrase) - 1))
            if best:
                scored.append((best, spec))
        if not scored:
            return None, 0.0, None
        scored.sort(key=lambda s: -s[0])
        top_score, top = scored[0]
        runner = next((spec for s, spec in scored[1:] if spec.answer != top.answer
                       and top_score - s <= 12), None)
        return top, top_score, runner

    def _times(self, ws: tuple[str, ...]) -> tuple[str, ...]:
        out = [" ".join(p) for p in self.lex.relative_times if find(ws, p) >= 0]
        for i, w in enumerate(ws):
            # "may" is a month only after a preposition ("in May", "since may")
            if w in self.lex.months and (w != "may" or (i and ws[i - 1] in (
                    "in", "since", "during", "until", "by", "before", "after", "of", "early",
                    "late", "mid", "last", "this"))):
                out.append(w)
        return tuple(out)

    def _unknown_names(self, ws: tuple[str, ...], covered: set[int]) -> tuple[str, ...]:
        """Unknown words where a name would stand: 'meet Biden', 'in Paris', 'with Macron'."""
        lex, out = self.lex, []
        for i, w in enumerate(ws):
            if i in covered or w in lex.known or not w.isalpha() or len(w) < 3:
                continue
            j = i - 1
            while j >= 0 and ws[j] in ("the", "a", "an", "mr", "mrs", "ms", "president"):
                j -= 1
            if j >= 0 and (ws[j] in lex.contact_words or ws[j] in lex.locative
                           or ws[j] in lex.origin or ws[j] in ("and", "with")):
                out.append(w)
        return tuple(out)


def display(text: str) -> str:
    """A user's word, safe to quote back in plain text."""
    return fold(text)[:40]
