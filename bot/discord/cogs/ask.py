"""Members' commands: ask, about, meetings, help, and questions addressed by @mention."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.answering import reply
from bot.discord.articles import catalogue, choices, resolve
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
FREE = frozenset({"help", "articles"})
ARTICLE_HELP = "Only this article (a slug; see /articles). Default: the server's, else the best fit"


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

    # `article` comes after the rest-of-message argument, so the prefix forms never take
    # it (they use the server's default); `usage` keeps it out of their usage line.
    @commands.hybrid_command(usage="<question>")  # type: ignore[arg-type]  # see module note
    @app_commands.describe(question="Your question about the article", article=ARTICLE_HELP)
    async def ask(self, ctx: commands.Context[Any], *, question: str,
                  article: str | None = None) -> None:
        """Ask a question about the articles. Follow-ups such as "and where?" work too."""
        slug = self.article_for(ctx.guild, article)
        answer = await self.bot.answering.ask(question, user_id=ctx.author.id,
                                              channel_id=ctx.channel.id, article=slug)
        await self.bot.answering.send(ctx, answer, asker_id=ctx.author.id, key=Key.ask(slug))

    @ask.autocomplete("article")
    async def ask_article(self, interaction: discord.Interaction, current: str
                          ) -> list[app_commands.Choice[str]]:
        return self._article_choices(current)

    @commands.hybrid_command(usage="<name>")  # type: ignore[arg-type]  # see module note
    @app_commands.describe(subject="A person, country, place, organisation or event",
                           article=ARTICLE_HELP)
    async def about(self, ctx: commands.Context[Any], *, subject: str,
                    article: str | None = None) -> None:
        """Everything the articles say about one person, country, place or event."""
        slug = self.article_for(ctx.guild, article)
        answer = await self.bot.answering.about(subject, slug)
        await self.bot.answering.send(ctx, answer, asker_id=ctx.author.id,
                                      key=Key.about(subject, slug))

    @about.autocomplete("subject")
    async def about_subject(self, interaction: discord.Interaction, current: str
                            ) -> list[app_commands.Choice[str]]:
        return self._choices(current, ABOUT_KINDS)

    @about.autocomplete("article")
    async def about_article(self, interaction: discord.Interaction, current: str
                            ) -> list[app_commands.Choice[str]]:
        return self._article_choices(current)

    @commands.hybrid_command(usage="[place]")  # type: ignore[arg-type]  # see module note
    @app_commands.describe(where="Only meetings at this place or occasion (optional)",
                           article=ARTICLE_HELP)
    async def meetings(self, ctx: commands.Context[Any], *, where: str | None = None,
                       article: str | None = None) -> None:
        """Who met whom, optionally only at one place or occasion."""
        slug = self.article_for(ctx.guild, article)
        answer = await self.bot.answering.meetings(where or None, slug)
        await self.bot.answering.send(ctx, answer, asker_id=ctx.author.id,
                                      key=Key.meetings(where or None, slug))

    @meetings.autocomplete("where")
    async def meetings_where(self, interaction: discord.Interaction, current: str
                             ) -> list[app_commands.Choice[str]]:
        return self._choices(current, WHERE_KINDS)

    @meetings.autocomplete("article")
    async def meetings_article(self, interaction: discord.Interaction, current: str
                               ) -> list[app_commands.Choice[str]]:
        return self._article_choices(current)

    @commands.hybrid_command()  # type: ignore[arg-type]  # see module note
    async def articles(self, ctx: commands.Context[Any]) -> None:
        """The articles I answer from: title, outlet, date, subject and facts of each."""
        embed, view = self.bot.answering.articles(
            asker_id=ctx.author.id, guild_id=ctx.guild.id if ctx.guild else None)
        kwargs: dict[str, Any] = {"embed": embed, "ephemeral": ctx.interaction is not None}
        if view is not None:
            kwargs["view"] = view
        await reply(ctx, **kwargs)

    def article_for(self, guild: discord.Guild | None, value: str | None) -> str | None:
        """The slug a command's `article` option names (UnknownArticle when none is
        loaded by that name), else the guild's default, else None: every article."""
        if value is not None and value.strip():
            return resolve(catalogue(self.bot.service, facts=False), value)
        return self.bot.answering.default_article(guild.id if guild else None)

    def _article_choices(self, current: str) -> list[app_commands.Choice[str]]:
        """Articles by title for the `article` option, typo-tolerant; never raises."""
        try:
            rows = catalogue(self.bot.service, facts=False)
            found = choices(rows, current[:100], AUTOCOMPLETE_MAX)
        except Exception:
            log.exception("article autocomplete failed")
            return []
        return [app_commands.Choice(name=name, value=slug) for name, slug in found]

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
            f"Ask about the articles in plain words: `/ask`, `{p}ask <question>`, or mention me "
            f"first: {me} `<question>`. Follow-ups in the same channel keep the context for a "
            f"while (\"and when?\").\n"
            f"You can ask {d.cooldown_rate} questions every {d.cooldown_per:g} s."))
        embed.add_field(name="Commands", inline=False, value="\n".join([
            f"`/ask` · `{p}ask <question>`: answer a question, with quotes",
            f"`/about` · `{p}about <name>`: everything about a person, place or event",
            f"`/meetings` · `{p}meetings [place]`: who met whom, optionally where",
            f"`/articles` · `{p}articles`: the articles I answer from",
            "`article:` on `/ask`, `/about`, `/meetings`: only that article",
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
        slug = self.article_for(message.guild, None)
        answer = await self.bot.answering.ask(question, user_id=message.author.id,
                                              channel_id=message.channel.id, article=slug)
        await self.bot.answering.send(message, answer, asker_id=message.author.id,
                                      key=Key.ask(slug))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ask(bot))  # type: ignore[arg-type]

