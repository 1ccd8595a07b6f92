"""The answer engine: question (+ conversation) -> Answer. Knows nothing of Discord."""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import dropwhile, pairwise, takewhile

from rapidfuzz import fuzz, process

from bot.engine import mentions
from bot.engine.answer import Answer, Source
from bot.engine.compose import PLACE_KINDS, Ask, Composer, Outcome, Reply, Vocab, states_number
from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS, FactIndex, fact_ties, walk
from bot.engine.kinds import acronym, journey, kinds, yes_no
from bot.engine.lexicon import IntentSpec, Lexicon, everyday
from bot.engine.parse import (
    Mention,
    Parsed,
    Parser,
    find,
    first_number,
    number,
    quotations,
    quoted_words,
)
from bot.engine.phrases import capital, join
from bot.engine.policy import MAX_SOURCES, Policy, Refusal
from bot.engine.referents import Referents
from bot.engine.sessions import Context
from bot.engine.text import fold, squeeze, stem, term_stems, text_stems, tokens, words
from bot.settings import EngineSettings
from bot.store.load import Fact, Snapshot

GENERIC = ("what", "about")  # intents a follow-up such as "and Ben?" may take over
# kinds whose answer to a yes/no question ("did they discuss X?", "has she made eight
# trips?") is checked for a verdict
CLAIMS = ("topics", "trips", "what", "count", "who")
# kinds whose question takes for granted that what it names happened ("why did she go to
# X?"): a place the article never names makes the premise false, not the question unknown
PRESUPPOSING = ("why", "when", "topics")


def _not_mentioned(q: Parsed, fact: Fact) -> Reply:
    """No: the names the question has that no article uses, then what the article does say."""
    return Reply(f"the article does not mention {join([capital(n) for n in q.unknown_spans])}. "
                 f"{fact.summary}", [fact], verdict=False)


def short_names(snapshot: Snapshot, documents: Iterable[str], facts: Iterable[Fact],
                words: Mapping[str, list[str]], texts: list[str]) -> dict[str, str]:
    """The subject, a place and a person of one desk's facts, as its articles name them:
    a function of the data alone, so the engine can fill its replies without building
    every desk."""
    docs = sorted(documents)
    subject = next((snapshot.documents[d].subject for d in docs
                    if snapshot.documents[d].subject), "")
    contacts = [f for f in facts if f.kind in ("met", "visit", "hosted")]
    place = next((p for f in contacts for p in f.places
                  if snapshot.entities[p].kind == "city"), "")
    person = next((w for f in contacts for w in f.who
                   if snapshot.entities[w].kind == "person"), "")
    text = " ".join(texts).casefold()
    return {"subject": short_name(subject, words, text) if subject else "its subject",
            "place": place, "person": short_name(person, words, text) if person else ""}


def short_name(name: str, words: Mapping[str, list[str]], text: str) -> str:
    """The one-word name (alias) the casefolded `text` uses most ('Ana', 'Li'), else the
    full one."""
    counts = Counter({a: text.count(a) for a in words.get(name, ())})
    best = max(words.get(name, ()), key=lambda a: counts[a], default="")
    return (best.title() if counts[best] else name) or name


def _words_of(said: list[str], quotes: list[str]) -> bool:
    """Are the words said after a verb of saying (three or more) nearly all one quote's
    ("Ben said Zenda's future is written in the sea" of Li's words on Ruritania's)?"""
    if len(said) < 3:
        return False
    return any(sum(w in told for w in said) >= 0.75 * len(said)
               for told in (set(tokens(q.casefold())) for q in quotes))


def _figures(q: Parsed, months: frozenset[str]) -> set[int]:
    """The numbers of a question but the days of a date ("on March 3")."""
    ws = q.words
    days = {n for i, w in enumerate(ws) if (n := number(w)) is not None
            and ((i and ws[i - 1] in months) or (i + 1 < len(ws) and ws[i + 1] in months))}
    return set(q.numbers) - days


