"""The token (from the environment or from a .env file) never appears in any log line, at
DEBUG and including discord.py's and the tracebacks of errors, nor in any reply, even when
an exception carrying it is raised inside a command."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path

import discord
import pytest
from bot_harness import TOKEN, until
from fake_discord import BOT_ID, CHANNEL_ID, FakeDiscord
from reliability_support import make_rig

from bot.discord import client as client_module
from bot.discord import runner
from bot.discord.cogs.errors import SOMETHING_WRONG
from bot.secrets import TOKEN_VAR, find_token
from bot.service import AnswerService


def formatted(record: logging.LogRecord) -> list[str]:
    """The record as a plain and as discord.py's coloured formatter would write it."""
    out = [logging.Formatter().format(record)]
    colour = getattr(discord.utils, "_ColourFormatter", None)
    if colour is not None:
        out.append(colour().format(record))
    return out


@pytest.mark.parametrize("source", ["environment", "env-file"])
async def test_the_token_never_reaches_logs_or_replies(
        source: str, fake: FakeDiscord, pristine: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str], restore_logging: None) -> None:
    settings = make_rig(pristine, tmp_path, cooldown_rate=10_000).settings
    fake.valid_token = TOKEN  # any other token gets a 401
    monkeypatch.delenv(TOKEN_VAR, raising=False)
    if source == "environment":
        monkeypatch.setenv(TOKEN_VAR, TOKEN)
    else:
        (settings.paths.config.parent / ".env").write_text(
            f"# secrets\nexport {TOKEN_VAR}='{TOKEN}'\n", encoding="utf-8")
    assert find_token(settings) == TOKEN

    # Everything at DEBUG, discord.py included, through the runner's own logging setup.
    caplog.set_level(logging.DEBUG)
    setup = runner.setup_logging

    def setup_at_debug(token: str | None, settings: object = None) -> None:
        setup(token, settings)  # type: ignore[arg-type]
        logging.getLogger().setLevel(logging.DEBUG)

    monkeypatch.setattr(runner, "setup_logging", setup_at_debug)
    bots: list[discord.Client] = []
    create = client_module.create_bot

    def keep(*args: object, **kwargs: object) -> object:
        bots.append(create(*args, **kwargs))  # type: ignore[arg-type]
        return bots[-1]

    monkeypatch.setattr(client_module, "create_bot", keep)

    def explode(self: AnswerService, question: str, session: str | None = None,
                article: str | None = None) -> None:
        try:
            raise ValueError(f"upstream refused Authorization: Bot {TOKEN}")
        except ValueError as cause:
            raise RuntimeError(f"could not answer; token={TOKEN}") from cause

    monkeypatch.setattr(AnswerService, "ask", explode)

    running = asyncio.create_task(asyncio.to_thread(runner.run, settings))
    await asyncio.wait_for(fake.guild_ready.wait(), 20)
    bot = bots[0]
    await until(lambda: bot.get_channel(CHANNEL_ID) is not None, timeout=10)
    mark = len(fake.calls)
    await fake.send_message("!ask who did the president meet?")
    await fake.slash("ask", {"question": "who did the president meet?"})
    await fake.send_message(f"<@{BOT_ID}> who did the president meet?")
    replies = await fake.wait_for(lambda c: c.message is not None, count=3, after=mark,
                                  timeout=10)
    # Stop as SIGTERM would (signal handlers only work in the main thread; run() is not).
    bot.loop.call_soon_threadsafe(lambda: bot.loop.create_task(bot.close()))
    assert await asyncio.wait_for(running, 20) == 0
    out, err = capsys.readouterr()

    assert fake.identifies[0]["token"] == TOKEN  # the token was used...
    for call in replies:  # ...the user saw one short line...
        [embed] = call.message["embeds"]
        assert embed["description"] == SOMETHING_WRONG
    for call in fake.calls:  # ...and no request body carried the token
        assert TOKEN not in json.dumps(call.json)
    # The trace was logged, with the token masked, in every handler's output.
    assert "Traceback" in caplog.text and "token=[token]" in caplog.text
    assert "Bot [token]" in caplog.text  # the chained cause, masked too
    assert "Traceback" in err
    assert any(r.name.startswith("discord.") and r.levelno == logging.DEBUG
               for r in caplog.records), "discord.py's DEBUG records were not captured"
    assert TOKEN not in caplog.text
    assert TOKEN not in out + err
    for record in caplog.records:
        for line in formatted(record):
            assert TOKEN not in line, record.name


def test_the_redact_filter_masks_a_traceback_for_every_formatter() -> None:
    try:
        raise RuntimeError(f"failed with {TOKEN}")
    except RuntimeError:
        record = logging.getLogger("x").makeRecord(
            "x", logging.ERROR, __file__, 1, "oops %s", (TOKEN,), sys.exc_info(),
            sinfo=f"Stack (most recent call last):\n  {TOKEN}")
    runner.RedactFilter(TOKEN).filter(record)
    for line in formatted(record):
        assert TOKEN not in line and "[token]" in line and "RuntimeError" in line
