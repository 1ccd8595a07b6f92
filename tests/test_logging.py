"""Logging: exactly one handler, so one line per record; optional JSON lines; the token
masked in both formats."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import HANDLER_NAME, configure_logging

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _restore_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


def ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h.get_name() == HANDLER_NAME]


def emit_some() -> int:
    """Records from discord.py's loggers and ours, one with a traceback; how many."""
    logging.getLogger("discord.gateway").info("Shard ID %s has connected", None)
    logging.getLogger("discord.client").warning("logging in using static token")
    logging.getLogger("bot.discord.client").info("synced %d slash commands", 7)
    try:
        raise ValueError("boom\nwith a second line")
    except ValueError:
        logging.getLogger("bot.x").exception("failed")
    return 4


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_one_handler_whatever_configured_it_before(fmt: str) -> None:
    """The CLI configures logging, then `run` again (the duplicate-line bug: basicConfig
    plus discord.py's setup_logging both on the root logger)."""
    configure_logging(logging.WARNING, "text")
    stream = io.StringIO()
    configure_logging("INFO", fmt, stream=stream)
    configure_logging("INFO", fmt, stream=stream)
    assert len(ours()) == 1
    count = emit_some()
    lines = stream.getvalue().splitlines()
    if fmt == "json":
        assert len(lines) == count  # one line per record, the traceback included
        records = [json.loads(line) for line in lines]
        assert [r["logger"] for r in records] == ["discord.gateway", "discord.client",
                                                  "bot.discord.client", "bot.x"]
        assert records[2]["message"] == "synced 7 slash commands"
        assert records[2]["level"] == "INFO" and records[2]["time"].endswith("+00:00")
        assert "ValueError: boom" in records[3]["exc_info"]
    else:
        heads = [line for line in lines if " discord." in line or " bot." in line]
        assert len(heads) == count
        assert sum("synced 7 slash commands" in line for line in lines) == 1
        assert "\x1b[" not in stream.getvalue()  # no colour codes off a terminal


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_token_is_masked_in_either_format(fmt: str) -> None:
    secret = "MTAx.secret-token.value"
    stream = io.StringIO()
    configure_logging("INFO", fmt, stream=stream, secret=secret)
    logging.getLogger("discord.http").info("sent %s", secret)
    try:
        raise RuntimeError(f"carrying {secret}")
    except RuntimeError:
        logging.getLogger("bot").exception("failed")
    text = stream.getvalue()
    assert secret not in text and text.count("[token]") >= 2


def test_the_cli_writes_each_warning_once_in_json() -> None:
    """Through `python -m bot` itself: an unreadable question line logs one record."""
    code = ("import sys\n"
            "from bot.service import AnswerService\n"
            "def explode(self, question, session=None):\n"
            "    raise RuntimeError('boom in the engine')\n"
            "AnswerService.ask = explode\n"
            "from bot.__main__ import main\n"
            "sys.exit(main(['ask', '--json', '-']))\n")
    env = {"BOT_LOGGING_FORMAT": "json", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], input="hi\n", cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    record = json.loads(lines[0])
    assert record["level"] == "ERROR" and "boom in the engine" in record["exc_info"]
