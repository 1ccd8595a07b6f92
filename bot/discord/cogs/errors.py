"""The one error handler for prefix commands, slash commands, buttons and @mentions."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.answering import NO_MENTIONS, reply
from bot.discord.articles import UnknownArticle
from bot.discord.guard import AppModeratorOnly, ModeratorOnly, SpamGuarded
from bot.discord.render import FAILED, notice_embed

log = logging.getLogger(__name__)

Target = commands.Context[Any] | discord.Interaction | discord.Message

MODERATORS_ONLY = "That is for moderators only (Manage Server or a moderator role)."
GUILD_ONLY = "That only works in a server."
SOMETHING_WRONG = ("Something went wrong on my side while answering that. "
                   "The moderators can find the details in the log.")


def unwrap(error: BaseException) -> BaseException:
    """The exception that actually happened, out of discord.py's wrappers."""
    wrappers = (commands.CommandInvokeError, commands.HybridCommandError,
                app_commands.CommandInvokeError)
    while isinstance(error, wrappers) and error.original is not None:
        error = error.original
    return error


class Errors(commands.Cog):
    """Handles every command error in one place, in this order:

    1. Unwrap CommandInvokeError, HybridCommandError and app_commands.CommandInvokeError.
    2. Ignore CommandNotFound and DisabledCommand: "!!!" or "!lol" in chat is not for us.
    3. Cooldown (CommandOnCooldown, either kind): a friendly "try again in N s" notice,
       ephemeral for slash. The spam guard (SpamGuarded) says the same once in a channel,
       then nothing (slash users always get their private notice).
    4. Check failure: NoPrivateMessage -> "only in a server"; any other -> "moderators only".
    5. An `article` option naming no loaded article (UnknownArticle): the closest ones and
       a pointer to /articles. Any other bad argument (UserInputError, TransformerError):
       the command's usage.
    6. Anything else: one short message to the user, the full trace to the log.
    """

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self._previous_tree_handler: Any = None

    async def cog_load(self) -> None:
        """Route pure app-command errors (context menus) here too."""
        tree = self.bot.tree
        self._previous_tree_handler = tree.on_error
        tree.on_error = self.on_app_command_error  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        if self._previous_tree_handler is not None:
            self.bot.tree.on_error = self._previous_tree_handler  # type: ignore[method-assign]

    @commands.Cog.listener()
    async def on_command_error(self, ctx: commands.Context[Any],
                               error: commands.CommandError) -> None:
        await self.handle(ctx, error)

    async def on_app_command_error(self, interaction: discord.Interaction,
                                   error: app_commands.AppCommandError) -> None:
        await self.handle(interaction, error)

    async def handle(self, target: Target, error: BaseException) -> None:
        """Classify `error` (see the class docstring) and tell the user in one short line."""
        error = unwrap(error)
        if isinstance(error, commands.CommandNotFound | commands.DisabledCommand):
            return
        if isinstance(error, SpamGuarded):
            # In channels the notice is sent once; an interaction always gets its private
            # one, since Discord shows "did not respond" otherwise.
            if error.notify or _interaction_of(target) is not None:
                await self._tell(target, f"You're sending commands very fast. I'll be back "
                                         f"for you in {error.retry_after:.0f} s.")
            return
        if isinstance(error, commands.CommandOnCooldown | app_commands.CommandOnCooldown):
            await self._tell(target, f"Easy there: you can ask again in "
                                     f"{max(error.retry_after, 1):.0f} s.")
            return
        if isinstance(error, commands.NoPrivateMessage | app_commands.NoPrivateMessage):
            await self._tell(target, GUILD_ONLY)
            return
        if isinstance(error, ModeratorOnly | AppModeratorOnly | commands.CheckFailure
                      | app_commands.CheckFailure):
            await self._tell(target, MODERATORS_ONLY)
            return
        if isinstance(error, UnknownArticle):
            await self._tell(target, error.notice())
            return
        if isinstance(error, commands.UserInputError | app_commands.TransformerError):
            await self._tell(target, f"Usage: {usage(target)}{expected(target)}")
            return
        log.error("unhandled error in %s", describe(target), exc_info=error)
        await self._tell(target, SOMETHING_WRONG, colour=FAILED)

    async def _tell(self, target: Target, text: str, *,
                    colour: discord.Colour | None = None) -> None:
        """One notice, ephemeral where Discord allows it; a failed send is only logged."""
        embed = notice_embed(text) if colour is None else notice_embed(text, colour=colour)
        try:
            interaction = _interaction_of(target)
            if interaction is not None:
                if interaction.type is discord.InteractionType.autocomplete:
                    return
                if interaction.response.is_done():
                    await interaction.followup.send(embed=embed, ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
                else:
                    await interaction.response.send_message(embed=embed, ephemeral=True,
                                                            allowed_mentions=NO_MENTIONS)
            else:
                await reply(target, embed=embed)  # type: ignore[arg-type]
        except Exception as exc:  # the handler itself must never raise
            log.warning("could not send an error notice: %r", exc)


def _interaction_of(target: Target) -> discord.Interaction | None:
    if isinstance(target, commands.Context):
        return target.interaction
    return target if isinstance(target, discord.Interaction) else None


def usage(target: Target) -> str:
    """`!ask <question>` for prefix use, `/ask question:` for slash."""
    if isinstance(target, commands.Context) and target.command is not None:
        cmd = target.command
        if target.interaction is None:
            return f"`{target.clean_prefix}{cmd.qualified_name} {cmd.signature}`".replace(" `", "`")
        app = getattr(cmd, "app_command", None)
        params = [f"{p.name}:" for p in app.parameters] if app is not None else []
        return "`" + " ".join([f"/{cmd.qualified_name}", *params]) + "`"
    if isinstance(target, discord.Interaction) and target.command is not None:
        return f"`/{target.command.qualified_name}`"
    return "`help`"


def expected(target: Target) -> str:
    """What the prefix argument that failed to convert should be, e.g. " `days` is a whole
    number from 1 to 365." (empty when there is nothing more precise than the usage)."""
    if not isinstance(target, commands.Context) or target.interaction is not None:
        return ""
    param = target.current_parameter
    if param is None:
        return ""
    converter = param.converter
    kind = getattr(converter, "annotation", converter)
    what = {int: "a whole number", float: "a number"}.get(kind)
    if what is None:
        return ""
    low, high = getattr(converter, "min", None), getattr(converter, "max", None)
    if low is not None and high is not None:
        what += f" from {low} to {high}"
    elif low is not None:
        what += f" of at least {low}"
    elif high is not None:
        what += f" of at most {high}"
    return f" `{param.name}` is {what}."


def describe(target: Target) -> str:
    """Where an error happened, for the log (ids only, never message text)."""
    if isinstance(target, commands.Context):
        name = target.command.qualified_name if target.command else "?"
        kind = "slash" if target.interaction else "prefix"
        return f"{kind} command {name!r} (guild {target.guild and target.guild.id})"
    if isinstance(target, discord.Interaction):
        name = target.command.qualified_name if target.command else target.type.name
        return f"interaction {name!r} (guild {target.guild_id})"
    return f"message handler (guild {target.guild and target.guild.id})"


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Errors(bot))
