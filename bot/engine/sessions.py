"""Follow-up context per conversation (in Discord: one user in one channel).

Context is a few names and fact ids, forgotten after `ttl` seconds idle; the least recently
used conversations are dropped beyond `max_sessions`, so memory stays bounded.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.engine.parse import Parsed


@dataclass
class Context:
    entities: tuple[str, ...] = ()
    strategy: str | None = None
    facts: tuple[str, ...] = ()
    desk: str | None = None  # whose facts the conversation is about (a subject's key)
    last: Parsed | None = None  # the last question answered: "and Ben?" asks it of Ben
    # whom the last answer told the subject met: "him" in "will she see him again?"
    counterpart: tuple[str, ...] = ()
    before: str | None = None  # the desk talked about before this one: "what about him?"
    # someone other than the subject whom the conversation is about, as the one acting
    # ("what was Ben doing in Zenda?" … "who else did he visit?": he is Ben)
    actor: str | None = None
    # which pronoun has stood for whom: "he" for Ben, "she" for the subject ("what was he
    # warning about" … "who else did she see?": she is not Ben)
    pronouns: dict[str, bool] = field(default_factory=dict)  # pronoun -> for the actor
    # where the last answer's own step was, when it told one step beside another ("the stop
    # before Zenda?": the stop told, not Zenda): what "there" points at next
    there: tuple[str, ...] = ()
    # where "there" was in the claims checked in a row ("Zenda was there too?", "and
    # Ruritania?"): a No citing another place moves it nowhere
    claimed_there: tuple[str, ...] = ()
    _claiming: tuple[str, ...] = ()  # (set while a claim is answered; kept when it is)
    updated: float = field(default_factory=time.monotonic)

    def adopt(self, other: Context) -> None:
        """Take over the state of `other`, a copy the question was tried on first."""
        for f in fields(self):
            setattr(self, f.name, getattr(other, f.name))

    def fresh(self, now: float, ttl: float) -> bool:
        return self.strategy is not None and now - self.updated <= ttl

    def remember(self, entities: tuple[str, ...], strategy: str | None,
                 facts: tuple[str, ...], now: float, counterpart: tuple[str, ...] = (),
                 there: tuple[str, ...] = ()) -> None:
        self.entities, self.strategy, self.facts, self.updated = entities, strategy, facts, now
        self.counterpart, self.there = counterpart, there
        self.claimed_there = self._claiming if strategy == "yes_no" else ()
        self._claiming = ()

    def claim_there(self, places: tuple[str, ...]) -> None:
        self._claiming = places

    def forget(self, now: float) -> None:
        self.remember((), None, (), now)
        self.desk = None
        self.last = None
        self.actor = None
        self.pronouns = {}


class Sessions:
    def __init__(self, ttl: float, max_sessions: int) -> None:
        self.ttl, self.max_sessions = ttl, max_sessions
        self._items: OrderedDict[str, Context] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str | None) -> Context | None:
        """The conversation's context (new when unknown); None for a one-off question."""
        if key is None:
            return None
        with self._lock:
            context = self._items.pop(key, None) or Context()
            self._items[key] = context
            while len(self._items) > self.max_sessions:
                self._items.popitem(last=False)
            return context

    def __len__(self) -> int:
        return len(self._items)
