"""Benchmark the engine alone and the whole Discord path, with Discord faked on 127.0.0.1.

    python scripts/bench_discord.py [--rounds 10] [--questions 2000] [--rate 100]
        [--concurrency 16] [--phases sequential,paced,concurrent,burst] [--gc-freeze]
        [--profile FILE] [--json]

This process is the bot: it times the engine alone (the question file's questions asked
in order with their sessions, after a warm-up round, as scripts/bench.py does), then runs
the real bot (create_bot, the real cogs, the same AnswerService) against tests/discord's
fake Discord, which runs in a child process so that the memory figure is the bot's own.
The child sends the questions as gateway MESSAGE_CREATE events (`!ask …`, some @mentions,
from 50 members in 5 channels; the cooldown set out of reach) and times each one from the
moment it writes the event to the websocket to the moment it has received the bot's reply
request (matched by message_reference), on its own clock. After 100 warm-up questions,
--questions questions for each way of sending, in this order:

  sequential   one question at a time: the latency of one question on an idle bot
  paced        --rate questions a second whatever the bot is doing (open loop): latency
               under a steady load; 100/s is twice what Discord lets one bot send
  concurrent   --concurrency questions in flight at all times (closed loop): throughput;
               the latency is mostly queueing (about concurrency / throughput)
  burst        all questions written at once: throughput, and how long the queue gets

Peak memory is this process's RSS high-water mark (getrusage ru_maxrss): the interpreter,
discord.py, the data, the engine benchmark and the Discord run (the answer buttons are
persistent DynamicItems: nothing is kept per message, see bot/discord/views.py). The report
also lists what stalls the bot (garbage-collector passes, unanswered-log writes), watched
from outside its code. Budgets (2-core machine): engine p99 <= 1 ms, Discord path p99 <=
20 ms, peak RSS <= 120 MB. Numbers, not assertions: docs/load.md records them.
--gc-freeze is an experiment (gc.freeze() once the engine is warm); --profile FILE writes
a cProfile of the Discord run (read it with `python -m pstats FILE`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import itertools
import json
import logging
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "discord"), str(ROOT / "tests" / "load")]

import discord  # noqa: E402
import fake_discord  # noqa: E402
import yarl  # noqa: E402
from bench import percentile, time_engine  # noqa: E402 - scripts/bench.py
from bot_harness import TOKEN, make_settings  # noqa: E402
from discord.gateway import DiscordWebSocket  # noqa: E402
from fake_discord import BOT_ID, BOT_ROLE_ID, Call, FakeDiscord  # noqa: E402
from load_support import EXTRA_CHANNEL_BASE, member_ids  # noqa: E402

from bot.discord.client import create_bot  # noqa: E402
from bot.evaluate import load_questions  # noqa: E402
from bot.service import AnswerService  # noqa: E402

QUESTIONS_FILE = ROOT / "tests" / "questions" / "putin-diplomacy.yaml"
MEMBERS, CHANNELS = 50, 5
MENTION_SHARE = 0.15
WARM_UP = 100
PHASES = ("sequential", "paced", "concurrent", "burst")
TIME_LIMIT = 600.0  # seconds for the whole Discord run; the benchmark always ends


def summary(latencies: list[float], seconds: float) -> dict[str, float]:
    return {"answers": len(latencies), "p50_ms": percentile(latencies, 50) * 1e3,
            "p99_ms": percentile(latencies, 99) * 1e3, "max_ms": max(latencies) * 1e3,
            "per_second": len(latencies) / seconds}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def asks(path: Path) -> list[tuple[str, str | None]]:
    return [(q.ask, q.session) for q in load_questions(path)]


# -- the engine alone (this process) ------------------------------------------------------


def bench_engine(service: AnswerService, questions: list[tuple[str, str | None]],
                 rounds: int) -> dict[str, float]:
    return time_engine(service, questions, rounds)


# -- the fake Discord (child process) -----------------------------------------------------


class TimedFake(FakeDiscord):
    """The test fake, noting when each reply request arrived, by the message it answers."""

    def __init__(self) -> None:
        super().__init__()
        self.replied: dict[int, float] = {}
        self.waiters: dict[int, asyncio.Future[float]] = {}

    async def _record(self, call: Call) -> None:
        now = time.perf_counter()
        await super()._record(call)
        ref = (call.json or {}).get("message_reference") if call.message is not None else None
        if ref and ref.get("message_id") is not None:
            mid = int(ref["message_id"])
            self.replied[mid] = now
            waiter = self.waiters.pop(mid, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(now)

    async def ask(self, content: str, member: int, channel: int) -> int:
        data = await self.send_message(content, author=member, channel_id=channel)
        return int(data["id"])

    async def reply_time(self, mid: int, timeout: float = 30.0) -> float:
        if mid in self.replied:
            return self.replied[mid]
        waiter = self.waiters[mid] = asyncio.get_running_loop().create_future()
        return await asyncio.wait_for(waiter, timeout)


def messages(questions: list[tuple[str, str | None]], count: int, seed: int
             ) -> list[tuple[str, int, int]]:
    """(content, member, channel) for `count` questions; a session's questions come from
    one member in one channel, so its follow-ups have their context."""
    rng = random.Random(seed)
    members = member_ids(MEMBERS)
    channels = [fake_discord.CHANNEL_ID, fake_discord.OTHER_CHANNEL_ID] + [
        EXTRA_CHANNEL_BASE + i for i in range(CHANNELS - 2)]
    where: dict[str, tuple[int, int]] = {}
    out = []
    for i, (q, session) in zip(range(count), itertools.cycle(questions), strict=False):
        if session is not None:
            spot = where.setdefault(f"{i // len(questions)}:{session}",
                                    (rng.choice(members), rng.choice(channels)))
        else:
            spot = (members[i % MEMBERS], rng.choice(channels))
        form = rng.random()
        content = (f"<@{BOT_ID}> {q}" if form < MENTION_SHARE / 2 else
                   f"<@&{BOT_ROLE_ID}> {q}" if form < MENTION_SHARE else f"!ask {q}")
        out.append((content, *spot))
    return out


async def closed_loop(fake: TimedFake, batch: list[tuple[str, int, int]], concurrency: int
                      ) -> dict[str, float]:
    """`concurrency` workers, each sending its next question once the last is answered.
    A session's questions go to one worker, in order."""
    queues: list[list[tuple[str, int, int]]] = [[] for _ in range(concurrency)]
    spots: dict[tuple[int, int], int] = {}
    for item in batch:
        spot = spots.setdefault((item[1], item[2]), len(spots) % concurrency)
        queues[spot].append(item)
    latencies: list[float] = []

    async def worker(queue: list[tuple[str, int, int]]) -> None:
        for content, member, channel in queue:
            t0 = time.perf_counter()
            mid = await fake.ask(content, member, channel)
            latencies.append(await fake.reply_time(mid) - t0)

    began = time.perf_counter()
    await asyncio.gather(*(worker(q) for q in queues))
    return summary(latencies, time.perf_counter() - began)


