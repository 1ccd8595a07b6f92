"""Regenerate bot/engine/everyday.txt: the most frequent English words, one per line.

    pip install wordfreq && python scripts/make_everyday.py

An article never uses most everyday words ("hard", "run", "cover", "show"), and a chatty
question is full of them: they are no sign of a question off the articles' topic and no
reason to drop the conversation it follows. wordfreq's frequency lists (data CC BY-SA 4.0,
by Robyn Speer et al.) rank them; the package and its data are 50 MB, so the top of its
English list is kept here once, as a plain file.
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list

OUT = Path(__file__).resolve().parent.parent / "bot" / "engine" / "everyday.txt"
SIZE = 3000


def main() -> None:
    words = [w for w in top_n_list("en", SIZE) if w.isalpha() and w.isascii()]
    OUT.write_text("".join(f"{w}\n" for w in sorted(set(words))), encoding="utf-8")
    print(f"{OUT}: {len(set(words))} words")


if __name__ == "__main__":
    main()
