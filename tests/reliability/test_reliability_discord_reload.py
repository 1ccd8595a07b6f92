"""Faults through Discord: a moderator's `/reload` or `!reload` names the file and the line
or key, members keep getting the old answers, and the next good reload works; a reload
during a burst of questions loses none of them."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from bot_harness import Harness
from fake_discord import ADMIN_ID, MEMBER_ID, MODERATOR_ID, OTHER_MEMBER_ID
from reliability_support import (
    DATA_FAULTS,
    WRITE_FAULTS,
    Expect,
    check_message,
    make_rig,
    probe_questions,
)

from bot import service as service_module
from bot.discord import render

# One fault of each kind; every fault of DATA_FAULTS goes through AnswerService.reload()
# in test_reliability_faults.py.
THROUGH_DISCORD = ["entities-missing", "intents-empty", "facts-invalid-yaml",
                   "facts-wrong-shape", "fact-wrong-shape", "meta-wrong-shape",
                   "article-not-utf8", "quote-not-in-article", "alias-used-twice"]


def description(call: Any) -> str:
    check_message(call.message)
    [embed] = call.message["embeds"]
    return embed["description"]


async def ask(h: Harness, question: str) -> str:
    mark = h.mark
    await h.fake.send_message(f"!ask {question}", author=MEMBER_ID)
    [call] = await h.reply_to(mark)
    return description(call)


async def reload(h: Harness, how: str, author: int = MODERATOR_ID) -> str:
    """The text of the moderator's reply to `/reload` or `!reload`."""
    mark = h.mark
    if how == "slash":
        await h.fake.slash("reload", author=author)
    else:
        await h.fake.send_message("!reload", author=author)
    if how == "slash":
        [call] = await h.reply_to(mark, timeout=15)
        assert call.is_ephemeral  # only the moderator sees it
        return description(call)
    # the prefix form: the report by direct message, a pointer in the channel
    calls = await h.reply_to(mark, count=2, timeout=15)
    [call] = [c for c in calls if h.fake.dm_recipient(c) == author]
    return description(call)


def assert_names(text: str, expect: Expect) -> None:
    assert text.startswith("Reload failed; I'm still answering from the previous data."), text
    assert f"**{render.safe(expect.file)}**" in text, (expect.file, text)
    if expect.lines is not None:
        lo, hi = expect.lines
        assert any(f", line {n}" in text for n in range(lo, hi + 1)), (expect.lines, text)
    if expect.key is not None:
        assert render.safe(expect.key) in text, (expect.key, text)
    assert render.safe(expect.says) in text, (expect.says, text)


async def test_reload_faults_through_slash_and_prefix_name_file_and_line(
        harness: Harness, pristine: Path, tmp_path: Path) -> None:
    h = harness
    rig = make_rig(pristine, tmp_path)
    assert rig.settings.paths.store == h.bot.settings.paths.store
    question = probe_questions(h.service)[0]
    before, snapshot = await ask(h, question), h.service.snapshot

    for i, fault in enumerate(THROUGH_DISCORD):
        expect = DATA_FAULTS[fault](rig)
        text = await reload(h, "slash" if i % 2 == 0 else "prefix")
        assert_names(text, expect)
        assert await ask(h, question) == before, fault
        assert h.service.snapshot is snapshot
        rig.restore()

    with pytest.MonkeyPatch.context() as mp:  # the disk refuses the write
        names = WRITE_FAULTS["replace-no-space"](mp, rig.store)
        text = await reload(h, "prefix")
    assert "still answering from the previous data" in text
    assert render.safe(names) in text and "No space left on device" in text
    assert await ask(h, question) == before

    entities = h.service.stats()["entities"]
    rig.good_edit()
    text = await reload(h, "slash")
    assert text.startswith("Reloaded in") and f"entities: {entities} → {entities + 1}" in text
    assert await ask(h, question) == before


async def test_two_reloads_at_once_from_two_moderators(harness: Harness, pristine: Path,
                                                      tmp_path: Path) -> None:
    h = harness
    rig = make_rig(pristine, tmp_path)
    entities = h.service.stats()["entities"]
    rig.good_edit()
    mark = h.mark
    await h.fake.slash("reload", author=MODERATOR_ID)
    await h.fake.send_message("!reload", author=ADMIN_ID)
    calls = await h.reply_to(mark, count=3, timeout=15)  # the prefix form adds a pointer
    for call in [c for c in calls if "direct message" not in description(c)]:
        text = description(call)
        assert text.startswith("Reloaded in") and f"→ {entities + 1}" in text


async def test_a_reload_while_100_questions_are_in_flight_loses_none(
        harness: Harness, pristine: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    h = harness
    rig = make_rig(pristine, tmp_path)
    probes = probe_questions(h.service)
    old = {q: render.safe(h.service.ask(q).text) for q in probes}
    started, release = threading.Event(), threading.Event()
    real = service_module.build_store

    def slow_build(*args: Any) -> Any:
        started.set()
        result = real(*args)
        release.wait(15)  # the old data stays in place until questions have overlapped
        return result

    monkeypatch.setattr(service_module, "build_store", slow_build)
    rig.good_edit()
    mark = h.mark
    await h.fake.slash("reload", author=MODERATOR_ID)
    while not started.is_set():
        await asyncio.sleep(0.01)
    questions = [probes[i % len(probes)] for i in range(100)]
    for i, question in enumerate(questions):
        await h.fake.send_message(f"!ask {question}",
                                  author=MEMBER_ID if i % 2 else OTHER_MEMBER_ID)
    answered_early = await h.reply_to(mark, count=30, timeout=15)
    release.set()
    calls = await h.reply_to(mark, count=101, timeout=30)
    reloads = [c for c in calls if "Reloaded in" in description(c)]
    answers = [c for c in calls if c not in reloads]
    assert len(reloads) == 1 and len(answers) == 100
    assert len([c for c in answered_early if c not in reloads]) >= 30
    new = {q: render.safe(h.service.ask(q).text) for q in probes}
    titles = sorted(c.message["embeds"][0]["title"] for c in answers)
    assert titles == sorted(render.safe(q) for q in questions)
    for call in answers:
        embed = call.message["embeds"][0]
        question = next(q for q in probes if render.safe(q) == embed["title"])
        assert embed["description"] in (old[question], new[question])
        assert "Something went wrong" not in embed["description"]
