"""Kinds of answer, one module each, found by the name an intent's `answer:` gives.

A module here registers its kind with `@register("name")`; adding a kind of answer is
that module plus an intent naming it in config/intents.yaml. The build rejects an
`answer:` that no module registers (bot.store.sources), naming the file and line.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.engine.compose import Ask, Composer, Reply

Kind = Callable[["Composer", "Ask"], "Reply | None"]

# Answers the engine gives before any kind is consulted: chit-chat and refusals.
ENGINE_ANSWERS = ("greeting", "decline")

_registry: dict[str, Kind] = {}
_loaded = False


def register(name: str) -> Callable[[Kind], Kind]:
    """Make a function the answer of kind `name`."""
    def add(kind: Kind) -> Kind:
        if name in ENGINE_ANSWERS:
            raise ValueError(f"{name!r} is answered by the engine itself")
        _registry[name] = kind
        return kind
    return add


def _load() -> None:
    """Import every module of this package once, so each registers its kind."""
    global _loaded
    if not _loaded:
        _loaded = True
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")


def kinds() -> dict[str, Kind]:
    """Every registered kind by name."""
    _load()
    return dict(_registry)


def names() -> tuple[str, ...]:
    """What an intent's `answer:` may say."""
    return (*sorted(kinds()), *ENGINE_ANSWERS)
