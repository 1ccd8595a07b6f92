"""Text normalisation shared by the builder and the engine, so both see the same words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u0060": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2033": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
})
_QUOTE_MARKS = str.maketrans({k: v for k, v in QUOTES.items() if v in "'\""})
# Discord markup a question may arrive in: mentions, custom emoji, code fences, spoilers.
_DISCORD_MARKUP = re.compile(
    r"<(?:@[!&]?|#|a?:\w+:)\d*>|@(?:everyone|here)\b|```\w*|\|\||`|</?[a-zA-Z][^<>]{0,200}>|~~[^~]{0,200}~~")
_THOUSANDS = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
_WORD = re.compile(r"[a-z0-9]+(?:[-.'][a-z0-9]+)*")
# every ASCII character that is no part of a _WORD match, to a space
_APART = str.maketrans({c: " " for c in map(chr, range(128))
                        if not (c.isdigit() or "a" <= c <= "z" or c in "-.'")})
_SPACE = re.compile(r"\s+")


# Typographic quotes and dashes: NFKD keeps them as they are and QUOTES maps them to
# ASCII, so text whose only non-ASCII characters are these (most articles) takes the fast
# path, all in C: normalising every paragraph at build and load is then cheap.
_NOT_PLAIN = re.compile("[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014]")
_PLAIN = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
          ("\u2013", "-"), ("\u2014", "-"))
_CONTROLS = str.maketrans({c: " " for c in (*map(chr, range(32)), "\x7f")})


# One message is cleaned and split into words several times while it is read (its
# sentences, its clauses, the checks of its premise): a short memo of the last texts
# spares that, too short to remember the messages before it.
_RECENT = 64


@lru_cache(maxsize=_RECENT)
def clean(text: str) -> str:
    """Plain text: no Discord markup, no control or zero-width characters, no accents."""
    if "<" in text or "@" in text or "`" in text or "|" in text or "~" in text:
        text = _DISCORD_MARKUP.sub(" ", text)  # (each kind of markup opens with one)
    if not text.isascii() and not _NOT_PLAIN.search(text):
        for mark, plain in _PLAIN:
            text = text.replace(mark, plain)
    if text.isascii():  # the usual case: only control characters to drop (and no "`":
        return " ".join(text.translate(_CONTROLS).split())  # the markup took it)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
        for c in text
        if not unicodedata.combining(c) and unicodedata.category(c) not in ("Cf", "Co", "Cs")
    )
    return _SPACE.sub(" ", text.translate(QUOTES)).strip()


def may_hold(text: str, marks: tuple[str, ...] | None) -> bool:
    """Whether a case-blind pattern any of whose matches holds one of `marks` (lower-case
    ASCII words) may match `text`: in ASCII text, only when one of them is in its lower
    case. One scan in C, where the pattern would be tried at every character of a long
    message; text that is not ASCII, or marks that are not (None), may always match."""
    if marks is None or not text.isascii():
        return True
    low = text.lower()
    return any(mark in low for mark in marks)


def marks_of(words: Iterable[str]) -> tuple[str, ...] | None:
    """The marks for may_hold: the words in lower case, or None when one is not ASCII."""
    marks = tuple(sorted({w.lower() for w in words}))
    return marks if all(w.isascii() for w in marks) else None


def fold(text: str) -> str:
    """Casefolded clean text: how questions, aliases and phrases are compared."""
    return clean(text).casefold()


_CONTRACTIONS = {"'ll": "will", "'re": "are", "'ve": "have", "'d": "did", "'m": "am"}
# after a name, "'s" is "is" when what follows cannot be a thing owned ("the summit's in
# Zenda", "Ana's not going"); before a noun it is a possessive and is dropped ("Ana's trip")
IS_AFTER = frozenset({"in", "on", "at", "not", "the", "a", "an", "going", "coming",
                       "heading", "headed", "expected", "likely", "due", "also", "still",
                       "definitely", "probably", "actually", "really", "now", "from"})
# ("what's the", "he's not", "that's a": read as they always were)
_PRONOUNS = frozenset({"what", "who", "where", "when", "why", "how", "which", "he", "she",
                       "it", "that", "there", "here", "this", "let", "one", "everyone"})


def words(text: str) -> list[str]:
    """The words of already folded text: "xi's" -> "xi", "who'll" -> "who will"."""
    return list(_words(text))  # (a copy: the caller may change its list)


def _grouped(text: str) -> bool:
    """Whether a comma has a digit before it and three after, as in every match of
    _THOUSANDS: a comma between words spares the pattern's try at every character."""
    i = text.find(",")
    while i >= 0:
        if i and text[i - 1].isdigit() and len(after := text[i + 1:i + 4]) == 3 \
                and after.isdigit():
            return True
        i = text.find(",", i + 1)
    return False


