"""The fake Discord fixture and the bot launcher, shared by tests/discord, tests/load and
tests/reliability (each conftest imports them; a conftest cannot import another)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import discord
import pytest
import yarl
from bot_harness import (
    TOKEN,
    Harness,
    assert_components_fit,
    assert_no_pings,
    start_bot,
    stop_bot,
)
from discord.gateway import DiscordWebSocket
from fake_discord import FakeDiscord

from bot.settings import Settings


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """The fake Discord, with discord.py's REST base and gateway URL pointed at it."""
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    yield server
    await server.stop()


@asynccontextmanager
async def bots(fake: FakeDiscord, caplog: pytest.LogCaptureFixture,
               settings_for: Callable[..., Settings]
               ) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """Start real bots (settings from `settings_for(**discord_overrides)`); afterwards stop
    them and check that nothing sent could ping, every button's custom_id fits and the
    token was never logged."""
    caplog.set_level(logging.INFO)
    running: list[Harness] = []

    async def start(**discord_overrides: Any) -> Harness:
        bot, service, task = await start_bot(fake, settings_for(**discord_overrides))
        running.append(Harness(bot, fake, service, task))
        return running[-1]

    try:
        yield start
    finally:
        for h in running:
            await stop_bot(h.bot, h.task)
    assert_no_pings(fake.calls)
    assert_components_fit(fake.calls)
    assert TOKEN not in caplog.text
