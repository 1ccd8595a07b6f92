"""The command line: ask, chat, build, eval, run, sync, health.

Only `run` and `sync` import discord, so `ask` and `chat` start fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import DataError, StoreError

if TYPE_CHECKING:  # imported lazily below: `ask` starts without the service stack
    from bot.service import AnswerService

log = logging.getLogger("bot")


def _service(args: argparse.Namespace) -> AnswerService:
    from bot import collector
    from bot.service import AnswerService
    from bot.settings import load_settings

    service = AnswerService.open(load_settings())
    collector.settle()  # the loaded data lives as long as the process
    return service


def cmd_ask(args: argparse.Namespace) -> int:
    service = _service(args)
    if args.question != ["-"]:
        question = " ".join(args.question)
        answer = service.ask(question)
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            from bot.console import render_text

            print(render_text(answer, service))
        return 0
    for raw in sys.stdin:
        line = raw.rstrip("\r\n")
        question, session = line, None
        if line.lstrip().startswith("{"):
            try:
                payload = json.loads(line)
            except ValueError:
                payload = None
            if isinstance(payload, dict) and "question" in payload:
                asked = payload.get("question")
                question = asked if isinstance(asked, str) else ""
                session = payload.get("session")
                session = None if session is None else str(session)
        try:
            answer = service.ask(question, session)
            if args.json:
                out = json.dumps(answer.to_json(), ensure_ascii=False)
            else:
                from bot.console import render_text

                out = render_text(answer, service) + "\n"
        except Exception:  # one bad line must not end the stream
            log.exception("failed to answer %r", question[:200])
            out = json.dumps({"question": question, "answered": False,
                              "answer": "Sorry, something went wrong with that question.",
                              "intent": "error", "confidence": 0.0, "sources": []})
        sys.stdout.write(out + "\n")
        sys.stdout.flush()
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.console import chat

    return chat(_service(args))


def cmd_build(args: argparse.Namespace) -> int:
    from bot.settings import load_settings
    from bot.store.build import build_store

    settings = load_settings()
    paths = settings.paths
    sources = build_store(paths.data, paths.config, paths.store)
    print(f"built {paths.store}: {len(sources.documents)} document(s), {sources.fact_count} "
          f"facts, {len(sources.entities)} entities, {len(sources.intents)} intents")
    for warning in sources.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.evaluate import evaluate

    return evaluate(_service(args), Path(args.file), verbose=args.verbose)


def cmd_default(args: argparse.Namespace) -> int:
    """No command: the bot with a Discord token, else the console (or stdin lines)."""
    from bot.secrets import find_token
    from bot.settings import load_settings

    settings = load_settings()
    if find_token(settings):
        return cmd_run(args)
    print("No DISCORD_TOKEN set: answering here instead (python -m bot run starts the "
          "Discord bot once a token is set).", file=sys.stderr)
    if sys.stdin.isatty():
        return cmd_chat(args)
    args.question, args.json = ["-"], False
    return cmd_ask(args)


def cmd_run(args: argparse.Namespace) -> int:
    from bot.discord.runner import run
    from bot.settings import load_settings

    return run(load_settings())


def cmd_sync(args: argparse.Namespace) -> int:
    from bot.discord.runner import sync
    from bot.settings import load_settings

    return sync(load_settings(), args.guild)


def _log_format() -> str:
    """logging.format from the settings, or text while they cannot be read (the command
    itself then reports why)."""
    from bot.settings import load_settings

    try:
        return load_settings().logging.format
    except DataError:
        return "text"


def cmd_health(args: argparse.Namespace) -> int:
    from bot.health import main as health
    from bot.settings import load_settings

    return health(load_settings())


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description=__doc__.splitlines()[0])
    p.set_defaults(func=cmd_default)
    sub = p.add_subparsers(dest="command", metavar="{ask,chat,build,eval,run,sync,health}")
    ask = sub.add_parser("ask", help="answer a question (or '-' for one per stdin line)")
    ask.add_argument("question", nargs="+", help="the question, or - to read stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.set_defaults(func=cmd_ask)
    sub.add_parser("chat", help="a console conversation").set_defaults(func=cmd_chat)
    sub.add_parser("build", help="rebuild the store from data/ and config/").set_defaults(
        func=cmd_build)
    ev = sub.add_parser("eval", help="regression report over a question file")
    ev.add_argument("file")
    ev.add_argument("-v", "--verbose", action="store_true", help="show every failure")
    ev.set_defaults(func=cmd_eval)
    sub.add_parser("run", help="start the Discord bot").set_defaults(func=cmd_run)
    sy = sub.add_parser("sync", help="register slash commands with Discord")
    sy.add_argument("--guild", type=int, default=None, help="a guild id (else global)")
    sy.set_defaults(func=cmd_sync)
    sub.add_parser("health", help="exit 0 if the store loads and a running bot's gateway "
                                  "heartbeat is recent (Docker HEALTHCHECK)").set_defaults(
        func=cmd_health)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from bot.logs import configure_logging

    configure_logging(logging.WARNING, _log_format())
    try:
        code: int = args.func(args)
        return code
    except (DataError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
