"""The fuzz target of fuzz_answer_path.py, fed by hypothesis so that CI runs it: any
unicode, control and invisible characters, mention and markdown injection, SQL and FTS
syntax, up to 10,000 characters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import fuzz_answer_path
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reliability_support import MARKDOWN, MENTIONS, SQL, any_input

from bot.service import AnswerService

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture
def target(live: AnswerService) -> None:
    fuzz_answer_path.use(live)


@FUZZ
@given(text=any_input)
@example(text=" ".join(MENTIONS))
@example(text=" ".join(MARKDOWN))
@example(text=" ".join(SQL))
@example(text="[*click*](https://example.org) https://example.org/*a*_b_||c||```")
@example(text="who did putin meet <@123> <#789> <@&456> @everyone " * 300)
@example(text="\u202e\u200b\x00\x1b[31m" * 2500)
def test_the_answer_path_holds_for_any_text(target: None, text: str) -> None:
    fuzz_answer_path.check_text(text)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2_000))
def test_the_answer_path_holds_for_any_bytes(target: None, data: bytes) -> None:
    fuzz_answer_path.one_input(data)


def test_the_fuzz_target_runs_standalone(tmp_path: Path, pristine: Path) -> None:
    """`python tests/reliability/fuzz_answer_path.py FILE` works without atheris (and
    never imports pytest or hypothesis' test helpers at module level)."""
    sample = tmp_path / "input.txt"
    sample.write_bytes(b"who did <@123> meet? ```x``` @everyone")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env["FUZZ_DATA_ROOT"] = str(pristine)
    done = subprocess.run([sys.executable, fuzz_answer_path.__file__, str(sample)],
                          capture_output=True, text=True, timeout=60, env=env,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "all fine" in done.stdout
