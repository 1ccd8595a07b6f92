"""Questions for the Discord tests, found in the data rather than written into the tests,
so they name nothing of the article and keep working when the articles change."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from bot.discord.render import page_count
from bot.service import AnswerService
from bot.yamlio import load_yaml


@dataclass(frozen=True)
class Questions:
    answered: str  # answered with sources from the facts
    declined: str  # off-topic: declined with no sources
    ambiguous: str  # answered, with a "did you mean" reading
    about_paged: str  # a subject whose /about answer has more items than its text shows


def _intents(config: Path) -> list[dict[str, object]]:
    raw = load_yaml(config / "intents.yaml")
    return list(raw["intents"] if isinstance(raw, dict) else raw)


def find_questions(service: AnswerService, config: Path) -> Questions:
    """The first question of each kind that the current data gives."""
    facts = service.snapshot.facts
    names = service.complete("", (), 500)
    answered = next(
        (q for f in facts if f.subject and f.places and f.who
         for q in [f"who did {f.subject} meet in {f.places[0]}"]
         if (a := service.ask(q)).answered and a.sources and not a.alternative), None)
    assert answered, "no fact gives an answered 'who … meet in …' question"

    intents = _intents(config)
    declines = [i for i in intents if i.get("answer") == "decline"]
    phrases = [p for i in declines for p in i["phrases"]]  # type: ignore[attr-defined]
    declined = next((f"what about {p}?" for p in phrases
                     if not service.ask(f"what about {p}?").answered), None)
    assert declined, "no decline phrase gives a declined question"

    readings = [i for i in intents if i.get("answer") not in ("decline", "greeting")]
    ambiguous = next(
        (q for a, b in itertools.permutations(readings, 2) for name in names[:30]
         for q in [f"{a['phrases'][0]} {b['phrases'][0]} {name}"]  # type: ignore[index]
         if (r := service.ask(q)).alternative and r.answered), None)
    assert ambiguous, "no question with a second reading"

    paged = next((n for n in names if page_count(service.about(n)) > 1), None)
    assert paged, "no subject with more items than its answer shows"
    return Questions(answered, declined, ambiguous, paged)
