"""Members asking: !ask, @mention, /ask, /about and /meetings autocomplete, the buttons."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot_harness import Harness, stop_bot
from discord_questions import Questions, find_questions
from fake_discord import BOT_ID, BOT_ROLE_ID, CHANNEL_ID, MEMBER_ID, OTHER_MEMBER_ID, buttons

from bot.discord import render

ROOT = Path(__file__).resolve().parents[2]


def embed_of(call: Any) -> dict[str, Any]:
    [embed] = call.message["embeds"]
    return embed


def all_text(embed: dict[str, Any]) -> str:
    parts = [embed.get("title", ""), embed.get("description", ""),
             embed.get("footer", {}).get("text", "")]
    parts += [f["name"] + "\n" + f["value"] for f in embed.get("fields", [])]
    return "\n".join(parts)


async def test_prefix_ask_replies_to_the_message_with_the_engine_answer(harness: Harness,
                                                                        q: Questions) -> None:
    expected = harness.service.ask(q.answered)
    mark = harness.mark
    sent = await harness.fake.send_message(f"!ask {q.answered}")
    [call] = await harness.reply_to(mark)
    assert call.route == "POST /channels/{id}/messages"
    assert call.path == f"/channels/{CHANNEL_ID}/messages"
    assert call.json["message_reference"]["message_id"] == int(sent["id"])
    assert call.json["message_reference"]["fail_if_not_exists"] is False
    embed = embed_of(call)
    assert embed["title"] == render.safe(q.answered)
    assert embed["description"] == render.safe(expected.text)
    quote = expected.sources[0].quote
    assert any(" ".join(quote.split())[:60] in f["value"] for f in embed["fields"])
    title = harness.service.document(expected.sources[0].document).title
    assert title in embed["footer"]["text"]
    assert "Sources" in buttons(harness.sent_message(call))


async def test_a_question_addressed_by_mention_is_answered(harness: Harness, q: Questions) -> None:
    mark = harness.mark
    await harness.fake.send_message(f"<@{BOT_ID}> {q.answered}")
    [call] = await harness.reply_to(mark)
    assert embed_of(call)["description"] == render.safe(harness.service.ask(q.answered).text)
    # The bot's managed role counts as addressing the bot too.
    mark = harness.mark
    await harness.fake.send_message(f"<@&{BOT_ROLE_ID}>, {q.answered}")
    [call] = await harness.reply_to(mark)
    assert embed_of(call)["title"] == render.safe(q.answered)


async def test_messages_not_for_the_bot_are_ignored(harness: Harness, q: Questions) -> None:
    mark = harness.mark
    await harness.fake.send_message(q.answered)
    await harness.fake.send_message(f"I think <@{BOT_ID}> knows")
    await harness.fake.send_message("!nonsense-command")
    await harness.fake.settle()
    assert [c for c in harness.fake.calls[mark:] if c.message] == []


async def test_slash_ask_answers_through_the_interaction_callback(harness: Harness,
                                                                  q: Questions) -> None:
    mark = harness.mark
    await harness.fake.slash("ask", {"question": q.answered})
    [call] = await harness.reply_to(mark)
    assert call.route == "POST /interactions/{id}/{token}/callback"
    assert call.json["type"] == 4  # CHANNEL_MESSAGE_WITH_SOURCE: public
    assert not call.is_ephemeral
    assert embed_of(call)["description"] == render.safe(harness.service.ask(q.answered).text)


async def test_follow_up_questions_use_the_askers_session(harness: Harness, q: Questions
                                                          ) -> None:
    first, follow = q.answered, "and when?"
    mark = harness.mark
    await harness.fake.send_message(f"!ask {first}")
    await harness.reply_to(mark)
    mark = harness.mark
    await harness.fake.send_message(f"!ask {follow}")
    [call] = await harness.reply_to(mark)
    # The conversation is keyed "user:channel" and carried the first question's context.
    assert harness.service.sessions.get(f"{MEMBER_ID}:{CHANNEL_ID}").strategy is not None
    harness.service.ask(first, "check")
    expected = harness.service.ask(follow, "check")
    assert expected.trace.used_context
    assert embed_of(call)["description"] == render.safe(expected.text)


async def test_about_autocomplete_is_typo_tolerant(harness: Harness) -> None:
    name = harness.service.complete("", (), 1)[0]
    typo = name[:2] + name[3:]  # one letter dropped
    mark = harness.mark
    await harness.fake.slash("about", {"subject": typo}, focused="subject")
    [call] = await harness.fake.wait_for(lambda c: c.route.endswith("/callback"), after=mark)
    assert call.json["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    choices = call.json["data"]["choices"]
    assert 1 <= len(choices) <= 25
    assert name in [c["value"] for c in choices]
    assert all(1 <= len(c["name"]) <= 100 and 1 <= len(c["value"]) <= 100 for c in choices)
    assert choices == [{"name": n, "value": n} for n in harness.service.complete(typo, (), 25)]


def shows(call: object, text: str) -> bool:
    """The reply shows the engine's answer, or its first page when that is a long list."""
    shown = embed_of(call)["description"].rstrip("\n").split("\n")
    return shown == render.safe(text).split("\n")[:len(shown)]


