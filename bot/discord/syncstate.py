"""Remember which command set was last pushed to Discord, to sync only when it changed.

Syncing on every start is rate limited by Discord (and global syncs take a while to show),
so setup_hook compares a hash of the command payloads with the one stored here, in the
state database beside the unanswered log.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

import aiosqlite
import discord
from discord import app_commands

_SCHEMA = """
CREATE TABLE IF NOT EXISTS command_sync (
    scope TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    synced_at REAL NOT NULL
);
"""


def command_digest(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None
                   ) -> str:
    """A stable hash of exactly what `tree.sync(guild=...)` would send."""
    payload = [cmd.to_dict(tree) for cmd in tree.get_commands(guild=guild)]
    payload.sort(key=lambda c: (c.get("type", 1), c.get("name", "")))
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def scope_of(guild_id: int | None) -> str:
    return f"guild:{guild_id}" if guild_id else "global"


class SyncState:
    """Get and set the last synced digest per scope ('global' or 'guild:<id>')."""

    def __init__(self, path: Path) -> None:
        self.path = path

    async def _connect(self) -> aiosqlite.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = await aiosqlite.connect(self.path)
        await db.executescript(_SCHEMA)
        return db

    async def get(self, scope: str) -> str | None:
        db = await self._connect()
        try:
            async with db.execute("SELECT digest FROM command_sync WHERE scope = ?",
                                  (scope,)) as cursor:
                row = await cursor.fetchone()
        finally:
            await db.close()
        return str(row[0]) if row else None

    async def set(self, scope: str, digest: str) -> None:
        db = await self._connect()
        try:
            await db.execute(
                "INSERT INTO command_sync (scope, digest, synced_at) VALUES (?, ?, ?) "
                "ON CONFLICT(scope) DO UPDATE SET digest = excluded.digest, "
                "synced_at = excluded.synced_at",
                (scope, digest, time.time()),
            )
            await db.commit()
        finally:
            await db.close()