def _found(text: str) -> list[str]:
    """_WORD.findall(text), in C where it can be: in ASCII text, every character no
    match holds becomes a space and a split gives the runs the matches lie in; only a
    run holding "-", "." or "'" is left to the pattern (the rest are one word each)."""
    if not text.isascii():
        return _WORD.findall(text)
    runs = text.translate(_APART).split()
    if "-" not in text and "." not in text and "'" not in text:
        return runs
    found: list[str] = []
    for run in runs:
        if "-" in run or "." in run or "'" in run:
            found += _WORD.findall(run)
        else:
            found.append(run)
    return found


@lru_cache(maxsize=_RECENT)
def _words(text: str) -> tuple[str, ...]:
    """The pattern never starts or ends a word with "." or "'", so only words holding an
    apostrophe need a look: text without one (most of it) is split in C, which keeps
    tokenising a thousand articles at load cheap."""
    if "," in text and _grouped(text) and _THOUSANDS.search(text):  # "8,000": one number
        text = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)
    found = _found(text)
    if "'" not in text:
        return tuple(found)
    out = []
    for i, w in enumerate(found):
        if "'" not in w:
            out.append(w)
            continue
        if w.endswith("'s"):
            w = w[:-2]
            if (i + 1 < len(found) and found[i + 1] in IS_AFTER and w not in _PRONOUNS) \
                    or (i and found[i - 1] == "how"):  # ("how long's she been …")
                out += (w, "is")
                continue
        for tail, word in _CONTRACTIONS.items():
            if w.endswith(tail) and len(w) > len(tail):
                out.append(w[: -len(tail)])
                w = word
                break
        if w:
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=16384)  # the facts' summaries, counts and quotes, read again and again
def tokens(text: str) -> tuple[str, ...]:
    """The words of any text, folded; a tuple, as it is shared by every caller."""
    return _words(fold(text))


@lru_cache(maxsize=8192)
def text_stems(text: str) -> frozenset[str]:
    """The stems of a text's words."""
    return term_stems(tokens(text))


@lru_cache(maxsize=65536)
def light_stem(word: str) -> str:
    """A light suffix stripper: enough that 'discussed', 'discussing' and 'discuss' meet."""
    w = word
    if any(ch.isdigit() for ch in w):
        return w  # "5000" is not "500", nor "2024s" a plural
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"  # "supplies", "relied"
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) - len(suffix) >= 3 and w.endswith(suffix) and not w.endswith("ss"):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


_DERIVATIONS = ("ation", "ment", "ance", "ence", "ness", "able", "ible", "ity", "ant",
                "ent", "ion", "ive", "al", "ly", "er", "or")


@lru_cache(maxsize=8192)
def root(stemmed: str) -> str:
    """A stem without its derivational suffix ("reliant" and "rely" -> "reli",
    "investment" -> "invest"): a claim's word the fact says in another part of speech."""
    w = stemmed[:-1] + "i" if stemmed.endswith("y") else stemmed
    if w.endswith("li") and len(w) >= 7:
        return root(w[:-2])  # an adverb: "officially" -> "official" -> "offici"
    for suffix in _DERIVATIONS:
        # (a short suffix leaves more: "former" is no "form", "later" no "late")
        if w.endswith(suffix) and len(w) - len(suffix) >= (4 if len(suffix) > 2 else 5):
            w = w[: -len(suffix)]
            if w.endswith("e"):
                w = w[:-1]  # "agreement": "agre", as "agree" is stemmed
            return w[:-1] if w[-1] == w[-2] and w[-1] not in "aeiou" else w
    return w


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """'built' -> 'build', 'went' -> 'go': the forms the light stemmer gets wrong, made
    from simplemma's dictionary by scripts/make_lemmas.py."""
    path = Path(__file__).with_name("lemmas.tsv")
    pairs = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#"))
    return {word: root for word, root in pairs}


@lru_cache(maxsize=65536)  # the same few thousand words, over and over
def stem(word: str) -> str:
    """The stem a word is compared by: its lemma's, for irregular forms ("met" is "meet")."""
    return _irregular().get(word) or light_stem(word)


def term_stems(ws: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Stems of words, of their hyphenated parts ("six-year" also gives "six", "year") and
    of a contraction without its apostrophe."""
    out = set()
    for w in ws:
        out.add(stem(w))
        if "-" in w:
            out.update(stem(part) for part in w.split("-") if part)
        if "'" in w:  # "can't" is also typed "cant"
            out.add(stem(w.replace("'", "")))
    return frozenset(out)


@lru_cache(maxsize=4096)  # quotes and summaries are squeezed again and again
def squeeze(text: str) -> str:
    """Text without accents, case or whitespace: how a quote is found in its article.

    Deliberately stricter than `fold`: only whitespace, case, accents and the curly or
    straight form of quote marks may differ between a quote and the article.
    """
    if _NOT_PLAIN.search(text):  # else NFKD changes nothing
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    text = text.casefold()
    if not text.isascii() or "`" in text:
        text = text.translate(_QUOTE_MARKS)
    return "".join(text.split())
