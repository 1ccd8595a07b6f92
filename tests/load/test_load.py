"""Proof under load: many questions at once through the real discord.py handling.

The real bot (create_bot, real cogs, real AnswerService over a copy of data/ and config/)
runs against tests/discord's fake Discord on 127.0.0.1. LOAD_QUESTIONS questions (1,000 by
default) arrive as gateway MESSAGE_CREATE events, `!ask …` and @mentions, from 50 members
in 5 channels, sent as fast as the fake can push them; a member with Manage Server sends
`!reload` half-way through. Each reply is matched to its question by the
message_reference the bot puts on it. Checked:

* every reply answers one question; none is duplicated, none is lost: each question got
  exactly one answer or one cooldown / spam notice, except those the spam guard ignores
  by design (a member told once "you're sending commands very fast" is then ignored until
  the window ends), which are counted and must come right after that notice;
* with the default cooldown (5 per 30 s, so most of the flood is refused) the outcome of
  each member's questions is exactly what the cooldown and spam guard prescribe; with a
  generous cooldown every question gets a real answer;
* each answer is the engine's own answer to that question;
* follow-up context stays with its member and channel: four members open different
  subjects in two channels each, amid everyone else's questions, and after the reload ask
  the follow-up; each gets the follow-up of its own subject, and a follow-up in a channel
  where that member said nothing gets the no-context answer;
* the reload reports success, swaps the engine, and answers keep flowing while it runs.

Environment: LOAD_QUESTIONS (default 1000, at least 60) scales the question count; the
time limit scales with it. Only 127.0.0.1 is used.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import pytest
from bot_harness import Harness
from discord_questions import find_questions
from fake_discord import ADMIN_ID, BOT_ID, BOT_ROLE_ID, CHANNEL_ID
from load_support import (
    Replies,
    embed_of,
    find_subjects,
    member_ids,
    notice_kind,
    open_channels,
    question_pool,
    register_members,
)

from bot.discord import render
from bot.service import AnswerService

QUESTIONS = int(os.environ.get("LOAD_QUESTIONS", "1000"))
MEMBERS = 50
CHANNELS = 5
CONVERSATIONS = 4  # members who hold the follow-up conversations
PER_CONVERSATION = 5  # two openers, two follow-ups, one follow-up with no context
MENTION_SHARE = 0.15  # of the flood, half to the bot's user, half to its managed role
TIME_LIMIT = 60.0 + QUESTIONS * 0.05  # seconds for one run, sending to last reply
SEED = 20240710


@dataclass
class Question:
    member: int
    channel: int
    text: str  # the question proper
    content: str  # the message as sent
    expected: str  # the answer embed's description the engine's answer gives
    role: str = "flood"  # flood | opener | follow | orphan
    message_id: int = 0
    order: int = 0  # position in its member's sequence
    seq: int = 0  # position among all messages sent


@dataclass
class Plan:
    openers: list[Question] = field(default_factory=list)
    later: list[Question] = field(default_factory=list)  # follow-ups, after the reload
    flood: list[Question] = field(default_factory=list)

    @property
    def all(self) -> list[Question]:
        return self.openers + self.flood + self.later


def describe(h: Harness, service: AnswerService, question: str,
             session: str | None = None) -> str:
    """The description of the embed the bot would send for `question`."""
    embed = h.bot.answering.embed(service.ask(question, session))
    return embed.description or ""


def content_for(text: str, form: float) -> str:
    if form < MENTION_SHARE / 2:
        return f"<@{BOT_ID}> {text}"
    if form < MENTION_SHARE:
        return f"<@&{BOT_ROLE_ID}>, {text}"
    return f"!ask {text}"


def make_plan(h: Harness, members: list[int], channels: list[int]) -> Plan:
    """Who asks what where: the conversations, then a seeded random flood."""
    probe = AnswerService(h.service.settings, h.service.snapshot)  # own conversations
    q = find_questions(h.service, h.bot.settings.paths.config)
    pool = question_pool(h.service, extra=[q.answered, q.declined, "what is the weather like?"])
    subjects = find_subjects(h.service)
    follow = subjects.follow_up
    bare = describe(h, probe, follow, "bare")
    after = {s: (describe(h, probe, s, f"c:{s}"), describe(h, probe, follow, f"c:{s}"))
             for s in subjects.openers}
    plain = {p: describe(h, probe, p) for p in pool}

    plan = Plan()
    talkers, crowd = members[:CONVERSATIONS], members[CONVERSATIONS:]
    taken: dict[int, set[str]] = {c: set() for c in channels}  # subjects open per channel
    for j, member in enumerate(talkers):
        mine: set[str] = set()
        for k, ch in enumerate((channels[j % CHANNELS], channels[(j + 1) % CHANNELS])):
            subject = next(s for s in subjects.openers if s not in mine | taken[ch])
            mine.add(subject)
            taken[ch].add(subject)
            opener_text, follow_text = after[subject]
            plan.openers.append(Question(member, ch, subject, f"!ask {subject}", opener_text,
                                         "opener"))
            # Every other follow-up by @mention: one conversation whichever way one asks.
            content = f"<@{BOT_ID}> {follow}" if (j + k) % 2 else f"!ask {follow}"
            plan.later.append(Question(member, ch, follow, content, follow_text, "follow"))
        orphan_channel = channels[(j + 2) % CHANNELS]
        plan.later.append(Question(member, orphan_channel, follow, f"!ask {follow}", bare,
                                   "orphan"))
    # Different subjects in one channel and for one member: the check is not vacuous.
    for ch in channels:
        texts = [x.expected for x in plan.later if x.channel == ch and x.role == "follow"]
        assert len(texts) == len(set(texts))

    rng = random.Random(SEED)
    for i in range(QUESTIONS - len(plan.openers) - len(plan.later)):
        text = rng.choice(pool)
        plan.flood.append(Question(crowd[i % len(crowd)], rng.choice(channels), text,
                                   content_for(text, rng.random()), plain[text]))
    return plan


def prescribed(order: int, rate: int, spam_rate: int) -> str:
    """What the bot must do with a member's `order`-th question (1-based) when all of that
    member's questions fall inside one cooldown and one spam-guard window."""
    if order > spam_rate + 1:
        return "silent"
    if order == spam_rate + 1:
        return "spam"
    return "answer" if order <= rate else "cooldown"


