"""The buttons under an answer: Sources, paging and "did you mean", persistent.

Why: the buttons used to live in one in-memory view per message, so they died with the
process (and, past a cap, early). Each button is now a discord.py DynamicItem whose
custom_id (at most 100 characters) carries what its click needs, and the classes are
registered once (bot.add_dynamic_items in setup_hook): any button the bot ever sent works
after a restart, with nothing kept per message.

- **Sources** (anyone; the reply is ephemeral) carries the document slugs, paragraph
  numbers, a short hash of each paragraph's text and where each quote sits in it, and
  reads the paragraphs from the service's current data (a paragraph edited or renumbered
  since is "no longer available", never another one shown in its place).
- **Previous/Next** and **Did you mean** (the asker only: they edit the shared message)
  carry the asker, a page, a fingerprint of the answer and how to ask it again: "q" (the
  question, read back from the embed title the bot wrote), "b" + subject (/about) or
  "m" + place (/meetings), each after "@" + article slug + "/" when it was asked of one
  article (the `article` option or the server's default); "l" pages /articles. The
  answer is taken from the recent-answers memory when it is
  there, else asked again without conversation context; when the fingerprint does not
  match (a follow-up, or data that changed), the clicker is told to ask again instead of
  being shown another answer.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from bot.discord.render import button_label, notice_embed, page_count, sources_embed
from bot.engine.answer import Answer, Source

if TYPE_CHECKING:
    from bot.discord.answering import Answering

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
ASKER_ONLY = "Only the person who asked can use this button. Ask me yourself to get your own."
GONE = ("That answer is no longer available as it was (the article data changed, or it "
        "depended on an earlier question). Ask again for fresh buttons.")
SOURCE_GONE = "That source is no longer available: the article data changed since."

CUSTOM_ID_MAX = 100  # Discord's limit
_SLUG = re.compile(r"[A-Za-z0-9_-]{1,40}")
_SOURCE_REF = re.compile(r"(?P<para>\d{1,6})!(?P<tag>[0-9a-f]{4})"
                         r"(?:~(?P<at>[0-9a-z]{1,6})\+(?P<len>[0-9a-z]{1,6}))?")

ParagraphLookup = Callable[[str, int], "str | None"]


# --- what a custom_id carries ------------------------------------------------------------


def fingerprint(answer: Answer) -> str:
    """8 hex digits that change whenever anything shown for the answer does."""
    text = "\x00".join([answer.question, answer.text, "\x01".join(answer.items),
                        answer.alternative or ""])
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _units(text: str) -> int:
    """Length as Discord counts it (UTF-16 code units), never less than len()."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@dataclass(frozen=True, slots=True)
class Key:
    """How to get an answer again: "q" (the question in the embed title), "b" + subject
    (/about) or "m" + place (/meetings, empty for all), of one `article` or of all; or
    "l", the /articles listing."""

    kind: str
    argument: str = ""
    article: str | None = None

    @classmethod
    def ask(cls, article: str | None = None) -> Key:
        return cls("q", "", article)

    @classmethod
    def about(cls, subject: str, article: str | None = None) -> Key:
        return cls("b", subject, article)

    @classmethod
    def meetings(cls, where: str | None, article: str | None = None) -> Key:
        return cls("m", where or "", article)

    @classmethod
    def articles(cls) -> Key:
        return cls("l")

    def encode(self, budget: int) -> str:
        """[@article/] kind + argument within `budget`; an argument that does not fit
        falls back to the title (an unresolved subject is asked as a question, whose title
        it is), and an article that does not fit is left out (the button then finds the
        answer changed and says so, never showing another)."""
        if self.kind == "l":
            return "l"
        scope = f"@{_doc_token(self.article)}/" if self.article else ""
        text = self.kind + self.argument
        if self.kind == "q" or _units(scope + text) > budget or "\n" in self.argument:
            text = "q"
        return scope + text if _units(scope + text) <= budget else text


KEY_PATTERN = r"(?:@[A-Za-z0-9_#-]{1,40}/)?[qbml].*"


def split_key(key: str) -> tuple[str | None, str]:
    """(article token or None, the rest) of an encoded Key."""
    if key.startswith("@"):
        token, sep, rest = key[1:].partition("/")
        if sep:
            return token, rest
    return None, key


