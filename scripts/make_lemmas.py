"""Regenerate bot/engine/lemmas.tsv: irregular English forms and the stem of their lemma.

    pip install simplemma && python scripts/make_lemmas.py

The engine's light stemmer meets "discussed" and "discussing" at "discuss" but cannot know
that "built" is "build", "met" is "meet" or "went" is "go". simplemma (MIT, no dependencies,
its dictionaries shipped in the package) knows; loading its English dictionary takes half a
second, more than the engine's whole start-up, so its answers are computed here once, for
every ordinary word the engine knows (bot/engine/common_words.txt.gz and everyday.txt),
and only the forms the stemmer gets wrong are kept: about 1,250 lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

import simplemma

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.lexicon import _common_words  # noqa: E402
from bot.engine.text import light_stem  # noqa: E402

OUT = ROOT / "bot" / "engine" / "lemmas.tsv"


def main() -> None:
    pairs = {}
    # the known words, and the most frequent ones (bot/engine/everyday.txt: "began",
    # "held", "left" are there and not in the other list)
    everyday = (ROOT / "bot" / "engine" / "everyday.txt").read_text(encoding="utf-8")
    for word in {*_common_words().blob.decode().split("\n"), *everyday.split()}:
        if not word.isalpha() or len(word) < 3:  # "us", "is": names and grammar
            continue
        lemma = simplemma.lemmatize(word, lang="en")
        if lemma.islower() and lemma.isalpha() and light_stem(lemma) != light_stem(word):
            pairs[word] = light_stem(lemma)
    lines = [f"{w}\t{s}" for w, s in sorted(pairs.items())]
    OUT.write_text("# word\tstem of its lemma (scripts/make_lemmas.py, from simplemma)\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} forms")


if __name__ == "__main__":
    main()
