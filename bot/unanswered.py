"""A log of questions the bot declined or answered with low confidence.

Moderators read it with /unanswered to see what to add to data/. It keeps the question
text and the time only, never who asked; mentions are stripped before anything is stored
so no user or role id ends up in the file. aiosqlite keeps the writes off the event loop.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

_SCHEMA = """
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL,
    normalised TEXT NOT NULL,
    asked_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS unanswered_asked_at ON unanswered (asked_at);
"""

# <@123>, <@!123>, <@&123>, <#123>: ids that could identify someone.
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>")
_SPACE = re.compile(r"\s+")
MAX_QUESTION_CHARS = 500
DAY = 86_400.0


@dataclass(frozen=True, slots=True)
class Unanswered:
    """One question as /unanswered lists it: how often and when it was last asked."""

    question: str
    count: int
    last_asked: float


def clean_question(text: str) -> str:
    """The question without mentions and with whitespace collapsed, cut to a sane length."""
    text = _MENTION.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    return text[:MAX_QUESTION_CHARS]


def normalise(text: str) -> str:
    """The key that groups the same question asked with other case or punctuation."""
    text = re.sub(r"[^\w\s]", " ", clean_question(text).casefold())
    return _SPACE.sub(" ", text).strip()


class UnansweredLog:
    """An append-only table in the state database; `top` groups repeats."""

    def __init__(self, path: Path, *, keep_days: int = 90) -> None:
        self.path = path
        self.keep_days = keep_days
        self._db: aiosqlite.Connection | None = None

    async def open(self) -> None:
        """Create the file and table if needed, and drop entries older than `keep_days`."""
        if self._db is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path)
        # a log, not a ledger: WAL without an fsync per write keeps each insert cheap; a
        # crash may lose the last few entries, never the file
        await self._db.execute("PRAGMA journal_mode = WAL")
        await self._db.execute("PRAGMA synchronous = NORMAL")
        await self._db.executescript(_SCHEMA)
        await self._db.execute("DELETE FROM unanswered WHERE asked_at < ?",
                               (time.time() - self.keep_days * DAY,))
        await self._db.commit()

    async def close(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            await db.close()

    async def _conn(self) -> aiosqlite.Connection:
        if self._db is None:
            await self.open()
        assert self._db is not None
        return self._db

    async def record(self, question: str, *, at: float | None = None) -> bool:
        """Log one question; returns False (and stores nothing) when nothing is left of it."""
        text = clean_question(question)
        key = normalise(text)
        if not key:
            return False
        db = await self._conn()
        await db.execute(
            "INSERT INTO unanswered (question, normalised, asked_at) VALUES (?, ?, ?)",
            (text, key, time.time() if at is None else at),
        )
        await db.commit()
        return True

    async def top(self, days: int, limit: int = 10, *, now: float | None = None
                  ) -> list[Unanswered]:
        """The most often asked questions of the last `days` days, most frequent first."""
        since = (time.time() if now is None else now) - max(days, 0) * DAY
        db = await self._conn()
        # The latest wording of each group is shown; ties go to the most recent.
        async with db.execute(
            """
            SELECT (SELECT u2.question FROM unanswered u2
                    WHERE u2.normalised = u.normalised AND u2.asked_at >= ?
                    ORDER BY u2.asked_at DESC, u2.id DESC LIMIT 1),
                   COUNT(*), MAX(u.asked_at)
            FROM unanswered u
            WHERE u.asked_at >= ?
            GROUP BY u.normalised
            ORDER BY COUNT(*) DESC, MAX(u.asked_at) DESC
            LIMIT ?
            """,
            (since, since, max(limit, 0)),
        ) as cursor:
            rows = await cursor.fetchall()
        return [Unanswered(str(q), int(n), float(t)) for q, n, t in rows]
