"""The real bot against the fake Discord: start, stop, and what every test checks."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
from fake_discord import CHANNEL_ID, GUILD_ID, MOD_ROLE_ID, Call, FakeDiscord

from bot.discord.client import NewsdeskBot, ShardedNewsdeskBot, create_bot
from bot.service import AnswerService
from bot.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "MTAxNTk5.fake-token.NEVER-LOG-ME-abcdefghijklmnop"


def make_settings(tmp_path: Path, **discord_overrides: Any) -> Settings:
    """The project's settings with data/config copied to tmp_path and store/state there."""
    data, config = tmp_path / "data", tmp_path / "config"
    if not data.exists():
        # copyfile, not copy2: the repo's files may be read-only and tests edit the copies.
        shutil.copytree(ROOT / "data", data, copy_function=shutil.copyfile)
        shutil.copytree(ROOT / "config", config, copy_function=shutil.copyfile)
    base = load_settings(ROOT / "config" / "settings.yaml")
    d = dataclasses.replace(base.discord, **{
        "prefix": "!", "cooldown_rate": 5, "cooldown_per": 30.0,
        "moderator_role_ids": (MOD_ROLE_ID,), "dev_guild_id": None, "shard_count": None,
        "shard_ids": None, **discord_overrides})
    paths = dataclasses.replace(base.paths, data=data, config=config,
                                store=tmp_path / "var" / "store.sqlite3",
                                state=tmp_path / "var" / "state.sqlite3")
    return dataclasses.replace(base, discord=d, paths=paths)


SECOND = ROOT / "tests" / "fixtures" / "second" / "data"
SECOND_SLUG = "ribeiro-asia-pacific"
# The desk's copy gives the second article a url (the fixture has none), with parentheses
# a masked link must not end at.
SECOND_URL = "https://example.org/news/ribeiro-(tour)"


def make_desk_settings(tmp_path: Path, **discord_overrides: Any) -> Settings:
    """make_settings() over a news desk: the shipped data/ plus the second article of
    tests/fixtures/second (its articles/, facts/ and entities/), with a url."""
    data = tmp_path / "data"
    if not data.exists():
        shutil.copytree(ROOT / "data", data, copy_function=shutil.copyfile)
        shutil.copytree(SECOND, data, dirs_exist_ok=True, copy_function=shutil.copyfile)
        shutil.copytree(ROOT / "config", tmp_path / "config", copy_function=shutil.copyfile)
        meta = data / "articles" / f"{SECOND_SLUG}.yaml"
        text = meta.read_text(encoding="utf-8")
        assert "\nurl: null" in text
        meta.write_text(text.replace("\nurl: null", f'\nurl: "{SECOND_URL}"', 1),
                        encoding="utf-8")
    return make_settings(tmp_path, **discord_overrides)


@dataclass
class Harness:
    """A running bot and the fake Discord it talks to."""

    bot: NewsdeskBot | ShardedNewsdeskBot
    fake: FakeDiscord
    service: AnswerService
    task: asyncio.Task[None]

    @property
    def mark(self) -> int:
        """Index to pass as `after=` so only calls made from now on count."""
        return len(self.fake.calls)

    async def reply_to(self, after: int, *, count: int = 1, timeout: float = 5.0
                       ) -> list[Call]:
        """The bot's message-bearing calls (sends, interaction replies, follow-ups, edits)."""
        return await self.fake.wait_for(lambda c: c.message is not None, count=count,
                                        after=after, timeout=timeout)

    def sent_message(self, call: Call) -> dict[str, Any]:
        """The message object the fake stored for a send or an interaction reply."""
        if call.route.endswith("/callback"):
            inter = self.fake.interactions[call.path.split("/")[3]]
            mid = self.fake.originals[inter["token"]]
            return self.fake.messages[mid]
        sent = [m for m in self.fake.messages.values() if m.get("embeds") == call.json.get(
            "embeds") and m.get("content") == (call.json.get("content") or "")]
        return sent[-1]


async def until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.01)


async def start_bot(fake: FakeDiscord, settings: Settings, **options: Any
                    ) -> tuple[NewsdeskBot | ShardedNewsdeskBot, AnswerService,
                               asyncio.Task[None]]:
    service = AnswerService.open(settings)
    bot = create_bot(settings, service, **options)
    task = asyncio.create_task(bot.start(TOKEN))
    ready = asyncio.create_task(fake.guild_ready.wait())
    done, _ = await asyncio.wait({task, ready}, timeout=10,
                                 return_when=asyncio.FIRST_COMPLETED)
    if task in done:  # start() ended early: show why
        ready.cancel()
        await bot.close()
        task.result()
    assert ready in done, "the bot did not connect to the fake gateway"
    await until(lambda: bot.get_guild(GUILD_ID) is not None
                and bot.get_channel(CHANNEL_ID) is not None)
    return bot, service, task


async def stop_bot(bot: discord.Client, task: asyncio.Task[None]) -> None:
    await bot.close()
    with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed):
        await asyncio.wait_for(task, 5)


def assert_no_pings(calls: list[Call]) -> None:
    """Every payload that can carry text must forbid every kind of ping."""
    for call in calls:
        msg = call.message
        if msg is None or not (msg.get("content") or msg.get("embeds")):
            continue
        mentions = msg.get("allowed_mentions")
        assert mentions is not None, f"{call.route} sent without allowed_mentions"
        assert mentions.get("parse") == [], f"{call.route}: {mentions}"
        assert not mentions.get("users") and not mentions.get("roles"), call.route
        assert not mentions.get("replied_user"), call.route




def assert_components_fit(calls: list[Call]) -> None:
    """Every button sent has a custom_id Discord accepts (1-100 characters) and a label
    within 80: the persistent buttons carry their state in that id."""
    for call in calls:
        msg = call.message
        for row in (msg or {}).get("components") or []:
            for comp in row.get("components", []):
                if comp.get("type") != 2:
                    continue
                custom_id = comp.get("custom_id") or ""
                assert 1 <= len(custom_id.encode("utf-16-le")) // 2 <= 100, custom_id
                assert 1 <= len(comp.get("label") or "") <= 80, comp
