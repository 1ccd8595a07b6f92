"""How a serving process collects garbage.

The engine's data are trees (facts, indexes, desks) that reference counting frees; cyclic
garbage is rare (none in 10,000 answers at 1,000 articles). With CPython's default
thresholds (700, 10, 10) a full collection walks every loaded object every few desk
builds, and that was the answers' slow tail: at 1,000 articles, p99 7.3 ms with the
defaults and 3.7 ms settled (scripts/bench_scale.py).
"""

from __future__ import annotations

import gc

# young objects are collected after 50,000 allocations, not 700: one desk is ~10,000
THRESHOLDS = (50_000, 20, 20)

_settled = False


def settle() -> None:
    """After (re)loading data: what is loaded now lives as long as the process, so it
    leaves the collector's generations (gc.freeze), and young objects are collected less
    often. The data loaded before, after a reload, is collected first."""
    global _settled
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
    _settled = True


def resettle() -> None:
    """After a reload, in a process that was settled (tests' processes are not)."""
    if _settled:
        settle()
