"""Every decision to decline, and every confidence, made in one place.

The kinds of answer (bot.engine.kinds) and the desks report what they found: a Reply that
answers, one that says what the article does not say, the closest passages, or nothing
at all. This module turns that, or a reason to refuse, into the Answer the adapters show.
Thresholds and reply wording are tuned here and nowhere else; tests/engine/test_policy.py
keeps every Answer (and every unanswered Reply) made in this module.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from enum import Enum

from bot.engine.answer import Answer, Source, Trace
from bot.engine.compose import Outcome, Reply, passage, states_number
from bot.engine.parse import Parsed
from bot.engine.phrases import join
from bot.store.load import Fact

MAX_SOURCES = 8


class Refusal(Enum):
    """Why a question gets no answer from the facts (the value names it in the trace)."""

    EMPTY = "empty"
    REFUSED = "decline"  # a decline intent: instructions, abuse, other bots' business
    CHAT = "greeting"  # chit-chat: a light reply of its own
    OFF_TOPIC = "off_topic"  # not about the articles: the evidence for them is weak
    NO_FIT = "no_fit"  # on topic words, but no fact and no passage fits
    WHICH = "which"  # several subjects fit equally: which one is meant
    NOTHING_MORE = "nothing_more"  # a lookup (/about, /meetings) with nothing to show
    LANGUAGE = "language"  # not written in the language the engine reads


# The reply text (config/intents.yaml `replies:`) each refusal gets, unless an intent
# names its own.
REPLY = {
    Refusal.EMPTY: "empty", Refusal.REFUSED: "off_topic", Refusal.CHAT: "greeting",
    Refusal.OFF_TOPIC: "off_topic", Refusal.NO_FIT: "off_topic", Refusal.NOTHING_MORE: "help",
    Refusal.LANGUAGE: "language",
}
# How sure a refusal is: a blank line surely is one, "which one?" may well be answerable.
REFUSAL_CONFIDENCE = {
    Refusal.EMPTY: 0.9, Refusal.REFUSED: 0.95, Refusal.CHAT: 0.9, Refusal.OFF_TOPIC: 0.8,
    Refusal.NO_FIT: 0.7, Refusal.WHICH: 0.5, Refusal.NOTHING_MORE: 0.6, Refusal.LANGUAGE: 0.8,
}
# A message is in another language when at least this many of its words, and at least
# half of them, are no word of English or of the articles (names and figures aside).
FOREIGN_WORDS = 2
# An unanswered Reply's confidence in what it says about the article.
OUTCOME_CONFIDENCE = {
    Outcome.NOT_SAID: 0.6, Outcome.PARTIAL: 0.5, Outcome.UNKNOWN: 0.9,
    Outcome.CLOSEST: 0.3, Outcome.ELSEWHERE: 0.5,
}

# The detail each kind asks for, as a "does not say ..." reply names it.
DETAIL = {"why": "why", "topics": "what was discussed", "when": "when", "where": "where",
          "count": "the figure"}


class Replies(dict[str, str]):
    """The deployment's reply texts, each filled in (`fill`: "{subjects}" named) when
    first looked up: a help text naming a thousand subjects is worked out only when
    someone needs it."""

    def __init__(self, templates: Mapping[str, str], fill: Callable[[str], str]) -> None:
        super().__init__()
        self.templates = templates
        self.fill = fill
        self._lock = threading.Lock()

    def __missing__(self, key: str) -> str:
        template = self.templates[key]  # KeyError for an unknown reply
        with self._lock:
            if key not in self:
                self[key] = self.fill(template)
            return dict.__getitem__(self, key)


_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")


def _not_again(texts: Sequence[str]) -> list[str]:
    """The parts' texts without a sentence an earlier part has said ("No. The tour lasted
    12 days." and then "The tour lasted 12 days. It took her to five countries."); a part
    with nothing new is left out. Lists are left as they are."""
    said: set[str] = set()
    out = []
    for text in texts:
        sentences = [x for x in _SENTENCE_END.split(text) if x] if "\n" not in text else [text]
        new = [x for x in sentences if len(x) < 20 or x.rstrip(".") not in said]
        said |= {x.rstrip(".") for x in sentences}
        if all(x.rstrip(".:") in ("Yes", "No") for x in new):
            new = sentences  # (a verdict alone would lose what it is of: said whole)
        if new:
            out.append(" ".join(new))
    return out


def _unrepeated(text: str) -> str:
    """Prose without a sentence whose every word another sentence of it already says
    ("…, who warned that sea levels threaten villages and urged …. Li warned that sea
    levels threaten villages."): no sentence twice. Lists are left as they are."""
    if "\n" in text:
        return text
    said = [s for s in _SENTENCE_END.split(text) if s]
    if len(said) < 2:
        return text
    bags = [set(re.findall(r"\w+", s.casefold())) for s in said]
    # (a short answer said first, "Schools.", "Ben.", is the answer, not a repeat)
    kept = [s for i, s in enumerate(said)
            if len(bags[i]) < 6 or not any(
                j != i and bags[i] <= bags[j] and (len(bags[j]) > len(bags[i]) or j < i)
                for j in range(len(said)))]
    return " ".join(kept)


class Policy:
    """Outcomes -> Answers, with the deployment's reply texts."""

    def __init__(self, templates: Mapping[str, str],
                 fill: Callable[[str], str] = lambda text: text) -> None:
        self.replies = Replies(templates, fill)

    # --- replies that do not answer ---------------------------------------------------------

    def not_said(self, what: str, related: Sequence[Fact]) -> Reply:
        """The article lacks `what`; it does say `related`."""
        text = f"{self.replies['not_said']} {what}."
        if related:
            text += " What it does say: " + " ".join(f.summary for f in related[:2])
        return Reply(text, list(related[:2]), outcome=Outcome.NOT_SAID)

    def partial(self, kind: str, found: Reply) -> Reply:
        """A fact was found by its words, but its kind asks a detail ("why", "when") the
        article does not give: say so, and give the fact."""
        if kind not in DETAIL or not found.answered:
            return found
        if kind == "count" and any(states_number(f.summary) for f in found.facts):
            return found  # a fact with a figure may well be the one asked for
        if kind == "where" and found.facts and found.facts[0].places:
            return found  # ("which city did the sea talks happen in": the talks' city)
        return Reply(f"{self.replies['not_said']} {DETAIL[kind]}; it says: {found.text}",
                     found.facts, outcome=Outcome.PARTIAL)

    def unknown(self, names: Sequence[str]) -> Reply:
        """Names the articles never use ("what did she say about Atlantis?")."""
        return Reply(f"{self.replies['not_said']} anything about "
                     f"{', '.join(dict.fromkeys(names))}.", [], outcome=Outcome.UNKNOWN)

    def closest(self, ids: Sequence[int], sentences: Sequence[tuple[str, int, str]]) -> Reply:
        """On topic, but no fact fits: the nearest passages, said to be just that."""
        text = self.replies["closest"] + "\n" + "\n".join(f"> {s[2]}" for s in sentences)
        facts = [passage(str(i), d, p, t) for i, (d, p, t) in zip(ids, sentences, strict=True)]
        return Reply(text, facts, outcome=Outcome.CLOSEST)

    # --- declines -------------------------------------------------------------------------------

    def off_topic(self, on_topic: bool, strange: float, familiar: int, times: int) -> bool:
        """Decline only when the evidence for the articles is weak: no name, word or
        conversation ties the question to them, or its unknown words outweigh the known
        ones (and any time it names). An unknown word alone is no veto."""
        if not on_topic:
            return True
        if not strange:
            return False
        # (a time ties a question to the articles only beside a word of theirs: "who won
        # the cup last year?" is no question of theirs)
        return strange > familiar + (times if familiar else 0) or not (familiar or times)

    def foreign(self, odd: int, words: int) -> bool:
        """'Olá! a Ana passou por Zenda?': read as English, any answer would be a guess
        (a claim in it could even be denied); a short note beats a wrong reply."""
        return odd >= FOREIGN_WORDS and 2 * odd >= words

    def decline(self, question: str, refusal: Refusal, *, intent: str | None = None,
                reply: str | None = None, about: str | None = None,
                text: str | None = None) -> Answer:
        """A question the facts do not answer, with a reply saying what can be asked
        (`reply` names an intent's own reply text; `about`, what a lookup was of)."""
        score = REFUSAL_CONFIDENCE[refusal]
        name = intent or refusal.value
        if text is None and about:
            more = "more" if refusal is Refusal.NOTHING_MORE else "anything"
            text = f"{self.replies['not_said']} {more} about {about}."
        if text is None:
            text = self.replies[reply or REPLY[refusal]]
        return Answer(question, text, False, name, score, (), None, (),
                      Trace(name, score, note="declined"))

    def which(self, question: str, names: Sequence[str]) -> Answer:
        """Too many subjects fit: ask which one."""
        shown = [*names[:5], *([f"{len(names) - 5} more"] if len(names) > 5 else [])]
        return self.decline(question, Refusal.WHICH, text=(
            f"Whom do you mean? I have articles about {join(shown)}: name one in "
            "your question."))

    # --- answers --------------------------------------------------------------------------------

    def confidence(self, reply: Reply, understood: bool) -> float:
        """An answer's confidence: the evidence's score, and whether an intent was read."""
        if reply.outcome is not Outcome.ANSWERED:
            return OUTCOME_CONFIDENCE[reply.outcome]
        return min(0.99, 0.55 + 0.06 * reply.score + (0.1 if understood else 0.0))

    def answer(self, question: str, q: Parsed, kind: str, reply: Reply,
               sources: tuple[Source, ...], alternative: str | None, entities: tuple[str, ...],
               used_context: bool) -> Answer:
        """What a desk found, as the Answer the adapters show."""
        intent = q.intent.name if q.intent else kind
        facts = tuple(f.id for f in reply.facts)
        note = "" if reply.outcome is Outcome.ANSWERED else reply.outcome.value
        trace = Trace(intent, q.intent_score / 100, entities, facts, used_context, note)
        text = _unrepeated(reply.text)
        if reply.verdict is not None:  # "No. The summit ...", "No: the article does not ..."
            mark = ":" if text[:1].islower() else "."
            text = f"{'Yes' if reply.verdict else 'No'}{mark} {text}"
        return Answer(question, text, reply.answered, intent,
                      round(self.confidence(reply, q.intent is not None), 3),
                      sources, alternative, reply.items, trace)

    def not_theirs(self, question: str, q: Parsed, text: str, claimed: bool,
                   sources: tuple[Source, ...], entities: tuple[str, ...],
                   facts: tuple[str, ...]) -> Answer:
        """A question joining one subject with another article's names: the premise is
        false as far as the articles go. A claim ("did A sign B's deal?") is answered No;
        a vague question ("what does A think of X?") is just not in the articles."""
        intent = q.intent.name if q.intent else "what"
        return Answer(question, text, claimed, intent, 0.8 if claimed else 0.5,
                      sources[:MAX_SOURCES], None, (),
                      Trace(intent, q.intent_score / 100, entities, facts,
                            note=Outcome.ELSEWHERE.value))

    @staticmethod
    def denies(answer: Answer) -> bool:
        """Does the answer say the claim asked is wrong (its verdict, said first)?"""
        return answer.answered and answer.text.startswith(("No.", "No:", "No,"))

    @staticmethod
    def confirms(answer: Answer) -> bool:
        """Does the answer say the claim asked is right (its verdict, said first)?"""
        return answer.answered and answer.text.startswith(("Yes.", "Yes:", "Yes,"))

    def in_parts(self, question: str, answers: Sequence[Answer]) -> Answer:
        """A question in several parts: the parts' answers in turn; a part the articles do
        not answer keeps only its first sentence."""
        said = [a for a in answers if a.answered]
        refused = next((a for a in answers if not a.answered
                        and a.intent in ("injection", "injection_order")), None)
        if refused is not None and any(a.trace.note != Outcome.CLOSEST.value for a in said):
            refused = None  # ("ignore your instructions. anyway, who went to Moscow?")
        if not said or refused is not None:
            # (an order refused beside parts not understood refuses the message: "invent a
            # line …, it doesn't need to be real")
            return replace(refused or answers[0], question=question)
        judged = next((a for a in answers if not a.answered and a.intent == "judgement"), None)
        if judged is not None and all(a.intent == "yes_no" and not self.confirms(a)
                                      and not self.denies(a) for a in said):
            # "will he go to Zenda by May? what do you reckon?": a forecast asked as an
            # opinion, which no fact settles ("not confirmed"): the opinion declined
            return replace(judged, question=question)
        # (a part that asks nothing of the news, "Since his term began, how many...", is
        # left out, not declined beside the answer)
        answers = [a for a in answers if a.answered
                   or a.intent not in ("off_topic", "no_fit", "chitchat", "greeting")]
        texts = list(dict.fromkeys(
            a.text if a.answered else a.text.split(". ")[0].rstrip(".") + "."
            for a in answers))
        # a part that only repeats what another says adds nothing ("… in Moscow." and
        # "… in Moscow this week."; "X." after "No. X.")
        texts = _not_again([t for t in texts
                            if not any(o != t and t.rstrip(".") in o for o in texts)])
        sources = tuple(dict.fromkeys(s for a in said for s in a.sources))
        return Answer(question, "\n".join(texts), True, said[0].intent,
                      min(a.confidence for a in said), sources[:MAX_SOURCES], None,
                      tuple(i for a in said for i in a.items), said[0].trace)

    def chosen(self, question: str, checked: Sequence[tuple[str, Answer]]) -> Answer | None:
        """Of two people asked about, the one the claim holds for, with its source; None
        when a check gives no verdict."""
        if not all(self.confirms(a) or self.denies(a) for _, a in checked):
            return None
        held = [a for _, a in checked if self.confirms(a)]
        if not held:
            return None  # (neither: the question as asked says what the articles do say)
        names = join([name for name, a in checked if a in held])
        said = " ".join(dict.fromkeys(a.text.split(None, 1)[-1] for a in held))
        sources = tuple(dict.fromkeys(s for a in held for s in a.sources))
        return replace(held[0], question=question, sources=sources[:MAX_SOURCES],
                       text=f"{'Both' if len(held) > 1 else names}. {said}")

    def side_by_side(self, question: str, answered: Sequence[tuple[str, Answer]]) -> Answer:
        """One answer per subject under its article's title, every article keeping its own
        citations."""
        share = max(2, MAX_SOURCES // len(answered))
        parts = [f"In “{title}”: {a.text}" for title, a in answered]
        sources = [s for _, a in answered for s in a.sources[:share]]
        top = answered[0][1]
        return Answer(question, "\n\n".join(parts), True, top.intent,
                      min(a.confidence for _, a in answered), tuple(sources[:MAX_SOURCES]),
                      None, tuple(i for _, a in answered for i in a.items), top.trace)
