"""What the load test and scripts/bench_discord.py share: many members and channels on the
fake Discord, questions found in the data (so nothing here names the article), and a
tally of the bot's replies matched to the questions by their message_reference.

Needs tests/discord on sys.path (tests/load/conftest.py and the benchmark put it there).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from fake_discord import (
    CHANNEL_ID,
    OTHER_CHANNEL_ID,
    ROLES_OF,
    USERS,
    Call,
    FakeDiscord,
    channel,
    user,
)

from bot.service import AnswerService

LOAD_MEMBER_BASE = 900000000000100000
EXTRA_CHANNEL_BASE = 900000000000000100
SEND = "POST /channels/{id}/messages"

# Phrases people use to lean on what they asked before; names nothing of any article.
FOLLOW_UPS = ("when was that?", "and when?", "where?", "why?", "what did they discuss?")


def member_ids(count: int) -> list[int]:
    return [LOAD_MEMBER_BASE + i for i in range(count)]


def register_members(ids: Iterable[int],
                     setitem: Callable[[dict[Any, Any], Any, Any], None]) -> None:
    """Make the fake know these members (plain, no roles). `setitem` is
    monkeypatch.setitem in tests, so the fake's tables are restored afterwards."""
    for uid in ids:
        setitem(USERS, uid, user(uid, f"load{uid - LOAD_MEMBER_BASE}"))
        setitem(ROLES_OF, uid, [])


async def open_channels(fake: FakeDiscord, bot: Any, count: int, *,
                        timeout: float = 10.0) -> list[int]:
    """The fake guild's two channels plus CHANNEL_CREATE events for the rest, once the
    bot's cache has them all."""
    ids = [CHANNEL_ID, OTHER_CHANNEL_ID][:count]
    for i in range(count - len(ids)):
        cid = EXTRA_CHANNEL_BASE + i
        await fake.dispatch("CHANNEL_CREATE", channel(cid, f"load-{i}"))
        ids.append(cid)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not all(bot.get_channel(c) is not None for c in ids):
        if loop.time() > deadline:
            raise TimeoutError("the bot did not see the new channels")
        await asyncio.sleep(0.01)
    return ids


def question_pool(service: AnswerService, extra: Iterable[str] = ()) -> list[str]:
    """Questions from the facts (who/when/where), plus `extra`, each answered the same
    whatever was asked before it in the conversation, so a reply can be checked against
    the engine's own answer without knowing the order questions were handled in."""
    pool: list[str] = []
    for f in service.snapshot.facts:
        if not (f.subject and f.who):
            continue
        asks = [f"who did {f.subject} meet in {f.places[0]}"] if f.places else []
        asks += [f"when did {f.subject} meet {f.who[0]}", f"where did {f.subject} meet {f.who[0]}"]
        pool += [a for a in asks if a not in pool]
    pool += [e for e in extra if e not in pool]
    service = AnswerService(service.settings, service.snapshot)  # its own conversations
    plain = {q: service.ask(q).text for q in pool}
    names = (f"pool-check-{i}" for i in itertools.count())
    independent = []
    for q in pool:
        prior_ok = True
        for prior in pool:
            session = next(names)
            service.ask(prior, session)
            if service.ask(q, session).text != plain[q]:
                prior_ok = False
                break
        if prior_ok:
            independent.append(q)
    return independent


@dataclass(frozen=True)
class Subjects:
    """Opening questions whose follow-up answers differ from each other and from the
    follow-up asked with no context at all."""

    follow_up: str
    openers: tuple[str, ...]


def find_subjects(service: AnswerService, minimum: int = 3) -> Subjects:
    service = AnswerService(service.settings, service.snapshot)  # its own conversations
    facts = service.snapshot.facts
    openers = []
    for f in facts:
        if f.subject and f.places and f.who:
            q = f"who did {f.subject} meet in {f.places[0]}"
            a = service.ask(q)
            if q not in openers and a.answered and a.sources:
                openers.append(q)
    names = (f"subject-check-{i}" for i in itertools.count())
    for follow in FOLLOW_UPS:
        bare = service.ask(follow, next(names)).text
        seen = {bare}
        chosen = []
        for q in openers:
            session = next(names)
            service.ask(q, session)
            answer = service.ask(follow, session)
            if answer.trace.used_context and answer.text not in seen:
                seen.add(answer.text)
                chosen.append(q)
        if len(chosen) >= minimum:
            return Subjects(follow, tuple(chosen))
    raise AssertionError("the data gives no follow-up with enough distinct subjects")


def embed_of(call: Call) -> dict[str, Any]:
    [embed] = call.message["embeds"]  # type: ignore[index]
    return embed


def notice_kind(call: Call) -> str | None:
    """'cooldown' or 'spam' for the error cog's two notices (its wording), else None."""
    text = embed_of(call).get("description", "")
    if text.startswith("Easy there: you can ask again"):
        return "cooldown"
    if text.startswith("You're sending commands very fast"):
        return "spam"
    return None


@dataclass
class Replies:
    """The bot's channel messages, by the id of the message each one replies to."""

    fake: FakeDiscord
    start: int = 0
    by_ref: dict[int, list[Call]] = field(default_factory=dict)
    stray: list[Call] = field(default_factory=list)  # message-bearing calls with no reference
    direct: list[Call] = field(default_factory=list)  # direct messages (a moderator's)
    _seen: int = -1

    def __post_init__(self) -> None:
        self._seen = self.start

    def update(self) -> int:
        """Take in the calls recorded since last time; the number of replies so far."""
        calls = self.fake.calls
        for call in calls[self._seen:]:
            if call.message is None:
                continue
            if self.fake.dm_recipient(call) is not None:
                self.direct.append(call)
                continue
            ref = (call.json or {}).get("message_reference") if call.route == SEND else None
            if ref and ref.get("message_id") is not None:
                self.by_ref.setdefault(int(ref["message_id"]), []).append(call)
            else:
                self.stray.append(call)
        self._seen = len(calls)
        return self.count

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.by_ref.values()) + len(self.stray)

    async def wait(self, expected: int, timeout: float) -> None:
        """Until at least `expected` replies came, or TimeoutError naming how many did."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.update() < expected:
            if loop.time() > deadline:
                raise TimeoutError(f"{self.count} of {expected} replies after {timeout:.0f} s")
            await asyncio.sleep(0.02)
