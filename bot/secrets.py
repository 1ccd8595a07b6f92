"""The Discord token: from DISCORD_TOKEN or a .env file beside the config directory.

Kept apart from the Discord layer so that the CLI can tell whether a token exists without
importing discord. The token is never logged, echoed or stored by the bot.
"""

from __future__ import annotations

import os
from pathlib import Path

from bot.settings import Settings

TOKEN_VAR = "DISCORD_TOKEN"


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; '#' comments, blank lines, 'export ' and quotes are allowed."""
    values: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return values
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        values[key] = value
    return values


def env_file(settings: Settings) -> Path:
    """The .env beside the config directory (the project root in the default layout)."""
    return settings.paths.config.parent / ".env"


def find_token(settings: Settings) -> str | None:
    """DISCORD_TOKEN from the environment, else from the .env file; None when absent."""
    token = os.environ.get(TOKEN_VAR, "").strip()
    if not token:
        token = read_env_file(env_file(settings)).get(TOKEN_VAR, "").strip()
    return token or None
