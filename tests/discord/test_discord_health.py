"""`python -m bot health`: the store loads, and a running bot's gateway heartbeat is recent
(the Docker HEALTHCHECK). The heartbeat is written by the real bot against the fake
Discord; the check runs as its own process, as Docker runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from bot_harness import Harness, stop_bot, until

from bot import health
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
Launch = Callable[..., Awaitable[Harness]]


def run_health(settings: Settings) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "BOT_PATHS_STORE": str(settings.paths.store),
           "BOT_PATHS_STATE": str(settings.paths.state),
           "BOT_PATHS_DATA": str(settings.paths.data),
           "BOT_PATHS_CONFIG": str(settings.paths.config),
           "BOT_DISCORD_HEARTBEAT_MAX_AGE": str(settings.discord.heartbeat_max_age)}
    return subprocess.run([sys.executable, "-m", "bot", "health"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


async def test_a_running_connected_bot_is_healthy_and_a_stopped_one_leaves_no_beat(
        launch: Launch) -> None:
    h = await launch(heartbeat_interval=0.05)
    settings = h.bot.settings
    beat_file = settings.paths.heartbeat_file
    assert beat_file.parent == settings.paths.state.parent  # beside the state, in var/
    await until(lambda: (health.read_heartbeat(beat_file) or {}).get("connected") is True)
    result = run_health(settings)
    assert result.returncode == 0, result.stdout + result.stderr
    [line] = result.stdout.splitlines()
    assert line.startswith("healthy: store loads") and "bot connected" in line
    await stop_bot(h.bot, h.task)
    assert not beat_file.exists()  # a clean stop is not a stuck bot
    result = run_health(settings)
    assert result.returncode == 0 and "not running" in result.stdout


async def test_a_bot_whose_gateway_is_gone_turns_unhealthy(
        launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    h = await launch(heartbeat_interval=0.05, heartbeat_max_age=0.5)
    beat_file = h.bot.settings.paths.heartbeat_file
    await until(lambda: (health.read_heartbeat(beat_file) or {}).get("connected") is True)
    ok, line = health.check(h.bot.settings)
    assert ok, line
    monkeypatch.setattr(h.bot, "gateway_alive", lambda: False)  # disconnected, reconnecting
    await until(lambda: not health.check(h.bot.settings)[0], timeout=5)
    result = run_health(h.bot.settings)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith("unhealthy: the gateway heartbeat is") and "limit 0.5 s" in line


def test_a_store_that_does_not_load_is_unhealthy(settings: Settings) -> None:
    settings.paths.store.parent.mkdir(parents=True, exist_ok=True)
    settings.paths.store.write_bytes(b"not a database")
    result = run_health(settings)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith("unhealthy: the store does not load")


def test_an_unreadable_or_old_heartbeat_is_stale(settings: Settings, tmp_path: Path) -> None:
    from bot.store.build import build_store

    paths = settings.paths
    build_store(paths.data, paths.config, paths.store)
    health.write_heartbeat(paths.heartbeat_file, connected=True, latency=0.0412)
    ok, line = health.check(settings)
    assert ok and "latency 41.2 ms" in line
    ok, line = health.check(settings, now=time.time() + 3600)
    assert not ok and "3600 s old" in line
    paths.heartbeat_file.write_text("{half", encoding="utf-8")
    assert not health.check(settings)[0]
    assert json.loads(json.dumps(health.read_heartbeat(paths.heartbeat_file))) == {"time": 0.0}