async def test_about_and_meetings_answer_with_the_engine(harness: Harness) -> None:
    name = harness.service.complete("", ("person",), 1)[0]
    mark = harness.mark
    await harness.fake.slash("about", {"subject": name})
    [call] = await harness.reply_to(mark)
    assert shows(call, harness.service.about(name).text)
    where = harness.service.complete("", ("city",), 1)[0]
    mark = harness.mark
    await harness.fake.slash("meetings", {"where": where}, focused="where")
    [auto] = await harness.fake.wait_for(lambda c: c.route.endswith("/callback"), after=mark)
    assert where in [c["value"] for c in auto.json["data"]["choices"]]
    mark = harness.mark
    await harness.fake.slash("meetings", {"where": where})
    [call] = await harness.reply_to(mark)
    assert shows(call, harness.service.meetings(where).text)
    mark = harness.mark
    await harness.fake.send_message("!meetings")
    [call] = await harness.reply_to(mark)
    assert shows(call, harness.service.meetings(None).text)


async def test_sources_button_shows_the_full_paragraph_only_to_the_clicker(harness: Harness,
                                                                           q: Questions) -> None:
    answer = harness.service.ask(q.answered)
    source = answer.sources[0]
    paragraph = harness.service.paragraph(source.document, source.paragraph)
    assert paragraph
    mark = harness.mark
    await harness.fake.send_message(f"!ask {q.answered}")
    [call] = await harness.reply_to(mark)
    message = harness.sent_message(call)
    mark = harness.mark
    # Anyone may press Sources: the reply is ephemeral.
    await harness.fake.click(message, buttons(message)["Sources"]["custom_id"],
                             author=OTHER_MEMBER_ID)
    [shown] = await harness.reply_to(mark)
    assert shown.route == "POST /interactions/{id}/{token}/callback"
    assert shown.json["type"] == 4 and shown.is_ephemeral
    embed = embed_of(shown)
    assert f"¶ {source.paragraph}" in embed["description"]
    plain = embed["description"].replace("\\", "").replace("**", "")
    assert " ".join(paragraph.split()) in " ".join(plain.split())


async def test_pager_is_for_the_asker_only(harness: Harness, q: Questions) -> None:
    mark = harness.mark
    await harness.fake.send_message(f"!about {q.about_paged}")
    [call] = await harness.reply_to(mark)
    message = harness.sent_message(call)
    pager = buttons(message)
    assert pager["Previous"]["disabled"] is True
    assert embed_of(call)["footer"]["text"].startswith("Page 1/")
    mark = harness.mark
    await harness.fake.click(message, pager["Next"]["custom_id"], author=OTHER_MEMBER_ID)
    [refused] = await harness.reply_to(mark)
    assert refused.is_ephemeral
    assert "Only the person who asked" in embed_of(refused)["description"]
    mark = harness.mark
    await harness.fake.click(message, pager["Next"]["custom_id"], author=MEMBER_ID)
    [turned] = await harness.reply_to(mark)
    assert turned.json["type"] == 7  # UPDATE_MESSAGE: the shared answer turns its page
    page = embed_of(turned)
    assert page["footer"]["text"].startswith("Page 2/")
    items = harness.service.about(q.about_paged).items
    assert render.safe(items[render.ITEMS_PER_PAGE]) in page["description"]
    assert buttons(harness.fake.messages[int(message["id"])])["Previous"]["disabled"] is False


