"""The one object every adapter talks to: current data, conversations, reload.

A reload builds a new store and snapshot beside the old ones and swaps one reference, so
questions in flight finish on the old data and nothing waits; conversations survive it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot import collector
from bot.engine.answer import Answer
from bot.engine.core import Engine
from bot.engine.sessions import Sessions
from bot.errors import StoreError
from bot.settings import Settings
from bot.store.build import build_store, store_is_stale
from bot.store.load import DocumentInfo, Snapshot, load_snapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadReport:
    before: dict[str, int]
    after: dict[str, int]
    seconds: float
    warnings: tuple[str, ...] = ()  # e.g. an alias two articles' entities both claim

    def changes(self) -> list[str]:
        """Lines such as 'facts: 41 → 43' for what changed (all counts when nothing did)."""
        keys = list(self.after)
        changed = [k for k in keys if self.before.get(k) != self.after[k]]
        return [f"{k}: {self.before.get(k, 0)} → {self.after[k]}" for k in (changed or keys)] \
            + [f"warning: {w}" for w in self.warnings]


class AnswerService:
    def __init__(self, settings: Settings, snapshot: Snapshot) -> None:
        self.settings = settings
        self.sessions = Sessions(settings.engine.session_ttl, settings.engine.max_sessions)
        self._engine = Engine(snapshot, settings.engine)
        self._reload_lock = threading.Lock()

    @classmethod
    def open(cls, settings: Settings, *, rebuild: bool = False) -> AnswerService:
        """Load the store, building it first when missing or older than its sources."""
        paths = settings.paths
        built = rebuild or store_is_stale(paths.store, paths.data, paths.config)
        if built:
            build_store(paths.data, paths.config, paths.store)
        try:
            snapshot = load_snapshot(paths.store)
        except StoreError:
            if built:
                raise
            # Reliability fix: a store whose header and meta read fine but whose pages are
            # corrupt passed the stale check and then stopped the start. The store is derived
            # data, so it is rebuilt from the sources instead (a DataError still names them).
            build_store(paths.data, paths.config, paths.store)
            snapshot = load_snapshot(paths.store)
        return cls(settings, snapshot)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def snapshot(self) -> Snapshot:
        return self._engine.snapshot

    def ask(self, question: str, session: str | None = None,
            article: str | None = None) -> Answer:
        """Answer a question; `session` (e.g. 'user:channel') carries follow-up context;
        `article` (a slug) keeps it to one article."""
        context = self.sessions.get(session)
        return self._healing(lambda engine: engine.ask(question, context,
                                                       now=time.monotonic(), article=article))

    def about(self, subject: str, article: str | None = None) -> Answer:
        """Everything the material says about one entity (person, country, place, event)."""
        return self._healing(lambda engine: engine.about(subject, article))

    def meetings(self, where: str | None = None, article: str | None = None) -> Answer:
        """All contacts, optionally only those at one place or occasion."""
        return self._healing(lambda engine: engine.meetings(where, article))

    def _healing(self, call: Callable[[Engine], Answer]) -> Answer:
        """The engine reads its store as questions need it; a page found damaged then (the
        store is derived data) gets the store rebuilt from the sources, and the question
        asked again."""
        try:
            return call(self._engine)
        except (sqlite3.DatabaseError, StoreError):
            log.warning("store damaged: rebuilding it from data/ and config/")
            with self._reload_lock:
                paths = self.settings.paths
                paths.store.unlink(missing_ok=True)
                build_store(paths.data, paths.config, paths.store)
                self._engine = Engine(load_snapshot(paths.store), self.settings.engine)
            return call(self._engine)

    def articles(self) -> list[DocumentInfo]:
        """Every article loaded, in slug order."""
        return [self.snapshot.documents[slug] for slug, _ in self._engine.articles()]

    def facts_of(self, article: str) -> int:
        return self._engine.facts_of(article)

    def complete(self, partial: str, kinds: tuple[str, ...] = (), limit: int = 25) -> list[str]:
        """Entity names for autocomplete, typo-tolerant, best first."""
        return self._engine.complete(partial, kinds, limit)

    def paragraph(self, document: str, number: int) -> str | None:
        return self.snapshot.paragraph(document, number)

    def document(self, slug: str) -> DocumentInfo | None:
        return self.snapshot.documents.get(slug)

    def stats(self) -> dict[str, int]:
        return self.snapshot.stats()

    def reload(self) -> ReloadReport:
        """Rebuild from data/ and config/ and swap in; on any error the old data stays.

        Raises DataError (a file, line and reason for the moderator) or StoreError.
        Concurrent reloads are serialised, never interleaved.
        """
        with self._reload_lock:
            began = time.perf_counter()
            before = self.stats()
            paths = self.settings.paths
            sources = build_store(paths.data, paths.config, paths.store)
            engine = Engine(load_snapshot(paths.store), self.settings.engine)
            self._engine = engine  # one reference swap: in-flight questions keep the old one
            collector.resettle()
            return ReloadReport(before, self.stats(), time.perf_counter() - began,
                                tuple(sources.warnings))