def article_of(token: str | None, documents: list[str]) -> str | None:
    """The slug a key's article token stands for among `documents`, else None."""
    if token is None:
        return None
    return next((d for d in documents if _doc_token(d) == token), None)


def _doc_token(slug: str) -> str:
    return slug if _SLUG.fullmatch(slug) else "#" + hashlib.sha256(
        slug.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def _tag(flat: str) -> str:
    """4 hex digits of a paragraph's text: a Sources button shows a paragraph only while
    it still reads as it did when cited (renumbered or edited paragraphs are "gone")."""
    return hashlib.sha256(flat.encode("utf-8", "surrogatepass")).hexdigest()[:4]


Ref = tuple[str, int, str, "tuple[int, int] | None"]  # doc token, paragraph, tag, quote span


def source_refs(answer: Answer, paragraphs: ParagraphLookup, budget: int) -> str | None:
    """The answer's cited paragraphs as 'slug:5!1a2b~2k+3f.7!0c9d;other:3!77e0' (number,
    text tag, where the quote sits) within `budget` characters: highlight spans dropped
    first, then the last paragraphs; None if none fit."""
    items: list[Ref] = []
    seen: set[tuple[str, int]] = set()
    for source in answer.sources:
        if (source.document, source.paragraph) in seen or source.paragraph < 0:
            continue
        seen.add((source.document, source.paragraph))
        text = paragraphs(source.document, source.paragraph)
        if not text:
            continue
        flat, needle = " ".join(text.split()), " ".join(source.quote.split())
        at = flat.find(needle) if needle else -1
        items.append((_doc_token(source.document), source.paragraph, _tag(flat),
                      (at, len(needle)) if at >= 0 else None))

    def render(chosen: list[Ref]) -> str:
        groups: dict[str, list[str]] = {}
        for token, para, tag, span in chosen:
            entry = f"{para}!{tag}" + (f"~{_base36(span[0])}+{_base36(span[1])}"
                                       if span else "")
            groups.setdefault(token, []).append(entry)
        return ";".join(f"{token}:{'.'.join(entries)}" for token, entries in groups.items())

    while items:
        text = render(items)
        if len(text) <= budget:
            return text
        spanned = [i for i, item in enumerate(items) if item[3] is not None]
        if spanned:
            token, para, tag, _ = items[spanned[-1]]
            items[spanned[-1]] = (token, para, tag, None)
        else:
            items.pop()
    return None


def read_refs(refs: str, documents: list[str], paragraphs: ParagraphLookup) -> list[Source]:
    """The paragraphs a Sources button cites, from the current data (each as a Source whose
    quote is the highlighted part, or empty); missing or changed ones are left out."""
    out: list[Source] = []
    for group in refs.split(";"):
        token, _, entries = group.partition(":")
        slug = token if not token.startswith("#") else next(
            (d for d in documents if _doc_token(d) == token), None)
        if slug is None:
            continue
        for entry in entries.split("."):
            match = _SOURCE_REF.fullmatch(entry)
            if match is None:
                continue
            number = int(match["para"])
            text = paragraphs(slug, number)
            flat = " ".join(text.split()) if text else ""
            if not flat or _tag(flat) != match["tag"]:
                continue
            quote = ""
            if match["at"] is not None:
                at, length = int(match["at"], 36), int(match["len"], 36)
                quote = flat[at:at + length] if at + length <= len(flat) else ""
            out.append(Source(slug, number, quote))
    return out


def unescape(title: str) -> str:
    """What render.safe() escaped, back as it was: the question under the title."""
    return re.sub(r"\\(.)", r"\1", title, flags=re.DOTALL).replace("\u200b", "")


# --- the buttons ----------------------------------------------------------------------


def _answering(interaction: discord.Interaction) -> Answering:
    return interaction.client.answering  # type: ignore[attr-defined, no-any-return]


async def _guarded(interaction: discord.Interaction, work: Awaitable[None]) -> None:
    """Run a click's work; an error goes to the one error handler (discord.py would only
    log it, and the clicker would see "This interaction failed")."""
    try:
        await work
    except Exception as exc:
        await interaction.client.report_error(interaction, exc)  # type: ignore[attr-defined]


async def _private(interaction: discord.Interaction, text: str) -> None:
    await interaction.response.send_message(embed=notice_embed(text), ephemeral=True,
                                            allowed_mentions=NO_MENTIONS)


async def recall(interaction: discord.Interaction, key: str, fp: str) -> Answer | None:
    """The answer a paging or "did you mean" button belongs to, or None when it cannot be
    had as it was shown."""
    answering = _answering(interaction)
    message = interaction.message
    if message is not None and (kept := answering.memory.get(message.id)) is not None \
            and fingerprint(kept.answer) == fp:
        return kept.answer
    service = answering.bot.service
    token, key = split_key(key)
    article = article_of(token, list(service.snapshot.documents))
    if token is not None and article is None:
        return None  # asked of an article that is no longer loaded
    kind, argument = key[:1], key[1:]
    if kind == "b":
        answer = service.about(argument, article)
    elif kind == "m":
        answer = service.meetings(argument or None, article)
    elif kind == "q":
        title = message.embeds[0].title if message is not None and message.embeds else None
        if not title:
            return None
        # no session: context is not kept that long
        answer = service.ask(unescape(title), article=article)
    else:
        return None
    return answer if fingerprint(answer) == fp else None


class SourcesButton(ui.DynamicItem[ui.Button[Any]],
                    template=r"nd:s:(?P<refs>[A-Za-z0-9_#;:.~+!-]{1,95})"):
    """The full paragraphs behind the quotes, only for whoever pressed."""

    def __init__(self, refs: str) -> None:
        super().__init__(ui.Button(label="Sources", style=discord.ButtonStyle.secondary,
                                   custom_id=f"nd:s:{refs}"))
        self.refs = refs

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: ui.Item[Any],
                             match: re.Match[str], /) -> SourcesButton:
        return cls(match["refs"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await _guarded(interaction, self._show(interaction))

    async def _show(self, interaction: discord.Interaction) -> None:
        answering = _answering(interaction)
        documents = list(answering.bot.service.snapshot.documents)
        sources = read_refs(self.refs, documents, answering.paragraph)
        if not sources:
            await _private(interaction, SOURCE_GONE)
            return
        embed = sources_embed(sources, documents=answering.document,
                              paragraphs=answering.paragraph)
        await interaction.response.send_message(embed=embed, ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)


class PageButton(ui.DynamicItem[ui.Button[Any]],
                 template=r"nd:p:(?P<dir>[pn])(?P<page>\d{1,3}):(?P<asker>\d{1,20}):"
                          rf"(?P<fp>[0-9a-f]{{8}}):(?P<key>{KEY_PATTERN})"):
    """Previous/Next: turn the shared answer's page (the asker only)."""

    def __init__(self, direction: str, page: int, asker: int, fp: str, key: str, *,
                 disabled: bool = False) -> None:
        label = "Previous" if direction == "p" else "Next"
        super().__init__(ui.Button(
            label=label, style=discord.ButtonStyle.secondary, disabled=disabled,
            custom_id=f"nd:p:{direction}{page}:{asker}:{fp}:{key}"))
        self.direction, self.page, self.asker, self.fp, self.key = \
            direction, page, asker, fp, key

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: ui.Item[Any],
                             match: re.Match[str], /) -> PageButton:
        return cls(match["dir"], int(match["page"]), int(match["asker"]), match["fp"],
                   match["key"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await _guarded(interaction, self._turn(interaction))

    async def _turn(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.asker:
            await _private(interaction, ASKER_ONLY)
            return
        if self.key == "l":
            await self._turn_articles(interaction)
            return
        answer = await recall(interaction, self.key, self.fp)
        if answer is None:
            await _private(interaction, GONE)
            return
        answering = _answering(interaction)
        step = -1 if self.direction == "p" else 1
        page = min(max(self.page + step, 0), page_count(answer) - 1)
        view = answer_view(answer, asker_id=self.asker, key_code=self.key, page=page,
                           paragraphs=answering.paragraph)
        await interaction.response.edit_message(embed=answering.embed(answer, page),
                                                view=view, allowed_mentions=NO_MENTIONS)

    async def _turn_articles(self, interaction: discord.Interaction) -> None:
        """/articles: the next or previous page of the articles loaded now (a reload since
        shows the current list, the page kept within it)."""
        answering = _answering(interaction)
        step = -1 if self.direction == "p" else 1
        embed, view = answering.articles(asker_id=self.asker, page=self.page + step,
                                         guild_id=interaction.guild_id)
        await interaction.response.edit_message(embed=embed, view=view,
                                                allowed_mentions=NO_MENTIONS)


class AlternativeButton(ui.DynamicItem[ui.Button[Any]],
                        template=r"nd:a:(?P<asker>\d{1,20}):(?P<fp>[0-9a-f]{8}):"
                                 rf"(?P<key>{KEY_PATTERN})"):
    """Did you mean: answer the other reading in place of this one (the asker only)."""

    def __init__(self, asker: int, fp: str, key: str, label: str = "Did you mean") -> None:
        super().__init__(ui.Button(label=label, style=discord.ButtonStyle.primary,
                                   custom_id=f"nd:a:{asker}:{fp}:{key}"))
        self.asker, self.fp, self.key = asker, fp, key

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: ui.Item[Any],
                             match: re.Match[str], /) -> AlternativeButton:
        return cls(int(match["asker"]), match["fp"], match["key"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await _guarded(interaction, self._switch(interaction))

    async def _switch(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.asker:
            await _private(interaction, ASKER_ONLY)
            return
        shown = await recall(interaction, self.key, self.fp)
        if shown is None or not shown.alternative:
            await _private(interaction, GONE)
            return
        answering = _answering(interaction)
        token, _ = split_key(self.key)
        article = article_of(token, list(answering.bot.service.snapshot.documents))
        answer = await answering.ask(shown.alternative, user_id=interaction.user.id,
                                     channel_id=interaction.channel_id, article=article)
        view = answering.view(answer, asker_id=self.asker, key=Key.ask(article))
        await interaction.response.edit_message(embed=answering.embed(answer), view=view,
                                                allowed_mentions=NO_MENTIONS)
        answering.replied()
        if interaction.message is not None:
            answering.memory.remember(interaction.message.id, answer)


BUTTONS: tuple[type[ui.DynamicItem[Any]], ...] = (SourcesButton, PageButton, AlternativeButton)


def answer_view(answer: Answer, *, asker_id: int, key_code: str, page: int,
                paragraphs: ParagraphLookup) -> ui.View | None:
    """The buttons that fit this answer (None when none do), each custom_id within 100."""
    view = ui.View(timeout=None)  # nothing to time out: the buttons hold no state
    if answer.sources:
        refs = source_refs(answer, paragraphs, CUSTOM_ID_MAX - len("nd:s:"))
        if refs:
            view.add_item(SourcesButton(refs))
    fp = fingerprint(answer)
    pages = page_count(answer)
    if 1 < pages <= 999:
        for direction, disabled in (("p", page <= 0), ("n", page >= pages - 1)):
            pager = PageButton(direction, page, asker_id, fp, key_code, disabled=disabled)
            if len(pager.custom_id) <= CUSTOM_ID_MAX:
                view.add_item(pager)
    if answer.alternative:
        other = AlternativeButton(asker_id, fp, key_code,
                                  button_label(f"Did you mean: {answer.alternative}"))
        if len(other.custom_id) <= CUSTOM_ID_MAX:
            view.add_item(other)
    return view if view.children else None


def pager_view(*, asker_id: int, fp: str, key_code: str, page: int, pages: int
               ) -> ui.View | None:
    """Previous/Next alone (the /articles listing), None for a single page."""
    if not 1 < pages <= 999:
        return None
    view = ui.View(timeout=None)
    for direction, disabled in (("p", page <= 0), ("n", page >= pages - 1)):
        view.add_item(PageButton(direction, page, asker_id, fp, key_code, disabled=disabled))
    return view


def key_budget(asker_id: int) -> int:
    """Characters left for a Key in the longest custom_id (a pager's, page 999)."""
    return CUSTOM_ID_MAX - len(f"nd:p:n999:{asker_id}:00000000:")
