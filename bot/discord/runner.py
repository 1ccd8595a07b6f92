"""`python -m bot run` and `python -m bot sync`: token, logging, signals, exit codes.

Exit status: 0 a clean stop; 1 the data cannot load, or Discord refused the token, the
intent or a request; 2 no token; 3 Discord unreachable (network.py).

The token comes from DISCORD_TOKEN or a .env file beside the config directory. It is never
logged or echoed: a logging filter also masks it in any record, should a library ever
include it in a message.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from typing import Any

import discord

from bot import collector
from bot.discord.network import (
    EXIT_UNREACHABLE,
    NETWORK_ERRORS,
    DiscordUnreachable,
    describe,
    wait_for_discord,
)
from bot.errors import DataError, StoreError
from bot.logs import RedactFilter, configure_logging
from bot.secrets import TOKEN_VAR, env_file, find_token
from bot.service import AnswerService
from bot.settings import Settings

log = logging.getLogger(__name__)

__all__ = ["RedactFilter", "run", "setup_logging", "sync"]

NO_TOKEN = f"""\
No Discord bot token found. Set {TOKEN_VAR} in the environment, or put a line
    {TOKEN_VAR}=<your bot token>
in {{env_file}} (keep that file private; it is in .gitignore).
With Docker, pass it to the container: docker run -e {TOKEN_VAR}=... or --env-file .env
(a .env file in the project is not copied into the image).
Create the bot and its token at https://discord.com/developers/applications
(see docs/discord.md). To try the bot offline without Discord: python -m bot chat
"""


def setup_logging(token: str | None, settings: Settings | None = None) -> None:
    """The one root handler at the configured level and format, with the token masked."""
    cfg = (settings or Settings()).logging
    configure_logging(cfg.level, cfg.format, secret=token)


def _no_token(settings: Settings) -> int:
    print(NO_TOKEN.format(env_file=env_file(settings)), file=sys.stderr, end="")
    return 2


def _open_service(settings: Settings) -> AnswerService | None:
    """The service (building the store when stale); None after printing why not."""
    try:
        return AnswerService.open(settings)
    except (DataError, StoreError) as exc:
        print(f"Cannot load the data: {exc}", file=sys.stderr)
        return None


def _prepare(settings: Settings) -> tuple[str, AnswerService] | int:
    """The token and the service, with logging set up; or the exit code saying why not."""
    token = find_token(settings)
    if token is None:
        return _no_token(settings)
    setup_logging(token, settings)
    service = _open_service(settings)
    return 1 if service is None else (token, service)


def run(settings: Settings, **bot_options: Any) -> int:
    """Run the bot until stopped; the exit status says why it ended (module docstring)."""
    ready = _prepare(settings)
    if isinstance(ready, int):
        return ready
    token, service = ready
    from bot.discord.client import create_bot

    async def main() -> None:
        await wait_for_discord(settings.discord)
        bot = create_bot(settings, service, **bot_options)
        collector.settle()  # the data and the client live as long as the process
        async with bot:
            _install_signals(bot)
            await bot.start(token)

    return _run_async(main)


def sync(settings: Settings, guild_id: int | None, **bot_options: Any) -> int:
    """Push the slash commands now (to one guild, or globally), whatever the stored hash."""
    ready = _prepare(settings)
    if isinstance(ready, int):
        return ready
    token, service = ready
    from bot.discord.client import create_bot

    async def main() -> None:
        await wait_for_discord(settings.discord)
        bot = create_bot(settings, service, auto_sync=False, **bot_options)
        async with bot:
            await bot.login(token)
            count = await bot.sync_commands(guild_id, force=True)
            where = f"guild {guild_id}" if guild_id else "all servers (global)"
            print(f"Synced {count} commands to {where}.")

    return _run_async(main)


def _run_async(main: Any) -> int:
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        return 0
    except discord.LoginFailure:
        print(f"Discord refused the token: check {TOKEN_VAR}.", file=sys.stderr)
        return 1
    except discord.PrivilegedIntentsRequired:
        print("Discord refused the message content intent. Enable 'Message Content Intent' "
              "under Bot → Privileged Gateway Intents in the developer portal "
              "(see docs/discord.md).", file=sys.stderr)
        return 1
    except discord.HTTPException as exc:
        print(f"Discord answered with an error: {exc.status} {exc.text}", file=sys.stderr)
        return 1
    except DiscordUnreachable as exc:
        print(exc, file=sys.stderr)
        return EXIT_UNREACHABLE
    except NETWORK_ERRORS as exc:  # lost between the check and the login
        print(DiscordUnreachable(describe(exc), 1), file=sys.stderr)
        return EXIT_UNREACHABLE
    return 0


def _install_signals(bot: Any) -> None:
    """SIGHUP reloads the data, as daemons do; SIGTERM (docker stop) closes cleanly.

    Neither exists on Windows, and signal handlers only work in the main thread.
    """
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[Any]] = set()

    def spawn(coro: Any) -> None:
        task = loop.create_task(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    handlers = {"SIGHUP": lambda: spawn(bot.reload_data("SIGHUP")),
                "SIGTERM": lambda: spawn(bot.close())}
    for name, handler in handlers.items():
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        try:
            loop.add_signal_handler(signum, handler)
        except (NotImplementedError, RuntimeError, ValueError):
            log.debug("%s handling not available here", name)