@dataclass
class Run:
    plan: Plan
    replies: Replies
    reload_id: int
    reload_sent_at: int  # len(fake.calls) when !reload was sent
    reload_seq: int  # messages sent before it
    seconds: float
    old_engine: object
    counts: dict[int, int]  # questions per member


async def run_load(h: Harness, monkeypatch: pytest.MonkeyPatch) -> Run:
    members = member_ids(MEMBERS)
    register_members(members, monkeypatch.setitem)
    channels = await open_channels(h.fake, h.bot, CHANNELS)
    plan = make_plan(h, members, channels)
    settings = h.bot.settings.discord
    rate, spam_rate = settings.cooldown_rate, h.bot.spam_guard.rate
    assert rate >= PER_CONVERSATION, "conversations must stay inside the cooldown"

    replies = Replies(h.fake, start=h.mark)
    counts: dict[int, int] = {}
    old_engine = h.service.engine
    reload: dict[str, int] = {}
    sent = {"n": 0}

    async def send(question: Question) -> None:
        data = await h.fake.send_message(question.content, author=question.member,
                                         channel_id=question.channel)
        question.message_id = int(data["id"])
        question.order = counts[question.member] = counts.get(question.member, 0) + 1
        question.seq = sent["n"] = sent["n"] + 1
        await asyncio.sleep(0)  # let the bot read while the flood goes on

    async def flood() -> None:
        for i, question in enumerate(plan.flood):
            if i == len(plan.flood) // 2:
                reload["at"] = len(h.fake.calls)
                data = await h.fake.send_message("!reload", author=ADMIN_ID,
                                                 channel_id=CHANNEL_ID)
                reload["id"], reload["seq"] = int(data["id"]), sent["n"]
            await send(question)

    async def conversations() -> None:
        for question in plan.openers:
            await send(question)
        # Follow-ups once every opener is answered and the reload is done, so the context
        # they need has lived through the reload and through everyone else's questions.
        wanted = [x.message_id for x in plan.openers]
        while not ("id" in reload and all(m in replies.by_ref for m in [*wanted, reload["id"]])):
            replies.update()
            await asyncio.sleep(0.01)
        for question in plan.later:
            await send(question)

    due: list[Question] = []  # known once everything is sent
    began = time.perf_counter()
    try:
        async with asyncio.timeout(TIME_LIMIT):
            await asyncio.gather(conversations(), flood())
            # Each question's reply as prescribed for a single window, plus the reload's.
            due += [x for x in plan.all if prescribed(x.order, rate, spam_rate) != "silent"]
            await replies.wait(len(due) + 1, TIME_LIMIT)
    except TimeoutError:
        replies.update()
        missing = [x for x in due if x.message_id not in replies.by_ref]
        raise AssertionError(f"not done in {TIME_LIMIT:.0f} s: {replies.count} replies; "
                             f"{len(missing)} questions lost, e.g. {missing[:3]}") from None
    await h.fake.settle(quiet=0.3, timeout=10)  # a duplicate would show up meanwhile
    seconds = time.perf_counter() - began
    replies.update()
    return Run(plan, replies, reload["id"], reload["at"], reload["seq"], seconds, old_engine,
               counts)


