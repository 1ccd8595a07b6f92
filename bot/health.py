"""`python -m bot health`: is the store usable, and is the running bot still connected?

Why a file: the health check runs as its own process (Docker's HEALTHCHECK), so the
running bot leaves a heartbeat for it: while its gateway connection is open it rewrites
a small JSON file (paths.heartbeat, by default heartbeat.json beside the state database
in var/) every discord.heartbeat_interval seconds,
and removes it on a clean stop. The check then needs no network and no discord import:

- the store must load (a missing or corrupt store is unhealthy);
- when a heartbeat file exists (the bot runs, or died without cleaning up), it must be
  younger than discord.heartbeat_max_age.

One line on stdout says why, and the exit status is 0 (healthy) or 1.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from pathlib import Path
from typing import Any

from bot.errors import DataError, StoreError
from bot.settings import Settings


def write_heartbeat(path: Path, *, connected: bool, latency: float | None = None) -> None:
    """Replace the heartbeat file in one step, so the check never reads half of it."""
    data: dict[str, Any] = {"time": time.time(), "pid": os.getpid(), "connected": connected}
    if latency is not None and math.isfinite(latency):
        data["latency_ms"] = round(latency * 1000, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temp, path)


def remove_heartbeat(path: Path) -> None:
    """On a clean stop: the bot is no longer running, so there is nothing to be late."""
    with contextlib.suppress(OSError):  # gone already, or a read-only var/
        path.unlink(missing_ok=True)


def read_heartbeat(path: Path) -> dict[str, Any] | None:
    """The heartbeat, or None when there is none; an unreadable file counts as one from
    the epoch (so it is reported as stale, not ignored)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"time": 0.0}
    return data if isinstance(data, dict) else {"time": 0.0}


def check(settings: Settings, *, now: float | None = None) -> tuple[bool, str]:
    """(healthy, one line saying why)."""
    from bot.store.load import store_stats

    try:
        stats = store_stats(settings.paths.store)
    except (StoreError, DataError) as exc:
        return False, f"unhealthy: the store does not load: {exc}"
    docs, facts = stats.get("documents", 0), stats.get("facts", 0)
    store = (f"store loads ({docs} document{'s' if docs != 1 else ''}, "
             f"{facts} fact{'s' if facts != 1 else ''})")
    beat = read_heartbeat(settings.paths.heartbeat_file)
    if beat is None:
        return True, f"healthy: {store}; the bot is not running (no heartbeat file)"
    now = time.time() if now is None else now
    try:
        age = now - float(beat.get("time", 0.0))
    except (TypeError, ValueError):
        age = math.inf
    limit = settings.discord.heartbeat_max_age
    if age > limit:
        return False, (f"unhealthy: the gateway heartbeat is {age:.0f} s old (limit {limit:g} s):"
                       f" the bot is stuck, disconnected or stopped without cleaning up "
                       f"({settings.paths.heartbeat_file})")
    state = "connected" if beat.get("connected") else "connecting"
    latency = f", gateway latency {beat['latency_ms']:g} ms" if "latency_ms" in beat else ""
    return True, f"healthy: {store}; bot {state}, heartbeat {max(age, 0):.0f} s ago{latency}"


def main(settings: Settings) -> int:
    healthy, line = check(settings)
    print(line)
    return 0 if healthy else 1
