"""The articles a news desk has loaded, as Discord sees them: the /articles listing, the
`article` option (autocomplete, and what a typed value means) and each guild's default.

An `article` value is a slug (what autocomplete offers); a slug or a title typed in full
is accepted whatever its case. Anything else is refused with UnknownArticle, which the
error handler shows privately with the closest articles and a pointer to /articles:
answering from another article than the one asked for would be worse than no answer.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from discord.ext import commands
from rapidfuzz import fuzz, process

from bot.discord.render import CHOICE_MAX, ArticleRow, choice_text, clip, safe
from bot.engine.text import fold

if TYPE_CHECKING:
    from bot.service import AnswerService

log = logging.getLogger(__name__)

CHOICES_MAX = 25  # Discord's limit for autocomplete
MATCH_CUTOFF = 60  # rapidfuzz WRatio, as the entity autocomplete
SUGGESTIONS = 3


def catalogue(service: AnswerService, *, facts: bool = True) -> list[ArticleRow]:
    """Every article loaded, in the service's (slug) order, with its number of facts
    (left at 0 without `facts`: autocomplete and resolve() do not need it)."""
    return [ArticleRow(slug=d.slug, title=str(d.title or ""), outlet=str(d.outlet or ""),
                       url=str(d.url or ""), date=str(d.date or ""),
                       subject=str(d.subject or ""),
                       facts=service.facts_of(d.slug) if facts else 0)
            for d in service.articles()]


def catalogue_fingerprint(rows: Iterable[ArticleRow]) -> str:
    """8 hex digits that change whenever anything /articles shows does."""
    text = "\x00".join("\x01".join([r.slug, r.title, r.outlet, r.url, r.date, r.subject,
                                    str(r.facts)]) for r in rows)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


class UnknownArticle(commands.BadArgument):
    """An `article` value that names no loaded article."""

    def __init__(self, value: str, suggestions: list[ArticleRow]) -> None:
        super().__init__(f"unknown article {value!r}")
        self.value = value
        self.suggestions = suggestions

    def notice(self) -> str:
        """The private reply: what was not found, the closest ones, where to look."""
        shown = choice_text(self.value)
        text = f"I have no article “{safe(shown)}”."
        if self.suggestions:
            text += " Did you mean " + " or ".join(
                f"`{safe(r.slug)}` ({safe(r.title or r.slug)})" for r in self.suggestions) + "?"
        return (text + " Pick one from the list that opens as you type in the `article` "
                "option, or see `/articles` for every article loaded (each with its slug).")


def _keys(row: ArticleRow) -> list[str]:
    """What a typed value is matched against: the title, the slug, the subject."""
    return [k for k in (fold(row.title), fold(row.slug.replace("-", " ").replace("_", " ")),
                        fold(row.subject)) if k]


def _ranked(rows: list[ArticleRow], typed: str) -> list[tuple[ArticleRow, float]]:
    """Articles matching `typed` (typo-tolerant), best first, ties by title."""
    key = fold(typed)
    candidates: list[tuple[str, int]] = [(k, i) for i, r in enumerate(rows) for k in _keys(r)]
    scored: dict[int, float] = {}
    for _, score, at in process.extract(key, [c for c, _ in candidates], scorer=fuzz.WRatio,
                                        limit=None, score_cutoff=MATCH_CUTOFF):
        text, index = candidates[at]
        bonus = 10 if text.startswith(key) else 0
        scored[index] = max(scored.get(index, 0.0), score + bonus)
    order = sorted(scored, key=lambda i: (-scored[i], fold(rows[i].title), rows[i].slug))
    return [(rows[i], scored[i]) for i in order]


def choices(rows: list[ArticleRow], typed: str, limit: int = CHOICES_MAX
            ) -> list[tuple[str, str]]:
    """(name, value) autocomplete choices: the title shown, the slug sent; every article
    by title when nothing is typed. A slug too long for a choice value is left out (its
    title typed in full still works)."""
    if fold(typed):
        found = [r for r, _ in _ranked(rows, typed)]
    else:
        found = sorted(rows, key=lambda r: (fold(r.title), r.slug))
    titles = [fold(r.title) for r in rows]
    out: list[tuple[str, str]] = []
    for row in found:
        if not row.slug or len(row.slug) > CHOICE_MAX:
            continue
        name = choice_text(row.title or row.slug)
        if row.title and titles.count(fold(row.title)) > 1:  # the slug tells twins apart
            room = CHOICE_MAX - len(row.slug) - 3
            name = choice_text(f"{clip(' '.join(row.title.split()), room)} ({row.slug})"
                               if room > 10 else row.slug)
        out.append((name, row.slug))
        if len(out) >= min(limit, CHOICES_MAX):
            break
    return out


def resolve(rows: list[ArticleRow], value: str | None) -> str | None:
    """The slug an `article` value names; None for no value. Raises UnknownArticle."""
    if value is None or not value.strip():
        return None
    typed = value.strip()
    for row in rows:
        if row.slug == typed:
            return row.slug
    key = fold(typed)
    for row in rows:
        if fold(row.slug) == key or (row.title and fold(row.title) == key):
            return row.slug
    raise UnknownArticle(typed, [r for r, _ in _ranked(rows, typed)[:SUGGESTIONS]])


def default_for(defaults: Mapping[int, str], guild_id: int | None,
                loaded: Iterable[str]) -> str | None:
    """The guild's default article when it is set and loaded, else None (every article)."""
    if guild_id is None:
        return None
    slug = defaults.get(guild_id)
    if slug is None:
        return None
    if slug not in set(loaded):
        log.debug("guild %s: default article %r is not loaded; not used", guild_id, slug)
        return None
    return slug


def default_problems(defaults: Mapping[int, str], loaded: Iterable[str]) -> list[str]:
    """One line per guild default that names no loaded article."""
    have = sorted(set(loaded))
    return [f"discord.default_articles: guild {guild}'s default article {slug!r} is not "
            f"loaded (loaded: {', '.join(have) or 'none'}); questions there go to every "
            f"article until it is"
            for guild, slug in sorted(defaults.items()) if slug not in have]
