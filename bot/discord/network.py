"""Reaching Discord at start: bounded retries with backoff, and one line when it fails.

Why: with a token set and no route to Discord (DNS failure, connection refused, a
firewall), the first request, discord.py's login, raised a raw aiohttp traceback, and
discord.py retries only once logged in. Before starting, the bot now asks Discord's
unauthenticated GET /gateway, retrying with doubling waits on the errors discord.py itself
would reconnect on; after `discord.connect_attempts` failures the run ends with one line
saying why and exit status 3. Once connected, discord.py's own reconnect loop takes over.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
from urllib.parse import urlsplit

import aiohttp
import discord

from bot.settings import DiscordSettings

log = logging.getLogger(__name__)

EXIT_UNREACHABLE = 3
BACKOFF_MAX = 60.0
PROBE_TIMEOUT = 10.0
# What a request raises when the network or Discord's edge is unreachable. Not all of
# OSError: a local file error must never read as "Discord unreachable".
NETWORK_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError, socket.gaierror)


class DiscordUnreachable(Exception):
    """Discord could not be reached in the attempts allowed; the message says why."""

    def __init__(self, reason: str, attempts: int) -> None:
        self.reason, self.attempts = reason, attempts
        super().__init__(f"Cannot reach Discord after {attempts} attempt"
                         f"{'s' if attempts != 1 else ''}: {reason}. Check the network "
                         f"(DNS, firewall, proxy) and try again; exit status {EXIT_UNREACHABLE}.")


def api_host() -> str:
    """Where discord.py sends its requests (discord.com unless pointed elsewhere)."""
    parts = urlsplit(discord.http.Route.BASE)
    return parts.hostname or parts.netloc or "discord.com"


def describe(exc: BaseException) -> str:
    """A network error in a few words: which lookup or connection failed."""
    host = api_host()
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = seen.__cause__ or getattr(seen, "os_error", None) or seen.__context__
    dns = getattr(aiohttp, "ClientConnectorDNSError", ())
    if any(isinstance(e, socket.gaierror) or (dns and isinstance(e, dns)) for e in chain):
        return f"the DNS lookup of {host} failed"
    if any(isinstance(e, ConnectionRefusedError)
           or getattr(e, "errno", None) == errno.ECONNREFUSED for e in chain):
        return f"the connection to {host} was refused"
    if any(isinstance(e, asyncio.TimeoutError | TimeoutError) for e in chain):
        return f"the connection to {host} timed out"
    if any(isinstance(e, aiohttp.ClientSSLError) for e in chain):
        return f"the TLS handshake with {host} failed"
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}{': ' + text if text else ''}"


async def wait_for_discord(settings: DiscordSettings) -> None:
    """Return once Discord's API answers (any status below 500); retry with doubling
    waits; raise DiscordUnreachable after settings.connect_attempts failures."""
    url = discord.http.Route.BASE + "/gateway"
    attempts = settings.connect_attempts
    reason = "no attempt made"
    timeout = aiohttp.ClientTimeout(total=PROBE_TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for attempt in range(1, attempts + 1):
            try:
                async with session.get(url) as response:
                    if response.status < 500:
                        return
                    reason = f"Discord answered {response.status} (an outage)"
            except NETWORK_ERRORS as exc:
                reason = describe(exc)
            if attempt < attempts:
                wait = min(settings.connect_backoff * 2 ** (attempt - 1), BACKOFF_MAX)
                log.warning("cannot reach Discord: %s; retrying in %.1f s (attempt %d of %d)",
                            reason, wait, attempt, attempts)
                await asyncio.sleep(wait)
    raise DiscordUnreachable(reason, attempts)