async def paced(fake: TimedFake, batch: list[tuple[str, int, int]], rate: float
                ) -> dict[str, float]:
    """Open loop: one question every 1/rate s whatever the bot is doing, as members would."""
    loop = asyncio.get_running_loop()
    latencies: list[float] = []

    async def one(content: str, member: int, channel: int) -> None:
        t0 = time.perf_counter()
        mid = await fake.ask(content, member, channel)
        latencies.append(await fake.reply_time(mid) - t0)

    began, tasks = loop.time(), []
    for i, item in enumerate(batch):
        delay = began + i / rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(*item)))
    await asyncio.gather(*tasks)
    return summary(latencies, loop.time() - began)


async def burst(fake: TimedFake, batch: list[tuple[str, int, int]]) -> dict[str, float]:
    sent: list[tuple[int, float]] = []
    began = time.perf_counter()
    for content, member, channel in batch:
        t0 = time.perf_counter()
        sent.append((await fake.ask(content, member, channel), t0))
    wrote = time.perf_counter() - began
    latencies = [await fake.reply_time(mid, 120.0) - t0 for mid, t0 in sent]
    out = summary(latencies, max(fake.replied[mid] for mid, _ in sent) - began)
    out["write_s"] = wrote
    return out


async def fake_main(count: int, concurrency: int, rate: float, questions_file: Path,
                    phases: list[str]) -> None:
    members = member_ids(MEMBERS)
    for uid in members:
        fake_discord.USERS[uid] = fake_discord.user(uid, f"load{uid - members[0]}")
        fake_discord.ROLES_OF[uid] = []
    base_guild = fake_discord.guild_create
    extra = [fake_discord.channel(EXTRA_CHANNEL_BASE + i, f"load-{i}")
             for i in range(CHANNELS - 2)]
    fake_discord.guild_create = lambda: {**(g := base_guild()),  # type: ignore[assignment]
                                         "channels": g["channels"] + extra}
    fake = TimedFake()
    await fake.start()
    print(json.dumps({"port": fake.port}), flush=True)
    await asyncio.wait_for(fake.guild_ready.wait(), 60)
    questions = asks(questions_file)
    await closed_loop(fake, messages(questions, WARM_UP, 0), 1)  # the bot's caches warm
    results: dict[str, Any] = {}
    for seed, phase in enumerate(phases, 1):
        batch = messages(questions, count, seed)
        if phase == "sequential":
            results[phase] = await closed_loop(fake, batch, 1)
        elif phase == "paced":
            results[phase] = await paced(fake, batch, rate)
        elif phase == "concurrent":
            results[phase] = await closed_loop(fake, batch, concurrency)
        else:
            results[phase] = await burst(fake, batch)
    expected = WARM_UP + len(phases) * count
    replies = [c for c in fake.calls if c.message is not None]
    results["check"] = {"questions": expected, "replies": len(replies),
                        "answered": len(fake.replied)}
    print(json.dumps(results), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the bot ends
    await fake.stop()


# -- the bot against the fake (this process) ----------------------------------------------


class Stalls:
    """What holds the bot up, watched from outside the bot's code: garbage-collector passes
    (gc.callbacks; a full pass stops the event loop) and the unanswered log's writes (a
    timing wrapper on that one bound method; they run in the background since answering.py
    stopped making replies wait for them)."""

    def __init__(self) -> None:
        self.gc: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self.log_writes: list[float] = []
        self._began = 0.0

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.gc[info["generation"]].append(time.perf_counter() - self._began)

    def watch(self, bot: Any) -> None:
        record = bot.unanswered.record

        async def timed(*args: Any, **kwargs: Any) -> bool:
            began = time.perf_counter()
            try:
                return await record(*args, **kwargs)
            finally:
                self.log_writes.append(time.perf_counter() - began)

        bot.unanswered.record = timed

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {f"gc{g}": {"count": len(v), "total_ms": sum(v) * 1e3,
                                          "max_ms": max(v, default=0) * 1e3}
                               for g, v in self.gc.items()}
        out["gc2_each_ms"] = [round(x * 1e3, 1) for x in self.gc[2]]
        w = self.log_writes
        out["log_writes"] = {"count": len(w), "p50_ms": percentile(w, 50) * 1e3 if w else 0,
                             "p99_ms": percentile(w, 99) * 1e3 if w else 0,
                             "max_ms": max(w, default=0) * 1e3}
        return out


async def bench_discord(service: AnswerService, settings: Any, args: argparse.Namespace,
                        stalls: Stalls) -> dict[str, Any]:
    child = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--role", "fake", "--questions", str(args.questions),
        "--concurrency", str(args.concurrency), "--rate", str(args.rate),
        "--questions-file", str(args.questions_file),
        "--phases", args.phases,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    assert child.stdout is not None and child.stdin is not None
    bot = None
    task: asyncio.Task[None] | None = None
    try:
        async with asyncio.timeout(TIME_LIMIT):
            port = json.loads(await child.stdout.readline())["port"]
            discord.http.Route.BASE = f"http://127.0.0.1:{port}/api/v10"
            DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{port}/gateway")
            bot = create_bot(settings, service)
            stalls.watch(bot)
            task = asyncio.create_task(bot.start(TOKEN))
            line = await child.stdout.readline()
            if not line:
                raise RuntimeError("the fake Discord ended without results")
            results = json.loads(line)
            # views discord.py still keeps per message (0 with the persistent buttons);
            # private, for the report
            results["live_views"] = len(bot._connection._view_store._views)
            return results
    finally:
        if bot is not None:
            await bot.close()
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed):
                await asyncio.wait_for(task, 10)
        child.stdin.close()
        try:
            await asyncio.wait_for(child.wait(), 10)
        except TimeoutError:
            child.kill()


