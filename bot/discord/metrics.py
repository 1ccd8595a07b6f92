"""Prometheus metrics for operators, off unless `metrics.enabled`.

What an operator watches: questions answered and declined, how long a reply takes (from
the engine being asked to the reply sent, Discord's round trip included), reloads and
whether they worked, and the gateway latency. They are served on
http://metrics.host:metrics.port/metrics by the prometheus-client library, imported only
when metrics are on, so a default start loads nothing more. Each bot has a registry of
its own (tests run several bots in one process).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

from bot.settings import MetricsSettings

log = logging.getLogger(__name__)

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    """Metrics off: every call does nothing."""

    port: int | None = None

    def question(self, answered: bool) -> None:
        """One question answered (True) or declined (False)."""

    def replied(self, seconds: float) -> None:
        """One reply sent, `seconds` after the engine was asked."""

    def reload(self, ok: bool) -> None:
        """One reload of the data, and whether it worked."""

    def serve(self, gateway_latency: Callable[[], float]) -> None:
        """Start the endpoint; `gateway_latency` is read at each scrape."""

    def close(self) -> None:
        """Stop the endpoint."""


class PrometheusMetrics(Metrics):
    """The metrics in a registry of their own, served over HTTP."""

    def __init__(self, settings: MetricsSettings) -> None:
        import prometheus_client as prom  # only here: metrics are optional

        self.settings = settings
        self.registry = prom.CollectorRegistry()
        self._answers = prom.Counter(
            "newsdesk_answers", "Questions answered from the article.", registry=self.registry)
        self._declines = prom.Counter(
            "newsdesk_declines", "Questions declined: off-topic, not in the article, empty.",
            registry=self.registry)
        self._latency = prom.Histogram(
            "newsdesk_answer_latency_seconds",
            "From the engine being asked to the reply sent (Discord's round trip included).",
            buckets=LATENCY_BUCKETS, registry=self.registry)
        self._reloads = prom.Counter(
            "newsdesk_reloads", "Reloads of data/ and config/, by outcome.", ["outcome"],
            registry=self.registry)
        for outcome in ("ok", "failed"):
            self._reloads.labels(outcome=outcome)  # both series exist from the start
        self._gateway = prom.Gauge(
            "newsdesk_gateway_latency_seconds",
            "Time between a gateway heartbeat and its acknowledgement (NaN before the first).",
            registry=self.registry)
        self._server: Any = None
        self._thread: Any = None

    def question(self, answered: bool) -> None:
        (self._answers if answered else self._declines).inc()

    def replied(self, seconds: float) -> None:
        self._latency.observe(max(seconds, 0.0))

    def reload(self, ok: bool) -> None:
        self._reloads.labels(outcome="ok" if ok else "failed").inc()

    def serve(self, gateway_latency: Callable[[], float]) -> None:
        import prometheus_client as prom

        def latency() -> float:
            value = gateway_latency()
            return value if math.isfinite(value) else math.nan

        self._gateway.set_function(latency)
        self._server, self._thread = prom.start_http_server(
            self.settings.port, addr=self.settings.host, registry=self.registry)
        self.port = int(self._server.server_port)
        log.info("metrics on http://%s:%d/metrics", self.settings.host, self.port)

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def make_metrics(settings: MetricsSettings) -> Metrics:
    """PrometheusMetrics when enabled, else the no-op Metrics (prometheus-client unloaded)."""
    return PrometheusMetrics(settings) if settings.enabled else Metrics()
