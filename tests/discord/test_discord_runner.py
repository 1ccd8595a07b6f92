"""`python -m bot run` / `sync`, command sync on start, sharding, SIGHUP, the token."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import discord
import pytest
from bot_harness import TOKEN, Harness, stop_bot, until
from discord_questions import find_questions
from fake_discord import APP_ID, GUILD_ID, FakeDiscord

from bot.discord import network, render, runner
from bot.discord.client import ShardedNewsdeskBot
from bot.discord.syncstate import Synced, needs_push
from bot.settings import Settings

Launch = Callable[..., Awaitable[Harness]]
ROOT = Path(__file__).resolve().parents[2]
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
    # Docker users: a .env in the project does not reach the container.
    assert "docker run -e DISCORD_TOKEN=" in err and "--env-file .env" in err


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


def closed_port() -> int:
    """A local port nothing listens on: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def impatient(settings: Settings, attempts: int = 3) -> Settings:
    return dataclasses.replace(settings, discord=dataclasses.replace(
        settings.discord, connect_attempts=attempts, connect_backoff=0.01))


@pytest.mark.parametrize(("base", "says"), [
    ("http://127.0.0.1:{port}/api/v10", "the connection to 127.0.0.1 was refused"),
    ("http://discord.invalid/api/v10", "the DNS lookup of discord.invalid failed"),
])
@pytest.mark.parametrize("command", ["run", "sync"])
async def test_an_unreachable_discord_is_one_line_and_exit_status_3(
        settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        base: str, says: str, command: str) -> None:
    """A token, no route to Discord: retried with backoff, then one line, status 3."""
    monkeypatch.setattr(discord.http.Route, "BASE", base.format(port=closed_port()))
    monkeypatch.setenv(runner.TOKEN_VAR, TOKEN)
    settings = impatient(settings)
    call = (lambda: runner.run(settings)) if command == "run" else (
        lambda: runner.sync(settings, None))
    code = await asyncio.wait_for(asyncio.to_thread(call), 30)
    err = capsys.readouterr().err
    assert code == 3 == network.EXIT_UNREACHABLE
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines[-1] == (f"Cannot reach Discord after 3 attempts: {says}. Check the network "
                         "(DNS, firewall, proxy) and try again; exit status 3.")
    retries = [line for line in lines if "retrying in" in line]
    assert len(retries) == 2 and all(says in line for line in retries)
    assert len(lines) == 3  # two retries logged once each, the final line


def test_unreachable_through_the_cli_with_json_logs(tmp_path: Path) -> None:
    """`python -m bot run` itself: JSON log lines, one per record, then the one line."""
    port = closed_port()
    code = ("import sys, discord.http\n"
            f"discord.http.Route.BASE = 'http://127.0.0.1:{port}/api/v10'\n"
            "from bot.__main__ import main\n"
            "sys.exit(main(['run']))\n")
    env = {"PATH": "/usr/bin:/bin", runner.TOKEN_VAR: TOKEN, "BOT_LOGGING_FORMAT": "json",
           "BOT_DISCORD_CONNECT_ATTEMPTS": "4", "BOT_DISCORD_CONNECT_BACKOFF": "0.01",
           "BOT_PATHS_STORE": str(tmp_path / "store.sqlite3"),
           "BOT_PATHS_STATE": str(tmp_path / "state.sqlite3")}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, timeout=60,
                            capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    *logged, last = result.stderr.strip().splitlines()
    records = [json.loads(line) for line in logged]
    assert [r["message"].split(";")[0] for r in records] == [
        "cannot reach Discord: the connection to 127.0.0.1 was refused"] * 3
    assert all(r["level"] == "WARNING" and r["logger"] == "bot.discord.network"
               for r in records)
    assert last.startswith("Cannot reach Discord after 4 attempts")
    assert TOKEN not in result.stderr + result.stdout


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
    await until(h.bot.gateway_alive)  # what the heartbeat for `health` is written on
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
