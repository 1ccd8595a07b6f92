"""Fixtures for the load test: the Discord test harness of tests/discord, reused as is.

tests/discord is put on sys.path so its fake Discord (fake_discord.py), bot harness
(bot_harness.py) and question finder (discord_questions.py) are the very same modules
the Discord tests use, with the shared `fake` fixture and bot launcher of
discord_fixtures.py.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "discord"))

import pytest
from bot_harness import Harness, make_settings
from discord_fixtures import bots, fake  # noqa: F401 - `fake` is a fixture
from fake_discord import FakeDiscord


@pytest.fixture
async def launch(fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture  # noqa: F811
                 ) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """Start the real bot with some discord settings changed; after the test it is stopped
    and, as in tests/discord, nothing sent may ping and the token may never be logged."""
    async with bots(fake, caplog, lambda **o: make_settings(tmp_path, **o)) as start:
        yield start
