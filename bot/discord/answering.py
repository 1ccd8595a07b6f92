"""The one path from a question to a reply, shared by !ask, /ask, @mentions and buttons.

Engine calls are sub-millisecond and synchronous, so they run on the loop; Discord itself
is awaited, and the unanswered log (aiosqlite) is written in the background. Each reply's
Answer is kept in a small in-memory map by message id so a moderator can ask "why this
answer" afterwards (and a button on a recent answer uses it as is); the buttons themselves
keep nothing in memory (views.py).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.discord.articles import catalogue, catalogue_fingerprint, default_for
from bot.discord.metrics import Metrics
from bot.discord.render import (
    ARTICLES_PER_PAGE,
    DocumentRef,
    answer_embed,
    articles_embed,
    articles_page_count,
)
from bot.discord.views import Key, answer_view, key_budget, pager_view
from bot.engine.answer import Answer

if TYPE_CHECKING:
    from discord import ui

    from bot.discord.client import NewsdeskBot

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
NO_METRICS = Metrics()
# When the engine was asked, for the reply-latency metric: discord.py runs each event's
# handler in its own task, so each question sees its own value.
_asked_at: ContextVar[float | None] = ContextVar("newsdesk_asked_at", default=None)


def session_key(user_id: int, channel_id: int | None) -> str:
    """Follow-ups are remembered per user and channel."""
    return f"{user_id}:{channel_id}"


@dataclass(frozen=True, slots=True)
class Remembered:
    answer: Answer
    asked_at: float


class AnswerMemory:
    """The last `size` answers by message id, for "why this answer" (not persisted)."""

    def __init__(self, size: int = 2_000) -> None:
        self.size = size
        self._items: OrderedDict[int, Remembered] = OrderedDict()

    def remember(self, message_id: int, answer: Answer) -> None:
        self._items[message_id] = Remembered(answer, time.time())
        self._items.move_to_end(message_id)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def get(self, message_id: int) -> Remembered | None:
        return self._items.get(message_id)


class Answering:
    """Ask the engine, log what it could not answer, render, send, remember."""

    articles_per_page = ARTICLES_PER_PAGE

    def __init__(self, bot: NewsdeskBot) -> None:
        self.bot = bot
        self.memory = AnswerMemory()
        self._notes: set[asyncio.Task[None]] = set()

    @property
    def low_confidence(self) -> float:
        return self.bot.settings.engine.answer_threshold

    def document(self, slug: str) -> DocumentRef | None:
        """The footer facts for an article, from the service's current data."""
        info = self.bot.service.document(slug)
        if info is None:
            return None
        return DocumentRef(title=str(info.title or ""), outlet=str(info.outlet or ""),
                           url=str(info.url or ""), date=str(info.date or ""))

    def paragraph(self, document: str, number: int) -> str | None:
        return self.bot.service.paragraph(document, number)

    @property
    def metrics(self) -> Metrics:
        return getattr(self.bot, "metrics", NO_METRICS)

    async def ask(self, question: str, *, user_id: int, channel_id: int | None,
                  article: str | None = None) -> Answer:
        _asked_at.set(time.perf_counter())
        return self._asked(self.bot.service.ask(question, session_key(user_id, channel_id),
                                                article=article))

    async def about(self, subject: str, article: str | None = None) -> Answer:
        _asked_at.set(time.perf_counter())
        return self._asked(self.bot.service.about(subject, article))

    async def meetings(self, where: str | None, article: str | None = None) -> Answer:
        _asked_at.set(time.perf_counter())
        return self._asked(self.bot.service.meetings(where, article))

    def default_article(self, guild_id: int | None) -> str | None:
        """The guild's default article (settings.discord.default_articles) when loaded."""
        return default_for(self.bot.settings.discord.default_articles, guild_id,
                           self.bot.service.snapshot.documents)

    def articles(self, *, asker_id: int, page: int = 0, guild_id: int | None = None
                 ) -> tuple[discord.Embed, ui.View | None]:
        """The /articles listing page and its Previous/Next (the asker's)."""
        rows = catalogue(self.bot.service)
        per_page = self.articles_per_page
        pages = articles_page_count(len(rows), per_page)
        page = min(max(page, 0), pages - 1)
        p = self.bot.settings.discord.prefix
        default = self.default_article(guild_id)
        hint = ("`/ask`, `/about` and `/meetings` take an `article` option: its slug, "
                "offered as you type. ")
        hint += (f"Without it, questions here (`{p}ask` and mentions too) go to this "
                 f"server's default article, marked above." if default else
                 "Without it, each question goes to the article it fits, and one that "
                 "fits several is answered from each.")
        embed = articles_embed(rows, page=page, per_page=per_page, default=default,
                               ask_hint=hint)
        view = pager_view(asker_id=asker_id, fp=catalogue_fingerprint(rows),
                          key_code=Key.articles().encode(key_budget(asker_id)), page=page,
                          pages=pages)
        return embed, view

    def _asked(self, answer: Answer) -> Answer:
        self.metrics.question(answer.answered)
        self.note_later(answer)
        return answer

    def replied(self) -> None:
        """A reply to the question asked in this task was sent: record how long it took."""
        asked = _asked_at.get()
        if asked is not None:
            self.metrics.replied(time.perf_counter() - asked)
            _asked_at.set(None)

    def note_later(self, answer: Answer) -> None:
        """note() in the background: the reply does not wait for the log's disk commit.

        Measured with scripts/bench_discord.py (docs/load.md): awaiting the write put each
        declined question's reply behind an SQLite commit, p99 50 ms when idle and over a
        second in a burst, as writes queue on aiosqlite's one thread. Writes still run in
        the order the questions came; flush() waits for those under way.
        """
        if answer.answered and answer.confidence >= self.low_confidence:
            return
        task = asyncio.create_task(self.note(answer))
        self._notes.add(task)  # a strong reference until it is done
        task.add_done_callback(self._notes.discard)

    async def flush(self) -> None:
        """Wait for the log writes under way (before /unanswered reads the log, and at close)."""
        if self._notes:
            await asyncio.gather(*list(self._notes), return_exceptions=True)

    async def note(self, answer: Answer) -> None:
        """Log declined and low-confidence questions; a failing log never blocks a reply."""
        if answer.answered and answer.confidence >= self.low_confidence:
            return
        try:
            await self.bot.unanswered.record(answer.question)
        except Exception:
            log.exception("could not record an unanswered question")

    def embed(self, answer: Answer, page: int = 0) -> discord.Embed:
        return answer_embed(answer, documents=self.document, page=page,
                            loaded=len(self.bot.service.snapshot.documents))

    def view(self, answer: Answer, *, asker_id: int, key: Key, page: int = 0
             ) -> ui.View | None:
        """The persistent buttons that fit this answer, or None when it needs none."""
        return answer_view(answer, asker_id=asker_id, key_code=key.encode(key_budget(asker_id)),
                           page=page, paragraphs=self.paragraph)

    async def send(self, target: commands.Context[Any] | discord.Message, answer: Answer, *,
                   asker_id: int, key: Key) -> discord.Message:
        """Reply to a command or a message with the answer embed and its buttons; `key`
        says how a button can get this answer again (views.Key)."""
        view = self.view(answer, asker_id=asker_id, key=key)
        kwargs: dict[str, Any] = {"embed": self.embed(answer), "allowed_mentions": NO_MENTIONS,
                                  "mention_author": False}
        if view is not None:
            kwargs["view"] = view
        message = await reply(target, **kwargs)
        self.replied()
        self.memory.remember(message.id, answer)
        return message


async def reply(target: commands.Context[Any] | discord.Message, **kwargs: Any) -> discord.Message:
    """Reply without pinging, and without failing when the question was deleted meanwhile."""
    kwargs.setdefault("allowed_mentions", NO_MENTIONS)
    kwargs.setdefault("mention_author", False)
    if isinstance(target, discord.Message):
        kwargs.pop("ephemeral", None)  # only interactions have private replies
        kwargs["reference"] = target.to_reference(fail_if_not_exists=False)
        return await target.channel.send(**kwargs)
    if target.interaction is None:
        kwargs["reference"] = target.message.to_reference(fail_if_not_exists=False)
    return await target.send(**kwargs)
