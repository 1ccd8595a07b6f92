"""From scraped article text to the paragraphs and sentences a reader sees.

Scrapes break lines mid-sentence ("Foreign Minister\\nBen Cole"), mark paragraphs with
"- " bullets, keep section headings as short lines, and sometimes repeat whole blocks. The
rules here are about the shape of text, never about its content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.text import squeeze

_ENDS_SENTENCE = re.compile(r"[.!?:;][\"”’')]*$")
_BULLET = re.compile(r"^[-•*–—]\s+")
# A sentence ends at . ! ? (and any closing quotes) followed by space and a capital,
# a digit or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")
_HEADING_MAX_WORDS = 8


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, as a reader counts them (headings and repeats not counted)
    heading: str | None  # the section heading above it, if any
    text: str
    sentences: tuple[str, ...]


def _is_heading(line: str) -> bool:
    return (not _BULLET.match(line) and not _ENDS_SENTENCE.search(line)
            and len(line.split()) <= _HEADING_MAX_WORDS)


def split_sentences(text: str) -> tuple[str, ...]:
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        parts.append(text[start:end].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return tuple(p for p in parts if p)


def split_paragraphs(raw: str) -> list[Paragraph]:
    """Paragraphs in reading order, with repeated blocks and headings dropped from numbering."""
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    blocks: list[tuple[str, bool]] = []  # (text, is_heading)
    pending = ""
    for line in lines:
        if not line:
            if pending:
                blocks.append((pending, False))
                pending = ""
            continue
        if pending:
            pending = f"{pending} {line}"
        elif _is_heading(line):
            blocks.append((line, True))
            continue
        else:
            pending = _BULLET.sub("", line)
        if _ENDS_SENTENCE.search(pending):
            blocks.append((pending, False))
            pending = ""
    if pending:
        blocks.append((pending, False))

    paragraphs: list[Paragraph] = []
    seen_text: set[str] = set()
    seen_headings: set[str] = set()
    heading: str | None = None
    for text, is_heading in blocks:
        key = squeeze(text)
        if is_heading:
            if key not in seen_headings:
                seen_headings.add(key)
                heading = text
            continue
        if key in seen_text:
            continue
        seen_text.add(key)
        paragraphs.append(Paragraph(len(paragraphs) + 1, heading, text, split_sentences(text)))
    return paragraphs