async def test_did_you_mean_answers_the_other_reading_for_the_asker(harness: Harness,
                                                                   q: Questions) -> None:
    first = harness.service.ask(q.ambiguous, "check")
    assert first.alternative
    expected = harness.service.ask(first.alternative, "check")
    mark = harness.mark
    await harness.fake.send_message(f"!ask {q.ambiguous}")
    [call] = await harness.reply_to(mark)
    message = harness.sent_message(call)
    [label] = [b for b in buttons(message) if b.startswith("Did you mean")]
    button = buttons(message)[label]
    assert render.clip(first.alternative, 60)[:20] in label
    mark = harness.mark
    await harness.fake.click(message, button["custom_id"], author=OTHER_MEMBER_ID)
    [refused] = await harness.reply_to(mark)
    assert refused.is_ephemeral
    mark = harness.mark
    await harness.fake.click(message, button["custom_id"], author=MEMBER_ID)
    [switched] = await harness.reply_to(mark)
    assert switched.json["type"] == 7
    embed = embed_of(switched)
    assert embed["title"] == render.safe(first.alternative)
    assert embed["description"] == render.safe(expected.text)


async def test_help_lists_the_commands(harness: Harness) -> None:
    mark = harness.mark
    await harness.fake.slash("help")
    [call] = await harness.reply_to(mark)
    assert call.is_ephemeral
    text = all_text(embed_of(call))
    for name in ("/ask", "/about", "/meetings", "/reload", "/unanswered"):
        assert name in text
    mark = harness.mark
    await harness.fake.send_message(f"<@{BOT_ID}>")  # a bare mention gets the help too
    [call] = await harness.reply_to(mark)
    assert "/ask" in all_text(embed_of(call))


async def answer_with_buttons(h: Harness, command: str) -> dict[str, Any]:
    """The stored message the bot sent in answer to `command` in the channel."""
    mark = h.mark
    await h.fake.send_message(command)
    [call] = await h.reply_to(mark)
    return h.sent_message(call)


async def test_a_button_from_before_a_restart_still_works(
        launch: Callable[..., Awaitable[Harness]]) -> None:
    """Sources, Next and Did you mean on messages sent by the previous process: the new
    one has no memory of them, and answers from the custom_id and the current data."""
    first = await launch(cooldown_rate=100)
    q = find_questions(first.service, first.bot.settings.paths.config)
    sourced = await answer_with_buttons(first, f"!ask {q.answered}")
    paged = await answer_with_buttons(first, f"!about {q.about_paged}")
    ambiguous = await answer_with_buttons(first, f"!ask {q.ambiguous}")
    await stop_bot(first.bot, first.task)

    h = await launch(cooldown_rate=100)
    assert h.bot.answering.memory.get(int(sourced["id"])) is None  # truly forgotten
    source = h.service.ask(q.answered).sources[0]
    mark = h.mark
    await h.fake.click(sourced, buttons(sourced)["Sources"]["custom_id"], author=OTHER_MEMBER_ID)
    [shown] = await h.reply_to(mark)
    assert shown.is_ephemeral and f"¶ {source.paragraph}" in embed_of(shown)["description"]
    assert "**" in embed_of(shown)["description"]  # the quote still in bold

    mark = h.mark
    await h.fake.click(paged, buttons(paged)["Next"]["custom_id"], author=MEMBER_ID)
    [turned] = await h.reply_to(mark)
    assert turned.json["type"] == 7
    assert embed_of(turned)["footer"]["text"].startswith("Page 2/")
    now = h.fake.messages[int(paged["id"])]
    mark = h.mark
    await h.fake.click(now, buttons(now)["Previous"]["custom_id"], author=MEMBER_ID)
    [back] = await h.reply_to(mark)
    assert embed_of(back)["footer"]["text"].startswith("Page 1/")

    first_reading = h.service.ask(q.ambiguous)
    expected = h.service.ask(first_reading.alternative or "", "check")
    [label] = [b for b in buttons(ambiguous) if b.startswith("Did you mean")]
    mark = h.mark
    await h.fake.click(ambiguous, buttons(ambiguous)[label]["custom_id"], author=MEMBER_ID)
    [switched] = await h.reply_to(mark)
    assert switched.json["type"] == 7
    assert embed_of(switched)["description"] == render.safe(expected.text)


