"""Fixtures: the real AnswerService over a copy of data/ and config/, the real bot, and
a fake Discord on 127.0.0.1 that discord.py logs in to and connects its gateway to."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from bot_harness import Harness, make_desk_settings, make_settings
from discord_fixtures import bots, fake  # noqa: F401 - `fake` is a fixture
from discord_questions import Questions, find_questions
from fake_discord import FakeDiscord

from bot.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
async def launch(fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture  # noqa: F811
                 ) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """Start the real bot with some discord settings changed; stopped after the test,
    which then checks that nothing sent could ping and the token was never logged."""
    async with bots(fake, caplog, lambda **o: make_settings(tmp_path, **o)) as start:
        yield start


@pytest.fixture
def q(harness: Harness) -> Questions:
    """Questions of each kind, found in the harness's data."""
    return find_questions(harness.service, harness.bot.settings.paths.config)


@pytest.fixture
async def harness(launch: Callable[..., Awaitable[Harness]]) -> Harness:
    """The real bot, logged in and connected to the fake Discord, in one guild."""
    return await launch()



@pytest.fixture
async def launch_desk(fake: FakeDiscord, tmp_path: Path,  # noqa: F811
                      caplog: pytest.LogCaptureFixture
                      ) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """launch() over two articles: the shipped one and tests/fixtures/second's."""
    async with bots(fake, caplog, lambda **o: make_desk_settings(tmp_path, **o)) as start:
        yield start


@pytest.fixture
async def desk(launch_desk: Callable[..., Awaitable[Harness]]) -> Harness:
    """The real bot answering from two articles, no guild default."""
    return await launch_desk()
