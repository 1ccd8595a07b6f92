"""Benchmark the bot at many articles: build, reload, load, memory, latency, right article.

    python scripts/bench_scale.py [--sizes 1,100,1000] [--answers 10000] [--keep DIR]

For each N it writes N synthetic articles in the shipped format into a temporary data/ and
config/: copies of data/articles/putin-diplomacy.{txt,yaml}, data/facts/putin-diplomacy.yaml
and config/entities.yaml in which every word of a name (people, places, events, demonyms)
gets a per-article made-up suffix ("Putin" -> "Putinqbaf", "Kazakh" -> "Kazakhqbaf"),
everywhere: entity names and aliases, the article text, quotes, summaries, keywords. So
facts stay verbatim and consistent, and each copy has its own subject, people and places.

Then, each in a fresh process so that one measure does not warm the next:
  build      a full build from nothing (build_store only, in-process timing)
  reload     a service on the N-article store adds article N+1 and reloads (build + load +
             engine), timed as /reload runs it
  store      the store's size on disk
  first      from starting `python -m bot ask --json -` to its first answer line
  answers    RSS after loading, answer p50 / p99 (in process), RSS after --answers answers,
             and the share of answers whose every cited source is from the article of the
             subject the question names
Numbers, not assertions: the README records them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLUG = "putin-diplomacy"
# Words of names that are ordinary English, YAML keys or kinds: never renamed, so the
# files keep their shape and questions keep their grammar.
GENERIC = frozenset((
    "the", "of", "and", "a", "an", "in", "to", "for", "on", "at", "by", "president", "prime",
    "minister", "leader", "chief", "summit", "meeting", "conference", "pm", "ex", "post",
    "group", "organisation", "organization", "person", "country", "city", "place", "region",
    "event", "met", "visit", "hosted", "expected", "invitation", "statement", "background",
    "number", "name", "kind", "role", "aliases", "regions", "who", "about", "occasion", "when",
    "follows", "count", "why", "topics", "keywords", "summary", "quotes", "counterpart",
    "subject", "document", "facts", "entities", "title", "outlet", "url", "date", "true",
    "false", "null",
))
_RUN = re.compile(r"[^\W\d_]+")
_ABBREVIATION = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}")  # "U.S.", "u.a.e."
_TOKEN = re.compile(_ABBREVIATION.pattern + r"|[^\W\d_]+")


def suffix(k: int) -> str:
    """A made-up lowercase tag per article: 'qbaa', 'qbab', ... (never an English word)."""
    letters = ""
    for _ in range(3):
        k, r = divmod(k, 26)
        letters = chr(97 + r) + letters
    return "q" + letters


def name_words(entities_text: str) -> frozenset[str]:
    """Lowercase words of entity names and aliases that get renamed."""
    import yaml

    out: set[str] = set()
    for item in yaml.safe_load(entities_text)["entities"]:
        for text in (item["name"], *item.get("aliases", ())):
            out.update(w.lower() for w in _RUN.findall(str(text)) if len(w) > 1)
            out.update(w.lower() for w in _ABBREVIATION.findall(str(text)))
    return frozenset(out - GENERIC)


class Renamer:
    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __call__(self, text: str, tag: str) -> str:
        def one(m: re.Match[str]) -> str:
            w = m.group(0)
            if w.lower() not in self.words:
                return w
            return w + (tag.upper() if w.isupper() and len(w) > 1 else tag)
        return _TOKEN.sub(one, text)


def article_files(k: int, renamer: Renamer, src: dict[str, str]) -> dict[str, str]:
    """The files of synthetic article k: relative path -> text."""
    tag = suffix(k)
    slug = f"desk-{tag}"
    facts = renamer(src["facts"], tag)
    facts = re.sub(r"(?m)^document: .*$", f"document: {slug}", facts)
    facts = re.sub(r"(?m)^(\s*- id: |\s*follows: )(\S+)", rf"\1\2-{tag}", facts)
    return {f"data/articles/{slug}.txt": renamer(src["text"], tag),
            f"data/articles/{slug}.yaml": renamer(src["meta"], tag),
            f"data/facts/{slug}.yaml": facts}


def entities_body(k: int, renamer: Renamer, src: dict[str, str]) -> str:
    text = src["entities"]
    return renamer(text[text.index("\nentities:") + len("\nentities:"):], suffix(k))


def sources() -> dict[str, str]:
    return {"text": (ROOT / "data/articles" / f"{SLUG}.txt").read_text(encoding="utf-8"),
            "meta": (ROOT / "data/articles" / f"{SLUG}.yaml").read_text(encoding="utf-8"),
            "facts": (ROOT / "data/facts" / f"{SLUG}.yaml").read_text(encoding="utf-8"),
            "entities": (ROOT / "config/entities.yaml").read_text(encoding="utf-8")}


def generate(root: Path, n: int) -> None:
    """N articles in root/data and one gazetteer for all of them in root/config."""
    src = sources()
    renamer = Renamer(name_words(src["entities"]))
    for folder in ("data/articles", "data/facts", "config"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "config/intents.yaml", root / "config/intents.yaml")
    bodies = ["# synthetic gazetteer: the shipped one, renamed per article\nentities:"]
    for k in range(n):
        for rel, text in article_files(k, renamer, src).items():
            (root / rel).write_text(text, encoding="utf-8")
        bodies.append(entities_body(k, renamer, src))
    (root / "config/entities.yaml").write_text("".join(bodies), encoding="utf-8")


def add_article(root: Path, k: int) -> None:
    """Article k added as a moderator would: its files, and its entities appended."""
    src = sources()
    renamer = Renamer(name_words(src["entities"]))
    for rel, text in article_files(k, renamer, src).items():
        (root / rel).write_text(text, encoding="utf-8")
    with open(root / "config/entities.yaml", "a", encoding="utf-8") as f:
        f.write(entities_body(k, renamer, src))


def questions(root: Path, n: int, per_article: int = 6) -> list[tuple[str, str]]:
    """(question, slug of the article it is about), naming the subject and its contacts."""
    import yaml

    out = []
    for k in range(n):
        slug = f"desk-{suffix(k)}"
        meta = yaml.safe_load((root / f"data/articles/{slug}.yaml").read_text("utf-8"))
        facts = yaml.safe_load((root / f"data/facts/{slug}.yaml").read_text("utf-8"))["facts"]
        subject = meta["subject"]
        asked: list[str] = []
        for fact in facts:
            if fact["kind"] not in ("met", "visit", "hosted"):
                continue
            places = fact.get("place") or []
            places = [places] if isinstance(places, str) else places
            for place in places:
                asked.append(f"who did {subject} meet in {place}?")
            for who in fact.get("who") or []:
                asked.append(f"where did {subject} meet {who}?")
                asked.append(f"what did {subject} discuss with {who}?")
        asked = list(dict.fromkeys(asked))
        step = max(1, len(asked) // per_article)
        out += [(q, slug) for q in asked[::step][:per_article]]
    return out


def env_for(root: Path) -> dict[str, str]:
    return {**os.environ, "BOT_PATHS_DATA": str(root / "data"),
            "BOT_PATHS_CONFIG": str(root / "config"),
            "BOT_PATHS_STORE": str(root / "var/store.sqlite3"),
            "BOT_PATHS_STATE": str(root / "var/state.sqlite3"), "PYTHONHASHSEED": "0"}


def child(root: Path, measure: str, *args: str) -> dict[str, float]:
    """Run one measure in a fresh interpreter and return what it printed (JSON)."""
    out = subprocess.run([sys.executable, __file__, "--child", measure, str(root), *args],
                         env=env_for(root), cwd=ROOT, capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        raise SystemExit(f"{measure} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(p / 100 * len(ordered) + 0.5) - 1)]


# --- the measures, each run in its own process --------------------------------------------

def measure_build(root: Path) -> dict[str, float]:
    from bot.store.build import build_store

    store = root / "var/store.sqlite3"
    store.unlink(missing_ok=True)
    began = time.perf_counter()
    build_store(root / "data", root / "config", store)
    return {"build_s": time.perf_counter() - began, "store_mb": store.stat().st_size / 1e6}


def measure_reload(root: Path, n: int) -> dict[str, float]:
    from bot import collector
    from bot.service import AnswerService
    from bot.settings import load_settings

    service = AnswerService.open(load_settings())
    collector.settle()  # as every `python -m bot` process does after loading
    before = service.stats()["documents"]
    add_article(root, n)
    began = time.perf_counter()
    report = service.reload()
    seconds = time.perf_counter() - began
    assert report.after["documents"] == before + 1, report
    return {"reload_s": seconds}


def measure_answers(root: Path, n: int, count: int) -> dict[str, float]:
    import gc

    from bot import collector
    from bot.service import AnswerService
    from bot.settings import load_settings

    began = time.perf_counter()
    service = AnswerService.open(load_settings())
    load_s = time.perf_counter() - began
    collector.settle()  # as every `python -m bot` process does after loading
    gc.collect()
    after_load = rss_mb()
    asked = questions(root, n)
    latencies, right, answered = [], 0, 0
    for i in range(count):
        question, slug = asked[i % len(asked)]
        t = time.perf_counter()
        answer = service.ask(question)
        latencies.append(time.perf_counter() - t)
        if i < len(asked):  # each question judged once
            answered += bool(answer.sources)
            right += bool(answer.sources) and all(s.document == slug for s in answer.sources)
    gc.collect()
    judged = min(count, len(asked))
    return {"load_s": load_s, "rss_load_mb": after_load, "rss_after_mb": rss_mb(),
            "p50_ms": percentile(latencies, 50) * 1e3, "p99_ms": percentile(latencies, 99) * 1e3,
            "answers": count, "judged": judged, "with_sources": answered,
            "right_share": right / max(1, answered)}


def measure_first(root: Path) -> dict[str, float]:
    """Start `python -m bot ask --json -` on a built store; seconds to its first answer."""
    question = questions(root, 1)[0][0]
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--json", "-"],
                            env=env_for(root), cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(question + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    seconds = time.perf_counter() - began
    proc.stdin.close()
    proc.wait(60)
    assert json.loads(line)["answer"], line
    return {"first_s": seconds}


def run_child(measure: str, root: Path, args: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    if measure == "build":
        result = measure_build(root)
    elif measure == "reload":
        result = measure_reload(root, int(args[0]))
    elif measure == "answers":
        result = measure_answers(root, int(args[0]), int(args[1]))
    elif measure == "first":
        result = measure_first(root)
    else:
        raise SystemExit(f"unknown measure {measure}")
    print(json.dumps(result))


def bench(n: int, answers: int, keep: Path | None) -> dict[str, float]:
    root = keep / f"n{n}" if keep else Path(tempfile.mkdtemp(prefix=f"bench-scale-{n}-"))
    try:
        if root.exists():
            shutil.rmtree(root)
        began = time.perf_counter()
        generate(root, n)
        print(f"  N={n}: generated in {time.perf_counter() - began:.1f} s", file=sys.stderr)
        row: dict[str, float] = {"articles": n}
        row |= child(root, "build")
        print(f"  N={n}: built in {row['build_s']:.1f} s", file=sys.stderr)
        row |= child(root, "first")
        row |= child(root, "answers", str(n), str(answers))
        row |= child(root, "reload", str(n))
        return row
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def table(rows: list[dict[str, float]]) -> str:
    head = ("| articles | full build | add one + reload | store | first answer | RSS loaded "
            "| RSS after answers | answer p50 / p99 | right article |")
    lines = [head, "|" + "---|" * 9]
    for r in rows:
        lines.append(
            f"| {r['articles']:,.0f} | {r['build_s']:.1f} s | {r['reload_s']:.2f} s "
            f"| {r['store_mb']:.1f} MB | {r['first_s']:.2f} s | {r['rss_load_mb']:.0f} MB "
            f"| {r['rss_after_mb']:.0f} MB ({r['answers']:,.0f}) "
            f"| {r['p50_ms']:.2f} / {r['p99_ms']:.2f} ms "
            f"| {100 * r['right_share']:.1f}% of {r['with_sources']:.0f} |")
    return "\n".join(lines)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        run_child(sys.argv[2], Path(sys.argv[3]), sys.argv[4:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,100,1000",
                        help="comma-separated article counts (default 1,100,1000)")
    parser.add_argument("--answers", type=int, default=10_000,
                        help="answers per size for latency and memory (default 10000)")
    parser.add_argument("--keep", type=Path, help="generate into DIR/n<N> and keep it")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON too")
    args = parser.parse_args()
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        rows.append(bench(n, args.answers, args.keep))
        print(table(rows[-1:]).splitlines()[-1], file=sys.stderr)
    print(table(rows))
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