async def test_buttons_keep_no_state_per_message(harness: Harness, q: Questions) -> None:
    """No view is stored per message, whatever the number of answers with buttons."""
    for command in (f"!ask {q.answered}", f"!about {q.about_paged}", f"!ask {q.ambiguous}"):
        await answer_with_buttons(harness, command)
    store = harness.bot._connection._view_store
    assert store._views == {} and store._synced_message_views == {}
    assert not hasattr(harness.bot.answering, "live")


def with_button(message: dict[str, Any], label: str, custom_id: str) -> dict[str, Any]:
    """A copy of `message` whose button `label` carries `custom_id` (one sent long ago)."""
    copy = json.loads(json.dumps(message))
    for row in copy["components"]:
        for comp in row["components"]:
            if comp.get("label") == label:
                comp["custom_id"] = custom_id
    return copy


async def test_a_button_whose_data_is_gone_says_so(harness: Harness, q: Questions) -> None:
    message = await answer_with_buttons(harness, f"!about {q.about_paged}")
    # Another answer now (as after a data change): the fingerprint no longer matches.
    parts = buttons(message)["Next"]["custom_id"].split(":")
    parts[4] = "00000000"
    stale = with_button(message, "Next", ":".join(parts))
    harness.bot.answering.memory._items.clear()
    mark = harness.mark
    await harness.fake.click(stale, buttons(stale)["Next"]["custom_id"], author=MEMBER_ID)
    [told] = await harness.reply_to(mark)
    assert told.is_ephemeral and "no longer available" in embed_of(told)["description"]
    assert harness.fake.messages[int(message["id"])]["embeds"] == message["embeds"]
    # A Sources button citing an article that no longer exists, or paragraphs whose text
    # changed since (edited, or renumbered by a rebuild): never another paragraph instead.
    sourced = await answer_with_buttons(harness, f"!ask {q.answered}")
    real = buttons(sourced)["Sources"]["custom_id"]
    edited = re.sub(r"![0-9a-f]{4}", "!0000", real)
    for custom_id in ("nd:s:gone-article:3!abcd~0+5", edited):
        gone = with_button(sourced, "Sources", custom_id)
        mark = harness.mark
        await harness.fake.click(gone, custom_id, author=MEMBER_ID)
        [told] = await harness.reply_to(mark)
        assert told.is_ephemeral
        assert "source is no longer available" in embed_of(told)["description"]


FINGERPRINTS = """
import json, sys
sys.path.insert(0, "tests")
from support import QUESTIONS, load_questions
from bot.discord.views import fingerprint
from bot.service import AnswerService
from bot.settings import load_settings
service = AnswerService.open(load_settings())
out = {}
for q in load_questions(QUESTIONS):
    answer = service.ask(q.ask)
    out["q:" + q.ask] = fingerprint(answer)
    if answer.alternative:
        out["a:" + q.ask] = fingerprint(service.ask(answer.alternative))
for name in service.complete("", (), 500):
    out["b:" + name] = fingerprint(service.about(name))
    out["m:" + name] = fingerprint(service.meetings(name))
print(json.dumps(out))
"""


def test_an_answer_is_the_same_in_another_process(tmp_path: Path) -> None:
    """After a restart a button asks again and compares fingerprints: that holds only if
    the same data gives the same answer in a new process (string hashing differs)."""
    env = {"PATH": os.environ.get("PATH", ""), "BOT_PATHS_STORE": str(tmp_path / "s.sqlite3"),
           "BOT_PATHS_STATE": str(tmp_path / "state.sqlite3")}
    runs = [subprocess.run([sys.executable, "-c", FINGERPRINTS], cwd=ROOT, timeout=120,
                           env={**env, "PYTHONHASHSEED": seed}, capture_output=True, text=True)
            for seed in ("1", "2")]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr + runs[1].stderr
    first, second = (json.loads(r.stdout) for r in runs)
    assert len(first) > 100
    assert {k for k in first if first[k] != second.get(k)} == set()
