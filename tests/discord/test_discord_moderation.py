"""Moderators: /reload (refused, done, broken file), /unanswered, "Why this answer"."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from bot_harness import Harness
from discord_questions import Questions
from fake_discord import ADMIN_ID, MEMBER_ID, MODERATOR_ID

from bot.discord import render
from bot.errors import DataError
from bot.yamlio import load_yaml


def embed_of(call: Any) -> dict[str, Any]:
    [embed] = call.message["embeds"]
    return embed


async def test_reload_is_refused_to_a_plain_member(harness: Harness) -> None:
    mark = harness.mark
    await harness.fake.slash("reload", author=MEMBER_ID)
    [call] = await harness.reply_to(mark)
    assert call.is_ephemeral
    assert "moderators only" in embed_of(call)["description"]
    mark = harness.mark
    await harness.fake.send_message("!reload", author=MEMBER_ID)
    [call] = await harness.reply_to(mark)
    assert "moderators only" in embed_of(call)["description"]
    # Nothing was reloaded: no thread ran, no "Reloaded" anywhere.
    assert not any("Reloaded" in str(c.json) for c in harness.fake.calls)


async def test_reload_by_a_moderator_role_reports_the_counts(harness: Harness) -> None:
    stats = harness.service.stats()
    mark = harness.mark
    await harness.fake.slash("reload", author=MODERATOR_ID)
    [deferred] = await harness.fake.wait_for(lambda c: c.route.endswith("/callback"),
                                             after=mark)
    assert deferred.json["type"] == 5 and deferred.json["data"]["flags"] == 64  # thinking…
    [done] = await harness.reply_to(mark)
    # The deferred response is edited (not a follow-up message), and stays ephemeral.
    assert done.route == "PATCH /webhooks/{id}/{token}/messages/@original"
    assert done.is_ephemeral
    assert not [c for c in harness.fake.calls[mark:] if c.route == "POST /webhooks/{id}/{token}"]
    text = embed_of(done)["description"]
    assert text.startswith("Reloaded in")
    for key, value in stats.items():
        assert f"{key}: {value} → {value}" in text


async def test_reload_by_manage_server_through_the_prefix(harness: Harness) -> None:
    mark = harness.mark
    await harness.fake.send_message("!reload", author=ADMIN_ID)
    [done, pointer] = await harness.reply_to(mark, count=2)
    # the report (counts, file paths) goes by direct message; the channel gets a pointer
    assert harness.fake.dm_recipient(done) == ADMIN_ID
    assert embed_of(done)["description"].startswith("Reloaded in")
    assert harness.fake.dm_recipient(pointer) is None
    assert "Reloaded" not in str(pointer.json)


async def test_a_broken_yaml_file_keeps_the_old_data_and_names_file_and_line(
        harness: Harness, q: Questions) -> None:
    settings = harness.bot.settings
    facts = sorted((settings.paths.data / "facts").glob("*.yaml"))[0]
    lines = facts.read_text(encoding="utf-8").splitlines()
    lines.insert(len(lines) // 2, "  - id: [unclosed, {broken")
    facts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_yaml(facts)
    line = raised.value.line
    assert line
    before = harness.service.ask(q.answered)
    stats = harness.service.stats()

    mark = harness.mark
    await harness.fake.slash("reload", author=ADMIN_ID)
    [reply] = await harness.reply_to(mark)
    text = embed_of(reply)["description"]
    assert "still answering from the previous data" in text
    rel = facts.relative_to(settings.paths.data.parent).as_posix()
    assert rel.replace("_", "\\_") in text or rel in text
    assert f"line {line}" in text

    # The old data still serves, through Discord and in the service.
    assert harness.service.stats() == stats
    mark = harness.mark
    await harness.fake.send_message(f"!ask {q.answered}")
    [answer] = await harness.reply_to(mark)
    assert embed_of(answer)["description"] == render.safe(before.text)


async def test_a_url_discord_would_reject_is_a_reload_error(harness: Harness) -> None:
    """Through /reload: the url is refused at build with file and line, and the old data
    keeps serving (so no answer is ever sent with it)."""
    settings = harness.bot.settings
    meta = sorted((settings.paths.data / "articles").glob("*.yaml"))[0]
    lines = meta.read_text(encoding="utf-8").splitlines()
    [at] = [i for i, line in enumerate(lines) if line.startswith("url:")]
    lines[at] = "url: 'https://'"
    meta.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stats = harness.service.stats()
    mark = harness.mark
    await harness.fake.slash("reload", author=ADMIN_ID)
    [reply] = await harness.reply_to(mark)
    text = embed_of(reply)["description"]
    assert "still answering from the previous data" in text
    assert meta.name in text and f"line {at + 1}" in text and "has no host" in text
    assert harness.service.stats() == stats


async def test_unanswered_lists_declined_questions_without_who_asked(harness: Harness,
                                                                     q: Questions) -> None:
    declined = q.declined
    assert not harness.service.ask(declined).answered
    for _ in range(2):
        mark = harness.mark
        await harness.fake.send_message(f"!ask {declined} <@{MODERATOR_ID}>")
        await harness.reply_to(mark)
    mark = harness.mark
    await harness.fake.slash("unanswered", {"days": 7}, author=MODERATOR_ID)
    [deferred] = await harness.fake.wait_for(lambda c: c.route.endswith("/callback"),
                                             after=mark)
    assert deferred.json["type"] == 5 and deferred.json["data"]["flags"] == 64
    [call] = await harness.reply_to(mark)
    assert call.route == "PATCH /webhooks/{id}/{token}/messages/@original"
    assert call.is_ephemeral
    assert harness.fake.calls.index(deferred) < harness.fake.calls.index(call)
    embed = embed_of(call)
    assert "last 7 days" in embed["title"]
    assert render.safe(declined) in embed["description"] and "`2×`" in embed["description"]
    # Only text and time are stored: no asker, and the mention was stripped.
    db = sqlite3.connect(harness.bot.settings.paths.state)
    try:
        columns = [r[1] for r in db.execute("PRAGMA table_info(unanswered)")]
        rows = db.execute("SELECT * FROM unanswered").fetchall()
    finally:
        db.close()
    assert columns == ["id", "question", "normalised", "asked_at"]
    assert rows and not any(str(MEMBER_ID) in str(r) or str(MODERATOR_ID) in str(r)
                            for r in rows)
    mark = harness.mark
    await harness.fake.slash("unanswered", author=MEMBER_ID)
    [refused] = await harness.reply_to(mark)
    assert "moderators only" in embed_of(refused)["description"]


async def test_why_this_answer_shows_the_trace_to_moderators_only(harness: Harness,
                                                                  q: Questions) -> None:
    answer = harness.service.ask(q.answered)
    mark = harness.mark
    await harness.fake.slash("ask", {"question": q.answered})
    [call] = await harness.reply_to(mark)
    message = harness.sent_message(call)

    mark = harness.mark
    await harness.fake.message_command("Why this answer", message, author=MEMBER_ID)
    [refused] = await harness.reply_to(mark)
    assert refused.is_ephemeral and "moderators only" in embed_of(refused)["description"]

    mark = harness.mark
    await harness.fake.message_command("Why this answer", message, author=MODERATOR_ID)
    [shown] = await harness.reply_to(mark)
    assert shown.is_ephemeral
    embed = embed_of(shown)
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert answer.trace.intent in fields["Intent"]
    for fact in answer.trace.facts:
        assert fact.replace("_", "\\_") in fields["Facts"]

    mark = harness.mark
    await harness.fake.send_message("!why", author=ADMIN_ID, reference=int(message["id"]))
    [dm, pointer] = await harness.reply_to(mark, count=2)
    assert harness.fake.dm_recipient(dm) == ADMIN_ID
    assert embed_of(dm)["title"] == "Why this answer"
    assert harness.fake.dm_recipient(pointer) is None  # in the channel: only a pointer
    assert "direct message" in embed_of(pointer)["description"]
    assert "Why this answer" not in str(pointer.json)


def public(harness: Harness, mark: int) -> list[Any]:
    """Messages the bot posted where others can see them (not DMs, not ephemeral)."""
    return [c for c in harness.fake.calls[mark:] if c.message is not None
            and harness.fake.dm_recipient(c) is None and not c.is_ephemeral]


async def test_prefix_unanswered_is_sent_to_the_moderator_privately(harness: Harness,
                                                                    q: Questions) -> None:
    mark = harness.mark
    await harness.fake.send_message(f"!ask {q.declined}")
    await harness.reply_to(mark)
    mark = harness.mark
    await harness.fake.send_message("!unanswered 7", author=MODERATOR_ID)
    [dm, pointer] = await harness.reply_to(mark, count=2)
    assert harness.fake.dm_recipient(dm) == MODERATOR_ID
    assert "last 7 days" in embed_of(dm)["title"]
    assert render.safe(q.declined) in embed_of(dm)["description"]
    assert public(harness, mark) == [pointer]
    assert render.safe(q.declined) not in str(pointer.json)
    assert "Unanswered" not in str(pointer.json)


async def test_prefix_moderator_output_with_closed_dms_points_to_the_slash_form(
        harness: Harness, q: Questions) -> None:
    harness.fake.dms_closed.add(MODERATOR_ID)
    mark = harness.mark
    await harness.fake.send_message(f"!ask {q.declined}")
    await harness.reply_to(mark)
    mark = harness.mark
    await harness.fake.send_message("!unanswered", author=MODERATOR_ID)
    await harness.fake.wait_for(lambda c: c.message is not None
                                and harness.fake.dm_recipient(c) is None, after=mark)
    await harness.fake.settle()
    [pointer] = public(harness, mark)
    text = embed_of(pointer)["description"]
    assert "/unanswered" in text and "direct message" in text
    assert render.safe(q.declined) not in str(pointer.json)
    answer = await _an_answer(harness, q)
    mark = harness.mark
    await harness.fake.send_message("!why", author=MODERATOR_ID, reference=int(answer["id"]))
    await harness.fake.wait_for(lambda c: c.message is not None
                                and harness.fake.dm_recipient(c) is None, after=mark)
    await harness.fake.settle()
    [pointer] = public(harness, mark)
    assert "Why this answer" in embed_of(pointer)["description"]  # the menu to use
    assert not embed_of(pointer).get("fields")  # ...and no trace


async def _an_answer(harness: Harness, q: Questions) -> dict[str, Any]:
    mark = harness.mark
    await harness.fake.send_message(f"!ask {q.answered}")
    [call] = await harness.reply_to(mark)
    return harness.sent_message(call)


@pytest.mark.parametrize(("argument", "says"), [
    ("abc", "a whole number from 1 to 365"),
    ("400", "a whole number from 1 to 365"),
    ("0", "a whole number from 1 to 365"),
])
async def test_prefix_unanswered_with_a_bad_argument_says_what_it_expects(
        harness: Harness, argument: str, says: str) -> None:
    mark = harness.mark
    await harness.fake.send_message(f"!unanswered {argument}", author=MODERATOR_ID)
    [call] = await harness.reply_to(mark)
    text = embed_of(call)["description"]
    assert "!unanswered [days]" in text and says in text and "`days`" in text
    await harness.fake.settle()
    assert not [c for c in harness.fake.calls[mark:] if harness.fake.dm_recipient(c)]


async def test_slash_unanswered_days_is_an_integer_option_with_a_range(
        harness: Harness) -> None:
    [command] = [c for c in harness.fake.synced["global"] if c["name"] == "unanswered"]
    [days] = command["options"]
    assert days["type"] == 4  # INTEGER, not free text
    assert (days["min_value"], days["max_value"]) == (1, 365)
    assert not days.get("required")
