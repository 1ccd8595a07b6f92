"""Decide whether the slash commands need pushing, per application, by asking Discord.

Why: a hash remembered per scope alone went wrong whenever Discord's side changed without
this checkout knowing: a new application (another token, same var/ volume) or commands
cleared in the portal got nothing registered, and every slash command was missing. Now
each start reads what Discord has for this application (one GET) and compares it with the
local command set; only a difference costs a PUT, which Discord rate-limits.

Discord returns commands with ids and defaults filled in (permissions as strings, contexts
for the deprecated dm_permission, false flags left out), so both sides are compared in a
normalised shape. What that shape leaves out (contexts, integration types) is covered by
the digest of the full local payload kept per application and scope in the state
database: a local change there still pushes. After a push, the normalised shape of
Discord's own answer is kept too, so a difference that is only a matter of form is not
pushed again on every start.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite
import discord
from discord import app_commands

_SCHEMA = """
DROP TABLE IF EXISTS command_sync;
CREATE TABLE IF NOT EXISTS app_command_sync (
    application_id INTEGER NOT NULL,
    scope TEXT NOT NULL,
    local_digest TEXT NOT NULL,
    remote_shape TEXT,
    synced_at REAL NOT NULL,
    PRIMARY KEY (application_id, scope)
);
"""

# Option keys that decide how a command behaves, with the value Discord leaves out.
_OPTION_DEFAULTS: dict[str, Any] = {"required": False, "autocomplete": False}
_OPTION_KEYS = ("type", "name", "description", "required", "autocomplete", "min_value",
                "max_value", "min_length", "max_length")


def command_payload(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None
                    ) -> list[dict[str, Any]]:
    """Exactly what a sync to `guild` (None: global) sends."""
    return [cmd.to_dict(tree) for cmd in tree.get_commands(guild=guild)]


def digest(payload: Any) -> str:
    """A stable hash of a JSON-like value."""
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def command_digest(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None
                   ) -> str:
    """The hash of the full local payload, in a stable command order."""
    payload = command_payload(tree, guild)
    payload.sort(key=lambda c: (c.get("type", 1), c.get("name", "")))
    return digest(payload)


def _localised(value: Any) -> dict[str, str]:
    return dict(value) if isinstance(value, dict) else {}


def _option(raw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _OPTION_KEYS:
        value = raw.get(key, _OPTION_DEFAULTS.get(key))
        if value is None:
            value = _OPTION_DEFAULTS.get(key)
        if value is not None:
            out[key] = value
    out["description"] = raw.get("description") or ""
    if raw.get("choices"):
        out["choices"] = [{"name": c.get("name"), "value": c.get("value"),
                           "name_localizations": _localised(c.get("name_localizations"))}
                          for c in raw["choices"]]
    if raw.get("channel_types"):
        out["channel_types"] = sorted(raw["channel_types"])
    if raw.get("options"):
        out["options"] = [_option(o) for o in raw["options"]]
    out["name_localizations"] = _localised(raw.get("name_localizations"))
    out["description_localizations"] = _localised(raw.get("description_localizations"))
    return out


def normalise(commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Commands, local or as Discord returns them, in one comparable shape."""
    out = []
    for raw in commands:
        perms = raw.get("default_member_permissions")
        out.append({
            "type": int(raw.get("type") or 1),
            "name": raw.get("name"),
            "description": raw.get("description") or "",
            "default_member_permissions": None if perms in (None, "") else str(perms),
            "nsfw": bool(raw.get("nsfw")),
            "options": [_option(o) for o in raw.get("options") or []],
            "name_localizations": _localised(raw.get("name_localizations")),
            "description_localizations": _localised(raw.get("description_localizations")),
        })
    out.sort(key=lambda c: (c["type"], str(c["name"])))
    return out


def shape(commands: list[dict[str, Any]]) -> str:
    """The hash of the normalised command set."""
    return digest(normalise(commands))


def scope_of(guild_id: int | None) -> str:
    return f"guild:{guild_id}" if guild_id else "global"


@dataclass(frozen=True, slots=True)
class Synced:
    """What was last pushed (or found already in place) for one application and scope."""

    local_digest: str
    remote_shape: str | None


def needs_push(local_digest: str, local_shape: str, remote_shape: str | None,
               last: Synced | None) -> bool:
    """Whether to PUT. `remote_shape` is None when Discord could not be asked."""
    if remote_shape is None:  # decide from what this checkout last did for the application
        return last is None or last.local_digest != local_digest
    if last is not None and last.local_digest == local_digest \
            and last.remote_shape == remote_shape:
        return False  # nothing changed on either side since the last push
    if remote_shape == local_shape:
        # Discord has these commands; a local change its answer cannot show (contexts,
        # integration types) still differs from the last push's digest.
        return last is not None and last.local_digest != local_digest
    return True


class SyncState:
    """The last push per application id and scope ('global' or 'guild:<id>')."""

    def __init__(self, path: Path) -> None:
        self.path = path

    async def _connect(self) -> aiosqlite.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = await aiosqlite.connect(self.path)
        await db.executescript(_SCHEMA)
        return db

    async def get(self, application_id: int, scope: str) -> Synced | None:
        db = await self._connect()
        try:
            async with db.execute(
                    "SELECT local_digest, remote_shape FROM app_command_sync "
                    "WHERE application_id = ? AND scope = ?", (application_id, scope)) as cursor:
                row = await cursor.fetchone()
        finally:
            await db.close()
        return Synced(str(row[0]), None if row[1] is None else str(row[1])) if row else None

    async def set(self, application_id: int, scope: str, synced: Synced) -> None:
        db = await self._connect()
        try:
            await db.execute(
                "INSERT INTO app_command_sync (application_id, scope, local_digest, "
                "remote_shape, synced_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(application_id, scope) DO UPDATE SET "
                "local_digest = excluded.local_digest, remote_shape = excluded.remote_shape, "
                "synced_at = excluded.synced_at",
                (application_id, scope, synced.local_digest, synced.remote_shape, time.time()),
            )
            await db.commit()
        finally:
            await db.close()
