"""A news desk on Discord: two articles loaded (the shipped one and tests/fixtures/second),
through the real discord.py paths against the fake Discord.

/articles lists them; the `article` option (autocompleted, typo-tolerant) keeps /ask,
/about and /meetings to one article and refuses one that is not loaded; a guild's default
article routes the prefix and mention forms; every source names its article."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from bot_harness import SECOND_SLUG, SECOND_URL, Harness, until
from fake_discord import BOT_ID, GUILD_ID, MEMBER_ID, OTHER_MEMBER_ID, buttons

from bot.discord import render
from bot.discord.views import split_key
from bot.errors import SettingsError
from bot.settings import load_settings

FIRST_SLUG = "putin-diplomacy"
# Questions both articles could answer: which one does depends on the article asked.
OPEN_QUESTION = "who met whom"
NAMED_QUESTION = "who did ribeiro meet"  # one subject named: one article
BOTH_ARTICLES = "what was discussed"  # with no article: answered from each, side by side


def embed_of(call: Any) -> dict[str, Any]:
    [embed] = call.message["embeds"]
    return embed


def title_of(h: Harness, slug: str) -> str:
    doc = h.service.document(slug)
    assert doc is not None
    return doc.title


async def remembered(h: Harness, call: Any) -> Any:
    """The Answer the bot sent in `call` (from its recent-answers memory, which it fills
    once Discord has answered the send)."""
    mid = int(h.sent_message(call)["id"])
    await until(lambda: h.bot.answering.memory.get(mid) is not None)
    kept = h.bot.answering.memory.get(mid)
    assert kept is not None
    return kept.answer


async def autocomplete(h: Harness, command: str, options: dict[str, Any], focused: str
                       ) -> list[dict[str, str]]:
    mark = h.mark
    await h.fake.slash(command, options, focused=focused)
    [call] = await h.fake.wait_for(lambda c: c.route.endswith("/callback"), after=mark)
    assert call.json["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    choices: list[dict[str, str]] = call.json["data"]["choices"]
    assert len(choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 and 1 <= len(c["value"]) <= 100 for c in choices)
    return choices


# --- /articles -------------------------------------------------------------------------------

async def test_articles_lists_both_with_their_fact_counts(desk: Harness) -> None:
    mark = desk.mark
    await desk.fake.slash("articles")
    [call] = await desk.reply_to(mark)
    assert call.is_ephemeral  # a catalogue, like /help: no noise in the channel
    embed = embed_of(call)
    assert embed["title"] == "Articles loaded: 2"
    text = embed["description"]
    for slug in (FIRST_SLUG, SECOND_SLUG):
        facts = desk.service.facts_of(slug)
        assert facts > 0
        assert render.safe(title_of(desk, slug)) in text
        line = next(x for x in text.split("\n") if f"`{slug}`" in x)
        assert f"{facts} facts" in line
        subject = desk.service.document(slug).subject  # type: ignore[union-attr]
        assert f"about {subject}" in line
    # The second article's url is valid: its title links to it, parentheses encoded so
    # the link does not end early. The first has no url: a plain title.
    assert f"]({SECOND_URL.replace('(', '%28').replace(')', '%29')})" in text
    assert f"[{render.safe(title_of(desk, FIRST_SLUG))}]" not in text
    assert "article" in embed["fields"][0]["value"]
    assert buttons(desk.sent_message(call)) == {}  # one page: no pager

    mark = desk.mark
    await desk.fake.send_message("!articles")  # the prefix form: a public reply
    [call] = await desk.reply_to(mark)
    assert not call.is_ephemeral and embed_of(call)["description"] == text


async def test_a_long_list_of_articles_is_paged_for_the_asker(desk: Harness) -> None:
    desk.bot.answering.articles_per_page = 1
    mark = desk.mark
    await desk.fake.send_message("!articles")
    [call] = await desk.reply_to(mark)
    message = desk.sent_message(call)
    first = embed_of(call)
    assert first["footer"]["text"] == "Page 1/2"
    assert f"`{FIRST_SLUG}`" in first["description"]
    assert f"`{SECOND_SLUG}`" not in first["description"]
    pager = buttons(message)
    assert pager["Previous"]["disabled"] is True
    mark = desk.mark
    await desk.fake.click(message, pager["Next"]["custom_id"], author=OTHER_MEMBER_ID)
    [refused] = await desk.reply_to(mark)
    assert refused.is_ephemeral and "Only the person who asked" in \
        embed_of(refused)["description"]
    mark = desk.mark
    await desk.fake.click(message, pager["Next"]["custom_id"], author=MEMBER_ID)
    [turned] = await desk.reply_to(mark)
    assert turned.json["type"] == 7  # the listing turns its page in place
    second = embed_of(turned)
    assert second["footer"]["text"] == "Page 2/2"
    assert "**2.**" in second["description"] and f"`{SECOND_SLUG}`" in second["description"]
    assert buttons(desk.fake.messages[int(message["id"])])["Next"]["disabled"] is True


# --- the article option ----------------------------------------------------------------------

async def test_slash_ask_with_an_article_answers_from_it_only(desk: Harness) -> None:
    unscoped = desk.service.ask(OPEN_QUESTION)
    expected = desk.service.ask(OPEN_QUESTION, article=SECOND_SLUG)
    assert expected.text != unscoped.text  # the option changes the answer
    mark = desk.mark
    await desk.fake.slash("ask", {"question": OPEN_QUESTION, "article": SECOND_SLUG})
    [call] = await desk.reply_to(mark)
    assert not call.is_ephemeral
    embed = embed_of(call)
    assert embed["description"] == render.safe(expected.text)
    answer = await remembered(desk, call)
    assert answer.sources and {s.document for s in answer.sources} == {SECOND_SLUG}
    title = title_of(desk, SECOND_SLUG)
    assert embed["footer"]["text"].startswith(title)
    assert embed["url"] == SECOND_URL
    # The Sources button shows that article's paragraphs, under its title.
    message = desk.sent_message(call)
    mark = desk.mark
    await desk.fake.click(message, buttons(message)["Sources"]["custom_id"])
    [shown] = await desk.reply_to(mark)
    assert shown.is_ephemeral and render.safe(title) in embed_of(shown)["description"]


async def test_about_and_meetings_take_the_article_option(desk: Harness) -> None:
    mark = desk.mark
    await desk.fake.slash("meetings", {"article": SECOND_SLUG})
    [call] = await desk.reply_to(mark)
    expected = desk.service.meetings(None, SECOND_SLUG)
    assert embed_of(call)["description"] == render.safe(expected.text)
    assert expected.text != desk.service.meetings(None).text
    assert {s.document for s in (await remembered(desk, call)).sources} == {SECOND_SLUG}

    subject = desk.service.document(SECOND_SLUG).subject  # type: ignore[union-attr]
    mark = desk.mark
    await desk.fake.slash("about", {"subject": subject, "article": SECOND_SLUG})
    [call] = await desk.reply_to(mark)
    expected = desk.service.about(subject, SECOND_SLUG)
    assert render.page_count(expected) > 1
    embed = embed_of(call)
    assert render.safe(expected.text.split("\n")[0]) in embed["description"]
    # The pager remembers the article: after a restart (no memory) Next still re-asks it
    # of that article and finds the same answer.
    message = desk.sent_message(call)
    key = buttons(message)["Next"]["custom_id"].split(":", 5)[5]
    assert split_key(key) == (SECOND_SLUG, "b" + subject)
    desk.bot.answering.memory._items.clear()
    mark = desk.mark
    await desk.fake.click(message, buttons(message)["Next"]["custom_id"], author=MEMBER_ID)
    [turned] = await desk.reply_to(mark)
    assert turned.json["type"] == 7
    assert embed_of(turned)["footer"]["text"].startswith("Page 2/")


async def test_article_autocomplete_offers_slugs_typo_tolerant(desk: Harness) -> None:
    both = await autocomplete(desk, "ask", {"question": "x", "article": ""}, "article")
    assert sorted(c["value"] for c in both) == [FIRST_SLUG, SECOND_SLUG]
    assert {c["name"] for c in both} == {title_of(desk, FIRST_SLUG),
                                         title_of(desk, SECOND_SLUG)}
    # Typos, in a slug, a title or the subject's name: the right slug first.
    for typed, slug in (("ribiero", SECOND_SLUG), ("ribeiro-asia-pacfic", SECOND_SLUG),
                        ("portugals foreign ministr", SECOND_SLUG), ("putn", FIRST_SLUG),
                        ("putins diplomatic rol", FIRST_SLUG)):
        choices = await autocomplete(desk, "ask", {"question": "x", "article": typed},
                                     "article")
        assert choices and choices[0]["value"] == slug, (typed, choices)
        assert all(c["value"] in (FIRST_SLUG, SECOND_SLUG) for c in choices)
    for command, other in (("about", "subject"), ("meetings", "where")):
        choices = await autocomplete(desk, command, {other: "", "article": "ribeiro"},
                                     "article")
        assert choices[0]["value"] == SECOND_SLUG
    assert await autocomplete(desk, "ask", {"question": "x", "article": "zzzzqqqq"},
                              "article") == []


async def test_an_unknown_article_is_refused_privately(desk: Harness) -> None:
    for command, options in (("ask", {"question": OPEN_QUESTION}), ("about", {"subject": "x"}),
                             ("meetings", {})):
        mark = desk.mark
        await desk.fake.slash(command, {**options, "article": "ribeiro-asia-pacfic"})
        [call] = await desk.reply_to(mark)
        assert call.is_ephemeral, command
        text = embed_of(call)["description"]
        assert "I have no article “ribeiro-asia-pacfic”" in text
        assert f"`{SECOND_SLUG}`" in text  # the closest one
        assert "`/articles`" in text
    mark = desk.mark
    await desk.fake.slash("ask", {"question": OPEN_QUESTION, "article": "the sports pages"})
    [call] = await desk.reply_to(mark)
    assert call.is_ephemeral and "`/articles`" in embed_of(call)["description"]
    assert desk.bot.answering.memory._items == {}  # nothing was answered
    # A title typed in full (any case) names its article.
    mark = desk.mark
    await desk.fake.slash("ask", {"question": OPEN_QUESTION,
                                  "article": title_of(desk, SECOND_SLUG).upper()})
    [call] = await desk.reply_to(mark)
    assert not call.is_ephemeral
    assert embed_of(call)["description"] == render.safe(
        desk.service.ask(OPEN_QUESTION, article=SECOND_SLUG).text)


# --- sources name their article --------------------------------------------------------------

async def test_source_fields_name_the_article(desk: Harness) -> None:
    # An answer from both articles: each field its own article, the second linked.
    mark = desk.mark
    await desk.fake.send_message(f"!ask {BOTH_ARTICLES}")
    [call] = await desk.reply_to(mark)
    answer = await remembered(desk, call)
    assert {s.document for s in answer.sources} == {FIRST_SLUG, SECOND_SLUG}
    embed = embed_of(call)
    fields = [f for f in embed["fields"] if f["name"].startswith("¶")]
    for source, field in zip(answer.sources, fields, strict=False):
        assert field["name"] == f"¶ {source.paragraph}"
        title = render.safe(title_of(desk, source.document))
        if source.document == SECOND_SLUG:
            assert field["value"].startswith(f"[{title}](https://example.org/news/ribeiro-")
        else:
            assert field["value"].startswith(f"{title}\n> ")
    assert embed["footer"]["text"] == "From 2 articles"
    assert "url" not in embed  # no one article to link the title to

    # Two articles loaded: even a one-article answer names it in each source field.
    mark = desk.mark
    await desk.fake.send_message(f"!ask {NAMED_QUESTION}")
    [call] = await desk.reply_to(mark)
    answer = await remembered(desk, call)
    [slug] = {s.document for s in answer.sources}
    fields = [f for f in embed_of(call)["fields"] if f["name"].startswith("¶")]
    assert fields and all(render.safe(title_of(desk, slug)) in f["value"] for f in fields)
    assert title_of(desk, slug) in embed_of(call)["footer"]["text"]


# --- the guild's default article -------------------------------------------------------------

async def test_a_guild_default_article_routes_plain_questions(
        launch_desk: Callable[..., Awaitable[Harness]]) -> None:
    h = await launch_desk(default_articles={GUILD_ID: SECOND_SLUG})
    expected = h.service.ask(OPEN_QUESTION, article=SECOND_SLUG)
    assert expected.text != h.service.ask(OPEN_QUESTION).text
    for command in (f"!ask {OPEN_QUESTION}", f"<@{BOT_ID}> {OPEN_QUESTION}"):
        mark = h.mark
        await h.fake.send_message(command)
        [call] = await h.reply_to(mark)
        assert embed_of(call)["description"] == render.safe(expected.text), command
        assert {s.document for s in (await remembered(h, call)).sources} == {SECOND_SLUG}
    mark = h.mark
    await h.fake.slash("meetings")
    [call] = await h.reply_to(mark)
    assert embed_of(call)["description"] == render.safe(
        h.service.meetings(None, SECOND_SLUG).text)
    # The option still wins over the default.
    mark = h.mark
    await h.fake.slash("ask", {"question": OPEN_QUESTION, "article": FIRST_SLUG})
    [call] = await h.reply_to(mark)
    assert embed_of(call)["description"] == render.safe(
        h.service.ask(OPEN_QUESTION, article=FIRST_SLUG).text)
    # /articles marks it.
    mark = h.mark
    await h.fake.slash("articles")
    [call] = await h.reply_to(mark)
    line = next(x for x in embed_of(call)["description"].split("\n") if SECOND_SLUG in x)
    assert "default here" in line


async def test_an_unknown_default_article_is_a_warning_not_a_crash(
        launch_desk: Callable[..., Awaitable[Harness]], caplog: pytest.LogCaptureFixture
        ) -> None:
    h = await launch_desk(default_articles={GUILD_ID: "no-such-article"})
    assert any(r.levelno == logging.WARNING and "no-such-article" in r.getMessage()
               for r in caplog.records)
    mark = h.mark
    await h.fake.send_message(f"!ask {OPEN_QUESTION}")
    [call] = await h.reply_to(mark)
    assert (await remembered(h, call)).text == h.service.ask(OPEN_QUESTION).text


def test_default_articles_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BOT_DISCORD_DEFAULT_ARTICLES",):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "settings.yaml"
    path.write_text("discord:\n  default_articles:\n    123456789012345678: putin-diplomacy\n"
                    "    '42': other\n", encoding="utf-8")
    assert load_settings(path).discord.default_articles == {123456789012345678:
                                                            "putin-diplomacy", 42: "other"}
    assert load_settings(tmp_path / "none.yaml").discord.default_articles == {}
    monkeypatch.setenv("BOT_DISCORD_DEFAULT_ARTICLES", "1:a, 2=b")
    assert load_settings(path).discord.default_articles == {1: "a", 2: "b"}
    monkeypatch.delenv("BOT_DISCORD_DEFAULT_ARTICLES")
    for bad in ("[a, b]", "{x: a}", "{0: a}", "{1: ''}", "{1: null}", "{1: [a]}"):
        path.write_text(f"discord:\n  default_articles: {bad}\n", encoding="utf-8")
        with pytest.raises(SettingsError, match=r"discord\.default_articles"):
            load_settings(path)
    assert dataclasses.replace(load_settings(tmp_path / "none.yaml").discord,
                               default_articles={1: "a"}).default_articles == {1: "a"}
