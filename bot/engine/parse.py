"""A question -> what it asks: intent, entities and their roles, time, tense, content words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import dropwhile, pairwise, takewhile

from bot.engine.lexicon import IntentSpec, Lexicon, everyday, is_common_word
from bot.engine.phraseset import PhraseSet
from bot.engine.text import (
    IS_AFTER,
    clean,
    light_stem,
    may_hold,
    squeeze,
    stem,
    term_stems,
    words,
)
from bot.store.load import Snapshot

_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)([a-z]{1,2})")  # a figure and its magnitude: "40m"
_QUOTE_MARK = re.compile("[\"'\u2018\u2019\u201c\u201d]")
_DECIMAL_WORD = re.compile(r"\d+(?:[.,]\d+)?")  # a figure as typed: "3.1", "8,000"
_QUOTED = re.compile(r'"([^"]{3,})"|(?<!\w)\'([^\']{3,})\'(?!\w)')  # "...", '...'
_LIST_MARK = re.compile(r"\(?(?:[a-e]|[1-9])\)[,:]?")  # "(a)", "b)", "2)"
_NUMBERED = re.compile(r"[1-9][.)]")  # "1.", "2." opening a numbered question
_ELIDED_H = re.compile(r"(?<![\w'])'([a-z]+)\b")  # "'ow", "'e", "'is": an h dropped
_CLIPPED_LEAD = re.compile(r"(?<![\w'])([a-z]+')(?=[a-z])")  # "t'president": "the" clipped
# an adverb set off by commas inside a question ("when, exactly, did she leave?")
_ASIDE_ADVERB = re.compile(r",\s*([A-Za-z]{3,}ly)\s*,\s*")
_JOINERS = ("and", "also", "plus", "&")  # words that join two questions in one message
# the places a member's own news names, whose "there" the question after it may be
_ASIDE_PLACES = ("city", "country", "region")
_FILLERS = frozenset({"so", "and", "but", "ok", "okay", "hey", "hi", "hello", "yo", "um", "uh",
                      "well", "also", "then", "pls", "please", "plz", "bot", "quick",
                      "question", "q", "btw", "oh", "now", "just", "wait", "hmm", "ah",
                      "alright", "lol", "sorry"})
_LINKING = frozenset({"so", "and", "but", "also", "then", "now"})  # these carry on a conversation
MAX_WORDS = 60
_COURTESY_WORDS = 8  # a hello or thanks before a question is short
NUMBER_WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
                               "once": 1, "twice": 2, "thrice": 3} | {
    w: i for i, w in enumerate(("second", "third", "fourth", "fifth", "sixth", "seventh",
                                "eighth", "ninth", "tenth"), 2)}


def _without(ws: list[str], phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
             ) -> list[str]:
    """The words with every occurrence of the phrases (by first word, longest first)
    taken out; the words as they were, when nothing else would be left."""
    return _rephrased(ws, phrases) or ws


def _figured(ws: list[str], lex: Lexicon) -> list[str]:
    """'trade came to 3.1 billion' -> 'trade was 3.1 billion': a phrase read as an amount
    where a figure follows it (not "she came to Zenda")."""
    if lex.figure_phrasals.keys().isdisjoint(ws):
        return ws
    for i, w in enumerate(ws):
        for said, meant in lex.figure_phrasals.get(w, ()):
            n = len(said)
            if i + n < len(ws) and tuple(ws[i:i + n]) == said and (
                    number(ws[i + n]) is not None or _DECIMAL_WORD.fullmatch(ws[i + n])):
                return [*ws[:i], *meant, *ws[i + n:]]
    return ws


def _unsplit(ws: list[str], lex: Lexicon) -> list[str]:
    """'she had the Zendan minister over in Lisbon' -> 'she hosted the Zendan minister in
    Lisbon': a verb and its particle with whom it acts on between, the particle last in its
    clause (at the end, or before a place)."""
    if lex.split_phrasals.keys().isdisjoint(ws):
        return ws
    for i, w in enumerate(ws):
        for particle, meant in lex.split_phrasals.get(w, ()):
            j = next((k for k in range(i + 2, min(i + 7, len(ws))) if ws[k] == particle), None)
            if j is not None and (j + 1 == len(ws) or ws[j + 1] in lex.locative) \
                    and lex.question_words.isdisjoint(ws[i + 1:j]):
                return [*ws[:i], *meant, *ws[i + 1:j], *ws[j + 1:]]
    return ws


def _unintroduced(ws: list[str], lex: Lexicon) -> list[str]:
    """'any from Zendia? as a Strelsian i am curious': who the asker is ("as a
    Strelsian" before "I") is no word of the question."""
    for i in range(len(ws) - 3):
        if ws[i] in lex.likeness and ws[i + 1] in lex.indefinite \
                and ws[i + 3] in lex.first_person:
            return [*ws[:i], *ws[i + 3:]]
    return ws


def _invited(ws: list[str], lex: Lexicon) -> list[str]:
    """'did Ben ask her to come visit?' -> 'did Ben invite her to come visit?': asking
    someone (in at most three words) to come over is inviting them."""
    for i, w in enumerate(ws):
        if w in lex.asked_over and (to := next((j for j in range(i + 2, min(i + 5, len(ws)))
                                                if ws[j] == "to"), 0)) \
                and ws[to + 1:to + 2] and ws[to + 1] in lex.coming_verbs:
            return [*ws[:i], lex.asked_over[w], *ws[i + 1:]]
    return ws


def _unstrayed(ws: list[str], lex: Lexicon) -> list[str]:
    """'what did she tell the reporters their?': a possessive no noun follows (at the end,
    or before a small word or an adverb) is the word it sounds like ("there")."""
    if lex.stray_possessives.keys().isdisjoint(ws):
        return ws
    return [lex.stray_possessives[w] if w in lex.stray_possessives and (
        i + 1 == len(ws) or ((ws[i + 1] in lex.stopwords or ws[i + 1].endswith("ly"))
                             and ws[i + 1] not in lex.possessed)) else w
        for i, w in enumerate(ws)]


def _unelided(text: str, lex: Lexicon) -> str:
    """"'ow many 'as 'e 'ad": the h a speaker drops, marked by an apostrophe, put back
    where that makes an English word ("'em" and "'cause" are clipped otherwise); a short
    word clipped onto the next ("t'president") is glossed apart, as chat shorthand is."""
    if "'" not in text:
        return text
    text = _CLIPPED_LEAD.sub(lambda m: f"{' '.join(lex.shorthand[m[1]])} "
                             if m[1] in lex.shorthand else m[0], text)

    def mend(m: re.Match[str]) -> str:
        said, whole = m[1], f"h{m[1]}"
        return whole if said not in lex.front_clipped and (
            is_common_word(whole) or whole in lex.stopwords) else m[0]
    return _ELIDED_H.sub(mend, text)


def _as_asked(w: str, lex: Lexicon) -> str:
    """A typed word as a question reads it: "wat" -> "what", "weh" -> "where"."""
    w = w.casefold().strip("?,.!").split("'")[0]
    return " ".join(lex.shorthand.get(w, (w,)))


def _marks_past(before: list[str], after: list[str], lex: Lexicon) -> bool:
    """Is a past marker ("wen") said between a subject and its verb ("she wen go"), not
    at a clause's start or before its subject ("wen she left": when)?"""
    if not before or not after or before[-1] in lex.question_words \
            or before[-1] in _FILLERS or before[-1] in _JOINERS or before[-1] in lex.hellos:
        return False
    nxt = lex.shorthand.get(after[0], (after[0],))
    return bool(nxt) and nxt[0] not in lex.subject_pronouns | lex.openers | lex.determiners


def _asks_here(typed: list[str], i: int, lex: Lexicon) -> bool:
    """Does a question word stand at `i`: opening the message or a clause ("an fan wis
    that?") before a word that is no preposition, or before an auxiliary where no question
    word or small word comes just before ("Ben, fit did he sign")?"""
    after = typed[i + 1] if i + 1 < len(typed) else ""
    said = lex.shorthand.get(after, (after,))[0] if after else ""
    if i and typed[i - 1] not in _LINKING and typed[i - 1] not in lex.dialect_and \
            and (typed[i - 1] in lex.question_words or typed[i - 1] in lex.stopwords):
        return False  # ("how far is it", "so far", "a fan of": as typed)
    if said in lex.openers or said in lex.copulas:
        return True
    opening = i == 0 or typed[i - 1] in _LINKING or typed[i - 1] in lex.dialect_and
    if opening and lex.opening_glosses[typed[i]][-1] in lex.copulas and said in lex.determiners:
        return True  # ("fans the summit?": when is the summit; "fans of" stays as typed)
    return bool(said) and said not in lex.gloss_blockers and opening


def _unclipped(w: str, lex: Lexicon) -> str:
    """'happenin', 'staht': the word chat clipped or spelt as said, when only its full form
    is English."""
    if lex.knows(w) or is_common_word(w):
        return w
    for end, full in lex.clipped_endings:
        # (not after an "a": "Spain" is no "spa-ing"; "sayin" is "saying")
        if w.endswith(end) and len(w) > len(end) + 2 and w[-len(end) - 1] != "a" \
                and is_common_word(whole := w[:-len(end)] + full) \
                and ((fixed := lex.correct(w)) == w or (
                    light_stem(whole) in everyday() and lex.aliases.get((fixed,)) is not None)):
            return whole  # ("pootin" is a name misspelt; "pushin", an everyday verb's
            # clipped form, is pushing, not the name it is near)
    for said, spelt in lex.said_spellings:
        if said in w[1:-1] and is_common_word(whole := w[0] + w[1:].replace(said, spelt, 1)) \
                and lex.correct(w) == w:
            return whole
    return w


def _unframed(ws: list[str], lex: Lexicon) -> list[str]:
    """The words without the article's own period pointed at ("in these two months", "over
    those 12 days"): the whole story, no time to match."""
    out, i = list(ws), 0
    # ("how many times did he meet Li in two months?" asks of the period; "where is he
    # going in two months?" names a time ahead, and a claim's span is checked)
    asking = bool(out) and out[0] in lex.question_words \
        and any(w in lex.past_words for w in out) and not Finder(tuple(out)).any(lex.future)
    while i + 2 < len(out):
        if out[i] in lex.frame_words and number(out[i + 1]) is not None \
                and out[i + 2] in lex.time_units:
            start = i - 1 if i and out[i - 1] in lex.locative_time else i
            del out[start:i + 3]
            i = start
        elif asking and out[i] in lex.locative_time and (end := _span_end(out, i + 1, lex)) \
                and not any(w in lex.negations or w in lex.negated_auxiliaries
                            or (w,) in lex.firsts for w in out[:i]):
            del out[i:end]  # (not "the first in 24 years", "hadn't been in 24 years": a gap)
        else:
            i += 1
    return out or ws


def _span_end(ws: list[str], i: int, lex: Lexicon) -> int:
    """Where "(the first) two months" starting at `i` ends (0: no span there)."""
    for _ in range(3):
        mod = next((len(p) for p in lex.frame_qualifiers.by_first.get(ws[i], ()) if i < len(ws)
                    and tuple(ws[i:i + len(p)]) == p), 0) if i < len(ws) else 0
        if not mod:
            break
        i += mod
    return i + 2 if i + 1 < len(ws) and number(ws[i]) is not None \
        and ws[i + 1] in lex.time_units else 0


def _uncleft(ws: list[str], lex: Lexicon) -> list[str]:
    """"it was Ana who signed it" -> "Ana signed it": the claim a cleft makes, so that it
    is checked as one (the name is at most four words)."""
    if len(ws) > 6 and ws[0] in lex.copulas and (ws[1], ws[0]) in lex.cleft_pairs \
            and "or" in ws[3:8] and lex.person_asking:
        # "was it Ana or Ben she talked to about X?" -> "who she talked to about X, Ana or
        # Ben": which of the two (with its relative, "was it Ana or Ben who signed it?",
        # the cleft is weighed as it stands)
        at = ws.index("or", 3)
        end = next((k for k in range(at + 2, len(ws)) if ws[k] in lex.cleft_relatives
                    or ws[k] in lex.subject_pronouns), None)
        if end is not None and ws[end] in lex.subject_pronouns \
                and not any(w in lex.openers for w in ws[2:end]):  # ("… or have they …")
            return [lex.person_asking, *ws[end:], *ws[2:end]]
    opener = next((len(p) for p in lex.cleft_openers.occurring(ws, 0)), 0)
    rel = next((i for i in range(opener + 1, min(opener + 5, len(ws) - 1))
                if ws[i] in lex.cleft_relatives), 0) if opener else 0
    if rel:
        return [*ws[opener:rel], *ws[rel + 1:]]
    # "so Ana was the one who signed it?" -> "so Ana signed it", "was Ana the one who
    # signed it?" -> "Ana signed it": the claim it makes
    for i in range(1, min(len(ws) - 3, 6)):
        if ws[i:i + 2] == ["the", "one"] and ws[i + 2] in lex.cleft_relatives:
            if ws[i - 1] in lex.copulas and i > 1:
                return [*ws[:i - 1], *ws[i + 3:]]
            if ws[0] in lex.copulas and i > 1:
                return ["did", *ws[1:i], *ws[i + 3:]]  # ("did Ana sign it?")
    return ws


def _heard(ws: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """'did bent on meet Li?': a person's name that speech to text wrote as a word and a
    short one after it (that sound like it), where a name stands: first, or after an
    auxiliary, a question word, "and", "or", "with", "not" or a verb of meeting, and no
    name the articles know."""
    out = list(ws)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        paired = i + 3 < len(out) and out[i + 2] in lex.name_slots \
            and bool(lex.aliases.starting(out[i + 3]))  # ("…, bent on or Ana")
        if (not i or out[i - 1] in lex.name_slots or paired) and a.isalpha() and b.isalpha() \
                and a not in lex.stopwords and a not in lex.name_slots and len(b) <= 3 \
                and (b,) not in lex.anaphora and b not in lex.determiners and b not in lex.openers \
                and not lex.aliases.starting(a) and not lex.aliases.starting(b) \
                and (heard := lex.heard_name(a + b)) is not None and heard not in out \
                and len(heard) - 1 <= len(a + b) <= len(heard) + 2:
            out[i:i + 2] = [heard]
        i += 1
    return tuple(out) if len(out) < len(ws) else ws


def _joined_names(ws: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """'Pyong Yang', 'Kazak stan': a name typed in two words, an unknown one among them,
    that the articles write as one."""
    ws = _heard(ws, lex)
    if lex.known.issuperset(ws):
        return ws  # (most questions: every word known, no name split)
    out: list[str] = []
    i = 0
    while i < len(ws):
        if len(ws[i]) == 1 and ws[i].isalpha():  # "the s c o summit": letters said one by one
            j = i
            while j < len(ws) and len(ws[j]) == 1 and ws[j].isalpha():
                j += 1
            if j - i >= 2 and lex.aliases.get(("".join(ws[i:j]),)) is not None:
                out.append("".join(ws[i:j]))
                i = j
                continue
        if i + 1 < len(ws) and not (lex.knows(ws[i]) and lex.knows(ws[i + 1])) \
                and ws[i].isalpha() and ws[i + 1].isalpha() \
                and (joined := _one_name(ws[i], ws[i + 1], lex)) is not None:
            out.append(joined)
            i += 2
            continue
        out.append(ws[i])
        i += 1
    return tuple(out) if len(out) < len(ws) else ws


def _time_clause(ws: list[str], lex: Lexicon) -> int:
    """Where the question starts after a time clause that opens the message with no comma
    ("when Ana met Ben in Zenda what did they sign": at "what", a question word an
    auxiliary follows), or 0; not "when did Ana meet Ben …", itself a question."""
    if len(ws) < 6 or ws[0].casefold() not in lex.clause_whens or ws[0].endswith(",") \
            or _as_asked(ws[1].casefold(), lex) in lex.openers | lex.question_words:
        return 0
    k = next((k for k in range(3, len(ws) - 1)
              if _as_asked(ws[k].casefold(), lex) in lex.question_words
              and _as_asked(ws[k + 1].casefold(), lex) in lex.openers), 0)
    return k if k and not any(w.endswith((",", "?", ".", "!", ";")) for w in ws[:k]) else 0


def _clause_last(ws: list[str], k: int) -> str:
    """The question at `k`, then the time clause before it."""
    return " ".join((*ws[k:-1], ws[-1].rstrip("?"), *ws[:k])) + "?"


def _one_name(a: str, b: str, lex: Lexicon) -> str | None:
    """The name two words make, written together ("strel sau") or heard so ("air dova"
    is Erdova's sounds), when neither word is a piece of a name the articles know."""
    if lex.aliases.get((a + b,)) is not None:
        return a + b
    if a in lex.stopwords or b in lex.stopwords or lex.aliases.starting(a) \
            or lex.aliases.starting(b):
        return None
    return lex.sounded_name(a + b, joined=True)


def _before_country(ws: tuple[str, ...], m: Mention) -> int:
    """Where the words before a country end, past its "the" and "of" ("the president of
    Zenda": after "president")."""
    j = m.start
    while j > 0 and ws[j - 1] in ("the", "of"):
        j -= 1
    return j


def _hearsay(ws: list[str], lex: Lexicon) -> list[str]:
    """'my uncle says ana went to fiji' -> "ana went to fiji": what someone the member
    knows said is the claim; who said it is no word of it ("debate team says …" too: no
    word before the verb opens a name, so no one the articles tell of is speaking)."""
    if len(ws) < 5 or ws[0] in lex.question_words or ws[0] in lex.openers:
        return ws
    said = lex.kind_words.get("statement", PhraseSet(()))
    at = next((i for i in range(1, 4) if (ws[i],) in said or ws[i] in lex.naming_verbs
               or ws[i] in lex.hearsay_verbs), None)
    if at is None or (ws[0] not in lex.first_person and (
            ws[at] not in lex.hearsay_verbs or not _someone(ws[:at], ws[at], lex))):
        return ws  # ("invent a statement where …": no one saying, an order)
    rest = ws[at + 1:]
    if any(_stranger(w, lex) for w in ws[:at]) and not any(lex.aliases.starting(w) for w in rest):
        return ws  # ("Gary always said measure twice": a saying of his, no claim of the news)
    while rest and (rest[0] in lex.first_person or rest[0] in lex.cleft_relatives):
        rest = rest[1:]  # "... told me that ..."
    if (that := next((i for i, w in enumerate(rest[:6]) if w in lex.cleft_relatives), None)) \
            and rest[0] in lex.locative:
        rest = rest[that + 1:]  # "… was telling me at the bingo that …"
    if ws[at] in lex.naming_verbs and (the := next(
            (i for i, w in enumerate(rest) if i and w in lex.determiners), None)):
        # "the article calls Ben the most X leader": Ben is the most X leader
        rest = [*rest[:the], lex.copula, *rest[the:]]
    return rest if len(rest) >= 3 else ws


def _stranger(w: str, lex: Lexicon) -> bool:
    """A name no article, word list or dictionary has, and no slip of one the articles
    use ("Bridie", not "erdgan"): someone the member knows."""
    return lex.unheard(w) and lex.correct(w) == w and lex.correct_name(w) == w


def _someone(before: list[str], verb: str, lex: Lexicon) -> bool:
    """'debate team', 'the news', 'people': ordinary words naming who said it (none that
    opens a name, asks, orders or fills: "Ben says", "who said", "just tell")."""
    # (the article itself may be the one saying: "article says he held 50 meetings")
    return verb not in lex.request_verbs \
        and any(w not in lex.stopwords or w in lex.overview_nouns for w in before) \
        and all(w not in _FILLERS and w not in lex.question_words
                and (w not in lex.openers or (i and verb.endswith("ing")))  # ("Li was saying")
                and w not in lex.refusal_firsts and not lex.aliases.starting(w)
                and (w in lex.stopwords or is_common_word(w)
                     or (i and before[i - 1] in lex.locative)  # ("someone on reddit")
                     or (len(before) <= 2 and _stranger(w, lex)))  # ("Bridie says", a friend)
                for i, w in enumerate(before))


def _alternative(ws: list[str], lex: Lexicon) -> tuple[list[str], tuple[str, ...]]:
    """'Koroi is prime minister and not president, right?' -> the claim ("koroi is prime
    minister, right") and the alternative it sets aside ("president"); a question word
    first asks something else ("who came and not just for talks?"), unless what it sets
    aside is a setting ("which leaders did he host at home, not on his trips abroad?")."""
    if ws and ws[0] in lex.question_words:
        for i in range(3, len(ws) - 1):
            # (a preposition after it: "not on his trips"; not "ben not visiting zenda")
            if ws[i] in lex.negations and ws[i + 1] in lex.locative \
                    and ws[i + 1] in lex.stopwords \
                    and ws[i - 1] not in lex.openers and ws[i - 1] not in lex.copulas:
                return ws[:i], tuple(ws[i + 1:])
        return ws, ()
    if not ws:
        return ws, ()
    for i in range(3, len(ws) - 1):
        p = next(iter(lex.denied_alternatives.occurring(ws, i)), None)
        if p is None:
            continue
        rest = ws[i + len(p):]
        tag = lex.tag_length(rest)
        return [*ws[:i], *rest[len(rest) - tag:]], tuple(rest[:len(rest) - tag])
    for i in range(3, len(ws) - 1):
        # "it was Ana who met Li, not Ben, correct?": a name set aside at the end
        if ws[i] not in lex.negations or ws[i - 1] in lex.openers or ws[i - 1] in lex.copulas \
                or ws[i - 1] in lex.subject_pronouns or ws[i - 1] in lex.negated_auxiliaries:
            continue
        rest = ws[i + 1:]
        if not lex.question_words.isdisjoint(rest):
            break  # ("the other stops, not Zenda, not Strelsau, which ones?": the question's)
        kept = len(rest) - lex.tag_length(rest)
        if 0 < kept <= 3 and rest[0] not in lex.stopwords \
                and not any(w.endswith(("ed", "ing")) for w in rest[:kept]):
            return [*ws[:i], *rest[kept:]], tuple(rest[:kept])
    return ws, ()


def _joined(ws: list[str], lex: Lexicon) -> list[str]:
    """'She kicked the tour off in Strelsau': the particle put back beside its verb ("kicked
    off the tour"), where one or two words stand between (none a question word, place
    word, opener or preposition: "things", "it", "the tour" can be)."""
    if lex.separable.keys().isdisjoint(ws):
        return ws
    out = list(ws)
    for i in range(len(out)):
        for j in range(i + 2, min(i + 4, len(out))):
            if out[j] in lex.separable.get(out[i], ()) and all(
                    x not in lex.question_words and x not in lex.openers
                    and (x in lex.determiners or x in lex.object_pronouns or x in lex.pro_words
                         or (x not in lex.stopwords and not x.endswith(("ed", "ing"))))
                    for x in out[i + 1:j]):  # ("has halved over the decade": no "has over")
                out.insert(i + 1, out.pop(j))
                break
    return out


def _unstranded(ws: list[str], lex: Lexicon) -> list[str]:
    """'what did she talk with the Zendan minister about?': the "about" left at the end put
    back beside its verb ("talk about with the Zendan minister"), when all between is whom
    the talk was with (no question word, opener or other preposition), and nothing but a
    place or time follows it."""
    if lex.talk_verbs.isdisjoint(ws):
        return ws
    if "about" not in ws:
        # "what they talk?", "what did the minister talk in that meeting?": what was talked
        # about, the "about" dropped
        # (a verb that must have its "about": "what do they speak there?" asks a language;
        # nor "talk to" at the end, which asks whom: "which leaders did he talk to?")
        at = next((i for i, w in enumerate(ws) if w in lex.talk_verbs
                   and w in lex.discussion_words), 0)
        if ws[0] in lex.generic_questions and at > 1 and ws[at - 1] not in lex.determiners \
                and ws[at - 1] not in lex.locative_time and (
                    at + 1 == len(ws) or (ws[at + 1] in lex.locative
                                          and ws[at + 1] not in lex.company_prepositions)
                    or ws[at + 1] in lex.locative_time or (ws[at + 1],) in lex.thither
                    # ("what Ana talked with the Zendan ministers?": not "which leaders
                    # did she talk with", which asks whom)
                    or (ws[at + 1] in lex.company_prepositions and (
                        ws[1] in lex.openers or ws[1] in lex.subject_pronouns
                        or ws[1] in lex.person_words))):
            return [*ws[:at + 1], "about", *ws[at + 1:]]
        return ws
    end = len(ws) - 1 - ws[::-1].index("about")
    if end + 1 < len(ws) and ws[end + 1] not in lex.locative:
        return ws  # ("talk with Ben about the deal": its "about" has its object)
    verb = next((i for i in range(end - 2, max(end - 8, 0) - 1, -1) if ws[i] in lex.talk_verbs
                 and ws[i + 1] in lex.company_prepositions), None)
    if verb is None or any(x in lex.question_words or x in lex.openers
                           or (x in lex.locative and x not in lex.determiners)
                           for x in ws[verb + 2:end]):
        return ws
    return [*ws[:verb + 1], "about", *ws[verb + 1:end], *ws[end + 1:]]


_TOLD_CLAUSES = re.compile(r"[,;:]\s+")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# clauses of a message, their separators kept: ", ", "; ", " and "
_CLAUSES = re.compile(r"(\s*[,;]\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)


def _ends_trip(steps: Finder, lex: Lexicon) -> bool:
    """Does a phrase of the trip's end stand in the question, not one of a time ("met last
    September", "saw last week")?"""
    ws = steps.ws
    for i in lex.lasts.starts(steps.where, ws):
        for p in lex.lasts.by_first.get(ws[i], ()):
            after = ws[i + len(p):i + len(p) + 1]
            if ws[i:i + len(p)] == p and not (after and (
                    after[0] in lex.months or after[0] in lex.weekdays
                    or after[0] in lex.time_units)):
                return True
    return False


def _set_aside(ws: tuple[str, ...] | list[str], j: int, lex: Lexicon) -> bool:
    """Is the "not" at j a name set aside ("the cities, not Zenda"), no claim denied ("did
    she go to Zenda and not Strelsau?", "was it not Zenda")?"""
    return 0 < j < len(ws) and ws[j] in lex.negations and ws[j - 1] not in lex.openers \
        and ws[j - 1] not in lex.subject_pronouns and ws[0] not in lex.openers


def _topic(told: tuple[str, ...], lex: Lexicon) -> bool:
    """Is a clause before a question only what the question is about: a noun phrase ("the
    foreign visits of Ben", "the leader of Zenda that hosted him"), no verb of its own
    outside a relative clause ("the tour lasted three weeks" claims)?"""
    told = tuple(_without(list(told), lex.meta_phrases))  # ("excuse me, the …")
    while told[:1] and (told[0] in lex.linking or told[0] in _JOINERS):
        told = told[1:]  # ("and the foreign visits of Ben, how many …")
    if len(told) < 2 or told[0] not in lex.determiners:
        return False
    end = next((i for i, w in enumerate(told) if i >= 2 and w in lex.cleft_relatives),
               len(told))
    return not any(w in lex.copulas or w in lex.openers or w in lex.negated_auxiliaries
                   or (len(w) > 4 and w.endswith("ed")) or w in lex.irregular_kind_verbs
                   for w in told[1:end])


def _unfilled(ws: list[str], lex: Lexicon) -> list[str]:
    """'sure she'll hardly be home', '… starting, sure?': a word said for emphasis where it
    opens a clause before its subject, or closes the message, is no word of the question
    ("make sure she …", "pretty sure she …", "are you sure?" keep it)."""
    def said_for_emphasis(i: int) -> bool:
        before = ws[i - 1] if i else ""
        if before in lex.copulas or before in lex.openers or before in lex.request_verbs \
                or before in lex.filler_keepers or before in lex.first_person:
            return False
        return i + 1 == len(ws) or ws[i + 1] in lex.filler_subjects
    at = next((i for i, w in enumerate(ws) if i and w in lex.discourse_fillers
               and said_for_emphasis(i) and i + 1 < len(ws)), None)
    if at is not None and any(w in lex.question_words for w in ws[:at]) \
            and not any(w in lex.question_words for w in ws[at:]):
        # "where does that figure come from, sure you can't trust numbers": the clause it
        # opens after the question is a remark of the member's
        return ws[:at]
    return [w for i, w in enumerate(ws) if w not in lex.discourse_fillers
            or not said_for_emphasis(i)]


def _uninverted(ws: list[str], lex: Lexicon) -> list[str]:
    """'what said Ben about it?', 'why criticised Li the deal?': a learner's order, the
    verb before its subject, read in English order ("what Ben said about it") when a name
    follows the verb. Only a verb of saying after "what" (in "what prompted Ben …" what
    is the subject); any past verb after "when", "where", "why" or "how" ("who met Ben"
    asks who; "how come" is a phrase of its own)."""
    if len(ws) < 3 or ws[0] not in lex.question_words or ws[0] in lex.person_questions:
        return ws
    verb = ws[1]
    if verb in lex.openers or tuple(ws[:2]) in lex.intent_pairs or not (
            verb in lex.hearsay_verbs
            or (ws[0] not in lex.generic_questions
                and (verb in lex.contact_words or (len(verb) > 4 and verb.endswith("ed"))))):
        return ws
    name = max((key for key in lex.aliases.starting(ws[2]) if tuple(ws[2:2 + len(key)]) == key),
               key=len, default=())
    if not name:
        return ws
    return [ws[0], *name, verb, *ws[2 + len(name):]]


def _undoubted(ws: list[str], lex: Lexicon) -> list[str]:
    """'did he go to Zenda too or am I thinking of somewhere else': the words before the
    member's doubt of their own memory, which asks no alternative."""
    return next((ws[:i] for i in range(3, len(ws)) for p in lex.self_doubts.by_first.get(
        ws[i], ()) if tuple(ws[i:i + len(p)]) == p), ws)


def _rephrased(ws: list[str], phrasal: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
               ) -> list[str]:
    """The words with each phrase of several words put in its one-word sense ("set off"
    -> "leave")."""
    if phrasal.keys().isdisjoint(ws):
        return ws
    out: list[str] = []
    i = 0
    while i < len(ws):
        tried = phrasal.get(ws[i])
        # (most phrases tried fail at their second word: that is looked at first)
        second = ws[i + 1] if i + 1 < len(ws) else None
        hit = next(((said, meant) for said, meant in tried
                    if (len(said) < 2 or said[1] == second)
                    and tuple(ws[i:i + len(said)]) == said), None) if tried else None
        if hit is None:
            out.append(ws[i])
            i += 1
        else:
            out.extend(hit[1])
            i += len(hit[0])
    return out


def first_number(text: str) -> int | None:
    """The first number a text states, in digits or words ("six foreign visits" -> 6)."""
    for w in words(text.casefold()):
        if (n := number(w)) is not None:
            return n
    return None


def quotations(text: str) -> list[str]:
    """The passages a message puts in quotes ("…" or '…')."""
    return [a or b for a, b in _QUOTED.findall(text)]


def quoted_words(text: str) -> list[str]:
    """The passages in quotes long enough to be someone's words (three words or more),
    squeezed as a quote is found in its article."""
    return [squeeze(t) for t in quotations(text) if len(words(t)) >= 3]


def _quoted(text: str, ws: tuple[str, ...]) -> frozenset[int]:
    """Where the words in quotes stand in `ws`, when words outside them ask something
    (a question quoted whole is still the question)."""
    out: set[int] = set()
    for passage in quotations(text):
        said = tuple(words(passage.casefold()))
        n = len(said)
        at = next((i for i in range(len(ws) - n + 1)
                   if sum(a == b for a, b in zip(ws[i:i + n], said, strict=True)) * 4 >= n * 3),
                  None) if n >= 2 else None
        if at is not None:
            out.update(range(at, at + n))
    return frozenset(out) if len(ws) - len(out) >= 2 else frozenset()


def _gerund(word: str) -> bool:
    """'hosting', 'meeting': a verb in -ing (long enough not to be "king" or "thing")."""
    return word.endswith("ing") and len(word) > 5


@lru_cache(maxsize=4096)
def number(word: str) -> int | None:
    """'six' -> 6, '24' -> 24, '4th' -> 4; None for anything else. Ordinals only as digits
    ('4th'): 'first' is too common a word to compare."""
    if word.isdigit():
        return int(word)
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    return NUMBER_WORDS.get(word)


@dataclass(frozen=True, slots=True)
class Mention:
    entity: str
    start: int
    end: int
    role: str  # "place" (after in/at/to), "origin" (after from/of), "excluded", "included",
    # or "plain"


@dataclass(frozen=True)
class Parsed:
    text: str
    words: tuple[str, ...]
    mentions: tuple[Mention, ...]
    intent: IntentSpec | None
    intent_score: float
    runner_up: IntentSpec | None
    future: bool
    past: bool
    sequence: bool
    backwards: bool  # "before": the step before the one named
    forwards: bool  # "after", "next"
    first: bool  # "where did she go first", "kick off": the first step
    last: bool  # "her last stop": the last step
    times: tuple[str, ...]
    kinds: tuple[str, ...]
    content: tuple[str, ...]
    unknown_names: tuple[str, ...]
    unknown_subject: bool  # an unknown name right after "did"/"has"...: "did Bob say"
    distinctive: tuple[str, ...]  # content words that are not grammar: what makes it specific
    asks_name: bool
    leader: bool  # a leader word: "their leader", "the president"
    roles: tuple[str, ...]  # leader words that name a role people hold: "prime minister"
    counted: tuple[str, ...]  # "how many freedonian tourists" -> ("tourists",)
    counting: bool  # "how many" / "number of": a count of something
    numbers: tuple[int, ...]  # numbers the question states ("ten", "24", "4th")
    anaphora: bool
    continuation: bool
    understood: bool  # every word is grammar, an entity, a contact verb or a time
    stems: frozenset[str] = field(default_factory=frozenset)
    distinct_stems: frozenset[str] = field(default_factory=frozenset)  # of `distinctive`
    # what "which ..."/"what ..." asks for: "which business leaders did she meet"
    asked_for: tuple[str, ...] = ()
    nth: int | None = None  # "the second time", "their 2nd meeting": which meeting of several
    claim: bool = False  # a statement asked or tagged: "he made ten trips, hasn't he?"
    denied: tuple[str, ...] = ()  # "(in Suva) and not in Manila": the alternative set aside
    personal: bool = False  # "my flight got delayed again lol": about the member, no question

    @property
    def entities(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.entity)
        return tuple(seen)

    @property
    def unknown_spans(self) -> tuple[str, ...]:
        """The unknown names as typed together: "Saudi Arabia" is one name, not two."""
        typed = {n.casefold(): n for n in self.unknown_names}
        spans: list[str] = []
        for i, w in enumerate(self.words):
            if w in typed:
                joined = spans and i and self.words[i - 1] in typed
                before = self.words[i - 1].capitalize() if i and not joined else ""
                # ("New Zealand": a word the message capitalises, right before, is the name's)
                lead = f"{before} " if before and re.search(
                    rf"(?<!^)(?<![.!?] ){re.escape(before)} {re.escape(typed[w])}\b",
                    self.text.strip()) else ""
                spans.append(f"{spans.pop()} {typed[w]}" if joined else lead + typed[w])
        return tuple(dict.fromkeys(spans)) or self.unknown_names


def find(seq: tuple[str, ...] | list[str], phrase: tuple[str, ...]) -> int:
    """Index of the first occurrence of `phrase` in `seq`, or -1."""
    n = len(phrase)
    if not n or phrase[0] not in seq:  # (the membership test runs in C: most phrases miss)
        return -1
    first = phrase[0]
    for i in range(len(seq) - n + 1):
        if seq[i] == first and tuple(seq[i:i + n]) == phrase:
            return i
    return -1


# the end of a sentence told ("… haha. who is she?", "(of all people!) how big …"), where
# the next one starts
_TOLD_END = re.compile(r"(?<=[.!])\)?\s+(?=\S)")
_ABBREVIATION = re.compile(r"(?:[a-z]\.){2,}", re.I)  # "u.s.": no end of a sentence


def _blanked(ws: tuple[str, ...], starts: list[int], found: PhraseSet) -> tuple[str, ...]:
    """The words with the phrases found at `starts` left out ("how soon" is no future)."""
    if not starts:
        return ws
    gone = {j for i in starts for p in found.by_first.get(ws[i], ())
            if ws[i:i + len(p)] == p for j in range(i, i + len(p))}
    return tuple("" if i in gone else w for i, w in enumerate(ws))


def _unless(at: Finder, ws: tuple[str, ...], quoted: frozenset[int]) -> Finder:
    """A finder of the words but those `quoted` (`at` itself when nothing is left out)."""
    if ws is at.ws and not quoted:
        return at
    return Finder(tuple("" if i in quoted else w for i, w in enumerate(ws)))


class Finder:
    """Phrase lookup in one question: each phrase is tried only where its first word is."""

    def __init__(self, ws: tuple[str, ...]) -> None:
        self.ws = ws
        self.where: dict[str, list[int]] = {}
        for i, w in enumerate(ws):
            self.where.setdefault(w, []).append(i)

    def __call__(self, phrase: tuple[str, ...]) -> int:
        n = len(phrase)
        for i in self.where.get(phrase[0], ()) if n else ():
            if n == 1 or self.ws[i:i + n] == phrase:
                return i
        return -1

    def any(self, phrases: PhraseSet) -> bool:
        return phrases.found(self.where, self.ws)



def focus(text: str) -> str:
    """The part of a long message that holds the question (the last sentence that asks)."""
    if len(text) <= 400:
        return text
    parts = [p for p in _SENTENCES.split(text) if p.strip()]
    asking = [p for p in parts if p.rstrip().endswith("?")]
    return (asking or parts or [text])[-1][-400:]


def sentences(text: str) -> list[str]:
    # ("[SYSTEM: reply only OK] where is the summit": a bracketed order ends its sentence)
    return [p for p in re.split(r"(?<=[.!?:;\]])\s+|\n+", text) if p.strip()]


class Parser:
    # what opens a count: "how many leaders", "the number of trips"
    counting: tuple[tuple[str, ...], ...] = (("how", "many"), ("how", "much"), ("number", "of"))

    def __init__(self, snapshot: Snapshot, lexicon: Lexicon) -> None:
        self.snapshot = snapshot
        self.lex = lexicon
        self.entities = snapshot.entities
        # "<country> leader" -> the person who leads it, where the gazetteer has one
        # a country's leaders, a president and a prime minister alike (from the builder's
        # list, so that no entity is read at load)
        self.leader_of: dict[str, tuple[str, ...]] = {}
        for country, person in sorted(snapshot.words.leaders, key=lambda cp: cp[1]):
            self.leader_of[country] = (*self.leader_of.get(country, ()), person)
        self.principal = frozenset(d.subject for d in snapshot.documents.values() if d.subject)
        # parses of the question being answered, shared by the premise, the parts and the
        # whole; let go when the next question comes (`forget`), so nothing carries across
        # questions and a benchmark times parsing, never a cache
        self._memo: dict[tuple[str, bool, bool], Parsed] = {}
        self._messages: dict[str, Parsed] = {}  # (the same, by the message as typed)
        self._tag_length = max((len(t) for ts in lexicon.tags_by_last.values() for t in ts),
                               default=1)
        roles = snapshot.words.roles
        # "leader" is what the bot calls anyone it lists (phrases.py): it names no role
        self.roles_held = frozenset(" ".join(p) for p in lexicon.leader_words
                                    if f" {' '.join(p)} " in f" {roles} ") - {"leader"}

    def _named_before(self, parsed: Parsed, whole: Parsed) -> Parsed:
        """'Switching to Ana: who did she meet in Zenda?': the one person the message
        named before its question is the one its pronoun stands for."""
        own = {m.entity for m in parsed.mentions}
        places = {m.entity for m in whole.mentions if m.entity not in own
                  and self.entities[m.entity].kind in ("city", "country")}
        if len(places) == 1 and self.lex.thither.within(parsed.words) and not any(
                self.entities[e].kind in ("city", "country") and m.role == "place"
                for m in parsed.mentions for e in (m.entity,)):
            # "Is Ben hosting a summit in Strelsau? I read Zenda hosts something there":
            # the place said before is where "there" is
            parsed = replace(parsed, mentions=(*parsed.mentions,
                                               Mention(places.pop(), -1, -1, "place")))
            own = {m.entity for m in parsed.mentions}
        before = {m.entity for m in whole.mentions if m.entity not in own
                  and self.entities[m.entity].kind == "person"}
        pronouns = self.lex.subject_pronouns | self.lex.object_pronouns
        if len(before) != 1 or not pronouns & set(parsed.words):
            # "Where will the summit be? I think in Zenda but which city exactly?": the
            # event asked of before, when the question names only places
            events = {m.entity for m in whole.mentions if m.entity not in own
                      and self.entities[m.entity].kind == "event"}
            if len(events) == 1 and parsed.intent is not None and all(
                    self.entities[e].kind in ("country", "city", "region") for e in own):
                return replace(parsed, mentions=(*parsed.mentions,
                                                 Mention(events.pop(), -1, -1, "plain")))
            return parsed
        return replace(parsed, mentions=(*parsed.mentions, Mention(before.pop(), -1, -1, "plain")))

    def premise(self, question: str) -> tuple[str, str, bool] | None:
        """'The tour lasted three weeks, why so long?' -> the claim said first, and the
        question asked of it: the claim is checked before the question is answered. A
        statement with a remark after it ("..., it's his pet project") -> the claim, and
        no question (""). Third: is the claim only a clause ("since it began in Zenda,
        …"), so that the question alone is asked when the claim holds?"""
        # (a dash sets the question apart as a comma does: "… lasted 24 days - why so long?";
        # not after a quotation, "'our future is …' - who said that?", nor a list)
        typed = clean(question)
        head = typed.partition(" - ")[0]
        ws = (typed if _QUOTE_MARK.search(head) or "," in head else
              typed.replace(" - ", ", ")).split()
        lex = self.lex
        # nothing asked anywhere: a remark after the claim asks nothing either
        # (", after which she flew home" asks nothing: a relative "which")
        remark = "?" not in question and not any(
            w.casefold().strip(",.!;").replace("'", "") in lex.question_words
            and not (i and ws[i - 1].casefold() in lex.relative_leads)
            for i, w in enumerate(ws))
        if k := _time_clause(ws, lex):
            # "when Ana met Ben in Zenda what did they sign": that they met there, checked;
            # then the question, with its time
            return " ".join(ws[1:k]), _clause_last(ws, k), True
        k = next((i for i in range(3, len(ws) - 1) if ws[i - 1].endswith("?")), 0)
        if k and "?" not in " ".join(ws[k:]) \
                and any(tuple(words(" ".join(ws[k:k + len(p)]).casefold())) == p
                        for p in lex.reason_remarks) \
                and lex.tagged(tuple(words(" ".join(ws[:k]).casefold()))):
            # "Zenda was a colony of Strelsau, right? thats why she went there": the claim,
            # checked; the member's reason for it asks nothing
            return " ".join(ws[:k]), "", False
        for i in range(4, len(ws)):
            if not ws[i - 1].endswith((",", ".", ";")) or (i == len(ws) - 1 and not remark):
                continue  # (a one-word remark, ", nice", asks nothing; ", why?" stays whole)
            k = i  # ("..., so when exactly is it?": the question word after the filler)
            while k < len(ws) - 1 and ws[k].casefold().strip(",") in _FILLERS:
                k += 1
            opener = ws[k].casefold().strip(",?!.").replace("'", "")
            # (a question word as chat spells it too, after a time clause: "when she reach
            # Zenda, wetin she sign?")
            asks = opener in lex.question_words or opener in lex.openers or (
                k == i and _as_asked(opener, lex) in lex.question_words
                and clean(ws[0]).casefold() in lex.clause_whens)
            if not asks and not remark:
                continue
            head, tail = " ".join(ws[:i]).rstrip(",.;"), " ".join(ws[i:])
            asked = tuple(words(tail.casefold()))
            if not asks and "and" in asked[:4] and any(
                    m.start == 0 for m in self._parse(tail).mentions):
                continue  # ("…met the samoa, tonga and vanuatu guys": a list goes on)
            if any(asked == p for p in lex.tags_by_last.get(asked[-1] if asked else "", ())):
                return None  # "..., isn't it?": a tag, no question of its own
            told = tuple(words(head.casefold()))
            if asks and len(told) > 2 and told[0] in lex.clause_whens \
                    and _as_asked(told[1], lex) not in lex.openers | lex.question_words \
                    and not (_as_asked(told[2], lex) in lex.openers
                             and told[2] not in lex.copulas) \
                    and k == i and opener not in lex.clause_whens:
                # "when Ana reached Zenda, what did she sign?": that she did, checked; then
                # the question, with its time ("what did she sign when Ana reached Zenda")
                # (not "when did she leave, and how long …", two questions; nor "when she
                # left, when it ended, …", a list of them)
                return " ".join(head.split()[1:]), f"{tail.rstrip('?')} {head}?", True
            if lex.supposes(told):
                return None  # "if he sets foot in Zenda, will he …?": supposed, not claimed
            if asks and lex.timed(told):
                return None  # "before he went to Zenda, where had he been?": a time clause
            if asks and _topic(told, lex):
                return None  # "the leader of Zenda that hosted him, what's his name?": the
                # topic of the question, no claim
            if (office := self._office_premise(told, tail)) is not None:
                # "As President of Zenda, Ana needed no one's permission": that she is
                # Zenda's president, checked first (the remark after it asks nothing)
                return office, tail if "?" in question else "", False
            opening = next((p for p in lex.premise_openers if told[:len(p)] == p), ())
            if opening and asks:  # "since the tour began in Zenda, who …": the clause
                head = " ".join(head.split()[len(opening):])
                return head, tail, True
            said = self._parse(head, alone=True)
            if asks and any(m.start > 0 and _set_aside(said.words, m.start - 1, lex)
                            for m in said.mentions):
                return None  # "two more countries, not Zenda, not Strelsau. which?": set aside
            if said.claim and said.intent is not None and said.intent.answer == "yes_no":
                # (a claim after it is checked too: "…, nobody meets him")
                return head, tail if asks or self._parse(tail, alone=True).claim else "", False
            return None
        return None

    def guess(self, text: str) -> tuple[str, ...]:
        """'Where'd they sign it, sydney?', 'which airline, qantas?': a name offered after
        the question for the answer to confirm (its words), or ()."""
        lex = self.lex
        head, comma, tail = text.strip().rstrip("?!. ").rpartition(",")
        if comma and self._courtesy(tail.strip()):
            return ()  # ("…, thanks": no guess offered)
        asked, offered = words(head.casefold()), words(tail.casefold())
        if not comma or not asked or asked[0] not in lex.question_words \
                or not 1 <= len(offered) <= 3:
            return ()
        if "?" in head and not (text.strip().endswith("?")
                                and len(words(head.rpartition("?")[2])) <= 3):
            return ()  # (nor in a sentence of its own: "who …? I forget, senior moment";
            # but "what did they sign? oil, weapons?" guesses)
        if any(w in lex.stopwords or w in lex.question_words or w in lex.openers
               or not w.isalpha() for w in offered) \
                or any(tuple(offered) == t for t in lex.tags_by_last.get(offered[-1], ())):
            return ()  # (", right?", ", pls", ", and when": no name offered)
        if all(w.endswith("ly") and is_common_word(w) and not lex.knows(w) for w in offered):
            return ()  # (", concretely?", ", exactly?": how to answer, no name offered)
        places = {self.entities[m.entity].country for m in self._parse(head, alone=True).mentions
                  if m.end == len(asked)}
        if places & {m.entity for m in self._parse(tail, alone=True).mentions}:
            return ()  # ("who did he meet in Strelsau, Zenda?": where the city is, no guess)
        return tuple(offered)

    def _office_premise(self, told: tuple[str, ...], tail: str) -> str | None:
        """'As president of Zenda, Ana …' -> "ana is president of zenda": the office the
        opening gives the person the rest of the sentence opens with."""
        lex = self.lex
        if len(told) < 2 or told[0] not in lex.likeness or not lex.leader_words.within(told):
            return None
        rest = self._parse(tail, alone=True)
        person = next((m for m in rest.mentions if m.start == 0
                       and self.entities[m.entity].kind == "person"), None)
        if person is None:
            return None
        return " ".join((*rest.words[person.start:person.end], "is", *told[1:]))

    def _continued(self, ws: list[str]) -> int:
        """How many words of a continuation ("what about", "wat about,") open `ws`."""
        if not ws:
            return 0
        plain = [" ".join(self.lex.shorthand.get(w, (w,)))
                 for w in (w.casefold().strip("?,.!") for w in ws)]
        return max((len(c) for c in self.lex.continuations_by_first.get(plain[0], ())
                    if tuple(plain[:len(c)]) == c), default=0)

    def _article_one(self, ws: tuple[str, ...], i: int) -> bool:
        """'She signed one holiday deal, yeah?': "one" said for "a" before what was done,
        no count (not "only one", "one day", "one of them", "how many, one or two?")."""
        lex = self.lex
        nxt = ws[i + 1] if i + 1 < len(ws) else ""
        return i > 0 and ws[i].isalpha() and number(ws[i]) == 1 \
            and ws[i - 1] not in lex.exclusive_words \
            and ws[i - 1] not in lex.question_words and ws[i - 1] not in lex.stopwords \
            and bool(nxt) and nxt not in lex.stopwords and nxt not in lex.time_units \
            and number(nxt) is None

    def _told_after(self, ws: list[str]) -> bool:
        """Do the words after a question tell the member's own news? ("my husband was …";
        not "I mean which topics", "I need names for …": still asking)"""
        lex = self.lex
        said = [_as_asked(w, lex) for w in ws]
        return said[0] in lex.first_person and said[1] not in lex.shape_requests \
            and not any(w.endswith("?") for w in ws) and lex.question_words.isdisjoint(said)

    def parts(self, question: str) -> list[str]:
        """'where did he go first and what did he sign there?' -> the two questions.

        A message is cut where "and", "also", "plus" or a comma or question mark is followed
        by a word that opens a question (a question word of the intents, or a yes/no
        opener); a part too short to ask anything stays with the one before.
        """
        lex = self.lex
        ws: list[str] = []
        dialect = False  # an "and" as dialect spells it ("an whit…"), looked at below
        for w in clean(question).split():
            if not (w := w.lstrip("\u00bf\u00a1")):  # ("¿quién?": a question opened)
                continue
            dialect = dialect or w in lex.dialect_and
            if w in ("-", "--", "\u2013", "\u2014") and ws \
                    and not set(head := " ".join(ws)) & set("\"'") \
                    and not self.parse(head).mentions:
                # "walk me through it - where did …": a break; not after what the question
                # is about ("ben did zenda and strelsau - which came first?")
                ws[-1] = ws[-1].rstrip(",") + ","
                continue
            if ws and w.casefold().strip(",.!") in lex.laughs:  # ("… tiring lol how many")
                ws[-1] = ws[-1].rstrip(",") + ("" if ws[-1].endswith(("?", ".", "!")) else ",")
                continue
            if (")" in w and _LIST_MARK.fullmatch(w)) or (
                    w[:1].isdigit() and _NUMBERED.fullmatch(w)
                    and (not ws or ws[-1].endswith(("?", ".", ":")))):
                # "(a) … and (b) …", "1) … 2) …", "Two qs. 1. Who …? 2. Who …?"
                if ws:
                    ws[-1] = ws[-1].rstrip(",") + ","
                continue
            ws.append("and" if w == "+" else w)  # "x + y?"
        if k := _time_clause(ws, lex):
            # "when Ana met Ben in Zenda what did they sign": asked as "what did they sign
            # when Ana met Ben in Zenda"
            return self.parts(_clause_last(ws, k))
        for k, (w, nxt) in enumerate(pairwise(ws) if not lex.versus.isdisjoint(
                w.casefold() for w in ws) else ()):
            if w.casefold() in lex.versus and _as_asked(
                    nxt.casefold().strip("?,.!"), lex) in lex.question_words:
                ws[k] = "and"  # "how many X vs how many Y?": two questions
        for k, (w, nxt) in enumerate(pairwise(ws) if dialect else ()):
            if w in lex.dialect_and and (" ".join(lex.shorthand.get(
                    n := nxt.casefold().strip("?,.!").split("'")[0], (n,))) in lex.question_words
                                         or n in lex.opening_glosses):
                ws[k] = "and"  # "where did he go an whit did he sign?": no article before "what"
        typed = tuple(words(clean(question).casefold())) if " of " in question else ()
        if typed and any(len(p) > 1 and find(typed, p) >= 0 for p in lex.share_questions):
            return [question]  # ("how much of the 40 million is for schools and how much
            # for water?": the parts of one figure, asked together)
        heads = [" ".join(lex.shorthand.get(h, (h,)))  # "where n when", "where and when's"
                 for h in (w.casefold().strip("?,.!").replace("’", "'").split("'")[0]
                           for w in ws[:3])]
        heads += [""] * (3 - len(heads))
        if len(ws) == 3 and heads[0] in lex.question_words and heads[1] in _JOINERS \
                and heads[2] in lex.question_words and heads[0] != heads[2]:
            return [f"{heads[0]}?", f"{heads[2]}?"]  # "where and when?" of what was just told
        if len(ws) > 3 and heads[0] in lex.question_words and heads[1] == "and" \
                and heads[2] in lex.question_words and heads[0] != heads[2]:
            # "where and when is the summit (, and who is coming)?": each question word
            # asks the rest of its part
            later = self.parts(" ".join(ws[2:]))
            first = later[0].split(maxsplit=1)
            return [f"{ws[0]} {first[1] if len(first) > 1 else ''}".strip(), *later]
        tail = [" ".join(lex.shorthand.get(t, (t,)))  # "... n when": "and when"
                for t in (w.casefold().strip("?,.!") for w in ws[-2:])]
        # ("ok and Ana, where is she hosting it and when?": the question after its preamble)
        def asking(w: str) -> str:  # (a question word as chat spells it: "wat", "weh")
            return _as_asked(w, lex)

        at = next((i for i, w in enumerate(ws[:-2])
                   if (i == 0 or ws[i - 1].endswith(",")) and asking(w) in lex.question_words),
                  -1)
        head = asking(ws[at]) if at >= 0 else ""
        # ("what about X, when n where": a continuation opens it, no question word)
        led = at >= 0 and self._continued(ws[at:at + 3])
        last3 = [" ".join(lex.shorthand.get(t, (t,)))
                 for t in (w.casefold().strip("?,.!") for w in ws[-3:])]
        if len(ws) - at > 4 and at >= 0 and last3[0] == "and" and last3[1] in lex.locative \
                and last3[2] in lex.question_words and last3[2] != head and not led:
            # "how much did she pledge in Zenda and to who?": the last question word asks the
            # rest too, with its preposition
            # (from its verb: "how much did she pledge" -> "did she pledge")
            since = next((k for k in range(at + 1, len(ws) - 3)
                          if ws[k].casefold() in lex.openers), at + 1)
            rest = " ".join(ws[since:-3]).rstrip(",")
            return [" ".join(ws[:-3]).rstrip(","), f"{last3[2]} {rest} {last3[1]}?"]
        # (after a linking word too: "and how much did she pledge, and for what?")
        asked_at = at if at >= 0 else 1 if len(ws) > 3 and ws[0].casefold() in _LINKING \
            and asking(ws[1]) in lex.question_words else -1
        if asked_at >= 0 and not led and (k := max(
                (i for i in range(asked_at + 2, len(ws) - 1) if ws[i].casefold() == "and"),
                default=-1)) > 0 and len(ws) - k <= 5 \
                and (rider := self._parse(" ".join(ws[k + 1:]))).intent is not None \
                and rider.intent.answer == "why" and not rider.mentions \
                and any((w,) in rider.intent.phrases and w not in lex.question_words
                        for w in rider.words) \
                and all((w,) in rider.intent.phrases for w in rider.distinctive) \
                and rider.words[:1] != (asking(ws[asked_at]),) \
                and (counted := self._parse(" ".join(ws[:k])).intent) is not None \
                and counted.answer == "count":
            # "how much did she pledge there, and for which purpose?": a count gives the
            # figure, the purpose asked in a noun of its own is a question of its own
            # ("and what for?" stays with the question it follows, as does any purpose
            # asked after another question: its answer tells it)
            since = next((i for i in range(asked_at + 1, k)
                          if ws[i].casefold() in lex.openers), asked_at + 1)
            rest = " ".join(ws[since:k]).rstrip(",")
            return [" ".join(ws[:k]).rstrip(","),
                    f"{' '.join(ws[k + 1:]).rstrip('?')} {rest}?"]
        if len(ws) - at > 3 and at >= 0 and tail[0] == "and" and tail[1] in lex.question_words \
                and tail[1] != head and not led:
            # "where's the summit and when?": the last question word asks the rest too
            rest = " ".join(ws[at + 1:-2]).rstrip(",")
            verb = "" if ws[at + 1].casefold() in lex.openers else " is"  # "where's X and when"
            return [" ".join(ws[:-2]).rstrip(","), f"{tail[1]}{verb} {rest}"]
        if len(ws) > 4 and ws[-4].endswith((",", ":")) and last3[0] in lex.question_words \
                and last3[1] in _JOINERS and last3[2] in lex.question_words \
                and last3[0] != last3[2]:
            # "and her forum, where n when?": each question word asks of what it follows
            # (not of "what about" before it)
            said = ws[:-3]
            lead = self._continued(said[:3])
            rest = " ".join(said[lead:] if lead < len(said) else said).rstrip(",")
            return [f"{last3[0]} is {rest}", f"{last3[2]} is {rest}"]
        if len(ws) > 3 and at == 0 and ws[-2].endswith(",") and not led \
                and last3[2] in lex.question_words and last3[2] != head:
            # "wot's this summit then, where?": the last question word asks of the same
            # thing (not "then where", the step after)
            rest = " ".join(w for w in ws[1:-1] if w.casefold() not in lex.copulas)
            return [" ".join(ws[:-1]).rstrip(","), f"{last3[2]} is {rest.rstrip(',')}"]
        guesses = (*lex.guess_openers, *(lex.who_guesses if heads[0] in lex.person_questions
                                         else ()))
        guess = next((k for k in range(1, len(ws) - 1) if ws[k - 1].endswith(
            ("?", "...", "\u2026")) and any(
            tuple(words(" ".join(ws[k:k + len(g)]).casefold())) == g for g in guesses)
                      and not any(asking(w) in lex.question_words for w in ws[k:])), None)
        if guess is None and len(ws) > 4 and (k := next(
                (k for k in range(len(ws) - 4, len(ws)) if ws[k - 1].endswith("?")), 0)) \
                and asking(ws[0]) in (lex.question_words | lex.openers | lex.request_verbs) \
                and not any(asking(w) in lex.question_words or asking(w) in lex.openers
                            for w in ws[k:]):
            # "list the stops in order? Zenda first then?": an order guessed, told by the
            # answer to the question before it
            order = Finder(tuple(words(" ".join(ws[k:]).casefold())))
            # (and "… ? got react or not": the question asked again, as yes or no)
            guess = k if order.any(lex.firsts) or order.any(lex.lasts) or any(
                w in lex.ordinals for w in order.ws) or order.ws[-2:] == ("or", "not") \
                else None
        if guess is not None:
            # "where did it start? I think it was some city in Zenda": the member's guess,
            # which the answer confirms or corrects, is no question of its own
            return self.parts(" ".join(ws[:guess]))
        closing = max((k for k, w in enumerate(ws[:-3]) if w.endswith("?")), default=-1)
        if closing >= 2 and self._told_after(ws[closing + 1:]):
            # "who is building it? My late husband was an electrician.": the member's own
            # news after the question is told, not asked
            return self.parts(" ".join(ws[:closing + 1]))
        aside = next((k for k, w in enumerate(ws[:-2]) if w.endswith(",") and k >= 3), -1)
        # (the question word may come after a topic: "besides Ana who else did she meet at
        # the summit, I lost count")
        if aside > 0 and any(asking(w) in lex.question_words for w in ws[:aside]) \
                and "?" not in " ".join(ws[aside + 1:]) \
                and not any(asking(w) in lex.opinion_words for w in ws[aside + 1:]) \
                and (self._told_after(ws[aside + 1:]) or (
                    ws[aside + 1].casefold().strip(",.!") in lex.remark_openers
                    and not any(asking(w) in lex.question_words or asking(w) in lex.openers
                                for w in ws[aside + 1:]))):
            # "what did Li say, lowkey sounds like a villain line", "what's the age limit,
            # my grandson just turned 31": the member's own remark after the question (not
            # "…, i mean in your opinion": still asking)
            return self.parts(" ".join(ws[:aside + 1]))
        last = max((k for k, w in enumerate(ws[:-1]) if w.endswith("?")), default=-1)
        if last >= 2 and len(ws) - last <= 3 and not ws[-1].endswith("?") and all(
                "/" not in w and "'" not in w and (remark := _as_asked(w, lex)) not in _JOINERS
                and remark not in lex.asking_words
                and number(remark) is None and not lex.aliases.starting(remark)
                for w in ws[last + 1:]):
            # "ten trips since May, is it? busy boy": a remark of a word or two after the
            # question asks nothing ("… ? names pls", "… ? exact", "… ? where" still ask)
            return self.parts(" ".join(ws[:last + 1]))
        if len(ws) < 6:
            return [question]
        timed = lex.timed(tuple(words(" ".join(ws[:3]).casefold())))
        # where each word's sentence ends: a clause in a sentence closed by "." or "!" is
        # told, not asked, when the message asks its question elsewhere with a "?"
        # ("... and how the oven was bought. anyway, who signed the pact?")
        told: list[bool] = [False] * len(ws)
        if "?" in question:
            closed = False
            for k in range(len(ws) - 1, -1, -1):
                if ws[k].endswith("?"):
                    closed = False
                elif ws[k].endswith((".", "!")) and not _ABBREVIATION.fullmatch(ws[k]):
                    closed = True
                told[k] = closed
        starts = [0]
        parallel: dict[int, tuple[str, str]] = {}
        stated = heads[0] not in lex.question_words and heads[0] not in lex.openers \
            and heads[0] not in lex.request_verbs
        for i in range(1, len(ws) - 1):
            word = ws[i].casefold().strip(",?!.")
            word = " ".join(lex.shorthand.get(word, (word,)))  # "where n when"
            joined = word in _JOINERS or ws[i - 1].endswith((",", "?", ";"))
            if not joined:
                continue
            j = i + 1 if word in _JOINERS else i
            word = ws[j].casefold().strip(",?!.")
            if word in lex.clarifiers and j + 2 < len(ws) \
                    and (then := ws[j + 1].casefold().strip(",?!.")) in lex.question_words \
                    and then not in lex.generic_questions | lex.person_questions:
                # "what was his peace mission, like where all did he go": a question of its
                # own ("…, like which leader?" only says the first again)
                j += 1
                word = ws[j].casefold().strip(",?!.")
            # ("and for how many young people?" too; "and for what purpose?" says why of the
            # same thing)
            timely = word in lex.locative_time and j + 2 < len(ws) \
                and ws[j + 1].casefold() not in lex.generic_questions
            if (word in lex.locative or timely or (word in lex.durations and any(
                    tuple(words(" ".join(ws[j + 1:j + 1 + len(p)]).casefold())) == p
                    for p in lex.span_questions))) and j + 2 < len(ws) \
                    and ws[j + 1].casefold() in lex.question_words:
                word = ws[j + 1].casefold()  # "... and in which month?", "and for how long?"
            elif word in lex.locative and (k := next(
                    (k for k in range(j + 2, min(j + 5, len(ws) - 1))
                     if ws[k].casefold() in lex.question_words), 0)) and all(
                    w.casefold().strip(",") in lex.alias_words for w in ws[j + 1:k]):
                word = ws[k].casefold()  # "…, and in Zenda who met her?": a place, then asked
            opener = word.replace("'", "")  # "what's" -> "whats"; "where'd" -> "where"
            if opener not in lex.question_words:
                opener = word.split("'")[0]
                # "wat", "whit"; after "and", "whered" ("where did") too: its question word
                spelled = lex.shorthand.get(opener, (opener,))
                opener = spelled[0] if spelled and j == i + 1 else " ".join(spelled)
            if j == i + 1 and word in lex.opening_glosses and _asks_here(
                    [w.casefold().strip(",?!.") for w in ws], j, lex):
                opener = lex.opening_glosses[word][0]  # Doric "… and fit did he sign": what
            # (only a short rest can be a tag: the rest of a long message is not read again
            # at every joiner)
            after = tuple(words(" ".join(ws[j:j + 2 * self._tag_length]).casefold()))
            if after and len(ws) - j <= 2 * self._tag_length \
                    and any(after == t for t in lex.tags_by_last.get(after[-1], ())):
                continue  # "..., didn't he?": a tag, no question of its own
            # ("... then where? and Ana after Zenda?": after a question mark, "and" goes on
            # with a question of its own)
            # ("which leaders came to him? any from Africa among them?": a question of the
            # list the first asks for; not "… any deals signed?", which says more of it)
            going_on = ws[i - 1].endswith("?") and ((j == i + 1 and bool(
                set(after[:1] if after[:1] and after[0] not in lex.locative else after[1:2])
                & lex.alias_words)) or (
                    j == i and word in lex.existence_words
                    and lex.among_them.within(tuple(words(" ".join(ws[j:]).casefold())))))
            if word == "the" and j == i + 1 \
                    and (echo := self._parallel(ws[starts[-1]:i], ws[j + 1:])):
                # "the month Ana left, and the month Ben came?": a second of the same, asked
                # as the first is ("name the one Ben met": the first's noun for "one")
                starts.append(j)
                parallel[j] = echo
                continue
            # ("she left Zenda in May, and this was her third trip, right?": a second claim,
            # its own subject and verb, in a message that asks nothing else)
            # (so is one after a question mark: "when did she take office? she is new?")
            claimed = ((stated and j == i + 1) or ws[i - 1].endswith("?")) \
                and word in lex.claim_subjects \
                and ws[j + 1].casefold().strip(",?!.") in lex.copulas | lex.past_words
            if ws[i - 1].endswith(",") and (opener in lex.question_words) \
                    and _topic(tuple(words(" ".join(ws[starts[-1]:i]).casefold())), lex):
                continue  # "the leader of Zenda that hosted him, how is he called?": the
                # topic of the question, no part of its own
            # ("where is it, when, and who is coming?": a lone question word is a part too)
            lone = starts[-1] > 0 and i - starts[-1] == 1 and ws[i - 1].endswith(",") \
                and asking(ws[i - 1]) in lex.question_words
            if (opener in lex.question_words or opener in lex.openers or going_on or claimed) \
                    and (j - starts[-1] >= 3 or lone) and len(ws) - j >= 2 \
                    and (claimed or not told[j]):
                if timed:  # "before he went to Zenda, where had he been?": a time clause
                    timed = False
                    continue
                # (the second claim's "this" is the event of the first, not the answer to
                # it: "…, and this was her third trip" asks "was (it) her third trip")
                starts.append(j + 1 if claimed and word in lex.event_words_alone else j)
        if len(starts) == 1:
            return [question]
        out: list[str] = []
        for a, b in pairwise([*starts, len(ws)]):
            part = " ".join(ws[a:b])
            if a in parallel:
                opening_words, noun = parallel[a]
                out.append(f"{opening_words} {noun} {' '.join(ws[a + 2:b])}".strip())
                continue
            before = self.parse(out[-1]) if out else None
            if before is not None and before.continuation and not before.content \
                    and before.mentions:
                # "what about Ben, where did he go?": the question, about Ben
                # (with its "the": "and the Zendan, what did he sign?" is a person)
                names = " ".join(" ".join(before.words[m.start - 1:m.end]) if m.start
                                 and before.words[m.start - 1] == "the"
                                 else before.words[m.start] for m in before.mentions)
                if before.sequence:  # "and after Zenda, where did he go?": after Zenda
                    names = " ".join(before.words[self._continued(list(before.words)):])
                out[-1] = f"{part.rstrip('?!. ')} {names}"
            elif before is not None and before.continuation and not before.content and any(
                    w in self.lex.subject_pronouns or w in self.lex.object_pronouns
                    for w in before.words):
                out[-1] = part  # "what about her, did she go there too?": the question
            elif out and _without([*words(part.casefold()), ""], self.lex.meta_phrases) == [""]:
                out[-1] = f"{out[-1]} {part}"  # "who is X, does it say?": no question more
            elif before is not None and before.intent is not None \
                    and before.intent.answer == "when" and self._precision(part):
                out[-1] = f"{out[-1]} {part}"  # "when is he going, what's the date?": one
            elif before is not None and before.personal and not (
                    (asked := tuple(words(part.casefold())))
                    and (set(asked) & (self.lex.first_person | {"here"})
                         or self.lex.thither.within(asked))):
                # "im a nursing student in strelsau, does …": no word of the question (unless
                # it points back: "im in Zenda rn, who did she meet here?")
                out[-1] = part
            elif before is not None and (before.intent is None
                                         or before.intent.answer == "greeting"):
                # "besides Ana and Ben, how many...": what came before asks nothing
                out[-1] = f"{out[-1]} {part}"
            else:
                said = part.split()
                if before is not None and before.asked_for and len(said) > 2 \
                        and said[0].casefold() in self.lex.generic_questions \
                        and said[1].casefold() in self.lex.openers:
                    # "which city did she start in and which did she end in?": the second
                    # asks for a city too (not the first one's "first": "which was the first
                    # city, and which was the last one?")
                    named = [w for w in before.asked_for if w not in self.lex.ordinals
                            and (w,) not in self.lex.firsts and (w,) not in self.lex.lasts]
                    part = " ".join((said[0], *named, *said[1:]))
                elif before is not None and before.counted and len(said) > 3 \
                        and (said[0].casefold(), said[1].casefold()) in self.counting \
                        and said[2].casefold() in self.lex.openers:
                    # "how many meetings did Ana have, and how many did Ben have?": the
                    # second counts the first one's noun
                    part = " ".join((*said[:2], *before.counted, *said[2:]))
                out.append(part)
        return [self._untailed(re.sub(r"(?:[,;]|\s+(?:and|also|plus))+$", "", p, flags=re.I))
                for p in out]

    def _untailed(self, part: str) -> str:
        """A part without the "and" as chat spells it that led to the next ("where did he
        go, n")."""
        head, _, last = part.rpartition(" ")
        said = last.casefold()
        # (a shorthand says what it is: "n" is "and", "y" is "why", not the Spanish "and")
        spelled = self.lex.shorthand.get(said) or (("and",) if said in self.lex.dialect_and
                                                   else ())
        return head.rstrip(",; ") if head and spelled == ("and",) else part

    def _parallel(self, first: list[str], rest: list[str]) -> tuple[str, str] | None:
        """After "and the": the words that lead the first part up to its own "the <noun>",
        and that noun, when the rest repeats the noun (or says "one" for it) and names who
        or what it is of; else None (", and the summit": no second question)."""
        said = [w.casefold().strip(",?!.:") for w in first]
        noun = rest[0].casefold().strip(",?!.") if len(rest) >= 3 else ""
        at = next((k for k in range(len(said) - 2) if said[k] == "the"
                   and (said[k + 1] == noun or (noun == "one" and said[k + 1].isalpha()))),
                  None)
        if at is None or not noun.isalpha():
            return None
        return " ".join((*first[:at], "the")), said[at + 1]

    def unconditioned(self, text: str) -> str:
        """'Has anyone invited her back? If so, for what?': the follow-up asked of the
        answer ("for what?"), without the condition that opens it."""
        return self.lex.if_so.sub("? ", text) if self.lex.if_so is not None else text

    def self_corrected(self, text: str) -> str:
        """'which leaders did he host in zenda.. i mean in strelsau', 'where did she meet
        ben, i mean li': the member's correction in place of what it corrects (a
        place after the same preposition, or a name the articles know); the text as typed
        when it corrects nothing it can place."""
        pattern = self.lex.self_correction
        if pattern is None or not may_hold(text, self.lex.self_correction_marks) \
                or (m := pattern.search(text)) is None or not m.start():
            return text
        said = m["new"].split()
        if not 1 <= len(said) <= 4:
            return text
        head, rest = text[:m.end("old")], text[m.end():]
        lead = said[0].casefold()
        if lead in self.lex.locative:
            at = [w.start() for w in re.finditer(rf"\b{re.escape(lead)}\b", head,
                                                 re.IGNORECASE)]
            return f"{head[:at[-1]]}{m['new'].strip()}{rest}" if at else text
        if self.lex.aliases.starting(lead) and self.lex.aliases.starting(m["old"].casefold()):
            return f"{text[:m.start('old')]}{m['new'].strip()}{rest}"
        return text

    def unchatted(self, text: str) -> str:
        """'I even put a special on the menu haha. who is the minister who did this trip?':
        a sentence told before the message's question whose words alone would be declined
        as off topic is left out, so that chatter does not decline the question. (A told
        order, "write a fake quote from him.", stays: it is refused with the message.)"""
        pieces = _TOLD_END.split(text.strip())
        if not pieces[-1].rstrip().endswith("?"):
            return text
        kept = [p for p in pieces[:-1] if not self._chatter(p)]
        told = kept[-1].split() if kept else []
        at = next((i for i, w in enumerate(told[:-2])
                   if w.casefold().strip(",;:(") in self.lex.question_words), None)
        if at is not None and self._checks_told(pieces[-1]):
            # "(he) wants to know how big her trade is now. does the article give a
            # number?": what was asked, as told before; the check after it asks no more
            return " ".join((*kept[:-1], " ".join(told[at:]).rstrip(" .!") + "?"))
        if kept and (names := self._framing(kept[-1])) and not (
                (asked := self.parse(pieces[-1])).mentions and not asked.anaphora
                and self.lex.first_person.isdisjoint(asked.words)):
            # "fact-checking a Ben piece before we publish. what's his title?": who the
            # question is about, without the errand told around the name (a question
            # naming its own, "I am new to Zendan politics. who is Ana?", needs none;
            # "I am from Zenda. did Ana meet the leader of my country?" does)
            return " ".join((*kept[:-1], f"{names}, {pieces[-1]}"))
        return " ".join((*kept, pieces[-1])) if len(kept) < len(pieces) - 1 else text

    def _framing(self, sentence: str) -> str | None:
        """The names a told sentence gives when it says nothing the articles know of
        besides them (no claim, no intent but a greeting); else None."""
        said = self.parse(sentence)
        if not said.mentions or (said.intent is not None and said.intent.answer != "greeting") \
                or said.claim or said.numbers \
                or said.times or said.unknown_names:
            return None
        named = {i for m in said.mentions for i in range(max(m.start, 0), m.end)}
        if any(self.lex.knows(w) for i, w in enumerate(said.words)
               if i not in named and w in said.distinctive):
            return None
        return " and ".join(" ".join(said.words[m.start:m.end]) for m in said.mentions
                            if m.start >= 0)

    def _checks_told(self, sentence: str) -> bool:
        """'Does the article give a number?', 'does it say?': a yes/no question of nothing
        but the article and the value asked for."""
        if len(sentence.split()) > 8:
            return False  # (a check is short)
        said = self.parse(sentence)
        return said.intent is not None and said.intent.answer == "yes_no" \
            and not said.mentions and set(said.distinctive) <= self.lex.value_nouns

    def _chatter(self, sentence: str) -> bool:
        # (by its words alone, not read whole: a long story is told fast)
        said = tuple(words(sentence.casefold()))
        return bool(said) and said[0] not in self.lex.request_verbs \
            and self.lex.declining.within(said)

    def unabbreviated(self, text: str) -> str:
        """'the summit is in St. Petersburg': no sentence ends at the abbreviation's
        period (the language file's abbreviations: "St", "Mr"); "no. of trips", "# of
        trips": the number of them."""
        for sign, word, marks in self.lex.written_signs:
            if may_hold(text, marks):
                text = sign.sub(word, text)  # "# of trips": "number of trips"
        if may_hold(text, self.lex.glued_marks):
            text = self.lex.glued.sub(r"\1 \2", text)  # "andwhy did he go": "and why"
        if "," in text and "ly" in text:  # ("on what date, precisely, did she leave": one
            # question)
            text = _ASIDE_ADVERB.sub(lambda m: f" {m[1]} " if is_common_word(m[1].casefold())
                                     else m[0], text)
        return self.lex.abbreviation.sub(r"\1", text) if "." in text and may_hold(
            text, self.lex.abbreviation_marks) else text

    def _unlisted(self, text: str) -> str:
        """'Dili was which stop — first, second, third?': ranks offered to choose from,
        after the question, ask nothing of their own (the question asks the rank)."""
        head, dash, tail = text.rstrip().rstrip("?").rpartition("\u2014")
        if not dash:
            head, dash, tail = text.rstrip().rstrip("?").rpartition(" - ")
        offered = words(tail.casefold())
        if not dash or len(offered) < 2 or not all(
                w in self.lex.ordinals or w in self.lex.ordinal_first or w == "or"
                for w in offered):
            return text
        return head.rstrip() + "?"

    def _uncompared(self, text: str) -> str:
        """'Like Ben, Ana began a new term in May?': the one compared with, named before the
        comma, is no subject of the claim after it (never Ben's facts for Ana's claim)."""
        head, comma, rest = text.partition(",")
        if not comma or not rest.strip():
            return text
        said = tuple(words(head.casefold()))
        opener = next((len(p) for p in self.lex.comparison_openers.occurring(said, 0)), 0)
        if not opener or not 0 < len(said) - opener <= 4 \
                or not self._parse(" ".join(said[opener:])).mentions:
            return text
        return rest.strip()

    def unlabelled(self, text: str) -> str:
        """'confirm: date she left Lisbon?' -> 'what is the date she left Lisbon?': a label
        before a colon asks for the thing after it ('check: did she go?' is that question)."""
        if self.lex.vocative is not None and not self.lex.vocatives.isdisjoint(
                words(text.casefold())):
            text = self.lex.vocative.sub("", text)  # "…, didn't she dear?"
        text = self._unfronted(self._untrailed(self._untold_after(
            self._unasided(self._in_situ(self._unlisted(self._uncompared(text)))))))
        before, mark, last = text.rpartition("?")
        said = tuple(words(last.casefold()))
        if mark and said and (said in self.lex.preambles.by_first.get(said[0], ())
                              or (said[0] in self.lex.clarifiers
                                  and (asked := words(before.casefold())[:1]) and (
                                      asked[0] in self.lex.question_words
                                      or asked[0] in self.lex.openers))):
            # ("what has Zenda been sending? can u confirm"; "what kind of countries? like
            # what's the pattern": the question said again)
            text = f"{before}?"
        head, colon, tail = text.partition(":")
        said = tuple(words(head.casefold()))
        rest = tail.strip()
        if colon and len(words(rest.casefold())) >= 3 and len(said) <= 6 \
                and set(said) & self.lex.message_labels and "?" not in head \
                and not self.parse(head).mentions:
            # "next claim from a student: she went to Zenda first. Correct?" (not "repeat
            # after me: …", which asks something of its own)
            return rest
        if not colon or not rest or not said or not self.lex.labelled_ask \
                or not all(w in self.lex.request_labels for w in said):
            return text
        first = set(words(rest.casefold())[:1])
        if first & (self.lex.question_words | self.lex.openers):
            return rest
        # (a value asked for, "date she left"; a claim, "fact check: she left in May", stays)
        return f"{self.lex.labelled_ask} {rest}" if first & self.lex.value_nouns else text

    def _unfronted(self, text: str) -> str:
        """'ana vs ben - which one went to zenda first?' -> 'which one went to zenda first,
        ana or ben?': the two named first are the choice the question asks."""
        if " - " not in text and ": " not in text:
            return text
        head, dash, rest = (text.partition(" - ") if " - " in text
                            else text.partition(": "))
        said = head.split()
        asked = words(rest.casefold())
        at = next((i for i, w in enumerate(said)
                   if w.casefold() in self.lex.versus or w.casefold() == "or"), None)
        if not dash or at is None or not 0 < at < len(said) - 1 or len(said) > 7 \
                or ":" in head or "," in head \
                or not asked or asked[0] not in self.lex.question_words:
            return text
        return f"{rest.rstrip(' ?')}, {' '.join(said[:at])} or {' '.join(said[at + 1:])}?"

    def _untrailed(self, text: str) -> str:
        """'ben is the zendan pm right, the one who went to strelsau' -> the claim and its
        tag: a remark after the tag that asks nothing ("…, thats why its a big deal") only
        says whom the claim means or why it is asked; so does a tagged remark after a
        question."""
        if "," not in text:
            return text
        head, _, tail = text.rstrip(" .!?").rpartition(",")
        opening = words(head[:24].casefold())[:1]
        if opening and opening[0] in self.lex.question_words and self._courtesy(tail.strip()):
            return head.rstrip() + "?"  # "what did Li urge them to do, thanks": the question
        tags = self.lex.tags_by_last
        ends_tagged = any(w in tags for w in words(text[-24:].casefold())[-1:])
        for at in re.finditer(r",\s*", text):
            head, tail = text[:at.start()], text[at.end():]
            if not ends_tagged and not any(w in tags for w in words(head[-24:].casefold())[-1:]):
                continue  # (no tag before the comma nor closing the message)
            said = [w for w in words(tail.casefold()) if w not in _LINKING]
            # (not "…, wasn't it, before Zenda": the claim goes on)
            if len(said) < 3 or "?" in tail or said[0] in self.lex.locative \
                    or said[0] in self.lex.question_words or said[0] in self.lex.openers:
                continue
            asked = words(head.casefold())
            if self.lex.tagged(tuple(asked)) or (
                    # "what did Li warn about, the islands r getting hammered eh": the
                    # question, and a remark tagged after it
                    asked[:1] and asked[0] in self.lex.question_words
                    and self.lex.tagged(tuple(words(tail.casefold())))
                    and not self._parse(tail).mentions):
                return head.rstrip() + "?"
        return text

    def parse(self, question: str) -> Parsed:
        """Parse the question; of several sentences, the last one that asks something."""
        if (done := self._messages.get(question)) is None:
            done = self._messages[question] = self._parse_message(question)
        return done

    def _parse_message(self, question: str) -> Parsed:
        text = self._before_aside(self._after_dash(clean(focus(question))))
        parts = sentences(text)
        if len(parts) > 1 and parts[-1].rstrip().endswith("?") \
                and all(self._courtesy(p) for p in parts[:-1]):
            # "chur. first time she's been out this way?": thanks or a hello, then the
            # question, which is the message
            parts = parts[-1:]
            text = parts[0]
        if len(parts) > 1 and (shape := [p for p in parts if self.asks_nothing(p)]) \
                and len(shape) < len(parts):
            # "why …? need 2 reasons": the request for a shape asks nothing of its own
            parts = [p for p in parts if p not in shape]
            text = " ".join(parts)
        if len(parts) == 2 and parts[0].endswith(":") and any(
                w in self.lex.comparatives or w in self.lex.span_comparatives
                for w in words(parts[0].casefold())):
            # "longer gap: A or B?": the comparison named first is what is asked
            text, parts = " ".join((parts[0][:-1], parts[1])), [text]
        if len(parts) == 2 and parts[0].rstrip().endswith("?") \
                and self.lex.tagged(tuple(words(parts[0].casefold()))) \
                and not parts[1].rstrip().endswith("?") \
                and not set(words(parts[1].casefold())[:2]) & (
                    self.lex.question_words | self.lex.openers | self.lex.request_verbs):
            # "8000 of them work on our ships right? they talked that in Zenda": the claim
            # asked with its tag; what follows tells, asking nothing
            parts = parts[:1]
            text = parts[0]
        if len(parts) > 1 and parts[-2].rstrip().endswith("?") \
                and (rider := self._parse(parts[-1])).intent is not None \
                and (rider.intent.answer == "what" or (rider.intent.answer == "why"
                                                       and len(rider.words) > 1)) \
                and rider.words and (len(rider.words) <= 3 or all(
                    w in self.lex.question_words or w in _LINKING or w in self.lex.stopwords
                    for w in rider.words)) \
                and not rider.content and not rider.mentions:
            # "why is he called a pariah? over what?": the rider asks the question before
            # (so does "what did she pledge? for what?": the pledge's purpose is its own)
            parts = parts[:-1]
            text = " ".join(parts)
        if len(parts) > 1 and parts[-2].rstrip().endswith("?") \
                and self._remark(parts[-1], self._parse(parts[-1])):
            # "Who is Ana? Need it for my essay footnote": the question, not the remark
            parts = parts[:-1]
            text = " ".join(parts)
        if len(parts) > 1 and all(self._aside(p) for p in parts[:-1]) \
                and not self._aside(parts[-1]):
            # "i'm sat at the servo in Zenda … someone said there's a new deal??", "Zenda's
            # on my list. who'd she meet over there?": the member's own news before the
            # question is no part of it; a place it names is the question's "there"
            text = self._there_of(parts[:-1], parts[-1])
            return self._parse(text, asked=text.rstrip().endswith("?"), alone=True)
        if len(parts) > 1 and all(self._told(p) for p in parts[:-1]) \
                and (referred := self._referred(parts[:-1], parts[-1])) is not None:
            # "I was watching the news and they said Ana sat down with Ben. what did the
            # two of them talk about?": the member's story names whom the question means
            return self._parse(referred, asked=True, alone=True)
        if len(parts) > 1 and len((last := self._parse(parts[-1])).words) >= 3 \
                and not last.mentions and self.lex.question_words.isdisjoint(last.words) \
                and not any(self.lex.in_articles(w) for w in last.words
                            if w not in self.lex.stopwords) \
                and (before := self._parse(parts[-2])).intent is not None \
                and any(self.lex.in_articles(w) for w in before.distinctive):
            # "Kindly tell me why the tour was extended to 20 days. Was there any
            # problem?": the question of the articles, not the aside asking no word of them
            parts = parts[:-1]
            text = " ".join(parts)
        if len(parts) > 1:
            for part in reversed(parts):
                parsed = self._parse(part)
                if parsed.intent is not None:
                    whole = self._parse(text)
                    # a decline anywhere in the message (an injection, a joke) wins,
                    # unless a question of its own follows it ("ignore that. anyway, who...")
                    # (a question opens with its question word or yes/no opener, perhaps
                    # after a word such as "anyway"; "zenda has won" is a statement)
                    named = any(m.start == 0 for m in parsed.mentions)
                    asks = part.rstrip().endswith("?") or bool(
                        set(parsed.words[:1 if named else 2])
                        & (self.lex.question_words | self.lex.openers))
                    # (of what the articles tell: a name, or words only they use, "which
                    # countries she visited on the tour?")
                    if whole.intent is not None and whole.intent.answer == "decline" and (
                            parsed.intent.answer == "decline" or part is not parts[-1]
                            or not (parsed.mentions or parsed.distinctive or (
                                # ("… say Ana went to Zenda. how many countries did she
                                # visit?": she is who the order named, if the articles do)
                                parsed.anaphora and whole.mentions
                                and not whole.unknown_names
                                # (not "… say he went to Paris. who did he meet there?")
                                and not self.lex.thither.within(parsed.words)))
                            or not asks
                            or parsed.unknown_names):  # (asked of what the order made up)
                        return whole  # "new instructions: tell everyone X" stays refused
                    ordered = whole.intent is not None and whole.intent.answer == "decline"
                    if (not parsed.mentions and whole.mentions and not ordered) or (
                            part is parts[-1] and 0 < len(parsed.words) <= 3
                            and parsed.words[0] in self.lex.question_words
                            and all(w in self.lex.question_words or w in _LINKING
                                    for w in parsed.words)):
                        # ("are they hosting a summit later? where": where of that; "will
                        # she see him again? when/where": when and where of that)
                        # "ana invited ben, right? when for": names from before
                        return replace(whole, intent=parsed.intent,
                                       intent_score=parsed.intent_score,
                                       runner_up=parsed.runner_up)
                    return self._named_before(parsed, whole)

        return self._parse(text, asked=text.rstrip().endswith("?"), alone=True)

    def _after_dash(self, text: str) -> str:
        """'writing an essay on the Pacific - who is Ana Ribeiro exactly?': who someone is,
        after chatter set apart by a dash; what comes before a dash otherwise stays ("Ben -
        where did he go?", "Zenda local news here - who did she meet in our city?")."""
        head, dash, tail = text.rpartition(" - ")
        if not dash:
            head, dash, tail = text.rpartition(" — ")
        if not dash:
            return text
        asked = self._parse(tail)
        said = set(words(head.casefold()))
        named = self._parse(head) if len(head.split()) <= 4 else None  # (a name: short)
        if named is not None and len(named.mentions) == 1 and named.mentions[0].start == 0 \
                and named.mentions[0].end == len(named.words) \
                and self.entities[named.mentions[0].entity].kind == "person" \
                and self.lex.tagged(tuple(words(sentences(tail)[0].casefold()))) \
                and not asked.mentions \
                and asked.words[0] not in self.lex.question_words \
                and asked.words[0] not in self.lex.openers:
            # "Ben — Zendan PM, correct?": the name, and what it is claimed to be
            return f"{head} is {tail}"
        # ("hopeless with names — who is the minister?", "Analyst here - total number of
        # meetings?": chatter that holds no word of the articles, then the question)
        if not any(self.lex.in_articles(w) for w in said if w not in self.lex.stopwords) \
                and not _QUOTED.search(head) and asked.words and (
                    asked.words[0] in self.lex.question_words
                    or asked.words[0] in self.lex.openers
                    or asked.words[0] in self.lex.value_nouns) \
                and self._remark(head, self._parse(head)):
            return tail
        opening = next((len(p) for p in self.lex.identity_questions
                        if asked.words[:len(p)] == p), 0)
        if opening and not said & self.lex.question_words and any(
                m.start == opening and self.entities[m.entity].kind == "person"
                for m in asked.mentions):
            return tail
        # "Quick trivia check - did Ana go to Zenda?": the chatter asks nothing (but a
        # quote or a pointing word ties the question to it: '"…" - who said this?')
        if asked.mentions and not asked.anaphora and not _QUOTED.search(head) \
                and (tail.rstrip().endswith("?") or set(asked.words[:1])
                     & (self.lex.question_words | self.lex.openers)) \
                and self._remark(head, self._parse(head)):
            return tail
        return text

    def _before_aside(self, text: str) -> str:
        """'where did it start, need it for my vlog intro': the question, without the
        member's own aside after a comma (first person or of the article, asking nothing:
        "…, the article keeps mentioning him"); 'doing a school
        report, who even is Ana?': nor with one before it (asking nothing, naming no one)."""
        head, comma, tail = text.partition(", ")
        asked = words(tail.casefold())
        # (not "and after that, where'd she go?", nor a tag: "…, wasn't it?")
        if comma and len(asked) > 2 and (asked[0] in self.lex.question_words
                                         or asked[0] in self.lex.openers) \
                and self._remark(head, told := self._parse(head)) \
                and not (told.sequence or told.anaphora or told.continuation
                         or told.unknown_names or (asks := self._parse(tail)).anaphora
                         or not (asks.content or asks.mentions)
                         or self.lex.exclusions.within(told.words)):
            # (nor "the great powers in Zenda, what does it say?": the rest asks of it)
            # (nor "the trade figure, what year is that for?", "besides trade, what …?")
            return self._before_aside(tail)
        head, comma, tail = text.rpartition(", ")
        said = words(head.casefold())
        bare = words(tail.casefold().rstrip("?!. "))
        if comma and len(said) > 2 and bare and bare[0] in self.lex.request_verbs and all(
                w in self.lex.request_verbs or w in self.lex.request_objects
                or w in self.lex.shape_requests for w in bare):
            return head  # "what did Li tell Ben, tell me": the request asks nothing more
        while said[:1] and said[0] in _FILLERS:
            said = said[1:]  # ("and what did he say, tell me", "wait who's Ben, …")
        if not comma or not said or not set(words(tail.casefold())) & (
                self.lex.first_person | self.lex.article_nouns) \
                or not (said[0] in self.lex.question_words or said[0] in self.lex.openers
                        or said[0] in self.lex.request_verbs):
            return text
        return head if self._remark(tail, self._parse(tail)) else text

    def _in_situ(self, text: str) -> str:
        """'ana go zenda when and sign what': a question word left at the end of its
        clause, after its verb, where its answer goes, put first ("when ana go zenda and
        what sign"), so that the question is read as asked (not "and with who?", a
        preposition's)."""
        lex = self.lex
        if not lex.question_last.search(text):
            return text  # (most questions ask first: nothing to move)
        out = []
        for clause in _CLAUSES.split(text):
            said = clause.rstrip(" ?!.").split()
            ws = [w.casefold().strip(",;:'\"") for w in said]
            # (particles after it read as nothing: "... how many times liao")
            end = len(ws)
            while end > 2 and lex.shorthand.get(ws[end - 1]) == ():
                end -= 1
            # (after a verb of the same sentence: not "…went to zenda?? when", "… n when")
            before = lex.shorthand.get(ws[end - 2], (ws[end - 2],)) if end >= 2 else ()
            if end >= 2 and ws[end - 1] in lex.question_words \
                    and ws[0] not in lex.question_words and ws[0] not in lex.openers \
                    and ws[0] not in lex.in_situ_blockers \
                    and not said[end - 2].endswith(("?", "!", ".", ":")) \
                    and not any(w in lex.in_situ_blockers or w in lex.stopwords
                                for w in before) \
                    and lex.question_words.isdisjoint(ws[:end - 1]):
                tail = clause[len(clause.rstrip(" ?!.")):]
                clause = " ".join([said[end - 1], *said[:end - 1], *said[end:]]) + tail
            out.append(clause)
        return "".join(out)

    def _unasided(self, text: str) -> str:
        """'When did Ana go to Zenda (her first in years, I'm told)?': words in brackets
        about the member ("I'm told", "my memory") ask nothing; the question is without
        them."""
        if "(" not in text:
            return text
        def aside(m: re.Match[str]) -> str:  # (a question in them stays: "(and what for?)")
            said = set(words(m[0].casefold()))
            return "" if said & self.lex.first_person and not said & self.lex.question_words \
                else m[0]
        return _BRACKETED.sub(aside, text)

    def _untold_after(self, text: str) -> str:
        """'How many meetings did she have, dear? I get worn out after two in one day.':
        the member's own news, an exclamation or a sign-off after the one question asks
        nothing."""
        if text.count("?") != 1 or text.rstrip().endswith("?"):
            return text  # (no one question with something after it)
        question, _, after = text.partition("?")
        if after.strip().startswith("(") and after.strip().rstrip(".!").endswith(")"):
            return question + "?"  # "… with Li? (Foreign Secretary, mind you.)": an aside
        parts = sentences(text)
        asked = [i for i, p in enumerate(parts) if p.rstrip().endswith("?")]
        if len(parts) > 1 and len(asked) == 1 and asked[0] < len(parts) - 1 and all(
                self._courtesy(p) or self._signed_off(p) or (
                    # ("All of them, please;": nothing asked beside the question)
                    bool(ws := words(p.casefold())) and ws[0] not in _LINKING
                    and all(w in self.lex.stopwords for w in ws)
                    and self.lex.question_words.isdisjoint(ws)) or (
                    # (no name, no question word: "I mean Ben", "I mean which topics",
                    # "i could fly zenda to strelsau" tell the question more)
                    (set(ws := words(p.casefold())) & self.lex.first_person
                     or p.rstrip().endswith("!"))  # ("Jack says his club could go then!")
                    and self.lex.question_words.isdisjoint(ws[:3])
                    # (an auxiliary after "I" asks nothing: "I'll count.")
                    and not set(ws[:1 if set(ws[:1]) & self.lex.first_person else 2])
                    & (self.lex.openers | self.lex.request_verbs)
                    # (names and all, the member's own surmise: "The draft calls him X,
                    # which I suspect is wrong")
                    and (not self._parse(p).mentions
                         or self.lex.guess_openers.within(tuple(ws))))
                for p in parts[asked[0] + 1:]):
            return " ".join(parts[:asked[0] + 1])
        return text

    def _signed_off(self, sentence: str) -> bool:
        """'Cheers, Nan', 'Thanks, Bob': thanks and a name, closing a message."""
        ws = words(sentence.casefold())
        parsed = self._parse(sentence) if 0 < len(ws) <= 3 else None
        return parsed is not None and parsed.intent is not None \
            and parsed.intent.answer == "greeting" and not parsed.mentions

    def _courtesy(self, sentence: str) -> bool:
        """'chur.', 'hi there!', 'ok.': a greeting, thanks or nod, telling and asking nothing."""
        if len(sentence.split()) > _COURTESY_WORDS:
            return False  # (a story told before the question is no greeting: not parsed)
        parsed = self._parse(sentence)
        return parsed.intent is not None and parsed.intent.answer == "greeting" \
            and self.lex.chat_words.issuperset(parsed.content) \
            and not (parsed.mentions or parsed.numbers or parsed.times)

    def _aside(self, sentence: str) -> bool:
        """'i'm sat at the servo in Zenda lol', 'Zenda's on my list': the member's own news,
        in the first person, asking nothing (no question mark, no question word first)."""
        if (parsed := self._own_telling(sentence)) is None:
            return False
        named = {w for m in parsed.mentions for w in parsed.words[m.start:m.end]
                 if self.entities[m.entity].kind in _ASIDE_PLACES}
        # (no word of the articles but a place: "i read that Ana met Ben" is a claim)
        return not parsed.claim and not (parsed.intent and parsed.intent.answer == "decline") \
            and all(self.entities[m.entity].kind in _ASIDE_PLACES for m in parsed.mentions) \
            and not any(self.lex.in_articles(w) for w in parsed.content if w not in named)

    def _copula_dropped(self, ws: list[str]) -> list[str]:
        """'he president or pm?', 'ben foreign minister?': a short chat question with
        its "is" left out (a person, then an office), read with it."""
        lex = self.lex
        if len(ws) < 2 or len(ws) > 7 or any(w in lex.contact_words or w in lex.copulas
                                             or w in lex.question_words for w in ws):
            return ws
        end = 1 if ws[0] in lex.subject_pronouns and ws[0] in lex.singular_pronouns else max(
            (len(k) for k, e in lex.aliases.starting(ws[0]).items()
             if tuple(ws[:len(k)]) == k and e in self.entities
             and self.entities[e].kind == "person"), default=0)
        said = ws[end] if 0 < end < len(ws) else ""
        # (an office: "president", "foreign minister"; not "leaders")
        if said and not said.endswith("s") and said in lex.leader_words.by_first \
                and said not in lex.person_nouns:
            return ["is", *ws]  # ("is he president or pm?")
        return ws

    def _told(self, sentence: str) -> bool:
        """'I was watching the news and they said Ana met Ben': the member's own story,
        in the first person, asking and refusing nothing, naming someone or something."""
        parsed = self._own_telling(sentence)
        return parsed is not None and bool(parsed.mentions) \
            and not (parsed.intent and parsed.intent.answer == "decline")

    def _own_telling(self, sentence: str) -> Parsed | None:
        """The sentence parsed, when it is the member's own, in the first person and
        asking nothing (no question mark, no question word, opener or request first)."""
        ws = words(sentence.casefold())
        if not ws or sentence.rstrip().endswith("?") or self.lex.first_person.isdisjoint(ws) \
                or set(ws[:2]) & (self.lex.question_words | self.lex.openers
                                  | self.lex.request_verbs):
            return None
        return self._parse(sentence)

    def _referred(self, told: list[str], question: str) -> str | None:
        """The question with the names the story told after it, for its pronouns to stand
        for ("what did the two of them talk about (Ana and Ben)?"): when it asks, with a
        pronoun and no name of its own."""
        asked = self._parse(question)
        # (not a claim's check, "… is that right?": the story is the claim)
        if not asked.anaphora or asked.mentions or asked.intent is None \
                or asked.intent.answer in ("decline", "yes_no") or not (
                    question.rstrip().endswith("?")
                    or set(asked.words[:2]) & (self.lex.question_words | self.lex.openers)):
            return None
        names: dict[str, str] = {}  # name -> its kind
        for clause in (c for sentence in told for c in _TOLD_CLAUSES.split(sentence)):
            parsed = self._parse(clause)
            if parsed.mentions and parsed.unknown_names:
                return None  # ("they said Ana met Rudolf": whom the articles never name)
            for m in parsed.mentions:
                names.setdefault(" ".join(parsed.words[m.start:m.end]),
                                 self.entities[m.entity].kind)
        if all(kind in _ASIDE_PLACES for kind in names.values()):
            return None  # (places alone are the question's "there": _there_of)
        said = question.rstrip(" ?!.")
        people = [name for name, kind in names.items() if kind == "person"]
        pronouns = [w for w in words(said.casefold()) if w in self.lex.singular_pronouns
                    and (w in self.lex.subject_pronouns or w in self.lex.object_pronouns)]
        if len(names) == len(people) == 1 and len(pronouns) == 1:
            # "which country is he prime minister of?": he is the one name told
            return re.sub(rf"\b{pronouns[0]}\b", people[0], said, count=1,
                          flags=re.IGNORECASE) + "?"
        return f"{said} ({' and '.join(names)})?"

    def _there_of(self, asides: list[str], question: str) -> str:
        """The question with its "there" put as the one place the asides name."""
        places = {m.entity for a in asides for m in self._parse(a).mentions
                  if self.entities[m.entity].kind in _ASIDE_PLACES}
        ws = words(question.casefold())
        at = next(((i, len(p)) for p in self.lex.thither for i in range(len(ws))
                   if tuple(ws[i:i + len(p)]) == p), None)
        if len(places) != 1 or at is None:
            return question
        i, n = at
        return " ".join((*ws[:i], "in", next(iter(places)), *ws[i + n:])) + "?"

    def _remark(self, sentence: str, parsed: Parsed) -> bool:
        """'im tracking her itinerary lol', 'need it for my essay': said after a question,
        asking nothing (no question mark, question word, opener or request; no name, number
        or time of its own unless it only declines)."""
        lex = self.lex
        # (what the member's own people say, naming no one: "my husband says he made a big
        # sentence", told beside the question; "I'm writing it down": no "am …?" asked)
        said = words(sentence.casefold())[:1]
        told = bool(said) and said[0] in lex.first_person
        # ("that's how they told it on the news": the way it was told, no question)
        pointed = len(parsed.words) > 1 and parsed.words[0] in lex.event_words_alone \
            and parsed.words[1] in lex.question_words
        if sentence.rstrip().endswith("?") or (not told and not pointed and set(
                parsed.words[:2]) & (lex.question_words | lex.openers | lex.request_verbs)) \
                or (told and set(parsed.words[:3]) & lex.question_words):
            return False  # ("I mean which topics exactly": a question still)
        if parsed.intent is not None and parsed.intent.answer == "decline":
            return False  # ("ur opinion", instructions: what the message asks stays refused)
        if parsed.mentions or parsed.numbers or parsed.times:
            return False
        # (no word of the articles at all: "theres always somebody, like Orville at the
        # coffee shop" tells of the member's world, whatever it claims)
        return not parsed.claim or told or self._unrelated(sentence)

    def _unrelated(self, sentence: str) -> bool:
        """Does the sentence hold no word of the articles (grammar and chat aside)?"""
        said = [w for w in words(sentence.casefold())
                if w not in self.lex.stopwords and w not in _FILLERS and len(w) > 2]
        return bool(said) and not any(self.lex.in_articles(w) for w in said)

    def asks_nothing(self, sentence: str) -> bool:
        """A part of a message that only asks how to answer, or to answer at all: 'need 2
        reasons', 'in 3 bullet points', 'Please do the needful and revert back.'."""
        ws = words(sentence.casefold())
        if (said := [g for w in ws for g in self.lex.shorthand.get(w, (w,))
                     if g not in _FILLERS]) and not _rephrased(
                         _rephrased(said, self.lex.meta_phrases), self.lex.bare_requests):
            return True
        if ws and set(ws[:2]) & self.lex.request_verbs and all(
                w in self.lex.request_verbs or w in self.lex.shape_requests
                or w in self.lex.brevity_words for w in ws):
            return True  # ("… ? please explain shortly": how to answer, nothing more)
        return any(w in self.lex.answer_shapes for w in ws) and all(
            w in self.lex.answer_shapes or w in self.lex.shape_requests
            or number(w) is not None for w in ws)

    def foreign(self, text: str) -> tuple[int, int]:
        """(words no English or article word, words in all) of the message, names, figures
        and words under three letters aside; typos are mended first, as for a question."""
        parsed = self.parse(text)
        lex = self.lex
        asking = lex.question_words | lex.openers | lex.request_verbs
        typed = words(clean(text).casefold())  # ("quién": "quien", as glossed)
        # a loanword's question word ("quem": who) is no English of the member's: the
        # other words decide ("quem é o cara q o Ben foi ver em Zenda?" is read, "Olá! o Ben
        # passou por Zenda, certo? quem é que ele conheceu lá?" is not)
        loaned = sum(1 for w in typed if w in lex.loanwords
                     and not asking.isdisjoint(lex.shorthand[w]))
        if (set(parsed.words) & asking and not loaned) or set(typed[:3]) & asking:
            # ("what about saudi arabia?", "does the article mention saudi arabia?" ask in
            # English, whatever words of it the parse sets aside)
            return 0, len(parsed.words)
        named = {i for m in parsed.mentions for i in range(m.start, m.end)}
        unknown = {n.casefold() for n in parsed.unknown_names}  # ("Olaf Scholz")
        # (nor a day of the week or a figure of its own: "a 10-day tour on friday")
        ws = [w for i, w in enumerate(parsed.words) if i not in named and w not in unknown
              and len(w) >= 3 and number(w) is None and w not in lex.weekdays
              and not any(ch.isdigit() for ch in w)]
        def english(w: str) -> bool:  # ("und", a dialect "and"; "energy-related")
            return lex.knows(w) or is_common_word(w) or w in lex.dialect_and or (
                "-" in w and all(lex.knows(p) or is_common_word(p) for p in w.split("-") if p))

        odd = sum(not english(w) for w in ws)
        # (a loaned question word counts only beside words still unread: a message the
        # glosses read whole, "bakit … nag tour sa asia pacific?", is read)
        return odd + loaned if odd else 0, len(ws)

    def forget(self) -> None:
        """A new question: the parses of the last one are let go."""
        self._memo.clear()
        self._messages.clear()

    def _parse(self, text: str, *, asked: bool = False, alone: bool = False) -> Parsed:
        """`asked`: the whole message is one sentence ending in a question mark; `alone`:
        it is the whole message, so a statement in it is said to be checked (never a
        sentence or clause beside a question)."""
        key = (text, asked, alone)
        if (done := self._memo.get(key)) is None:
            done = self._memo[key] = self._without_unknown_option(
                self._parsed(text, asked=asked, alone=alone), asked, alone)
        return done

    def _without_unknown_option(self, parsed: Parsed, asked: bool, alone: bool) -> Parsed:
        """'Did he go to Zenda or Atlantis?': of a known name and one no article uses, the
        claim is of the known one (the unknown one is no option the articles weigh)."""
        ws = parsed.words
        if "or" not in ws or ws[0] not in self.lex.openers:
            return parsed
        at = ws.index("or")
        if not any(m.end == at for m in parsed.mentions) or ws[at + 1:at + 2] == () \
                or not self.lex.unheard(ws[at + 1]):
            return parsed
        end = at + 2
        while end < len(ws) and self.lex.unheard(ws[end]):
            end += 1  # ("or Xanadu City")
        return self._parsed(" ".join((*ws[:at], *ws[end:])), asked=asked, alone=alone)

    def _parsed(self, text: str, *, asked: bool, alone: bool) -> Parsed:
        lex = self.lex
        raw: list[str] = []
        typed = words(_unelided(text.casefold(), lex))[:MAX_WORDS]
        whole = 0  # words left of a phrase kept as typed
        for i, w in enumerate(typed):
            if whole:
                whole -= 1
                raw.append(w)
                continue
            if w in lex.past_markers and _marks_past(raw, typed[i + 1:i + 2], lex):
                continue  # "she wen go": the past, said before the verb
            if "-" in w and not lex.knows(w) and all(
                    lex.aliases.get((part,)) or lex.aliases.starting(part)
                    or part in lex.shorthand for part in w.split("-")):
                # "a zenda-strelsau flight": two places; "zenda-SE asia trade": one, then
                # the start of another; "zenda-nk": a short name too
                for part in w.split("-"):
                    raw.extend(lex.shorthand.get(part, (part,)))
                continue
            if w.endswith(lex.honorific_suffixes) and not lex.knows(w) and (name := next(
                    (w[:-len(x)].rstrip("-") for x in lex.honorific_suffixes if w.endswith(x)
                     and lex.aliases.get((w[:-len(x)].rstrip("-"),)) is not None), None)):
                raw.append(name)  # "Anaji": Ana, with the respect said after the name
                continue
            if (figure := _FIGURE.fullmatch(w)) and figure[2] in lex.shorthand:
                raw.extend((figure[1], *lex.shorthand[figure[2]]))  # "40m": 40 million
                continue
            if w in lex.phrasal and (said := next(
                    (said for said, _ in lex.phrasal.get(w, ())
                     if tuple(typed[i:i + len(said)]) == said), None)) is not None:
                raw.append(w)  # ("y/n": a phrase of its own, read whole below; "y": why)
                whole = len(said) - 1
                continue
            if w in lex.opening_glosses and _asks_here(typed, i, lex):
                raw.extend(lex.opening_glosses[w])  # Doric "fit did he sign": what
                continue
            if w[-1:] == "s" and typed[i + 1:i + 2] and typed[i + 1] in IS_AFTER \
                    and (one := lex.aliases.get((w[:-1],))) is not None \
                    and self.entities[one].kind == "person":
                raw.extend((w[:-1], "is"))  # "bens the one": Ben's the one, as typed with
                continue  # its apostrophe ("ruritanians in Zenda" stay a people)
            raw.extend(lex.shorthand.get(w, (w,)) if w in lex.shorthand else (_unclipped(w, lex),))
        raw = _unstranded(_unstrayed(_joined(raw, lex), lex), lex)
        # "did Mr Ben go?": as "did Ben go?"
        # (before a name the articles know: "tl;dr of …" keeps its "dr")
        if not lex.honorifics.isdisjoint(raw):
            raw = [lex.titled(w) if i and raw[i - 1] in lex.honorifics else w
                   for i, w in enumerate(raw)]
            # (a name split by autocorrect counts: "Mrs Rib Eiro")
            raw = [w for i, w in enumerate(raw) if w not in lex.honorifics
                   or i + 1 == len(raw) or not (
                       lex.aliases.starting(raw[i + 1])
                       or lex.aliases.starting(lex.correct(raw[i + 1]))
                       or (i + 2 < len(raw) and lex.aliases.starting(raw[i + 1] + raw[i + 2])))]
        raw = self._copula_dropped(_undoubted(_uninverted(
            _unsplit(_rephrased(_figured(raw, lex), lex.phrasal), lex), lex), lex))
        if not lex.discourse_fillers.isdisjoint(raw):
            raw = _unfilled(raw, lex)
        if not lex.dialect_and.isdisjoint(raw):  # "Ben an Li": "Ben and Li"
            raw = ["and" if w in lex.dialect_and and 0 < i < len(raw) - 1
                   and (raw[i - 1],) in lex.aliases.starting(raw[i - 1])
                   and lex.aliases.starting(raw[i + 1]) else w for i, w in enumerate(raw)]
        raw = _without(raw, lex.meta_phrases)
        raw = _unintroduced(raw, lex)
        # "name all six countries", "list the 5 countries": the list asked
        listing = bool(raw) and raw[0] in lex.request_verbs
        if listing and len(raw) > 3 and raw[1] in lex.request_objects \
                and raw[2] not in lex.question_words and not any(
                    tuple(raw[:len(p)]) == p for p in lex.preambles.by_first.get(raw[0], ())):
            del raw[1]  # "list me all the stops": whom for is no word of it
        raw = [w for i, w in enumerate(raw)
               if not (i and (raw[i - 1] in lex.totals
                              or (listing and raw[i - 1] in lex.determiners))
                       and number(w) is not None)]
        raw, set_aside = _alternative(raw, lex)  # (before the frame: "on the tour, or only…")
        added = raw[-1:] if raw and raw[-1] in lex.additives else []  # ("… on the tour too")
        framed = raw[:len(raw) - len(added)]
        frame = next((len(p) for p in lex.frames_by_last.get(framed[-1], ())
                      if tuple(framed[-len(p):]) == p), 0) if framed else 0
        if frame and len(framed) > frame + 2:
            raw = framed[:-frame] + added  # "who did she meet on the tour?": whom she met
        request = next((len(p) for p in lex.request_openers.occurring(raw, 0)), 0)
        if request and raw[request:request + 1] and raw[request] in lex.request_verbs:
            del raw[:request]  # "can you list the stops?": a request, no yes/no question
        raw = _unframed(raw, lex)
        raw = _invited(raw, lex)
        raw = _uncleft(raw, lex)
        heard = len(raw) - len(raw := _hearsay(raw, lex))  # ("critics say …": a claim)
        while len(raw) > 1 and (raw[0] in _FILLERS - _LINKING or raw[0] in lex.hellos) and (
                raw[0] not in lex.intent_index  # ("hey there": a greeting; "yo who is Ana?")
                or raw[1] in lex.question_words or raw[1] in lex.openers
                or (raw[1] in _LINKING and len(raw) <= 4)):  # ("ok and then?": going on)
            del raw[0]  # "wait, who is she": "wait" is no word of the question
        # "in the broader contacts part, which ...": the part of the article pointed at
        if raw[:2] == ["in", "the"] and (end := next(
                (i for i, w in enumerate(raw[2:7], start=2) if w in lex.section_nouns), 0)) \
                and end + 1 < len(raw):
            del raw[:end + 1]
        # "…, going by the broader contacts part": the same pointer after the question
        tail = next((i for i in range(len(raw) - 1, max(len(raw) - 3, 1) - 1, -1)
                     if raw[i] in lex.section_nouns), 0)
        for i in range(max(tail - 6, 2), tail):
            pointer = next(iter(lex.section_pointers.occurring(raw, i)), ())
            if pointer and raw[i + len(pointer):i + len(pointer) + 1] == ["the"]:
                del raw[i:tail + 1]
                break
        # chatter before the question word ("sorry newbie q - who is Ana?"): no word of
        # the articles, so no word of the question
        k = next((i for i, w in enumerate(raw[:6]) if i > 1 and w in lex.question_words), 0)
        if k and any(not lex.in_articles(w) for w in raw[:k]) and all(
                (w in lex.stopwords or w in _FILLERS
                 or (not lex.in_articles(w) and number(w) is None
                     and not lex.in_articles(lex.correct(w))))  # ("erdgan said wat …")
                and w not in lex.significant for w in raw[:k]) \
                and not any(w in lex.refusal_firsts or w in lex.comparatives
                            or w in lex.span_comparatives for w in raw[:k]):
            del raw[:k]  # (an order stays: "invent a statement where …"; so does a
            # comparison: "longer gap which one, …")
        # number words are never "typos" of other words ("ten" is not "then")
        ws = tuple(w if number(w) is not None else lex.correct(w) for w in raw)
        # a word left unknown where a name stands ("in manilla", "meet erdgan", "left
        # strelsova", before an office: "the zender president"): a name
        # (or before the rest of a name the articles know: "the zander summit")
        ws = tuple(lex.correct_name(w) if not lex.knows(w) and (
            (i and (ws[i - 1] in lex.locative or ws[i - 1] in lex.contact_words
                    or ws[i - 1] in lex.departure_words))
            or (i + 1 < len(ws) and (ws[i + 1],) in lex.leader_words)  # "the zender president"
            or (i + 1 < len(ws) and lex.correct_name(w) != w
                and lex.aliases.get((lex.correct_name(w), ws[i + 1])) is not None)) else w
            for i, w in enumerate(ws))
        if not lex.subject_auxiliaries.isdisjoint(ws[:-1]):
            ws = tuple(lex.slipped_name(w) if i and ws[i - 1] in lex.subject_auxiliaries
                       and i + 1 < len(ws) else w for i, w in enumerate(ws))
        ws = _joined_names(ws, lex)
        if ws and any(ws[:len(p)] == p for p in lex.fragment_openers) \
                and not set(ws) & (lex.question_words | lex.copulas):
            # "other trips he made, apart from Zenda?": which others, asked (not "other
            # leaders were fine with it?", a claim)
            ws = (*lex.fragment_question, *ws)
        mentions = self._mentions(ws)
        if (lead := next((m.end for m in mentions if m.start == 0), 0)) \
                and ws[lead:lead + 1] and ws[lead] in lex.stance_nouns \
                and not set(ws) & lex.question_words:
            # "Ben reaction to the deal?", "Li's stance on it": a noun phrase asked, no
            # claim; what it is
            ws = (*lex.stance_question, *ws)
            mentions = self._mentions(ws)
        at = Finder(ws)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        quoted = _quoted(text, ws)
        intent, score, runner_up, phrase_at, claim = self._intent(
            ws, at, asked, {m.start: m.end for m in mentions}, alone, quoted)
        if intent is not None and intent.answer == "what" and mentions \
                and any(ws[:len(p)] == p and ws[len(p):len(p) + 1]
                        and any(m.start == len(p) for m in mentions)
                        for p in lex.span_questions) \
                and (counted := lex.count_intent) is not None:
            # "how long ben stay inna Zenda?": a span asked of someone, its auxiliary
            # dropped (as patois and pidgin drop it)
            intent = counted
        if heard and intent is None and len(ws) > 3 and ws[0] not in lex.question_words \
                and (claimed := lex.claim_intent) is not None:
            # "critics say the government spends too much?": what they say, checked
            intent, score, claim = claimed, max(score, 0.5), True
        if len(ws) > 2 and ws[-1] == "about" and set(ws[:3]) & lex.question_words \
                and set(ws) & lex.overview_nouns and lex.overview is not None:
            # "whats this zenda article actually about?": the article in short
            intent, score = lex.overview, max(score, 0.9)
        # "ugh my flight to porto got delayed again": the member's own news, asking nothing
        # (unless it names someone: "my uncle says Ana went to Zenda"; a request, "give me
        # a quote from him I can read out", asks, unless news of the member's follows it)
        personal = bool(set(ws[:2]) & lex.first_person) and not text.rstrip().endswith("?") \
            and not (ws[0] in lex.request_verbs and len(sentences(text)) == 1) \
            and not set(ws) & (lex.question_words | lex.subject_pronouns) \
            and (intent is None or intent.answer == "yes_no") \
            and not any(self.entities[m.entity].kind == "person" for m in mentions)
        if personal:
            intent, score, claim = None, 0.0, False
        times = self._times(ws, at.where)
        # "he went after Moscow, not before": the order denied is not the one claimed
        denied = {i + 1 for i, w in enumerate(ws) if w in lex.negations}
        # ("how soon after was that?", "how soon did he fly to Zenda after taking office?":
        # the time between, not the step after)
        denied |= {j for p in lex.gap_questions for i in at.where.get(p[0], ())
                   if i < len(ws) - len(p) and ws[i:i + len(p)] == p
                   for j in range(i + len(p), len(ws))}
        if len(ws) > 3 and ws[-1] in lex.closing_fillers and (
                any(m.start >= 0 for m in mentions) or at.any(lex.thither)
                or ((ws[-2],) in lex.anaphora and ws[0] in lex.question_words)):
            # ("what was the deal in jakarta then", "who'd she meet with there then", "when
            # was that then": no step after)
            denied.add(len(ws) - 1)
        ordered = Finder(tuple("" if i in denied else w for i, w in enumerate(ws))) \
            if denied else at
        backwards = ordered.any(lex.before)
        if not backwards and any(w in lex.route_origins and (
                i == len(ws) - 1 or ws[i + 1] in lex.question_words) for i, w in enumerate(ws)) \
                and set(ws) & lex.question_words and set(ws) & lex.arrival_verbs and any(
                    m.role == "place" and self.entities[m.entity].kind in ("city", "country")
                    for m in mentions):
            # "where did he fly to Zenda from?", "he arrived in Zenda from where?": the step
            # before the place named
            backwards = True
        # "where did she go from Zenda?", "from Zenda where she went?": the step after it
        onward = any(m.start > 0 and ws[m.start - 1] in lex.route_origins
                     and self.entities[m.entity].kind in ("city", "country")
                     and (m.start == 1 or ws[m.start - 2] in lex.onward_verbs
                          # ("did he travel on from Zenda", "travel to from Zenda")
                          or (m.start > 2 and ws[m.start - 2] in lex.locative
                              and ws[m.start - 3] in lex.onward_verbs)
                          or (m.end < len(ws) and ws[m.end] in lex.question_words))
                     for m in mentions) and bool(set(ws) & lex.onward_verbs) \
            and sum(self.entities[m.entity].kind in ("city", "country") and m.role == "place"
                    for m in mentions) <= 1 \
            and not any(m.start > 0 and ws[m.start - 1] in lex.route_ends for m in mentions)
        # (a route claimed, "from Zenda straight to Strelsau?", is checked as a route)
        forwards = ordered.any(lex.sequence) or onward
        # "then she went to Zenda?": Zenda is the step said next, not the one it follows
        lead = next((i for i, w in enumerate(ws) if w not in lex.list_glue), 0) \
            if forwards else 0
        if forwards and not onward and ws[lead:lead + 1] and ws[lead] in lex.then_words \
                and not any((w,) in lex.sequence for w in ws[lead + 1:]) \
                and any(m.start > 0 and (ws[m.start - 1] in lex.route_ends
                                         or ws[m.start - 1] in lex.onward_verbs)
                        and self.entities[m.entity].kind in ("city", "country")
                        for m in mentions):
            forwards = False
        if forwards and not onward and set(ws) & lex.again_words \
                and not any((w,) in lex.sequence for w in ws if w not in lex.again_words) \
                and any(m.role == "place" for m in mentions):
            # "when did they meet again at the summit?": the summit is where they met
            # again, no step it comes after
            forwards = False
        if forwards and not onward and not backwards and len(ws) > 2 \
                and (ws[0] in lex.openers or lex.question_words.isdisjoint(ws)) \
                and (ws[-1],) in lex.sequence \
                and not any((w,) in lex.sequence or (w,) in lex.firsts or (w,) in lex.lasts
                            for w in ws[:-1]) \
                and any(m.role == "place" for m in mentions):
            # "did they meet in Zenda after?": afterwards, in Zenda; not the step after it
            forwards = False
        kinds = self._kinds(ws, at, mentions)
        understood = all(i in covered or w in lex.grammar or w in times
                         for i, w in enumerate(ws))
        unknown, unknown_subject = self._unknown_names(ws, covered, _capitalised(text),
                                                       cased=_titled(text))
        unknown = tuple(_as_typed(w, text) for w in unknown)  # "Garuda", not "garuda"
        # words in "since his inauguration", "once the war began" mark a time, not what is asked
        # ("since when is she in the job?" asks a time: no span)
        span = {j for i, w in enumerate(ws) if (w == "since" and ws[i + 1:i + 2] != ("when",))
                or self._conjunction(ws, i) for j in range(i + 1, i + 7)}
        # "list the stops, first to last": the whole order asked, no first or last step
        ordering = _blanked(ws, lex.itinerary.starts(at.where, ws), lex.itinerary)
        steps = Finder(ordering) if ordering is not ws else at
        content = tuple(w for i, w in enumerate(ws) if i not in covered and i not in span
                        and ordering[i] and w not in lex.stopwords)
        # ("what did Li say that time?": the words pointing back ask nothing of their own)
        pointing = {i for p in lex.pointing if p[0] in at.where and (k := at(p)) >= 0
                    for i in range(k, k + len(p))}
        # (nor is "in order" a word of what is asked: "list the cities in order")
        distinctive = tuple(w for i, w in enumerate(ws)
                            if i not in covered and i not in span and i not in phrase_at
                            and i not in pointing and ordering[i]
                            and w not in lex.stopwords and w not in lex.structural
                            and w not in times
                            # ("any good quote for us?": who asks is no word of it)
                            and not (w in lex.first_person and i and ws[i - 1] == "for"))
        anaphora = at.any(lex.anaphora)
        if anaphora and claim and mentions and mentions[0].start == 0 \
                and (tag := lex.tag_length(ws)) and not Finder(ws[:-tag]).any(lex.anaphora):
            # "TAP are going to fly there, so they are?": the tag's pronoun is the named
            # subject's, no one from before
            anaphora = False
        past = any(w in lex.past_words for w in ws)
        start = next((i for i, w in enumerate(ws) if w not in ("so", "ok", "okay", "hey")), 0)
        continuation = bool(lex.continuations.occurring(ws, start))
        return Parsed(
            text=text, words=ws, mentions=mentions, intent=intent, intent_score=score,
            runner_up=runner_up,
            future=_unless(at, _blanked(
                _blanked(ws, lex.not_future.starts(at.where, ws), lex.not_future),
                lex.open_future.starts(at.where, ws) if past else [], lex.open_future),
                quoted).any(lex.future) or (
                not past and not times and bool(kinds) and self._progressive(text, ws)),
            past=past,
            sequence=backwards or forwards,
            first=(Finder(tuple("" if i in span else w for i, w in enumerate(ordering)))
                   if span else steps).any(lex.firsts) and at(("first", "time")) < 0
            # ("their first since last June": the first in a while, no first step)
            and not any(w == "first" and "since" in ws[i + 1:i + 4] for i, w in enumerate(ws)),
            # ("met last September", "saw last week": a time, not the end of the trip)
            last=_ends_trip(steps, lex),
            backwards=backwards, distinctive=distinctive,
            forwards=forwards,
            asks_name=at.any(lex.name_words) and not at.any(lex.name_word_blockers),
            leader=(leader := at.any(lex.leader_words)),
            roles=self._roles(tuple("" if i in covered else w for i, w in enumerate(ws)))
            if leader else (),
            counted=self._counted(ws, covered, at),
            counting=any(at(p) >= 0 for p in (("how", "many"), ("number", "of"))),
            numbers=tuple(n for i, w in enumerate(ws) if (n := number(w)) is not None
                          and not any(ws[i:i + len(p)] == p for p in lex.partitives)
                          and not self._conjunction(ws, i)
                          # ("the one i care about", "a six-year one": a pronoun, no count)
                          and not (n == 1 and not w.isdigit() and i
                                   and (ws[i - 1] in lex.determiners or "-" in ws[i - 1]))
                          and not self._article_one(ws, i)),
            times=times, kinds=kinds, content=content, unknown_names=unknown,
            unknown_subject=unknown_subject,
            anaphora=anaphora, continuation=continuation, understood=understood,
            stems=term_stems(content), distinct_stems=term_stems(distinctive),
            asked_for=self._asked_for(ws, covered), nth=self._nth(ws), claim=claim,
            denied=set_aside, personal=personal)

    def _precision(self, part: str) -> bool:
        """'what's the date', 'which day': only how precise a time is asked."""
        said = [w for w in words(part.casefold()) if w not in self.lex.stopwords]
        asked = self.parse(part).intent  # ("how many days was she gone?" asks a count)
        return bool(said) and all(w in self.lex.precision_words for w in said) \
            and (asked is None or asked.answer == "when")

    def _conjunction(self, ws: tuple[str, ...], i: int) -> bool:
        """'once the war began', 'once he left': a time clause, no count of times."""
        after = ws[i + 1:i + 2]
        return ws[i] in self.lex.multiples and bool(after) and (
            after[0] in self.lex.determiners or after[0] in self.lex.subject_pronouns)

    def _progressive(self, text: str, ws: tuple[str, ...]) -> bool:
        """'What's she hosting?', 'who are they meeting?': the present progressive, which
        asks what is arranged (the caller checks no past word or time says otherwise)."""
        typed = [w.strip("?!.,") for w in text.casefold().replace("’", "'").split()]
        return any(w in self.lex.progressive or (w.endswith("'s") and w[:-2] in
                                                 self.lex.question_words) for w in typed) \
            and any(_gerund(w) for w in ws)

    def _nth(self, ws: tuple[str, ...]) -> int | None:
        """'The second time', 'their 2nd meeting', 'her third stop': an ordinal before an
        occasion or a step of a tour; 'the second to last stop': -2, counted from the end."""
        if self.lex.penultimate.within(ws):
            return -2
        for i, w in enumerate(ws[:-1]):  # "stop number two", "stop #2": the noun, its number
            k = i + 2 if ws[i + 1] == "number" else i + 1
            if w in self.lex.step_nouns and k < len(ws) \
                    and (n := number(ws[k])) is not None and n >= 2 \
                    and (k > i + 1 or ws[k].isdigit()):
                return n
        for w, after in pairwise(ws):
            if after in self.lex.occasion_nouns or after in self.lex.step_nouns:
                # ("4th stop"; "five country" is a count typed in haste, no fifth)
                n = self.lex.ordinals.get(w) or (
                    number(w) if not w.isdigit() and not w.isalpha() else None)
                if n is not None and n >= 2:
                    return n
        return None

    def _asked_for(self, ws: tuple[str, ...], covered: set[int]) -> tuple[str, ...]:
        """The words after an opening "which"/"what", up to the verb: what is asked for."""
        lex = self.lex
        start = next((i for i, w in enumerate(ws) if w in lex.generic_questions), -1)
        if start < 0:
            return self._group_asked(ws, covered)
        if start > 1 and not all(i in covered for i in range(start)):
            return ()  # (a name may come first: "Ana Li - what's her job?")
        out: list[str] = []
        first = start + 1
        if first + 1 < len(ws) and ws[first] in lex.copulas and (
                (ws[first + 1] in lex.stopwords and ws[first + 1] not in lex.party_nouns)
                or (first + 1 in covered and first + 2 < len(ws)
                    and ws[first + 2] not in lex.stopwords)):
            # "what was her last stop?", "what is Ben's approval rating?": the noun after
            # the copula
            first += 1
        for i in range(first, len(ws)):
            w = ws[i]
            if i in covered:
                continue  # "which African countries": the name narrows, "countries" asks
            if w in lex.openers or w in lex.contact_words or w in lex.copulas:
                break
            if w in lex.party_nouns or w not in lex.stopwords:
                out.append(w)
            elif out:
                break
        if len(out) == 1 and lex.name_words.within(tuple(out)):
            # "what is the name of the plant they build?": the plant is asked for
            at = ws.index(out[0], first) + 1
            if ws[at:at + 1] == ("of",):
                after = [w for i, w in enumerate(ws[at + 1:at + 6], start=at + 1)
                         if i not in covered]
                nouns = tuple(takewhile(
                    lambda w: w not in lex.stopwords or w in lex.party_nouns,
                    dropwhile(lambda w: w in lex.stopwords, after)))
                return nouns or tuple(out)
        return tuple(out)

    def _group_asked(self, ws: tuple[str, ...], covered: set[int]) -> tuple[str, ...]:
        """'Who were the business leaders she met?', 'names of the critics?': the people
        asked for by what they are, as "which business leaders" asks for them."""
        lex = self.lex
        # ("who were the ...", not "who was on the ... side", "who is supposedly ...")
        who = len(ws) > 2 and ws[0] in lex.person_questions and ws[1] in lex.copulas \
            and ws[2] in lex.determiners
        names = len(ws) > 2 and lex.name_words.within(ws[:1]) and ws[1] == "of"
        if not (who or names):
            return ()
        at = 2
        while at < len(ws) and ws[at] in lex.stopwords and ws[at] not in lex.party_nouns:
            at += 1  # ("the")
        # (a name in the group narrows it: "who is the ICC prosecutor": a prosecutor)
        nouns = tuple(takewhile(lambda i: i in covered or (
            ws[i] not in lex.stopwords or ws[i] in lex.party_nouns), range(at, len(ws))))
        group = tuple(ws[i] for i in nouns if i not in covered)
        # ("who was banging on about it": someone doing something, no group)
        return () if group and group[0].endswith("ing") else group

    def _mentions(self, ws: tuple[str, ...]) -> tuple[Mention, ...]:
        lex, found, i = self.lex, [], 0
        while i < len(ws):
            table = lex.aliases.starting(ws[i])  # the aliases that open with this word
            for n in range(min(lex.longest_alias, len(ws) - i), 0, -1) if table else ():
                name = table.get(ws[i:i + n])
                if name is not None:
                    found.append(self._role(ws, i, i + n, name))
                    i += n
                    break
            else:
                # "the Zenda-Nord one": the start of one name only, "one" standing for the rest
                named = set(table.values()) \
                    if ws[i + 1:i + 2] == (lex.pro_noun,) and ws[i] not in lex.stopwords else set()
                if len(named) == 1:
                    found.append(self._role(ws, i, i + 2, named.pop()))
                    i += 1
                i += 1
        return tuple(self._leaders(ws, self._by_office(ws, self._places_listed(ws, found))))

    def _places_listed(self, ws: tuple[str, ...], found: list[Mention]) -> list[Mention]:
        """'in Zenda and Strelsau': a place listed after a place is a place too."""
        out = list(found)
        for k in range(1, len(out)):
            before, m = out[k - 1], out[k]
            if before.role == "place" and m.role == "plain" and m.start == before.end + 1 \
                    and ws[before.end] == "and" \
                    and self.entities[m.entity].kind in _ASIDE_PLACES \
                    and self.entities[before.entity].kind in _ASIDE_PLACES:
                out[k] = replace(m, role="place")
        return out

    def _by_office(self, ws: tuple[str, ...], found: list[Mention]) -> list[Mention]:
        """'did the foreign minister visit Zenda?': the office one article's subject holds,
        said as who did something (a verb after it), is that subject, not the office
        asked of everyone met ("did she meet the foreign minister?" stays an office)."""
        leader_words = self.lex.leader_words
        if leader_words.firsts.isdisjoint(ws):
            return found
        taken = {i for m in found for i in range(m.start, m.end)}
        starts = {m.start for m in found}
        at = Finder(ws)
        for phrase in leader_words:
            if phrase[0] not in at.where:
                continue
            k = at(phrase)
            end = k + len(phrase)
            # ("the minister who did this trip": the one who did it, a verb after "who")
            relative = end + 1 < len(ws) and ws[end] in self.lex.cleft_relatives \
                and ws[end + 1] not in self.lex.subject_pronouns and end + 1 not in starts
            if k < 1 or ws[k - 1] != "the" or end >= len(ws) \
                    or (ws[end] in self.lex.stopwords and not relative) \
                    or taken & set(range(k, end)) or end in starts:
                continue  # ("the president Ana met": whom Ana met, a name after it)
            office = " ".join(phrase)
            holders = [p for p in self.principal
                       if f" {office} " in f" {(self.entities[p].role or '').casefold()} "
                       and not (relative and any(m.entity == p for m in found))]
            if len(holders) == 1:
                found = sorted((*found, Mention(holders[0], k, end, "plain")),
                               key=lambda m: m.start)
                taken.update(range(k, end))
        return found

    def _role(self, ws: tuple[str, ...], start: int, end: int, name: str) -> Mention:
        j = start - 1
        while j >= 0 and ws[j] in ("the", "a", "an"):
            j -= 1
        before = ws[j] if j >= 0 else ""
        role = ("place" if before in self.lex.locative
                else "origin" if before in self.lex.origin else "plain")
        if role == "plain" and j == start - 1 and before in self.lex.onward_verbs \
                and self.entities[name].kind in ("city", "country") \
                and not (ws[end:end + 1] == ("to",) and end + 1 < len(ws)
                         and self.lex.aliases.starting(ws[end + 1])) and not (
                    (invited := self.lex.kind_words.get("invitation")) and invited.within(ws)):
            role = "place"  # "why ben go zenda?": gone to, its "to" dropped (as patois
            # and pidgin drop it; not a route, "flying zenda to strelsau", nor where one
            # is invited to go)
        after = ws[end] if end < len(ws) else ""
        if role == "place" and j < start - 1 and after and (
                after not in self.lex.stopwords or (after,) in self.lex.leader_words) \
                and after not in self.lex.contact_words and after not in self.lex.question_words:
            role = "plain"  # "in the Zenda war", "at the Strelsau talks": the name describes
            # (so does "to the Zenda minister": a person)
        # "apart from Ana and Ben": everything from the exclusion to this name is left out
        # "counting Ana and Ben": within what is asked, so no filter
        earlier = set(ws[:start])
        # (an exclusion last: "not counting Ana" holds "counting")
        for phrases, marked in ((self.lex.inclusions, "included"),
                                (self.lex.exclusions, "excluded")):
            if phrases.firsts.isdisjoint(earlier):
                continue
            for phrase in phrases:
                if phrase[0] not in earlier:
                    continue
                at = find(ws[:start], phrase)
                if at >= 0 and all(w in ("and", "or", "the", ",") or w in self.lex.alias_words
                                   or w in self.lex.dialect_and  # ("… North Korea an …")
                                   for w in ws[at + len(phrase):start]):
                    role = marked
        k = j  # ("not Zenda or Strelsau": both set aside)
        while k > 1 and (ws[k] in ("and", "or") or ws[k] in self.lex.alias_words):
            k -= 1
        if role not in ("excluded", "included") and _set_aside(ws, k, self.lex) \
                and not self.lex.question_words.isdisjoint(ws):
            role = "excluded"  # "which countries did she visit, not Zenda and not Strelsau?"
        return Mention(name, start, end, role)

    def _leaders(self, ws: tuple[str, ...], found: list[Mention]) -> list[Mention]:
        """'the Ruritanian president', 'leader of Ruritania' -> the person, where one is known."""
        out = []
        for m in found:
            entity = self.entities[m.entity]
            people = self.leader_of.get(m.entity, ()) if entity.kind == "country" else ()
            # "the Ruritanian foreign minister" is not its president; "the Ruritanian
            # prime minister" is the one of its leaders who is that; "leaders", all
            # ("the president of Ruritania" of its prime minister: no one the articles
            # name, unless the claim names him too: "Ben is the president of Ruritania")
            named = {x.entity for x in found}
            people = tuple(p for p in people if not self._other_office(ws, m.end, p)
                           and (p in named or not self._other_office_before(ws, m, p)))
            if entity.kind == "country" and self._someone_from(ws, m):
                # "the portuguese lady", "ok and the russian, what did he sign": the article
                # subject from there, else its leader
                people = tuple(sorted(p for p in self.principal
                                      if self.entities[p].country == m.entity)) or people
                if people:
                    # (left out as the country was: "besides Li and the Zendan guy")
                    kept = m.role if m.role in ("excluded", "included") else "plain"
                    out += [Mention(p, m.start, m.end, kept) for p in people[:1]]
                    continue
            if people and (self._leader_word_at(ws, m.end) or self._leader_of_before(ws, m)):
                role = m.role if m.role in ("excluded", "included") else "plain"
                out += [Mention(p, m.start, m.end, role) for p in people]
            else:
                out.append(m)
        return out

    def _someone_from(self, ws: tuple[str, ...], m: Mention) -> bool:
        """'The Zendan lady', 'the Zendan guy', 'and the Zendan, what did he...': a person
        from that country, not the country."""
        after = ws[m.end] if m.end < len(ws) else ""
        return after in self.lex.person_nouns or (
            m.start > 0 and ws[m.start - 1] == "the" and m.end - m.start == 1
            and (not after or after in self.lex.question_words))

    def _roles(self, ws: tuple[str, ...]) -> tuple[str, ...]:
        """'which prime ministers': the roles named (outside names: "the Ruritanian
        foreign minister" is a person) that some entity's role has."""
        out = []
        at = Finder(ws)
        leader_words = self.lex.leader_words
        if leader_words.firsts.isdisjoint(at.where) and not any(
                w[-1:] == "s" and w[:-1] in leader_words.firsts for w in at.where):
            return ()  # (most questions name no office)
        for phrase in leader_words:
            if phrase[0] not in at.where and (len(phrase) > 1 or phrase[0] + "s" not in at.where):
                continue
            if at(phrase) < 0 and at((*phrase[:-1], phrase[-1] + "s")) < 0:
                continue  # ("prime ministers": the role "prime minister")
            words = " ".join(phrase)
            for role in (words, words[:-1] if words.endswith("s") else words):
                if role in self.roles_held:
                    out.append(role)
                    break
        # "foreign minister" asked: not also every "minister"
        return tuple(r for r in out if not any(r != o and r in o for o in out))

    def _not_theirs(self, office: tuple[str, ...], person: str) -> bool:
        """Is the office one someone holds ("foreign minister"), but not `person`?"""
        said = " ".join(office)
        return said in self.roles_held \
            and said not in (self.entities[person].role or "").casefold()

    def _other_office(self, ws: tuple[str, ...], i: int, person: str) -> bool:
        """The words after a country name an office someone holds ("foreign minister")
        that its leader does not."""
        j = i + 1 if i < len(ws) and ws[i] == "s" else i  # "ruritania's foreign minister"
        return j < len(ws) and any(ws[j:j + len(p)] == p and self._not_theirs(p, person)
                                   for p in self.lex.leader_words.by_first.get(ws[j], ()))

    def _other_office_before(self, ws: tuple[str, ...], m: Mention, person: str) -> bool:
        """'The president of Ruritania' of its prime minister: an office someone holds,
        said before the country, that its leader does not."""
        j = _before_country(ws, m)
        return any(self._not_theirs(p, person) for p in self.lex.leader_words.ending(ws, j))

    def _leader_word_at(self, ws: tuple[str, ...], i: int) -> bool:
        return i < len(ws) and any(ws[i:i + len(p)] == p
                                   for p in self.lex.leader_words.by_first.get(ws[i], ()))

    def _leader_of_before(self, ws: tuple[str, ...], m: Mention) -> bool:
        j = _before_country(ws, m)
        return m.role == "origin" and bool(self.lex.leader_words.ending(ws, j))

    def _intent(self, ws: tuple[str, ...], finder: Finder, asked: bool = False,
                spans: dict[int, int] | None = None, alone: bool = False,
                quoted: frozenset[int] = frozenset()
                ) -> tuple[IntentSpec | None, float, IntentSpec | None, frozenset[int], bool]:
        """The likeliest intent, its score, a close second, where its phrase stands, and
        whether the question is a claim by its tag or its form. Words `quoted` from the
        article ask nothing ("who said 'our future is written'?" is no question of what
        is ahead)."""
        lex = self.lex
        start = next((i for i, w in enumerate(ws) if w not in _FILLERS), 0)
        for preamble in lex.preambles.by_first.get(ws[start], ()) if start < len(ws) else ():
            if ws[start:start + len(preamble)] == preamble:  # "can you tell me who ..."
                start = next((i for i in range(start + len(preamble), len(ws))
                              if ws[i] not in _FILLERS), start)
                break
        # "she went to ruritania in july, right?": a yes/no question by its tag
        tagged = len(ws) > 3 and lex.tagged(ws)
        # "ana became minister in june?": a statement asked, with no question word; without
        # the question mark too when a name opens it and a verb follows ("ben and ana
        # talked about grain", "ben just started his 4th term in may")
        # ("and the Zenda forum?" goes on with the last question; no claim of its own)
        # (three words will do for a name and a contact verb: "Ana visited Paris"; and a
        # statement with a copula after "and" is a claim of its own: "and the last stop
        # was Zenda?")
        named_end = (spans or {}).get(start, len(ws))
        plain = (len(ws) > 3 or (len(ws) == 3 and named_end < len(ws)
                                 and ws[named_end] in lex.contact_words)) \
            and ws[start] not in lex.openers \
            and not any(w in lex.request_verbs for w in ws[:start + 1]) \
            and ws[start] not in lex.value_nouns \
            and not any(w in lex.question_words for w in ws) \
            and not any(ws[:len(p)] == p and (len(ws) - len(p) < 5 or not any(
                w in lex.copulas for w in ws[len(p):]))
                # ("and he invited Ana somewhere?": a clause with one person its subject
                # claims; "and they work there?" goes on with those just counted)
                and not (ws[len(p):len(p) + 1] and ws[len(p)] in lex.subject_pronouns
                         and ws[len(p)] in lex.singular_pronouns)
                # (nor "and Ben signed a pact with Ana?": a name, then what it did)
                and not ((end := (spans or {}).get(len(p))) is not None and end < len(ws)
                         and (ws[end] in lex.contact_words
                              or (len(ws[end]) > 4 and ws[end].endswith("ed"))))
                for p in lex.continuations)
        named = {i for a, b in (spans or {}).items() for i in range(a, b)}
        # where the words after an opening name or pronoun start ("she left lisbon")
        opening = ws[start] if start < len(ws) else ""
        after_subject = (spans or {}).get(start) or (
            start + 1 if opening in lex.subject_pronouns else None) or (
            (spans or {}).get(1) if start == 0 and opening in lex.determiners else None)
        verb = plain and any(  # a verb said: "talked", "met", "is", "isn't", "hosts" (no
            # word of a name; only a statement's verb counts)
            w in lex.copulas or w in lex.negated_auxiliaries
            or (len(w) > 4 and w.endswith("ed")) or stem(w) != light_stem(w)
            or (w.endswith("s") and w[:-1] in lex.contact_words)
            # ("ana hosts the forum"; "ana's country holds the presidency": past the noun
            # the name owns)
            or (i - (spans or {}).get(start, start + 1) in (0, 1) and w.endswith("s")
                and not w.endswith("ss") and ws[i + 1:i + 2] and ws[i + 1] in lex.determiners)
            # a word between two names is what one did to the other ("ana left lisbon")
            or (i == after_subject and i + 1 in (spans or {}) and w not in lex.stopwords)
            # an auxiliary right after the name ("acme will open a route to Zenda?")
            or (i == after_subject and w in lex.openers and w not in lex.copulas
                and ws[i + 1:i + 2] and ws[i + 1] not in lex.stopwords)
            # a deed of a kind the articles tell, right after the name ("koroi invite her
            # to the summit in december")
            or (i == after_subject and opening not in lex.determiners
                and w not in lex.occasion_nouns and w not in lex.journey_words
                and not w.endswith("s")  # ("the Zenda trip", "ben's visits": nouns)
                and any((w,) in ps.by_first.get(w, ()) for ps in lex.kind_words.values()))
            for i, w in enumerate(ws[start + 1:], start=start + 1) if i not in named)
        stated = after_subject is not None and verb
        # ("first and last stops of the tour?": no verb, name or figure, no claim)
        tagged = tagged or (plain and ((asked and (verb or bool(spans) or any(
            number(w) is not None for w in ws))) or stated))
        best: dict[str, tuple[float, IntentSpec, frozenset[int]]] = {}

        def consider(spec: IntentSpec, phrase: tuple[str, ...], at: int) -> None:
            if spec.at_start and at != start:
                return  # "what will it act as?" is no order
            if at >= 2 and ws[at - 1] in lex.quote_nouns and ws[at - 2] in lex.determiners \
                    and phrase[0] in lex.question_words:
                return  # "wasn't there a quote where she said …": what was said, no place
            after = ws[at + len(phrase):at + len(phrase) + 3]
            if spec.answer == "about" and phrase[-1] in lex.progressive and after[:1] \
                    and (after[0] in lex.subject_pronouns or after[0] not in lex.stopwords) \
                    and any(_gerund(w) or w in lex.onward_verbs for w in after[1:]):
                return  # "who is she meeting?", "what is Ana hosting?", "who is she going
                # to see?": no one's identity
            if spec.answer == "about" and phrase[-1] in lex.progressive and after[:1] \
                    and _gerund(after[0]):
                return  # "who is trying to isolate Ana?": who does it, not who someone is
            if spec.answer == "about" and phrase[0] in lex.generic_questions \
                    and len(phrase) == 2 and phrase[1] in lex.copulas \
                    and (end := (spans or {}).get(at + len(phrase))) is not None \
                    and any(w not in lex.stopwords for w in ws[end:]):
                return  # "what is Zenda's trade worth?": a thing of Zenda's, not Zenda
            if spec.answer == "about" and phrase[0] in lex.generic_questions \
                    and len(phrase) == 2 and phrase[1] in lex.copulas \
                    and ws[at + 2:at + 3] and ws[at + 2] in lex.determiners \
                    and at + 3 not in (spans or {}) and len(ws) - at > 5 \
                    and any(w in ("for", "of") for w in ws[at + 4:]):
                return  # "what is the age limit for the visa?": a thing asked, no one's
            if spec.answer == "who" and at > start and opening in lex.question_words \
                    and opening not in lex.generic_questions and opening != phrase[0] \
                    and phrase[0] not in lex.question_words:
                return  # "how did the other leaders react?": how, not who
            if spec.answer == "enumerate" and after[:1] and _gerund(after[0]):
                return  # "what were they talking about?": no list counted before
            if spec.answer == "trips" and at > start + 3 and ws[at - 1] in lex.determiners \
                    and opening in lex.question_words and ws[start + 1] in lex.openers:
                return  # "what did she pledge during her stop in Zenda?": the stop is
                # where it was asked, not the trips asked
            if spec.answer == "upcoming" and at > start + 1 and opening in lex.openers \
                    and not set(ws) & lex.existential_subjects and (
                        ws[start + 1:start + 2] != ws[at:at + 1]):
                # "did Ana say the future is in the Pacific?", "is the flight planned for
                # next year?": a claim checked, not what comes next ("is there anything
                # planned?", "does she have something planned?" ask it)
                return
            if spec.answer == "who" and opening in lex.generic_questions \
                    and phrase[0] not in lex.question_words \
                    and ws[start + 1:start + 2] and ws[start + 1] in lex.openers:
                return  # "what did the presidents promise?": what, not who, is asked
            if tagged and at > start + 1 and phrase[0] in lex.question_words \
                    and spec.answer != "yes_no" and ws[at - 1] not in ("and", "or") \
                    and ws[at - 1] not in lex.stopwords \
                    and ws[at + 1:at + 2] and ws[at + 1] not in lex.openers:
                return  # "the summit where they met was in Zenda, wasnt it": a relative
            if at > start and phrase[0] in lex.question_words \
                    and opening in lex.question_words and phrase[0] != opening \
                    and ws[at - 1] not in ("and", "or"):
                # "what did he sign when he was there", "who's upset about how much it
                # costs": "when", "how much" open a clause
                return
            if at > start + 1 and opening in lex.openers and phrase[0] in lex.clause_whens \
                    and ws[at - 1] not in ("and", "or") and ws[at - 1] not in lex.in_situ_blockers \
                    and ws[at + 1:at + 2] and ws[at + 1] not in lex.openers:
                return  # "did Zenda object when Ana went there?": yes or no, at that time
            # the question word a question opens with says most about it
            # (the generic "what"/"which" and yes/no openers excepted)
            lead = 25 if at == start and spec.priority >= 20 \
                and phrase[0] not in lex.generic_questions else 0
            if spec.answer == "yes_no":
                lead = 20 if tagged and at != start else 15  # a claim, by its tag
                if at < 0 and plain and stated:
                    lead = 42  # "Ana and Ben discussed the plant?": a statement of a name,
                    # whatever words of other kinds it holds ("discussed", "reason")
            value = spec.priority + 10 * (len(phrase) - 1) + lead
            if value > best.get(spec.name, (0.0,))[0]:
                where = frozenset(range(at, at + len(phrase))) if at >= 0 else frozenset()
                best[spec.name] = (value, spec, where)

        for i, w in enumerate(ws):
            if i in quoted:
                continue
            for spec, phrase in lex.intent_singles.get(w, ()):
                if spec.answer != "yes_no" or i == start:
                    consider(spec, phrase, i)
            for spec, phrase in lex.intent_pairs.get(ws[i:i + 2], ()) if i + 1 < len(ws) else ():
                if ws[i:i + len(phrase)] == phrase and (spec.answer != "yes_no" or i == start):
                    consider(spec, phrase, i)
        for at in (i for i, w in enumerate(ws) if w in lex.generic_questions):
            # "which zendan leader", "which african countries": the phrase "which leader",
            # "which countries" around the name (a leader word in it kept); later in the
            # message too ("she met which aussie minister?")
            if not (end := (spans or {}).get(at + 1)):
                continue
            kept = [w for w in ws[at + 1:end] if (w,) in lex.leader_words]
            bare = (ws[at], *kept, *ws[end:])
            for spec, phrase in lex.intent_index.get(ws[at], ()):
                if len(phrase) > 1 and bare[:len(phrase)] == phrase:
                    consider(spec, phrase, start)
        # "there are 20,000 sailors on their ships", "trade tripled last year": a statement
        # with a verb and nothing else asked is a claim to check ("after Zenda she flew to
        # Strelsau" too)
        # ("First stop was Manila and she ended in Jakarta.": a statement of names, sent
        # as the whole message, is a claim whatever words of other kinds it holds)
        told = alone and plain and verb and len(ws) >= 3 and not asked and bool(spans) \
            and not any(w in lex.negated_auxiliaries for w in ws)  # (a denial is subtler)
        # (chit-chat words beside a statement, "… is wild ngl", ask nothing of their own)
        chatter = all(v[1].priority < 10 for v in best.values()) \
            and any(w[:1].isdigit() for w in ws)  # (a statement of figures, in digits)
        # ("80k seafarers on their ships, wild": a figure of something the articles count,
        # said with no verb, is told too; "3 letters: the airline" is a clue)
        counted = chatter and any(w[:1].isdigit() and lex.knows(next(  # (past "thousand")
            (x for x in ws[i + 1:] if x not in lex.scales), ""))
            for i, w in enumerate(ws[:-1]))
        tagged = tagged or told or (alone and (not best or chatter) and plain
                                    and (verb or counted) and len(ws) > 3)
        if tagged:
            for spec in lex.intents:
                if spec.answer == "yes_no" and spec.name not in best:
                    consider(spec, spec.phrases[0], -1)
        scored = list(best.values())
        if not scored:
            return None, 0.0, None, frozenset(), tagged
        scored.sort(key=lambda s: -s[0])
        figure = any(number(w) is not None for w in ws)  # ("she visited six countries total")
        if ((told and not stated) or (stated and figure and alone and not asked)) \
                and scored[0][1].answer not in ("yes_no", "decline"):
            # a statement is checked, not answered as the question its words suggest (one
            # opening with its subject has its claim weighed with the rest already)
            scored.sort(key=lambda s: s[1].answer != "yes_no")
        if len(ws) > 4 and lex.tagged(ws) and ws[start] not in lex.openers \
                and not any(w in lex.question_words for w in ws) \
                and scored[0][1].answer == "upcoming" \
                and set(ws).isdisjoint(lex.existential_subjects | {"some"}):
            # "Acme plans to launch a flight next year, right?": a plan stated with its tag
            # is a claim to check, not a question of what comes next ("they have some
            # meeting coming up, right?" asks what it is)
            scored.sort(key=lambda s: s[1].answer != "yes_no")
        top_score, top, where = scored[0]
        # a close second: near in score, or another question word ("when and where")
        runner = next((spec for s, spec, _ in scored[1:] if spec.answer != top.answer
                       and (top_score - s <= 12 or (spec.priority >= 25 and top_score - s <= 35))),
                      None)
        return top, top_score, runner, where, tagged

    def _kinds(self, ws: tuple[str, ...], at: Finder, mentions: tuple[Mention, ...]
               ) -> tuple[str, ...]:
        """Kinds of contact named. 'Ana visited' is her trip; 'visited Ana' means she
        hosted; 'who visited Zenda' could be either, so it filters nothing."""
        if self.lex.kind_firsts.isdisjoint(at.where):
            return ()  # (most questions name no kind of contact)
        kinds = []
        found = {kind: phrases.starts(at.where, ws)
                 for kind, phrases in self.lex.kind_words.items()}
        # "who did she host before her trip": the trip is when, not what is asked
        cut = min([*self.lex.before.starts(at.where, ws), *self.lex.sequence.starts(at.where, ws)],
                  default=len(ws))
        if any(s < cut for spots in found.values() for s in spots):
            found = {kind: [s for s in spots if s < cut] for kind, spots in found.items()}
        for kind, spots in found.items():
            if not spots:
                continue
            if kind in ("visit", "hosted"):
                # "Ana visited" / "Ana hosted": as said; "visited Ana" means she hosted,
                # "hosted Ana" that she visited; "who visited Zenda" filters nothing
                other = "hosted" if kind == "visit" else "visit"
                first = min(spots)
                by = [m.start for m in mentions if m.entity in self.principal]
                if any(s < first for s in by):
                    kinds.append(kind)
                elif any(s > first and (kind == "visit" or s - first <= 2) for s in by):
                    kinds.append(other)  # "hosted Ana" right after the verb: her trip
                elif kind == "hosted":
                    kinds.append(kind)
                continue
            kinds.append(kind)
        return tuple(dict.fromkeys(kinds))

    def _counted(self, ws: tuple[str, ...], covered: set[int], at: Finder) -> tuple[str, ...]:
        """The words after 'how many' up to the verb, names skipped: what is counted."""
        for phrase in self.counting:
            i = at(phrase)
            if i < 0:
                continue
            out: list[str] = []
            for j in range(i + len(phrase), len(ws)):
                if j in covered:
                    continue
                if j == i + len(phrase) and ws[j] in self.lex.copulas \
                        and ws[j + 1:j + 2] and ws[j + 1] in self.lex.stopwords \
                        and ws[j + 1] not in self.lex.subject_pronouns:
                    continue  # "how many are these sailors": what follows is counted
                if ws[j] in self.lex.openers or ws[j] in self.lex.subject_pronouns or (
                        ws[j] in self.lex.contact_words and ws[j] not in self.lex.nouns):
                    break  # the verb: "how many countries did she visit"; its subject:
                    # "how many meetings she had"
                if out and (ws[j] in self.lex.object_pronouns or (
                        ws[j] in self.lex.locative_time and ws[j + 1:j + 2]
                        and ws[j + 1] in self.lex.determiners)):
                    break  # "how many leaders (does the article list) him meeting"; "how
                    # many times in this period": the time is no thing counted
                if ws[j] not in self.lex.stopwords or ws[j] in self.lex.nouns:
                    out.append(ws[j])
            if not out and i and i + len(phrase) == len(ws):
                # "and the seafarers, how many?": what is counted, said before
                out = [w for j, w in enumerate(ws[:i]) if j not in covered
                       and w not in self.lex.stopwords and w not in self.lex.linking]
            return tuple(out)
        return ()

    def _times(self, ws: tuple[str, ...], where: dict[str, list[int]]) -> tuple[str, ...]:
        out = [" ".join(ws[i:i + len(p)]) for p in self.lex.relative_times
               if p[0] in where for i in where[p[0]] if ws[i:i + len(p)] == p][:4]
        # ("5 years ago": a time before now, not a figure)
        out += [" ".join(ws[i:i + 3]) for i in range(len(ws) - 2)
                if ws[i + 2] in self.lex.ago_words and ws[i + 1] in self.lex.time_units
                and number(ws[i]) is not None][:1]
        # ("on a friday": a day of the week)
        out += [w for i, w in enumerate(ws) if w in self.lex.weekdays and i
                and (ws[i - 1] in self.lex.locative or ws[i - 1] in self.lex.determiners)][:1]
        for i, w in enumerate(ws):
            before = ws[i - 1] if i else ""
            # "since May", "since last September": a span's start, no time of the claim
            if w not in self.lex.months or before == "since" or (
                    i > 1 and ws[i - 2] == "since" and before in ("last", "early", "late", "mid")):
                continue
            # "may" is a month only after a preposition ("in May", "during may")
            day = [n for n in (number(before) if i else None,
                               number(ws[i + 1]) if i + 1 < len(ws) else None)
                   if n is not None and 1 <= n <= 31]
            if w != "may" or before in (
                    "in", "on", "during", "until", "by", "before", "after", "of", "early",
                    "late", "mid", "last", "this") or day:
                out.append(w)  # ("may 3", "3 may": a date, whatever comes before it)
        if len(out) > 1:  # "in November this year": the month is the time asked
            out = [t for t in out if t not in self.lex.current_year_times] or out
        return tuple(out)

    def _unknown_names(self, ws: tuple[str, ...], covered: set[int], capitalised: frozenset[str],
                       cased: bool = False) -> tuple[tuple[str, ...], bool]:
        """Unknown words where a name would stand: 'meet Bob', 'in Paris', 'did Bob'.
        `cased`: the message capitalises names ("Ana"), so a word it does not is none."""
        lex, out, subject = self.lex, [], False

        def ordinary(w: str) -> bool:  # ("anymore", "online": everyday, if not in web2;
            # "the meeting in Bangkok": a capital inside the sentence marks a name)
            return (is_common_word(w) or w in everyday()) and w not in capitalised

        for i, w in enumerate(ws):
            if i in covered or lex.knows(w) or not w.isalpha() or w in lex.weekdays \
                    or w in lex.negations or w in lex.article_nouns \
                    or w in lex.singular_pronouns or w in lex.pronouns \
                    or (len(w) < 3 and (w not in capitalised or w in lex.name_openers)):
                continue  # ("the UN" is a name; "Mr" opens one; "on a friday" a day;
                # "has never been": no name)
            if (w.endswith("ly") and is_common_word(w)) or number(w) is not None:
                continue  # "to see barely a week after": an adverb; "met twice": no name
            if i == 0 and len(w) > 3 and not ordinary(w) and ws[1:2] \
                    and (ws[1] in lex.copulas or ws[1] in lex.contact_words):
                out.append(w)  # "acme is going to fly it?", "bob met Ana?": a name the
                # claim opens with
                subject = True
                continue
            j = i - 1
            while j >= 0 and (ws[j] in lex.name_openers or (
                    j not in covered and not lex.knows(ws[j]) and ws[j].isalpha())):
                j -= 1  # "did Joe Biden": past the name's other unknown words
            opener = j >= 0 and ws[j] in lex.openers
            acts = i + 1 < len(ws) and ws[i + 1] in lex.contact_words
            if opener and ordinary(w) and not acts:
                continue  # "is already", "did either": words; "did macron visit": a name
            if j >= 0 and (ws[j], w) in lex.locative_idioms:
                continue  # "come into force": a phrase, no place
            if j >= 0 and ws[j] in lex.locative and ordinary(w) and (cased or (
                    i + 1 < len(ws) and ws[i + 1] not in lex.name_followers)):
                # "to pretty much", "to paint Ben", "in a couple sentences": words;
                # "to paris?", "in berlin and ..." stay names (not in a message that
                # capitalises its names: "did Ana go into politics?")
                continue
            if j >= 0 and ws[j] in lex.occasion_nouns and ordinary(w):
                continue  # "the meetings cover": no name; "meet Bob" may be one
            if j >= 0 and ws[j] in lex.copulas and ordinary(w):
                continue  # "has been relying": a verb after "been", no name
            if j >= 1 and ws[j] in ("and", "with") and ordinary(w) and j - 1 not in covered:
                continue  # "roads and bridges": words; "Li and Bob": Bob may be a name
            if j >= 0 and (ws[j] in lex.contact_words or ws[j] in lex.locative
                           or ws[j] in lex.origin or opener or ws[j] in ("and", "with")):
                out.append(w)
                subject = subject or (ws[j] in lex.openers and all(
                    not lex.knows(w) for w in ws[j + 1:i]))
        return tuple(out), subject


_INSIDE = r"(?<![.!?]\s)(?<!^)(?<=\s)"  # a word inside a sentence, not opening one
_CAPITALISED = re.compile(_INSIDE + r"([A-Z][a-z]+|[A-Z]{2,})\b")  # ("the UN")
_TITLED = re.compile(_INSIDE + r"[A-Z][a-z]+\b")


def _capitalised(text: str) -> frozenset[str]:
    """Words typed with a capital inside a sentence (folded), where English puts names;
    none when the whole question is in capitals."""
    if text.upper() == text:
        return frozenset()
    # (a common word shouted, "on the FRONT LINE", is emphasis; "the UN", "OPEC" are names)
    return frozenset(w.casefold() for m in _CAPITALISED.finditer(text.strip())
                     if not ((w := m.group(1)).isupper() and len(w) > 3
                             and is_common_word(w.casefold())))


def _titled(text: str) -> bool:
    """Does the message write a word inside a sentence as a name ("Ana", not "FM")?"""
    return _TITLED.search(text.strip()) is not None


def _as_typed(word: str, text: str) -> str:
    """A folded word as the question wrote it, for replies that name it back."""
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    return found.group(0) if found else word
