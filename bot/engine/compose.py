"""What every kind of answer (bot.engine.kinds) works with: the question as asked of one
desk (Ask), the facts ranked for it (Composer), and what a kind returns (Reply).

A kind returns a Reply: the text, the facts it rests on (their quotes become the
sources), and whether it answers. None means "nothing fits": the engine then says what the
article does say, or shows the closest passages.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS, FactIndex, IndexedFact
from bot.engine.parse import Mention, Parsed, find, number
from bot.engine.phrases import Phrases, join
from bot.engine.text import squeeze, stem, term_stems, tokens
from bot.store.load import Fact, Quote, Snapshot

if TYPE_CHECKING:
    from bot.engine.lexicon import Lexicon
    from bot.engine.policy import Policy

MAX_LINES = 8
PLACE_KINDS = ("city", "country", "place", "region")


class Outcome(Enum):
    """What a Reply is: an answer, or what the articles do not say (bot.engine.policy
    words and scores each)."""

    ANSWERED = "answered"
    NOT_SAID = "not in the article"  # on topic; the detail asked for is not given
    PARTIAL = "detail not in the article"  # a fact found, without the detail asked for
    UNKNOWN = "unknown name"  # names the articles never use
    CLOSEST = "closest passages"  # no fact fits: the nearest sentences
    ELSEWHERE = "names of another subject's article"


@dataclass
class Reply:
    text: str
    facts: list[Fact]
    score: float = 1.0
    items: tuple[str, ...] = ()
    outcome: Outcome = Outcome.ANSWERED
    # a yes/no verdict the reply opens with ("Yes. ...", "No. ..."), worked out by a kind
    verdict: bool | None = None
    # quotes to prefer among the facts' quotes (those naming what the answer names)
    focus: tuple[str, ...] = field(default_factory=tuple)
    # what a follow-up continues from, when not the question's own subjects: after
    # "where did she go after X?", "and after that?" goes on from the answer, not from X
    subjects: tuple[str, ...] = ()
    # facts cited only to date what the answer tells ("a week after being sworn in": the
    # swearing-in's month): sources, never what the conversation goes on about
    background: tuple[Fact, ...] = ()
    # a No for want of any fact holding the claim's words, not from one saying otherwise
    unheld: bool = False

    @property
    def answered(self) -> bool:
        """It gives the reader something from the article (the closest passages too)."""
        return self.outcome in (Outcome.ANSWERED, Outcome.CLOSEST)


@dataclass(frozen=True)
class Ask:
    """A parsed question with the entities it is about (its own, or the conversation's)."""

    q: Parsed
    mentions: tuple[Mention, ...]
    prefer: tuple[str, ...] = ()  # fact ids from the conversation so far
    principal: frozenset[str] = frozenset()
    home: frozenset[str] = frozenset()  # the principal's own country
    # derived once: entities asked about (the subject and those left out aside)
    others: tuple[str, ...] = field(init=False)
    excluded: frozenset[str] = field(init=False)
    carried: frozenset[str] = field(init=False)  # from the conversation, not named here
    asks_principal: bool = field(init=False)
    placed: tuple[str, ...] = field(init=False)  # named after "in", "to", "at"
    scores: dict[str, float] = field(init=False, repr=False, compare=False)  # memo
    # memo: does the conversation's names weigh half ("when's that flight …?")
    halved: dict[str, bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        others = dict.fromkeys(m.entity for m in self.mentions
                               if m.entity not in self.principal
                               and m.role not in ("excluded", "included"))
        object.__setattr__(self, "others", tuple(others))
        object.__setattr__(self, "excluded", frozenset(
            m.entity for m in self.mentions if m.role == "excluded"))
        object.__setattr__(self, "carried", frozenset(
            m.entity for m in self.mentions if m.start < 0)
            - {m.entity for m in self.mentions if m.start >= 0})
        object.__setattr__(self, "asks_principal",
                           any(m.entity in self.principal for m in self.mentions))
        object.__setattr__(self, "scores", {})
        object.__setattr__(self, "halved", {})
        object.__setattr__(self, "placed", tuple(dict.fromkeys(
            m.entity for m in self.mentions if m.role == "place"
            and m.entity not in self.principal)))


def passage(key: str, document: str, paragraph: int, text: str) -> Fact:
    """An article sentence cited as it is (no curated fact behind it)."""
    return Fact(id=f"passage-{key}",
                document=document, kind="passage", subject=None, who=(), places=(),
                occasion=None, about=(), time_phrase=None, follows=None, count=None, why=None,
                topics=(), keywords=(), summary=text, quotes=(Quote(document, paragraph, text),))


@lru_cache(maxsize=4096)  # the facts' texts, checked for each question that counts
def states_number(text: str) -> bool:
    """Does a text give a figure ("3.1 billion", "six", "24")?"""
    return any(ch.isdigit() for ch in text) or bool(numbers_in(text))


def numbers_in(text: str, ordinals: Mapping[str, int] | None = None) -> set[int]:
    """The numbers a text states, in digits or words ("six", "24", "twenty"), and with
    `ordinals`, as ordinal words too ("his fifth term" states 5)."""
    ordinals = ordinals or {}
    return {n for w in tokens(text) for part in w.split("-")
            if (n := number(part) or ordinals.get(part)) is not None}


@dataclass(frozen=True, slots=True)
class Vocab:
    """The configured words the strategies read: made once per engine and shared by every
    desk, as they depend on the config alone (a desk is built on its first answer)."""

    contact_words: frozenset[str]
    contact_phrases: tuple[tuple[str, ...], ...]  # "sit down", "held talks"
    leader_words: frozenset[str]
    visit_words: frozenset[str]  # stems of the "visit" kind words
    knows: Callable[[str], bool]  # the lexicon's
    tag_length: Callable[[tuple[str, ...]], int]  # the lexicon's: "..., yes?" -> 1
    stopwords: frozenset[str]
    copulas: frozenset[str]  # "is", "was"
    fewer_words: frozenset[str]  # "fewer", "less": a comparison the other way
    times_bounds: tuple[tuple[tuple[str, ...], Callable[[int, int], bool]], ...]
    nouns: frozenset[str]  # words "how many" may count though also contact words ("trips")
    months: tuple[str, ...]
    occasion_stems: frozenset[str]  # "how many times / meetings": the contacts themselves
    multiples: frozenset[str]
    party_nouns: frozenset[str]  # what "which ..." asks when it asks for people or countries
    weekdays: frozenset[str]
    day_words: frozenset[str]
    month_words: frozenset[str]
    clock_questions: tuple[tuple[str, ...], ...]  # "what time": an hour asked
    clock_words: frozenset[str]  # "am", "evening": a time phrase that gives an hour
    span_openers: frozenset[str]  # "over what time": a span, no hour
    span_nouns: frozenset[str]  # "what time frame": a span, no hour
    noun_prepositions: frozenset[str]  # "scope for travel": a noun after these, no deed
    prior_words: frozenset[str]  # "had she been there before?": a trip before this one
    first_nouns: frozenset[str]  # "her first trip", "the first time": a first trip
    since_words: frozenset[str]  # "since": the last time before, when a time follows
    past_times: frozenset[str]  # "last", "ago": a time before now
    reaction_stems: frozenset[str]  # "criticism": how someone took something, told
    vague_times: frozenset[str]  # "very soon": a time that dates nothing
    between_words: frozenset[str]  # "the stop between Zenda and Strelsau"
    setting_off: frozenset[str]  # "before the trip", "before heading out", "before leaving"
    before_words: frozenset[str]  # "before", "earlier" (one word each)
    name_openers: frozenset[str]  # "st", "new": a word that opens a name
    host_words: frozenset[str]  # "host", "hosting": the one-word "hosted" kind words
    time_units: frozenset[str]
    durations: frozenset[str]  # "for a year" says how long, not when
    entity_nouns: dict[str, str]  # stem of "regions" -> "region": what "how many" counts
    money_words: frozenset[str]
    existence_words: frozenset[str]
    response_words: frozenset[str]  # an answer to an invitation: "accept", "say yes"
    currency_words: frozenset[str]
    scale_words: frozenset[str]  # "billion": a figure's size
    departure_stems: frozenset[str]  # "leave", "depart": setting off
    event_pointers: tuple[tuple[str, ...], ...]  # "that one (was in Zenda?)"
    among_firsts: frozenset[str]  # the first words of `among_them`, to look cheaply
    said_stems: frozenset[str]  # stems of the words for saying ("said", "pledged", "vowed")
    agreement_stems: frozenset[str]  # "agreed", "signed", "deal": what two sides settled
    outcome_stems: frozenset[str]  # "signed", "pledged": a result a fact's sentence tells
    outcome_nouns: frozenset[str]  # "deal", "pact": a result named, not claimed done
    significance: tuple[tuple[str, ...], ...]  # "why was it notable?"
    concessions: tuple[tuple[str, ...], ...]  # "which ignored US complaints": what stands out
    discussion_stems: frozenset[str]  # "discussed", "talked": talk, no settlement
    speaker_markers: frozenset[str]  # "a quote from Li", "said by Li": who speaks
    first_person: frozenset[str]  # "i", "im", "my": the member speaking
    refuting_words: frozenset[str]  # "defying (efforts to cast him as)": not so
    hedging_words: frozenset[str]  # "alleged", "reportedly": said, not settled
    softeners: frozenset[str]  # "basically", "kinda": no part of a claim
    exclusive_words: frozenset[str]  # "only": one group claimed to be all
    alternative_words: frozenset[str]  # "others", "or": a sentence telling more than one
    long_spans: tuple[tuple[str, ...], ...]  # "for years": long in a post
    event_words: frozenset[str]  # "what happened with Ana and Zenda?": a meeting or trip
    tenure_stems: frozenset[str]  # "took office", "sworn in": when someone came to a post
    place_nouns: frozenset[str]  # "countries", "nations": what is counted is places
    person_nouns: frozenset[str]  # "guy", "lady": someone, unnamed
    leader_nouns: frozenset[str]  # one-word leader words: "leaders", not "foreign"
    offices: frozenset[str]  # one-word leader words that name an office: "king"
    list_glue: frozenset[str]  # "and": a list goes on
    among_them: tuple[tuple[str, ...], ...]  # "is Zenda one of them?": on the list just given
    attribute_nouns: frozenset[str]  # "what role does Zenda hold?": what the fact states
    organisation_nouns: frozenset[str]  # "which airline ...": an organisation is asked for
    quote_nouns: frozenset[str]  # "what were Ben's exact words?": a statement asked for
    quote_stems: frozenset[str]
    unmarked_plurals: frozenset[str]  # "how many staff": a count with no plural "-s"
    opinion_words: frozenset[str]  # "react", "think": what someone made of something
    hearsay_verbs: frozenset[str]  # "says", "reckons": who told it, no word of the claim
    question_words: frozenset[str]  # "why", "who"
    generic_questions: frozenset[str]  # "what", "which": no kind of answer by themselves
    unit_days: dict[str, int]  # "week" -> 7: spans compared in days
    indefinite: frozenset[str]  # "a", "an": one of a unit ("a week")
    # each side of a pair of opposites ("too much" | "too little") by its first word, with
    # the other side
    opposed: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]
    reason_words: tuple[tuple[str, ...], ...]
    time_order: tuple[str, ...]  # relative times, earliest first ("last week", "this week")
    present_times: tuple[str, ...]  # "this month": after a past month named by name
    relative_times: tuple[tuple[str, ...], ...]  # "next year", "this week"
    attributions: tuple[tuple[str, ...], ...]  # "according to"
    tags: tuple[tuple[str, ...], ...]  # "..., right?", "... or not?"
    openers: frozenset[str]  # "did", "is": a claim's first word
    ordinals: dict[str, int]  # "second" -> 2
    ordinal_first: frozenset[str]  # "first": rank one
    route_origins: frozenset[str]  # "(flew to Zenda) from (Strelsau)"
    locative: frozenset[str]  # "in", "to": a place named after them
    longer: frozenset[str]  # "whose gap was longer, A's or B's?"
    shorter: frozenset[str]  # "... shorter ...?"
    route_ends: frozenset[str]  # "(from Strelsau) to (Zenda)"
    gap_words: frozenset[str]  # "since", "last": how long between, not how long it lasted
    thither: tuple[tuple[str, ...], ...]  # "there", "that city": the place talked of
    ends: tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]  # "began", "ended"
    negated: frozenset[str]  # "not", "hasn't": a claim that something did not happen
    subject_pronouns: frozenset[str]  # "he", "she": someone talked of, acting
    future: tuple[tuple[str, ...], ...]  # "will", "going to"
    identity_questions: tuple[tuple[str, ...], ...]  # "who is"
    remark_subjects: frozenset[str]  # "(who is Ana) everyone's on about": talk of her
    span_questions: tuple[tuple[str, ...], ...]  # "how long"
    share_questions: tuple[tuple[str, ...], ...]  # "how much of (the 40 million)"
    distance_questions: tuple[tuple[str, ...], ...]  # "how far"
    distance_units: frozenset[str]  # "km": a figure that answers how far
    elapsed_words: tuple[tuple[str, ...], ...]  # "been", "so far"
    then_words: tuple[tuple[str, ...], ...]  # "A then B": in the order said
    open_sayings: tuple[tuple[str, ...], ...]  # "say anything": whether, not what
    origin: frozenset[str]  # "from", "of"
    slot_prepositions: frozenset[str]  # "(aid) for (schools)": what follows fills a slot
    attribute_prepositions: frozenset[str]  # "(the age cutoff) on (the deal)"
    determiners: frozenset[str]  # "the", "his": no word of the slot they open
    naming_verbs: frozenset[str]  # "what does Ben call it?": a name given, asked
    label_words: tuple[tuple[str, ...], ...]  # "self-styled", "so-called": a name given
    ever_words: frozenset[str]  # "(first) ever": of all time
    origin_verbs: frozenset[str]  # "which country does she represent?": whose she is
    closing_fillers: frozenset[str]  # "…, then?": closing a question, no step after
    address_words: frozenset[str]  # "… from again, pet?": said to the bot, no question
    again_words: frozenset[str]  # "see him again": another meeting with the same one
    likeness: frozenset[str]  # "(seen) as": a contact verb before it meets no one
    trends: frozenset[str]  # "(going) up": a contact verb before it goes nowhere
    reaction_verbs: frozenset[str]  # "(did Zenda) object (to her visit)": a reaction, no trip
    reaction_verb_stems: frozenset[str]  # "(who was) complaining": any form of them
    feelings: frozenset[str]  # "(was Ben) happy?": a mood, which facts rarely tell
    distributives: frozenset[str]  # "(what did Ben and Li) each (say)": one by one
    besides_words: frozenset[str]  # "(did she meet anyone) else (there?)": others than those named
    vague_quantifiers: frozenset[str]  # "several (of which)": some of a group, unnamed
    linking: frozenset[str]  # "so", "and": a conversation carried on, no word of the claim
    beneficiary_words: frozenset[str]  # "(meant) for": whom something was for
    office_qualifiers: frozenset[str]  # "defence", "foreign": what an office is of
    nationalities: frozenset[str]  # "polish", "spanish": a country said of an office
    done_words: frozenset[str]  # "already": a thing claimed done
    certainty_words: frozenset[str]  # "confirmed": a thing claimed settled
    likelihood_words: frozenset[str]  # "likely": a thing the article leaves open
    verdict_words: tuple[tuple[str, ...], ...]  # "enough", "a success": how it turned out
    forecast_words: tuple[tuple[str, ...], ...]  # "will", "gonna": a forecast asked
    trend_claims: tuple[tuple[str, ...], ...]  # "cutting back", "falling": a change claimed
    future_times: tuple[tuple[str, ...], ...]  # "next year": a time still ahead
    sequence: tuple[tuple[str, ...], ...]  # "after", "then"
    office_links: frozenset[str]  # "(since when is she) (prime minister)", "became"
    intention_verbs: frozenset[str]  # "wants (to)", "plans (to)": one intent, said either way
    intention_stems: frozenset[str]

    @classmethod
    def of(cls, snapshot: Snapshot, lexicon: Lexicon) -> Vocab:
        v = snapshot.vocabulary
        leader_nouns = frozenset(p[0] for p in lexicon.leader_words if len(p) == 1)

        def words(key: str) -> frozenset[str]:
            return frozenset(v.get(key, ()))

        def phrases(key: str) -> tuple[tuple[str, ...], ...]:
            return tuple(t for p in v.get(key, ()) if (t := tuple(tokens(p))))

        opposed: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {}
        for a, b in lexicon.opposites:
            for one, other in ((a, b), (b, a)):
                if one:
                    opposed[one[0]] = (*opposed.get(one[0], ()), (one, other))
        return cls(
            contact_words=lexicon.contact_words, contact_phrases=lexicon.contact_phrases,
            leader_words=frozenset(w for p in lexicon.leader_words for w in p),
            leader_nouns=leader_nouns, offices=leader_nouns - words("generic_leader_words"),
            visit_words=frozenset(stem(w) for p in lexicon.kind_words.get("visit", ())
                                  for w in p),
            knows=lexicon.knows, tag_length=lexicon.tag_length, stopwords=lexicon.stopwords,
            copulas=words("copulas"), fewer_words=lexicon.fewer_words,
            times_bounds=tuple((p, held) for key, held in (
                ("times_above", operator.gt), ("times_below", operator.lt),
                ("times_floor", operator.ge), ("times_ceiling", operator.le))
                for p in phrases(key)),
            organisation_nouns=lexicon.organisation_nouns, quote_nouns=words("quote_nouns"),
            quote_stems=term_stems(tuple(words("quote_nouns"))),
            unmarked_plurals=words("unmarked_plurals"),
            nouns=words("counted_nouns"), months=tuple(v.get("months", ())),
            occasion_stems=term_stems(tuple(v.get("occasion_nouns", ()))),
            multiples=words("multiples"), party_nouns=words("party_nouns"),
            weekdays=words("weekdays"), day_words=words("day_words"),
            month_words=words("month_words"), vague_times=words("vague_times"),
            clock_questions=phrases("clock_questions"), clock_words=words("clock_words"),
            span_openers=words("span_openers"), span_nouns=words("span_nouns"),
            noun_prepositions=words("noun_prepositions"), prior_words=words("prior_words"),
            first_nouns=words("first_nouns"), since_words=words("since_words"),
            past_times=words("past_times"),
            reaction_stems=term_stems(tuple(v.get("reaction_nouns", ()))),
            between_words=words("between_words"),
            setting_off=words("journey_nouns") | words("departure_words"),
            departure_stems=frozenset(stem(w) for w in v.get("departure_words", ())),
            before_words=frozenset(p[0] for p in phrases("before") if len(p) == 1),
            name_openers=words("name_openers"),
            host_words=frozenset(w for w in v.get("kind_words", {}).get("hosted", ())
                                 if " " not in w),
            time_units=words("time_units"), durations=words("durations"),
            scale_words=words("scale_words"),
            event_pointers=tuple(sorted(phrases("event_pointers"), key=len, reverse=True)),
            entity_nouns={stem(w): ws[0] for line in v.get("entity_nouns", ())
                          if (ws := tokens(line)) for w in ws[1:]},
            money_words=words("money_words"),
            existence_words=lexicon.existence_words, currency_words=words("currency_words"),
            response_words=frozenset(w for p in v.get("response_words", ()) for w in tokens(p)),
            said_stems=term_stems(tuple(w for p in v.get("kind_words", {}).get("statement", ())
                                        for w in tokens(p))),
            reason_words=tuple(tuple(tokens(w)) for w in v.get("reason_words", ())),
            agreement_stems=term_stems(tuple(w for p in v.get("agreement_words", ())
                                             for w in tokens(p))),
            discussion_stems=term_stems(tuple(w for p in v.get("discussion_words", ())
                                              for w in tokens(p))),
            outcome_stems=term_stems(tuple(w for p in v.get("outcome_words", ())
                                           for w in tokens(p))),
            outcome_nouns=term_stems(tuple(v.get("outcome_nouns", ()))),
            significance=tuple(tuple(tokens(p)) for p in v.get("significance_words", ())),
            concessions=tuple(tuple(tokens(p)) for p in v.get("concession_words", ())),
            event_words=words("event_words"), speaker_markers=words("speaker_markers"),
            first_person=words("first_person"), refuting_words=words("refuting_words"),
            hedging_words=words("hedging_words"), softeners=words("softeners"),
            long_spans=phrases("long_spans"), exclusive_words=words("exclusive_words"),
            alternative_words=words("alternative_words"),
            place_nouns=lexicon.place_nouns, attribute_nouns=words("attribute_nouns"),
            person_nouns=lexicon.person_nouns,
            opinion_words=words("opinion_words"), question_words=words("question_words"),
            generic_questions=lexicon.generic_questions,
            hearsay_verbs=lexicon.hearsay_verbs,
            unit_days={u[0]: int(u[1]) for line in v.get("time_unit_days", ())
                       if len(u := line.split()) == 2 and u[1].isdigit()},
            indefinite=words("indefinite_articles"),
            opposed=opposed,
            tenure_stems=term_stems(tuple(w for p in v.get("tenure_words", ())
                                          for w in tokens(p) if w not in lexicon.stopwords)),
            time_order=tuple(v.get("time_order", ())),
            present_times=tuple(v.get("present_times", ())),
            relative_times=tuple(lexicon.relative_times),
            attributions=phrases("attributions"), tags=tuple(lexicon.tags),
            openers=words("openers"), ordinals=lexicon.ordinals,
            slot_prepositions=words("slot_prepositions"), likeness=words("likeness_words"),
            attribute_prepositions=words("attribute_prepositions"),
            trends=words("trend_words"), reaction_verbs=words("reaction_verbs"),
            reaction_verb_stems=term_stems(tuple(v.get("reaction_verbs", ()))),
            feelings=words("feelings"),
            distributives=words("distributives"), besides_words=words("besides_words"),
            vague_quantifiers=words("vague_quantifiers"),
            linking=lexicon.linking, beneficiary_words=words("beneficiary_words"),
            office_qualifiers=words("office_qualifiers"), done_words=words("done_words"),
            nationalities=words("nationalities"),
            future_times=phrases("future_times"), certainty_words=words("certainty_words"),
            likelihood_words=words("likelihood_words"), verdict_words=phrases("verdict_words"),
            forecast_words=phrases("forecast_words"), trend_claims=phrases("trend_claims"),
            office_links=words("office_links") | words("copulas"),
            intention_verbs=words("intention_verbs"),
            intention_stems=frozenset(stem(w) for w in words("intention_verbs")),
            determiners=words("determiners"), naming_verbs=words("naming_verbs"),
            label_words=phrases("label_words"), ever_words=words("ever_words"),
            again_words=words("again_words"), closing_fillers=words("closing_fillers"),
            origin_verbs=words("origin_verbs"), address_words=words("address_words"),
            ordinal_first=words("ordinal_first"), route_origins=words("route_origins"),
            locative=words("locative"), longer=words("span_comparatives"),
            shorter=words("span_shorter"),
            route_ends=words("route_ends"), gap_words=words("gap_words"),
            thither=tuple(lexicon.thither), ends=(tuple(lexicon.firsts), tuple(lexicon.lasts)),
            negated=lexicon.negations | lexicon.negated_auxiliaries,
            subject_pronouns=lexicon.subject_pronouns,
            future=phrases("future"), identity_questions=lexicon.identity_questions,
            remark_subjects=words("remark_subjects"),
            span_questions=phrases("span_questions"), share_questions=phrases("share_questions"),
            distance_questions=phrases("distance_questions"),
            distance_units=words("distance_units"),
            among_them=lexicon.among_them, among_firsts=lexicon.among_them.firsts,
            list_glue=lexicon.list_glue,
            elapsed_words=phrases("elapsed_words"), then_words=phrases("then_words"),
            open_sayings=phrases("open_sayings"),
            origin=lexicon.origin, sequence=phrases("sequence"))


