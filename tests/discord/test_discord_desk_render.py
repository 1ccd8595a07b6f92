"""The news desk's pieces without Discord: article names in embeds stay inside Discord's
limits and cannot be turned into other links, /articles fits whatever the data, the
`article` option's matching, and the article a button's custom_id carries."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_discord_render import answers, within_limits

from bot.discord import render, views
from bot.discord.articles import (
    UnknownArticle,
    choices,
    default_for,
    default_problems,
    resolve,
)
from bot.discord.render import ArticleRow, DocumentRef
from bot.engine.answer import Answer, Source

short = st.text(max_size=400)
urls = st.one_of(st.just(""), st.just("https://example.org/a_(b)[c]<d>"),
                 st.text(max_size=30).map(lambda t: "https://example.org/" + t),
                 st.integers(1, 2040).map(lambda n: "https://example.org/" + "x" * n))
docs = st.builds(DocumentRef, title=short, outlet=short, url=urls, date=short)
rows = st.builds(ArticleRow, slug=st.text(min_size=1, max_size=120), title=short,
                 outlet=short, url=urls, date=short, subject=short,
                 facts=st.integers(0, 10**6))
UNESCAPED_LINK_END = re.compile(r"(?<!\\)\]\(")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=answers, doc=docs, page=st.integers(-3, 20), loaded=st.integers(1, 5))
def test_embeds_naming_articles_fit_discord_limits(answer: Answer, doc: DocumentRef,
                                                   page: int, loaded: int) -> None:
    embed = render.answer_embed(answer, documents=lambda slug: doc, page=page, loaded=loaded)
    within_limits(embed)
    for field in embed.fields:
        first = (field.value or "").split("\n", 1)[0]
        # a masked link is whole (never cut by a limit) and the only link in its line
        assert len(UNESCAPED_LINK_END.findall(first)) <= 1
        if UNESCAPED_LINK_END.search(first):
            assert first.startswith("[") and first.endswith(")")
    within_limits(render.sources_embed(answer, documents=lambda slug: doc,
                                       paragraphs=lambda d, n: answer.text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(listed=st.lists(rows, max_size=40), page=st.integers(-2, 10),
       per_page=st.integers(1, 12), default=st.none() | st.text(max_size=20))
def test_the_articles_listing_fits_discord_limits(listed: list[ArticleRow], page: int,
                                                  per_page: int, default: str | None) -> None:
    embed = render.articles_embed(listed, page=page, per_page=per_page, default=default,
                                  ask_hint="hint")
    within_limits(embed)
    pages = render.articles_page_count(len(listed), per_page)
    assert (embed.footer.text or "") == (f"Page {min(max(page, 0), pages - 1) + 1}/{pages}"
                                         if pages > 1 else "")


def test_an_article_title_cannot_smuggle_a_link() -> None:
    doc = DocumentRef(title="A [b](https://evil.example) c <@123> **x**",
                      url="https://example.org/a_(b)")
    answer = Answer("q", "a", True, "who", 1.0, sources=(Source("d", 1, "quote"),))
    embed = render.answer_embed(answer, documents=lambda slug: doc, loaded=2)
    [field] = embed.fields
    assert field.name == "¶ 1"
    link, quote = (field.value or "").split("\n")
    assert quote == "> quote"
    assert UNESCAPED_LINK_END.findall(link) == ["]("]
    assert link.endswith("](https://example.org/a_%28b%29)")
    assert "<@1" not in link and "\\*\\*x\\*\\*" in link
    # No valid url: the title alone, escaped.
    plain = DocumentRef(title="A [b](c)", url="https://")
    [field] = render.answer_embed(answer, documents=lambda slug: plain, loaded=2).fields
    assert (field.value or "").startswith("A \\[b](c)\n> quote")


def test_one_article_loaded_keeps_the_sources_plain() -> None:
    doc = DocumentRef(title="Title", url="https://example.org/a")
    answer = Answer("q", "a", True, "who", 1.0, sources=(Source("d", 1, "quote"),))
    [field] = render.answer_embed(answer, documents=lambda slug: doc).fields
    assert field.value == "> quote"
    embed = render.answer_embed(answer, documents=lambda slug: doc, loaded=2)
    assert embed.fields[0].value == "[Title](https://example.org/a)\n> quote"
    assert embed.footer.text == "Title · https://example.org/a"


def test_sources_from_two_articles() -> None:
    refs = {"a": DocumentRef(title="Alpha", url="https://example.org/a"),
            "b": DocumentRef(title="Beta")}
    answer = Answer("q", "x", True, "who", 1.0,
                    sources=(Source("a", 1, "one"), Source("b", 4, "two")))
    embed = render.answer_embed(answer, documents=refs.get)
    assert [f.value for f in embed.fields] == ["[Alpha](https://example.org/a)\n> one",
                                               "Beta\n> two"]
    assert embed.footer.text == "From 2 articles" and embed.url is None
    sources = render.sources_embed(answer, documents=refs.get, paragraphs=lambda d, n: "p")
    assert "**¶ 1** · [Alpha](https://example.org/a)" in (sources.description or "")
    assert "**¶ 4** · Beta" in (sources.description or "")
    assert sources.footer.text == "From 2 articles"


# --- the article option ----------------------------------------------------------------------

DESK = [ArticleRow("putin-diplomacy", "Putin's diplomatic roll", subject="Vladimir Putin"),
        ArticleRow("ribeiro-asia-pacific", "Portugal's foreign minister wraps up a tour",
                   subject="Ana Ribeiro")]


def test_resolve_accepts_slugs_and_titles_and_refuses_the_rest() -> None:
    assert resolve(DESK, None) is None and resolve(DESK, "  ") is None
    assert resolve(DESK, "ribeiro-asia-pacific") == "ribeiro-asia-pacific"
    assert resolve(DESK, " RIBEIRO-Asia-Pacific ") == "ribeiro-asia-pacific"
    assert resolve(DESK, "putin's diplomatic ROLL") == "putin-diplomacy"
    with pytest.raises(UnknownArticle) as caught:
        resolve(DESK, "ribiero")  # close is not enough: it could be another article
    assert [r.slug for r in caught.value.suggestions][:1] == ["ribeiro-asia-pacific"]
    with pytest.raises(UnknownArticle) as caught:
        resolve(DESK, "@everyone **bold** <@123456789012345678>")
    notice = caught.value.notice()
    assert "@everyone" not in notice and "<@1" not in notice and "\\*\\*bold" in notice
    assert "`/articles`" in notice


def test_choices_are_slugs_at_most_25_and_told_apart() -> None:
    many = [ArticleRow(f"article-{i:02}", f"Report {i}") for i in range(40)]
    many += [ArticleRow("twin-a", "Same title"), ArticleRow("twin-b", "Same title"),
             ArticleRow("x" * 101, "A slug too long for a choice value")]
    found = choices(many, "")
    assert len(found) == 25 and all(slug.startswith("article-") for _, slug in found)
    assert choices(many, "same title")[:2] == [("Same title (twin-a)", "twin-a"),
                                                ("Same title (twin-b)", "twin-b")]
    assert all(slug != "x" * 101 for _, slug in choices(many, "a slug too long"))
    assert ("Same title (twin-b)", "twin-b") in choices(many, "twin b")
    assert choices(DESK, "ana ribeiro")[0][1] == "ribeiro-asia-pacific"  # the subject counts


def test_guild_defaults() -> None:
    loaded = ["putin-diplomacy", "ribeiro-asia-pacific"]
    defaults = {1: "ribeiro-asia-pacific", 2: "gone"}
    assert default_for(defaults, 1, loaded) == "ribeiro-asia-pacific"
    assert default_for(defaults, 2, loaded) is None  # not loaded: every article
    assert default_for(defaults, 3, loaded) is None and default_for(defaults, None, loaded) \
        is None
    [problem] = default_problems(defaults, loaded)
    assert "guild 2" in problem and "'gone'" in problem and "ribeiro-asia-pacific" in problem


# --- the article in a button's custom_id -----------------------------------------------------

def test_keys_carry_the_article() -> None:
    budget = views.key_budget(10**20 - 1)
    slug = "ribeiro-asia-pacific"
    assert views.Key.ask(slug).encode(budget) == f"@{slug}/q"
    assert views.Key.about("Ana Ribeiro", slug).encode(budget) == f"@{slug}/bAna Ribeiro"
    assert views.Key.meetings(None, slug).encode(budget) == f"@{slug}/m"
    assert views.Key.about("x" * 80, slug).encode(budget) == f"@{slug}/q"  # the title then
    assert views.Key.ask().encode(budget) == "q" and views.Key.articles().encode(budget) == "l"
    odd = "an article/with:odd chars"
    code = views.Key.ask(odd).encode(budget)
    token, rest = views.split_key(code)
    assert token is not None and token.startswith("#") and rest == "q"
    assert views.article_of(token, [slug, odd]) == odd
    assert views.article_of(token, [slug]) is None  # that article is gone
    assert views.split_key("bsome/name") == (None, "bsome/name")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=answers, asker=st.integers(10**16, 10**20 - 1), subject=st.text(max_size=100),
       article=st.text(min_size=1, max_size=60))
def test_article_keys_fit_and_match(answer: Answer, asker: int, subject: str,
                                    article: str) -> None:
    for key in (views.Key.ask(article), views.Key.about(subject, article),
                views.Key.meetings(subject, article)):
        code = key.encode(views.key_budget(asker))
        view = views.answer_view(answer, asker_id=asker, page=0,
                                 paragraphs=lambda d, n: None, key_code=code)
        for item in view.children if view is not None else ():
            assert 1 <= len(item.custom_id.encode("utf-16-le")) // 2 <= 100
            assert item.template.fullmatch(item.custom_id), item.custom_id
        token, _ = views.split_key(code)
        assert token is None or views.article_of(token, [article]) == article
    pager = views.pager_view(asker_id=asker, fp="0" * 8, key_code="l", page=0, pages=3)
    assert pager is not None
    for item in pager.children:
        assert item.template.fullmatch(item.custom_id)  # type: ignore[attr-defined]
