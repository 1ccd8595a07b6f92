"""Errors that carry a message fit to show a moderator as it is."""

from __future__ import annotations

from pathlib import Path


class DataError(Exception):
    """A data or config file is missing, malformed or inconsistent.

    The message names the file, and the line or key where one is known, so a moderator can
    fix it without reading a trace.
    """

    def __init__(self, path: Path | str, reason: str, *, line: int | None = None,
                 key: str | None = None) -> None:
        self.path, self.reason, self.line, self.key = str(path), reason, line, key
        where = self.path + (f", line {line}" if line else "") + (f", {key}" if key else "")
        super().__init__(f"{where}: {reason}")


class SettingsError(DataError):
    """config/settings.yaml or an environment override is invalid."""


class StoreError(Exception):
    """The SQLite store is missing, corrupt, locked or of another schema version."""