class Composer:
    def __init__(self, snapshot: Snapshot, index: FactIndex, policy: Policy,
                 vocab: Vocab) -> None:
        self.snapshot = snapshot
        self.index = index
        self.policy = policy
        self.vocab = vocab
        self.entities = snapshot.entities
        self.words = Phrases(snapshot.entities)
        # fact id -> the event its month-less time is told after (kinds.journey.anchor)
        self.anchors: dict[str, Fact | None] = {}

    _role_words_kept: frozenset[str] | None = None

    @property
    def role_words(self) -> frozenset[str]:
        if self._role_words_kept is None:
            self._role_words_kept = self._make_role_words()
        return self._role_words_kept

    def _make_role_words(self) -> frozenset[str]:
        """Every word of an office someone in the gazetteer holds ("president", "foreign"),
        worked out once: "pm" or "premier" names no office to deny."""
        return frozenset(tokens(self.snapshot.words.roles.replace("|", " ")))

    def ranks(self, ws: Sequence[str]) -> list[tuple[int, frozenset[str]]]:
        """The ranks said of things, with the stems of the two words after each ("his fifth
        presidential term": 5, of "presidential" and "term")."""
        return [(r, frozenset(stem(x) for x in ws[i + 1:i + 3] if x not in self.vocab.stopwords))
                for i, w in enumerate(ws) if (r := self.rank(w)) is not None]

    _quote_ranks_kept: tuple[tuple[Fact, int, frozenset[str]], ...] | None = None

    @property
    def quote_ranks(self) -> tuple[tuple[Fact, int, frozenset[str]], ...]:
        if self._quote_ranks_kept is None:
            self._quote_ranks_kept = self._make_quote_ranks()
        return self._quote_ranks_kept

    def _make_quote_ranks(self) -> tuple[tuple[Fact, int, frozenset[str]], ...]:
        """Every rank the facts' quotes give, by fact, worked out once: a rank said in a
        question is checked against them all."""
        return tuple((i.fact, r, n) for i in self.index.facts for q in i.fact.quotes
                     for r, n in self.ranks(tokens(q.quote)))

    # --- shared pieces --------------------------------------------------------------------

    def kind_of(self, name: str) -> str:
        return self.words.kind(name)

    def ranked(self, ask: Ask, pool: tuple[IndexedFact, ...] | None = None,
               bonus: Callable[[IndexedFact], float] | None = None
               ) -> list[tuple[float, IndexedFact]]:
        out = []
        base = ask.scores  # a fact's score for this question, worked out once
        q = ask.q
        # Only the facts the question's entities and words touch (the index's postings)
        # need the full score; any other scores just what its kind, time and subject
        # give, the same sum _score would make (relevance, place and words being 0).
        touched = self.index.candidate_ids(ask.others, q.stems)
        halved = ask.halved.get("") if ask.carried else False
        if halved is None:
            halved = ask.halved[""] = self._own_words(ask)
        # (the names the question says, and those the conversation brought, weighed apart)
        split = (tuple(e for e in ask.others if e not in ask.carried),
                 tuple(e for e in ask.others if e in ask.carried)) if halved else None
        for item in pool if pool is not None else self.index.facts:
            fact = item.fact
            score = base.get(fact.id)
            if score is None and fact.id in touched:
                score = base[fact.id] = self._score(ask, item, split)
            elif score is None:
                score = 0.0
                if fact.kind in q.kinds:
                    score += 0.5 if fact.kind in CONTACT_KINDS else 2.5
                if (fact.kind in FUTURE_KINDS and q.past and not q.future) or (
                        q.future and fact.kind in CONTACT_KINDS):
                    score -= 1.0
                if fact.id in ask.prefer:
                    score += 1.0
                if ask.asks_principal and (fact.subject in ask.principal
                                           or fact.subject is None):
                    score += 0.5
                fit = self.index.time_fits(item, q.times)
                score += 1.0 if fit else -1.0 if fit is False else 0.0
                base[fact.id] = score
            if score > 0 and bonus is not None:
                score += bonus(item)
            if score > 0:
                out.append((score, item))
        out.sort(key=lambda s: -s[0])
        return out

    def _score(self, ask: Ask, item: IndexedFact,
               split: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> float:
        """How well one fact fits the question, before any strategy's own bonus; `split`:
        the names the question says and those the conversation brought, which weigh half."""
        q = ask.q
        # "go to X", "was she in X": a contact there, not a fact about X
        moving = bool(ask.placed) and (ask.asks_principal
                                       or any(w in self.vocab.contact_words for w in q.words))
        if split is not None:
            # "when's that flight supposed to start?": the question's own words decide
            # among the facts; the names the conversation brought weigh half
            own, carried = split
            score = self.index.relevance(item, own, q.stems, ask.home) \
                + 0.5 * self.index.relevance(item, carried, frozenset(), ask.home)
        else:
            score = self.index.relevance(item, ask.others, q.stems, ask.home)
        kind = item.fact.kind
        if kind in q.kinds:  # "what did he say": a statement; "go to": a trip
            score += 0.5 if kind in CONTACT_KINDS else 2.5
        elif "statement" in q.kinds and q.stems & self.vocab.said_stems & item.strong:
            score += 2.5  # "what did she pledge?": a visit where she pledged, in that word
        if moving and any(self.index.at(item, p) for p in ask.placed):
            score += 1.0  # "go to North Korea": a contact there, not a fact about it
        if q.distinctive:  # the words that make a question specific weigh more
            score += 1.0 * len(q.distinct_stems & item.strong)
        if (kind in FUTURE_KINDS and q.past and not q.future) or (
                q.future and kind in CONTACT_KINDS):
            score -= 1.0
        if item.fact.id in ask.prefer:
            score += 1.0  # the conversation nudges; the question's own words decide
        if ask.asks_principal and (item.fact.subject in ask.principal
                                   or item.fact.subject is None):
            score += 0.5
        fit = self.index.time_fits(item, q.times)
        score += 1.0 if fit else -1.0 if fit is False else 0.0
        return score

    def _own_words(self, ask: Ask) -> bool:
        """Does some fact hold all the question's distinctive words?"""
        stems = ask.q.distinct_stems
        return bool(stems) and any(stems <= (i.strong | i.weak)
                                   for i in self.index.candidates((), stems))

    def top(self, ask: Ask, pool: tuple[IndexedFact, ...] | None = None,
            bonus: Callable[[IndexedFact], float] | None = None, *, minimum: float = 1.5,
            spread: float = 0.0, most: int = 3) -> list[tuple[float, IndexedFact]]:
        """The best facts, and those within `spread` of the best."""
        ranked = self.ranked(ask, pool, bonus)
        if not ranked or ranked[0][0] < minimum:
            return []
        best = ranked[0][0]
        return [r for r in ranked if r[0] >= best - spread][:most]

    def strange(self, q: Parsed) -> bool:
        """The question's specific words are all words the article and its facts never use."""
        return bool(q.distinctive) and not any(self.vocab.knows(w) for w in q.distinctive)

    def points_back(self, q: Parsed) -> bool:
        """Does a claim open with the meeting just told ("that one was in Zenda?", "was
        that in Zenda?")?"""
        ws = q.words
        while ws and (ws[0] in self.vocab.openers or ws[0] in self.vocab.list_glue
                      or ws[0] in self.vocab.linking):
            ws = ws[1:]  # ("and will it be held in Zenda?", "so that money was ...")
        return any(ws[:len(p)] == p for p in self.vocab.event_pointers)

    def points_at_end(self, q: Parsed) -> bool:
        """Does the question end on the event just told ("how did the Zendans feel about
        that?", "did Ben object to it?")?"""
        ws = q.words[:len(q.words) - self.vocab.tag_length(q.words)]  # ("…, right?")
        return any(len(ws) > len(p) and ws[-len(p):] == p for p in self.vocab.event_pointers)

    def remark_at(self, ws: tuple[str, ...], end: int) -> bool:
        """Does a remark on the talk of someone follow their name, ending at `end` ("who's
        this Ana everyone's on about?"): no more of the question?"""
        return ws[end:end + 1] != () and ws[end] in self.vocab.remark_subjects

    def among_them(self, q: Parsed) -> bool:
        """Does the question ask whether something is on the list just given ("is Zenda
        one of them?")?"""
        return not self.vocab.among_firsts.isdisjoint(q.words) and any(
            find(q.words, p) >= 0 for p in self.vocab.among_them)

    def asks_contact(self, q: Parsed) -> bool:
        """Does the question ask about a meeting or trip ("met", "sit down with")?"""
        ws = q.words
        # (an auxiliary before another verb is no contact: "has it been sending arms?")
        return bool(q.kinds) or any(
            w in self.vocab.contact_words and not (
                w in self.vocab.copulas and i + 1 < len(ws) and ws[i + 1].endswith("ing"))
            for i, w in enumerate(ws)) or any(
            find(ws, p) >= 0 for p in self.vocab.contact_phrases)

    def multiple(self, q: Parsed) -> int | None:
        """How many times a question says something happened: "twice", "three times"."""
        found = self.multiple_at(q)
        return found[0] if found else None

    def multiple_at(self, q: Parsed) -> tuple[int, int] | None:
        """The number of times said, and where it stands in the question's words."""
        for i, w in enumerate(q.words):
            n = number(w)
            if n is not None and (w in self.vocab.multiples or (
                    i + 1 < len(q.words) and stem(q.words[i + 1]) in self.vocab.occasion_stems)):
                return n, i
        return None

    def times_held(self, q: Parsed, told: int) -> bool | None:
        """Does a count of `told` bear out the times the question says ("twice", "more
        than once", "fewer than three times", "at least twice")? None: no times said."""
        found = self.multiple_at(q)
        if found is None:
            return None
        n, i = found
        for phrase, held in self.vocab.times_bounds:
            if q.words[max(0, i - len(phrase)):i] == phrase:
                return held(told, n)
        return told == n

    def hits(self, item: IndexedFact, q: Parsed) -> int:
        """How many of the question's distinctive words the fact has."""
        return len(q.distinct_stems & item.strong) + len(q.distinct_stems & item.weak
                                                          - item.strong)

    def named(self, ask: Ask) -> tuple[str, ...]:
        """What the question names beyond the subject's home; a city acting ("what has
        Zenda been sending?") stands for its country's government too."""
        named = tuple(e for e in ask.others if e not in ask.home)
        acting = {m.entity for m in ask.mentions if m.role == "plain"
                  and self.kind_of(m.entity) == "city"}
        return named + tuple(dict.fromkeys(
            p for e in named if e in acting for p in self.index.lineage(e)
            if p not in named and p not in ask.home and self.kind_of(p) == "country"))

    def focused(self, ask: Ask, pool: tuple[IndexedFact, ...] | None = None
                ) -> tuple[IndexedFact, ...] | None:
        """The facts about what the question names (when it names something they match)."""
        named = self.named(ask)
        if not named:
            return pool
        # only the facts tied to what it names can reach 1.5 (the index's postings)
        touched = self.index.candidates(named)
        if pool is not None:
            ids = {i.fact.id for i in touched}
            touched = tuple(i for i in pool if i.fact.id in ids)
        # (a region's members are tied to it by 1.0: "the Pacific summit" is in Fiji)
        least = 1.0 if all(self.kind_of(n) == "region" for n in named) else 1.5
        hit = tuple(i for i in touched
                    if self.index.relevance(i, named, frozenset(), ask.home) >= least)
        return hit or pool

    def category_only(self, ask: Ask, fact: Fact) -> str | None:
        """'Which business leaders did she meet?' of a fact that says "business leaders"
        and names none: the words asked for, when the fact names nothing more than the
        question and its subject do."""
        asked = ask.q.asked_for
        if not asked or squeeze(" ".join(asked)) not in squeeze(fact.summary):
            return None
        # (where they met names none of them; a country may be what is asked for)
        # ("which country ignored the complaints?": the country the fact is set in)
        placed = set(fact.places) if any(w in PLACE_KINDS for w in asked) else set()
        named = {n for n in {*fact.participants, *fact.about, *placed} - set(ask.principal)
                 - set(ask.others) - set(ask.home)
                 if self.kind_of(n) not in ("city", "region", "place", "event")
                 or n in placed}
        return None if named else " ".join(asked)

    def sibling(self, fact: Fact, wanted: Callable[[Fact], bool]) -> Fact | None:
        """A fact quoting the same sentence as `fact` that has what `fact` lacks: the
        number of young people the visa deal lets in says nothing of who signed it, the
        meeting the same sentence tells of does."""
        quoted = {(q.document, q.paragraph, q.quote) for q in fact.quotes}
        return next((i.fact for i in self.index.facts if i.fact is not fact
                     and any((q.document, q.paragraph, q.quote) in quoted
                             for q in i.fact.quotes) and wanted(i.fact)), None)

    def just_told(self, ask: Ask) -> IndexedFact | None:
        """The one fact the last answer told, when the question names nothing of its own
        and asks no step after another ("where?", "when does it start?")."""
        if len(ask.prefer) != 1 or ask.q.sequence or any(m.start >= 0 for m in ask.mentions):
            return None
        return self.index.by_id.get(ask.prefer[0])

    def post_began(self, ask: Ask) -> Fact | None:
        """The fact telling the month this year a person's post began."""
        who = next((m.entity for m in ask.mentions if self.kind_of(m.entity) == "person"),
                   next(iter(sorted(ask.principal)), None))
        return next((
            i.fact for i in self.index.facts if self.vocab.tenure_stems & i.strong
            and (who in ((i.fact.subject,) + i.fact.participants)
                 or (who in ask.principal and not i.fact.subject)) and i.fact.time_phrase
            and any(m in i.fact.time_phrase.casefold().split() for m in self.vocab.months)
            and not any(w.isdigit() and len(w) == 4 for w in i.fact.time_phrase.split())
            # (not a term that is the fifth: "began his fifth term in May")
            and not any((self.vocab.ordinals.get(w) or 0) > 1
                        for w in tokens(i.fact.summary.casefold()))), None)

    def told_event(self, ask: Ask) -> str | None:
        """'Where?', 'and when?' after one fact told of an event (a summit ahead): that
        event, when the question asks nothing of its own."""
        item = self.just_told(ask) if not ask.q.distinctive else None
        occasion = item.fact.occasion if item is not None \
            and item.fact.kind in FUTURE_KINDS else None
        return occasion if occasion and self.kind_of(occasion) == "event" else None

    def ahead(self) -> list[Fact]:
        """What lies ahead, firmer plans first: an expected meeting or a scheduled event
        before an invitation."""
        return sorted((i.fact for i in self.pool(FUTURE_KINDS)),
                      key=lambda f: f.kind == "invitation")

    def pool(self, kinds: tuple[str, ...]) -> tuple[IndexedFact, ...]:
        return self.index.of_kinds(kinds)  # worked out once per set of kinds

    def rank(self, word: str) -> int | None:
        """'fifth', '5th', 'first' -> the rank; None for any other word (a plain '5')."""
        if word in self.vocab.ordinal_first:
            return 1
        return self.vocab.ordinals.get(word) or (number(word) if not word.isdigit() and
                                                 word[-2:] in ("st", "nd", "rd", "th") else None)

    def time_of(self, fact: Fact) -> tuple[str | None, Fact | None]:
        """The fact's time, or the time of another fact at the same occasion (and that fact).
        A span ("for a year") is how long something lasts, no answer to when."""
        if fact.time_phrase and tokens(fact.time_phrase)[0] not in self.vocab.durations:
            return fact.time_phrase, None
        if fact.occasion:
            for item in self.index.facts:
                other = item.fact
                if other.occasion == fact.occasion and other.time_phrase and other is not fact:
                    return other.time_phrase, other
        return None, None

    def not_said(self, what: str, related: list[Fact]) -> Reply:
        """The article lacks `what` (worded by the policy)."""
        return self.policy.not_said(what, related)

    # --- journeys ---------------------------------------------------------------------------

    def journey(self, people: frozenset[str], kinds: tuple[str, ...] = CONTACT_KINDS
                ) -> list[Fact]:
        """The contacts `people` took part in, in the order they happened as far as the
        facts tell: the curator's order, each chain of `follows` kept together in order."""
        out: list[Fact] = []
        placed: set[str] = set()
        for item in self.pool(kinds):
            for step in self.chain(item.fact.id):
                fact = self.index.by_id[step].fact
                if step not in placed and fact.kind in kinds \
                        and people & set(fact.participants):
                    placed.add(step)
                    out.append(fact)
        return out

    def chain(self, fact_id: str) -> list[str]:
        """The whole trip a fact is a step of, first step first (just the fact if none)."""
        root, seen = fact_id, {fact_id}
        while (up := self.index.by_id[root].fact.follows) in self.index.by_id and up not in seen:
            root = up
            seen.add(up)
        out = [root]
        while (nxt := self.index.followers.get(out[-1])) and nxt[0] not in out:
            out.append(nxt[0])
        return out

    # --- helpers ----------------------------------------------------------------------------

    def kinds_asked(self, q: Parsed) -> tuple[str, ...]:
        asked = tuple(k for k in q.kinds if k in CONTACT_KINDS + FUTURE_KINDS)
        if "invitation" in asked:  # "who invited her back": the invitations, past or not
            return ("invitation",)
        if q.future:
            return tuple(k for k in asked if k in FUTURE_KINDS) or FUTURE_KINDS
        return tuple(k for k in asked if k in CONTACT_KINDS) or CONTACT_KINDS

    def filters(self, ask: Ask) -> tuple[list[str], list[str], list[str]]:
        """(places it must be at, who must take part, either) for the entities asked."""
        places, people, either = [], [], []
        seen = set()
        for m in ask.mentions:
            name = m.entity
            if name in ask.principal or name in seen or m.role in ("excluded", "included"):
                continue
            seen.add(name)
            kind = self.kind_of(name)
            if kind in ("event", "city", "place"):
                places.append(name)
            elif kind == "person":
                people.append(name)
            elif name in ask.home and m.role != "place":
                continue  # "hosted at home" aside, the subject's own country filters nothing
            elif kind == "country" and any(
                    o.end == m.start and name in self.index.lineage(o.entity)
                    for o in ask.mentions if o is not m):
                places.append(name)  # "in Strelsau Zenda": where the city is, no filter
            elif kind in ("region", "organisation", "group") or (
                    kind == "country" and m.role == "plain"):
                either.append(name)
            elif kind == "country":
                (places if m.role == "place" else people).append(name)
        return places, people, either

    def scope(self, places: list[str], people: list[str], either: list[str],
               times: tuple[str, ...]) -> str:
        parts = []
        events = [p for p in places if self.kind_of(p) == "event"]
        spots = [p for p in places if p not in events]
        if spots:
            # ("in Strelsau in Zenda": the city, in its country, said once: "in Strelsau, Zenda")
            inner = [p for p in spots if any(o != p and o in self.index.lineage(p) for o in spots)]
            outer = [o for o in spots if any(o in self.index.lineage(p) for p in inner if p != o)]
            parts.append(f"in {join([p for p in spots if p not in outer])}" + (
                f", {join(outer)}" if len(inner) == len(outer) == 1 else ""))
        if events:
            parts.append(f"at the {join(events)}")
        regions = [e for e in either if self.kind_of(e) == "region"]
        if regions:
            parts.append(f"leaders from {join(regions)}")
        if groups := [e for e in either if self.kind_of(e) in ("organisation", "group")]:
            parts.append(f"at {join(groups)}")
        if countries := [e for e in either if e not in regions and e not in groups]:
            parts.append(f"leaders from or in {join(countries)}")
        if times:
            parts.append(join(list(times)))
        return (" " + " ".join(parts)) if parts else ""

    def fits(self, fact: Fact, times: tuple[str, ...]) -> bool:
        when = self.time_of(fact)[0] or ""
        return any(self.index.says_time(t, when) for t in times)

    def event(self, name: str, asked: str) -> Reply | None:
        event = self.entities[name]
        facts = [i.fact for i in self.index.facts if i.fact.occasion == name]
        if not facts:
            return None
        future = all(f.kind in FUTURE_KINDS for f in facts)
        place = self.words.place(event.place) if event.place else None
        if asked == "where":
            if not place:
                return None
            verb = "will be held in" if future else "was held in"
            return Reply(f"The {name} {verb} {place}.", facts, focus=(event.place or "",))
        when = next((f.time_phrase for f in facts if f.time_phrase), None)
        if not when:
            return self.not_said(f"when the {name} is", facts)
        verb = "is" if future else "was"
        at = f" in {event.place}" if event.place else ""
        dated = [f for f in facts if f.time_phrase] + [f for f in facts if not f.time_phrase]
        return Reply(f"The {name}{at} {verb} {when}.", dated[:2])
