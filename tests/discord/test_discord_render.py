"""render.py keeps every embed inside Discord's limits and every echo harmless, whatever
the answer holds; the unanswered log and the guards keep their promises."""

from __future__ import annotations

import time
from pathlib import Path

import discord
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.discord import render
from bot.discord.cogs.ask import mention_question
from bot.discord.guard import SpamGuard
from bot.engine.answer import Answer, Source, Trace
from bot.unanswered import UnansweredLog, clean_question

DOC = render.DocumentRef(title="T" * 300, outlet="Outlet", url="https://example.org/a b",
                         date="2024-07-10")
text = st.text(max_size=7000)
short = st.text(max_size=400)
answers = st.builds(
    Answer,
    question=text, text=text, answered=st.booleans(), intent=short,
    confidence=st.floats(0, 1),
    sources=st.lists(st.builds(Source, document=short, paragraph=st.integers(0, 10_000),
                               quote=text), max_size=40).map(tuple),
    alternative=st.none() | text,
    items=st.lists(short, max_size=80).map(tuple),
    trace=st.builds(Trace, intent=short, intent_score=st.floats(0, 1),
                    entities=st.lists(short, max_size=50).map(tuple),
                    facts=st.lists(short, max_size=50).map(tuple),
                    used_context=st.booleans(), note=text),
)


def within_limits(embed: discord.Embed) -> None:
    assert len(embed) <= render.EMBED_TOTAL_MAX
    assert len(embed.title or "") <= render.TITLE_MAX
    assert 0 < len(embed.description or "x") <= render.DESCRIPTION_MAX
    assert len(embed.fields) <= render.FIELDS_MAX
    for f in embed.fields:
        assert 0 < len(f.name or "") <= render.FIELD_NAME_MAX
        assert 0 < len(f.value or "") <= render.FIELD_VALUE_MAX
    assert len(embed.footer.text or "") <= render.FOOTER_MAX
    if embed.url:
        assert render.is_link(embed.url)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=answers, page=st.integers(-3, 20))
def test_every_embed_fits_discord_limits(answer: Answer, page: int) -> None:
    def documents(slug: str) -> render.DocumentRef:
        return DOC

    def paragraphs(slug: str, n: int) -> str:
        return answer.text

    within_limits(render.answer_embed(answer, documents=documents, page=page))
    within_limits(render.sources_embed(answer, documents=documents, paragraphs=paragraphs))
    within_limits(render.trace_embed(answer, asked_at=time.time()))
    assert len(render.button_label(answer.alternative or "")) <= render.BUTTON_LABEL_MAX
    assert 1 <= len(render.choice_text(answer.question)) <= render.CHOICE_MAX


@given(st.text())
def test_safe_text_cannot_mention(value: str) -> None:
    out = render.safe(value + " @everyone @here <@123456789012345678> <@&123456789012345678>")
    assert "@everyone" not in out and "@here" not in out
    assert "<@1" not in out and "<@&" not in out


def test_bad_urls_never_reach_the_embed() -> None:
    answer = Answer("q", "a", True, "who", 1.0, sources=(Source("d", 1, "quote"),))
    embed = render.answer_embed(answer, documents=lambda slug: DOC)
    assert embed.url is None  # "https://example.org/a b" has a space
    good = render.DocumentRef(title="Title", url="https://example.org/a")
    embed = render.answer_embed(answer, documents=lambda slug: good)
    assert embed.url == "https://example.org/a"
    assert embed.footer.text == "Title · https://example.org/a"


@pytest.mark.parametrize("url", ["https://", "ftp://example.org/a", "https://example.org/"
                                 + "a" * 2100, "https:///path", "javascript:alert(1)"])
