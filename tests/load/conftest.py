"""Fixtures for the load test: the Discord test harness of tests/discord, reused as is.

tests/discord is put on sys.path so its fake Discord (fake_discord.py), bot harness
(bot_harness.py) and question finder (discord_questions.py) are the very same modules
the Discord tests use; the two fixtures below mirror tests/discord/conftest.py's `fake`
and `launch` (a conftest cannot be imported from another folder).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "discord"))

import discord
import pytest
import yarl
from bot_harness import (
    TOKEN,
    Harness,
    assert_no_pings,
    make_settings,
    start_bot,
    stop_bot,
)
from discord.gateway import DiscordWebSocket
from fake_discord import FakeDiscord


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """The fake Discord on 127.0.0.1, with discord.py's REST base and gateway URL on it."""
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    yield server
    await server.stop()


@pytest.fixture
async def launch(fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
                 ) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """Start the real bot with some discord settings changed; after the test it is stopped
    and, as in tests/discord, nothing sent may ping and the token may never be logged."""
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