def outcome(h: Harness, run: Run, question: Question) -> str:
    """'answer', 'cooldown', 'spam' or 'silent', checking the reply as it goes."""
    calls = run.replies.by_ref.get(question.message_id, [])
    assert len(calls) <= 1, f"{len(calls)} replies to one question: {question}"
    if not calls:
        return "silent"
    [call] = calls
    assert call.path == f"/channels/{question.channel}/messages", "replied in another channel"
    kind = notice_kind(call)
    if kind is not None:
        return kind
    embed = embed_of(call)
    assert embed.get("title") == render.clip(render.safe(question.text), render.TITLE_MAX)
    assert embed.get("description") == question.expected, question
    return "answer"


def check_run(h: Harness, run: Run, caplog: pytest.LogCaptureFixture) -> dict[str, int]:
    """Checks shared by both variants; the tally of outcomes."""
    plan, replies = run.plan, run.replies
    rate, spam_rate = h.bot.settings.discord.cooldown_rate, h.bot.spam_guard.rate
    assert replies.stray == [], "the bot sent messages that reply to nothing"
    asked = {x.message_id for x in plan.all}
    assert len(asked) == len(plan.all) == QUESTIONS
    assert set(replies.by_ref) <= asked | {run.reload_id}, "a reply to an unknown message"

    outcomes = {x.message_id: outcome(h, run, x) for x in plan.all}
    tally = {k: sum(v == k for v in outcomes.values())
             for k in ("answer", "cooldown", "spam", "silent")}
    assert sum(tally.values()) == QUESTIONS

    # Per member, in the order they asked: the first `rate` are answered, and a question
    # goes unanswered only right after a spam notice (or another such question).
    by_member: dict[int, list[Question]] = {}
    for x in sorted(plan.all, key=lambda x: x.order):
        by_member.setdefault(x.member, []).append(x)
    for seq in by_member.values():
        kinds = [outcomes[x.message_id] for x in seq]
        assert kinds[:rate] == ["answer"] * min(rate, len(kinds)), kinds
        for i, kind in enumerate(kinds):
            if kind == "silent":
                assert kinds[i - 1] in ("spam", "silent"), kinds

    # Follow-up context stayed with its member and channel (expected texts are checked
    # in outcome(): the follow-up of its own subject, or the no-context answer).
    for x in plan.openers + plan.later:
        assert outcomes[x.message_id] == "answer", x

    # The reload: its report to the moderator by direct message (a pointer in the
    # channel), a new engine, answers flowing meanwhile.
    [pointer] = replies.by_ref[run.reload_id]
    assert "direct message" in embed_of(pointer)["description"]
    [done] = replies.direct
    assert embed_of(done)["description"].startswith("Reloaded in")
    assert h.service.engine is not run.old_engine
    done_at = next(i for i, c in enumerate(h.fake.calls) if c is done)
    during = [c for c in h.fake.calls[run.reload_sent_at:done_at] if c.message is not None]
    due_after = [x for x in plan.all if x.seq > run.reload_seq
                 and prescribed(x.order, rate, spam_rate) != "silent"]
    if len(due_after) >= 100:  # enough replies still due when the reload began
        assert during, "no answer was sent while the reload ran"

    problems = [r for r in caplog.records if r.name.startswith("bot")
                and r.levelno >= logging.WARNING]
    problems += [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not problems, [r.getMessage() for r in problems]
    print(f"\n{QUESTIONS} questions in {run.seconds:.2f} s: {tally}, "
          f"{len(during)} replies sent during the reload")
    return tally


Launch = Callable[..., Awaitable[Harness]]


async def test_load_with_the_default_cooldown(launch: Launch, monkeypatch: pytest.MonkeyPatch,
                                              caplog: pytest.LogCaptureFixture) -> None:
    """5 questions per 30 s: most of the flood gets a cooldown or spam notice."""
    h = await launch()
    run = await run_load(h, monkeypatch)
    tally = check_run(h, run, caplog)
    settings = h.bot.settings.discord
    rate, spam_rate = settings.cooldown_rate, h.bot.spam_guard.rate
    window = min(settings.cooldown_per, h.bot.spam_guard.per)
    # The default sizes take a few seconds; should a slow machine take longer than one
    # window, the checks in check_run() still hold but the exact outcomes do not.
    if run.seconds < window:
        for x in run.plan.all:
            got = outcome(h, run, x)
            assert got == prescribed(x.order, rate, spam_rate), (x, got)
        assert tally["answer"] <= rate * MEMBERS
        assert tally["spam"] == sum(n > spam_rate for n in run.counts.values())


async def test_load_with_a_generous_cooldown(launch: Launch, monkeypatch: pytest.MonkeyPatch,
                                             caplog: pytest.LogCaptureFixture) -> None:
    """A cooldown no one reaches: every question gets a real answer."""
    h = await launch(cooldown_rate=1_000_000, cooldown_per=60.0)
    run = await run_load(h, monkeypatch)
    tally = check_run(h, run, caplog)
    assert tally == {"answer": QUESTIONS, "cooldown": 0, "spam": 0, "silent": 0}


def test_load_size_is_sane() -> None:
    assert QUESTIONS >= 60, "LOAD_QUESTIONS must be at least 60"
