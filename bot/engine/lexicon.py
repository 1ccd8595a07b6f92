"""What the engine knows of words, built once per snapshot: spelling, aliases, intents.

Typos are mended first, by rapidfuzz against the words the bot knows (the article's,
the aliases', the intents'); everything after that matches exactly. So "erdogn", "putn",
"kazakstan" and "xi jinpin" become known words before any lookup, and an ordinary English
word the bot does not know stays as it is: it never turns into an entity.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from bot.engine.phraseset import PhraseSet
from bot.engine.text import light_stem, marks_of, stem, tokens
from bot.settings import EngineSettings
from bot.store.load import Snapshot

if TYPE_CHECKING:
    from bot.engine.parse import Parsed

_VOWELS = frozenset("aeiouy")
# letters heard alike, as one sound: lips (p, b, f, v), tongue tip (t, d), the back and
# hiss (k, g, c, s, z, j, x, q), the nose (m, n); vowels, h and w say too little to keep
_SOUNDS = str.maketrans("bfpvdtcgjkqsxzmnlr", "ppppttkkkkkkkknnlr", "aeiouyhw")
# how alike, letter for letter, a word heard as a name must still be (0-100): the sounds
# match loosely ("zender", Zenda), so the letters must not be strangers ("zoned", Zenda);
# where a person's name stands, less ("did benny go …": Benno); words run together, more
_HEARD_ALIKE = 70.0
_HEARD_AS_SUBJECT = 65.0
_HEARD_JOINED = 75.0


def sound_key(word: str) -> str:
    """How a word sounds, roughly: its consonants by class, runs of one class as one
    ("benton" and "bent on" are both p-n-t-n)."""
    heard = word.translate(_SOUNDS)
    return "".join(ch for i, ch in enumerate(heard) if not i or heard[i - 1] != ch)


class WordList:
    """A sorted, newline-separated word list searched in place: one bytes object, no
    per-word Python objects, so it costs its size (2 MB) and nothing to the garbage
    collector."""

    def __init__(self, blob: bytes) -> None:
        self.blob = blob

    def __contains__(self, word: str) -> bool:
        key, blob = word.encode(), self.blob
        lo, hi = 0, len(blob)
        while lo < hi:
            mid = (lo + hi) // 2
            start = blob.rfind(b"\n", 0, mid) + 1
            end = blob.find(b"\n", start)
            end = len(blob) if end < 0 else end
            here = blob[start:end]
            if here == key:
                return True
            if here < key:
                lo = end + 1
            else:
                hi = start
        return False


@lru_cache(maxsize=1)
def everyday() -> frozenset[str]:
    """The ~3,000 most frequent English words (scripts/make_everyday.py, from wordfreq):
    no sign of a question off the articles' topic."""
    text = Path(__file__).with_name("everyday.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


@lru_cache(maxsize=1)
def _common_words() -> WordList:
    # The lowercase entries of Webster's 2nd (web2), which writes proper nouns capitalised:
    # ordinary words ("hungry", "turnkey") are here, names ("Bahrein") are not. Made from
    # the english-words package's web2 list, sorted bytewise.
    with gzip.open(Path(__file__).with_name("common_words.txt.gz"), "rb") as f:
        return WordList(f.read().strip())


@lru_cache(maxsize=65536)  # a word looked up in 2 MB by halves, asked again and again
def is_common_word(word: str) -> bool:
    """An ordinary English word, inflections included ("putting", "meetings")."""
    words = _common_words()
    forms = {word}
    for suffix in ("s", "es", "ed", "ing", "er", "est"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            forms |= {base, base + "e"}
            if len(base) > 3 and base[-1] == base[-2]:
                forms.add(base[:-1])  # "putting" -> "putt" -> "put"
    if word.endswith(("ies", "ied")):
        forms.add(word[:-3] + "y")  # "relied": "rely"
    return any(f in words for f in forms)


def _dropped(said: Iterable[str]) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Phrases to take out of a question, by first word, longest first, in the shape of
    the phrasal table (each read as nothing)."""
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for t in sorted((t for p in said if (t := tuple(tokens(p)))), key=len, reverse=True):
        out.setdefault(t[0], []).append((t, ()))
    return out


def _transposed(word: str, known: frozenset[str]) -> str | None:
    """The one known word that `word` becomes with two neighbouring letters swapped (the
    commonest slip of fast typing), if there is exactly one and `word` is no English word."""
    if is_common_word(word):
        return None
    found = {w for i in range(len(word) - 1) if word[i] != word[i + 1]
             and (w := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in known}
    return found.pop() if len(found) == 1 else None


# How alike an English word must be to an everyday word to be taken for a typo of it.
COMMON_TYPO = 90


def _same_word(word: str, target: str, names: frozenset[str], grammar: frozenset[str],
               similarity: float) -> bool:
    """May the English word `word` be read as `target`? As another form of it
    ("complained", "complaints"; "become", "became") or as a near-identical everyday word
    ("meting", "meeting"), never as a name or another word of the articles: "hungry"
    stays hungry, "costing" is not "hosting", "tips" is not "trips"."""
    if target in names or word[:1] != target[:1]:
        return False  # ("holder" is no "older": an English word keeps its first letter)
    if abs(len(word) - len(target)) >= 2 and stem(word) != stem(target) \
            and not target.startswith(word):
        # "triple" is no "trip", "tripled" no "tried": another word, no slip (but
        # "unconditional" may be "unconditionally")
        return False
    shared = next((i for i, (a, b) in enumerate(zip(word, target, strict=False)) if a != b),
                  min(len(word), len(target)))
    return stem(word) == stem(target) \
        or shared >= max(3, min(len(word), len(target)) - 2) \
        or (shared >= 3 and len(word) == len(target)) \
        or (target in grammar and similarity >= COMMON_TYPO)


@dataclass(frozen=True, slots=True)
class IntentSpec:
    name: str
    answer: str
    priority: int
    phrases: tuple[tuple[str, ...], ...]
    example: str | None
    reply: str | None = None  # the reply text a decline or greeting intent gets
    # a decline that gives way when the articles use its words of what the question
    # names: "what's the capital of Ruritania?" of an article that says it
    unless_named: bool = False
    at_start: bool = False  # its phrases count only where they open the question


class AliasTable:
    """Alias token sequences -> entity, read from the store by their first word when a
    question holds it (a bounded cache keeps the newest), instead of every alias at load.
    The first alias in alias order wins a sequence two aliases share, as it always did."""

    def __init__(self, snapshot: Snapshot, limit: int = 8192) -> None:
        self._snapshot = snapshot
        self._limit = limit
        self._by_first: OrderedDict[str, dict[tuple[str, ...], str]] = OrderedDict()
        self._lock = threading.Lock()

    def starting(self, word: str) -> dict[tuple[str, ...], str]:
        # (a hit is read without the lock, a dict read being atomic; the cache then drops
        # its oldest word first, which keeps the common ones as well for these sizes)
        found = self._by_first.get(word)
        if found is not None:
            return found
        found = {}
        for key, name in self._snapshot.aliases_starting(word):
            found.setdefault(key, name)
        with self._lock:
            self._by_first[word] = found
            if len(self._by_first) > self._limit:
                self._by_first.popitem(last=False)
        return found

    def get(self, key: tuple[str, ...]) -> str | None:
        return self.starting(key[0]).get(key) if key else None


class Lexicon:
    def __init__(self, snapshot: Snapshot, settings: EngineSettings) -> None:
        vocab = snapshot.vocabulary
        self.settings = settings
        self.stopwords = frozenset(vocab["stopwords"])
        self.aliases = AliasTable(snapshot)
        self._snapshot = snapshot
        self.longest_alias = snapshot.words.longest_alias
        self.intents = tuple(
            IntentSpec(i["name"], i["answer"], i["priority"],
                       tuple(t for p in i["phrases"] if (t := tuple(tokens(p)))),
                       i.get("example"), i.get("reply"), bool(i.get("unless_named")),
                       bool(i.get("at_start")))
            for i in snapshot.intents)
        # "what is this story even about?": the overview, whatever words stand between
        self.overview = next((i for i in self.intents if i.answer == "overview"), None)
        self.claim_intent = next((i for i in self.intents if i.answer == "yes_no"), None)
        self.count_intent = next((i for i in self.intents if i.answer == "count"), None)
        self.overview_nouns = frozenset(vocab.get("overview_nouns", ()))
        # every word of a greeting's phrases: "thanks!!", "hi there" say nothing more
        self.chat_words = frozenset(w for spec in self.intents if spec.answer == "greeting"
                                    for p in spec.phrases for w in p)
        # one-word hellos ("hi", "niaje"): before a question, no word of it
        self.hellos = frozenset(p[0] for spec in self.intents if spec.name == "greeting"
                                for p in spec.phrases if len(p) == 1)

        # intent phrases by their first word: a question is scanned once, not per phrase
        self.intent_index: dict[str, list[tuple[IntentSpec, tuple[str, ...]]]] = {}
        # the words that open a refusing intent's phrase ("invent", "pretend"): chatter
        # before a question word that holds one is an order, never dropped
        # the phrases of the intents that decline as off topic (no order refused): a
        # sentence told before a question that holds one is chatter (Parser.unchatted)
        self.declining = PhraseSet(tuple(p for spec in self.intents if spec.answer == "decline"
                                         and spec.reply is None for p in spec.phrases))
        self.refusal_firsts = frozenset(p[0] for spec in self.intents
                                        if spec.answer == "decline" and spec.reply == "instructions"
                                        for p in spec.phrases)
        # (the same, by a phrase's first word alone or its first two: a question's word is
        # checked against the phrases that can start there, not every phrase it opens)
        self.intent_singles: dict[str, list[tuple[IntentSpec, tuple[str, ...]]]] = {}
        self.intent_pairs: dict[tuple[str, ...], list[tuple[IntentSpec, tuple[str, ...]]]] = {}
        for spec in self.intents:
            for phrase in spec.phrases:
                self.intent_index.setdefault(phrase[0], []).append((spec, phrase))
                if len(phrase) == 1:
                    self.intent_singles.setdefault(phrase[0], []).append((spec, phrase))
                else:
                    self.intent_pairs.setdefault(phrase[:2], []).append((spec, phrase))

        def phrases(key: str) -> PhraseSet:
            return PhraseSet(tuple(t for p in vocab.get(key, ()) if (t := tuple(tokens(p)))))

        def pairs(key: str) -> tuple[tuple[str, str], ...]:
            """A list's "said = meant" lines (the loader strips them: "-wise =" means '')."""
            return tuple((said.strip(), meant.strip()) for said, _, meant in (
                s.partition("=") for s in vocab.get(key, ()) if "=" in s))

        self.openers = frozenset(vocab["openers"])
        # (the first, "is", is the one a claim is put with: "calls Ben the X" -> "Ben is the X")
        self.copula = next(iter(vocab.get("copulas", ())), "")
        # what a second claim in one message may open with ("…, and she met Ben", "…, and
        # this was her first"): a person, or the event the first claim told
        self.event_words_alone = frozenset(p for p in vocab.get("event_pointers", ())
                                           if " " not in p)
        self.claim_subjects = frozenset(vocab.get("subject_pronouns", ())) \
            | self.event_words_alone
        self.copulas = frozenset(vocab.get("copulas", ()))  # "is", "was": an adjective next
        self.question_words = frozenset(vocab.get("question_words", ()))
        self.comparatives = frozenset(vocab.get("comparatives", ()))  # "more", "fewer"
        self.span_comparatives = frozenset(  # "longer", "shorter"
            (*vocab.get("span_comparatives", ()), *vocab.get("span_shorter", ())))
        self._everyone = tuple(t for p in vocab.get("every_subject", ()) if (t := tuple(tokens(p))))
        self._reciprocals = tuple(t for p in vocab.get("reciprocals", ())
                                  if (t := tuple(tokens(p))))
        # grammar words that can still be what "how many" counts ("countries", "people")
        self.nouns = frozenset(vocab.get("counted_nouns", ()))
        self.anaphora = phrases("anaphora")
        self.pointing = phrases("pointing_phrases")  # "that time": no word of the question
        self.premise_openers = phrases("premise_openers")  # "since it began in Zenda, ..."
        self.possessive_relatives = frozenset(vocab.get("possessive_relatives", ()))
        self.request_openers = phrases("request_openers")  # "can you" (list ...)
        self.mention_phrases = phrases("mention_phrases")  # "comes up in both articles"
        self.article_nouns = frozenset(vocab.get("article_nouns", ()))
        self.journey_frames = phrases("journey_frames")  # "... on the tour?"
        self.additives = frozenset(vocab.get("additives", ()))  # "(on the tour) too"
        self.comparison_words = frozenset(vocab.get("comparison_words", ()))  # "A or B"
        self.existence_words = frozenset(vocab.get("existence_words", ()))  # "any (from …)?"
        self.among_them = phrases("among_them")  # "(any from Zenda) among them?"
        self.guess_openers = phrases("guess_openers")  # "(…?) i think it was …"
        self.self_doubts = phrases("self_doubts")  # "(… too) or am i thinking of …"
        # "…? If so, for what?": the condition that opens a follow-up, as a pattern
        if_so = "|".join(r"\s+".join(map(re.escape, p.split()))
                         for p in sorted(vocab.get("if_so", ()), key=len, reverse=True))
        self.if_so = re.compile(rf"\?\s+(?:{if_so})\s*[,:]?\s+(?=\S)", re.IGNORECASE) \
            if if_so else None
        # "… in zenda.. i mean in strelsau": the marker, as a pattern over the typed text
        corrections = "|".join(r"[\s,]+".join(map(re.escape, p.split()))
                               for p in sorted(vocab.get("self_corrections", ()), key=len,
                                               reverse=True))
        self.self_correction = re.compile(
            rf"(?P<old>\b[\w'-]+)[\s,.…]*\b(?:{corrections})\b[\s,]+(?P<new>[^,.;?!]+)",
            re.IGNORECASE) if corrections else None
        # (each marker's last word, which a match holds: most messages hold none)
        self.self_correction_marks = marks_of(
            p.split()[-1] for p in vocab.get("self_corrections", ()) if p.split())
        self.name_word_blockers = phrases("name_word_blockers")  # "so called"
        self.who_guesses = phrases("who_guesses")  # "(who …?) was it Ben?"
        self.share_questions = phrases("share_questions")  # "how much of the 40 million"
        self.frames_by_last: dict[str, tuple[tuple[str, ...], ...]] = {}
        for p in self.journey_frames:
            self.frames_by_last[p[-1]] = (*self.frames_by_last.get(p[-1], ()), p)
        self.totals = frozenset(vocab.get("totals", ()))  # "all (six) countries"
        self.determiners = frozenset(vocab.get("determiners", ()))  # "holds the ..."
        self.cleft_openers = phrases("cleft_openers")  # "it was (Ana who ...)"
        self.identity_questions = phrases("identity_questions")  # "who is"
        self.first_person = frozenset(vocab.get("first_person", ()))  # "my", "i"
        self.likeness = frozenset(vocab.get("likeness_words", ()))  # "as"
        self.comparison_openers = phrases("comparison_openers")  # "like Ben, …"
        self.comparison_cues = frozenset(vocab.get("comparison_cues", ()))  # "like Ben did"
        self.clarifiers = frozenset(vocab.get("clarifiers", ()))  # "…? like, what's …"
        # ("# of trips"): each sign, where it stands alone, and the word it stands for
        self.written_signs = tuple(
            (re.compile(rf"(?<!\S){re.escape(sign)}(?=\s)", re.I), f" {word} ", marks_of([sign]))
            for sign, word in pairs("written_signs"))
        self.clipped_endings = pairs("clipped_endings")  # ("happenin": "happening")
        self.said_spellings = pairs("said_spellings")  # ("staht": "start")
        self.stray_possessives = dict(pairs("stray_possessives"))  # ("their": "there")
        self.possessed = frozenset(vocab.get("possessed", ()))  # ("your own": no "you're")
        # ("came" -> [(("came", "to"), ("was",))]: before a figure only), by first word
        self.figure_phrasals: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for typed, meaning in pairs("figure_phrasals"):
            if (told := tuple(tokens(typed))):
                self.figure_phrasals.setdefault(told[0], []).append(
                    (told, tuple(tokens(meaning))))
        # ("had" -> [("over", ("hosted",))]: "had the minister over")
        self.split_phrasals: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for split, meant in pairs("split_phrasals"):
            verb, _, particle = split.partition(" ")
            self.split_phrasals.setdefault(verb, []).append((particle, tuple(meant.split())))
        self.asked_over = dict(pairs("asked_over"))  # "asked (her) to come": "invited …"
        self.coming_verbs = frozenset(vocab.get("coming_verbs", ()))
        self.indefinite = frozenset(vocab.get("indefinite_articles", ()))  # "a", "an"
        self.honorifics = frozenset(vocab.get("honorifics", ()))  # "Mr" before a name
        # "-ji" after a name ("Anaji")
        self.honorific_suffixes = tuple(vocab.get("honorific_suffixes", ()))
        self.abbreviations = frozenset(vocab.get("abbreviations", ()))  # "St." ends no sentence
        self.relative_leads = frozenset(vocab.get("relative_leads", ()))  # "after which"
        self.naming_verbs = frozenset(vocab.get("naming_verbs", ()))  # "calls him a pariah"
        self.specific_words = frozenset(vocab.get("specific_words", ()))  # "exactly"
        self.denied_alternatives = phrases("denied_alternatives")  # "(in Suva) and not (in Manila)"
        self.cleft_relatives = frozenset(vocab.get("cleft_relatives", ()))
        self.clause_joiners = phrases("clause_joiners")  # "(A did X) and (B Y)"
        self.joiners_longest_first = tuple(sorted(self.clause_joiners, key=len, reverse=True))
        self.plural_possessives = frozenset(vocab.get("plural_possessives", ()))
        self.section_pointers = phrases("section_pointers")
        self.answer_shapes = frozenset(vocab.get("answer_shapes", ()))
        self.shape_requests = frozenset(vocab.get("shape_requests", ()))
        self.sort_nouns = frozenset(vocab.get("sort_nouns", ()))
        # "which firm ...": a noun for an organisation
        self.organisation_nouns = frozenset(vocab.get("organisation_nouns", ()))
        self.request_verbs = frozenset(vocab.get("request_verbs", ()))
        self.request_objects = frozenset(vocab.get("request_objects", ()))
        self.existential_subjects = frozenset(vocab.get("existential_subjects", ()))
        self.exclusive_words = frozenset(vocab.get("exclusive_words", ()))
        # "the Zenda one": the word standing for the rest of a name
        self.pro_noun = next(iter(vocab.get("pro_noun", ())), "")
        self.relatives = frozenset(vocab.get("relatives", ()))  # "the one that hosted it"
        self.continuations = phrases("continuations")
        self.continuations_by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in self.continuations:
            self.continuations_by_first.setdefault(p[0], []).append(p)
        self.future = phrases("future")
        self.not_future = phrases("not_future")  # "how soon after": a time gone by
        self.open_future = phrases("open_future")  # "at some point": ahead unless "did"
        self.gap_questions = phrases("gap_questions")  # "how soon after": no next step
        self.closing_fillers = frozenset(vocab.get("closing_fillers", ()))  # "…, then?"
        self.discourse_fillers = frozenset(vocab.get("discourse_fillers", ()))  # "sure"
        self.filler_subjects = frozenset(vocab.get("filler_subjects", ())) | frozenset(
            vocab.get("subject_pronouns", ()))  # "(sure) you can't trust numbers"
        self.filler_keepers = frozenset(vocab.get("filler_keepers", ()))  # "pretty (sure)"
        self.dialect_and = frozenset(vocab.get("dialect_and", ()))  # "an whit": "and what"
        self.past_words = frozenset(vocab.get("past_words", ()))  # "did", "met": done
        self.onward_verbs = frozenset(vocab.get("onward_verbs", ()))  # "go (from Zenda)"
        self.own_country = phrases("own_country")  # "his country": the person's
        self.own_firsts = frozenset(p[0] for p in self.own_country)  # (a cheap first look)
        self.own_nouns = frozenset(p[-1] for p in self.own_country)  # "Ben's country"
        self.then_words = frozenset(p[0] for p in phrases("then_words") if len(p) == 1)
        self.route_origins = frozenset(vocab.get("route_origins", ()))  # "from (Zenda)"
        self.route_ends = frozenset(vocab.get("route_ends", ()))  # "(from Zenda) to (Strelsau)"
        self.durations = frozenset(vocab.get("durations", ()))  # "and for how long?"
        self.span_questions = phrases("span_questions")  # "how long"
        # "in these two months": the article's own period (see parse._unframed)
        self.frame_words = frozenset(vocab.get("frame_words", ()))
        self.frame_qualifiers = phrases("frame_qualifiers")  # "in (just) two months"
        self.locative_time = frozenset(vocab.get("frame_prepositions", ()))
        self.time_units = frozenset(vocab.get("time_units", ()))
        self.sequence = phrases("sequence")
        self.before = phrases("before")
        self._time_openers = PhraseSet((*self.before, *self.sequence))
        # grammar words that say something of the question wherever they stand: "and after
        # that, where?" keeps its "after that"; "newbie q - who is she?" drops "newbie q"
        # (not "the" or "one" of "the last one": "quick one, who …" is still chatter)
        plain = frozenset(vocab.get("person_nouns", ())) | frozenset(vocab.get("determiners", ()))
        self.significant = frozenset(
            w for group in (self.sequence, self.before, self.anaphora, self.continuations,
                            phrases("negations"), phrases("first_words"), phrases("last_words"))
            for p in group for w in p if w not in plain) \
            | frozenset(vocab.get("question_words", ())) | frozenset(vocab.get("openers", ()))
        self.negations = frozenset(w for p in phrases("negations") for w in p)
        self.negated_auxiliaries = frozenset(vocab.get("negated_auxiliaries", ()))
        self._shared = phrases("shared_words")
        self.itinerary = phrases("itinerary_words")  # "list her stops in order"
        self.expansion = phrases("expansion_words")  # "what does SCO stand for?"
        self.nobody = phrases("universal_negatives")  # "nobody meets him anymore"
        self.penultimate = phrases("penultimate")  # "the second to last stop"
        self.section_nouns = frozenset(vocab.get("section_nouns", ()))
        self.partitives = phrases("partitives")  # "one of the leaders": no figure
        self.place_nouns = frozenset(w for p in phrases("place_nouns") for w in p)
        self.besides = phrases("else_words")  # "who else did she see there?"
        self.thither = phrases("place_anaphora")  # "in that city": the last fact's place
        self.firsts = phrases("first_words")  # "where did she go first", "kick off"
        self.lasts = phrases("last_words")  # "her last stop", "wrap up"
        self.tags = phrases("tags")
        self.tags_by_last: dict[str, tuple[tuple[str, ...], ...]] = {}
        for tag in self.tags:
            self.tags_by_last[tag[-1]] = (*self.tags_by_last.get(tag[-1], ()), tag)
        self.name_words = phrases("name_words")
        self.exclusions = phrases("exclusions")
        self.inclusions = phrases("inclusions")
        self.opinion_words = frozenset(vocab.get("opinion_words", ()))
        self.stance_nouns = frozenset(vocab.get("stance_nouns", ()))
        self.stance_question = tuple(tokens(" ".join(vocab.get("stance_question", ()))))
        self.fragment_openers = phrases("fragment_openers")
        self.ago_words = frozenset(vocab.get("ago_words", ()))
        self.linking = frozenset(vocab.get("linking_words", ()))
        self.fragment_question = tuple(tokens(" ".join(vocab.get("fragment_question", ()))))
        self.subject_pronouns = frozenset(vocab.get("subject_pronouns", ()))
        self.multiples = frozenset(vocab.get("multiples", ()))  # "once", "twice"
        self.message_labels = frozenset(vocab.get("message_labels", ()))  # "claim: …"
        self.singular_pronouns = frozenset(  # "he", "her": one person pointed at
            w for group in vocab.get("pronoun_sets", ()) for w in group.split())
        # "..., what's the date?": how precise a time is asked
        self.precision_words = frozenset((*vocab.get("day_words", ()),
                                          *vocab.get("month_words", ())))
        self.person_nouns = frozenset(vocab.get("person_nouns", ()))
        self.object_pronouns = frozenset(vocab.get("object_pronouns", ()))
        self.pronouns = self.subject_pronouns | self.object_pronouns  # "they", "them"
        # longest first, so "can you tell me" is taken before "can you"
        self.preambles = PhraseSet(tuple(sorted(phrases("preambles"), key=len, reverse=True)))
        # (a loanword is read as its gloss, like chat shorthand, but is no English word:
        # "quem", "pourquoi")
        glossed = {**vocab.get("shorthand", {}), **vocab.get("loanwords", {})}
        self.loanwords = frozenset(vocab.get("loanwords", {}))
        self.gloss_blockers = frozenset(vocab.get("gloss_blockers", ()))  # "(far) from"
        self.opening_glosses: dict[str, tuple[str, ...]] = {
            k: tuple(tokens(v)) for k, v in vocab.get("opening_glosses", {}).items()}
        # "andwhat", "anfit": a linking word run into the question word after it (a match
        # holds the linking word and the question word's first letter)
        linking = {"and"} | {w for w in self.dialect_and if len(w) > 1}
        asked = set(self.question_words) | set(self.opening_glosses)
        self.glued = re.compile(
            rf"\b({'|'.join(sorted(linking))})({'|'.join(sorted(asked))})\b", re.I)
        self.glued_marks = marks_of(w + q[0] for w in linking for q in asked if q)
        # "St. Petersburg": no sentence ends at an abbreviation's period (a match holds both)
        abbreviated = "|".join(sorted(map(re.escape, self.abbreviations), key=len, reverse=True))
        self.abbreviation = re.compile(rf"\b({abbreviated})\.(?=\s+[A-Z])", re.I) if abbreviated \
            else re.compile(r"$^")
        self.abbreviation_marks = marks_of(f"{a}." for a in self.abbreviations)
        self.shorthand: dict[str, tuple[str, ...]] = {
            k: tuple(tokens(v)) for k, v in glossed.items()}
        # several words for one ("set off": leave), by first word, longest first
        self.phrasal: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for k, v in sorted(glossed.items(), key=lambda kv: -len(kv[0])):
            if len(said := tuple(tokens(k))) > 1:
                self.phrasal.setdefault(said[0], []).append((said, tuple(tokens(v))))
        self.locative = frozenset(vocab["locative"])
        self.locative_idioms = frozenset(t for p in vocab.get("locative_idioms", ())
                                         if len(t := tuple(tokens(p))) == 2)
        self.name_followers = frozenset(vocab.get("name_followers", ()))
        self.name_openers = frozenset(vocab.get("name_openers", ()))
        self.generic_questions = frozenset(vocab.get("generic_question_words", ()))
        self.person_questions = frozenset(vocab.get("person_question_words", ()))
        self.list_glue = frozenset(vocab.get("list_glue", ()))
        self.party_nouns = frozenset(vocab.get("party_nouns", ()))
        self.fewer_words = frozenset(vocab.get("fewer_words", ()))
        # (in the file's order: the first bigger and the first smaller word are the plainest)
        self.size_comparatives = tuple(vocab.get("size_comparatives", ()))
        self.request_labels = frozenset(vocab.get("request_labels", ()))
        self.labelled_ask = next(iter(vocab.get("labelled_asks", ())), "")
        self.value_nouns = frozenset(vocab.get("value_nouns", ()))
        self.scales = {w: 1000.0 ** (i + 1) for i, w in enumerate(vocab.get("scale_words", ()))}
        self.progressive = frozenset(vocab.get("progressive_auxiliaries", ()))
        self.subject_auxiliaries = frozenset(vocab.get("subject_auxiliaries", ()))
        self.in_situ_blockers = frozenset(vocab.get("in_situ_blockers", ()))
        self.clause_whens = frozenset(vocab.get("time_clause_openers", ()))
        self.remark_openers = frozenset(vocab.get("remark_openers", ()))
        self.reason_remarks = phrases("reason_remarks")  # "(…, right?) thats why …"
        # nouns a count asks the total of by themselves ("how many meetings with leaders?"),
        # not spans or how often the last event happened
        self.total_nouns = self.nouns - self.time_units - frozenset(
            vocab.get("occurrence_nouns", ()))
        # a question word closing a clause ("… meet where, talk what"): worth a closer look
        self.question_last = re.compile(
            r"\b(?:" + "|".join(sorted(map(re.escape, self.question_words), key=len,
                                        reverse=True)) + r")\W*(?:$|[,;]|\s+and\s)",
            re.IGNORECASE) if self.question_words else re.compile(r"(?!)")
        # words about the article itself, by first word (longest first): dropped anywhere
        self.meta_phrases = _dropped(vocab.get("meta_phrases", ()))
        # a sentence asking only to be answered ("can you tell us"), likewise
        self.bare_requests = _dropped(vocab.get("bare_requests", ()))
        self.occasion_nouns = frozenset(vocab.get("occasion_nouns", ()))
        self.quote_nouns = frozenset(vocab.get("quote_nouns", ()))  # ("a quote where …")
        self.journey_words = frozenset(vocab.get("journey_nouns", ()))
        self.brevity_words = frozenset(vocab.get("brevity_words", ()))
        self.step_nouns = frozenset(vocab.get("step_nouns", ()))
        self.ordinals = {w: n for n, w in enumerate(vocab.get("ordinals", ()), start=2)}
        self.ordinal_first = frozenset(vocab.get("ordinal_first", ()))  # "first": rank one
        self.origin = frozenset(vocab["origin"])
        self.leader_words = phrases("leader_words")
        # single verbs only: "hold talks" must not make "up" or "with" a contact word
        self.contact_words = frozenset(p[0] for p in phrases("contact_words") if len(p) == 1)
        # where a name stands: "did Ben …", "who did Ben meet", "Li and Ben", "meet Ben"
        self.name_slots = self.openers | self.question_words | self.contact_words \
            | frozenset(vocab.get("name_slots", ()))
        self.contact_phrases = tuple(p for p in phrases("contact_words") if len(p) > 1)
        self.kind_words = {kind: PhraseSet(tuple(t for p in ps if (t := tuple(tokens(p)))))
                           for kind, ps in vocab.get("kind_words", {}).items()}
        self.kind_firsts = frozenset().union(*(ps.firsts for ps in self.kind_words.values()))
        # "came", "met", "flew": words of the kinds that are irregular past forms, verbs
        # whatever their ending ("the Zendan leaders came to Strelsau, why?" claims)
        self.irregular_kind_verbs = frozenset(
            w for w in self.kind_firsts if stem(w) != light_stem(w) and not w.endswith("s"))
        self.months = frozenset(vocab["months"])
        self.weekdays = frozenset(vocab.get("weekdays", ()))  # "on a friday": a time, no name
        self.relative_times = phrases("relative_times")
        # "is she hosting anything later this year?": the year the articles tell of holds
        # every time they give but another year's
        self.current_year_times = frozenset(" ".join(p) for p in phrases("current_year_times"))
        self.other_year_times = frozenset(" ".join(p) for p in phrases("other_year_times"))

        # "kicked the tour off", "wrap it up": a verb and its particle with the object
        # between; the phrases known as one ("kick off", "set off") by verb
        particles = frozenset(vocab.get("particles", ()))
        separable: dict[str, set[str]] = {}
        for p in (*self.firsts, *self.lasts, *(said for ps in self.phrasal.values()
                                               for said, _ in ps),
                  *(p for ps in self.kind_words.values() for p in ps)):
            if len(p) == 2 and p[1] in particles:
                separable.setdefault(p[0], set()).add(p[1])
        self.separable = {verb: frozenset(ps) for verb, ps in separable.items()}
        self.pro_words = frozenset(vocab.get("pro_words", ()))  # "things", "it", "stuff"
        self.talk_verbs = frozenset(vocab.get("talk_verbs", ()))  # "talk", "spoke"
        self.choice_fillers = frozenset(vocab.get("choice_fillers", ()))  # "one of them"
        self.versus = frozenset(vocab.get("versus", ()))  # "vs"
        self.again_words = frozenset(vocab.get("again_words", ()))  # "again"
        self.arrival_verbs = frozenset(vocab.get("arrival_verbs", ()))  # "arrived"
        # "…, didn't she dear?": a word calling the one asked, before a stop or a comma
        self.vocatives = frozenset(vocab.get("vocatives", ()))
        self.vocative = re.compile(
            r"(?<=\w)[ ,]+(?:" + "|".join(map(re.escape, sorted(self.vocatives))) +
            r")(?=\s*(?:[?.!,]|$))", re.IGNORECASE) if self.vocatives else None
        self.conditional_openers = phrases("conditional_openers")  # "if", "suppose"
        # "it was", as "was it" asks it; the word that asks for a person
        self.cleft_pairs = frozenset(p for p in (tuple(tokens(c)) for c in
                                                 vocab.get("cleft_openers", ())) if len(p) == 2)
        self.person_asking = next(iter(vocab.get("person_question_words", ())), "")  # "who"
        self.discussion_words = frozenset(vocab.get("discussion_words", ()))  # "discussed"
        self.company_prepositions = frozenset(vocab.get("company_prepositions", ()))
        self.upcoming_markers = frozenset(vocab.get("upcoming_markers", ()))  # "next", "coming"
        self.hearsay_verbs = frozenset(vocab.get("hearsay_verbs", ()))  # "debate team says"
        # "which city did she leave at the start?": where the journey began, not its first stop
        self.departure_words = frozenset(vocab.get("departure_words", ()))
        # "that tour musta been tiring lol how many places…": a laugh ends what came before
        self.laughs = frozenset(vocab.get("laughs", ()))
        # "'em", "'cause": words clipped at the front that are no dropped h ("'ow", "'e")
        self.front_clipped = frozenset(vocab.get("front_clipped", ()))
        self.past_markers = frozenset(vocab.get("past_markers", ()))  # "she wen go"

        intent_words = {w for spec in self.intents for p in spec.phrases for w in p}
        structural = {w for key in ("anaphora", "continuations", "future", "sequence", "before",
                                    "leader_words", "contact_words", "relative_times",
                                    "name_words", "exclusions", "inclusions", "tags")
                      for p in phrases(key) for w in p}
        structural |= {w for ps in self.kind_words.values() for p in ps for w in p}
        self.structural = frozenset(structural)
        self.grammar = frozenset(intent_words | structural | self.stopwords | self.months
                                 | self.locative | self.origin | self.openers)
        # pairs of words of opposite sense: "too much" | "too little"
        self.opposites = tuple((tuple(tokens(a)), tuple(tokens(b)))
                               for line in vocab.get("opposites", ()) if line.count("|") == 1
                               for a, b in [line.split("|")]) \
            + tuple(((up,), (down,)) for up in vocab.get("rising_words", ())
                    for down in vocab.get("falling_words", ()))  # "fell" | "doubled"
        # every word of the articles, the facts' keywords and the aliases (the builder's),
        # and the words whose opposites are checked: "tripled" is never mended into "tried"
        opposed = {w for pair in self.opposites for side in pair for w in side}
        self.known = frozenset(self.grammar | snapshot.words.known | opposed)
        self._words = snapshot.words

    _alias_words_kept: frozenset[str] | None = None

    @property
    def alias_words(self) -> frozenset[str]:
        if self._alias_words_kept is None:
            self._alias_words_kept = self._make_alias_words()
        return self._alias_words_kept

    def _make_alias_words(self) -> frozenset[str]:
        """Every word of an alias ("kazakh", "jinping")."""
        return frozenset(w for w in self._words.aliases.split(" ") if w)

    _name_only_kept: frozenset[str] | None = None

    @property
    def name_only(self) -> frozenset[str]:
        if self._name_only_kept is None:
            self._name_only_kept = self._make_name_only()
        return self._name_only_kept

    def _make_name_only(self) -> frozenset[str]:
        """Words only names are made of: an English word is never "corrected" into one."""
        return frozenset(w for w in self._words.names.split(" ") if w) - self.grammar

    # Spelling targets: longer words only, so short typos cannot land on names. Made when
    # a first word needs mending, not at load.
    _targets_kept: list[str] | None = None

    @property
    def _targets(self) -> list[str]:
        if self._targets_kept is None:
            self._targets_kept = self._make_targets()
        return self._targets_kept

    def _make_targets(self) -> list[str]:
        return sorted(w for w in self.known if len(w) >= 3)

    _short_targets_kept: list[str] | None = None

    @property
    def _short_targets(self) -> list[str]:
        if self._short_targets_kept is None:
            self._short_targets_kept = self._make_short_targets()
        return self._short_targets_kept

    def _make_short_targets(self) -> list[str]:
        return sorted(w for w in self.grammar if len(w) >= 3)

    _name_targets_kept: list[str] | None = None

    @property
    def _name_targets(self) -> list[str]:
        if self._name_targets_kept is None:
            self._name_targets_kept = self._make_name_targets()
        return self._name_targets_kept

    def _make_name_targets(self) -> list[str]:
        return sorted(w for w in self.name_only if len(w) >= 4)

    _person_targets_kept: list[str] | None = None

    @property
    def _person_targets(self) -> list[str]:
        if self._person_targets_kept is None:
            self._person_targets_kept = self._make_person_targets()
        return self._person_targets_kept

    def _make_person_targets(self) -> list[str]:
        """The name words that are people's ("ben" of Ben Li), for names misheard."""
        return [t for t in self._name_targets
                if (owner := self._snapshot.entities.get(self.aliases.get((t,)) or t))
                is not None and owner.kind == "person"]

    _asking_words_kept: frozenset[str] | None = None

    @property
    def asking_words(self) -> frozenset[str]:
        if self._asking_words_kept is None:
            self._asking_words_kept = self._make_asking_words()
        return self._asking_words_kept

    def _make_asking_words(self) -> frozenset[str]:
        """Words that ask, or ask how to answer ("where", "did", "list", "exact", "names",
        "briefly", "opinion"): a remark after a question holding one still asks."""
        return self.question_words | self.openers | self.request_verbs | self.specific_words \
            | self.answer_shapes | self.shape_requests | self.brevity_words | self.opinion_words

    _person_words_kept: frozenset[str] | None = None

    @property
    def person_words(self) -> frozenset[str]:
        if self._person_words_kept is None:
            self._person_words_kept = self._make_person_words()
        return self._person_words_kept

    def _make_person_words(self) -> frozenset[str]:
        """The words of people's names ("ribeiro"), as a set to look words up in."""
        return frozenset(self._person_targets)

    _heard_names_kept: dict[str, str] | None = None

    @property
    def _heard_names(self) -> dict[str, str]:
        if self._heard_names_kept is None:
            self._heard_names_kept = self._make_heard_names()
        return self._heard_names_kept

    def _make_heard_names(self) -> dict[str, str]:
        """People's name words by how they sound (`sound_key`), where the sound is one
        person's alone and long enough to tell ("benton": p-n-t-n), for names that speech
        to text wrote as other words ("bent on")."""
        people = {key: theirs for key, heard in self._name_sounds.items() if len(key) >= 3
                  and (theirs := [(t, o) for t, o in heard if t in self.person_words])}
        return {key: theirs[0][0] for key, theirs in people.items()
                if len({owner for _, owner in theirs}) == 1}

    _name_sounds_kept: dict[str, tuple[tuple[str, str], ...]] | None = None

    @property
    def _name_sounds(self) -> dict[str, tuple[tuple[str, str], ...]]:
        if self._name_sounds_kept is None:
            self._name_sounds_kept = self._make_name_sounds()
        return self._name_sounds_kept

    def _make_name_sounds(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Name words of every kind (people, places, firms) and whose they are, by how they
        sound: for names speech to text wrote as other words ("air dova", "strel sow")
        or as said ("zender")."""
        sounds: dict[str, tuple[tuple[str, str], ...]] = {}
        for t in self._name_targets:
            key = sound_key(t)
            sounds[key] = (*sounds.get(key, ()), (t, self.aliases.get((t,)) or t))
        return sounds

    def sounded_name(self, said: str, *, joined: bool = False,
                     alike: float = _HEARD_ALIKE) -> str | None:
        """The one name that `said` sounds like, about as long and as alike letter for
        letter as `alike`, from the same first letter (the same first sound when `said` is
        words run together: "air dova"); a closing "-er" is heard as "-a" ("zender")."""
        for heard_as in (said, *((said[:-2] + "a",) if said.endswith("er") else ())):
            key = sound_key(heard_as)
            if len(key) < (3 if joined else 2):
                continue
            near = [(t, owner) for t, owner in self._name_sounds.get(key, ())
                    if len(t) - 1 <= len(said) <= len(t) + 2
                    and (t[0].translate(_SOUNDS) == said[0].translate(_SOUNDS) if joined
                         else t[:2] == said[:2] and owner != t)
                    and fuzz.ratio(heard_as, t) >= (_HEARD_JOINED if joined else alike)]
            # (a word alone stands for a whole name, "south" is no name; "tawk" is no
            # "zoned", nor "bora" "brana"; "o pardo" is no "oporta")
            if near and len({owner for _, owner in near}) == 1:
                return near[0][0]
        return None

    def heard_name(self, said: str) -> str | None:
        """The name word that `said` (words run together) sounds like, if any: the same
        sounds, from the same first one ("howslong" is no "zelenka")."""
        heard = self._heard_names.get(sound_key(said))
        return heard if heard is not None and said[0].translate(_SOUNDS) \
            == heard[0].translate(_SOUNDS) else None

    _known_stems_kept: frozenset[str] | None = None

    @property
    def _known_stems(self) -> frozenset[str]:
        if self._known_stems_kept is None:
            self._known_stems_kept = self._make_known_stems()
        return self._known_stems_kept

    def _make_known_stems(self) -> frozenset[str]:
        """Stems of every known word: "summits" is known by "summit"'s."""
        return frozenset(stem(w) for w in self.known)

    _article_stems_kept: frozenset[str] | None = None

    @property
    def _article_stems(self) -> frozenset[str]:
        if self._article_stems_kept is None:
            self._article_stems_kept = self._make_article_stems()
        return self._article_stems_kept

    def _make_article_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self._words.known)

    def in_articles(self, word: str) -> bool:
        """A word the articles, their facts or aliases use (not merely the grammar's)."""
        return word in self._words.known or stem(word) in self._article_stems

    _grammar_stems_kept: frozenset[str] | None = None

    @property
    def _grammar_stems(self) -> frozenset[str]:
        if self._grammar_stems_kept is None:
            self._grammar_stems_kept = self._make_grammar_stems()
        return self._grammar_stems_kept

    def _make_grammar_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self.grammar)

    def grammatical(self, word: str) -> bool:
        """A word of the language file ("month", "name"), whatever the articles say."""
        return word in self.grammar or stem(word) in self._grammar_stems

    def unheard(self, word: str) -> bool:
        """A word no article, grammar or dictionary has: a name never heard of, not a word."""
        return word.isalpha() and not self.knows(word) and not is_common_word(word) \
            and word not in everyday()

    def knows(self, word: str) -> bool:
        """A word the articles, their facts or the grammar use, in any form ("summits"
        of "summit")."""
        return word in self.known or stem(word) in self._known_stems

    def shared(self, q: Parsed) -> bool:
        """'Is there any country both of them visited?': what two subjects share."""
        return self._shared.within(q.words)

    def comparative(self, q: Parsed) -> bool:
        """'who had more meetings, A or B?': a comparison between the things named."""
        return (not self.comparison_words.isdisjoint(q.words) or self.everyone(q)) \
            and any(w in self.comparatives for w in q.words)

    def tag_length(self, ws: tuple[str, ...] | list[str]) -> int:
        """How many words of a tag end the words ("..., didn't she": 2), else 0."""
        return max((len(p) for p in self.tags_by_last.get(ws[-1], ())
                    if tuple(ws[len(ws) - len(p):]) == p), default=0) if ws else 0

    def denies(self, ws: tuple[str, ...]) -> bool:
        """'He hasn't left Zenda, right?': a statement that something did not happen (its
        trailing tag aside: "she left, didn't she?" claims that she did)."""
        # (one opening the question asks: "didn't she go to Zenda?" is "did she?"; "not
        # only ministers" denies nothing)
        end = len(ws) - self.tag_length(ws)
        return any((w in self.negations or w in self.negated_auxiliaries)
                   and not (i + 1 < end and ws[i + 1] in self.exclusive_words)
                   for i, w in enumerate(ws[:end]) if i)

    def supposes(self, ws: tuple[str, ...]) -> bool:
        """Does a clause open with a supposition ("if he goes to Zenda, …")?"""
        return bool(ws) and any(ws[:len(p)] == p
                                for p in self.conditional_openers.by_first.get(ws[0], ()))

    def timed(self, ws: tuple[str, ...]) -> bool:
        """Does a clause open with a time word ("before he went to Zenda, …")?"""
        return bool(ws) and any(ws[:len(p)] == p
                                for p in self._time_openers.by_first.get(ws[0], ()))

    def tagged(self, ws: tuple[str, ...]) -> bool:
        """Does the question end in a tag ("..., right?", "... didn't she")?"""
        return bool(ws) and any(ws[len(ws) - len(p):] == p
                                for p in self.tags_by_last.get(ws[-1], ()))

    def everyone(self, q: Parsed) -> bool:
        """'what did each of them sign?', 'A vs B': every subject, not one."""
        ws = q.words

        def alone(i: int) -> bool:  # not "each" before a noun: "each way", "each country"
            after = ws[i + 1] if i + 1 < len(ws) else ""
            return not after or (after in self.stopwords and after not in self.nouns) \
                or after in self.contact_words \
                or after in self.question_words or bool(self.aliases.starting(after)) \
                or len({m.entity for m in q.mentions}) > 1

        mutual = {i for p in self._reciprocals for i in range(len(ws)) if ws[i:i + len(p)] == p}
        return "vs" in ws or any(ws[i:i + len(p)] == p and (len(p) > 1 or alone(i))
                                 and i not in mutual  # "have they met each other?"
                                 for p in self._everyone for i in range(len(ws)))

    @lru_cache(maxsize=8192)  # noqa: B019 - one Lexicon per snapshot, freed with it
    def correct(self, word: str) -> str:
        """The known word `word` most likely means, or `word` itself."""
        if word in self.known or not word.isalpha() or len(word) < 3:
            return word
        if word.endswith("s") and self.aliases.get((word[:-1],)) is not None:
            return word[:-1]  # "lis backing": a name's possessive, typed without "'"
        if self.knows(word):  # another form of a known word: "summits", "whyy"
            found = process.extractOne(word, self._targets, scorer=fuzz.ratio,
                                       score_cutoff=self.settings.short_entity_cutoff)
            return found[0] if found and stem(found[0]) == stem(word) else word
        swapped = _transposed(word, self.known - set(self.shorthand))
        if swapped:  # "mnay" is "many" (two letters swapped), not "may" (one dropped)
            return swapped
        if len(word) == 3:  # "wat", "tlk": only everyday words, never names
            found = process.extractOne(word, self._short_targets, scorer=fuzz.ratio,
                                       score_cutoff=self.settings.entity_cutoff)
        else:
            cutoff = (self.settings.short_entity_cutoff if len(word) <= 5
                      else self.settings.entity_cutoff - 5)
            found = process.extractOne(word, self._targets, scorer=fuzz.ratio,
                                       score_cutoff=cutoff)
        if found and found[0][0] != word[0] and abs(len(found[0]) - len(word)) >= 2:
            return word  # "poland" is no "land": a slip keeps the first letter or the length
        if found and len(found[0]) <= len(word) - 2 and word.endswith("s") \
                and not word.endswith("ss") and not is_common_word(word[:-1]) \
                and self.correct(word[:-1]) == word[:-1]:
            return word  # "polands": an unknown name's possessive, no slip of "plans"
        if found and word.startswith(found[0]) and len(word) - len(found[0]) >= 2 \
                and stem(word) != stem(found[0]):
            return word  # "arabia" is no "arab": a longer word, not a typo of a shorter one
        if found and is_common_word(word) and not _same_word(word, found[0], self.name_only,
                                                             self.grammar, found[1]):
            return word
        if found and word in everyday() and stem(found[0]) != stem(word):
            return word  # "move" is no "movie": an everyday word is meant as typed
        if found is None and len(word) == 5 and not is_common_word(word):
            # "koroy": one letter off a five-letter name, and no English word
            # (and its first two letters: "boris" is no "brics")
            found = process.extractOne(word, [t for t in self._name_targets
                                              if t[:2] == word[:2]],
                                       scorer=fuzz.ratio, score_cutoff=80.0)
        if found is None and len(word) >= 4 and not is_common_word(word) \
                and word not in everyday():
            # "erdo": the start of one name only, as members shorten names
            starts = sorted((t for t in self._name_targets
                             if t.startswith(word) and len(t) >= len(word) + 2), key=len)
            owners = {self.aliases.get((t,)) or t for t in starts}
            if len(owners) == 1 and (person := self._snapshot.entities.get(owners.pop())) \
                    is not None and person.kind == "person":
                return starts[0]  # ("rudo": rudolf, rudolph, ... all one man; a word of
                # its own, "euro", is no start of a name)
        if found is None and len(word) >= 4 and not is_common_word(word) \
                and word not in everyday():
            found = self._sounds_like(word)  # "bentonn", "benten": a name misheard
        return found[0] if found else word

    @lru_cache(maxsize=1024)  # noqa: B019 - one Lexicon per snapshot, freed with it
    def slipped_name(self, word: str) -> str:
        """A word where a person's name stands as the subject ("did bend meet Li?"): the
        name it sounds like, even an English word (autocorrect made it one), else the word."""
        if self.knows(word) or not word.isalpha() or len(word) < 4 \
                or self.aliases.starting(word):
            return word
        found = self._sounds_like(word)
        if found is None and (heard := self.sounded_name(word, alike=_HEARD_AS_SUBJECT)) \
                is not None and heard in self.person_words:
            return heard  # ("benny": the same sounds as a person's name)
        return found[0] if found else word

    def _sounds_like(self, word: str) -> tuple[str, float, int] | None:
        """A person's name one slip of the ear from the word ("bentonn", "benten"): the one
        name close enough (Jaro-Winkler, which weighs the opening letters most) and
        clearly closer than any other, with the same first letter."""
        people = [t for t in self._person_targets if t[:1] == word[:1]
                  and (len(word) > 4 or len(t) == 4)]  # ("bene" is "beno"; "anas" no "anastasia")
        near = process.extract(word, people, scorer=JaroWinkler.normalized_similarity,
                               limit=2)
        if not near or near[0][1] < 0.83 or (len(near) > 1 and near[0][1] - near[1][1] < 0.05
                                             and self.aliases.get((near[0][0],))
                                             != self.aliases.get((near[1][0],))):
            return None
        return near[0]

    def titled(self, word: str) -> str:
        """A word after "Mr" or "Mrs" is a name: a person's name one letter off it ("Mr
        Urban", autocorrected), when one person's is, else the word itself."""
        if not word.isalpha() or len(word) < 4 or self.aliases.starting(word):
            return word
        near = {t for t in self._person_targets if abs(len(t) - len(word)) <= 1
                and Levenshtein.distance(word, t, score_cutoff=1) == 1}
        owners = {self.aliases.get((t,)) or t for t in near}
        return near.pop() if len(owners) == 1 else word

    @lru_cache(maxsize=1024)  # noqa: B019 - one Lexicon per snapshot, freed with it
    def correct_name(self, word: str) -> str:
        """A word where a name stands ("in manilla"): the name it is closest to, even when
        the word is also an English one, else the word itself."""
        if self.knows(word) or not word.isalpha() or len(word) < 4:
            return word
        found = process.extractOne(word, self._name_targets, scorer=fuzz.ratio,
                                   score_cutoff=self.settings.entity_cutoff)
        if found is None:  # "in zanda": one vowel for another in a short name, heard alike
            near = {t for t in self._name_targets if len(t) == len(word) and t[0] == word[0]
                    and Levenshtein.distance(word, t, score_cutoff=1) == 1
                    and all(a == b or (a in _VOWELS and b in _VOWELS)
                            for a, b in zip(word, t, strict=True))}
            if len(near) == 1:
                return near.pop()
            return self.sounded_name(word) or word  # ("in zender": a name as said)
        return found[0]

