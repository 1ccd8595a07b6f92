"""Moderators' commands: reload the data, list unanswered questions, see why an answer.

Every command here has default_permissions(manage_guild=True), which only hides it in
Discord's UI and can be changed by server admins, so each also checks in code for Manage
Server or one of settings.discord.moderator_role_ids.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.answering import NO_MENTIONS, reply
from bot.discord.articles import default_problems
from bot.discord.guard import app_moderator_only, moderator_only
from bot.discord.render import FAILED, notice_embed, safe, trace_embed, unanswered_embed
from bot.errors import DataError, StoreError

if TYPE_CHECKING:
    from bot.discord.client import NewsdeskBot

UNANSWERED_LIMIT = 15
UNANSWERED_MAX_DAYS = 365


def describe_failure(exc: Exception, root: Path) -> str:
    """'data/facts/x.yaml, line 7: reason' with the path relative to the project."""
    if not isinstance(exc, DataError):
        return safe(str(exc)) or type(exc).__name__
    path = exc.path
    try:
        rel = os.path.relpath(path, root)
        if not rel.startswith(".."):
            path = rel
    except ValueError:  # another drive on Windows
        pass
    where = f"**{safe(path)}**"
    if exc.line:
        where += f", line {exc.line}"
    if exc.key:
        where += f", {safe(exc.key)}"
    return f"{where}: {safe(exc.reason)}"


async def respond(ctx: commands.Context[Any], embed: discord.Embed) -> None:
    """The answer to a deferred moderator command: the slash form edits its deferred
    ("thinking…", ephemeral) response, as Discord recommends over a follow-up message; the
    prefix form replies in the channel."""
    if ctx.interaction is not None:
        await ctx.interaction.edit_original_response(embed=embed, allowed_mentions=NO_MENTIONS)
    else:
        await reply(ctx, embed=embed)


async def tell_moderator(ctx: commands.Context[Any], embed: discord.Embed, slash: str) -> None:
    """Moderator output that must not be posted in the channel: ephemeral for the slash
    form; for the prefix form, by direct message with a short public pointer, or, when the
    moderator accepts no direct messages, only a pointer to the slash form."""
    if ctx.interaction is not None:
        await respond(ctx, embed)
        return
    try:
        await ctx.author.send(embed=embed, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:  # Forbidden 50007: direct messages closed
        await reply(ctx, embed=notice_embed(
            f"That is only for moderators' eyes, and I could not send you a direct message. "
            f"Use `{slash}` instead: only you will see the answer."))
        return
    await reply(ctx, embed=notice_embed("Sent to you by direct message."))


class Moderation(commands.Cog):
    """Data reloads and answer diagnostics, for Manage Server or a moderator role."""

    def __init__(self, bot: NewsdeskBot) -> None:
        self.bot = bot
        self.why_menu = app_commands.ContextMenu(name="Why this answer", callback=self.why_app)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.why_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.why_menu.name, type=self.why_menu.type)

    @commands.hybrid_command()  # type: ignore[arg-type]  # see bot/discord/cogs/ask.py
    @commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @moderator_only()
    async def reload(self, ctx: commands.Context[Any]) -> None:
        """Reload the article data and config (moderators). A broken file keeps the old data."""
        await ctx.defer(ephemeral=True)
        try:
            report = await self.bot.reload_store("/reload" if ctx.interaction else "!reload")
        except (DataError, StoreError) as exc:
            root = self.bot.settings.paths.data.parent
            text = ("Reload failed; I'm still answering from the previous data.\n"
                    + describe_failure(exc, root))
            # file paths and counts are for moderators: never posted in the channel
            await tell_moderator(ctx, notice_embed(text, colour=FAILED), "/reload")
            return
        defaults = default_problems(self.bot.settings.discord.default_articles,
                                    self.bot.service.snapshot.documents)
        notes = report.changes() + [f"warning: {p}" for p in defaults]
        lines = "\n".join(f"• {safe(line)}" for line in notes)
        text = f"Reloaded in {report.seconds:.2f} s.\n{lines}"
        await tell_moderator(ctx, notice_embed(text, colour=discord.Colour.green()), "/reload")

    @commands.hybrid_command()  # type: ignore[arg-type]  # see bot/discord/cogs/ask.py
    @commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.describe(days=f"How many days back to look, 1 to {UNANSWERED_MAX_DAYS} "
                                "(default from settings)")
    @moderator_only()
    async def unanswered(self, ctx: commands.Context[Any],
                         days: commands.Range[int, 1, UNANSWERED_MAX_DAYS] = None  # type: ignore[assignment]
                         ) -> None:
        """The questions I most often could not answer well (moderators)."""
        # Not `Range[...] | None`: that made the slash option free text and let the prefix
        # form fall back to the default on "abc"; a plain default keeps an integer option
        # with its range, and a bad prefix argument is an error that says what it expects.
        await ctx.defer(ephemeral=True)  # before the query: Discord allows 3 s to respond
        days = days or self.bot.settings.discord.unanswered_days
        await self.bot.answering.flush()  # every question answered so far is in the log
        rows = await self.bot.unanswered.top(days, UNANSWERED_LIMIT)
        embed = unanswered_embed([(r.question, r.count, r.last_asked) for r in rows],
                                 days=days, now=time.time())
        await tell_moderator(ctx, embed, "/unanswered")

    @commands.command()
    @commands.guild_only()
    @moderator_only()
    async def why(self, ctx: commands.Context[Any]) -> None:
        """Reply to one of my answers with this to see how I arrived at it (moderators)."""
        ref = ctx.message.reference
        if ref is None or ref.message_id is None:
            p = ctx.clean_prefix
            await reply(ctx, embed=notice_embed(
                f"Reply to one of my answers with `{p}why`, or use Apps → **Why this "
                f"answer** on it."))
            return
        await tell_moderator(ctx, self.trace_for(ref.message_id, None),
                             "Apps → Why this answer")

    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_moderator_only()
    async def why_app(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """Why this answer: the trace behind one of my replies (moderators)."""
        author_id = message.author.id if message.author else None
        await interaction.response.send_message(
            embed=self.trace_for(message.id, author_id), ephemeral=True,
            allowed_mentions=NO_MENTIONS)

    def trace_for(self, message_id: int, author_id: int | None) -> discord.Embed:
        me = self.bot.user.id if self.bot.user else None
        if author_id is not None and author_id != me:
            return notice_embed("That is not one of my answers.")
        remembered = self.bot.answering.memory.get(message_id)
        if remembered is None:
            return notice_embed(
                f"I don't remember that answer any more: I keep the last "
                f"{self.bot.answering.memory.size} in memory, and forget them on restart.")
        return trace_embed(remembered.answer, asked_at=remembered.asked_at)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Moderation(bot))  # type: ignore[arg-type]
