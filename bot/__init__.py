"""The newsdesk bot: an answer engine over news articles, and its Discord, CLI and console
adapters."""

from __future__ import annotations

from pathlib import Path


def _stale_extensions(here: Path = Path(__file__).parent) -> list[str]:
    """Compiled modules (scripts/compile.py) older than their sources. Python would import
    the extension and run the old code without a word, so the bot refuses to start."""
    stale = []
    for ext in [*here.glob("engine/**/*.so"), *here.glob("store/*.so")]:
        source = ext.with_name(ext.name.split(".", 1)[0] + ".py")
        if source.exists() and source.stat().st_mtime > ext.stat().st_mtime:
            stale.append(str(source.relative_to(here.parent)))
    return stale


if stale := _stale_extensions():
    raise ImportError(f"compiled modules older than their sources ({', '.join(stale[:3])}"
                      f"{', …' if len(stale) > 3 else ''}): run `python scripts/compile.py` "
                      "again, or `python scripts/compile.py --clean` for pure Python")
