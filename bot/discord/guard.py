"""Who may do what, and how often: moderator checks, the question cooldown, the spam guard.

The per-user question cooldown comes from settings (cooldown_rate per cooldown_per
seconds) and is shared by !ask, /ask, /about, /meetings and @mention questions, so a user
has one budget however they ask. The spam guard sits above it for every command and
button-free path, like RoboDanny's: a burst well past the cooldown is ignored after one
notice, so a flood cannot make the bot flood the channel with notices either.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.settings import DiscordSettings

if TYPE_CHECKING:  # the protocol commands.check returns; discord.py does not export it
    from discord.ext.commands._types import Check

T = TypeVar("T")  # a context menu command the check decorates


class ModeratorOnly(commands.CheckFailure):
    """The invoker lacks Manage Server and every configured moderator role."""


class AppModeratorOnly(app_commands.CheckFailure):
    """ModeratorOnly for pure application commands (context menus)."""


class SpamGuarded(commands.CheckFailure):
    """Too many commands in a short time; `notify` is False once the user was told."""

    def __init__(self, retry_after: float, notify: bool) -> None:
        self.retry_after, self.notify = retry_after, notify
        super().__init__(f"spam guard: retry in {retry_after:.1f}s")


def has_moderator_role(roles: list[discord.Role] | tuple[discord.Role, ...],
                       settings: DiscordSettings) -> bool:
    wanted = set(settings.moderator_role_ids)
    return bool(wanted) and any(r.id in wanted for r in roles)


def is_moderator(user: discord.abc.User, permissions: discord.Permissions,
                 settings: DiscordSettings) -> bool:
    """Manage Server (or Administrator, which implies it) or a configured moderator role."""
    if permissions.manage_guild or permissions.administrator:
        return True
    return isinstance(user, discord.Member) and has_moderator_role(user.roles, settings)


def moderator_only() -> Check[commands.Context[commands.Bot]]:
    """A command check that runs in code as well, since default_permissions is only a hint
    that server admins can override in Integrations settings."""

    async def predicate(ctx: commands.Context[commands.Bot]) -> bool:
        if ctx.guild is None:
            raise commands.NoPrivateMessage()
        settings: DiscordSettings = ctx.bot.settings.discord  # type: ignore[attr-defined]
        if is_moderator(ctx.author, ctx.permissions, settings):
            return True
        raise ModeratorOnly("moderators only")

    return commands.check(predicate)


def app_moderator_only() -> Callable[[T], T]:
    """moderator_only() for context menus, which have no Context."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage("guild only")
        settings: DiscordSettings = interaction.client.settings.discord  # type: ignore[attr-defined]
        if is_moderator(interaction.user, interaction.permissions, settings):
            return True
        raise AppModeratorOnly("moderators only")

    return app_commands.check(predicate)


class QuestionCooldown:
    """One per-user budget of questions, however they are asked."""

    def __init__(self, rate: int, per: float) -> None:
        self.cooldown = commands.Cooldown(rate, per)
        self._mapping: commands.CooldownMapping[discord.Message] = commands.CooldownMapping(
            self.cooldown, commands.BucketType.user)

    def hit(self, message: discord.Message) -> float | None:
        """Count one question; seconds to wait when over budget, else None."""
        bucket = self._mapping.get_bucket(message)
        if bucket is None:
            return None
        return bucket.update_rate_limit()

    def check(self, message: discord.Message) -> None:
        """hit(), raising CommandOnCooldown so the error handler words the notice."""
        retry = self.hit(message)
        if retry:
            raise commands.CommandOnCooldown(self.cooldown, retry, commands.BucketType.user)


@dataclass
class _Strikes:
    window_start: float
    count: int = 0
    told: bool = False


class SpamGuard:
    """At most `rate` commands per `per` seconds per user, across everything.

    Past that the user is told once, then ignored until the window ends.
    """

    def __init__(self, rate: int = 10, per: float = 12.0, *, max_users: int = 10_000) -> None:
        self.rate, self.per, self.max_users = rate, per, max_users
        self._users: dict[int, _Strikes] = {}

    @classmethod
    def from_settings(cls, settings: DiscordSettings) -> SpamGuard:
        """Twice the question budget over the same window, at least 10 per 12 s."""
        return cls(rate=max(10, settings.cooldown_rate * 2), per=max(12.0, settings.cooldown_per))

    def hit(self, user_id: int, *, now: float | None = None) -> SpamGuarded | None:
        """Count one command; a SpamGuarded to raise when over the limit, else None."""
        now = time.monotonic() if now is None else now
        entry = self._users.get(user_id)
        if entry is None or now - entry.window_start >= self.per:
            if len(self._users) >= self.max_users:
                self._forget(now)
            entry = self._users[user_id] = _Strikes(now)
        entry.count += 1
        if entry.count <= self.rate:
            return None
        notify = not entry.told
        entry.told = True
        return SpamGuarded(self.per - (now - entry.window_start), notify)

    def _forget(self, now: float) -> None:
        """Drop finished windows so the table stays small."""
        self._users = {k: v for k, v in self._users.items() if now - v.window_start < self.per}
        while len(self._users) >= self.max_users:
            self._users.pop(next(iter(self._users)))
