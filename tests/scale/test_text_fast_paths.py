"""The fast paths of clean() and squeeze() give exactly what the plain definitions give.

clean and squeeze run over every paragraph, alias and quote at build and load, so they
take shortcuts for ASCII text and for text whose only other characters are typographic
quotes and dashes. These are the definitions they shortcut, compared on any text.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.text import _DISCORD_MARKUP, QUOTES, clean, squeeze

_QUOTE_MARKS = str.maketrans({k: v for k, v in QUOTES.items() if v in "'\""})


def reference_clean(text: str) -> str:
    text = _DISCORD_MARKUP.sub(" ", text)
    if text.isascii():
        text = text.translate({i: " " for i in (*range(32), 127)})
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
                       for c in text if not unicodedata.combining(c)
                       and unicodedata.category(c) not in ("Cf", "Co", "Cs"))
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip()


def reference_squeeze(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return "".join(text.casefold().translate(_QUOTE_MARKS).split())


TYPOGRAPHIC = "‘’“”–—´″ʼ‑`\u00e9\u0301\u200b\n\t\x00\x7f<>@#~|"
texts = st.text(alphabet=st.characters() | st.sampled_from(list(TYPOGRAPHIC)), max_size=80)
articles = st.text(alphabet=st.sampled_from(list("abc XYZ.,'\"019-") + list(TYPOGRAPHIC)),
                   max_size=80)


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, articles))
def test_clean_and_squeeze_match_their_definitions(text: str) -> None:
    assert clean(text) == reference_clean(text)
    assert squeeze(text) == reference_squeeze(text)


def test_on_typical_article_text() -> None:
    text = "Putin’s “very soon” – said Erdoğan — on the U.S.\tsummit´s eve."
    assert clean(text) == reference_clean(text)
    assert squeeze(text) == reference_squeeze(text)


_CONTRACTIONS = {"'ll": "will", "'re": "are", "'ve": "have", "'d": "did", "'m": "am"}


def reference_words(text: str) -> list[str]:
    from bot.engine.text import _PRONOUNS, IS_AFTER

    out = []
    found = re.findall(r"[a-z0-9]+(?:[-.'][a-z0-9]+)*", text)
    for i, w in enumerate(found):
        w = w.strip(".")
        if w.endswith("'s"):
            w = w[:-2]
            # ("the summit's in Zenda": "'s" before such a word is "is", not a possessive)
            if i + 1 < len(found) and found[i + 1] in IS_AFTER and w not in _PRONOUNS:
                out += (w, "is")
                continue
        for tail, word in _CONTRACTIONS.items():
            if w.endswith(tail) and len(w) > len(tail):
                out.append(w[: -len(tail)])
                w = word
                break
        if w:
            out.append(w)
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab's.-'dlmrv 0")), max_size=60))
def test_words_match_their_definition(text: str) -> None:
    from bot.engine.text import words

    assert words(text) == reference_words(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(list("ab'.-,9 0Zé\t\x1c\x85_")),
                                  st.characters()), max_size=80))
def test_the_split_finds_what_the_word_pattern_finds(text: str) -> None:
    from bot.engine.text import _THOUSANDS, _WORD, _found, _grouped

    assert _found(text) == _WORD.findall(text)
    assert _found(text.casefold()) == _WORD.findall(text.casefold())
    # the comma check never passes over a figure the pattern finds
    assert _THOUSANDS.search(text) is None or _grouped(text)


def test_the_comma_check_sees_figures() -> None:
    from bot.engine.text import _grouped, words

    assert _grouped("about 8,000 seafarers") and not _grouped("well, no, 8 , 000")
    assert words("about 8,000 seafarers, and 12,500,000 euros") == [
        "about", "8000", "seafarers", "and", "12500000", "euros"]
