"""Answer -> discord.Embed, always inside Discord's limits.

Every string that reaches Discord goes through `safe()` (markdown and mentions escaped)
and `clip()` (cut to a limit with an ellipsis), and every embed through `fit()`, so no
user input or data file can make Discord reject a reply with a 400.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import discord
from discord.utils import escape_mentions

from bot.engine.answer import Answer, Source, Trace
from bot.urls import is_link as is_link  # the one url rule, shared with the store build

# https://discord.com/developers/docs/resources/message#embed-object-embed-limits
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
CONTENT_MAX = 2000
BUTTON_LABEL_MAX = 80
CHOICE_MAX = 100

ITEMS_PER_PAGE = 10
SOURCES_SHOWN = 3
QUOTE_MAX = 300

ANSWERED = discord.Colour.blurple()
DECLINED = discord.Colour.light_grey()
FAILED = discord.Colour.red()

DocumentLookup = Callable[[str], "DocumentRef | None"]
ParagraphLookup = Callable[[str, int], "str | None"]


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """What a footer needs about an article; built from the service's DocumentInfo."""

    title: str
    outlet: str = ""
    url: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of /articles; built from the service's DocumentInfo (articles.py)."""

    slug: str
    title: str
    outlet: str = ""
    url: str = ""
    date: str = ""
    subject: str = ""
    facts: int = 0


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, marking the cut with an ellipsis."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rstrip()
    # Never end on a lone backslash: it would escape the ellipsis.
    while cut.endswith("\\"):
        cut = cut[:-1]
    return cut + "…"


# Reliability fix (tests/reliability/test_reliability_fuzz.py): discord.py's escape_markdown
# leaves markdown inside URLs and masked links unescaped ("https://a/||b||```",
# "[*x*](url)"), and escape_mentions knows only 17-20 digit user and role ids and no
# channels, so "<@123>", "<@&456>" and "<#789>" still rendered as mentions. safe() now
# escapes every inline markup character itself, then line-start markup and masked links as
# escape_markdown does, then breaks mention syntax of any id with a zero-width space.
_INLINE_MARKUP = re.compile(r"[\\*_~|`]")
_BLOCK_MARKUP = re.compile(r"^>(?:>>)?\s|\[(?=.+\]\(.+\))|^#{1,3}|^\s*-", re.MULTILINE)
_ID_MENTION = re.compile(r"<(?=(?:@[!&]?|#)\d)")


def safe(text: str) -> str:
    """Text as the user or a data file wrote it, shown literally: no markdown, no mentions."""
    text = _INLINE_MARKUP.sub(lambda m: "\\" + m.group(0), str(text))
    text = _BLOCK_MARKUP.sub(lambda m: "\\" + m.group(0), text)
    return _ID_MENTION.sub("<\u200b", escape_mentions(text))


def fit(embed: discord.Embed) -> discord.Embed:
    """Enforce every per-part limit, then the 6000 total (shrinking description, then fields)."""
    if embed.url and not is_link(embed.url):
        embed.url = None  # Discord would refuse the whole message
    if embed.title:
        embed.title = clip(embed.title, TITLE_MAX)
    if embed.description:
        embed.description = clip(embed.description, DESCRIPTION_MAX)
    if embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, FOOTER_MAX), icon_url=embed.footer.icon_url)
    if embed.author.name:
        embed.set_author(name=clip(embed.author.name, AUTHOR_MAX), url=embed.author.url)
    while len(embed.fields) > FIELDS_MAX:
        embed.remove_field(-1)
    for i, f in enumerate(embed.fields):
        embed.set_field_at(i, name=clip(f.name or "\u200b", FIELD_NAME_MAX) or "\u200b",
                           value=clip(f.value or "\u200b", FIELD_VALUE_MAX) or "\u200b",
                           inline=bool(f.inline))
    excess = len(embed) - EMBED_TOTAL_MAX
    if excess > 0 and embed.description:
        keep = max(len(embed.description) - excess, 200)
        embed.description = clip(embed.description, keep)
    while len(embed) > EMBED_TOTAL_MAX and embed.fields:
        embed.remove_field(-1)
    if len(embed) > EMBED_TOTAL_MAX and embed.description:
        embed.description = clip(embed.description, len(embed.description)
                                 - (len(embed) - EMBED_TOTAL_MAX))
    return embed


