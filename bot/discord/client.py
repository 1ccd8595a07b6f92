"""The Bot: intents, global no-ping policy, cogs, command sync, reload.

One class body serves both commands.Bot and commands.AutoShardedBot (a mixin), because
sharding is a deployment choice (settings.discord.shard_count / shard_ids), not a code one.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from typing import Any

import aiohttp
import discord
from discord.ext import commands

from bot.discord.answering import NO_MENTIONS, Answering
from bot.discord.articles import default_problems
from bot.discord.guard import SpamGuard
from bot.discord.metrics import Metrics, make_metrics
from bot.discord.syncstate import (
    Synced,
    SyncState,
    command_digest,
    command_payload,
    needs_push,
    scope_of,
    shape,
)
from bot.discord.views import BUTTONS
from bot.errors import DataError, StoreError
from bot.health import remove_heartbeat, write_heartbeat
from bot.service import AnswerService, ReloadReport
from bot.settings import Settings
from bot.unanswered import UnansweredLog

log = logging.getLogger(__name__)

# What a request to Discord raises when Discord or the network fails (not a bug of ours).
NETWORK_ERRORS = (discord.HTTPException, aiohttp.ClientError, OSError, asyncio.TimeoutError)

EXTENSIONS = (
    "bot.discord.cogs.errors",  # first: its handler is in place before any command exists
    "bot.discord.cogs.ask",
    "bot.discord.cogs.moderation",
)


def make_intents() -> discord.Intents:
    """Only what the bot reads: guilds, guild messages and their content (privileged)."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.message_content = True
    return intents


class _Newsdesk:
    """The shared body of NewsdeskBot and ShardedNewsdeskBot."""

    settings: Settings
    service: AnswerService
    unanswered: UnansweredLog
    sync_state: SyncState
    spam_guard: SpamGuard
    answering: Answering
    metrics: Metrics
    auto_sync: bool
    _heartbeat: asyncio.Task[None] | None = None

    def _setup(self, settings: Settings, service: AnswerService, auto_sync: bool) -> None:
        self.settings, self.service, self.auto_sync = settings, service, auto_sync
        self.unanswered = UnansweredLog(settings.paths.state)
        self.sync_state = SyncState(settings.paths.state)
        self.spam_guard = SpamGuard.from_settings(settings.discord)
        self.answering = Answering(self)  # type: ignore[arg-type]
        self.metrics = make_metrics(settings.metrics)
        bot: commands.Bot = self  # type: ignore[assignment]
        bot.add_check(self._spam_guard, call_once=True)

    async def start(self, token: str, *, reconnect: bool = True) -> None:
        """Log in and connect, leaving a heartbeat for `python -m bot health` meanwhile,
        and serving the metrics when they are on."""
        bot: commands.Bot = self  # type: ignore[assignment]
        try:
            self.metrics.serve(lambda: bot.latency)
        except OSError as exc:  # the port is taken: answering matters more than metrics
            log.error("cannot serve metrics on %s:%s: %s", self.settings.metrics.host,
                      self.settings.metrics.port, exc)
        self._heartbeat = asyncio.create_task(self._beat(), name="newsdesk-heartbeat")
        await super().start(token, reconnect=reconnect)  # type: ignore[misc]

    def gateway_alive(self) -> bool:
        """Ready, and every gateway connection (one per shard) open."""
        bot: commands.Bot = self  # type: ignore[assignment]
        if bot.is_closed() or not bot.is_ready():
            return False
        shards = getattr(bot, "shards", None)
        if isinstance(shards, dict):
            return bool(shards) and all(not shard.is_closed() for shard in shards.values())
        return bot.ws is not None and bot.ws.open

    async def _beat(self) -> None:
        """Rewrite the heartbeat file while the gateway is open (once at start, so a bot
        that never connects turns unhealthy when that first beat ages)."""
        bot: commands.Bot = self  # type: ignore[assignment]
        path = self.settings.paths.heartbeat_file
        first, warned = True, False
        while not bot.is_closed():
            alive = self.gateway_alive()
            if alive or first:
                try:
                    write_heartbeat(path, connected=alive, latency=bot.latency)
                except OSError as exc:  # a read-only var/: health then reports the age
                    if not warned:
                        log.warning("cannot write the heartbeat file %s: %s", path, exc)
                    warned = True
            first = False
            await asyncio.sleep(self.settings.discord.heartbeat_interval)

    async def _spam_guard(self, ctx: commands.Context[Any]) -> bool:
        """One global budget per user over every command, prefix or slash."""
        if guarded := self.spam_guard.hit(ctx.author.id):
            raise guarded
        return True

    async def setup_hook(self) -> None:
        """Open the state log, load the cogs, register the buttons, and sync commands if
        Discord lacks them."""
        bot: commands.Bot = self  # type: ignore[assignment]
        await self.unanswered.open()
        self.check_default_articles()
        for name in EXTENSIONS:
            await bot.load_extension(name)
        # The answer buttons: any the bot ever sent is dispatched by its custom_id alone.
        bot.add_dynamic_items(*BUTTONS)
        if self.auto_sync:
            try:
                await self.sync_commands(self.settings.discord.dev_guild_id)
            except NETWORK_ERRORS:
                log.exception("command sync failed; commands from the last sync stay in use")
        # Everything loaded so far (libraries, the snapshot, cogs) lives as long as the bot:
        # moved out of the collector's reach, full collections stay short under load.
        gc.freeze()

    async def sync_commands(self, guild_id: int | None = None, *, force: bool = False
                            ) -> int | None:
        """Push the slash commands when Discord's set for this application differs from
        the local one (or `force`); None when nothing was pushed (see syncstate.py).

        With a guild id the global commands are copied to that guild, which Discord shows
        at once: the way to try changes on a test server.
        """
        bot: commands.Bot = self  # type: ignore[assignment]
        app_id = bot.application_id
        if app_id is None:
            raise RuntimeError("sync_commands needs a logged-in client (no application id)")
        guild = discord.Object(id=guild_id) if guild_id else None
        if guild is not None:
            bot.tree.copy_global_to(guild=guild)
        payload = command_payload(bot.tree, guild)
        local = command_digest(bot.tree, guild)
        scope = scope_of(guild_id)
        last = await self.sync_state.get(app_id, scope)
        if not force:
            remote = await self._registered_shape(app_id, guild_id)
            if not needs_push(local, shape(payload), remote, last):
                log.info("slash commands already registered for application %s (%s), "
                         "not syncing", app_id, scope)
                if last is None or last.local_digest != local:
                    await self.sync_state.set(app_id, scope, Synced(local, remote))
                return None
        if guild_id:
            data = await bot.http.bulk_upsert_guild_commands(app_id, guild_id, payload=payload)
        else:
            data = await bot.http.bulk_upsert_global_commands(app_id, payload=payload)
        await self.sync_state.set(app_id, scope, Synced(local, shape(_dicts(data))))
        log.info("synced %d slash commands for application %s (%s)", len(data), app_id, scope)
        return len(data)

    async def _registered_shape(self, app_id: int, guild_id: int | None) -> str | None:
        """The normalised hash of what Discord has registered; None when it cannot say."""
        bot: commands.Bot = self  # type: ignore[assignment]
        try:
            if guild_id:
                data = await bot.http.get_guild_commands(app_id, guild_id)
            else:
                data = await bot.http.get_global_commands(app_id)
        except NETWORK_ERRORS as exc:
            log.warning("could not read the registered slash commands (%s); deciding from "
                        "the last sync", exc)
            return None
        return shape(_dicts(data))

    def check_default_articles(self) -> list[str]:
        """Warn (never fail) about each guild default article that is not loaded; the
        lines, for /reload's reply."""
        problems = default_problems(self.settings.discord.default_articles,
                                    self.service.snapshot.documents)
        for problem in problems:
            log.warning("%s", problem)
        return problems

    async def reload_store(self, reason: str) -> ReloadReport:
        """Rebuild from data/ and config/ in a thread so answers keep flowing meanwhile.

        Raises DataError or StoreError (the old data keeps serving); every outcome is logged.
        """
        try:
            report = await asyncio.to_thread(self.service.reload)
        except (DataError, StoreError) as exc:
            self.metrics.reload(ok=False)
            log.error("reload (%s) failed, still serving the previous data: %s", reason, exc)
            raise
        self.metrics.reload(ok=True)
        log.info("reload (%s) done in %.2fs: %s", reason, report.seconds,
                 "; ".join(report.changes()))
        self.check_default_articles()
        return report

    async def reload_data(self, reason: str) -> ReloadReport | None:
        """reload_store() for SIGHUP, where nobody waits for an answer: None on failure."""
        try:
            return await self.reload_store(reason)
        except (DataError, StoreError):
            return None

    async def report_error(self, target: Any, error: BaseException) -> None:
        """Hand an error from a listener or a view to the one error handler."""
        bot: commands.Bot = self  # type: ignore[assignment]
        handler = bot.get_cog("Errors")
        if handler is None:
            log.error("unhandled error", exc_info=error)
            return
        await handler.handle(target, error)  # type: ignore[attr-defined]

    async def close(self) -> None:
        await super().close()  # type: ignore[misc]
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            remove_heartbeat(self.settings.paths.heartbeat_file)  # stopped, not stuck
        await self.answering.flush()  # the log writes still under way, then the log
        await self.unanswered.close()
        self.metrics.close()