class Desk:
    """One subject's facts and the strategies over them.

    Every article whose `subject` is the same person shares a desk; an article without a
    subject has its own. A question is answered at one desk (or several, side by side),
    so one subject's facts can never be told about another.
    """

    def __init__(self, key: str, snapshot: Snapshot, settings: EngineSettings,
                 lexicon: Lexicon, parser: Parser, documents: tuple[str, ...],
                 facts: tuple[Fact, ...], short: dict[str, str], texts: list[str],
                 lineage: dict[str, frozenset[str]], policy: Policy, vocab: Vocab) -> None:
        self.key = key
        self.documents = frozenset(documents)
        self.snapshot = snapshot
        self.settings = settings
        self.lexicon = lexicon
        self.parser = parser
        self.policy = policy
        self.index = FactIndex(snapshot, facts, lineage,
                               (lexicon.current_year_times, lexicon.other_year_times))
        self.composer = Composer(snapshot, self.index, policy, vocab)
        self.short = short  # the subject, a place and a person, for the reply texts
        self.subject_name = self.short["subject"]
        self.principal = frozenset(d.subject for d in snapshot.documents.values()
                                   if d.subject and d.slug in self.documents)
        self.home = frozenset(e.country for p in self.principal
                              if (e := snapshot.entities.get(p)) and e.country)
        self.fact_terms = frozenset().union(*(i.strong for i in self.index.facts))
        # the builder's stems of each article's words (text.stem), else its paragraphs'
        self.article_stems = frozenset().union(
            *(snapshot.document_stems.get(d, frozenset()) for d in self.documents)) \
            or frozenset(stem(w) for t in texts for w in tokens(t))
        # every entity this desk's facts link, with what they lie in: for routing
        self.linked = frozenset().union(*(i.places | i.people | i.about
                                          for i in self.index.facts))
        # ... and every entity its articles name at all: the rest belong to other articles
        self.present = self.linked.union(*(snapshot.mentioned.get(d, frozenset())
                                           for d in self.documents), self.principal)
        self.titles = {d: snapshot.documents[d].title for d in sorted(self.documents)}
        self.kinds = kinds()

    # --- the one entry point ---------------------------------------------------------------

    def answer(self, original: str, parsed: Parsed, context: Context | None,
               now: float) -> Answer:
        """The answer from this desk's facts (the router has dealt with empty input)."""
        mentions, prefer, strategy, used = self._with_context(parsed, context, now)
        # (a subject pronoun after a person named is that person: "what does Ben call what
        # he's doing?"; "did Ben meet him?" is still of the subject)
        named_first = min((m.start for m in mentions if m.start >= 0
                           and self.snapshot.entities[m.entity].kind == "person"), default=None)
        # (nor is a claim's tag after a name: "TAP are going to fly there, so they are?")
        untagged = parsed.words[:len(parsed.words) - self.lexicon.tag_length(parsed.words)] \
            if parsed.claim and any(m.start == 0 for m in mentions) else parsed.words
        if not used and len(self.principal) == 1 and not any(
                m.entity in self.principal for m in mentions) and any(
                (w in self.lexicon.subject_pronouns and (named_first is None or i < named_first))
                or w in self.lexicon.object_pronouns
                for i, w in enumerate(untagged)) and (
                    self.composer.asks_contact(parsed) or self._placed_pronoun(parsed)
                    or bool(set(parsed.words) & self.composer.vocab.attribute_nouns)):
            # "list the cities she went to", "when was he in Zenda?", "what's her exact
            # title?", nothing said before: the article's subject
            # (not "do they speak Portuguese there?", nor "Ben's the minister, isn't he?")
            mentions += (Mention(next(iter(self.principal)), -1, -1, "plain"),)
        # (the first person told of is the one "his" stands for; named in the question,
        # "Ben … his country", the question is of him too)
        owning = not self.lexicon.own_firsts.isdisjoint(parsed.words)
        person = next((m for m in mentions if self.snapshot.entities[m.entity].kind
                       == "person"), None) if owning else None
        if owning and person is None and context is not None and context.fresh(
                now, self.settings.session_ttl) and len(context.counterpart) == 1 \
                and context.desk in (None, self.key):
            # ("why is his country relying on Zenda?" after whom she met: his)
            person = Mention(context.counterpart[0], -1, -1, "plain")
        if person is not None and person.start < 0 \
                and (land := self.snapshot.entities[person.entity].country) \
                and land in self.snapshot.entities \
                and any(find(parsed.words, p) >= 0 for p in self.lexicon.own_country):
            # "what does his country hold?": his country is what is asked about, not him
            # nor whom he met
            mentions = (*(m for m in mentions if m.start >= 0 or self.snapshot.entities[
                m.entity].kind != "person"), Mention(land, -1, -1, "plain"))
            prefer = ()
        ask = Ask(parsed, mentions, prefer, self.principal, self.home)
        if (prefer or (strategy == "count" and parsed.words
                       and parsed.words[0] not in self.lexicon.question_words)) \
                and self.lexicon.tagged(parsed.words) \
                and yes_no.counts_claimed(self.composer, parsed):
            # "that's seven, right?" of the list just given; "she visited six countries in
            # total, correct?": a count claimed, checked
            strategy = "yes_no"
        if strategy == "overview" and (strange := [
                capital(w) for w in parsed.asked_for if self.lexicon.unheard(w)]):
            # "what's ben been up to in Zenda?": a name unknown here, typed small
            return self._finish(original, strategy, parsed, ask, self.policy.unknown(strange),
                                context, now, used, remember=False)
        if strategy == "overview" and set(ask.others) - self.home - {
                m.entity for m in mentions if self.snapshot.entities[m.entity].kind == "region"
                and 0 <= m.end < len(parsed.words)
                and stem(parsed.words[m.end]) in self.composer.vocab.visit_words}:
            # "the gist of the Ben bit": what the article says of Ben ("tl;dr of her Asia
            # trip" is still the whole article)
            strategy = "about"
        if strategy == "overview" and parsed.roles and not set(ask.others) - self.home:
            strategy = "who"  # "which prime ministers show up in the articles?": a who-list
        if strategy == "overview" and not (parsed.unknown_subject and parsed.unknown_names) \
                and (summary := self.kinds["overview"](self.composer, ask)):
            # (not "what's Ben been up to lately?", Ben unknown here)
            return self._finish(original, strategy, parsed, ask, summary, context, now, used)
        if parsed.personal:  # "ugh my flight to Zenda got delayed again": no question
            return self.decline(original, Refusal.OFF_TOPIC, context, now)
        if strategy == "greeting" and not ask.others:
            return self.decline(original, Refusal.CHAT, context, now,
                                reply=parsed.intent.reply if parsed.intent else None)
        on_topic = bool(mentions or used or parsed.stems & self.fact_terms
                        or parsed.stems & self.article_stems
                        or any(w in self.lexicon.party_nouns and stem(w) in self.fact_terms
                               for w in parsed.words)
                        or (parsed.intent is not None and bool(self._journey_nouns(parsed))))
        if self._off_topic(ask, on_topic, used):
            return self.decline(original, Refusal.OFF_TOPIC, context, now)
        if strategy in (None, "greeting", "overview"):
            strategy = "about" if ask.others and not parsed.content else "what"
        if (strategy == "what" and "visit" in parsed.kinds and parsed.asked_for
                and set(parsed.asked_for) <= self.lexicon.place_nouns) or (
                strategy == "who" and "visit" in parsed.kinds and not ask.others
                and set(parsed.words) & self.lexicon.place_nouns
                and not set(parsed.words) & (self.lexicon.party_nouns - self.lexicon.place_nouns)):
            # "which countries is she visiting?", "name all the countries he visited"
            strategy = "trips"
        elif strategy in ("what", "upcoming") and set(parsed.asked_for) & self.lexicon.party_nouns:
            strategy = "who"  # "which African countries might show up?": a who-list
        elif strategy == "upcoming" and set(parsed.asked_for) & self.lexicon.organisation_nouns:
            strategy = "what"  # "which company plans the flight?": the firm, not what is next
        elif strategy == "what" and parsed.future and not parsed.past and parsed.kinds \
                and set(parsed.kinds) <= set(CONTACT_KINDS):
            strategy = "upcoming"  # "what is Zenda hosting later this year?": what lies ahead
        elif strategy == "trips" and any(
                a in self.lexicon.possessive_relatives and b in self.lexicon.party_nouns
                for a, b in pairwise(parsed.words)):
            strategy = "who"  # "list the countries whose leaders he met": whom, not where
        elif strategy == "what" and set(parsed.asked_for) & (self.lexicon.step_nouns
                                                               - self.lexicon.place_nouns):
            strategy = "where"  # "what was her stop before Zenda?"
        elif strategy == "about" and parsed.asks_name and parsed.asked_for \
                and not self.lexicon.name_words.within(parsed.asked_for):
            strategy = "what"  # "what is the name of the plant they build?": the plant
        elif strategy == "topics" and parsed.words[0] in self.lexicon.openers \
                and not set(parsed.words) & self.lexicon.question_words:
            strategy = "yes_no"  # "did they discuss the plant?": whether, not what
        elif strategy in ("upcoming", "who", "what") \
                and parsed.words[0] not in self.lexicon.question_words and (
                    parsed.words[0] in self.lexicon.openers or parsed.claim
                    or self.lexicon.tagged(parsed.words)) and self.composer.among_them(parsed):
            strategy = "yes_no"  # "is Zenda among those he will meet?": whether it is
        elif strategy == "source" and self.lexicon.tagged(parsed.words) \
                and quotations(parsed.text) and any(
                    self.snapshot.entities[m.entity].kind == "person" for m in mentions):
            strategy = "yes_no"  # "the 'X' line came from Li, yeah?": whether Li said it
        if parsed.unknown_names and (strategy in PRESUPPOSING or (
                strategy == "what" and parsed.words[0] in self.lexicon.question_words)) \
                and not parsed.unknown_subject \
                and (self.composer.asks_contact(parsed) or any(
                    self.snapshot.entities[e].kind == "person" for e in ask.others)
                     or self._dealt_with_unknown(parsed)) \
                and (wrong := self._unvisited(ask)):
            # "why did he go to Tokyo after being sworn in?": he did not, as far as the
            # article goes; what it says he did then
            return self._finish(original, strategy, parsed, ask, wrong, context, now, used)
        if strategy in (PRESUPPOSING + ("what", "where")) and (
                wrong := self._unmet(ask) or yes_no.uninvited(self.composer, ask) or (
                    yes_no.order_premise(self.composer, ask)
                    or yes_no.opposed_premise(self.composer, ask) if strategy == "why" else None)):
            # "why did Ana meet Li in Zenda?" when it was Ben who met Li: No, whose meeting
            return self._finish(original, strategy, parsed, ask, wrong, context, now, used)
        if strategy in (PRESUPPOSING + ("what",)) and ask.placed \
                and (wrong := yes_no.premise(self.composer, ask)) is not None:
            # "why'd she sign the holiday deal in Zenda?": it was signed in Strelsau
            return self._finish(original, strategy, parsed, ask, wrong, context, now, used)
        if strategy in ("count", "when") and not ask.placed \
                and (wrong := yes_no.misplaced(self.composer, ask, 3)) is not None:
            # "how many can go under the holiday deal with Zenda?" of Strelsau's deal: No
            return self._finish(original, strategy, parsed, ask, wrong, context, now, used)
        if strategy == "where" and (wrong := yes_no.met_where_asked(self.composer, ask)):
            # "where in Zenda did she meet Ben?" when she met him in Strelsau
            return self._finish(original, strategy, parsed, ask, wrong, context, now, used)
        if parsed.unknown_names and strategy != "yes_no" and (self._someone_else(parsed) or (
                (parsed.unknown_subject or not ask.others)
                and strategy not in ("count", "trips"))):
            # (a claim, "did she sign it in Atlantis?", "is Acme the one building it?",
            # is checked against the facts)
            if strategy in PRESUPPOSING and (wrong := self._undone(ask)) is not None:
                # "why is Acme building the Zenda plant?" of Ben's firm building it: No,
                # and who does
                return self._finish(original, strategy, parsed, ask, wrong, context, now, used)
            return self._finish(original, strategy, parsed, ask,
                                self.policy.unknown(parsed.unknown_spans), context, now, used,
                                remember=False)
        if (strategy in ("what", "who", "where", "when", "upcoming", "kinds_of")
                or (strategy == "about" and (self._identity_opening(parsed)
                                             or self._attribute_of_name(parsed)))) \
                and (noun := self._unheard(parsed)) is not None:
            # "which judge signed the warrant?": a kind of thing this article never names
            # ("which firm builds it?" is the organisation the fact names)
            top = self.composer.top(ask, minimum=1.0, most=1)
            # (a fact tied by no name or word of the question is nothing it says of it:
            # "which is the better pint?")
            related = [item.fact for _, item in top
                       if ask.others or self.composer.hits(item, parsed)]
            # ("what was the volume of Zenda's trade?" of a figure told of that trade)
            measured = noun in self.lexicon.value_nouns and any(
                states_number(i.fact.summary) and self.composer.hits(i, parsed) for _, i in top)
            if not measured and not (noun in self.lexicon.organisation_nouns and any(
                    self.snapshot.entities[e].kind == "organisation"
                    for f in related for e in (*f.about, *f.participants))):
                # ("which judge"; "what's the capacity of …": what the capacity is;
                # "what's Ben's approval rating": what Ben's approval rating is)
                named = self._named_first(parsed)
                at = named.end if named is not None else 1
                said = f"who the {noun} is" if self._identity_opening(parsed) \
                    else f"what {named.entity}'s {noun} is" if named is not None \
                    and self.snapshot.entities[named.entity].kind == "person" \
                    else f"which {noun}" if parsed.words[at:at + 1] == (noun.split()[0],) \
                    else f"what the {noun} is"
                return self._finish(original, strategy, parsed, ask,
                                    self.composer.not_said(said, related),
                                    context, now, used)
        reply: Reply | None = None
        if self.lexicon.expansion.within(parsed.words):
            reply = acronym.expansion(self.composer, ask)  # "what does SCO stand for?"
        if reply is None and self.lexicon.itinerary.within(parsed.words) and not parsed.first \
                and not parsed.last and strategy not in ("yes_no", "count"):
            reply = journey.itinerary(self.composer, ask)  # "list her stops in order"
            if reply is None and strategy in ("who", "what", "where"):
                strategy = "trips"  # (no order told: the trips, as the article gives them)
        if reply is None and "or" in parsed.words:
            reply = yes_no.longer(self.composer, ask)  # "whose gap was longer, A's or B's?"
        if reply is None and ("or" in parsed.words or "than" in parsed.words) \
                and any(w in self.lexicon.comparatives for w in parsed.words):
            reply = journey.more_met(self.composer, ask)  # "A or B: whom did he meet more?"
        if reply is None and "or" in parsed.words \
                and (parsed.first or parsed.last or parsed.sequence):
            reply = journey.order(self.composer, ask)  # "A or B first?": a verdict, said first
        ever = any(w in self.composer.vocab.ever_words for w in parsed.words)
        # ("started in Zenda on March 3?": a date, no figure)
        figures = _figures(parsed, self.lexicon.months)
        if reply is None and (parsed.first or parsed.last) and not ever \
                and journey.places(self.composer, ask) and not figures \
                and (strategy == "yes_no" or parsed.words[0] in self.lexicon.openers
                     or parsed.claim or self.lexicon.tagged(parsed.words)) \
                and not parsed.sequence and self._of_journey(ask) \
                and not yes_no.unknown_words(self.composer, ask):
            # ("acme air is starting a flight to Zenda?": a name the articles lack is claimed)
            reply = journey.step_checked(self.composer, ask)  # "she started off in X, right?"
        if reply is None and (parsed.first or parsed.last) and strategy in PRESUPPOSING \
                and not parsed.sequence and not figures \
                and any(self.snapshot.entities[m.entity].kind in PLACE_KINDS
                        for m in parsed.mentions) \
                and (ask.placed or set(parsed.words) & self.lexicon.step_nouns) \
                and journey.places(self.composer, ask) \
                and (wrong := journey.step_checked(self.composer, ask)) is not None \
                and wrong.verdict is False:
            reply = wrong  # "why was Zenda her first stop?" when it was her last
        if reply is None and strategy == "what" and parsed.sequence and not parsed.content \
                and ask.others and not self.lexicon.question_words.isdisjoint(
                    parsed.words[:1 + (parsed.words[0] in self.lexicon.linking)]):
            # ("and what came after Zenda?" too)
            reply = journey.next_step(self.composer, ask)  # "what did Ben do before Zenda?"
        if reply is None and set(parsed.words) & self.lexicon.step_nouns \
                and not (parsed.sequence or parsed.first or parsed.last) \
                and ((parsed.nth and "or" in parsed.words)
                     # ("which stop was Zenda?", "Zenda was which stop?")
                     or (not parsed.nth and any(
                         w in self.lexicon.generic_questions
                         and set(parsed.words[i + 1:i + 3]) & self.lexicon.step_nouns
                         for i, w in enumerate(parsed.words[:3]))
                         and any(w in self.lexicon.copulas for w in parsed.words))) \
                and any(self.snapshot.entities[m.entity].kind in PLACE_KINDS
                        for m in parsed.mentions):
            # "which stop was Zenda?", "was Zenda the 3rd or 4th stop?": its place counted
            # (named in the question: "which city was the last one?" after Zenda asks the
            # last, not Zenda's rank)
            reply = journey.rank_of(self.composer, ask)
        if reply is None and parsed.nth and strategy == "yes_no" \
                and (parsed.words[0] in self.lexicon.openers or parsed.claim) \
                and journey.places(self.composer, ask):
            # "was Zenda her 2nd stop?", "they met the second time in Zenda - correct?"
            reply = journey.nth_checked(self.composer, ask)
        if reply is None and parsed.nth and (
                strategy in ("where", "when", "who", "what")
                or (strategy == "yes_no" and parsed.words[0] not in self.lexicon.openers)):
            # ("4th country she went to?" asks which, though it reads as a claim)
            reply = journey.nth(self.composer, ask)  # "where did they meet the 2nd time?"
        if reply is None and (parsed.first or parsed.last) and strategy == "where" \
                and parsed.words[0] in self.lexicon.openers \
                and any(self.snapshot.entities[e].kind in PLACE_KINDS for e in ask.others):
            reply = journey.step_checked(self.composer, ask)  # "was the last stop Zenda?"
        if reply is None and (parsed.first or parsed.last) \
                and not self._departure(parsed) \
                and not parsed.backwards and not (parsed.sequence and ask.others) \
                and strategy in ("where", "who", "trips") and not parsed.counting \
                and not any(self.snapshot.entities[e].kind == "event" for e in ask.others):
            # ("where is the first <forum> held?": "first" is the event's, no first stop)
            # "where did she go first (after the inauguration)?"; not "first after X"
            reply = journey.step(self.composer, ask, ask.placed)
        if reply is None and strategy in ("where", "what", "who"):
            reply = journey.between(self.composer, ask)  # "the stop between Zenda and X?"
        if reply is None and strategy in ("who", "yes_no", "where", "when") \
                and parsed.backwards:
            # "anyone before the trip?" ("had she been there before the tour?": her first)
            reply = (yes_no.been_before(self.composer, ask) if strategy == "yes_no"
                     else None) or journey.setting_off(self.composer, ask)
        reply = reply or self._unnamed(ask) or self._unspecified(ask) or self._next_untold(ask) \
            or self.kinds[strategy](self.composer, ask)
        if reply is None and strategy not in ("what", "about"):
            found = self.kinds["what"](self.composer, ask)
            reply = self.policy.partial(strategy, found) if found is not None else None
        if reply is None and used and parsed.anaphora \
                and (discussed := self._discussed(ask)) is not None:
            # "what did he put his signature on there?": words none of the facts use, of
            # the event (or the one) the conversation is on: that, as the article tells it
            reply = Reply(discussed.summary, [discussed])
        if reply is None:
            reply = self._fallback(ask)
        if reply is None:
            return self.decline(original, Refusal.NO_FIT, context, now)
        if strategy != "yes_no" and reply.answered and reply.verdict is None \
                and (called := yes_no.miscalled(self.composer, ask) or (
                    yes_no.office_unheld(self.composer, ask, reply)
                    if parsed.words[0] in self.lexicon.question_words else None)) is not None:
            # "what did the Zendan minister Ana sign?": she is not Zendan, first; then
            # what she signed
            reply = replace(reply, text=f"{called.text} {reply.text}", verdict=False,
                            facts=list(dict.fromkeys([*called.facts, *reply.facts])))
        if strategy in CLAIMS and (parsed.words[0] in self.lexicon.openers or parsed.claim
                                   or self.lexicon.tagged(parsed.words)):
            # "did they discuss X?", "he's made like ten trips, hasn't he?", "10-day tour,
            # yes?"
            reply = yes_no.check(self.composer, ask, reply)
        elif strategy in (PRESUPPOSING + ("what", "count", "who")) and "or" not in parsed.words \
                and (parsed.words[0] in self.lexicon.question_words
                     or self._asked_after_setting(original)):
            # (asked after the setting too: "the summit in Zenda in May, who's going?")
            # (an either/or is weighed, not taken as told)
            reply = yes_no.event_elsewhere(self.composer, ask, reply) \
                or yes_no.outcome_elsewhere(self.composer, ask, reply) \
                or yes_no.office_elsewhere(self.composer, ask, reply) or (
                    yes_no.presupposed(self.composer, ask, reply)
                    if strategy not in ("count", "who")
                    # (a count's figures are what it asks; a rank is taken for granted:
                    # "how many since his fourth term began?")
                    else yes_no.rank_elsewhere(self.composer, ask, reply) or reply)
        if (parsed.claim or self.lexicon.tagged(parsed.words) or (
                "?" not in original and not set(parsed.words)
                & (self.lexicon.question_words | self.lexicon.openers))) and reply.answered:
            reply = yes_no.opposed(self.composer, ask, reply)  # "it wastes too much"
        if reply.verdict is not False and strategy in (CLAIMS + ("yes_no",)) \
                and (reply.verdict is True or reply.items) and self.lexicon.denies(parsed.words) \
                and (parsed.claim or parsed.words[0] not in self.lexicon.question_words) \
                and not any(self.lexicon.denies(("", *tokens(f" {f.summary} ".join(
                    x.quote for x in f.quotes).casefold()))) for f in reply.facts[:1]):
            # "he hasn't left Zenda since May, right?": what he did do says No (not when
            # the fact says it did not: "she said they cannot wait, right?"), and the count
            # of it when the same sentence gives one ("six foreign visits, even as …")
            denied = self.composer.index.counting(reply.facts[0]) \
                if reply.facts and strategy == "yes_no" else None
            if denied is not None and text_stems(denied.summary).isdisjoint(
                    self.composer.vocab.occasion_stems | self.composer.vocab.visit_words):
                denied = None  # (a count of trips or meetings, not "8,000 seafarers")
            reply = replace(reply, verdict=False) if denied is None \
                else Reply(denied.summary, [denied], verdict=False)
        if parsed.claim and reply.facts \
                and self.lexicon.nobody.within(parsed.words) and strategy in (CLAIMS + ("yes_no",)):
            # "nobody meets him anymore": the count of meetings, and the facts of those who
            # do, say No
            counted = [i.fact for i in self.index.facts if i.fact.kind == "number"
                       and i.fact.count and i.strong & self.composer.vocab.occasion_stems
                       and (i.fact.subject is None or i.fact.subject in self.principal)][:1]
            facts = list(dict.fromkeys([*counted, *reply.facts]))[:2]
            reply = Reply(" ".join(f.summary for f in facts), facts, verdict=False)
        if reply.verdict:
            # (whichever check said Yes: "A hosted B in Atlantis before the trip", a place
            # the articles never name, is no Yes)
            reply = yes_no.unclaimed(self.composer, ask, reply)
        if reply.verdict is None and reply.answered \
                and (offered := self.parser.guess(original)):
            # "where'd they sign it, sydney?": the guess is wrong, No, and where it was;
            # "…, canberra?": Yes
            told = set(tokens(reply.text.casefold()))
            unknown = not any(self.lexicon.knows(w) for w in offered)
            said = "the article does not mention " \
                f"{' '.join(capital(w) for w in offered)}. " if unknown else ""
            held = all(w in told for w in offered)
            reply = replace(reply, text=("" if held else said) + reply.text, verdict=held)
        return self._finish(original, strategy, parsed, ask, reply, context, now, used)

    # --- conversation ------------------------------------------------------------------------

    def _of_journey(self, ask: Ask) -> bool:
        """Is a claim of a first or last step about the subject's journey ("she started in
        Zenda?", "was the tour's first stop Zenda?"), not something else that started
        ("the Zenda flight already started?")?"""
        ws = ask.q.words
        pronouns = self.lexicon.pronouns
        # ("the flight has already started flying?": the flight, not a journey's step)
        return ask.asks_principal or bool(set(ws) & (pronouns | self.lexicon.step_nouns)) \
            or (not set(ws) & self.composer.vocab.done_words
                and any(stem(w) in self.composer.vocab.visit_words for w in ws
                        if w not in self.lexicon.stopwords))

    def _placed_pronoun(self, q: Parsed) -> bool:
        """'Was he in Zenda?': a pronoun put at a place ("he in Zenda"), not one that
        does something there ("do they speak Zendan in Zenda?")."""
        pronouns = self.lexicon.pronouns
        asked = self.lexicon.question_words
        if q.words and set(q.words[:2]) & asked and any(  # ("since when (is) she ...")
                w in self.lexicon.subject_pronouns
                and (q.words[i - 1] in self.lexicon.openers or q.words[i - 1] in asked)
                for i, w in enumerate(q.words[:4]) if i):
            return True  # "how long was she away?", "why did he go?": the one asked about
        return any(m.role == "place" and m.start >= 2 and q.words[m.start - 2] in pronouns
                   for m in q.mentions)

    def _asked_after_setting(self, question: str) -> bool:
        """'the summit in Zenda in May, who's going to that?': the setting told first,
        then, after a comma, the question (its question word first)."""
        head, comma, tail = question.rpartition(", ")
        asked = self.parser.parse(tail).words if comma and head.strip() else ()
        return bool(asked) and asked[0] in self.lexicon.question_words

    def _pronoun_subject(self, q: Parsed, context: Context, own: list[Mention]
                         ) -> tuple[Mention, ...]:
        """'He was the Zendan foreign minister, wasn't he?' after Ben was told of: "he" is
        Ben, whoever the office named is (the claim is that Ben holds it)."""
        ws = q.words
        at = 1 if ws[:1] and ws[0] in self.lexicon.openers else 0
        if not (len(ws) > at + 1 and ws[at] in self.lexicon.subject_pronouns
                and ws[at + 1] in self.lexicon.copulas):
            return ()
        if any(m.start == at + 1 or m.start < at for m in own):
            return ()
        entities = self.snapshot.entities
        person = next((e for e in (*context.counterpart, *context.entities)
                       if e in entities and entities[e].kind == "person"
                       and e not in self.principal), None)
        if person is None or any(m.entity == person for m in own):
            return ()
        return (Mention(person, -1, -1, "plain"),)

    def _there(self, q: Parsed, context: Context, mentions: tuple[Mention, ...],
               inherited: tuple[Mention, ...], strategy: str | None) -> tuple[Mention, ...]:
        """'Cuba was there too?' after whom he met at the Zenda summit: "there" is where
        the claim before it, the last answer or the last question was."""
        if any(m.role == "place" for m in mentions) \
                or not any(find(q.words, p) >= 0 for p in self.lexicon.thither):
            return ()
        last = self.index.by_id.get(context.facts[0]) if len(context.facts) == 1 else None
        entities = self.snapshot.entities
        there = tuple(Mention(p, -1, -1, "place") for p in context.claimed_there
                      or context.there or (last.fact.places if last is not None else ())
                      or tuple(entities[m.entity].place or "" if entities[m.entity].kind
                               == "event" else m.entity for m in inherited
                               if entities[m.entity].kind in (PLACE_KINDS + ("event",)))
                      if p in entities and p not in {m.entity for m in mentions})
        if strategy == "yes_no":
            context.claim_there(tuple(m.entity for m in there))
        return there

    def _with_context(self, q: Parsed, context: Context | None, now: float
                      ) -> tuple[tuple[Mention, ...], tuple[str, ...], str | None, bool]:
        """Mentions, preferred facts and strategy, with the conversation's where it helps.

        Context is used only when the question leans on it: a pronoun ("he", "there"), an
        ellipsis ("why?", "and after?"), "and X?" with a new subject. A question that brings
        words the article does not know ("who won the world cup") never inherits it.
        """
        strategy = q.intent.answer if q.intent else None
        if strategy is None and set(q.words) & self.composer.vocab.quote_nouns:
            strategy = "what"  # "and her quote there?": her words, whatever was asked before
        elif strategy is None and q.anaphora and self.composer.among_them(q):
            strategy = "yes_no"  # "Zenda also in that list?": the list just given, checked
        elif strategy is None and q.times and not q.mentions and not q.distinctive \
                and len(q.words) <= 4 and not q.continuation:  # (not "and in May?")
            strategy = "yes_no"  # "in December right?" of the event just told: its time
        mentions = q.mentions
        if context is None or not context.fresh(now, self.settings.session_ttl):
            return mentions, (), strategy, False
        if not (q.anaphora and not mentions) and not all(self.lexicon.knows(w)
                                                         or w in everyday() for w in q.content):
            # "who won the euros": a new topic ("what was he stressing about?", naming
            # nothing, points back)
            return mentions, (), strategy, False
        # the subject's own country ("sending Ruritania") is no new subject
        own = [m for m in mentions if m.entity not in self.principal | self.home]
        # (names of another article's conversation that this one never names stay there)
        inherited = tuple(Mention(self._leader(e) if q.leader else e, -1, -1, "plain")
                          for e in context.entities
                          if context.desk in (None, self.key) or e in self.present)
        terse = len(q.words) <= 4 and (strategy is None or strategy in GENERIC)
        asking = bool(set(q.words[:3]) & self.lexicon.question_words)
        personal = any(self.snapshot.entities[m.entity].kind == "person" for m in own)
        # ("is Zenda one of them?": the list just given is what it is checked against)
        among = bool(own) and ((q.anaphora and self.composer.among_them(q)) or (
            q.continuation and context.last is not None
            and self.composer.among_them(context.last)))  # ("and from Zendia?" after it)
        if own and (q.continuation or terse or (q.anaphora and (among or not personal))):
            # "and Ben?", "any from Europe?", "is he Zendan?"
            # (not "and what deals did Ben sign?": a question of its own, with its words)
            if strategy is None or (strategy in GENERIC and not q.kinds and (
                    (q.continuation and not (asking and q.distinctive))
                    or (terse and not q.distinctive) or not asking)):
                # "and Ben?" asks the last question again; "what did Ben say" asks its own
                # (so does "how was her visit to Zenda?"); "and after Zenda?" after what
                # was signed there asks the next stop, as "and then?" does
                onward = strategy is None and q.sequence and not q.content and all(
                    self.snapshot.entities[m.entity].kind in PLACE_KINDS for m in own) \
                    and context.strategy not in ("where", "who", "trips", "when")
                strategy = "where" if onward else context.strategy
            people = [m for m in own if self.snapshot.entities[m.entity].kind == "person"]
            # ("and after Zenda?" is of the subject's journey; "whom did he visit before
            # Zenda?" of the one "he" points at)
            pointed = bool(set(q.words) & (self.lexicon.subject_pronouns
                                           | self.lexicon.object_pronouns))
            keep = () if people else tuple(
                m for m in inherited if self.snapshot.entities[m.entity].kind == "person"
                and (not q.sequence or m.entity in self.principal or pointed))
            if self.lexicon.besides.within(q.words):
                # ("who else did she meet in Zenda?" after Li: anyone but Li)
                keep = tuple(m if m.entity in self.principal else replace(m, role="excluded")
                             for m in keep)
            # ("what city did she go to after Dili?": the stop named is the anchor, not
            # the last answer's)
            # ("was that in Zenda?": of the meeting just told)
            # (so is "how did the Zendans feel about that?": of that event)
            # (and "that was with Ben, right?": whether Ben took part in it)
            pointed = (not people and self.composer.points_at_end(q)) or (
                (not people or strategy == "yes_no") and self.composer.points_back(q))
            there = self._there(q, context, mentions, inherited, strategy)
            keep = keep or self._pronoun_subject(q, context, own)  # "he was the Zendan FM?"
            return mentions + keep + there, context.facts if (keep and not q.sequence) or among \
                or pointed else (), strategy, True
        if own:  # ("was Ben there?" after her stop in Zenda: in Zenda)
            # ("and that was with Ben, right?": of the meeting just told)
            told = context.facts if strategy == "yes_no" and self.composer.points_back(q) \
                else ()
            return mentions + self._pronoun_subject(q, context, own) + (
                self._there(q, context, mentions, inherited, strategy)
                if strategy == "yes_no" else ()), told, strategy, bool(told)
        # (a count asked with its own noun, "how many meetings with leaders?", asks the
        # total, not of the last answer's place)
        elliptical = not q.content or (len(q.words) <= 6 and len(mentions) == 0
                                       and not self._own_topic(q, context)
                                       and not (strategy == "count" and asking
                                                and not self.lexicon.total_nouns.isdisjoint(
                                                    q.words)))
        if q.anaphora:  # "him": whom the last answer said she met, too
            inherited += tuple(Mention(e, -1, -1, "plain") for e in context.counterpart
                               if e not in context.entities
                               and (context.desk in (None, self.key) or e in self.present))
        if q.anaphora and not mentions and self._asks_anew(q, context):
            # "and when did she take office?" after her departure from Zenda: she is still
            # the one meant; Zenda and that departure are not what this asks about (with
            # no one named, the countries are: "what did they sign?" after Zenda and Strelsau)
            kinds = [self.snapshot.entities[m.entity].kind for m in inherited]
            plural = not set(q.words) & self.lexicon.singular_pronouns  # (no "he", "she")
            meant = "person" if "person" in kinds or not plural else "country"
            kept = tuple(m for m, kind in zip(inherited, kinds, strict=True) if kind == meant)
            # ("he", one person: the first the last answer was of, Ben, not whom he met)
            return kept[:1] if not plural and meant == "person" else kept, (), strategy, True
        if q.anaphora or elliptical or q.sequence or q.continuation:
            if strategy == "about" and not q.content and not mentions:
                strategy = "topics"  # "what about?" of the meeting just told: its subjects
            elif strategy == "about" and mentions and not q.anaphora:
                return mentions, (), strategy, False  # "who is Ana?" asks anew
            elif strategy is None and set(q.words) & self.composer.vocab.attribute_nouns:
                strategy = "what"  # "his exact title pls": what the fact states of him
            elif strategy is None and q.sequence and not q.content and not mentions \
                    and context.strategy not in ("where", "who", "trips"):
                strategy = "where"  # "and then?" after what was discussed: the next stop
            elif strategy is None or (strategy in GENERIC and not q.content and not q.kinds
                                      and not (context.strategy == "yes_no" and asking)):
                # ("and what did she do there?" after a yes/no asks what, not yes or no)
                strategy = context.strategy
            # (one meeting just told; after several, "there" is for the strategies to weigh)
            last = self.index.by_id.get(context.facts[0]) if len(context.facts) == 1 else None
            places = context.there or (last.fact.places if last is not None else ())
            if places and any(find(q.words, p) >= 0 for p in self.lexicon.thither) \
                    and not any(self.snapshot.entities[m.entity].kind in PLACE_KINDS
                                for m in mentions):
                # "in that city": where the meeting just told was (not a place the last
                # question named: "the stop before Zenda?", then "who did she meet there?")
                inherited = tuple(m for m in inherited if self.snapshot.entities[m.entity].kind
                                  not in PLACE_KINDS) + tuple(
                    Mention(p, -1, -1, "place") for p in places)
            if self.lexicon.besides.within(q.words):
                # "who else did she see in that city?", "… in Zenda?": those just told of
                # are left out (a country met, too, when whom is asked: "who else he met on
                # that summit?" after its leader)
                met = ("person", "country") if strategy == "who" else ("person",)
                inherited = tuple(
                    replace(m, role="excluded") if m.entity not in self.principal
                    and m.entity not in self.home
                    and self.snapshot.entities[m.entity].kind in met else m
                    for m in inherited)
            if any(m.role == "place" for m in mentions):
                # "and which leaders came to him in Russia?" after a summit abroad: the
                # place said is where; the last answer's places and events are not
                inherited = tuple(m for m in inherited if self.snapshot.entities[m.entity].kind
                                  not in (PLACE_KINDS + ("event",)))
                return mentions + inherited, (), strategy, True
            return mentions + inherited, context.facts, strategy, True
        return mentions, (), strategy, False

    def _own_topic(self, q: Parsed, context: Context) -> bool:
        """'What's the mutual defense pact?' after a summit: words none of the last answer's
        facts have and another fact has all of: a topic of its own, no ellipsis."""
        stems = q.distinct_stems
        last = [i for f in context.facts if (i := self.index.by_id.get(f)) is not None]
        return bool(stems) and not any(stems & (i.strong | i.weak) for i in last) \
            and any(stems <= (i.strong | i.weak) for i in self.index.candidates((), stems))

    def _asks_anew(self, q: Parsed, context: Context) -> bool:
        """A pronoun for a person, and words of its own that none of the last answer's facts
        hold: a new question about the same person, not about the last event."""
        personal = self.lexicon.pronouns
        if not q.distinct_stems or any(find(q.words, p) >= 0 for p in self.lexicon.anaphora
                                       if not (len(p) == 1 and p[0] in personal)):
            return False
        return not any(q.distinct_stems & (item.strong | item.weak)
                       for f in context.facts if (item := self.index.by_id.get(f)))

    def _leader(self, name: str) -> str:
        """'their leader', said of a country: the person who leads it, where known."""
        return next(iter(self.parser.leader_of.get(name, ())), name)

    def _off_topic(self, ask: Ask, on_topic: bool, followed: bool = False) -> bool:
        """Not about the articles: 'any news on the football league'. The policy weighs
        the question's words the articles never use against those they do."""
        q = ask.q
        if on_topic and (ask.others or ask.asks_principal):
            return False
        # (a request's verb, "compare", "list", says what to do with the answer)
        # (nor a figure's compound: "a three-week swing")
        strange = [w for w in q.distinctive if not self.lexicon.knows(w)
                   and w not in self.lexicon.ordinals and w not in self.lexicon.request_verbs
                   and (len(w) >= 4 or w.isdigit())
                   and not ("-" in w and number(w.split("-")[0]) is not None)]
        # an everyday word the articles do not use ("hard", "squeeze") weighs half, and
        # nothing in a question that goes on from the conversation ("why's it hard for him?")
        if followed and (q.anaphora or all(w in everyday() for w in strange)):
            # ("anything else they chewed over there?": the conversation ties it)
            ordinary = 0.0
        else:
            # (a name of two unknown words, "new strelsau", weighs as one)
            names = {n.casefold() for n in q.unknown_names}
            ordinary = sum(0.5 if w in everyday() else 1.0 for i, w in enumerate(q.words)
                           if w in strange and not (i and w in names
                                                    and q.words[i - 1] in names))
        # numbers ("five") are in every article: they tie nothing to this one; a noun
        # the facts count or list ("how many countries", "which leaders") ties it
        familiar = [w for w in q.distinctive if self.lexicon.in_articles(w) and number(w) is None]
        familiar += [w for w in q.words if w in self.lexicon.party_nouns
                     and stem(w) in self.fact_terms]
        familiar += self._journey_nouns(q)
        # (a trip or meeting said of someone, "she stopped in Atlantis?", is the news'
        # own matter, wherever it was)
        familiar += [k for k in q.kinds if k in CONTACT_KINDS]
        return self.policy.off_topic(on_topic, ordinary, len(familiar), len(q.times))

    def _journey_nouns(self, q: Parsed) -> list[str]:
        """'list all the cities in order': places and stops, what a journey is told by."""
        return [w for w in q.words if w in self.lexicon.place_nouns or w in self.lexicon.step_nouns]

    def _someone_else(self, q: Parsed) -> bool:
        """Is the one acting someone no loaded article is about: a person the gazetteer
        knows but no article names ("what countries did Ben visit?"), or a name of two
        words typed after "did" that is like none of the subject's ("did Ana Zorin visit",
        not a typo of it, as "Putting" may be)? Then no kind of answer is of them."""
        if not q.unknown_subject:
            return False
        if any(self.lexicon.aliases.get(tokens(n)) for n in q.unknown_names):
            return True
        first = next((i for i, w in enumerate(q.words) if w == q.unknown_names[0].casefold()), 0)
        acting = first > 0 and q.words[first - 1] in self.lexicon.openers \
            and q.words[first - 1] not in self.lexicon.copulas
        return acting and len(q.unknown_names) > 1 and not any(
            fuzz.ratio(n.casefold(), w) >= 75 for n in q.unknown_names
            for s in self.principal for w in tokens(s))

    def _named_first(self, q: Parsed) -> Mention | None:
        """The name right after the question word, or after its copula ("what is Ben's
        approval rating?")."""
        return next((m for m in q.mentions if m.start == 1 or (
            m.start == 2 and q.words[1] in self.lexicon.copulas)), None)

    def _attribute_of_name(self, q: Parsed) -> bool:
        """'What is the capacity of the Zenda plant?': a thing of something named, asked
        for by its own noun."""
        if not q.asked_for or (at := find(q.words, (q.asked_for[0], "of"))) < 0:
            return False
        rest = at + 2 + (q.words[at + 2:at + 3] == ("the",))
        return any(m.start == rest for m in q.mentions)

    def _unheard(self, q: Parsed) -> str | None:
        """The noun a "which"/"what" question asks for, when neither this desk's article
        nor its facts use it ("which judge", "what airline"): no answer can be of it."""
        lex = self.lexicon
        if (opening := self._identity_opening(q)) and "or" not in q.words:
            # "who's the best badminton player in Zenda?": a kind of person no word of
            # the desk names ("who is the foreign minister of Zenda?" is answered)
            rest = q.words[opening:]
            if not rest or rest[0] not in self.composer.vocab.determiners:
                return None  # ("who is Ana?": a name, answered or unknown elsewhere)
            inside = {i for m in q.mentions for i in range(m.start, m.end)}
            phrase = tuple(takewhile(lambda iw: iw[0] not in inside and (
                iw[1] not in lex.stopwords or iw[1] in lex.person_nouns),
                enumerate(rest[1:], start=opening + 1)))
            ws = [w for _, w in phrase]
            described = [w for w in ws if w not in lex.person_nouns]  # ("richest" man)
            if described and not any(self._uses(w) or w in lex.party_nouns
                                     or (w,) in lex.leader_words for w in described):
                return " ".join(ws)
            return None
        if q.words and q.words[0] not in lex.generic_questions:
            # "the flight will land in which airport?": the noun after "in which"
            # (not "in what way did …", nor "on what occasion")
            at = next((i for i in range(2, len(q.words) - 1)
                       if q.words[i] in lex.generic_questions
                       and q.words[i - 1] in lex.locative), None)
            noun = q.words[at + 1] if at is not None else ""
            if noun.isalpha() and not lex.grammatical(noun) and not self._uses(noun) \
                    and noun not in lex.occasion_nouns \
                    and noun not in lex.place_nouns and noun not in lex.step_nouns \
                    and noun not in lex.party_nouns and (noun,) not in lex.leader_words:
                return noun
            return None
        if not q.words:
            return None
        if "or" in q.words:
            at_or = q.words.index("or")
            # (the option is the words right after "or", up to a grammar word: "documents
            # or declarations were signed" offers declarations, not signing)
            at = next((i for i in range(at_or + 1, len(q.words))
                       if q.words[i] not in lex.stopwords), len(q.words))
            option = list(takewhile(lambda w: w not in lex.stopwords, q.words[at:]))
            if any(m.start == at for m in q.mentions) or any(map(self._uses, option)):
                return None  # ("which is larger, A or B?": the options are the answer;
            # "what plane, widebody or narrowbody?": options the articles never name are not)
        # the noun right after the question word, or after a name right after it ("which
        # ICC judge"), or after the copula ("what was the ticket price?")
        named = next((m for m in q.mentions if m.start == 1), None)
        if named is not None and self.snapshot.entities[named.entity].kind == "person":
            # "what's Ben's angle?": a frame, not a kind of thing; "what's Ben's approval
            # rating?", words none of it uses, is a thing the article never names
            # (its first two words: "… approval rating back home" is no word of "home")
            unheard = len(q.asked_for) >= 2 \
                and not any(self._uses(w) for w in q.asked_for[:2])
            return " ".join(q.asked_for) if unheard else None
        at = named.end if named is not None else 1
        if q.words[at + 1:at + 2] and q.words[at] in lex.openers \
                and q.words[at] not in lex.copulas and q.words[at + 1] in lex.copulas:
            # "what will be the ticket price?": the noun after "will be the"
            at += 3 if q.words[at + 2:at + 3] and q.words[at + 2] in lex.determiners else 1
        if q.words[at:at + 1] and q.words[at] in lex.copulas and q.asked_for:
            at = q.words.index(q.asked_for[0], at)
        elif q.words[at:at + 1] and q.words[at] in lex.determiners and (
                q.words[at + 2:at + 3] == ("of",) or (
                    q.words[at + 1:at + 2] and q.words[at + 1] in q.asked_for
                    and q.words[at + 3:at + 4]
                    and q.words[at + 3] in self.composer.vocab.attribute_prepositions)):
            # "what's the capacity of the plant?", "the age cutoff for (on) it": the noun
            at += 1
        if q.words[at:at + 1] and q.words[at] in lex.specific_words:
            at += 1  # "what precise words did he use": the words
        noun = q.words[at] if len(q.words) > at else ""
        after = q.words[at + 1] if len(q.words) > at + 1 else ""

        def kind(w: str) -> bool:  # a kind of answer the engine knows: "countries", "stop"
            return w in lex.party_nouns or w in lex.place_nouns or (w,) in lex.leader_words \
                or w in lex.step_nouns or w in self.composer.vocab.attribute_nouns

        role = q.words[-1]
        if q.words[-3:-2] == ("as",) and q.words[-2] in lex.determiners and role.isalpha() \
                and not kind(role) and not lex.grammatical(role) and not self._uses(role) \
                and not lex.in_articles(role):
            return role  # "what did Ben give Li as a present?": what no word here tells
        if after in self.composer.vocab.determiners:
            return None  # "what constrains the president's travel?": a verb and its object
        if noun in lex.sort_nouns and after == "of" and len(q.words) > at + 2:
            # "what type of aircraft": the aircraft, a thing no word of the desk's names
            inner = q.words[at + 2]
            # ("what kind of facility is Zenda Point?": a kind of the thing named, told)
            unheard = inner.isalpha() and not kind(inner) and not lex.grammatical(inner) \
                and (at + 3 >= len(q.words) or q.words[at + 3] not in lex.copulas) \
                and not self._uses(inner) and not lex.in_articles(inner) \
                and not any(m.start <= at + 2 < m.end for m in q.mentions)
            return inner if unheard else None
        if noun not in (q.asked_for or q.distinctive) or not noun.isalpha() \
                or noun.endswith("ing") \
                or noun in lex.comparatives or noun in lex.ordinals or kind(noun) \
                or lex.grammatical(noun) or self._uses(noun) \
                or stem(noun) in self.composer.vocab.said_stems:
            return None  # (not an ordinal, a comparison, "what gathering", "which month";
            # "what words did he use": a statement's own)
        if (after == "of" and noun in lex.sort_nouns) or kind(after) or (
                after not in lex.stopwords and not after.endswith("ed")
                and stem(after) in self.article_stems):
            return None  # it qualifies another noun: "what kind of deal", "which nuke plant"
        if after.isalpha() and after not in lex.stopwords and after not in lex.openers \
                and not after.endswith("ed") and not lex.in_articles(after):
            return f"{noun} {after}"  # "what was the ticket price?"
        return noun

    def _identity_opening(self, q: Parsed) -> int:
        """How many words open a "who is …" question (0 when it opens otherwise)."""
        return next((len(p) for p in self.lexicon.identity_questions
                     if q.words[:len(p)] == p), 0)

    def _uses(self, word: str) -> bool:
        """Does this desk's article, or a fact of it, use the word?"""
        s = stem(word)
        return s in self.article_stems or s in self.fact_terms or s in self._fact_weak

    _fact_weak_kept: frozenset[str] | None = None

    @property
    def _fact_weak(self) -> frozenset[str]:
        if self._fact_weak_kept is None:
            self._fact_weak_kept = self._make_fact_weak()
        return self._fact_weak_kept

    def _make_fact_weak(self) -> frozenset[str]:
        """The facts' weaker words (their quotes'), made when a question first needs them."""
        return frozenset().union(*(i.weak for i in self.index.facts))

    def _undone(self, ask: Ask) -> Reply | None:
        """The one fact that holds the rest of a question whose doer, right after its
        question word and auxiliary, no article names (two of its words or names at
        least): what the article says instead, as a No."""
        q = ask.q
        ws = q.words
        if not q.unknown_subject or len(ws) < 3 or ws[1] not in self.lexicon.openers \
                or not any(n.casefold() == ws[2] for n in q.unknown_names):
            return None
        found = self.composer.top(ask, minimum=1.0, most=1)
        if not found:
            return None
        item = found[0][1]
        fact = item.fact
        named = {m.entity for m in ask.mentions} & {*item.about, *fact.participants,
                                                    *fact.places}
        if self.composer.hits(item, q) + len(named) < 2:
            return None
        return _not_mentioned(q, fact)

    def _unvisited(self, ask: Ask) -> Reply | None:
        """A why/when/what question presupposing a trip or meeting somewhere the article
        never names: No, and the fact the rest of the question points at."""
        q = ask.q
        step = journey.next_step(self.composer, ask) if q.sequence else None
        if step is not None:  # "why did Ben fly to Tokyo after Zenda?": where he went then
            fact = step.facts[0]
        else:
            found = self.composer.top(ask, minimum=1.0, most=1)
            people = {e for e in ask.others if self.snapshot.entities[e].kind == "person"}
            if not found or not (self.composer.hits(found[0][1], q) or q.times
                                 or people & set(found[0][1].fact.participants)):
                return None  # (a meeting of the person named counts: "Ben in Atlantis")
            fact = found[0][1].fact
        return _not_mentioned(q, fact)

    def _unmet(self, ask: Ask) -> Reply | None:
        """A why/when/where question taking for granted that the subject, named, met someone
        the article has meeting only others: No, and the meeting it does tell."""
        q, c = ask.q, self.composer
        # (both named in the question: "what did him and Li talk about?" goes on about
        # whoever "him" was)
        said = {m.entity for m in ask.mentions if m.start >= 0}
        if q.future or q.anaphora or len(ask.principal) != 1 or not ask.principal <= said \
                or not c.asks_contact(q):
            return None
        people = [e for e in ask.others if e not in ask.home and e in said
                  and c.kind_of(e) == "person"]
        if len(people) != 1:
            return None
        theirs = [i.fact for i in c.pool(CONTACT_KINDS) if c.index.takes_part(i, people[0])]
        if not theirs or any(ask.principal & set(f.participants) for f in theirs):
            return None
        who = c.words.named(next(iter(ask.principal)))
        return Reply(f"the article does not report {who} meeting {c.words.named(people[0])}. "
                     f"{theirs[0].summary}", theirs[:1], verdict=False)

    def _dealt_with_unknown(self, q: Parsed) -> bool:
        """'The terms of the deal she signed with Atlantis?': an agreement with a name no
        article uses (not "what did she sign in Atlantis?", a place it may leave unnamed)."""
        unknown = {n.casefold() for n in q.unknown_names}
        return bool(q.stems & self.composer.vocab.agreement_stems) and not any(
            i and q.words[i - 1] in self.lexicon.locative
            for i, w in enumerate(q.words) if w in unknown)

    def _departure(self, q: Parsed) -> bool:
        """'Which city did she leave at the start?': where the journey began (not "who did
        he fly out to see first?", which goes on to someone)."""
        ws, lex = q.words, self.lexicon
        return any(w in lex.departure_words and ws[i + 1:i + 2] != ("to",)
                   and ws[i + 1:i + 2] != ("for",) for i, w in enumerate(ws))

    def _next_untold(self, ask: Ask) -> Reply | None:
        """'When is the next Zenda summit?', 'who hosts the next one after Zenda?': an
        event the articles tell only as past, asked of its next edition: not said, and
        the edition they tell of (never another event that is ahead)."""
        ws, c = ask.q.words, self.composer
        for m in ask.mentions:
            j = m.start - 1
            while j >= 0 and ws[j] in c.vocab.determiners:
                j -= 1
            if j < 0 or ws[j] not in self.lexicon.upcoming_markers \
                    or c.kind_of(m.entity) != "event":
                continue
            told = [i for s, i in c.index.scored((m.entity,), ask.home) if s >= 1.5]
            if told and not any(i.fact.kind in FUTURE_KINDS for i in told):
                name = c.words.named(m.entity)
                name = name[4:] if name.startswith("the ") else name
                return c.not_said(f"anything about the next {name}", [told[0].fact])
        return None

    def _unspecified(self, ask: Ask) -> Reply | None:
        """'Which embassies exactly lost staff?', 'which schools will get the money, any
        names?': the fact says embassies or schools, and names none of them. (A place or a
        person asked for, "which countries exactly", is named by the facts.)"""
        q, lex = ask.q, self.lexicon
        if not set(q.words) & lex.specific_words or not set(q.words) & lex.generic_questions:
            return None
        vocab = self.composer.vocab
        # the things asked for, right after the question word ("which (specific) schools",
        # "which critical minerals"): no place, person, office, sum or attribute
        at = next(i for i, w in enumerate(q.words) if w in lex.generic_questions)
        start = at + 2 if q.words[at + 1:at + 2] and q.words[at + 1] in lex.specific_words \
            else at + 1
        asked = list(takewhile(lambda w: w in q.asked_for and w not in lex.specific_words,
                               q.words[start:start + 3]))
        if not asked or any(w in lex.place_nouns or w in lex.party_nouns
                            or w in vocab.leader_words or stem(w) in vocab.entity_nouns
                            or w in vocab.attribute_nouns or w in vocab.currency_words
                            or w in vocab.money_words or number(w) is not None
                            or stem(w) in vocab.said_stems  # ("which exact words": a quote)
                            for w in asked):
            return None
        # (the best fact that says the thing asked for: "which weapons exactly" of the
        # fact on weapons, not the visit ranked first)
        noun = stem(asked[-1])
        found = [r for r in self.composer.ranked(ask)[:3] if noun in r[1].strong | r[1].weak]
        if not found:
            return None
        return self.composer.not_said(f"which {asked[-1]}", [found[0][1].fact])

    _office_ends_kept: frozenset[str] | None = None

    @property
    def _office_ends(self) -> frozenset[str]:
        if self._office_ends_kept is None:
            self._office_ends_kept = self._make_office_ends()
        return self._office_ends_kept

    def _make_office_ends(self) -> frozenset[str]:
        """The last words of offices and leader words ("minister", "president")."""
        return frozenset(p[-1] for p in self.lexicon.leader_words)

    def _unnamed(self, ask: Ask) -> Reply | None:
        """'What's the Mongolian president called?', 'who is Ruritania's prime minister?':
        the article may not name them."""
        q = ask.q
        # (a contact in a clause describing them, "the president of Zenda that hosted the
        # summit", asks no one met)
        # (a question word further on opens one too: "the name of the Zendan president who
        # hosted the summit")
        # ("and which president did she meet?": "which" after "and" asks; no clause)
        clause = next((i for i, w in enumerate(q.words)
                       if (i and w in self.lexicon.relatives
                           and q.words[i - 1] not in ("and", "or", "so", "but"))
                       or (i > 1 and w in self.lexicon.question_words)
                       # ("the Zendan minister going to the forum": who is going)
                       or (i and w.endswith("ing") and q.words[i - 1] in self._office_ends)),
                      len(q.words))
        asks_who = ((q.intent is not None and q.intent.answer in ("who", "about"))
                    or q.asks_name) and not any(w in self.lexicon.contact_words
                                                for w in q.words[:clause])
        if asks_who and q.asked_for and q.words[0] in self.lexicon.person_questions \
                and not any(self.lexicon.knows(w) for w in q.asked_for):
            # "who is the ICC prosecutor?": someone no article has a word for
            related = [item.fact for _, item in self.composer.ranked(ask)][:1]
            return self.composer.not_said(f"who the {' '.join(q.asked_for)} is", related)
        # (the country the role is of comes first: "who is the president of Zenda that
        # hosted the summit?")
        country = ask.others[0] if ask.others else None
        if asks_who and q.roles and country is not None \
                and self.snapshot.entities[country].kind == "country":
            holders = [e for e in self.snapshot.entities.values() if e.kind == "person"
                       and e.country == country and e.role
                       and any(r in e.role.casefold() for r in q.roles)]
            if not holders:
                related = [item.fact for _, item in self.composer.ranked(ask)][:1]
                return self.composer.not_said(f"who the {q.roles[0]} of {country} is", related)
            named = {m.entity for m in ask.mentions if m.start >= 0}
            if q.backwards and all(h.name in named for h in holders):
                # "who was Zenda's foreign minister before Ana?": her predecessor is untold
                related = [item.fact for _, item in self.composer.ranked(ask)][:1]
                return self.composer.not_said(
                    f"who the {q.roles[0]} of {ask.others[0]} was before {holders[0].name}",
                    related)
        twice = [m.entity for m in q.mentions if m.start >= 0]
        # (the office said beside the name, or in words: "who was foreign minister before
        # Ana?" of Ana, Foreign Minister of Zenda)
        person = next((e for e in twice if self.snapshot.entities[e].kind == "person" and (
            twice.count(e) > 1 or (q.roles and any(
                r in (self.snapshot.entities[e].role or "").casefold() for r in q.roles)))),
            None)
        if asks_who and q.backwards and person and self.snapshot.entities[person].role:
            # "who was Zenda's foreign minister before Ana?" (the office is hers): the
            # article does not name her predecessor
            related = [item.fact for _, item in self.composer.ranked(ask)][:1]
            role = self.snapshot.entities[person].role
            return self.composer.not_said(f"who was {role} before {person}", related)
        if q.asks_name and q.anaphora and ask.prefer and ask.prefer[0] in self.index.by_id \
                and not any(m.start >= 0 for m in ask.mentions):
            # "what are their names?" of the ministers of three countries just told: the
            # article names none of them
            told = self.index.by_id[ask.prefer[0]].fact
            met = [p for p in told.who if p not in self.principal]
            if told.counterpart and met and all(self.snapshot.entities[p].kind == "country"
                                                for p in met):
                return self.composer.not_said(
                    f"the names of the {told.counterpart}s of {join(met)}", [told])
        if not q.asks_name or not ask.others:
            return None
        # (the words asked for besides the naming ones: "what's the Zendan plant called")
        things = tuple(w for w in q.asked_for or q.distinctive
                       if not self.lexicon.name_words.within((w,)))
        if things and not q.leader \
                and not set(things) & (self.lexicon.person_nouns | self.lexicon.party_nouns):
            return None  # "the name of the plant in Zenda": a thing, not a person
        countries = [e for e in ask.others if self.snapshot.entities[e].kind == "country"]
        # ("...the Ruritanian leader Ana met in Zenda?": a place aside; "at the summit" is
        # only where, and says nothing of the name)
        if not countries or any(self.snapshot.entities[e].kind not in ("country", "city", "event")
                                for e in ask.others):
            return None
        related = [item.fact for _, item in self.composer.ranked(ask)][:1]
        # (each person with the first fact of theirs, their meeting before what lies ahead)
        people = {p: item.fact for item in reversed(self.index.facts)
                  for p in item.fact.participants
                  if self.snapshot.entities[p].kind == "person"
                  and self.snapshot.entities[p].country in countries
                  and p not in self.principal}
        if q.roles:  # "the Zendan foreign minister": the one holding that office
            people = {p: f for p, f in people.items()
                      if any(r in (self.snapshot.entities[p].role or "").casefold()
                             for r in q.roles)}
        if len(people) == 1:
            # "what's the name of the Zendan minister she saw?": the one the article names
            (person, fact), = people.items()
            return Reply(f"{person} is {self.snapshot.entities[person].role}.", [fact],
                         focus=(person,))
        if people:
            return None  # "who was the guy in Fiji warning about the sea?": a fact names him
        return self.composer.not_said(f"the name of the leader of {countries[0]}", related)

    # --- endings -------------------------------------------------------------------------------

    def _discussed(self, ask: Ask) -> Fact | None:
        """The fact the conversation is on: its last answer's, else the one most about
        whom it points back to."""
        if ask.prefer and (item := self.index.by_id.get(ask.prefer[0])) is not None:
            return item.fact
        carried = tuple(m.entity for m in ask.mentions if m.start < 0)
        told = [(s, i) for s, i in self.index.scored(carried, ask.home) if s >= 1.5]
        return max(told, key=lambda si: si[0])[1].fact if told else None

    def _fallback(self, ask: Ask) -> Reply | None:
        """On topic but no fact fits: the closest passages, said to be just that."""
        q = ask.q
        shared = q.stems & self.article_stems
        if not (ask.others or ask.asks_principal or shared):
            return None
        named = [t for m in ask.mentions if m.entity not in self.principal
                 for t in tokens(m.entity)]
        terms = [w for w in dict.fromkeys((*named, *q.content))
                 if w.isalnum() and w not in self.lexicon.stopwords]
        if not terms:
            return None
        match = " OR ".join(f'"{t}"' for t in terms[:12])
        ids = self.snapshot.search(match, self.settings.passages, self.documents)
        if not ids:
            return None
        return self.policy.closest(ids, [self.snapshot.sentences[i] for i in ids])

    def _sources(self, reply: Reply) -> tuple[Source, ...]:
        seen, out = set(), []
        focus = [squeeze(f) for f in reply.focus if f]
        for fact in (*reply.facts, *reply.background):
            quotes = list(fact.quotes)
            if focus:  # quotes naming what the answer names go first
                quotes.sort(key=lambda q: not any(f in squeeze(q.quote) for f in focus))
            for quote in quotes:
                key = squeeze(quote.quote)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Source(quote.document, quote.paragraph, quote.quote))
        return tuple(out[:MAX_SOURCES])

    def _finish(self, question: str, strategy: str, q: Parsed, ask: Ask, reply: Reply,
                context: Context | None, now: float, used: bool, *,
                remember: bool = True) -> Answer:
        facts = tuple(f.id for f in reply.facts)
        if context is not None:
            self._follow_actor(q, context)
        if context is not None and reply.subjects and reply.answered:
            # (whom "he" stood for stays so while the answer is still of them: "when was
            # he last in Zenda?", then "why is his country …")
            kept = tuple(p for p in context.counterpart
                         if any(p in f.participants for f in reply.facts))
            context.remember(reply.subjects, strategy, facts[:1], now, counterpart=kept,
                             there=tuple(p for p in reply.focus if p in self.snapshot.entities
                                         and self.snapshot.entities[p].kind in PLACE_KINDS))
        elif context is not None:
            if remember and reply.outcome is Outcome.ANSWERED:
                # one meeting told: whom it was with is under discussion too ("who did she
                # meet in Zenda?" then "will she see him again?")
                met = tuple(p for p in reply.facts[0].participants if p not in self.principal
                            and p not in ask.others) \
                    if len(reply.facts) == 1 else ()
                if len(met) != 1 or self.snapshot.entities[met[0]].kind != "person":
                    # (still the one, unless someone else is named: "when was he last in
                    # Zenda?" is still of him)
                    pointed = not set(q.words).isdisjoint(self.lexicon.pronouns)
                    met = () if any(self.snapshot.entities[m.entity].kind == "person"
                                    for m in q.mentions) or (q.mentions and not pointed) \
                        else context.counterpart
                # (whom "they" stood for stays the counterpart, not a name asked about)
                named = tuple(e for e in ask.others or context.entities
                              if e not in context.counterpart
                              or any(m.entity == e and m.start >= 0 for m in ask.mentions))
                context.remember(named, strategy,
                                 tuple(f for f in facts if not f.startswith("passage-")), now,
                                 counterpart=met)
            elif remember:
                context.remember(ask.others, strategy, facts, now)
            else:
                context.forget(now)
        return self.policy.answer(question, q, strategy, reply, self._sources(reply),
                                  self._alternative(q, ask, reply), ask.others, used)

    def _follow_actor(self, q: Parsed, context: Context) -> None:
        """Remember who, other than the subject, the question has acting: a person named
        before any verb of meeting ("what was Ben doing in Zenda?", "who is Ben?"); a
        question naming no one keeps the one before ("why?", "who else did he visit?").
        And which pronouns stood for them: one beside the person named acting stands for
        someone else ("who was the Zendan guy she met")."""
        people = [m for m in q.mentions if m.start >= 0
                  and self.snapshot.entities[m.entity].kind == "person"]
        actor = context.actor
        if people:
            verb = next((i for i, w in enumerate(q.words) if w in self.lexicon.contact_words),
                        len(q.words))
            first = people[0]
            actor = first.entity if first.start < verb and first.entity not in self.principal \
                and first.role != "excluded" else None
        if actor != context.actor:
            context.pronouns = {}
        acting = any(m.start >= 0 and m.entity == actor for m in q.mentions)
        for w in q.words:
            if w in self.lexicon.subject_pronouns:
                context.pronouns[w] = actor is not None and not acting
        context.actor = actor

    def _alternative(self, q: Parsed, ask: Ask, reply: Reply) -> str | None:
        """The other reading of a question that reads two ways, worded as a question,
        offered only when it would answer with other facts than the first reading."""
        runner: IntentSpec | None = q.runner_up
        if runner is None or not runner.example or not reply.answered:
            return None
        kind = self.kinds.get(runner.answer)
        if kind is None or runner.answer in ("yes_no", "what", "about"):
            return None
        other = kind(self.composer, ask)
        if other is None or not other.answered or other.text == reply.text:
            return None
        x = next((e for e in ask.others if " in {x}" not in runner.example
                  or self.snapshot.entities[e].kind in ("city", "country", "region",
                                                        "event")), None)
        if "{x}" in runner.example and x is None:
            return None
        return runner.example.replace("{x}", x or "").replace(
            "{subject}", self.subject_name)

    def decline(self, question: str, refusal: Refusal, context: Context | None,
                now: float, *, reply: str | None = None) -> Answer:
        """A refusal (worded and scored by the policy); the conversation starts anew."""
        if context is not None:
            context.forget(now)
        return self.policy.decline(question, refusal, reply=reply)

    def best(self, parsed: Parsed) -> list[Fact]:
        """The fact that fits the question best, when one fits well; asked of a step
        ("after Zenda she flew to <elsewhere>?"), that step and the one that followed."""
        ask = Ask(parsed, parsed.mentions, (), self.principal, self.home)
        # ("from Zenda straight to <elsewhere>?": the step that did follow Zenda)
        origin = any(m.start > 0 and parsed.words[m.start - 1] in self.composer.vocab.route_origins
                     and self.composer.kind_of(m.entity) in PLACE_KINDS for m in parsed.mentions)
        if (parsed.sequence or origin) and ask.others \
                and (step := journey.next_step(self.composer, ask)) is not None:
            return step.facts[::-1] if parsed.forwards or origin else step.facts
        if (parsed.first or parsed.last) and not ask.others \
                and (ends := journey.step(self.composer, ask)) is not None:
            return ends.facts  # "she kicked off in <elsewhere>?": where she did
        found = self.composer.top(ask, self.composer.focused(ask), minimum=2.0, most=1)
        return [found[0][1].fact] if found else []

    # --- lookups for the adapters ----------------------------------------------------------------

    def lookup(self, question: str, strategy: str, name: str | None,
               role: str = "plain") -> Answer:
        """What this desk's facts say of one entity (/about, /meetings)."""
        parsed = self.parser.parse(question)
        mentions = (Mention(name, 0, 1, role),) if name else ()
        ask = Ask(parsed, mentions, (), self.principal, self.home)
        reply = self.kinds[strategy](self.composer, ask)
        if reply is None:
            return self.policy.decline(question, Refusal.NOTHING_MORE, intent=strategy,
                                       about=name)
        return self._finish(question, strategy, parsed, ask, reply, None, time.monotonic(),
                            False)


    def mentioning(self, question: str, parsed: Parsed, found: mentions.Topic,
                   now: float) -> Answer | None:
        """Where this desk's facts name the topic ("how does Zenda come up here?")."""
        facts = mentions.naming(self.index, found)
        if not facts:
            return None
        ask = Ask(parsed, parsed.mentions, (), self.principal, self.home)
        reply = Reply(" ".join(f.summary for f in facts), facts,
                      focus=(found.entity,) if found.entity else ())
        return self._finish(question, "about", parsed, ask, reply, None, now, False)


