"""Members' commands: ask, about, meetings, help, and questions addressed by @mention."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.answering import reply
from bot.discord.guard import QuestionCooldown
from bot.discord.render import choice_text, fit
from bot.discord.views import Key

if TYPE_CHECKING:
    from bot.discord.client import NewsdeskBot

log = logging.getLogger(__name__)

ABOUT_KINDS: tuple[str, ...] = ()  # every kind of entity
WHERE_KINDS = ("place", "city", "country", "region", "event", "organisation")
AUTOCOMPLETE_MAX = 25
# Commands that cost no question from the cooldown budget.
FREE = frozenset({"help"})


def mention_question(content: str, bot_id: int, role_id: int | None = None) -> str | None:
    """The question in "@Bot question", or None when the message does not start with us.

    Users often pick the bot's managed role from the mention list instead of the bot,
    so a leading mention of that role counts too.
    """
    ids = [f"@!?{bot_id}"] + ([f"@&{role_id}"] if role_id else [])
    match = re.match(rf"\s*<(?:{'|'.join(ids)})>[\s,:]*(.*)\Z", content, re.DOTALL)
    return match.group(1).strip() if match else None


# Module note: mypy cannot match discord.py 2.7's hybrid_command overloads to a cog method
# (it infers its callback type as `(Never, Never) -> ...`); the commands themselves are
# exercised through the real discord.py paths in tests/discord.
class Ask(commands.Cog):
    """Answers for everyone; one cooldown budget per user over every way of asking."""

    def __init__(self, bot: NewsdeskBot) -> None:
        self.bot = bot
        d = bot.settings.discord
        self.cooldown = QuestionCooldown(d.cooldown_rate, d.cooldown_per)

    async def cog_check(self, ctx: commands.Context[Any]) -> bool:
        if ctx.command is None or ctx.command.name not in FREE:
            self.cooldown.check(ctx.message)
        return True

    @commands.hybrid_command()  # type: ignore[arg-type]  # see module note
    @app_commands.describe(question="Your question about the article")
    async def ask(self, ctx: commands.Context[Any], *, question: str) -> None:
        """Ask a question about the article. Follow-ups such as "and where?" work too."""
        answer = await self.bot.answering.ask(question, user_id=ctx.author.id,
                                              channel_id=ctx.channel.id)
        await self.bot.answering.send(ctx, answer, asker_id=ctx.author.id, key=Key.ask())

    @commands.hybrid_command()  # type: ignore[arg-type]  # see module note
    @app_commands.describe(subject="A person, country, place, organisation or event")
    async def about(self, ctx: commands.Context[Any], *, subject: str) -> None:
        """Everything the article says about one person, country, place or event."""
        answer = await self.bot.answering.about(subject)
        await self.bot.answering.send(ctx, answer, asker_id=ctx.author.id,
                                      key=Key.about(subject))

    @about.autocomplete("subject")
    async def about_subject(self, interaction: discord.Interaction, current: str
                            ) -> list[app_commands.Choice[str]]:
        return self._choices(current, ABOUT_KINDS)

    @commands.hybrid_command()  # type: ignore[arg-type]  # see module note
    @app_commands.describe(where="Only meetings at this place or occasion (optional)")
    async def meetings(self, ctx: commands.Context[Any], *, where: str | None = None) -> None:
        """Who met whom, optionally only at one place or occasion."""
        answer = await self.bot.answering.meetings(where or None)
        await self.bot.answering.send(ctx, answer, asker_id=ctx.author.id,
                                      key=Key.meetings(where or None))

    @meetings.autocomplete("where")
    async def meetings_where(self, interaction: discord.Interaction, current: str
                             ) -> list[app_commands.Choice[str]]:
        return self._choices(current, WHERE_KINDS)

    def _choices(self, current: str, kinds: tuple[str, ...]) -> list[app_commands.Choice[str]]:
        """Typo-tolerant names from the engine; never raises (Discord would show an error)."""
        try:
            names = self.bot.service.complete(current[:100], kinds, AUTOCOMPLETE_MAX)
        except Exception:
            log.exception("autocomplete failed")
            return []
        seen: set[str] = set()
        choices: list[app_commands.Choice[str]] = []
        for name in names:
            text = choice_text(name)
            if text not in seen:
                seen.add(text)
                choices.append(app_commands.Choice(name=text, value=text))
        return choices[:AUTOCOMPLETE_MAX]

    @commands.hybrid_command(name="help")  # type: ignore[arg-type]  # see module note
    async def help_command(self, ctx: commands.Context[Any]) -> None:
        """How to ask me things, and what the buttons do."""
        await reply(ctx, embed=self.help_embed(), ephemeral=ctx.interaction is not None)

    def help_embed(self) -> discord.Embed:
        p = self.bot.settings.discord.prefix
        me = self.bot.user.mention if self.bot.user else "@me"
        d = self.bot.settings.discord
        embed = discord.Embed(title="How to ask", colour=discord.Colour.blurple(), description=(
            f"Ask about the article in plain words: `/ask`, `{p}ask <question>`, or mention me "
            f"first: {me} `<question>`. Follow-ups in the same channel keep the context for a "
            f"while (\"and when?\").\n"
            f"You can ask {d.cooldown_rate} questions every {d.cooldown_per:g} s."))
        embed.add_field(name="Commands", inline=False, value="\n".join([
            f"`/ask` · `{p}ask <question>`: answer a question, with quotes",
            f"`/about` · `{p}about <name>`: everything about a person, place or event",
            f"`/meetings` · `{p}meetings [place]`: who met whom, optionally where",
            f"`/help` · `{p}help`: this message",
        ]))
        embed.add_field(name="Buttons", inline=False, value=(
            "**Sources** shows the full paragraphs (only to you). **Previous/Next** page long "
            "lists and **Did you mean** answers the other reading; only the asker can use "
            "those two."))
        embed.add_field(name="Moderators", inline=False, value=(
            f"`/reload` · `{p}reload`, `/unanswered` · `{p}unanswered [days]`, and "
            f"Apps → **Why this answer** on one of my replies (or `{p}why` as a reply)."))
        stats = self.bot.service.stats()
        if stats:
            embed.set_footer(text="Loaded: " + ", ".join(f"{v} {k}" for k, v in stats.items()))
        return fit(embed)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer "@Bot question" like !ask, with the same guard and cooldown."""
        if message.author.bot or message.webhook_id is not None or self.bot.user is None:
            return
        role = message.guild.self_role if message.guild is not None else None
        question = mention_question(message.content, self.bot.user.id, role.id if role else None)
        if question is None:
            return
        try:
            await self._answer_mention(message, question)
        except Exception as exc:  # a user's message must never take the listener down
            await self.bot.report_error(message, exc)

    async def _answer_mention(self, message: discord.Message, question: str) -> None:
        if guarded := self.bot.spam_guard.hit(message.author.id):
            raise guarded
        if not question:
            await reply(message, embed=self.help_embed())
            return
        self.cooldown.check(message)
        answer = await self.bot.answering.ask(question, user_id=message.author.id,
                                              channel_id=message.channel.id)
        await self.bot.answering.send(message, answer, asker_id=message.author.id,
                                      key=Key.ask())


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ask(bot))  # type: ignore[arg-type]

