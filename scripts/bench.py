"""Benchmark the answer engine: in-process latency and throughput, and cold start.

    python scripts/bench.py [--rounds 20] [--starts 5] [--questions FILE ...]

Prints p50/p99 latency per answer and answers per second for the engine alone (the
questions of the given files, asked in order with their sessions, after one warm-up
round), and the time from starting `python -m bot ask --json -` to its first answer.
Numbers, not assertions: the README records them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import collector  # noqa: E402
from bot.evaluate import load_questions  # noqa: E402
from bot.service import AnswerService  # noqa: E402
from bot.settings import load_settings  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(p / 100 * len(ordered) + 0.5) - 1)]


def time_engine(service: AnswerService, questions: list[tuple[str, str | None]],
                rounds: int) -> dict[str, float]:
    """Latency figures for (question, session) pairs asked `rounds` times after a warm-up."""
    asks = [(q, f"bench:{s}" if s else None) for q, s in questions]
    for ask, session in asks:  # warm-up: caches, first-use allocations
        service.ask(ask, session)
    latencies = []
    began = time.perf_counter()
    for _ in range(rounds):
        for ask, session in asks:
            t = time.perf_counter()
            service.ask(ask, session)
            latencies.append(time.perf_counter() - t)
    total = time.perf_counter() - began
    return {"answers": len(latencies), "p50_ms": percentile(latencies, 50) * 1e3,
            "p99_ms": percentile(latencies, 99) * 1e3, "max_ms": max(latencies) * 1e3,
            "per_second": len(latencies) / total}


def engine(files: list[Path], rounds: int) -> dict[str, float]:
    service = AnswerService.open(load_settings())
    collector.settle()  # as every `python -m bot` process does after loading
    return time_engine(service, [(q.ask, q.session) for f in files
                                 for q in load_questions(f)], rounds)


def cold_start(starts: int) -> dict[str, float]:
    """Seconds from process start to the first answer line (store already built)."""
    times = []
    for _ in range(starts):
        began = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--json", "-"], cwd=ROOT,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=os.environ.copy())
        assert proc.stdin and proc.stdout
        proc.stdin.write(b"Who did Putin meet in Beijing?\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        times.append(time.perf_counter() - began)
        proc.stdin.close()
        proc.wait()
        json.loads(line)
    return {"median_s": statistics.median(times), "max_s": max(times)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--questions", type=Path, nargs="*",
                        default=[ROOT / "tests" / "questions" / "putin-diplomacy.yaml"])
    args = parser.parse_args()
    e = engine(args.questions, args.rounds)
    import bot.engine.parse  # (compiled when scripts/compile.py has run)
    build = "compiled" if bot.engine.parse.__file__.endswith(".so") else "pure Python"
    print(f"engine ({build}): {e['answers']} answers, p50 {e['p50_ms']:.3f} ms,"
          f" p99 {e['p99_ms']:.3f} ms, max {e['max_ms']:.2f} ms, {e['per_second']:.0f} answers/s")
    c = cold_start(args.starts)
    print(f"cold start to first answer: median {c['median_s']:.3f} s, max {c['max_s']:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
