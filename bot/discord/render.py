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
    """A list answer's heading and its lines ("Whom X met:" and one line per meeting)."""
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


def answer_embed(
    answer: Answer,
    *,
    documents: DocumentLookup,
    page: int = 0,
    per_page: int = ITEMS_PER_PAGE,
) -> discord.Embed:
    """The reply to one question: answer text (or a page of its items), quoted sources, and
    the article in the footer."""
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
    # The footer names the article; a field names it too only when sources differ in it.
    several = len({s.document for s in answer.sources}) > 1
    for source in answer.sources[:SOURCES_SHOWN]:
        doc = documents(source.document) if several else None
        name = f"¶ {source.paragraph}"
        if doc is not None and doc.title:
            name += f" · {safe(doc.title)}"
        embed.add_field(name=name, value=_source_line(source), inline=False)
    if len(answer.sources) > SOURCES_SHOWN:
        embed.add_field(name="\u200b", inline=False,
                        value=f"+{len(answer.sources) - SOURCES_SHOWN} more: press Sources")
    first = next((documents(s.document) for s in answer.sources), None)
    footer = footer_for(first)
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
    words in bold."""
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
            head += f" · {safe(doc.title)}"
        text = paragraphs(source.document, source.paragraph)
        parts.append(f"{head}\n{_highlight(text, source.quote) if text else _source_line(source)}")
    embed.description = "\n\n".join(parts) or "This answer has no sources."
    docs = [d for d in (documents(s.document) for s in sources) if d is not None]
    if docs and (footer := footer_for(docs[0])):
        embed.set_footer(text=footer)
    if docs and is_link(docs[0].url):
        embed.url = docs[0].url
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