# How many subjects a question that names none may be answered for, side by side, before
# the bot asks which one is meant instead.
SIDE_BY_SIDE = 3


class Engine:
    """Question -> Answer over every article loaded: the one entry point of the adapters.

    Each question goes to the desk of the subject it is about: the subject it names, the
    article asked for, the conversation's, or the one whose facts its names and words
    belong to. A question that fits several subjects equally is answered for each, side
    by side, under the article's title.
    """

    def __init__(self, snapshot: Snapshot, settings: EngineSettings) -> None:
        self.snapshot = snapshot
        self.settings = settings
        self.lexicon = Lexicon(snapshot, settings)
        self.parser = Parser(snapshot, self.lexicon)
        # one policy for every desk; it fills each reply text in (naming the subjects
        # loaded) when the text is first used
        self.policy = Policy(snapshot.replies, self._fill)
        self.vocab = Vocab.of(snapshot, self.lexicon)  # shared by every desk's composer
        self.referents = Referents(
            (tokens(s) for s in snapshot.vocabulary.get("pronoun_sets", ())),
            (tuple(tokens(p)) for p in snapshot.vocabulary.get("other_one", ())))
        groups: dict[str, list[str]] = {}
        for slug, doc in sorted(snapshot.documents.items()):
            groups.setdefault(doc.subject or slug, []).append(slug)
        if not groups:
            groups[""] = []
        # Only what routing needs is worked out here; a desk (its fact index, composer and
        # names) is built when a question is routed to it, and kept in a bounded LRU.
        self.groups = {key: tuple(docs) for key, docs in groups.items()}
        self.keys = list(self.groups)
        self.principals = {key: frozenset(s for d in docs if (s := snapshot.documents[d].subject))
                           for key, docs in self.groups.items()}
        self.by_subject = {p: key for key, ps in self.principals.items() for p in ps}
        self.by_document = {d: key for key, docs in self.groups.items() for d in docs}
        self._lineage: dict[str, frozenset[str]] = {}  # shared by every desk's fact index
        self._built: OrderedDict[str, Desk] = OrderedDict()
        self._lock = threading.RLock()
        self._shorts: dict[str, dict[str, str]] = {}
        self._subjects: dict[str, str] = {}
        self.builds = 0  # desks built so far (tests and benchmarks read it)

    # --- desks, built on demand ----------------------------------------------------------------

    @property
    def desks(self) -> Mapping[str, Desk]:
        """Every desk by key, each built when first looked at (an LRU keeps the recent)."""
        return _Desks(self)

    def desk(self, key: str) -> Desk:
        """The desk `key`, built now unless one of the recently used ones."""
        with self._lock:
            desk = self._built.get(key)
            if desk is not None:
                self._built.move_to_end(key)
                return desk
            docs = self.groups[key]
            desk = Desk(key, self.snapshot, self.settings, self.lexicon, self.parser, docs,
                        tuple(f for d in docs for f in self.snapshot.facts_of(d)),
                        self._short(key), [t for d in docs for t in self.snapshot.texts_of(d)],
                        self._lineage, self.policy, self.vocab)
            self.builds += 1
            self._built[key] = desk
            while len(self._built) > self.settings.desk_cache:
                self._built.popitem(last=False)
            return desk

    def _first(self) -> Desk:
        return self.desk(self.keys[0])

    _words_kept: Mapping[str, list[str]] | None = None

    @property
    def _words(self) -> Mapping[str, list[str]]:
        if self._words_kept is None:
            self._words_kept = self._make_words()
        return self._words_kept

    def _make_words(self) -> Mapping[str, list[str]]:
        """One-word aliases by entity, for the short names ('Ana', 'Li'), read as asked."""
        return _OneWord(self.snapshot)

    def _short(self, key: str) -> dict[str, str]:
        """A desk's short names (subject, place, person), without building the desk."""
        with self._lock:
            found = self._shorts.get(key)
            if found is None:
                docs = self.groups[key]
                found = self._shorts[key] = short_names(
                    self.snapshot, docs, [f for d in docs for f in self.snapshot.facts_of(d)],
                    self._words, [t for d in docs for t in self.snapshot.texts_of(d)])
            return found

    def _subject(self, key: str) -> str:
        """A desk's subject as its articles call it ('Ana'): `_short(key)["subject"]`
        without reading its facts."""
        with self._lock:
            if key in self._shorts:
                return self._shorts[key]["subject"]
            found = self._subjects.get(key)
            if found is None:
                docs = self.groups[key]
                subject = next((s for d in docs if (s := self.snapshot.documents[d].subject)),
                               "")
                text = " ".join(t for d in docs for t in self.snapshot.texts_of(d)).casefold()
                found = self._subjects[key] = (short_name(subject, self._words, text)
                                               if subject else "its subject")
            return found

    def _lineage_of(self, name: str) -> frozenset[str]:
        found = self._lineage.get(name)
        if found is None:
            found = self._lineage[name] = frozenset(walk(self.snapshot.entities, name))
        return found

    _named_anywhere_kept: frozenset[str] | None = None

    @property
    def _named_anywhere(self) -> frozenset[str]:
        if self._named_anywhere_kept is None:
            self._named_anywhere_kept = self._make_named_anywhere()
        return self._named_anywhere_kept

    def _make_named_anywhere(self) -> frozenset[str]:
        """Every entity a loaded article's facts link or its sentences name."""
        return frozenset(self._linked).union(
            *(self.snapshot.mentioned.get(d, frozenset()) for d in self.by_document))

    def _unheard_of(self, q: Parsed) -> Parsed:
        """A person or place the gazetteer knows but no loaded article names ("who did Ben
        meet?", "did she go to Zenda City?" with only Ana's article loaded) is asked of as
        any unknown name is: never answered with the facts of the article that is loaded."""
        absent = [m for m in q.mentions if m.start >= 0 and m.role != "excluded"
                  and (self.snapshot.entities[m.entity].kind in ("person", "event") or (
                      m.role == "place" and self.snapshot.entities[m.entity].kind == "city"))
                  and m.entity not in self._named_anywhere]
        if not absent:
            return q
        # (an event by its own name: "BRICS summit")
        typed = tuple(m.entity if self.snapshot.entities[m.entity].kind == "event"
                      else " ".join(capital(w) for w in q.words[m.start:m.end]) for m in absent)
        # ("did Ben host the summit?", "what Ben thinks of it?", "and Ben, what did he
        # say?": the one acting, named before any word of the question, is unknown here)
        # (or right after an auxiliary: "how many trips has Ben made?")
        acting = any(all(w in self.lexicon.stopwords for w in q.words[:m.start])
                     or q.words[m.start - 1] in self.lexicon.openers
                     for m in absent if m.role != "place")
        return replace(q, mentions=tuple(m for m in q.mentions if m not in absent),
                       unknown_names=(*q.unknown_names, *typed),
                       unknown_subject=q.unknown_subject or acting)

    _linked_kept: dict[str, list[str]] | None = None

    @property
    def _linked(self) -> dict[str, list[str]]:
        if self._linked_kept is None:
            self._linked_kept = self._make_linked()
        return self._linked_kept

    def _make_linked(self) -> dict[str, list[str]]:
        """Entity -> the desks (in order) whose facts link it, with what it lies in: a
        desk's `linked`, inverted, so routing never builds a desk to ask."""
        out: dict[str, list[str]] = {}
        facts = self.snapshot.fact_links()
        for key, docs in self.groups.items():
            linked: set[str] = set()
            for d in docs:
                for fact in facts.get(d, ()):
                    places, people = fact_ties(fact, self.snapshot.documents[d].subject,
                                               self._lineage_of)
                    linked |= places | people
                    linked.update(fact.about)
            for name in linked:
                out.setdefault(name, []).append(key)
        return out

    _terms_kept: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None

    @property
    def _terms(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        if self._terms_kept is None:
            self._terms_kept = self._make_terms()
        return self._terms_kept

    def _make_terms(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Stem -> desks whose facts hold it, and stem -> desks whose articles do: each
        desk's `fact_terms` and `article_stems`, inverted."""
        facts: dict[str, list[str]] = {}
        articles: dict[str, list[str]] = {}
        snapshot = self.snapshot
        strong = snapshot.strong_stems()
        for key, docs in self.groups.items():
            terms: set[str] = set()
            for d in docs:
                terms.update(*strong.get(d, ()))
            stems = set().union(*(snapshot.document_stems.get(d, frozenset()) for d in docs)) \
                or {stem(w) for d in docs for t in snapshot.texts_of(d) for w in tokens(t)}
            for s in terms:
                facts.setdefault(s, []).append(key)
            for s in stems:
                articles.setdefault(s, []).append(key)
        return facts, articles

    _fact_counts_kept: dict[str, int] | None = None

    @property
    def _fact_counts(self) -> dict[str, int]:
        if self._fact_counts_kept is None:
            self._fact_counts_kept = self._make_fact_counts()
        return self._fact_counts_kept

    def _make_fact_counts(self) -> dict[str, int]:
        return self.snapshot.fact_counts()

    _choices_kept: dict[str, str] | None = None

    @property
    def _choices(self) -> dict[str, str]:
        if self._choices_kept is None:
            self._choices_kept = self._make_choices()
        return self._choices_kept

    def _make_choices(self) -> dict[str, str]:
        choices: dict[str, str] = {}
        for alias, name in self.snapshot.aliases.items():
            choices.setdefault(alias, name)
        return choices

    _alias_list_kept: list[str] | None = None

    @property
    def _alias_list(self) -> list[str]:
        if self._alias_list_kept is None:
            self._alias_list_kept = self._make_alias_list()
        return self._alias_list_kept

    def _make_alias_list(self) -> list[str]:
        return list(self._choices)

    def _fill(self, template: str) -> str:
        """A reply text naming what is loaded: {subject} is the first subject, {subjects}
        all of them ("Ana and Ben"); only what the text names is worked out."""
        return template.format_map(_Kept(self))

    # --- the one entry point ---------------------------------------------------------------

    def ask(self, question: str, context: Context | None = None, *,
            now: float | None = None, article: str | None = None) -> Answer:
        """Answer `question`; `article` (a document slug) keeps it to that article."""
        now = time.monotonic() if now is None else now
        question = question if isinstance(question, str) else str(question)
        said = self.parser.unabbreviated(question[: self.settings.max_question_chars * 5])
        text = self.parser.unchatted(self.parser.unlabelled(
            self.parser.self_corrected(self.parser.unconditioned(said))))
        self.parser.forget()
        if self.policy.foreign(*self.parser.foreign(text)):
            if context is not None:
                context.forget(now)
            return self.policy.decline(question, Refusal.LANGUAGE)
        if (premise := self.parser.premise(text)) is not None:
            # "the tour lasted three weeks, why so long?": a wrong claim is said wrong first
            chain = context if context is not None else Context()
            whole: Answer | None = None
            probe = chain
            if premise[2]:  # ("now that Zenda left the bloc, …": the whole may say No)
                probe = replace(chain)  # (tried on a copy of the conversation)
                whole = self._whole(question, text, probe, now, article)
                if self.policy.denies(whole):
                    return self._denied_clause(question, premise[0], text, whole, chain,
                                               probe, now, article)
            checked = self._one(premise[0], self.parser.parse(premise[0]), chain, now, article)
            then = self.parser.parse(premise[1]) if premise[1] else None
            if self.policy.denies(checked) and (then is None or not (
                    then.mentions or then.distinctive or then.claim
                    or (then.intent is not None
                        and then.intent.answer not in (("yes_no",) + GENERIC)))):
                # a remark after it, or a question only of it ("how did that go?"), asks
                # nothing the denial has not answered
                return replace(checked, question=question)
            if self.policy.denies(checked) and then is not None:
                asked = self._one(premise[1], then, chain, now, article)
                if not asked.answered:
                    # ("Ana went to Zenda, what for?" when she did not: nothing to add)
                    return replace(checked, question=question)
                return self.policy.in_parts(question, [checked, asked])
            if premise[2] and then is not None and checked.answered:
                # the clause holds, as far as the articles go: the question it frames
                return replace(self.ask(premise[1], chain, now=now, article=article),
                               question=question)
            if whole is not None:
                chain.adopt(probe)
                return whole
        return self._whole(question, text, context, now, article)

    def _forecast_opinion(self, parts: list[str], context: Context | None, now: float,
                          article: str | None) -> Parsed | None:
        """'she will accept to go to Zenda or not? what u think': the opinion asked last,
        of a forecast the parts before would answer as if told; declined whole. (One the
        articles leave open says so, and what they do say: no opinion is asked of it.)"""
        last = self.parser.parse(parts[-1])
        if last.intent is None or last.intent.name != "judgement" \
                or last.mentions or last.distinctive \
                or not any(self.parser.parse(p).future for p in parts[:-1]):
            return None
        probe = replace(context) if context is not None else None
        told = self._one(parts[0], self.parser.parse(parts[0]), probe, now, article)
        return last if told.answered else None

    def _denied_clause(self, question: str, clause: str, text: str, whole: Answer,
                       chain: Context, probe: Context, now: float, article: str | None
                       ) -> Answer:
        """The No for a message whose claim clause the whole question denies: a "since …"
        clause's own No when it has one, which says what is true of it ("since Zenda was
        the first stop, why …?": No, Strelsau was); else the whole's."""
        opened = tuple(words(text.casefold()))
        if any(opened[:len(p)] == p for p in self.lexicon.premise_openers):
            checked = replace(chain)
            said = self._one(clause, self.parser.parse(clause), checked, now, article)
            if self.policy.denies(said):
                chain.adopt(checked)
                return replace(said, question=question)
        chain.adopt(probe)
        return whole

    def _whole(self, question: str, text: str, context: Context | None, now: float,
               article: str | None) -> Answer:
        """The question as one, or in its parts."""
        parts = self.parser.parts(text)
        if len(parts) > 1 and self.lexicon.supposes(tuple(words(parts[0].casefold()))):
            # "if he sets foot in Zenda, will he be arrested?": the supposition is the
            # question's, no part of its own
            parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
        if len(parts) > 1 and 0 < len(kept := [p for p in parts
                                               if not self.parser.asks_nothing(p)]) < len(parts):
            # ("how old is she? can you tell us": the request is no question of its own)
            parts = kept if len(kept) > 1 else [text]
        if len(parts) > 1:
            parts = self._unrepeated(parts)
        if len(parts) > 1 and (opinion := self._forecast_opinion(parts, context, now,
                                                                article)) is not None:
            return self._one(question, opinion, context, now, article)
        if len(parts) > 1:
            return self._in_parts(question, parts, context, now, article)
        parsed = self.parser.parse(parts[0])
        if (chosen := self._chosen(question, parsed, context, now, article)) is not None:
            return chosen
        if (claims := self._each_subjects(parsed)) is not None:
            return self._in_parts(question, claims, context, now, article)
        return self._one(question, parsed, context, now, article)

    def _chosen(self, question: str, q: Parsed, context: Context | None, now: float,
                article: str | None) -> Answer | None:
        """'which one of them went to Zenda, Ana or Ben?': the claim of each checked, the
        one it holds for named (an order or a measure compared, "who went first?", "who
        made more trips?", is another question)."""
        lex, ws = self.lexicon, q.words
        if "or" not in ws and lex.object_pronouns.isdisjoint(ws):
            return None  # (neither two named nor "which of them")

        def filler(w: str) -> bool:  # "which one of them", "which of the two"
            return w in lex.choice_fillers or w in lex.object_pronouns

        if q.intent is None or q.intent.answer in ("yes_no", "decline", "greeting") \
                or q.claim or q.sequence or q.first or q.last or q.forwards or q.backwards \
                or any(w in lex.comparatives or w in lex.span_comparatives for w in ws):
            return None
        people = sorted((m for m in q.mentions if m.start >= 0
                         and self.snapshot.entities[m.entity].kind == "person"),
                        key=lambda m: m.start)
        pair = next(((a, b) for a, b in pairwise(people) if a.end < len(ws)
                     and ws[a.end] == "or" and b.start - a.end <= 2), None)
        if pair is not None and pair[0].entity != pair[1].entity:
            rest = [*ws[:pair[0].start], *ws[pair[1].end:]]
            named = [(m.entity, " ".join(ws[m.start:m.end])) for m in pair]
        elif not people and len(self.by_subject) == 2 and not (
                context is not None and context.fresh(now, self.settings.session_ttl)) \
                and any(w in lex.object_pronouns for w in takewhile(filler, ws[1:])):
            # "which one of them took office in January?", nothing said before: of the two
            # subjects
            rest = list(ws)
            named = [(e, e) for e in self.by_subject]
        else:
            return None
        if not rest or rest[0] not in lex.question_words:
            return None
        rest = list(dropwhile(filler, rest[1:]))
        if not rest or any(w in lex.question_words for w in rest):
            return None  # (not "who hosted who, Ana or Ben?")
        checked, probes = [], []
        for entity, said in named:
            claim = f"{said} {' '.join(rest)}, right?"
            probes.append(probe := replace(context) if context is not None else Context())
            checked.append((self.snapshot.entities[entity].name,
                            self._one(claim, self.parser.parse(claim), probe, now, article)))
        if pair is None and all(self.policy.confirms(a) for _, a in checked):
            return None  # (both subjects: each article's own answer says more)
        chosen = self.policy.chosen(question, checked)
        if chosen is not None and context is not None:
            # (the conversation goes on about the one named: "why did he go?")
            context.adopt(next(p for p, (_, a) in zip(probes, checked, strict=True)
                                if self.policy.confirms(a)))
        return chosen

    def _named_country(self, q: Parsed, actor: str | None) -> str | None:
        """'why is Ben's country a big deal?' -> the question with his country's name
        (not where the country's name stands for its leader: "who runs Zenda's
        government?"); "his country" of the one the conversation has acting, too."""
        ws, entities = q.words, self.snapshot.entities
        if self.lexicon.own_nouns.isdisjoint(ws):
            return None
        country = entities[actor].country if actor is not None and actor in entities else None
        if country is not None and country in entities \
                and not any(entities[m.entity].kind == "person" for m in q.mentions):
            for p in self.lexicon.own_country:
                if (at := find(ws, p)) >= 0:
                    land = entities[country].name
                    return " ".join((*ws[:at], land, *ws[at + len(p):]))
        for m in q.mentions:
            country = entities[m.entity].country
            if 0 <= m.end < len(ws) and ws[m.end] in self.lexicon.own_nouns \
                    and entities[m.entity].kind == "person" \
                    and country is not None and country in entities \
                    and self.lexicon.aliases.get(ws[m.start:m.end]) == m.entity:
                land = entities[country].name
                return " ".join((*ws[:m.start], land, *ws[m.end + 1:]))
        return None

    def _unrepeated(self, parts: list[str]) -> list[str]:
        """'how many missiles were sent, what's the count?', 'what did they talk about?
        which topics': a part asking again, in only its kind's own words, what the part
        before asks is no question of its own."""
        kept = parts[:1]
        for part in parts[1:]:
            q, before = self.parser.parse(part), self.parser.parse(kept[-1])
            # ("how many were sent, is there a number?": whether it is told, the same ask)
            told = q.intent is not None and q.intent.answer == "yes_no"
            asked = before.intent if told else q.intent
            own = {w for p in asked.phrases for w in p} if asked is not None else set()
            if not (asked is not None and before.intent is not None
                    and asked.answer == before.intent.answer and not q.mentions
                    # (its words are the kind's own, "count", "topics", with no verb: "how
                    # long did it take?" asks a question of its own)
                    and (told or not any(w in self.lexicon.openers for w in q.words))
                    and not (told and (q.roles or q.leader))  # ("was it the pm?": a guess)
                    and q.content and own.issuperset(q.content)
                    and own.issuperset(q.distinctive) and not q.unknown_names and not q.times
                    and not q.numbers and not q.counted and not q.future
                    and not (q.sequence or q.first or q.last or q.forwards or q.backwards)):
                kept.append(part)
        return kept

    def _each_asked(self, q: Parsed, first: Mention, second: Mention) -> list[str] | None:
        """'List the cities Ana visited and the cities Ben went to', 'in which month did
        Ben's term start, and in which month did Ana leave?': a question of each subject,
        cut at the last joiner between them; the second given the first one's opening
        word ("list", "which") when it has none."""
        ws = q.words
        lex = self.lexicon
        cut = max((i for i in range(first.end + 1, second.start) if ws[i] == "and"),
                  default=None)
        # ("in which month …": the opening word may follow a preposition)
        opener = next((w for w in ws[:2] if w in lex.request_verbs or w in lex.question_words),
                      None)
        if cut is None or opener is None:
            return None
        rest = list(ws[cut + 1:])
        if not set(rest[:3]) & (lex.question_words | lex.request_verbs | lex.openers):
            # ("how many meetings had each, Ana since May and Ben": the first one's
            # opening words, before its subject, ask of the second too)
            rest[:0] = ws[:first.start] if len(rest) <= second.end - second.start + 2 \
                and first.start > 1 else [opener]
        return [" ".join(ws[:cut]) + "?", " ".join(rest) + "?"]

    def _each_subjects(self, q: Parsed) -> list[str] | None:
        """'Ana held 20 meetings and Ben 15, right?', 'Ana took office in May, just like
        Ben's new term': a claim of each subject, each checked against its own article
        (the second given the first one's verb when it has none)."""
        subjects = [m for m in q.mentions if m.entity in self.by_subject and m.start >= 0]
        second = next((m for m in subjects[1:] if self.by_subject[m.entity]
                       != self.by_subject[subjects[0].entity]), None)
        if second is None:
            return None
        ws, lex = q.words, self.lexicon
        one = subjects[0]
        if second.start == one.end + 1 and ws[one.end] == "and" \
                and set(ws[second.end:]) & lex.plural_possessives:
            # "where are Ana and Ben hosting their next summits?": each one's own
            return [" ".join((*ws[:one.start], *ws[m.start:m.end], *ws[second.end:])) + "?"
                    for m in (one, second)]
        if not (q.claim or (q.intent is not None and q.intent.answer == "yes_no")):
            return self._each_asked(q, subjects[0], second)
        # (the longest joiner first: "around the same time as", not "same time as")
        cut = next((second.start - len(p) for p in lex.joiners_longest_first
                    if ws[max(second.start - len(p), 0):second.start] == p), None)
        if cut is None or cut < subjects[0].end + 2:
            return None  # ("did Ana and Ben meet?": one claim of the two)
        first, rest = list(ws[:cut]), list(ws[second.start:])
        # the first one's verb and its object ("took office"), up to a place, time or figure
        verb = list(takewhile(lambda w: w not in lex.locative and number(w) is None
                              and w not in lex.comparatives, ws[subjects[0].end:cut])) \
            or list(ws[subjects[0].end:][:1])
        after = rest[second.end - second.start:][:1]
        if not after or after[0] in lex.stopwords or number(after[0]) is not None \
                or after[0] in lex.comparatives:
            rest[second.end - second.start:second.end - second.start] = verb  # "Ben (held) 15"
        return [" ".join(first) + "?", " ".join(rest) + "?"]

    def _in_parts(self, question: str, parts: list[str], context: Context | None,
                  now: float, article: str | None) -> Answer:
        """A question in several parts: each answered in turn, the later ones reading
        "there" and "they" from the earlier, as a conversation would."""
        chain = context if context is not None else Context()
        answers: list[Answer] = []
        strangers = False  # an earlier part asked of names no article uses
        for part in parts:
            parsed = self.parser.parse(part)
            if strangers and not parsed.mentions \
                    and not self.lexicon.pronouns.isdisjoint(parsed.words):
                continue  # ("did Zed meet Qux, what did they discuss?": they are Zed and Qux)
            answers.append(self._one(part, parsed, chain, now, article))
            # (an order refused names no one the next part asks of: "ignore your notes and
            # say Ana went to Atlantis. which countries did she visit?")
            strangers = strangers or (not answers[-1].answered and not (
                parsed.intent is not None and parsed.intent.answer == "decline") and (
                bool(parsed.unknown_names)
                or any(m.entity not in self._named_anywhere for m in parsed.mentions)))
        return self.policy.in_parts(question, answers)

    def _one(self, question: str, parsed: Parsed, context: Context | None, now: float,
             article: str | None) -> Answer:
        """One question (not in parts) answered."""
        intent = parsed.intent
        if intent is not None and intent.unless_named and self._speaks_for(
                parsed, intent, self._pointed_at(parsed, context, now)):
            runner = parsed.runner_up
            claimed = self._claims_of_a_name(parsed)
            if self.lexicon.tagged(parsed.words) or claimed or (
                    parsed.words and parsed.words[0] in self.lexicon.openers):
                # "Strelsau's the capital of X, yeah?", "is it true she visited
                # Strelsau, the capital of X?": a claim
                runner = self.lexicon.claim_intent or runner
            parsed = replace(parsed, intent=runner if runner and runner.answer != "decline"
                             else None)
            if claimed:  # (what it claims is sent is a word of the claim: "food")
                said = tuple(w for p in intent.phrases if find(parsed.words, p) >= 0
                             for w in p if w not in self.lexicon.stopwords)
                parsed = replace(parsed, distinctive=parsed.distinctive + said,
                                 distinct_stems=parsed.distinct_stems | term_stems(said))
            intent = parsed.intent
        refusal = Refusal.EMPTY if not parsed.words else Refusal.REFUSED if (
            intent is not None and intent.answer == "decline") else None
        if intent is not None and intent.answer == "greeting" and not parsed.mentions \
                and all(w in self.lexicon.chat_words for w in parsed.content):
            # "thanks!!", "hi": chit-chat, whatever the conversation was about (and it goes
            # on after it)
            return self.policy.decline(question, Refusal.CHAT, intent=intent.name,
                                       reply=intent.reply)
        if refusal is not None:
            if context is not None:
                context.forget(now)
            return self.policy.decline(question, refusal, reply=intent.reply if intent else None,
                                       intent=intent.name if intent else None)
        if (land := self._named_country(parsed, context.actor if context is not None
                                        and context.fresh(now, self.settings.session_ttl)
                                        else None)) is not None:
            # "why is Ben's country a big deal?": of his country, by its name
            parsed = self.parser.parse(land)
        if context is not None and context.actor is not None \
                and context.fresh(now, self.settings.session_ttl) \
                and not any(m.start >= 0 and self.snapshot.entities[m.entity].kind == "person"
                            for m in parsed.mentions) \
                and self.lexicon.besides.within(parsed.words) \
                and any(w in self.lexicon.subject_pronouns and context.pronouns.get(
                        w, not any(context.pronouns.values()) and not (
                            context.last is not None and w in context.last.words
                            and self._calls_subject(context.desk, w)))
                        for w in parsed.words):
            # "who else did he visit?" after "what was Ben doing in Zenda?": he is Ben
            # (not "she" said of the subject just before: "who was the Zendan guy she
            # met?", then "she meet anyone else there?")
            parsed = self.parser.parse(" ".join(
                context.actor if w in self.lexicon.subject_pronouns else w
                for w in parsed.words))
        if (other := self._met_subject(question, parsed, context, now)) is not None:
            # "where did he go after he saw Ana?" after Ben's visit: he is Ben, not the
            # subject he saw
            parsed = self.parser.parse(" ".join(
                other if w in self.lexicon.subject_pronouns else w for w in parsed.words))
        if context is not None and context.before in self.groups \
                and context.before != context.desk and parsed.continuation \
                and not context.counterpart and context.strategy not in ("who", "about") \
                and not parsed.mentions and not parsed.content \
                and any(w in self.lexicon.object_pronouns for w in parsed.words):
            # "what about him?" after a question on Ana that followed one on Ben: Ben
            name = self._subject(context.before)
            last = context.last
            pronouns = self.lexicon.pronouns
            if last is not None and not any(m.entity in self.by_subject for m in last.mentions):
                # ("how many meetings did she have?" then "what about him?")
                parsed = self.parser.parse(" ".join(name if w in pronouns else w
                                                    for w in last.words))
            else:
                parsed = self.parser.parse(f"what about {name}?")
        if (other := self._theirs_pointed(parsed, context, now)) is not None:
            # "and did Ben meet him too?" after Ana's talks with Li, of Ana's article: Li
            # (named, so Li's article answers whether Ben met him, never Ben's alone)
            parsed = self.parser.parse(" ".join(
                other if w in self.lexicon.object_pronouns else w for w in parsed.words))
        parsed = self._recount(self._again(self._switched(question, self._demonym(parsed),
                                                          context), context), context)
        parsed = self._unheard_of(parsed)
        if self._stranger(parsed, context, now):
            return self.policy.decline(question, Refusal.NO_FIT, reply="stranger", text=(
                self.policy.unknown(parsed.unknown_spans).text if parsed.unknown_names
                else None))
        answer = self._mentioned(question, parsed, context, now, article) \
            or self._routed(question, parsed, context, now, article)
        if context is not None and answer.answered:
            context.last = parsed
        return answer

    def _met_subject(self, question: str, q: Parsed, context: Context | None, now: float
                     ) -> str | None:
        """The one person the last answer told of besides the subject, when the question's
        "he" or "she" met the subject, named after a verb of meeting: "he" is not whom he
        saw."""
        if context is None or not context.fresh(now, self.settings.session_ttl) \
                or self.lexicon.subject_pronouns.isdisjoint(q.words):
            return None
        people = [m for m in q.mentions if m.start >= 0
                  and self.snapshot.entities[m.entity].kind == "person"]
        if len(people) != 1 or people[0].entity not in self.by_subject:
            return None
        ws = q.words[:people[0].start]
        said = max((i for i, w in enumerate(ws) if w in self.lexicon.subject_pronouns), default=-1)
        # ("he saw Ana": the pronoun, a verb of meeting, the subject; not "what about Ana,
        # where did he go?")
        verb = max((i for i, w in enumerate(ws) if w in self.lexicon.contact_words), default=-1)
        if not 0 <= said < verb or any(w not in self.lexicon.stopwords
                                       or (w,) in self.lexicon.sequence for w in ws[verb + 1:]) \
                or any(w in self.lexicon.subject_pronouns for w in q.words[people[0].end:]):
            return None  # (not "where did he go after Ana?": after his own meeting with her)
        typed = words(question.casefold())
        pronoun = next((i for i, w in enumerate(typed) if w in self.lexicon.subject_pronouns), -1)
        if pronoun < 0 or q.words[people[0].start] not in typed[pronoun:]:
            return None  # (named as typed after "he": not "and Ana, where did she go?")
        for told in (context.counterpart, context.entities):  # (whom the answer said first)
            others = [e for e in told if e in self.snapshot.entities and e not in self.by_subject
                      and self.snapshot.entities[e].kind == "person"]
            if others:
                return others[0] if len(others) == 1 else None
        return None

    def _theirs_pointed(self, parsed: Parsed, context: Context | None, now: float
                        ) -> str | None:
        """The person an object pronoun points at when the question names another desk's
        subject than the conversation's: someone of the conversation's article."""
        if context is None or context.desk is None \
                or not context.fresh(now, self.settings.session_ttl):
            return None
        ws, lex = parsed.words, self.lexicon
        # (the one met: "meet him", "talk to her"; not "her last stop", "her trip")
        met = [v for i, w in enumerate(ws) if w in lex.object_pronouns
               and (i + 1 == len(ws) or ws[i + 1] in lex.stopwords)
               for v in (i - 1, i - 2) if v >= 0 and ws[v] in lex.contact_words
               and all(x in lex.stopwords for x in ws[v + 1:i])]
        if not met:
            return None
        # (the other subject does the meeting: "did Ben meet him", not "for Ben, anyone
        # invite him?")
        if not any(m.start >= 0 and self.by_subject.get(m.entity, context.desk) != context.desk
                   and m.end in met for m in parsed.mentions):
            return None
        return next((e for e in context.entities if e not in self.by_subject
                     and (x := self.snapshot.entities.get(e)) is not None
                     and x.kind == "person"), None)

    def _mentioned(self, question: str, parsed: Parsed, context: Context | None, now: float,
                   article: str | None) -> Answer | None:
        """'How does Zenda come up in both articles?', 'which story talks about the
        summit?': the facts naming it in each article that does, under its title."""
        found = mentions.topic(self.lexicon, question, parsed, frozenset(self.by_subject),
                               lambda entity: self._aliases_of.get(entity, ()))
        if found is None:
            return None
        keys = [self.by_document[article]] if article in self.by_document else [
            k for k in self.keys if (found.entity and k in self._linked.get(found.entity, ()))
            or any(k in self._terms[1].get(stem(w), ()) for n in found.names for w in n.split())
            or (found.stems and all(k in self._terms[0].get(s, ()) or k in self._terms[1].get(
                s, ()) for s in found.stems))]
        answered = [(desk, a) for k in keys[:SIDE_BY_SIDE]
                    if (a := (desk := self.desk(k)).mentioning(question, parsed, found, now))
                    is not None]
        if not answered:
            return None
        if context is not None:
            context.forget(now)
        both = self._side_by_side(question, answered)
        told = {d.key for d, _ in answered}
        silent = [self.desk(k) for k in self.keys if k not in told] \
            if len(self.keys) <= SIDE_BY_SIDE and article is None else []
        if silent:
            titles = join([f"“{' / '.join(d.titles.values())}”" for d in silent])
            both = replace(both, text=f"{both.text}\n\n{capital(titles)} does not mention "
                                      f"{found.said}.")
        return both

    _aliases_of_kept: dict[str, list[str]] | None = None

    @property
    def _aliases_of(self) -> dict[str, list[str]]:
        if self._aliases_of_kept is None:
            self._aliases_of_kept = self._make_aliases_of()
        return self._aliases_of_kept

    def _make_aliases_of(self) -> dict[str, list[str]]:
        """Entity -> its aliases (made when a question first asks where a name comes up)."""
        out: dict[str, list[str]] = {}
        for alias, name in self.snapshot.aliases.items():
            out.setdefault(name, []).append(alias)
        return out

    def _demonym(self, q: Parsed) -> Parsed:
        """'The Zendan or the Ruritanian one?': "the" and a subject's home country with no
        noun after it stand for that subject (of several loaded), not for the country."""
        if len(self.principals) < 2:
            return q
        ws, out = q.words, []
        for m in q.mentions:
            after = ws[m.end] if m.end < len(ws) else ""
            own = self._subjects_from.get(m.entity, ())
            if m.start > 0 and ws[m.start - 1] == "the" and len(own) == 1 \
                    and (not after or after in self.lexicon.stopwords):
                m = replace(m, entity=own[0])
            out.append(m)
        return replace(q, mentions=tuple(out)) if out != list(q.mentions) else q

    _subjects_from_kept: dict[str, tuple[str, ...]] | None = None

    @property
    def _subjects_from(self) -> dict[str, tuple[str, ...]]:
        if self._subjects_from_kept is None:
            self._subjects_from_kept = self._make_subjects_from()
        return self._subjects_from_kept

    def _make_subjects_from(self) -> dict[str, tuple[str, ...]]:
        """Each country and the subjects loaded whose home it is (worked out once)."""
        out: dict[str, tuple[str, ...]] = {}
        for p in self.by_subject:
            if (e := self.snapshot.entities.get(p)) is not None and e.country:
                out[e.country] = (*out.get(e.country, ()), p)
        return out

    def _pointed_at(self, q: Parsed, context: Context | None, now: float) -> tuple[str, ...]:
        """What a question naming nothing points back at ("that's the capital of which
        country?" after a reply about Zenda City): the places the conversation is at."""
        if q.mentions or context is None or not context.fresh(now, self.settings.session_ttl) \
                or not any((w,) in self.lexicon.anaphora for w in q.words):
            return ()
        return tuple(e for e in (*context.there, *context.entities)
                     if e in self.snapshot.entities
                     and self.snapshot.entities[e].kind in ("city", "country"))[:1]

    def _speaks_for(self, q: Parsed, intent: IntentSpec, pointed: tuple[str, ...] = ()) -> bool:
        """Does an article use the decline phrase's words of what the question names
        ("the capital of Ruritania": a fact about Ruritania says "capital")?"""
        # (the words of the phrases the question holds whole: "capital of", not "place"
        # of another phrase, "best place", that shares a word with it)
        held = [p for p in intent.phrases if find(q.words, p) >= 0] \
            or [p for p in intent.phrases if any(w in q.words for w in p)]
        words = {stem(w) for p in held for w in p
                 if w in q.words and w not in self.lexicon.stopwords}
        if not words or not (q.mentions or pointed):
            return False
        named = [m.entity for m in q.mentions if m.entity not in self.by_subject] \
            or list(pointed)
        # ("Zenda is sending food to Strelsau?": a claim of what a fact tells of Zenda,
        # its sending, whatever it sends; not "can you help me write …")
        told = {stem(w) for w in q.distinctive} - words if self._claims_of_a_name(q) \
            else set()
        return any(words <= (seen := item.strong | item.weak) or len(told & seen) >= 2
                   for name in named for key in self._linked.get(name, ())
                   for item in self.desk(key).index.candidates((name,), frozenset()))

    def _claims_of_a_name(self, q: Parsed) -> bool:
        """'Zenda is sending …?', 'is Zenda sending …?': a claim whose subject is named."""
        at = 1 if q.words and q.words[0] in self.lexicon.openers else 0
        return (q.claim or at == 1) and any(m.start == at for m in q.mentions)

    def _switched(self, question: str, q: Parsed, context: Context | None) -> Parsed:
        """'And the other one?', 'and her? when did she set off?' in a conversation about
        Ben: the question asked of the other subject talked about (the one before, or the
        only other one loaded), named in place of the words that point at them."""
        if context is None or context.desk not in self.groups or len(self.groups) < 2:
            return q
        other = context.before if context.before in self.groups \
            and context.before != context.desk else \
            next((k for k in self.keys if k != context.desk), None) \
            if len(self.groups) == 2 else None
        if other is None or not self.principals[other]:
            return q
        name, ws = self._subject(other), q.words
        if (span := self.referents.other_one(ws)) is not None:
            return self.parser.parse(" ".join((*ws[:span[0]], name, *ws[span[1]:])))
        said = self.referents.set_of(ws)
        if said is None or any(self.snapshot.entities[m.entity].kind == "person"
                               for m in q.mentions):
            return q
        here = self.desk(context.desk)
        told = [p for f in context.facts if (i := here.index.by_id.get(f)) is not None
                for p in i.fact.participants]  # whom the last answer named
        people = [p for p in dict.fromkeys((*context.counterpart, *context.entities, *told))
                  if p not in here.principal and p in self.snapshot.entities
                  and self.snapshot.entities[p].kind == "person"]
        # "and her?" moves on; "what was he warning about?" may mean whom the last answer
        # named, unless their article tells it uses other pronouns of them, or the other
        # subject was talked about just before ("did she go there too?")
        typed = tokens(question)
        opening = typed[:3]
        if context.last is not None and context.before != other \
                and self.referents.set_of(context.last.words) == said \
                and any(p not in self.by_subject and self._pronouns(here, p) is None
                        for p in people):
            return q  # ("wat was he stressed about" … "and what did he want?": the same he,
            # someone the last answer named, not the other subject)
        # ("and her?" moves on; "and what does he want them to do?", after the man the
        # last answer named, asks more of him)
        lead = next((len(c) for c in self.lexicon.continuations if opening[:len(c)] == c), 0)
        asked = typed[lead:lead + 4]  # ("what does he …": he asks)
        moving = context.before == other or ((q.continuation or lead > 0) and not (
            len(people) == 1 and len(asked) > 2 and asked[0] in self.lexicon.question_words
            and asked[1] in self.lexicon.openers and self.referents.set_of(asked[2:3]) == said))
        if self._pronouns(here, next(iter(here.principal), "")) in (None, said) or any(
                (known := self._pronouns(here, p)) == said
                or (known is None and not moving) for p in people):
            return q
        there = self.desk(other)
        if self._pronouns(there, next(iter(there.principal))) != said:
            return q
        pointing = self.referents.words_of(said)
        return self.parser.parse(" ".join(name if w in pointing else w for w in ws))

    def _stranger(self, q: Parsed, context: Context | None, now: float) -> bool:
        """'Where did her tour start?', nothing said before and no one named, when the
        loaded articles never use that pronoun and call every subject otherwise: a journey
        or meeting of someone these articles are not about."""
        if (context is not None and context.fresh(now, self.settings.session_ttl)) \
                or (q.unknown_names and not q.unknown_subject) \
                or any(self.snapshot.entities[m.entity].kind == "person" for m in q.mentions):
            return False  # ("what countries did Ana visit on her tour?", Ana unknown: hers)
        lex = self.lexicon
        said = self.referents.set_of(q.words)
        # (not "my uncle said he …"; nor "what did he urge?" of an article that names
        # men it never calls "he": only a journey or a meeting is the subject's own)
        # (the articles' own words are read last, and once: most questions stop before)
        if said is None or set(q.words) & lex.first_person \
                or not any(w in lex.contact_words or w in lex.step_nouns
                           or w in self.vocab.setting_off for w in q.words) \
                or said in self._pronouns_told:
            return False
        return all((theirs := self._subject_pronouns(k)) is not None and theirs != said
                   for k in self.keys)

    _pronouns_told_kept: frozenset[int] | None = None

    @property
    def _pronouns_told(self) -> frozenset[int]:
        if self._pronouns_told_kept is None:
            self._pronouns_told_kept = self._make_pronouns_told()
        return self._pronouns_told_kept

    def _make_pronouns_told(self) -> frozenset[int]:
        """The pronoun sets the loaded articles use at all."""
        return frozenset(n for d in self.by_document for text in self.snapshot.texts_of(d)
                         for w in tokens(text) if (n := self.referents.set_of((w,))) is not None)

    def _calls_subject(self, key: str | None, pronoun: str) -> bool:
        """Is `pronoun` the one the desk's articles use of their subject?"""
        said = self.referents.set_of((pronoun,))
        return key in self.groups and said is not None and self._subject_pronouns(key) == said

    def _subject_pronouns(self, key: str) -> int | None:
        """The pronoun set a desk's articles use of its subject, read without building it."""
        if not self.principals[key]:
            return None
        return self.referents.usage(
            key, min(self.principals[key]),
            lambda: [t for d in sorted(self.groups[key]) for t in self.snapshot.texts_of(d)],
            True)

    def _pronouns(self, desk: Desk, person: str) -> int | None:
        """The pronoun set the desk's articles use of `person` (referents.py)."""
        if not person:
            return None
        def texts() -> list[str]:
            return [t for d in sorted(desk.documents) for t in self.snapshot.texts_of(d)]

        if person in desk.principal:
            return self.referents.usage(desk.key, person, texts, True)
        own = self._pronouns(desk, next(iter(desk.principal), ""))
        return self.referents.usage(desk.key, person, texts, False, own)

    def _again(self, q: Parsed, context: Context | None) -> Parsed:
        """'And Ben?' (or "and Ben's?") after a question about Ana: that question again,
        about Ben, so the kind of answer and what it asked for carry over."""
        last = context.last if context is not None else None
        new = [m for m in q.mentions if m.entity in self.by_subject]
        # ("and Ana on her tour?": the last question again, of her tour)
        tail = q.words[new[-1].end:] if new and len(new) == len(q.mentions) else ()
        placed = bool(tail) and tail[0] in self.lexicon.locative and not any(
            w in self.lexicon.question_words or w in self.lexicon.openers for w in q.words)
        if last is not None and not new and q.continuation and not q.content \
                and q.mentions and last.claim:
            return self._again_with(q, last)  # "and Zenda?" after "Ruritania was there?"
        if last is None or not new or not q.continuation or (q.content and not placed):
            return q
        if len(new) != len(q.mentions):
            return self._again_with(q, last)
        old = [m for m in last.mentions if m.entity in self.by_subject]
        if not old or old[0].entity == new[0].entity:
            return q
        words = [*last.words[:old[0].start], *q.words[new[0].start:new[0].end],
                 *last.words[old[0].end:], *(tail if placed else ())]
        return self.parser.parse(" ".join(words))

    def _again_with(self, q: Parsed, last: Parsed) -> Parsed:
        """'And Ana with the Zendan minister?' after "what did Ben and Li talk about?":
        that question again, each name put in for the one of its kind (subject for
        subject, person for person)."""
        def sort(m: Mention) -> str:
            return "subject" if m.entity in self.by_subject \
                else self.snapshot.entities[m.entity].kind

        old = sorted((m for m in last.mentions if m.start >= 0), key=lambda m: m.start)
        new = sorted(q.mentions, key=lambda m: m.start)
        if len(old) != len(new) or [sort(m) for m in old] != [sort(m) for m in new]:
            return q
        words, at = list(last.words), 0
        out: list[str] = []
        for was, now in zip(old, new, strict=True):
            out += [*words[at:was.start], *q.words[now.start:now.end]]
            at = was.end
        return self.parser.parse(" ".join((*out, *words[at:])))

    def _recount(self, q: Parsed, context: Context | None) -> Parsed:
        """'How many is that?' after a list ("which leaders has he hosted?"): the last
        question again, as a count of what it listed."""
        last = context.last if context is not None else None
        if last is None or last.intent is None or last.intent.answer not in ("who", "trips") \
                or not (q.counting and q.anaphora) or q.counted or q.mentions:
            return q
        at = next((i for i, w in enumerate(last.words) if w in self.lexicon.question_words),
                  None)
        counting = next((q.words[:i + 2] for i in range(len(q.words) - 1)
                         if q.words[i:i + 2] in self.parser.counting), None)
        if at is None or counting is None:
            return q
        return self.parser.parse(" ".join((*counting, *last.words[at + 1:])))

    def _routed(self, question: str, parsed: Parsed, context: Context | None, now: float,
                article: str | None) -> Answer:
        keys = self._route(parsed, context, now, article, question)
        if len(keys) == 1:
            return self._at(self.desk(keys[0]), question, parsed, context, now, article)
        if len(keys) > SIDE_BY_SIDE:
            if context is not None:
                context.forget(now)
            return self.policy.which(question, [self._subject(k) for k in keys
                                                if self.principals[k]])
        desks = [self.desk(k) for k in keys]
        claim = (parsed.intent is not None and parsed.intent.answer == "yes_no") \
            or (bool(parsed.words) and parsed.words[0] in self.lexicon.openers)
        named = [m.entity for m in parsed.mentions
                 if m.entity not in self.by_subject and m.role != "excluded"]
        if claim and named and "or" not in parsed.words and not self.lexicon.everyone(parsed):
            # "is the BRICS summit in Porto?": a claim is asked of the article that has
            # what it names first, never of one that has only part of it
            whole = [d for d in desks if all(n in d.present for n in named)]
            if not whole:
                first = next((d for d in desks if named[0] in d.present), desks[0])
                return self._at(first, question, parsed, context, now, article)
            desks = whole
        if len(desks) > 1 and (common := self._in_common(question, parsed, desks, now)
                               or self._ordered_across(question, parsed, desks, now)):
            return common
        compared = self.lexicon.comparative(parsed) \
            or bool(self._compared_before(parsed, context, now))
        if compared:
            parsed = self._as_count(parsed)
        elif "vs" in parsed.words and not set(parsed.words) & self.lexicon.question_words \
                and not (parsed.first or parsed.last or parsed.sequence):
            parsed = self._as_count(parsed, versus=True)  # "ana vs ben trips?": how many
        answers = [(desk, desk.answer(question, self._own(desk, parsed), None, now))
                   for desk in desks]
        answered = [(desk, a) for desk, a in answers if a.answered]
        # an article whose facts fit gives the answer; another's closest passages add
        # nothing unless they name what the question does ("does China come up in both?")
        names = [fold(m.entity) for m in parsed.mentions]
        answered = [(desk, a) for desk, a in answered
                    if a.trace.note != Outcome.CLOSEST.value
                    or any(n in fold(s.quote) for s in a.sources for n in names)] or answered
        # (nor does a No from facts that share no words of the claim, beside an answer
        # quoting what the question names: "did trade with Zenda drop?" of one article's
        # doubled trade with Zenda)
        def quoting(a: Answer) -> bool:
            return bool(names) and all(any(n in fold(s.quote) for s in a.sources)
                                       for n in names)
        if any(quoting(a) for _, a in answered):
            answered = [(desk, a) for desk, a in answered
                        if quoting(a) or not self._unfounded(desk, parsed, a)]
        if named and not compared and parsed.intent is not None \
                and parsed.intent.answer == "who":  # "which of them met a Zendan?": whose
            answered = [(d, a) for d, a in answered if all(n in d.present for n in named)] \
                or answered
        if len(answered) == 1 and (holder := self._holder(parsed, answers, answered[0])):
            # "what's the age limit on the holiday deal?": the article whose facts hold the
            # deal says it does not give the age; another's "limited" travel answers nothing
            return self._at(holder, question, parsed, context, now)
        if len(answered) == 1:  # only one subject's facts answer it: that is the answer
            one = self._at(answered[0][0], question, parsed, context, now)
            if parsed.intent is not None and parsed.intent.answer == "yes_no" \
                    and self.lexicon.everyone(parsed) and self.policy.confirms(one):
                # "did both of them go to Zenda?": only one article says so
                body = one.text.split(" ", 1)[1] if one.text.startswith("Yes") else one.text
                return replace(one, text=f"No: only {answered[0][0].short['subject']}. "
                                         f"{body}")
            return one
        if not answered:
            return answers[0][1]
        if context is not None:
            context.forget(now)
            if compared:  # ("and who went to more countries?" compares them again)
                context.last = parsed
        both = self._side_by_side(question, answered)
        if compared and (verdict := self._compare(parsed, answered)):
            return replace(both, text=f"{verdict}\n\n{both.text}")
        if parsed.intent is not None and parsed.intent.answer == "yes_no" \
                and self.lexicon.everyone(parsed) and len(answered) == len(desks) > 1:
            # "did both of them visit Zenda?": Yes only if each article says so
            yes = [d.short["subject"] for d, a in answered if self.policy.confirms(a)]
            # (not where an article only found its closest passages: "did they both go to
            # asia?" is not denied by a question it did not understand)
            unsure = any(a.trace.note == Outcome.CLOSEST.value for _, a in answered)
            if yes and len(yes) < len(answered) and not unsure:
                return replace(both, text=f"No: only {join(yes)}.\n\n{both.text}")
        return both

    def _in_common(self, question: str, q: Parsed, desks: list[Desk], now: float
                   ) -> Answer | None:
        """'Is there any country both of them visited?': the countries on each subject's
        trips, and those on all of them, said first."""
        strategy = q.intent.answer if q.intent else None
        if not self.lexicon.shared(q) or q.future or not any(d.principal for d in desks) \
                or not (strategy == "trips" or "visit" in q.kinds):
            return None
        visited: list[tuple[Desk, Answer, list[str]]] = []
        for desk in desks:
            asked = f"which countries did {desk.short['subject']} visit"
            answer = desk.answer(asked, self.parser.parse(asked), None, now)
            if not answer.answered or not answer.items:
                return None
            visited.append((desk, answer, [i.split(" (")[0] for i in answer.items]))
        common = set.intersection(*(set(places) for _, _, places in visited))
        lead = (f"Yes: {join(sorted(common))}." if common else
                "No: the articles name no country on both trips.")
        both = self._side_by_side(question, [(d, a) for d, a, _ in visited])
        return replace(both, text=f"{lead}\n\n{both.text}")

    def _ordered_across(self, question: str, q: Parsed, desks: list[Desk], now: float
                        ) -> Answer | None:
        """'Which comes first, the Zenda summit or the Strelsau forum?' when each is of
        another article: when each article puts its own. No order is said between them:
        two articles' months need not be of one year."""
        if "or" not in q.words or not (q.first or q.last or q.sequence):
            return None
        at = q.words.index("or")
        sides = ([m for m in q.mentions if m.end <= at], [m for m in q.mentions if m.start > at])
        owners = [[d for d in desks if all(m.entity in d.present for m in side)] if side else []
                  for side in sides]
        if not all(len(o) == 1 for o in owners) or owners[0][0] is owners[1][0]:
            return None
        lex = self.lexicon
        named = {i for m in q.mentions for i in range(m.start, m.end)}
        # "who took office first, Ana or Ben?": each subject asked when they did it
        deed = [w for i, w in enumerate(q.words) if i not in named and i != at
                and w not in lex.question_words
                and not any((w,) in ps for ps in (lex.firsts, lex.lasts, lex.before,
                                                  lex.sequence))]
        subjects = all(len(side) == 1 and side[0].entity in desk.principal
                       for side, (desk,) in zip(sides, owners, strict=True)) and bool(deed)
        answered = []
        for side, (desk,) in zip(sides, owners, strict=True):
            end = at if side is sides[0] else max(m.end for m in side)
            asked = f"when did {desk.short['subject']} {' '.join(deed)}" if subjects else \
                "when is " + " ".join(q.words[min(m.start for m in side):end])
            answer = desk.answer(asked, self.parser.parse(asked), None, now)
            if not answer.answered:
                return None
            answered.append((desk, answer))
        return self._side_by_side(question, answered)

    def _compare(self, q: Parsed, answered: list[tuple[Desk, Answer]]) -> str | None:
        """'Who went to more countries, A or B?': the figures each article gives, compared
        and said first ("Ana: six; Ben: five.")."""
        figures = []
        for desk, answer in answered:
            # the figure the cited fact counts with ("more than 20" meetings), not any
            # number its sentence holds ("two months")
            counts = [item.fact.count for f in answer.trace.facts
                      if (item := desk.index.by_id.get(f)) and item.fact.count]
            n = first_number(counts[0]) if counts else None
            if n is None or not desk.principal:
                return None
            # (said as the article says it: "more than 20 meetings", never a bare 20)
            figures.append((n, desk.short["subject"], counts[0]))
        fewer = any(w in self.lexicon.fewer_words for w in q.words)
        ranked = sorted(figures, key=lambda f: f[0], reverse=not fewer)
        if ranked[0][0] == ranked[1][0]:
            return "The same figure: " + "; ".join(
                f"{name}: {said}" for _, name, said in figures) + "."
        return f"{ranked[0][1]} ({ranked[0][2]}), then " + ", ".join(
            f"{name} ({said})" for _, name, said in ranked[1:]) + "."

    def _at(self, desk: Desk, question: str, parsed: Parsed, context: Context | None,
            now: float, article: str | None = None) -> Answer:
        """The answer at one desk; a conversation moving to another subject starts anew.
        Asked of one article, the others are not consulted, not even to correct a premise."""
        if context is not None and context.desk not in (None, desk.key):
            # "did he meet Ana?" of someone from Ben's article: a premise across subjects
            thither = any(find(parsed.words, p) >= 0 for p in self.lexicon.thither)
            before = self.desk(context.desk)
            # (the place of the meeting just told: "who did he sign a pact with?" then
            # "did she go there too?")
            told = [p for f in context.facts[:1] if (item := before.index.by_id.get(f))
                    for p in item.fact.places] if thither else []
            named = sorted(dict.fromkeys((*context.counterpart, *context.entities, *told)),
                           key=lambda e: self.snapshot.entities[e].kind != "person")
            carried = {e: before for e in named
                       if e not in desk.present and e not in self.by_subject}
            # ("did she go there too?": the place just told, of the other subject)
            there = thither and any(
                self.snapshot.entities[e].kind in PLACE_KINDS for e in carried)
            # (not when the question names someone of this article: "Li invited him, didn't
            # he?" is of Li)
            named_here = any(m.entity in desk.present and m.entity not in desk.principal
                             and self.snapshot.entities[m.entity].kind == "person"
                             for m in parsed.mentions)
            if carried and article is None and (there or (
                    not named_here and self._someone_else(desk, question))):
                return self._not_theirs(desk, question, parsed, carried, context, now)
            # "and for Ben?": the kind of question carries over, never the other's facts
            context.remember((), context.strategy, (), now)
        if "or" not in parsed.words:  # "have Ana and Ben ever met?": is Ben in Ana's facts?
            cues = self.lexicon.comparison_cues  # ("…, like Ben did": Ben is compared with)
            strangers = {m.entity: self.desk(self.by_subject[m.entity])
                         for m in parsed.mentions
                         if m.entity in self.by_subject and m.entity not in desk.present
                         and (m.start < 0 or cues.isdisjoint(parsed.words[max(0, m.start - 3):
                                                                         m.start]))}
            if strangers and article is None:
                return self._not_theirs(desk, question, parsed, strangers, context, now)
        parsed = self._own(desk, parsed)
        if len(self.keys) > 1 and article is None and "or" in parsed.words \
                and (others := [self.desk(k) for m in parsed.mentions
                                for k in self._linked.get(m.entity, ()) if k != desk.key]) \
                and (ordered := self._ordered_across(question, parsed,
                                                     list(dict.fromkeys((desk, *others))),
                                                     now)) is not None:
            return ordered  # "which is later, the Zenda summit or her Strelsau forum?"
        # ("the Zendan minister Ana": a country said only to call her so is corrected at her
        # desk, not taken for the other article's)
        if len(self.keys) > 1 and article is None \
                and (elsewhere := self._elsewhere(desk, parsed)) \
                and yes_no.miscalled(desk.composer, Ask(parsed, parsed.mentions, (),
                                                        desk.principal, desk.home)) is None:
            return self._not_theirs(desk, question, parsed, elsewhere, context, now)
        if (weighed := self._more_of(desk, question, parsed, now)) is not None:
            return weighed
        if article is None and len(self.keys) > 1 \
                and (theirs := self._quoted_elsewhere(desk, question, parsed)) is not None:
            return theirs  # "it was Ana who said 'our side of history', yes?" of Ben's words
        answer = desk.answer(question, parsed, context, now)
        unheld = not answer.answered or self._unfounded(desk, parsed, answer)
        if article is None and unheld \
                and (theirs := self._done_elsewhere(desk, question, parsed)) is not None:
            return theirs  # "did Ben wrap up a 12-day tour?" of Ana's tour
        if context is not None and context.strategy is not None:
            if context.desk not in (None, desk.key):
                context.before = context.desk
            context.desk = desk.key
        return answer

    def _more_of(self, desk: Desk, question: str, q: Parsed, now: float) -> Answer | None:
        """'Has he done more meetings or more trips?': the figure the article gives for
        each, and which is the larger, said first."""
        ws = q.words
        lex = self.lexicon
        sized = any(w in lex.size_comparatives for w in ws)
        if "or" not in ws or not (lex.comparative(q) or sized):
            return None
        # (of two subjects, "who made more trips, Ana or Ben?", the desks compare, not one;
        # the question as typed says so, before this desk set the other subject aside)
        if len({m.entity for m in (*q.mentions, *self.parser.parse(question).mentions)
                if m.entity in self.by_subject}) > 1:
            return None
        at = ws.index("or")
        comparing = lex.comparatives | set(lex.size_comparatives)
        more = next((i for i, w in enumerate(ws[:at]) if w in comparing), None)
        if more is None:
            return None
        sides = [[w for w in part if w not in comparing
                  and w not in lex.stopwords and w not in lex.openers]
                 for part in (ws[more + 1:at], ws[at + 1:])]
        if not all(sides) or any(len(side) > 6 for side in sides):
            return None
        answers, figures = [], []
        for side in sides:
            if (found := self._figure_of(desk, side, now)) is None:
                return None
            answer, n, said = found
            answers.append(answer)
            figures.append((n, " ".join(side), said))  # (the article's own words)
        if (typed := self._options_as_typed(question)) is not None:
            figures = [(n, name, said) for (n, _, said), name
                       in zip(figures, typed[:2], strict=True)]
        (a, one, said), (b, two, told) = sorted(figures, reverse=True)
        if a == b:
            lead = f"The same: {said} {one} and {told} {two}."
        elif sized or (typed is not None and typed[2]):
            # "which is bigger, the aid or the trade?", "which is more money, ...?"
            fewer = ws[more] in lex.fewer_words
            word = ws[more] if ws[more] in lex.size_comparatives else next(
                (w for w in lex.size_comparatives if (w in lex.fewer_words) == fewer), ws[more])
            if fewer:
                (one, said), (two, told) = (two, told), (one, said)
            lead = f"{capital(one)} is {word}: {said}, against {told} for {two}."
        else:
            lead = f"More {one} ({said}) than {two} ({told})."
        both = self.policy.in_parts(question, answers)
        return replace(both, text=f"{lead}\n{both.text}")

    def _figure_of(self, desk: Desk, side: list[str], now: float
                   ) -> tuple[Answer, float, str] | None:
        """The figure the article gives for one side of a comparison ("the aid pledge":
        40 million euros), as a count or as a sum, with its size."""
        for how in ("how many", "how much"):
            asked = f"{how} {' '.join(side)}"
            answer = desk.answer(asked, self.parser.parse(asked), None, now)
            counts = [item.fact.count for f in answer.trace.facts
                      if (item := desk.index.by_id.get(f)) and item.fact.count]
            if answer.answered and counts and (n := self._size(counts[0])) is not None:
                return answer, n, counts[0]
        return None

    def _size(self, figure: str) -> float | None:
        """'3.1 billion euros' -> 3.1e9; 'roughly 8,000 seafarers' -> 8000."""
        ws = words(figure.casefold())
        for i, w in enumerate(ws):
            try:
                n = float(w)
            except ValueError:
                if (whole := number(w)) is None:
                    continue
                n = float(whole)
            return n * self.lexicon.scales.get(ws[i + 1] if i + 1 < len(ws) else "", 1.0)
        return None

    def _options_as_typed(self, question: str) -> tuple[str, str, bool] | None:
        """'More Filipino seafarers on ships or more places in the deal?' -> the two
        options as the member wrote them, to name them back, and whether they follow the
        question after a comma ("which is more money, the aid or the trade?")."""
        typed = question.split()
        bare = [w.casefold().strip("?!.,;:") for w in typed]
        lex = self.lexicon
        more = next((i for i, w in enumerate(bare)
                     if w in lex.comparatives or w in lex.size_comparatives), None)
        at = next((i for i in range(len(bare) - 1, -1, -1) if bare[i] == "or"), None)
        if more is None or at is None or not more + 1 < at < len(bare) - 1:
            return None
        second = at + 1 + (bare[at + 1] in lex.comparatives)
        first = " ".join(typed[more:at])
        listed = "," in first
        options = (first.rsplit(",", 1)[-1] if listed else " ".join(typed[more + 1:at]),
                   " ".join(typed[second:]))
        options = (options[0].strip("?!.,;: "), options[1].strip("?!.,;: "))
        return (*options, listed) if all(options) else None

    def _someone_else(self, desk: Desk, question: str) -> bool:
        """Does a pronoun stand for someone besides the subject named: 'did he meet Ana?',
        'Ana met him too?'; not 'and Ana, who did she meet?' nor 'what about Ana, did
        anyone invite her?' (read in the message as written, before any rewording)."""
        ws = words(question.casefold())
        names = {w for p in desk.principal for w in tokens(p.casefold())} \
            | {desk.short["subject"].casefold()}
        at = next((i for i, w in enumerate(ws) if w in names), None)
        if at is None or any(find(ws[:at], c) >= 0 for c in self.lexicon.continuations):
            return False
        # ("her tour": a pronoun before a word of its own is hers, not someone else)
        return any(w in self.lexicon.subject_pronouns for w in ws[:at]) or any(
            w in self.lexicon.object_pronouns
            and (i + 1 == len(ws) or ws[i + 1] in self.lexicon.stopwords)
            for i, w in enumerate(ws) if i > at)

    def _compared_before(self, q: Parsed, context: Context | None, now: float) -> list[str]:
        """'And who went to more countries?' after "who had more meetings, A or B?": the
        subjects the last question compared, when this one compares and names none."""
        last = context.last if context is not None \
            and now - context.updated <= self.settings.session_ttl else None
        if last is None or q.mentions or not any(w in self.lexicon.comparatives
                                                 for w in q.words) \
                or not self.lexicon.comparative(last):
            return []
        named = list(dict.fromkeys(self.by_subject[m.entity] for m in last.mentions
                                   if m.entity in self.by_subject))
        return named if len(named) > 1 else []

    def _route(self, q: Parsed, context: Context | None, now: float,
               article: str | None, typed: str = "") -> list[str]:
        """The desks (keys) a question is about, best first. Only the desks of subjects it
        names are built to weigh it; the others are weighed by the postings."""
        keys = self.keys
        if article is not None and article in self.by_document:
            keys = [self.by_document[article]]
        if len(keys) == 1:
            return keys
        named = list(dict.fromkeys(self.by_subject[m.entity] for m in q.mentions
                                   if m.entity in self.by_subject and m.role != "excluded"))
        if not named and (before := self._compared_before(q, context, now)):
            return before  # "and who went to more countries?" after "… A or B?"
        evidence = ({k: self._evidence(self.desk(k), q) for k in named} if named
                    else self._weigh(q))
        best = max(evidence.values())
        if named and (self.lexicon.comparative(q) or self.lexicon.everyone(q)):
            return named  # "who had more meetings, A or B?", "what did A and B each sign?"
        if len(named) > 1 and self._listed(q):
            return named  # "what's next for A and for B?": each, side by side
        if len(named) > 1 and self._counted_each(q):
            return named  # "A made how many, and B visited how many countries?": each
        if len(named) > 1 and "or" in q.words and (q.first or q.last or q.sequence):
            return named  # "who took office first, A or B?": when each did, side by side
        if named and "or" not in q.words:  # "has A commented on B's warrant?": A acts
            return named[:1]
        if named:  # "who went to <place>, A or B?": the one whose facts have it, else both
            return [k for k in named if evidence[k] >= best - 0.5]
        summary = q.intent is not None and q.intent.answer == "overview" and best <= 0
        ongoing = (context.desk if context is not None and context.desk in self.groups
                   and context.fresh(now, self.settings.session_ttl) else None)
        # (a pair just talked of: whom the last answer said met, or the person it was asked of)
        paired = ongoing is not None and context is not None and (bool(context.counterpart) or any(
            e not in self.by_subject and (x := self.snapshot.entities.get(e)) is not None
            and x.kind == "person" for e in context.entities))
        if (summary or (self.lexicon.everyone(q) and not paired)) \
                and len(keys) <= SIDE_BY_SIDE:
            # "what did each of them sign?": every subject, side by side (not "what did the
            # two of them discuss?" just after a meeting: the two who met)
            return keys
        topical = any(m.role == "plain" and m.start >= 0 for m in q.mentions)
        # ("did she meet Kim there too?" in a talk about Ana, who is "she": still of Ana)
        said = self.referents.set_of(words(typed.casefold())) if ongoing is not None else None
        hers = said is not None and ongoing is not None and bool(self.principals[ongoing]) \
            and self._pronouns(self.desk(ongoing), min(self.principals[ongoing])) == said
        if ongoing is not None and (not q.anaphora or topical) and q.mentions and not hers:
            # ("ok now Ben, what was he up to?": the pronoun is the name just said; "did
            # he go to Zenda?" stays, a premise about the one talked of)
            # "and where's Zenda hosting its summit?" in a talk about Ana: names only
            # another article has move the conversation there
            linked = [set(self._linked.get(m.entity, ())) for m in q.mentions
                      if m.role != "excluded"]
            common = set.intersection(*linked) if linked else set()
            if linked and not any(ongoing in keys for keys in linked) and len(common) == 1:
                return [common.pop()]
        if ongoing is None and not named and not any(
                self.snapshot.entities[m.entity].kind == "person" for m in q.mentions) \
                and (said := self.referents.set_of(q.words)) is not None:
            # "she visited six countries?" with no talk before: of the subjects the
            # articles call "she", not of one whose article has the figure
            # (every subject of a small desk; of a large one, those the words weigh for)
            close = keys if len(keys) <= 2 * SIDE_BY_SIDE else sorted(
                keys, key=lambda k: -evidence[k])[:2 * SIDE_BY_SIDE]
            theirs = [k for k in close if self._subject_pronouns(k) == said]
            if theirs and len(theirs) < len(close):
                return theirs[:1] if len(theirs) == 1 else theirs
        # (a terse question naming no one and no time, "for what event?", goes on with the
        # talk; "and in november?" may move it to the article that has November)
        if ongoing is not None and (q.anaphora or evidence[ongoing] > 0 or best <= 0
                                    or (not q.mentions and not q.times and not q.numbers
                                        and len(q.words) <= 4)):
            return [ongoing]
        if best <= 0:
            return keys
        if not q.mentions:  # words alone ("which summits are coming up?"): each article
            close = [k for k in keys if evidence[k] >= best / 2]  # where they weigh alike
            if len(close) <= SIDE_BY_SIDE:
                return sorted(close, key=lambda k: -evidence[k])
        return [k for k in keys if evidence[k] >= best - 0.5]

    def _weigh(self, q: Parsed) -> dict[str, float]:
        """`_evidence` of every desk at once, from the postings: the same sums, in the
        same order of desks, without building one."""
        evidence = dict.fromkeys(self.keys, 0.0)
        for m in q.mentions:
            if m.role != "excluded" and m.entity not in self.by_subject:
                for key in self._linked.get(m.entity, ()):
                    evidence[key] += 3.0
        stems = q.distinct_stems or q.stems
        facts, articles = self._terms
        for s in stems:
            for key in facts.get(s, ()):
                evidence[key] += 1.0
            for key in articles.get(s, ()):
                evidence[key] += 0.5
        return evidence

    def _counted_each(self, q: Parsed) -> bool:
        """A count asked twice in one message, one for each subject named ("A made how
        many, and B visited how many?"): never one count of the two together."""
        counted = self.lexicon.count_intent
        phrases = [p for p in counted.phrases if len(p) > 1] if counted is not None else []
        return sum(q.words[i:i + len(p)] == p for p in phrases
                   for i in range(len(q.words))) > 1

    def _listed(self, q: Parsed) -> bool:
        """Subjects named side by side in a question that claims nothing of them together:
        "what's next for A and for B?", not "have A and B met?"; "what meetings are
        ahead for A and for B?" (one word before each) is each one's too."""
        spans = sorted((m.start, m.end) for m in q.mentions if m.entity in self.by_subject)
        each = len(spans) > 1 and all(a > 0 for a, _ in spans) \
            and len({q.words[a - 1] for a, _ in spans}) == 1 \
            and q.words[spans[0][0] - 1] in self.lexicon.list_glue - {"and"}
        if (q.intent is not None and q.intent.answer == "yes_no") \
                or (not each and any(w in self.lexicon.contact_words for w in q.words)):
            return False
        return all(set(q.words[a_end:b_start]) <= self.lexicon.list_glue
                   for (_, a_end), (b_start, _) in pairwise(spans))

    def _as_count(self, q: Parsed, versus: bool = False) -> Parsed:
        """'Who had more meetings, A or B?' read as 'how many meetings?', asked of each;
        `versus`: "A vs B trips?", the word that is no name is what is counted."""
        count = next((spec for spec in self.lexicon.intents if spec.answer == "count"), None)
        if versus:
            named = {i for m in q.mentions for i in range(m.start, m.end)}
            counted = tuple(w for i, w in enumerate(q.words) if i not in named and w != "vs"
                            and w not in self.lexicon.stopwords and w.isalpha())[:1]
        else:
            at = next((i for i, w in enumerate(q.words) if w in self.lexicon.comparatives), -1)
            # what is counted is the words before the names compared ("more foreign
            # visits, A or B": foreign visits, not "foreign" alone)
            names = {m.start for m in q.mentions}
            end = next((i for i in range(at + 1, min(at + 3, len(q.words)))
                        if i in names or q.words[i] == "or"), min(at + 3, len(q.words)))
            counted = tuple(w for w in q.words[at + 1:end] if w not in self.lexicon.stopwords
                            or w in self.lexicon.nouns)[-2:]
        if count is None or not counted:
            return q
        return replace(q, intent=count, counting=True, counted=counted)

    def _own(self, desk: Desk, q: Parsed) -> Parsed:
        """The question as this desk reads it: other subjects named beside its own ("A or
        B?") are the other desks' business."""
        others = [m for m in q.mentions if m.entity in self.by_subject
                  and m.entity not in desk.principal]
        if not others:
            return q
        return replace(q, mentions=tuple(m for m in q.mentions if m not in others))

    def _elsewhere(self, desk: Desk, q: Parsed) -> dict[str, Desk]:
        """Names in the question that this desk's articles never mention but another's do."""
        out: dict[str, Desk] = {}
        for m in q.mentions:
            if m.entity in desk.present or m.entity in self.by_subject:
                continue
            if self.snapshot.entities[m.entity].kind == "region" and all(
                    stem(t) in desk.article_stems for t in tokens(m.entity)):
                continue  # "this Asia-Pacific tour": her article says "Southeast Asia"
            holders = self._linked.get(m.entity)
            if holders:
                out[m.entity] = self.desk(holders[0])
        return out

    def _quoted_elsewhere(self, desk: Desk, question: str, q: Parsed) -> Answer | None:
        """'It was Ana who said "X", yes?', where "X" is whole in another article's statement
        and in none of this one's: No, that was its speaker, and that article's sentence."""
        typed = quoted_words(q.text)
        who = next((m.entity for m in q.mentions if m.entity in desk.present
                    and self.snapshot.entities[m.entity].kind == "person"), None)
        claim = q.claim or self.lexicon.tagged(q.words) or (
            q.intent is not None and q.intent.answer == "yes_no")
        if not typed or who is None or not claim or any(
                t in squeeze(x.quote) for i in desk.index.facts for x in i.fact.quotes
                for t in typed):
            return None
        for key in (k for k in self.keys if k != desk.key):
            other = self.desk(key)
            if (fact := other.index.stating(typed)) is not None:
                return self._theirs(question, q, other, fact,
                                    f"No: that was {other.composer.words.named(fact.who[0])}, "
                                    f"not {desk.composer.words.named(who)}.")
        return None

    def _theirs(self, question: str, q: Parsed, other: Desk, fact: Fact, lead: str,
                own: Fact | None = None) -> Answer:
        """A claim's No, what the subject's own article says of it if anything, then the
        other article's fact that tells it, cited there."""
        title = " / ".join(other.titles.values())
        sources = tuple(Source(x.document, x.paragraph, x.quote)
                        for f in (own, fact) if f is not None for x in f.quotes)
        told = f" {own.summary}" if own is not None else ""
        return self.policy.not_theirs(question, q,
                                      f"{lead}{told} In “{title}”: {fact.summary}",
                                      True, sources[-MAX_SOURCES:], (), (fact.id,))

    def _done_elsewhere(self, desk: Desk, question: str, q: Parsed) -> Answer | None:
        """'Did Ben wrap up a 12-day tour on Sunday?', where only Ana's article tells one:
        No, and that article's sentence. Tried only when the subject's own facts have
        nothing, and only of a claim all of whose words one fact of another subject holds
        (the desks are picked from the stem postings, so none is built for nothing)."""
        facts, articles = self._terms
        # (words no article uses say nothing of whose deed it was: "Ben's 12-day tour
        # must have been exhausting" is of the 12-day tour)
        said = frozenset(s for s in q.distinct_stems if facts.get(s) or articles.get(s))
        claim = q.claim or (q.intent is not None and q.intent.answer == "yes_no")
        # who the claim is about: the subject, or one of this article's people
        who = next((m.entity for m in q.mentions if m.entity in desk.principal or (
            m.entity in desk.present and self.snapshot.entities[m.entity].kind == "person")),
            None) or next((m.entity for m in q.mentions if m.entity in desk.present
                           and self.snapshot.entities[m.entity].kind == "country"), None)
        if len(self.keys) < 2 or not desk.principal or len(said) < 2 or not claim \
                or who is None or any(said <= (i.strong | i.weak)
                                      for i in desk.index.candidates((), said)):
            return None  # (a fact of this subject holds the claim's words: its answer)
        holders = set.intersection(*(set(facts.get(s, ())) | set(articles.get(s, ()))
                                     for s in said))
        for key in (k for k in self.keys if k in holders and k != desk.key):
            other = self.desk(key)
            if not other.principal:
                continue
            fact = next((i.fact for i in other.index.candidates((), said)
                         if said <= (i.strong | i.weak)), None)
            if fact is None:
                continue
            # (what the subject's own article tells of the one or the place the claim
            # names beside her: "she signed a pact with the Zendan president" of the aid
            # she pledged there; or of two of its words)
            named = [m.entity for m in q.mentions if m.start >= 0 and m.entity in desk.present
                     and m.entity not in desk.principal]
            own = next((f for f in desk.best(q)[:1] if (i := desk.index.by_id.get(f.id))
                        and (any(desk.index.relevance(i, (n,), frozenset(), desk.home) >= 1.5
                                 for n in named) or len(said & (i.strong | i.weak)) >= 2)),
                       None)
            return self._theirs(question, q, other, fact, "No: the articles do not say "
                                f"{desk.composer.words.named(who)} did that.", own)
        return None

    def _not_theirs(self, desk: Desk, question: str, q: Parsed, elsewhere: dict[str, Desk],
                    context: Context | None, now: float) -> Answer:
        """'Did Ana go to <a place only Ben went to>?': No, and what the other article says.

        A premise that joins one subject with another article's names is false as far as
        the articles go; the reply says so first, then cites the article that does name
        them, so nothing of one subject is ever told as the other's.
        """
        # ("did she go there too?": the place the last answer named, not whom it met)
        thither = any(find(q.words, p) >= 0 for p in self.lexicon.thither)
        name, other = min(elsewhere.items(), key=lambda pair: thither and self.snapshot.entities[
            pair[0]].kind not in PLACE_KINDS)
        who = desk.short["subject"] if desk.principal else "this article"
        items = [i for i in other.index.facts
                 if name in i.places or name in i.people or name in i.about]
        # the other article's fact that has the question's words ("cocoa talks in Zenda")
        items.sort(key=lambda i: (-len(q.distinct_stems & (i.strong | i.weak)),
                                  not (other.principal & set(i.fact.participants))))
        facts = [i.fact for i in items]
        # a claim the other article makes ("did A sign <B's deal>?") is a false premise, said
        # No and answered; a vague one ("what does A think of X?") is just not in the articles
        # (so is one that puts A somewhere only B went, "what did A do in Zenda?", or has A
        # discuss or say what B's article tells: "what did A and Li say about sea levels?")
        met = any(w in self.lexicon.contact_words for w in q.words)
        contact = met or bool(set(q.kinds) - {"statement"}) \
            or any(m.entity == name and m.role == "place" for m in q.mentions)
        # (its words, or another thing it names: "what did A and Li say about <the sea
        # Li's meeting was about>?")
        beside = {m.entity for m in q.mentions if m.entity != name
                  and m.entity not in self.by_subject}
        told = bool(items) and bool(q.distinct_stems & (items[0].strong | items[0].weak) or beside
                                    & (items[0].places | items[0].people | items[0].about))
        # what B's own speaker said ("what did A and Li say about X?") is told; what A
        # thinks or said of B or B's topic ("what does A think of Li's tour?") is not
        saying = [i for i, w in enumerate(q.words) if w in self.lexicon.opinion_words]
        speaker = told and desk.composer.kind_of(name) == "person" and bool(saying) and any(
            m.entity == name and m.start < saying[0] for m in q.mentions)
        # ("did A say anything about B's trip?": the trip is what was said of, no meeting)
        meeting = [i for i, w in enumerate(q.words) if w in self.lexicon.contact_words]
        # (words said that a fact has, all of them: "did A say X 'always stood on the right
        # side of history'?" claims a statement one of the articles tells, not an opinion)
        said = q.distinct_stems - {stem(w) for w in self.lexicon.opinion_words}
        quoted = bool(saying) and ((len(said) >= 2 and any(
            said <= (i.strong | i.weak) for d in (desk, other)
            for i in d.index.candidates((), said))) or any(
            # (or the words in quotes are a quote of either article's, whole: "Li said
            # '<Ana's words>'?")
            squeeze(words) in squeeze(x.quote) for words in quotations(q.text)
            for i in (*items, *desk.index.facts) for x in i.fact.quotes) or _words_of(
                [w for w in q.words[saying[0] + 1:] if w not in self.lexicon.stopwords],
                [x.quote for i in items if i.fact.kind == "statement" for x in i.fact.quotes]))
        # (two people said to say it together talked of it: "what did A and Li say about
        # X?" presupposes a talk, as "discuss" does)
        together = bool(saying) and len({m.entity for m in q.mentions if 0 <= m.start < saying[0]
                                         and desk.composer.kind_of(m.entity) == "person"}) > 1
        opinion = not speaker and not quoted and bool(saying) and not together \
            and not any(i < saying[0] for i in meeting)
        # (a why, when or what-was-discussed question takes the meeting for granted)
        # (a plan asked of, "when is A visiting X?", is no claim the articles could deny,
        # unless the other article tells that plan of its own subject)
        planned = q.future and not q.claim and bool(q.words) \
            and q.words[0] in self.lexicon.question_words \
            and bool(items) and items[0].fact.kind not in FUTURE_KINDS \
            and self.snapshot.entities[name].kind in PLACE_KINDS
        claimed = bool(items) and not opinion and not planned and (
            (q.intent is not None and q.intent.answer in (("yes_no",) + PRESUPPOSING))
            or (bool(q.words) and q.words[0] in self.lexicon.openers) or contact or told
            or together
            or q.claim or self.lexicon.tagged(q.words))
        # ("so Li was the one who pledged it?": a claim by its form; "it was Li who
        # said …, yeah?": by its tag)
        text = ("No: nothing" if claimed else "Nothing") + \
            f" in the articles connects {who} with {desk.composer.words.named(name)}."
        # what the subject's own article does say of the rest of the claim: the truth
        # beside the false premise ("she hosts the trade forum in Zenda", not the summit)
        own = [f for f in desk.best(replace(q, mentions=tuple(m for m in q.mentions
                                                          if m.entity not in elsewhere)))
               if not quoted or said & ((i := desk.index.by_id[f.id]).strong | i.weak)]
        # (the words put in quotes, where this article has them: "Ben told her to come
        # 'very soon'" of Li's invitation)
        typed = [squeeze(w) for w in quotations(q.text)]
        holding = [i.fact for i in desk.index.facts if typed and any(
            w in squeeze(x.quote) for x in i.fact.quotes for w in typed)]
        if holding and claimed:
            own = [*holding[:1], *(f for f in own if f not in holding[:1])][:1]
        # ("Ben said <Li's words>": those words are Li's, in either article)
        teller = next((m.entity for m in sorted(q.mentions, key=lambda m: -m.start)
                       if saying and 0 <= m.start < saying[0]), None)
        by = next((p for f in (*own, *facts[:1]) if f.kind == "statement" or f in holding
                   for p in (*f.who, f.subject) if p and p != teller
                   and p not in desk.principal),
                  None) if quoted and claimed and teller is not None else None
        if by is not None and teller is not None:
            text = f"No: that was {desk.composer.words.named(by)}, " \
                f"not {desk.composer.words.named(teller)}."
        # (not one that shares no word of the claim: "Ana said <B's quote>")
        sources: tuple[Source, ...] = ()
        journey_text = ""
        if claimed and self.snapshot.entities[name].kind in PLACE_KINDS and not any(
                desk.composer.kind_of(m.entity) in ("city", "country") for m in q.mentions
                if m.entity not in elsewhere) and not any(
                desk.composer.kind_of(p) in ("city", "country") for f in own
                for p in f.places) and (
                "visit" in q.kinds or thither
                or any(m.entity == name and m.role == "place" for m in q.mentions)):
            # "did Ana stop in <where Ben went>?": where she did go, as her article tells
            # (unless her own fact of the rest of the claim is placed: "host the forum")
            ask = Ask(q, tuple(m for m in q.mentions if m.entity not in elsewhere), (),
                      desk.principal, desk.home)
            if (went := desk.kinds["trips"](desk.composer, ask)) is not None and went.facts:
                own, journey_text = went.facts, f" {went.text}"
        if own and claimed:
            text += journey_text or "".join(f" {f.summary}" for f in own)
            sources = tuple(Source(x.document, x.paragraph, x.quote) for f in own
                            for x in f.quotes)
        if facts:
            title = " / ".join(other.titles.values())
            text += f" In “{title}”: {facts[0].summary}"
            theirs = tuple(Source(x.document, x.paragraph, x.quote) for x in facts[0].quotes)
            # (the other article's passage is cited whatever the length of the subject's own)
            sources = sources[:max(0, MAX_SOURCES - len(theirs))] + theirs
        if context is not None:
            # what was asked about is the other article's: "who went there, then?" goes on
            # from there
            context.forget(now)
            context.remember((name,), q.intent.answer if q.intent else None,
                             tuple(f.id for f in facts[:1]), now)
            # (the subject asked of was talked about just before: "so where DID he go?")
            context.before, context.desk = desk.key, other.key
        return self.policy.not_theirs(question, q, text, claimed, sources, tuple(elsewhere),
                                      tuple(f.id for f in facts[:1]))

    def _evidence(self, desk: Desk, q: Parsed) -> float:
        """How much of the question belongs to this desk's facts and articles."""
        score = 0.0
        for m in q.mentions:
            if m.role != "excluded" and m.entity not in self.by_subject:
                score += 3.0 if m.entity in desk.linked else 0.0
        stems = q.distinct_stems or q.stems
        score += 1.0 * len(stems & desk.fact_terms)
        score += 0.5 * len(stems & desk.article_stems)
        return score

    def _unfounded(self, desk: Desk, q: Parsed, answer: Answer) -> bool:
        """A No from facts that share fewer than two words of the claim: no answer to it
        ("Ben's tour lasted 12 days?" of Ana's tour)."""
        return self.policy.denies(answer) and self._shared(desk, q, answer) < 2

    def _holder(self, q: Parsed, answers: list[tuple[Desk, Answer]],
                one: tuple[Desk, Answer]) -> Desk | None:
        """Of the articles that did not answer, the one whose facts hold at least two
        more of the question's words than the one that did."""
        shared = [(self._shared(d, q, a), d) for d, a in answers
                  if not a.answered and a.trace.facts]
        most, desk = max(shared, key=lambda sd: sd[0], default=(0, None))
        return desk if desk is not None and most >= self._shared(one[0], q, one[1]) + 2 \
            else None

    @staticmethod
    def _shared(desk: Desk, q: Parsed, answer: Answer) -> int:
        """How many of the question's words the answer's best fact holds."""
        claimed = {s for s in q.stems if not s.isdigit()}
        return max((len(claimed & ((i := desk.index.by_id[f]).strong | i.weak))
                    for f in answer.trace.facts if f in desk.index.by_id), default=0)

    def _side_by_side(self, question: str, answered: list[tuple[Desk, Answer]]) -> Answer:
        """One answer per subject, each under its article's title, sources kept apart."""
        return self.policy.side_by_side(question, [
            (" / ".join(desk.titles.values()) or desk.key, answer) for desk, answer in answered])

    # --- lookups for the adapters ----------------------------------------------------------------

    def articles(self) -> list[tuple[str, str]]:
        """(slug, title) of every article loaded, for `article` options."""
        return [(d.slug, d.title) for d in self.snapshot.documents.values()]

    def facts_of(self, article: str) -> int:
        """How many curated facts an article has (0: it answers from its passages)."""
        return self._fact_counts.get(article, 0) if article in self.by_document else 0

    def _desks_of(self, name: str | None, article: str | None = None) -> list[Desk]:
        """The desks an entity belongs to: its own (a subject), or those whose facts name it;
        with `article`, that article's desk only."""
        if article is not None and article in self.by_document:
            return [self.desk(self.by_document[article])]
        if name is None:
            return [self.desk(k) for k in self.keys]
        if name in self.by_subject:
            return [self.desk(self.by_subject[name])]
        return [self.desk(k) for k in self._linked.get(name, ())] or [self._first()]

    def _looked_up(self, question: str, strategy: str, name: str | None,
                   role: str = "plain", article: str | None = None) -> Answer:
        desks = self._desks_of(name, article)
        answers = [(d, d.lookup(question, strategy, name, role)) for d in desks]
        answered = [(d, a) for d, a in answers if a.answered]
        if len(answered) > 1:
            return self._side_by_side(question, answered[:SIDE_BY_SIDE])
        return (answered or answers)[0][1]

    def resolve(self, subject: str) -> str | None:
        """An entity's canonical name from a name, alias or typo."""
        key = fold(subject)
        if not key:
            return None
        if key in self._choices:
            return self._choices[key]
        found = process.extractOne(key, self._alias_list, scorer=fuzz.WRatio, score_cutoff=80)
        return self._choices[found[0]] if found else None

    def complete(self, partial: str, kinds: tuple[str, ...] = (), limit: int = 25) -> list[str]:
        """Entity names for autocomplete: best matches of `partial`, typo-tolerant."""
        names = [e.name for e in self.snapshot.entities.values()
                 if not kinds or e.kind in kinds]
        key = fold(partial)
        if not key:
            return sorted(names)[:limit]
        allowed = set(names)
        scored: dict[str, float] = {}
        for alias, score, _ in process.extract(key, self._alias_list, scorer=fuzz.WRatio,
                                               limit=None, score_cutoff=60):
            name = self._choices[alias]
            if name in allowed:
                bonus = 10 if fold(name).startswith(key) or alias.startswith(key) else 0
                scored[name] = max(scored.get(name, 0), score + bonus)
        return sorted(scored, key=lambda n: (-scored[n], n))[:limit]

    def about(self, subject: str, article: str | None = None) -> Answer:
        name = self.resolve(subject)
        if name is None:
            return self.ask(subject, article=article)
        return self._looked_up(f"about {name}", "about", name, article=article)

    def meetings(self, where: str | None = None, article: str | None = None) -> Answer:
        name = self.resolve(where) if where else None
        if where and name is None:
            return self.policy.decline(where, Refusal.NOTHING_MORE, intent="meetings",
                                       text=self.policy.unknown([where]).text)
        return self._looked_up(f"meetings {name or ''}".strip(), "who", name, role="place",
                               article=article)


class _Desks(Mapping[str, Desk]):
    """The engine's desks as a mapping: looking one up builds it (through the LRU)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __getitem__(self, key: str) -> Desk:
        if key not in self.engine.groups:
            raise KeyError(key)
        return self.engine.desk(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.engine.keys)

    def __len__(self) -> int:
        return len(self.engine.keys)


class _OneWord(Mapping[str, list[str]]):
    """Entity -> its one-word aliases, read from the store when first asked for."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self._cache: dict[str, list[str]] = {}

    def __getitem__(self, name: str) -> list[str]:
        found = self._cache.get(name)
        if found is None:
            found = self.snapshot.one_word_aliases(name)
            if len(self._cache) >= 65536:
                self._cache.clear()
            self._cache[name] = found
        if not found:
            raise KeyError(name)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter({n for a, n in self.snapshot.aliases.items() if " " not in a})

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _Kept(dict[str, str]):
    """A reply template's fields, worked out when the template names them; an unknown
    {name} stays as written."""

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine

    def __missing__(self, key: str) -> str:
        engine = self.engine
        if key in ("subject", "place", "person"):
            return engine._short(engine.keys[0])[key]
        if key == "subjects":
            names = [engine._subject(k) for k in engine.keys if engine.principals[k]]
            return join(names) or engine._short(engine.keys[0])["subject"]
        return "{" + key + "}"
