"""Fuzz target: any bytes, as a question, through the whole answer path to Discord payloads.

    pip install atheris          # for manual runs only; not a project dependency
    python tests/reliability/fuzz_answer_path.py -max_total_time=300

Without atheris the script runs each file named on the command line (or stdin) once. In CI
the same target runs under pytest, fed by hypothesis (test_reliability_fuzz.py).

For every input: the engine answers (ask, a follow-up, about, meetings, autocomplete), and
every embed the Discord layer would send for it (answer pages, sources, why-this-answer,
the unanswered list, a reload failure naming a file of that name) stays inside Discord's
limits, renders no mention and echoes the question with its markdown escaped. Any
exception is a finding.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(HERE))

from reliability_support import (  # noqa: E402
    ROOT,
    check_embed_dict,
    plain_settings,
    raw_mentions,
    unescaped_markdown,
)

from bot.discord import render  # noqa: E402
from bot.discord.answering import Answering  # noqa: E402
from bot.discord.cogs.moderation import describe_failure  # noqa: E402
from bot.discord.views import Key  # noqa: E402
from bot.engine.answer import Answer  # noqa: E402
from bot.errors import DataError  # noqa: E402
from bot.service import AnswerService  # noqa: E402
from bot.unanswered import MAX_QUESTION_CHARS, clean_question  # noqa: E402

_service: AnswerService | None = None


def use(service: AnswerService) -> None:
    """Fuzz against this service (pytest passes one over its pristine copy)."""
    global _service
    _service = service
    _answering.cache_clear()


def service() -> AnswerService:
    """The service to fuzz: given by use(), else data/ and config/ of FUZZ_DATA_ROOT (the
    repository by default), with the store built in a temp dir."""
    global _service
    if _service is None:
        source = Path(os.environ.get("FUZZ_DATA_ROOT") or ROOT)
        settings = plain_settings(Path(tempfile.mkdtemp(prefix="fuzz-answer-path-")))
        paths = dataclasses.replace(settings.paths, data=source / "data",
                                    config=source / "config")
        _service = AnswerService.open(dataclasses.replace(settings, paths=paths))
    return _service


@functools.lru_cache(maxsize=1)
def _answering() -> Answering:
    """The real Answering over a stand-in bot: only .service and .settings are read."""
    svc = service()
    return Answering(SimpleNamespace(service=svc, settings=svc.settings))  # type: ignore[arg-type]


def check_embed(embed: Any) -> None:
    check_embed_dict(embed.to_dict())


def check_answer(answer: Answer, answering: Answering) -> None:
    assert isinstance(answer, Answer) and answer.text.strip()
    for page in range(render.page_count(answer)):
        embed = answering.embed(answer, page)
        check_embed(embed)
        # The title echoes the question: shown literally, never as markdown.
        assert not unescaped_markdown(embed.title or ""), embed.title
    check_embed(render.sources_embed(answer, documents=answering.document,
                                     paragraphs=answering.paragraph))
    check_embed(render.trace_embed(answer, asked_at=time.time()))
    # The persistent buttons: every custom_id within Discord's 100, whatever the question.
    for key in (Key.ask(), Key.about(answer.question), Key.meetings(answer.question)):
        view = answering.view(answer, asker_id=10**20 - 1, key=key)  # the longest user id
        for item in view.children if view is not None else ():
            assert 1 <= len(item.custom_id.encode("utf-16-le")) // 2 <= 100, item.custom_id
    assert 1 <= len(render.button_label(f"Did you mean: {answer.alternative or ''}")) \
        <= render.BUTTON_LABEL_MAX


def check_text(text: str) -> None:
    """The whole answer path for one question; raises AssertionError on a broken promise."""
    svc, answering = service(), _answering()
    session = "fuzz:channel"
    for answer in (svc.ask(text, session), svc.ask(text, session), svc.ask(text),
                   svc.about(text), svc.meetings(text or None)):
        check_answer(answer, answering)
    for name in svc.complete(text[:100], (), 25):
        assert 1 <= len(render.choice_text(name)) <= render.CHOICE_MAX
    shown = render.content(text)
    assert len(shown) <= render.CONTENT_MAX and not raw_mentions(shown)
    logged = clean_question(text)
    assert len(logged) <= MAX_QUESTION_CHARS
    check_embed(render.unanswered_embed([(logged, 3, time.time())] * 15, days=14,
                                        now=time.time()))
    # A reload failure naming a file, line and key of that name.
    error = DataError(f"data/facts/{text[:200]}.yaml", text, line=7, key=text[:50])
    check_embed(render.notice_embed("Reload failed.\n" + describe_failure(error, ROOT),
                                    colour=render.FAILED))


def one_input(data: bytes) -> None:
    """The atheris entry point: bytes -> text, as Discord would deliver it (valid UTF-8)."""
    check_text(data.decode("utf-8", errors="replace"))


def main(argv: list[str]) -> int:
    try:
        import atheris  # type: ignore[import-not-found]
    except ImportError:
        inputs = [Path(a).read_bytes() for a in argv[1:]] or [sys.stdin.buffer.read()]
        for data in inputs:
            one_input(data)
        print(f"atheris is not installed: ran {len(inputs)} input(s) once, all fine.")
        return 0
    service()  # build before fuzzing, not inside the first input
    atheris.instrument_all()
    atheris.Setup(argv, one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