def run_profiled(coro: Any, path: Path | None) -> Any:
    if path is None:
        return asyncio.run(coro)
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        return asyncio.run(coro)
    finally:
        profiler.disable()
        profiler.dump_stats(path)


def report(engine: dict[str, float], path: dict[str, Any], rss: dict[str, float],
           args: argparse.Namespace) -> str:
    lines = [f"engine alone:  {engine['answers']} answers, p50 {engine['p50_ms']:.3f} ms, "
             f"p99 {engine['p99_ms']:.3f} ms, max {engine['max_ms']:.2f} ms, "
             f"{engine['per_second']:.0f} answers/s   (budget p99 <= 1 ms)"]
    names = {"sequential": "one at a time",
             "paced": f"{args.rate:g}/s paced",
             "concurrent": f"{args.concurrency} in flight",
             "burst": "all at once"}
    lines.append("Discord path (gateway event written -> reply request received by the fake):")
    for key, name in names.items():
        if key not in path:
            continue
        r = path[key]
        lines.append(f"  {name:<14} {r['answers']} answers, p50 {r['p50_ms']:.2f} ms, "
                     f"p99 {r['p99_ms']:.2f} ms, max {r['max_ms']:.1f} ms, "
                     f"{r['per_second']:.0f} answers/s")
    lines.append("  (budget p99 <= 20 ms)")
    check = path["check"]
    lines.append(f"  replies: {check['replies']} for {check['questions']} questions "
                 f"({check['answered']} distinct questions answered)")
    st = path["stalls"]
    lines.append("  stalls in the bot during the Discord run: garbage collection "
                 + ", ".join(f"gen {g} {st[f'gc{g}']['count']}x (longest "
                             f"{st[f'gc{g}']['max_ms']:.1f} ms)" for g in range(3))
                 + f"; unanswered-log writes (in the background) "
                   f"{st['log_writes']['count']}x, p50 {st['log_writes']['p50_ms']:.1f} ms, "
                   f"p99 {st['log_writes']['p99_ms']:.1f} ms, "
                   f"max {st['log_writes']['max_ms']:.1f} ms")
    lines.append(f"peak RSS of the bot process: {rss['after_discord']:.1f} MB "
                 f"(after start-up and the engine run: {rss['after_engine']:.1f} MB; "
                 f"answer views still alive at the end: {path['live_views']})"
                 f"   (budget <= 120 MB)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="engine rounds")
    parser.add_argument("--questions", type=int, default=2000,
                        help="questions per Discord phase")
    parser.add_argument("--rate", type=float, default=100.0,
                        help="questions per second in the paced phase")
    parser.add_argument("--concurrency", type=int, default=16,
                        help="questions in flight in the concurrent phase")
    parser.add_argument("--questions-file", type=Path, default=QUESTIONS_FILE)
    parser.add_argument("--phases", default=",".join(PHASES),
                        help="which ways of sending, comma-separated (default: all three)")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="experiment: gc.freeze() in the bot process once the engine is "
                             "warm, so full collections skip the start-up heap")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the Discord run")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--role", choices=["bot", "fake"], default="bot", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.role == "fake":
        asyncio.run(fake_main(args.questions, args.concurrency, args.rate, args.questions_file,
                              args.phases.split(",")))
        return 0

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("discord.client").setLevel(logging.ERROR)  # no voice: PyNaCl notes
    with tempfile.TemporaryDirectory() as tmp:
        # The project's data and config, copied; cooldown out of reach: every question counts.
        settings = make_settings(Path(tmp), cooldown_rate=10**9, cooldown_per=60.0)
        service = AnswerService.open(settings)
        engine = bench_engine(service, asks(args.questions_file), args.rounds)
        rss = {"after_engine": peak_rss_mb()}
        if args.gc_freeze:
            gc.collect()
            gc.freeze()
        stalls = Stalls()
        gc.callbacks.append(stalls.on_gc)
        try:
            path = run_profiled(bench_discord(service, settings, args, stalls), args.profile)
        finally:
            gc.callbacks.remove(stalls.on_gc)
        path["stalls"] = stalls.summary()
        rss["after_discord"] = peak_rss_mb()
    print(report(engine, path, rss, args))
    if args.json:
        print(json.dumps({"engine": engine, "discord": path, "rss_mb": rss,
                          "pid": os.getpid()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