class NewsdeskBot(_Newsdesk, commands.Bot):
    def __init__(self, settings: Settings, service: AnswerService, *, auto_sync: bool = True,
                 **options: Any) -> None:
        super().__init__(**_options(settings, options))
        self._setup(settings, service, auto_sync)


class ShardedNewsdeskBot(_Newsdesk, commands.AutoShardedBot):
    def __init__(self, settings: Settings, service: AnswerService, *, auto_sync: bool = True,
                 **options: Any) -> None:
        super().__init__(**_options(settings, options))
        self._setup(settings, service, auto_sync)


def _dicts(payloads: Any) -> list[dict[str, Any]]:
    """Discord's command payloads (typed dicts in discord.py) as plain dicts."""
    return [dict(c) for c in payloads]


def _options(settings: Settings, extra: dict[str, Any]) -> dict[str, Any]:
    d = settings.discord
    options: dict[str, Any] = {
        "command_prefix": d.prefix,
        "intents": make_intents(),
        "allowed_mentions": NO_MENTIONS,
        "help_command": None,  # the ask cog has its own `help`
        "case_insensitive": True,
        "strip_after_prefix": True,
        "max_messages": None,  # no message cache: nothing reads old messages
    }
    if d.shard_count is not None:
        options["shard_count"] = d.shard_count
    if d.shard_ids is not None:
        options["shard_ids"] = list(d.shard_ids)
    options.update(extra)
    return options


def is_sharded(settings: Settings) -> bool:
    return settings.discord.shard_count is not None or settings.discord.shard_ids is not None


def create_bot(settings: Settings, service: AnswerService, *, auto_sync: bool = True,
               **options: Any) -> NewsdeskBot | ShardedNewsdeskBot:
    """The bot for these settings: AutoShardedBot when shard settings ask for it."""
    cls = ShardedNewsdeskBot if is_sharded(settings) else NewsdeskBot
    return cls(settings, service, auto_sync=auto_sync, **options)
