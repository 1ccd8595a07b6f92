"""The value objects every adapter (Discord, console, JSON) renders."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Source:
    """A verbatim quote and where a reader finds it."""

    document: str
    paragraph: int
    quote: str


@dataclass(frozen=True, slots=True)
class Trace:
    """Why this answer: shown to moderators, never needed to read the answer."""

    intent: str
    intent_score: float
    entities: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    used_context: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    """One reply. `answered` is False for declines (off-topic, not in the article, empty)."""

    question: str
    text: str
    answered: bool
    intent: str
    confidence: float
    sources: tuple[Source, ...] = ()
    # A close second reading of the question, offered as "did you mean".
    alternative: str | None = None
    # A short list the Discord layer may page, e.g. the names in a "who" answer.
    items: tuple[str, ...] = ()
    trace: Trace = field(default_factory=lambda: Trace("none", 0.0))

    def to_json(self) -> dict[str, Any]:
        """The PROTOCOL.md shape (plus `alternative` when there is one)."""
        out: dict[str, Any] = {
            "question": self.question,
            "answered": self.answered,
            "answer": self.text,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "sources": [asdict(s) for s in self.sources],
        }
        if self.alternative:
            out["alternative"] = self.alternative
        return out