def _lines(answer: Answer) -> tuple[str, list[str]]:
    """A list answer's heading and its lines ("X met in Y:" and one line per meeting)."""
    head, *rest = answer.text.split("\n") or [""]
    return head, rest


def page_count(answer: Answer, per_page: int = ITEMS_PER_PAGE) -> int:
    """A long list is shown `per_page` lines at a time, under its heading."""
    _, rest = _lines(answer)
    return max(1, -(-len(rest) // per_page))


def footer_for(doc: DocumentRef | None) -> str:
    """'Title — Outlet, date · url' with whatever parts the data has."""
    if doc is None:
        return ""
    text = doc.title
    extra = ", ".join(p for p in (doc.outlet, doc.date) if p)
    if extra:
        text = f"{text} — {extra}" if text else extra
    if is_link(doc.url):
        text = f"{text} · {doc.url}" if text else doc.url
    return text


def _source_line(source: Source) -> str:
    return f"> {safe(clip(' '.join(source.quote.split()), QUOTE_MAX))}"


LINK_TEXT_MAX = 150


def _link_text(text: str) -> str:
    """`text` safe inside a masked link's brackets: safe() plus escaped brackets."""
    flat = clip(" ".join(text.split()), LINK_TEXT_MAX)
    return "\\[".join("\\]".join(safe(part) for part in piece.split("]"))
                       for piece in flat.split("["))


def _link_url(url: str) -> str:
    """A url that cannot close the masked link early (is_link already refused spaces)."""
    return url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def article_name(doc: DocumentRef | None, slug: str = "", *, link: bool = True,
                 budget: int = FIELD_VALUE_MAX) -> str:
    """The article's title for a field or a description: a masked link to its url when
    Discord accepts the url and the link fits `budget`, else the plain (escaped) title."""
    title = (doc.title if doc is not None else "") or slug
    if not title:
        return ""
    if link and doc is not None and is_link(doc.url):
        linked = f"[{_link_text(title)}]({_link_url(doc.url)})"
        if len(linked) <= budget:
            return linked
    return safe(clip(" ".join(title.split()), LINK_TEXT_MAX))


def answer_embed(
    answer: Answer,
    *,
    documents: DocumentLookup,
    page: int = 0,
    per_page: int = ITEMS_PER_PAGE,
    loaded: int = 1,
) -> discord.Embed:
    """The reply to one question: answer text (or a page of its items), quoted sources, and
    the article in the footer.

    A news desk (`loaded` articles, or sources from several) names each source's article,
    its title linked to the article's url when that url is valid; the footer names the
    article when all sources come from one, and how many articles otherwise."""
    pages = page_count(answer, per_page)
    page = min(max(page, 0), pages - 1)
    if pages == 1:
        description = safe(answer.text)
    else:
        head, rest = _lines(answer)
        chunk = rest[page * per_page:(page + 1) * per_page]
        description = safe("\n".join([head, *chunk]))
    embed = discord.Embed(
        title=clip(safe(answer.question), TITLE_MAX) if answer.question.strip() else None,
        description=description or "\u200b",
        colour=ANSWERED if answer.answered else DECLINED,
    )
    cited = list(dict.fromkeys(s.document for s in answer.sources))
    several = len(cited) > 1
    name_articles = several or loaded > 1
    for source in answer.sources[:SOURCES_SHOWN]:
        quote = _source_line(source)
        value = quote
        if name_articles:
            budget = FIELD_VALUE_MAX - len(quote) - 1
            named = article_name(documents(source.document), source.document, budget=budget)
            if named:
                value = f"{named}\n{quote}"
        embed.add_field(name=f"¶ {source.paragraph}", value=value, inline=False)
    if len(answer.sources) > SOURCES_SHOWN:
        embed.add_field(name="\u200b", inline=False,
                        value=f"+{len(answer.sources) - SOURCES_SHOWN} more: press Sources")
    first = documents(cited[0]) if len(cited) == 1 else None
    footer = footer_for(first) if not several else f"From {len(cited)} articles"
    if pages > 1:
        footer = f"Page {page + 1}/{pages}" + (f" · {footer}" if footer else "")
    if footer:
        embed.set_footer(text=footer)
    if first is not None and is_link(first.url):
        embed.url = first.url
    return fit(embed)


def sources_embed(answer: Answer | Sequence[Source], *, documents: DocumentLookup,
                  paragraphs: ParagraphLookup) -> discord.Embed:
    """The full paragraphs behind an answer (or these sources), each once, the quoted
    words in bold, each under its article's title (linked when its url is valid)."""
    sources = answer.sources if isinstance(answer, Answer) else tuple(answer)
    embed = discord.Embed(title="Sources", colour=ANSWERED)
    seen: set[tuple[str, int]] = set()
    parts: list[str] = []
    for source in sources:
        key = (source.document, source.paragraph)
        if key in seen:
            continue
        seen.add(key)
        doc = documents(source.document)
        head = f"**¶ {source.paragraph}**"
        if doc is not None and doc.title:
            head += f" · {article_name(doc, budget=DESCRIPTION_MAX // 4)}"
        text = paragraphs(source.document, source.paragraph)
        parts.append(f"{head}\n{_highlight(text, source.quote) if text else _source_line(source)}")
    embed.description = "\n\n".join(parts) or "This answer has no sources."
    cited = list(dict.fromkeys(s.document for s in sources))
    first = documents(cited[0]) if len(cited) == 1 else None
    if len(cited) > 1:
        embed.set_footer(text=f"From {len(cited)} articles")
    elif footer := footer_for(first):
        embed.set_footer(text=footer)
    if first is not None and is_link(first.url):
        embed.url = first.url
    return fit(embed)


ARTICLES_PER_PAGE = 10


def articles_page_count(total: int, per_page: int = ARTICLES_PER_PAGE) -> int:
    return max(1, -(-total // max(per_page, 1)))


def articles_embed(rows: Sequence[ArticleRow], *, page: int = 0,
                   per_page: int = ARTICLES_PER_PAGE, default: str | None = None,
                   ask_hint: str = "") -> discord.Embed:
    """/articles: each article's title (linked to its url when valid), outlet, date,
    subject, slug and number of facts, `per_page` at a time; `default` (a slug) is marked
    as this server's default."""
    pages = articles_page_count(len(rows), per_page)
    page = min(max(page, 0), pages - 1)
    chunk = rows[page * per_page:(page + 1) * per_page]
    budget = DESCRIPTION_MAX - 200  # room for the heading lines below
    lines: list[str] = []
    for number, row in enumerate(chunk, page * per_page + 1):
        facts = f"{row.facts} fact{'s' if row.facts != 1 else ''}"
        details = [safe(p) for p in (row.outlet, row.date) if p]
        if row.subject:
            details.append(f"about {safe(row.subject)}")
        details += [facts, f"`{safe(row.slug).replace('`', '')}`"]
        if row.slug == default:
            details.append("**default here**")
        tail = "\n" + " · ".join(details)
        doc = DocumentRef(title=row.title or row.slug, url=row.url)
        left = budget - sum(len(x) + 1 for x in lines) - len(tail) - 8
        name = article_name(doc, row.slug, budget=max(left, 0))
        line = f"**{number}.** {name}{tail}"
        lines.append(line)
    description = "\n".join(lines) or "No article is loaded."
    embed = discord.Embed(title=f"Articles loaded: {len(rows)}", description=description,
                          colour=ANSWERED)
    if ask_hint:
        embed.add_field(name="Asking one article", value=ask_hint, inline=False)
    if pages > 1:
        embed.set_footer(text=f"Page {page + 1}/{pages}")
    return fit(embed)


def _highlight(paragraph: str, quote: str) -> str:
    """The paragraph with `quote` in bold when it appears as is (whitespace-insensitive)."""
    flat = " ".join(paragraph.split())
    needle = " ".join(quote.split())
    at = flat.find(needle) if needle else -1
    if at < 0:
        return safe(flat)
    before, hit, after = flat[:at], flat[at:at + len(needle)], flat[at + len(needle):]
    return f"{safe(before)}**{safe(hit)}**{safe(after)}"


def trace_embed(answer: Answer, *, asked_at: float | None = None) -> discord.Embed:
    """Why the engine answered as it did, for moderators."""
    trace: Trace = answer.trace
    embed = discord.Embed(title="Why this answer", colour=discord.Colour.dark_teal(),
                          description=safe(answer.question) or "\u200b")
    embed.add_field(name="Intent", value=f"`{safe(trace.intent)}` (score {trace.intent_score:.2f})")
    embed.add_field(name="Answered", value=f"{'yes' if answer.answered else 'no'}, "
                                           f"confidence {answer.confidence:.2f}")
    embed.add_field(name="Follow-up context", value="used" if trace.used_context else "not used")
    embed.add_field(name="Entities", inline=False,
                    value=", ".join(safe(e) for e in trace.entities) or "none")
    embed.add_field(name="Facts", inline=False,
                    value=", ".join(f"`{safe(f)}`" for f in trace.facts) or "none")
    if answer.alternative:
        embed.add_field(name="Other reading", value=safe(answer.alternative), inline=False)
    if trace.note:
        embed.add_field(name="Note", value=safe(trace.note), inline=False)
    if asked_at is not None:
        embed.timestamp = datetime.fromtimestamp(asked_at, tz=UTC)
    return fit(embed)


def notice_embed(text: str, *, colour: discord.Colour = DECLINED) -> discord.Embed:
    """A one-line notice (cooldown, refusal, error) in the same style as answers."""
    return fit(discord.Embed(description=text, colour=colour))


def button_label(text: str) -> str:
    return clip(" ".join(text.split()), BUTTON_LABEL_MAX) or "…"


def choice_text(text: str) -> str:
    """Autocomplete choices allow 1-100 characters for both name and value."""
    return clip(" ".join(text.split()), CHOICE_MAX) or "?"


def content(text: str) -> str:
    """Plain message content, escaped and inside the 2000-character limit."""
    return clip(safe(text), CONTENT_MAX)


def ago(seconds: float) -> str:
    """'3 h ago' style, for /unanswered."""
    seconds = max(0.0, seconds)
    for size, unit in ((86_400, "d"), (3_600, "h"), (60, "min")):
        if seconds >= size:
            return f"{int(seconds // size)} {unit} ago"
    return "just now"


def unanswered_embed(rows: Sequence[tuple[str, int, float]], *, days: int,
                     now: float) -> discord.Embed:
    """The most asked unanswered questions, numbered, with counts and last time asked."""
    lines = [f"{i}. `{n}×` {safe(clip(q, 200))} · {ago(now - t)}"
             for i, (q, n, t) in enumerate(rows, 1)]
    embed = discord.Embed(
        title=f"Unanswered questions, last {days} day{'s' if days != 1 else ''}",
        description="\n".join(lines) or "Nothing unanswered in that time.",
        colour=DECLINED,
    )
    embed.set_footer(text="Declined or low-confidence questions; who asked is never stored.")
    return fit(embed)
