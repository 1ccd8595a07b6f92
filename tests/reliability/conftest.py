"""Fixtures for the reliability tests: pristine copies of data/ and config/ with a store
built once, the real AnswerService over a per-test copy, and the real bot against the fake
Discord of tests/discord (reused, not modified)."""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DISCORD_TESTS = HERE.parent / "discord"
for folder in (HERE, DISCORD_TESTS):  # the fake Discord and its harness, as they are
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from bot_harness import Harness  # noqa: E402
from discord_fixtures import bots, fake  # noqa: E402, F401 - `fake` is a fixture
from fake_discord import FakeDiscord  # noqa: E402
from reliability_support import ROOT, Rig, make_rig  # noqa: E402

from bot.service import AnswerService  # noqa: E402
from bot.store.build import build_store  # noqa: E402


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/ and config/ as they were when the session began, and a store built from them.

    Copied once, so an edit made elsewhere while the tests run cannot change what they see.
    """
    root = tmp_path_factory.mktemp("pristine")
    shutil.copytree(ROOT / "data", root / "data", copy_function=shutil.copyfile)
    shutil.copytree(ROOT / "config", root / "config", copy_function=shutil.copyfile)
    build_store(root / "data", root / "config", root / "var" / "store.sqlite3")
    return root


@pytest.fixture
def rig(pristine: Path, tmp_path: Path) -> Rig:
    """Writable copies of data/, config/ and the built store in tmp_path."""
    return make_rig(pristine, tmp_path)


@pytest.fixture
def live(rig: Rig) -> AnswerService:
    """The real service over the rig's copies (its store is fresh, so nothing is built)."""
    return AnswerService.open(rig.settings)


@pytest.fixture
async def launch(fake: FakeDiscord, pristine: Path, tmp_path: Path,  # noqa: F811
                 caplog: pytest.LogCaptureFixture
                 ) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """Start the real bot over a rig; afterwards check that nothing sent could ping and
    that the token was never logged."""
    async with bots(fake, caplog,
                    lambda **o: make_rig(pristine, tmp_path, **o).settings) as start:
        yield start


@pytest.fixture
async def harness(launch: Callable[..., Awaitable[Harness]]) -> Harness:
    """The bot with a question budget no test here runs out of."""
    return await launch(cooldown_rate=10_000)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """runner.setup_logging adds handlers to the root logger; take them off again."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    for handler, kept in filters.items():
        handler.filters[:] = kept
    root.setLevel(level)
