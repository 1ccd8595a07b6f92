"""`python -m bot run` / `sync`, command sync on start, sharding, SIGHUP, the token."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from bot_harness import TOKEN, Harness, stop_bot, until
from discord_questions import find_questions
from fake_discord import APP_ID, GUILD_ID, FakeDiscord

from bot.discord import render, runner
from bot.discord.client import ShardedNewsdeskBot
from bot.discord.syncstate import Synced, needs_push
from bot.settings import Settings

Launch = Callable[..., Awaitable[Harness]]
MANAGE_GUILD = str(1 << 5)


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """runner.setup_logging adds handlers to the root logger; take them off again."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture
def no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(runner.TOKEN_VAR, raising=False)


def test_run_without_a_token_says_how_to_set_one_and_try_offline(
        settings: Settings, no_token: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert runner.run(settings) == 2
    assert runner.sync(settings, None) == 2
    err = capsys.readouterr().err
    assert "DISCORD_TOKEN" in err and "python -m bot chat" in err
    assert str(settings.paths.config.parent / ".env") in err


def test_token_from_the_environment_or_the_env_file(
        settings: Settings, no_token: None, monkeypatch: pytest.MonkeyPatch) -> None:
    env = settings.paths.config.parent / ".env"
    env.write_text("# secrets\nOTHER=1\nexport DISCORD_TOKEN='from-file'  \n", encoding="utf-8")
    assert runner.find_token(settings) == "from-file"
    env.write_text("DISCORD_TOKEN=abc.def # comment\n", encoding="utf-8")
    assert runner.find_token(settings) == "abc.def"
    monkeypatch.setenv(runner.TOKEN_VAR, "from-env")
    assert runner.find_token(settings) == "from-env"


async def test_run_logs_in_connects_and_never_logs_the_token(
        fake: FakeDiscord, settings: Settings, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    """The real run(): login, setup_hook, gateway IDENTIFY; the fake then refuses the
    message content intent as Discord does when it is off in the portal."""
    caplog.set_level(logging.DEBUG)
    fake.valid_token = TOKEN
    fake.allow_message_content = False
    monkeypatch.setenv(runner.TOKEN_VAR, TOKEN)
    code = await asyncio.wait_for(asyncio.to_thread(runner.run, settings), 30)
    out, err = capsys.readouterr()
    assert code == 1
    assert "Message Content Intent" in err
    assert fake.identifies and fake.identifies[0]["token"] == TOKEN  # it did use it
    intents = int(fake.identifies[0]["intents"])
    assert intents == (1 << 0) | (1 << 9) | (1 << 15)  # guilds, guild messages, content
    assert TOKEN not in out + err
    assert TOKEN not in caplog.text
    assert "logging in using static token" in caplog.text


async def test_a_refused_token_is_reported_without_echoing_it(
        fake: FakeDiscord, settings: Settings, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake.valid_token = "the-right-one"
    monkeypatch.setenv(runner.TOKEN_VAR, TOKEN)
    code = await asyncio.wait_for(asyncio.to_thread(runner.run, settings), 30)
    out, err = capsys.readouterr()
    assert code == 1 and "refused the token" in err
    assert TOKEN not in out + err + caplog.text


def test_the_redact_filter_masks_the_token_in_any_record() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "sent %s", (TOKEN,), None)
    runner.RedactFilter(TOKEN).filter(record)
    assert TOKEN not in record.getMessage() and "[token]" in record.getMessage()


async def test_sync_command_pushes_to_one_guild(
        fake: FakeDiscord, settings: Settings, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(runner.TOKEN_VAR, TOKEN)
    code = await asyncio.wait_for(asyncio.to_thread(runner.sync, settings, GUILD_ID), 30)
    assert code == 0
    puts = [c for c in fake.calls if c.method == "PUT"]
    assert [c.path for c in puts] == [f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"]
    assert f"guild {GUILD_ID}" in capsys.readouterr().out


def command_calls(fake: FakeDiscord, method: str) -> list[str]:
    return [c.path for c in fake.calls if c.method == method and c.path.endswith("/commands")]


async def test_setup_hook_syncs_only_when_discord_lacks_the_command_set(
        fake: FakeDiscord, launch: Launch) -> None:
    first = await launch()
    assert command_calls(fake, "GET") == [f"/applications/{APP_ID}/commands"]
    assert command_calls(fake, "PUT") == [f"/applications/{APP_ID}/commands"]
    commands = {c["name"]: c for c in fake.synced["global"]}
    assert {"ask", "about", "meetings", "help", "reload", "unanswered",
            "Why this answer"} <= set(commands)
    for name in ("reload", "unanswered", "Why this answer"):
        assert str(commands[name]["default_member_permissions"]) == MANAGE_GUILD
    assert commands["ask"].get("default_member_permissions") is None
    assert commands["Why this answer"]["type"] == 3  # a message context menu
    await stop_bot(first.bot, first.task)

    second = await launch()  # Discord has them: one GET, no PUT
    assert command_calls(fake, "GET") == [f"/applications/{APP_ID}/commands"] * 2
    assert command_calls(fake, "PUT") == [f"/applications/{APP_ID}/commands"]
    await stop_bot(second.bot, second.task)

    await launch(dev_guild_id=GUILD_ID)  # a new scope: synced there
    assert command_calls(fake, "PUT")[1:] == [
        f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"]


async def test_a_start_against_a_fresh_application_registers_the_commands(
        fake: FakeDiscord, launch: Launch) -> None:
    """The same checkout and var/ (state kept), another application: its commands are
    pushed, because the state is per application and Discord is asked."""
    first = await launch()
    await stop_bot(first.bot, first.task)
    fake.app_id = APP_ID + 1000  # a new application in the portal, with no commands
    h = await launch()
    new = f"/applications/{APP_ID + 1000}/commands"
    assert command_calls(fake, "GET")[-1] == new
    assert command_calls(fake, "PUT") == [f"/applications/{APP_ID}/commands", new]
    assert {"ask", "reload", "Why this answer"} <= {c["name"] for c in fake.synced["global"]}
    # ...and the commands work there: a slash command is answered.
    question = find_questions(h.service, h.bot.settings.paths.config).answered
    mark = h.mark
    await fake.slash("ask", {"question": question})
    [call] = await h.reply_to(mark)
    assert call.json["data"]["embeds"][0]["title"] == render.safe(question)


async def test_commands_cleared_on_discord_are_registered_again(
        fake: FakeDiscord, launch: Launch) -> None:
    first = await launch()
    await stop_bot(first.bot, first.task)
    fake.registered.clear()  # removed in the portal, or by another deployment
    await launch()
    assert command_calls(fake, "PUT") == [f"/applications/{APP_ID}/commands"] * 2


async def test_no_push_when_discord_already_has_the_commands_and_state_is_new(
        fake: FakeDiscord, launch: Launch, settings: Settings) -> None:
    """A lost or older state database: Discord's answer (ids, defaults, permissions as
    strings) is compared in a normalised shape, so the same set is not pushed again."""
    first = await launch()
    await stop_bot(first.bot, first.task)
    settings.paths.state.unlink()
    await launch()
    assert command_calls(fake, "PUT") == [f"/applications/{APP_ID}/commands"]


def test_needs_push_decides_from_discord_and_the_last_push() -> None:
    last = Synced("L", "R")
    assert needs_push("L", "S", "R", last) is False  # nothing changed anywhere
    assert needs_push("L", "S", "S", None) is False  # Discord has it, no state yet
    assert needs_push("L", "S", "X", last) is True  # changed or cleared on Discord
    assert needs_push("L2", "S", "S", last) is True  # a change only the full payload shows
    assert needs_push("L2", "S2", "R", last) is True  # a local change
    assert needs_push("L", "S", None, last) is False  # Discord unreadable: the last push
    assert needs_push("L", "S", None, None) is True
    assert needs_push("L2", "S", None, last) is True


async def test_shard_settings_make_an_auto_sharded_bot_that_answers(
        fake: FakeDiscord, launch: Launch) -> None:
    h = await launch(shard_count=1)
    question = find_questions(h.service, h.bot.settings.paths.config).answered
    assert isinstance(h.bot, ShardedNewsdeskBot)
    assert fake.identifies[-1]["shard"] == [0, 1]
    mark = h.mark
    await fake.send_message(f"!ask {question}")
    [call] = await h.reply_to(mark)
    assert call.message["embeds"][0]["title"] == render.safe(question)


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="Unix only")
async def test_sighup_reloads_and_sigterm_closes(harness: Harness, caplog: pytest.LogCaptureFixture
                                       ) -> None:
    loop = asyncio.get_running_loop()
    runner._install_signals(harness.bot)
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        await until(lambda: "reload (SIGHUP) done" in caplog.text, timeout=10)
        assert not harness.bot.is_closed()
        os.kill(os.getpid(), signal.SIGTERM)
        await until(harness.bot.is_closed, timeout=10)
    finally:
        loop.remove_signal_handler(signal.SIGHUP)
        loop.remove_signal_handler(signal.SIGTERM)


def test_docs_invite_url_has_the_computed_permissions() -> None:
    import discord

    perms = discord.Permissions(send_messages=True, embed_links=True,
                                read_message_history=True, use_application_commands=True)
    docs = (Path(__file__).resolve().parents[2] / "docs" / "discord.md").read_text("utf-8")
    assert f"permissions={perms.value}" in docs
    assert "scope=bot+applications.commands" in docs
