"""Fixtures: the real AnswerService over a copy of data/ and config/, the real bot, and
a fake Discord on 127.0.0.1 that discord.py logs in to and connects its gateway to."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import discord
import pytest
import yarl
from bot_harness import TOKEN, Harness, assert_no_pings, make_settings, start_bot, stop_bot
from discord.gateway import DiscordWebSocket
from discord_questions import Questions, find_questions
from fake_discord import FakeDiscord

from bot.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """The fake Discord, with discord.py's REST base and gateway URL pointed at it."""
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    yield server
    await server.stop()


@pytest.fixture
async def launch(fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
                 ) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """Start the real bot with some discord settings changed; stopped after the test,
    which then checks that nothing sent could ping and the token was never logged."""
    caplog.set_level(logging.INFO)
    running: list[Harness] = []

    async def start(**discord_overrides: Any) -> Harness:
        settings = make_settings(tmp_path, **discord_overrides)
        bot, service, task = await start_bot(fake, settings)
        running.append(Harness(bot, fake, service, task))
        return running[-1]

    yield start
    for h in running:
        await stop_bot(h.bot, h.task)
    assert_no_pings(fake.calls)
    assert TOKEN not in caplog.text


@pytest.fixture
def q(harness: Harness) -> Questions:
    """Questions of each kind, found in the harness's data."""
    return find_questions(harness.service, harness.bot.settings.paths.config)


@pytest.fixture
async def harness(launch: Callable[..., Awaitable[Harness]]) -> Harness:
    """The real bot, logged in and connected to the fake Discord, in one guild."""
    return await launch()

