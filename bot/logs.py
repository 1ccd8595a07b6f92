"""Logging for every command: exactly one handler on the root logger, text or JSON lines.

Why one module: the CLI's basicConfig and discord.py's setup_logging each put a handler on
the root logger, so every record was written twice (plain and coloured). configure() owns
the one handler and replaces it when called again (the CLI sets WARNING, `run` raises it to
the configured level and adds the token filter). JSON lines use the standard library only.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import IO, Any

HANDLER_NAME = "newsdesk"
TEXT_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


class RedactFilter(logging.Filter):
    """Replace a secret (the token) wherever it would appear in a log line."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secret:
            return True
        try:
            message = record.getMessage()
        except Exception:
            return True
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "[token]"), None
        # Reliability fix (tests/reliability/test_reliability_secrets.py): a traceback that
        # carried the token was written as is, since formatters render exc_info after the
        # filters ran. Such a traceback is now rendered here, masked, and exc_info dropped,
        # so that no formatter (discord.py's coloured one always re-renders exc_info) can
        # write the original. The masked text is kept on the record for later handlers,
        # because the coloured formatter clears exc_text after use.
        if record.exc_info and record.exc_info[0] is not None:
            trace = record.exc_text or logging.Formatter().formatException(record.exc_info)
            if self.secret in trace:
                record.exc_info = None
                record.redacted_exc_text = trace.replace(self.secret, "[token]")
        masked = getattr(record, "redacted_exc_text", None)
        if masked and not record.exc_text:
            record.exc_text = masked
        elif record.exc_text and self.secret in record.exc_text:
            record.exc_text = record.exc_text.replace(self.secret, "[token]")
        if record.stack_info and self.secret in record.stack_info:
            record.stack_info = record.stack_info.replace(self.secret, "[token]")
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per record on one line (a traceback is a string field, so its
    newlines are escaped): what log collectors parse without multi-line rules."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc_info"] = record.exc_text
        if record.stack_info:
            out["stack_info"] = self.formatStack(record.stack_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def _text_formatter(stream: IO[str]) -> logging.Formatter:
    """discord.py's coloured formatter on a terminal, plain text anywhere else. Not
    discord.py's own test, which also colours any stream inside a container, so that
    `docker logs` and collectors got escape codes."""
    dutils = sys.modules.get("discord.utils")  # only once loaded: `ask` never imports it
    colour = getattr(dutils, "_ColourFormatter", None)
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        tty = False
    if colour is not None and tty:
        return colour()  # type: ignore[no-any-return]
    return logging.Formatter(TEXT_FORMAT, DATE_FORMAT)


def configure_logging(level: int | str = logging.WARNING, fmt: str = "text", *,
              stream: IO[str] | None = None, secret: str | None = None) -> logging.Handler:
    """Install the one handler on the root logger (replacing ours from an earlier call;
    handlers others added, such as pytest's capture, stay, with the token masked)."""
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if handler.get_name() == HANDLER_NAME:
            root.removeHandler(handler)
    target = stream if stream is not None else sys.stderr
    handler = logging.StreamHandler(target)
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(JsonFormatter() if fmt == "json" else _text_formatter(target))
    root.addHandler(handler)
    if secret:
        # Every root handler, not only ours: one added by a host or a test must not write
        # the token either.
        for each in root.handlers:
            if not any(isinstance(f, RedactFilter) and f.secret == secret
                       for f in each.filters):
                each.addFilter(RedactFilter(secret))
    root.setLevel(level.upper() if isinstance(level, str) else level)
    return handler
