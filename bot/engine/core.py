"""The answer engine: question (+ conversation) -> Answer. Knows nothing of Discord."""

from __future__ import annotations

import time
from collections import Counter

from rapidfuzz import fuzz, process

from bot.engine.answer import Answer, Source, Trace
from bot.engine.compose import Ask, Composer, Reply
from bot.engine.facts import FactIndex
from bot.engine.lexicon import IntentSpec, Lexicon
from bot.engine.parse import Mention, Parsed, Parser
from bot.engine.sessions import Context
from bot.engine.text import fold, squeeze, stem, tokens
from bot.settings import EngineSettings
from bot.store.load import Fact, Quote, Snapshot

MAX_SOURCES = 8
GENERIC = ("what", "about")  # intents a follow-up such as "and Ben?" may take over


class Engine:
    def __init__(self, snapshot: Snapshot, settings: EngineSettings) -> None:
        self.snapshot = snapshot
        self.settings = settings
        self.lexicon = Lexicon(snapshot, settings)
        self.parser = Parser(snapshot, self.lexicon)
        self.index = FactIndex(snapshot)
        self.composer = Composer(snapshot, self.index)
        self.composer.contact_words = self.lexicon.contact_words
        self.composer.leader_words = frozenset(w for p in self.lexicon.leader_words for w in p)
        self.composer.known = self.lexicon.known
        self.composer.visit_words = frozenset(
            stem(w) for p in self.lexicon.kind_words.get("visit", ()) for w in p)
        self.replies = self._fill(snapshot)
        self.principal = frozenset(d.subject for d in snapshot.documents.values() if d.subject)
        self.home = frozenset(e.country for p in self.principal
                              if (e := snapshot.entities.get(p)) and e.country)
        self.fact_terms = frozenset().union(*(i.strong for i in self.index.facts))
        self.article_stems = frozenset(map(stem, snapshot.words)) if snapshot.words else \
            frozenset(stem(w) for t in snapshot.paragraphs.values() for w in tokens(t))
        self.strategies = {
            "who": self.composer.who, "where": self.composer.where, "when": self.composer.when,
            "why": self.composer.why, "topics": self.composer.topics,
            "count": self.composer.count, "trips": self.composer.trips,
            "upcoming": self.composer.upcoming, "yes_no": self.composer.yes_no,
            "about": self.composer.about, "what": self.composer.what,
            "overview": self.composer.overview, "enumerate": self.composer.enumerate,
        }
        self._choices = {}
        for alias, name in snapshot.aliases.items():
            self._choices.setdefault(alias, name)
        self._alias_list = list(self._choices)

    def _fill(self, snapshot: Snapshot) -> dict[str, str]:
        """Reply texts with {subject}, {place} and {person} taken from the data, so the
        help a member sees names what this article is about."""
        subject = next((d.subject for d in snapshot.documents.values() if d.subject), "")
        contacts = [f for f in snapshot.facts if f.kind in ("met", "visit", "hosted")]
        place = next((p for f in contacts for p in f.places
                      if snapshot.entities[p].kind == "city"), "")
        person = next((w for f in contacts for w in f.who
                       if snapshot.entities[w].kind == "person"), "")
        counts = Counter(w for t in snapshot.paragraphs.values() for w in tokens(t))

        def short(name: str) -> str:
            """The one-word name the article uses most ('Ana', 'Li'), else the full one."""
            words = [a for a, n in snapshot.aliases.items() if n == name and " " not in a]
            best = max(words, key=lambda a: counts[a], default="")
            return best.title() if counts[best] else name

        short = {"subject": short(subject) if subject else "its subject", "place": place,
                 "person": short(person) if person else ""}
        self.subject_name = short["subject"] or subject

        class Keep(dict):  # an unknown {name} stays as written
            def __missing__(self, key: str) -> str:
                return "{" + key + "}"

        return {k: v.format_map(Keep(short)) for k, v in snapshot.replies.items()}

    # --- the one entry point ---------------------------------------------------------------

    def ask(self, question: str, context: Context | None = None, *,
            now: float | None = None) -> Answer:
        now = time.monotonic() if now is None else now
        question = question if isinstance(question, str) else str(question)
        original = question
        question = question[: self.settings.max_question_chars * 5]
        parsed = self.parser.parse(question)
        if not parsed.words:
            return self._decline(original, "empty", self.replies["empty"], context, now)
        intent = parsed.intent
        if intent is not None and intent.answer == "decline":
            return self._decline(original, intent.name, self.replies["off_topic"] + " "
                                 + self.replies["help"], context, now, score=0.95)
        mentions, prefer, strategy, used = self._with_context(parsed, context, now)
        ask = Ask(parsed, mentions, prefer, self.principal, self.home)
        if strategy == "overview":
            return self._finish(original, strategy, parsed, ask,
                                self.composer.overview(ask) or Reply(self.replies["help"], []),
                                context, now, used)
        if strategy == "greeting" and not ask.others:
            return self._decline(original, "greeting", self.replies["greeting"] + " "
                                 + self.replies["help"], context, now, score=0.9)
        on_topic = (mentions or used or parsed.stems & self.fact_terms
                    or parsed.stems & self.article_stems)
        if not on_topic or self._elsewhere(ask):
            return self._decline(original, "off_topic", self.replies["off_topic"] + " "
                                 + self.replies["help"], context, now, score=0.8)
        if strategy in (None, "greeting"):
            strategy = "about" if ask.others and not parsed.content else "what"
        if parsed.unknown_names and (parsed.unknown_subject or not ask.others) \
                and strategy not in ("count", "trips"):
            names = ", ".join(dict.fromkeys(parsed.unknown_names))
            reply = Reply(f"{self.replies['not_said']} anything about {names}. "
                          + self.replies["help"], [], answered=False, note="unknown name")
            return self._finish(original, strategy, parsed, ask, reply, context, now, used,
                                remember=False)
        reply = self._unnamed(ask) or self.strategies[strategy](ask)
        if reply is None and strategy not in ("what", "about"):
            reply = self.composer.what(ask)
            if reply is not None and reply.answered and strategy in ("why", "topics", "when",
                                                                     "where"):
                reply = self._partial(strategy, reply)
            elif reply is not None and reply.answered and strategy == "yes_no":
                reply.text = "According to the article: " + reply.text
        if reply is None:
            reply = self._fallback(ask)
        if reply is None:
            return self._decline(original, "off_topic", self.replies["off_topic"] + " "
                                 + self.replies["help"], context, now, score=0.7)
        return self._finish(original, strategy, parsed, ask, reply, context, now, used)

    # --- conversation ------------------------------------------------------------------------

    def _with_context(self, q: Parsed, context: Context | None, now: float
                      ) -> tuple[tuple[Mention, ...], tuple[str, ...], str | None, bool]:
        """Mentions, preferred facts and strategy, with the conversation's where it helps.

        Context is used only when the question leans on it: a pronoun ("he", "there"), an
        ellipsis ("why?", "and after?"), "and X?" with a new subject. A question that brings
        words the article does not know ("who won the world cup") never inherits it.
        """
        strategy = q.intent.answer if q.intent else None
        mentions = q.mentions
        if context is None or not context.fresh(now, self.settings.session_ttl):
            return mentions, (), strategy, False
        if any(w not in self.lexicon.known for w in q.content):
            return mentions, (), strategy, False
        # the subject's own country ("sending Ruritania") is no new subject
        own = [m for m in mentions if m.entity not in self.principal | self.home]
        inherited = tuple(Mention(self._leader(e) if q.leader else e, -1, -1, "plain")
                          for e in context.entities)
        terse = len(q.words) <= 4 and (strategy is None or strategy in GENERIC)
        if own and (q.continuation or terse):  # "and Ben?", "any from Europe?"
            if strategy is None or strategy in GENERIC:
                strategy = context.strategy
            people = [m for m in own if self.snapshot.entities[m.entity].kind == "person"]
            keep = () if people else tuple(
                m for m in inherited if self.snapshot.entities[m.entity].kind == "person")
            return mentions + keep, context.facts if keep else (), strategy, True
        if own:
            return mentions, (), strategy, False
        elliptical = not q.content or (len(q.words) <= 5 and len(mentions) == 0)
        if q.anaphora or elliptical or q.sequence or q.continuation:
            if strategy is None or (strategy in GENERIC and not q.content and not q.kinds):
                strategy = context.strategy
            return mentions + inherited, context.facts, strategy, True
        return mentions, (), strategy, False

    def _leader(self, name: str) -> str:
        """'their leader', said of a country: the person who leads it, where known."""
        return self.parser.leader_of.get(name, name)

    def _elsewhere(self, ask: Ask) -> bool:
        """About something the article never mentions: 'any news on the football league'."""
        q = ask.q
        if ask.others or ask.asks_principal:
            return False
        strange = [w for w in q.distinctive if w not in self.lexicon.known
                   and (len(w) >= 4 or w.isdigit())]
        if not strange:
            return False
        # words the article knows, and any time it names, speak for the article
        familiar = [w for w in q.distinctive if w in self.lexicon.known]
        return len(strange) > len(familiar) + len(q.times) or not (familiar or q.times)

    def _unnamed(self, ask: Ask) -> Reply | None:
        """'What's the Mongolian president called?': the article may not name them."""
        q = ask.q
        if not q.asks_name or not ask.others:
            return None
        countries = [e for e in ask.others if self.snapshot.entities[e].kind == "country"]
        if not countries or len(countries) != len(ask.others):
            return None
        related = [item.fact for _, item in self.composer.ranked(ask)][:1]
        return self.composer.not_said(f"the name of the leader of {countries[0]}", related)

    # --- endings -------------------------------------------------------------------------------

    def _partial(self, strategy: str, reply: Reply) -> Reply:
        """A fact was found, but not the detail asked for: say so, and give the fact."""
        asked = {"why": "why", "topics": "what was discussed", "when": "when",
                 "where": "where"}[strategy]
        return Reply(f"{self.replies['not_said']} {asked}; it says: {reply.text}",
                     reply.facts, answered=False, score=0.5, note="detail not in the article")

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
        ids = self.snapshot.search(match, self.settings.passages)
        if not ids:
            return None
        sentences = [self.snapshot.sentences[i] for i in ids]
        text = self.replies["closest"] + "\n" + "\n".join(f"> {s[2]}" for s in sentences)
        facts = [Fact(id=f"passage-{i}", document=d, kind="passage", subject=None, who=(),
                      places=(), occasion=None, about=(), time_phrase=None, follows=None,
                      count=None, why=None, topics=(), keywords=(), summary=t,
                      quotes=(Quote(d, p, t),))
                 for i, (d, p, t) in zip(ids, sentences, strict=True)]
        return Reply(text, facts, score=0.3, note="closest passages")

    def _sources(self, reply: Reply) -> tuple[Source, ...]:
        seen, out = set(), []
        focus = [squeeze(f) for f in reply.focus if f]
        for fact in reply.facts:
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
        confidence = reply.score if not reply.answered else min(
            0.99, 0.55 + 0.06 * reply.score + (0.1 if q.intent else 0.0))
        if reply.note == "closest passages":
            confidence = 0.3
        facts = tuple(f.id for f in reply.facts)
        if context is not None and reply.subjects and reply.answered:
            context.remember(reply.subjects, strategy, facts[:1], now)
        elif context is not None:
            if remember and reply.answered and not reply.note:
                context.remember(ask.others or context.entities, strategy,
                                 tuple(f for f in facts if not f.startswith("passage-")), now)
            elif remember:
                context.remember(ask.others, strategy, facts, now)
            else:
                context.forget(now)
        alternative = self._alternative(q, ask, reply)
        trace = Trace(q.intent.name if q.intent else strategy, q.intent_score / 100,
                      ask.others, facts, used, reply.note)
        return Answer(question, reply.text, reply.answered,
                      q.intent.name if q.intent else strategy, round(confidence, 3),
                      self._sources(reply), alternative, reply.items, trace)

    def _alternative(self, q: Parsed, ask: Ask, reply: Reply) -> str | None:
        """The other reading of a question that reads two ways, worded as a question,
        offered only when it would answer with other facts than the first reading."""
        runner: IntentSpec | None = q.runner_up
        if runner is None or not runner.example or not reply.answered:
            return None
        strategy = self.strategies.get(runner.answer)
        if strategy is None or runner.answer in ("yes_no", "what", "about"):
            return None
        other = strategy(ask)
        if other is None or not other.answered or other.text == reply.text:
            return None
        x = next((e for e in ask.others if " in {x}" not in runner.example
                  or self.snapshot.entities[e].kind in ("city", "country", "region",
                                                        "event")), None)
        if "{x}" in runner.example and x is None:
            return None
        return runner.example.replace("{x}", x or "").replace(
            "{subject}", self.subject_name)

    def _decline(self, question: str, intent: str, text: str, context: Context | None,
                 now: float, *, score: float = 0.9) -> Answer:
        if context is not None:
            context.forget(now)
        return Answer(question, text, False, intent, score, (), None, (),
                      Trace(intent, score, note="declined"))

    # --- lookups for the adapters ----------------------------------------------------------------

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

    def about(self, subject: str) -> Answer:
        name = self.resolve(subject)
        if name is None:
            return self.ask(subject)
        return self._lookup(f"about {name}", "about", name)

    def meetings(self, where: str | None = None) -> Answer:
        name = self.resolve(where) if where else None
        if where and name is None:
            return self._decline(where, "meetings",
                                 f"{self.replies['not_said']} anything about {where}.", None,
                                 time.monotonic())
        return self._lookup(f"meetings {name or ''}".strip(), "who", name, role="place")

    def _lookup(self, question: str, strategy: str, name: str | None,
                role: str = "plain") -> Answer:
        parsed = self.parser.parse(question)
        mentions = (Mention(name, 0, 1, role),) if name else ()
        ask = Ask(parsed, mentions, (), self.principal, self.home)
        reply = self.strategies[strategy](ask)
        if reply is None:
            return self._decline(question, strategy, f"{self.replies['not_said']} more about "
                                 f"{name}." if name else self.replies["help"], None,
                                 time.monotonic(), score=0.6)
        return self._finish(question, strategy, parsed, ask, reply, None, time.monotonic(),
                            False)
