"""What users cannot do to the bot: ping people through it, overflow Discord's limits,
flood it, or crash it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from bot_harness import Harness, assert_no_pings
from discord_questions import Questions
from fake_discord import BOT_ID, MEMBER_ID, MOD_ROLE_ID, OTHER_MEMBER_ID, Call

from bot.discord import render

PINGS = f"@everyone @here <@&{MOD_ROLE_ID}> <@{OTHER_MEMBER_ID}> <@!{OTHER_MEMBER_ID}>"
Launch = Callable[..., Awaitable[Harness]]


def texts(call: Call) -> list[str]:
    """Every string Discord would render from a payload."""
    msg = call.message or {}
    out = [msg.get("content") or ""]
    for e in msg.get("embeds") or []:
        out += [e.get("title") or "", e.get("description") or "",
                (e.get("footer") or {}).get("text") or "",
                (e.get("author") or {}).get("name") or ""]
        out += [f["name"] + f["value"] for f in e.get("fields") or []]
    return out


def assert_within_limits(call: Call) -> None:
    msg = call.message or {}
    assert len(msg.get("content") or "") <= render.CONTENT_MAX
    embeds = msg.get("embeds") or []
    assert len(embeds) <= 10
    total = 0
    for e in embeds:
        assert len(e.get("title") or "") <= render.TITLE_MAX
        assert 0 < len(e.get("description") or "x") <= render.DESCRIPTION_MAX
        assert len(e.get("fields") or []) <= render.FIELDS_MAX
        for f in e.get("fields") or []:
            assert 0 < len(f["name"]) <= render.FIELD_NAME_MAX
            assert 0 < len(f["value"]) <= render.FIELD_VALUE_MAX
        assert len((e.get("footer") or {}).get("text") or "") <= render.FOOTER_MAX
        total += sum(len(t) for t in [e.get("title") or "", e.get("description") or "",
                                      (e.get("footer") or {}).get("text") or ""])
        total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields") or [])
    assert total <= render.EMBED_TOTAL_MAX
    for row in msg.get("components") or []:
        for comp in row["components"]:
            assert len(comp.get("label") or "") <= render.BUTTON_LABEL_MAX


async def test_mass_mentions_in_a_question_ping_nobody(harness: Harness, q: Questions) -> None:
    mark = harness.mark
    await harness.fake.send_message(f"!ask {PINGS} {q.answered}")
    await harness.fake.send_message(f"<@{BOT_ID}> {PINGS} {q.answered}")
    await harness.fake.send_message(f"!ask {PINGS}")  # declined, echoed in the title
    await harness.fake.send_message(f"!about {PINGS}")
    await harness.fake.slash("ask", {"question": f"{PINGS} {q.answered}"})
    calls = await harness.reply_to(mark, count=5)
    assert_no_pings(calls)
    for call in calls:
        for text in texts(call):
            assert "@everyone" not in text and "@here" not in text
            assert f"<@&{MOD_ROLE_ID}>" not in text and f"<@{OTHER_MEMBER_ID}>" not in text
            assert f"<@!{OTHER_MEMBER_ID}>" not in text


async def test_a_3000_character_question_gets_a_reply_within_every_limit(harness: Harness,
                                                                         q: Questions) -> None:
    long = (q.answered + " *and* `more` ") * 200
    long = long[:3000]
    assert len(long) == 3000
    mark = harness.mark
    await harness.fake.send_message(f"!ask {long}")
    await harness.fake.slash("ask", {"question": long})
    await harness.fake.send_message(f"<@{BOT_ID}> {long}")
    calls = await harness.reply_to(mark, count=3)
    for call in calls:
        assert_within_limits(call)
        assert call.message["embeds"][0]["title"].endswith("…")


async def test_cooldown_gives_a_friendly_notice(launch: Launch, q: Questions) -> None:
    h = await launch(cooldown_rate=2, cooldown_per=60.0)
    mark = h.mark
    for _ in range(3):
        await h.fake.send_message(f"!ask {q.answered}")
    calls = await h.reply_to(mark, count=3)
    notices = [c for c in calls if "ask again in" in str(c.json)]
    assert len(notices) == 1
    assert "Easy there" in notices[0].message["embeds"][0]["description"]
    # The budget is per user and shared by every way of asking: the slash notice is private.
    mark = h.mark
    await h.fake.slash("ask", {"question": q.answered})
    [slash] = await h.reply_to(mark)
    assert slash.is_ephemeral and "ask again in" in str(slash.json)
    mark = h.mark
    await h.fake.send_message(f"<@{BOT_ID}> {q.answered}")
    [mention] = await h.reply_to(mark)
    assert "ask again in" in str(mention.json)
    # Another member still gets answers.
    mark = h.mark
    await h.fake.send_message(f"!ask {q.answered}", author=OTHER_MEMBER_ID)
    [other] = await h.reply_to(mark)
    assert other.message["embeds"][0]["title"] == render.safe(q.answered)


async def test_the_spam_guard_warns_once_then_ignores(launch: Launch) -> None:
    h = await launch(cooldown_rate=1, cooldown_per=60.0)
    rate = h.bot.spam_guard.rate
    mark = h.mark
    for _ in range(rate + 3):
        await h.fake.send_message("!help")
    await h.reply_to(mark, count=rate + 1)
    await h.fake.settle()
    calls = [c for c in h.fake.calls[mark:] if c.message]
    assert len(calls) == rate + 1
    assert "very fast" in str(calls[-1].json)


async def test_an_error_inside_a_command_gives_one_short_message_and_a_logged_trace(
        harness: Harness, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, q: Questions) -> None:
    def broken(question: str, session: str | None = None, article: str | None = None) -> Any:
        raise RuntimeError("engine exploded on purpose")

    original = harness.service.ask
    monkeypatch.setattr(harness.service, "ask", broken)
    mark = harness.mark
    await harness.fake.send_message(f"!ask {q.answered}")
    [prefix] = await harness.reply_to(mark)
    mark = harness.mark
    await harness.fake.slash("ask", {"question": q.answered})
    [slash] = await harness.reply_to(mark)
    mark = harness.mark
    await harness.fake.send_message(f"<@{BOT_ID}> {q.answered}")
    [mention] = await harness.reply_to(mark)
    await harness.fake.settle()
    for call in (prefix, slash, mention):
        text = call.message["embeds"][0]["description"]
        assert text.startswith("Something went wrong") and len(text) < 200
        assert "exploded" not in str(call.json) and "Traceback" not in str(call.json)
    assert slash.is_ephemeral
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.exc_info]
    assert len(errors) == 3
    assert all("engine exploded on purpose" in caplog.text for _ in errors)
    assert "Traceback" in caplog.text
    # The bot lives on.
    monkeypatch.setattr(harness.service, "ask", original)
    mark = harness.mark
    await harness.fake.send_message(f"!ask {q.answered}", author=MEMBER_ID)
    [ok] = await harness.reply_to(mark)
    assert ok.message["embeds"][0]["title"] == render.safe(q.answered)


async def test_bad_arguments_get_the_usage(harness: Harness) -> None:
    mark = harness.mark
    await harness.fake.send_message("!ask")
    [call] = await harness.reply_to(mark)
    assert "Usage: `!ask <question>`" in call.message["embeds"][0]["description"]
    mark = harness.mark
    await harness.fake.send_message("!unanswered lots", author=MEMBER_ID)
    await harness.fake.send_message("!unanswered 0", author=MEMBER_ID)
    calls = await harness.reply_to(mark, count=2)
    # Checks come before arguments: a member learns it is for moderators, not its usage.
    assert all("moderators only" in str(c.json) for c in calls)
