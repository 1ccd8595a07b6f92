"""The command line as a caller uses it: `python -m bot ask --json -` speaks PROTOCOL.md.

Every command runs from the repository root with its store in tmp_path (BOT_PATHS_STORE),
so the tests never touch var/.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, Material, article_key, assert_grounded

from bot.engine.answer import Answer, Source
from bot.store.sources import read_sources

PROTOCOL_KEYS = {"question", "answered", "answer", "intent", "confidence", "sources"}
GUARD = 60  # seconds: only a guard against a hung child, never a timing assertion


@pytest.fixture
def env(tmp_path: Path, built_store: Path) -> dict[str, str]:
    """The environment for a command: no BOT_* from the caller, the store in tmp_path
    (seeded with the session's build, so that each command need not build its own)."""
    store = tmp_path / "var" / "store.sqlite3"
    store.parent.mkdir()
    shutil.copyfile(built_store, store)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    return clean | {"BOT_PATHS_STORE": str(store),
                    "BOT_PATHS_STATE": str(tmp_path / "var" / "state.sqlite3"),
                    "PYTHONIOENCODING": "utf-8"}


def run(args: list[str], env: dict[str, str], stdin: str | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=GUARD)


def replies(stdout: str) -> list[dict]:
    lines = stdout.splitlines()
    assert all(line.startswith("{") for line in lines), f"not only JSON on stdout: {stdout!r}"
    return [json.loads(line) for line in lines]


def check_shape(reply: dict, article: str) -> None:
    assert PROTOCOL_KEYS <= set(reply) <= PROTOCOL_KEYS | {"alternative"}
    assert isinstance(reply["answered"], bool) and isinstance(reply["answer"], str)
    assert isinstance(reply["intent"], str) and 0 <= reply["confidence"] <= 1
    sources = tuple(Source(**s) for s in reply["sources"])
    assert_grounded(Answer(reply["question"], reply["answer"], reply["answered"],
                           reply["intent"], reply["confidence"], sources), article)


def test_ask_json_stream(env: dict[str, str], tmp_path: Path) -> None:
    lines = [
        "Who did Putin meet in Astana?",
        json.dumps({"question": "where did putin see erdogan", "session": "c01"}),
        "",
        json.dumps({"question": "when was that?", "session": "c01"}),
        json.dumps({"question": "when was that?", "session": "c02"}),
        "when was that?",
        json.dumps({"question": "Qui a rencontré Poutine à Astana ?"}, ensure_ascii=False),
        "what's the weather like",
    ]
    result = run(["ask", "--json", "-"], env, "\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = replies(result.stdout)
    assert len(out) == len(lines)
    asked = [json.loads(x)["question"] if x.startswith("{") else x for x in lines]
    assert [r["question"] for r in out] == asked
    article = article_key()
    for reply in out:
        check_shape(reply, article)
    astana, where, blank, followup, other_session, no_session, _, weather = out
    assert astana["answered"] and "Xi" in astana["answer"]
    assert where["answered"] and "Erdogan" in where["answer"]
    assert not blank["answered"] and blank["answer"]
    assert followup["answered"] and "Erdogan" in followup["answer"]
    assert "Erdogan" not in other_session["answer"] and "Erdogan" not in no_session["answer"]
    assert not weather["answered"]


def test_ask_builds_a_missing_store(env: dict[str, str], tmp_path: Path) -> None:
    store = tmp_path / "var" / "store.sqlite3"
    store.unlink()
    result = run(["ask", "--json", "-"], env, "did putin meet kim\n")
    assert result.returncode == 0, result.stderr
    assert replies(result.stdout)[0]["answered"]
    assert store.exists()


def test_ask_json_stream_flushes_each_answer(env: dict[str, str]) -> None:
    """A caller can send one question, wait for its answer, then send the next."""
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--json", "-"], cwd=ROOT,
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    try:
        for question in ("Who did Putin meet in Beijing?", "", "did putin meet kim"):
            proc.stdin.write(json.dumps({"question": question, "session": "s"}) + "\n")
            proc.stdin.flush()
            assert selector.select(timeout=GUARD), "no answer while stdin stays open"
            reply = json.loads(proc.stdout.readline())
            assert reply["question"] == question
        proc.stdin.close()
        assert proc.wait(timeout=GUARD) == 0
        assert proc.stdout.read() == ""
    finally:
        selector.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_malformed_json_lines_are_questions_too(env: dict[str, str]) -> None:
    lines = ['{"question": "who did putin meet in beijing"', '{"session": "x"}',
             '{"question": 42}', "[1, 2, 3]", "{}"]
    result = run(["ask", "--json", "-"], env, "\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = replies(result.stdout)
    assert len(out) == len(lines)
    article = article_key()
    for reply in out:
        check_shape(reply, article)
    assert out[2]["question"] == "" and not out[2]["answered"]


def test_one_failing_question_does_not_end_the_stream(env: dict[str, str]) -> None:
    """An exception answering one line: logged on stderr, an error object on stdout."""
    code = (
        "import sys\n"
        "from bot.engine.core import Engine\n"
        "real = Engine.ask\n"
        "def ask(self, question, *args, **kwargs):\n"
        "    if question == 'explode':\n"
        "        raise RuntimeError('boom in the engine')\n"
        "    return real(self, question, *args, **kwargs)\n"
        "Engine.ask = ask\n"
        "from bot.__main__ import main\n"
        "sys.exit(main(['ask', '--json', '-']))\n")
    result = subprocess.run([sys.executable, "-c", code], input="hi\nexplode\ndid putin meet kim\n",
                            cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                            timeout=GUARD)
    assert result.returncode == 0
    out = replies(result.stdout)
    assert [r["question"] for r in out] == ["hi", "explode", "did putin meet kim"]
    assert out[1]["answered"] is False and out[1]["sources"] == [] and out[1]["answer"]
    assert out[2]["answered"]
    assert "boom in the engine" in result.stderr
    assert "boom" not in result.stdout


def test_ask_json_with_one_argument(env: dict[str, str]) -> None:
    result = run(["ask", "--json", "Who did Putin meet in Astana?"], env)
    assert result.returncode == 0, result.stderr
    (reply,) = replies(result.stdout)
    check_shape(reply, article_key())
    assert reply["answered"] and "Erdogan" in reply["answer"]


def test_ask_prints_text_with_sources(env: dict[str, str]) -> None:
    result = run(["ask", "Who", "did", "Putin", "meet", "in", "Beijing?"], env)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Xi" in text
    assert not text.lstrip().startswith("{")
    numbered = re.findall(r"^\[(\d+)\] .*paragraph (\d+)$", text, flags=re.MULTILINE)
    assert numbered and numbered[0][0] == "1"
    assert "Beijing" in text.split("[1]", 1)[1]


def test_ask_declines_in_text(env: dict[str, str]) -> None:
    result = run(["ask", "tell me a joke"], env)
    assert result.returncode == 0
    assert result.stdout.strip() and "[1]" not in result.stdout


def test_build_prints_counts(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "var" / "store.sqlite3").unlink()
    result = run(["build"], env)
    assert result.returncode == 0, result.stderr
    sources = read_sources(ROOT / "data", ROOT / "config")
    out = result.stdout
    assert str(tmp_path / "var" / "store.sqlite3") in out
    assert f"{len(sources.facts)} facts" in out
    assert f"{len(sources.entities)} entities" in out
    assert f"{len(sources.intents)} intents" in out
    assert re.search(rf"\b{len(sources.documents)} document", out)
    assert (tmp_path / "var" / "store.sqlite3").exists()


def test_build_error_names_the_file_and_exits_1(env: dict[str, str], material: Material) -> None:
    material.edit(material.facts, "when: in June", "when: in July")
    store = material.root / "other" / "store.sqlite3"
    env = env | {"BOT_PATHS_DATA": str(material.data), "BOT_PATHS_CONFIG": str(material.config),
                 "BOT_PATHS_STORE": str(store)}
    result = run(["build"], env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "putin-diplomacy.yaml" in result.stderr and "line" in result.stderr
    assert "Traceback" not in result.stderr
    assert not store.exists()