def test_a_url_discord_rejects_is_never_sent(url: str) -> None:
    """Discord answers 400 to an embed url without a host, over 2,048 characters or of
    another scheme: such a url is left out of the link and the footer, whatever the data."""
    answer = Answer("q", "a", True, "who", 1.0, sources=(Source("d", 1, "quote"),))
    doc = render.DocumentRef(title="Title", url=url)
    for embed in (render.answer_embed(answer, documents=lambda slug: doc),
                  render.sources_embed(answer, documents=lambda slug: doc,
                                       paragraphs=lambda d, n: "text")):
        assert "url" not in embed.to_dict()
        assert url not in (embed.footer.text or "")
    embed = discord.Embed(title="x", url=url)
    assert "url" not in render.fit(embed).to_dict()


def test_mention_question() -> None:
    assert mention_question("<@42> who?", 42) == "who?"
    assert mention_question("  <@!42>, who?", 42) == "who?"
    assert mention_question("<@&7>: who?", 42, 7) == "who?"
    assert mention_question("<@42>", 42) == ""
    assert mention_question("hey <@42> who?", 42) is None
    assert mention_question("<@43> who?", 42) is None
    assert mention_question("<@&7> who?", 42) is None


def test_spam_guard_tells_once_per_window() -> None:
    guard = SpamGuard(rate=2, per=10.0)
    assert guard.hit(1, now=0) is None and guard.hit(1, now=1) is None
    first = guard.hit(1, now=2)
    assert first is not None and first.notify and 7.9 < first.retry_after <= 8
    second = guard.hit(1, now=3)
    assert second is not None and not second.notify
    assert guard.hit(2, now=3) is None  # per user
    assert guard.hit(1, now=10.5) is None  # a new window


async def test_unanswered_log_groups_repeats_and_keeps_no_ids(tmp_path: Path) -> None:
    log = UnansweredLog(tmp_path / "state.sqlite3")
    now = time.time()
    try:
        assert await log.record("What is the  weather? <@123456789012345678>", at=now - 100)
        assert await log.record("what is the weather", at=now - 50)
        assert await log.record("old question", at=now - 20 * 86_400)
        assert not await log.record("<@123456789012345678>   ")
        top = await log.top(days=14, limit=10, now=now)
        assert [(t.question, t.count) for t in top] == [("what is the weather", 2)]
        assert [t.question for t in await log.top(days=30, now=now)][-1] == "old question"
        assert "123456789012345678" not in (tmp_path / "state.sqlite3").read_bytes().decode(
            "latin-1")
    finally:
        await log.close()
    assert clean_question("x" * 5000) == "x" * 500


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=answers, asker=st.integers(10**16, 10**20 - 1), subject=text)
def test_every_button_id_fits_and_reads_back(answer: Answer, asker: int, subject: str) -> None:
    """The persistent buttons' custom_ids stay within Discord's 100 for any answer, and a
    Sources id reads back the paragraphs it cites, with the quote it highlights."""
    from bot.discord import views

    paragraphs = {(s.document, s.paragraph): f"Before. {s.quote} After." for s in answer.sources}

    def lookup(slug: str, n: int) -> str | None:
        return paragraphs.get((slug, n))

    for key in (views.Key.ask(), views.Key.about(subject), views.Key.meetings(subject)):
        view = views.answer_view(answer, asker_id=asker, page=0, paragraphs=lookup,
                                 key_code=key.encode(views.key_budget(asker)))
        for item in view.children if view is not None else ():
            assert 1 <= len(item.custom_id.encode("utf-16-le")) // 2 <= 100
            assert item.template.fullmatch(item.custom_id), item.custom_id
    refs = views.source_refs(answer, lookup, 95)
    if refs is None:
        return
    read = views.read_refs(refs, sorted({s.document for s in answer.sources}), lookup)
    cited = {(s.document, s.paragraph) for s in answer.sources if s.paragraph >= 0}
    assert read and {(s.document, s.paragraph) for s in read} <= cited
    for source in read:
        if source.quote:
            assert source.quote in " ".join(lookup(source.document, source.paragraph).split())


@given(text=st.text(max_size=200).filter(lambda t: "\u200b" not in t))
def test_a_title_reads_back_as_the_question(text: str) -> None:
    """Paging after a restart re-asks the question the embed title shows."""
    from bot.discord.views import unescape

    assert unescape(render.safe(text)) == text
