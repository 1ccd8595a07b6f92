"""The console adapter: the same engine as Discord, as plain text in a terminal."""

from __future__ import annotations

import sys
import textwrap

from bot.engine.answer import Answer
from bot.service import AnswerService


def render_text(answer: Answer, service: AnswerService) -> str:
    """The answer, then its sources as numbered quotes with their paragraph."""
    lines = [answer.text]
    if answer.sources:
        lines.append("")
        for n, source in enumerate(answer.sources, 1):
            doc = service.document(source.document)
            title = doc.title if doc else source.document
            quote = textwrap.shorten(source.quote, 300, placeholder=" …")
            lines.append(f"[{n}] “{quote}” — {title}, paragraph {source.paragraph}")
    if answer.alternative:
        lines.append(f"\n(Did you mean: {answer.alternative})")
    return "\n".join(lines)


def chat(service: AnswerService) -> int:
    """A console conversation with follow-ups, like one member in one channel."""
    print("Ask about the article (empty line or Ctrl-D to quit).", file=sys.stderr)
    session = "console"
    while True:
        try:
            question = input("> ")
        except EOFError:
            print(file=sys.stderr)
            return 0
        if not question.strip():
            return 0
        print(render_text(service.ask(question, session), service))
        print()
