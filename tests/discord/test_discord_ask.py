"""Members asking: !ask, @mention, /ask, /about and /meetings autocomplete, the buttons."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot_harness import Harness
from discord_questions import Questions, find_questions
from fake_discord import BOT_ID, BOT_ROLE_ID, CHANNEL_ID, MEMBER_ID, OTHER_MEMBER_ID, buttons

from bot.discord import render


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


async def test_about_and_meetings_answer_with_the_engine(harness: Harness) -> None:
    name = harness.service.complete("", ("person",), 1)[0]
    mark = harness.mark
    await harness.fake.slash("about", {"subject": name})
    [call] = await harness.reply_to(mark)
    assert embed_of(call)["description"] == render.safe(harness.service.about(name).text)
    where = harness.service.complete("", ("city",), 1)[0]
    mark = harness.mark
    await harness.fake.slash("meetings", {"where": where}, focused="where")
    [auto] = await harness.fake.wait_for(lambda c: c.route.endswith("/callback"), after=mark)
    assert where in [c["value"] for c in auto.json["data"]["choices"]]
    mark = harness.mark
    await harness.fake.slash("meetings", {"where": where})
    [call] = await harness.reply_to(mark)
    assert embed_of(call)["description"] == render.safe(harness.service.meetings(where).text)
    mark = harness.mark
    await harness.fake.send_message("!meetings")
    [call] = await harness.reply_to(mark)
    assert embed_of(call)["description"] == render.safe(harness.service.meetings(None).text)


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
    assert refused.is_ephemeral and "Only the person who asked" in refused.message["content"]
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


async def test_buttons_are_disabled_when_the_view_times_out(
        launch: Callable[..., Awaitable[Harness]]) -> None:
    h = await launch(view_timeout=0.3)
    question = find_questions(h.service, h.bot.settings.paths.config).answered
    mark = h.mark
    await h.fake.send_message(f"!ask {question}")
    [call] = await h.reply_to(mark)
    message = h.sent_message(call)
    [edit] = await h.fake.wait_for(lambda c: c.method == "PATCH", after=mark, timeout=5)
    assert edit.path == f"/channels/{CHANNEL_ID}/messages/{message['id']}"
    assert all(b["disabled"] for b in buttons(h.fake.messages[int(message["id"])]).values())


async def test_live_buttons_are_bounded_the_oldest_stop_first(
        launch: Callable[..., Awaitable[Harness]]) -> None:
    """Memory stays bounded under any load: beyond max_live_views, old buttons go quiet."""
    harness = await launch(max_live_views=2, cooldown_rate=100)
    q = find_questions(harness.service, harness.bot.settings.paths.config)
    for _ in range(3):
        mark = harness.mark
        await harness.fake.send_message(f"!ask {q.answered}")
        await harness.reply_to(mark)
    live = list(harness.bot.answering.live)
    assert len(live) == 2
    assert all(not view.is_finished() for view in live)
