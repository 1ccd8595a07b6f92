"""Metrics: off by default (prometheus-client not even imported); when on, a Prometheus
endpoint counts answers, declines, reply latency, reloads by outcome and gateway latency,
scraped here over HTTP while the real bot answers through the fake Discord."""

from __future__ import annotations

import asyncio
import dataclasses
import subprocess
import sys
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from bot_harness import Harness, make_settings
from discord_fixtures import bots
from discord_questions import find_questions
from fake_discord import ADMIN_ID, FakeDiscord

from bot.settings import MetricsSettings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def metered(fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
                  ) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    def settings_for(**discord: object):  # type: ignore[no-untyped-def]
        base = make_settings(tmp_path, **discord)
        return dataclasses.replace(base, metrics=MetricsSettings(enabled=True, port=0))

    async with bots(fake, caplog, settings_for) as start:
        yield start


def scrape(port: int) -> dict[str, float]:
    """The samples on /metrics, by name with labels."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    samples: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            samples[name] = float(value)
    return samples


async def test_the_endpoint_counts_what_operators_watch(
        metered: Callable[..., Awaitable[Harness]]) -> None:
    h = await metered(cooldown_rate=100)
    port = h.bot.metrics.port
    assert port
    q = find_questions(h.service, h.bot.settings.paths.config)
    for command in (f"!ask {q.answered}", f"!ask {q.answered}", f"!ask {q.declined}"):
        mark = h.mark
        await h.fake.send_message(command)
        await h.reply_to(mark)
    mark = h.mark
    await h.fake.slash("reload", author=ADMIN_ID)
    await h.reply_to(mark)
    facts = sorted((h.bot.settings.paths.data / "facts").glob("*.yaml"))[0]
    facts.write_text("facts: [unclosed\n", encoding="utf-8")
    mark = h.mark
    await h.fake.slash("reload", author=ADMIN_ID)
    await h.reply_to(mark)

    m = await asyncio.to_thread(scrape, port)
    assert m["newsdesk_answers_total"] == 2
    assert m["newsdesk_declines_total"] == 1
    assert m["newsdesk_answer_latency_seconds_count"] == 3
    assert 0 < m["newsdesk_answer_latency_seconds_sum"] < 5
    assert m['newsdesk_answer_latency_seconds_bucket{le="+Inf"}'] == 3
    assert m['newsdesk_reloads_total{outcome="ok"}'] == 1
    assert m['newsdesk_reloads_total{outcome="failed"}'] == 1
    assert "newsdesk_gateway_latency_seconds" in m  # NaN until the first heartbeat ack


def test_metrics_are_off_by_default_and_the_library_is_not_loaded() -> None:
    code = ("import sys\n"
            "from bot.settings import Settings\n"
            "import bot.discord.client, bot.discord.runner\n"
            "from bot.discord.metrics import make_metrics\n"
            "assert not Settings().metrics.enabled\n"
            "m = make_metrics(Settings().metrics)\n"
            "m.question(True); m.replied(0.1); m.reload(ok=True); m.serve(lambda: 0.0)\n"
            "assert m.port is None\n"
            "print('prometheus_client' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
