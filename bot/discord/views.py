"""The buttons under an answer: Sources, paging, and "did you mean".

Sources is for everyone (the reply is ephemeral, so it changes nothing for others);
paging and "did you mean" edit the shared message, so only the asker may use them.
After `view_timeout` seconds the buttons are disabled rather than left dead.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from bot.discord.render import button_label, page_count, sources_embed
from bot.engine.answer import Answer

if TYPE_CHECKING:
    from bot.discord.answering import Answering

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
ASKER_ONLY = "Only the person who asked can use this button. Ask me yourself to get your own."


class AnswerView(ui.View):
    """Buttons for one answer; the ones that do not apply are removed in __init__."""

    def __init__(self, answering: Answering, answer: Answer, *, asker_id: int,
                 session: str | None, timeout: float, page: int = 0) -> None:
        super().__init__(timeout=timeout)
        self.answering, self.answer = answering, answer
        self.asker_id, self.session, self.page = asker_id, session, page
        self.pages = page_count(answer)
        self.message: Any = None  # Message, InteractionMessage or WebhookMessage
        if not answer.sources:
            self.remove_item(self.sources)
        if self.pages <= 1:
            self.remove_item(self.previous)
            self.remove_item(self.next)
        if answer.alternative:
            self.alternative.label = button_label(f"Did you mean: {answer.alternative}")
        else:
            self.remove_item(self.alternative)
        self._sync_pager()

    def _sync_pager(self) -> None:
        self.previous.disabled = self.page <= 0
        self.next.disabled = self.page >= self.pages - 1

    @property
    def asker_only(self) -> set[str]:
        return {self.previous.custom_id, self.next.custom_id, self.alternative.custom_id}

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        custom_id = (interaction.data or {}).get("custom_id")
        if custom_id in self.asker_only and interaction.user.id != self.asker_id:
            await interaction.response.send_message(ASKER_ONLY, ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
            return False
        return True

    async def on_timeout(self) -> None:
        """Grey the buttons out so nobody clicks a dead one."""
        for item in self.children:
            if isinstance(item, ui.Button):
                item.disabled = True
        if self.message is not None:
            # Deleted, or the interaction token expired: nothing left to update.
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)

    async def on_error(self, interaction: discord.Interaction, error: Exception,
                       item: ui.Item[Any]) -> None:
        await self.answering.bot.report_error(interaction, error)

    @ui.button(label="Sources", style=discord.ButtonStyle.secondary)
    async def sources(self, interaction: discord.Interaction, _: ui.Button[AnswerView]) -> None:
        """The full paragraphs behind the quotes, only for whoever pressed."""
        embed = sources_embed(self.answer, documents=self.answering.document,
                              paragraphs=self.answering.paragraph)
        await interaction.response.send_message(embed=embed, ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)

    @ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, _: ui.Button[AnswerView]) -> None:
        await self._turn(interaction, -1)

    @ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, _: ui.Button[AnswerView]) -> None:
        await self._turn(interaction, +1)

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.page = min(max(self.page + step, 0), self.pages - 1)
        self._sync_pager()
        await interaction.response.edit_message(embed=self.answering.embed(self.answer, self.page),
                                                view=self, allowed_mentions=NO_MENTIONS)

    @ui.button(label="Did you mean", style=discord.ButtonStyle.primary)
    async def alternative(self, interaction: discord.Interaction,
                          _: ui.Button[AnswerView]) -> None:
        """Answer the other reading in place of this one."""
        question = self.answer.alternative or ""
        answer = await self.answering.ask(question, user_id=interaction.user.id,
                                          channel_id=interaction.channel_id)
        view = self.answering.view(answer, asker_id=self.asker_id, session=self.session)
        await interaction.response.edit_message(
            embed=self.answering.embed(answer), view=view, allowed_mentions=NO_MENTIONS)
        self.stop()
        if interaction.message is not None:
            self.answering.memory.remember(interaction.message.id, answer)
            if view is not None:
                view.message = interaction.message
