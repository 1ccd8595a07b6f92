"""What: the facts that best fit the question's words."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.facts import CONTACT_KINDS
from bot.engine.kinds import register
from bot.engine.parse import Parsed, find, number
from bot.engine.phrases import join
from bot.engine.text import stem, term_stems, text_stems, tokens
from bot.store.load import Fact


def role_of(c: Composer, ask: Ask) -> Reply | None:
    """'What's Ana's job?', 'what position does Ben hold?': the one person's office, as
    the gazetteer has it, cited where the article names them with it."""
    q = ask.q
    if not q.distinctive or not set(q.distinctive) <= c.vocab.attribute_nouns \
            or (q.asked_for and not set(q.asked_for) & c.vocab.attribute_nouns) \
            or q.kinds or q.claim or q.words[0] in c.vocab.openers \
            or any(w in c.vocab.place_nouns for w in q.words):
        return None  # ("what did Li say about her position?", "is Ana new in the job?",
        # "what role does his country hold?")
    people = list(dict.fromkeys(m.entity for m in ask.mentions
                                if c.kind_of(m.entity) == "person" and m.role != "excluded"))
    if not people and (q.roles or any(w in c.vocab.person_nouns
                                      or w.removesuffix("s") in c.vocab.person_nouns
                                      for w in q.words)):
        # "what's the Zendan guy's title?": the one person of the one country named
        lands = {m.entity for m in ask.mentions if c.kind_of(m.entity) == "country"}
        people = [e.name for e in c.entities.values() if e.kind == "person" and lands
                  and e.country in lands and e.name not in ask.principal]
    person = c.entities.get(people[0]) if len(people) == 1 else None
    if person is None or not person.role:
        return None
    beyond = {m.entity for m in ask.mentions if m.start >= 0 and m.entity != person.name
              and m.entity != person.country and m.role != "excluded"
              and m.entity.casefold() not in person.role.casefold()}
    if beyond:
        # "what's Ben's job in the Union?": his office says nothing of it; the fact that
        # ties him (or his country) to it and is told as a role, if one is
        tied = [i.fact for i in c.index.facts
                if beyond <= {*i.fact.about, *i.fact.participants}
                and {person.name, person.country} & {*i.fact.about, *i.fact.participants}
                and c.vocab.attribute_nouns & set(i.fact.keywords)]
        return Reply(tied[0].summary, tied[:1]) if len(tied) == 1 else None
    if q.backwards and not q.forwards:
        # "what was Ana's job before minister?": the office held now is all the gazetteer
        # and the article give
        return c.not_said(f"what {person.name} did before", [])
    titled = set(tokens(person.role.casefold())) - (c.vocab.stopwords - c.vocab.leader_words)

    def naming(f: Fact) -> int:  # a quote with the name and most words of the office
        return max((len(titled & set(ws)) for ws in _naming(f, person.name)), default=-1)

    fact = max((i.fact for i in c.index.facts), key=naming, default=None)
    if fact is None or naming(fact) < 0:
        return None
    return Reply(f"{person.name} is {person.role}.", [fact], focus=(person.name,))


def label_of(c: Composer, ask: Ask) -> Reply | None:
    """'What does Ben call his trip?': the name a fact gives it with a label word ("his
    self-styled peace initiative"), of what the question names."""
    q = ask.q
    if not set(q.words) & c.vocab.naming_verbs or q.claim \
            or (q.intent is not None and q.intent.answer == "yes_no"):
        return None  # ("did he call her?": a claim, checked as one)
    named = [m.entity for m in ask.mentions if m.role != "excluded" and m.start >= 0] or [
        m.entity for m in ask.mentions if m.role != "excluded"
        and c.kind_of(m.entity) == "person"]  # ("what did he call it?": the one talked of)
    for item in c.index.candidates(tuple(named), frozenset()) if named else c.index.facts:
        text = tuple(tokens(" ".join(x.quote for x in item.fact.quotes).casefold()))
        label = next((p for p in c.vocab.label_words if find(text, p) >= 0), None)
        if label is not None and all(c.index.relevance(item, (e,), frozenset(), ask.home) > 0
                                     for e in named):
            return Reply(item.fact.summary, [item.fact], focus=(" ".join(label),))
    return None


def unheard(c: Composer, ask: Ask) -> Reply | None:
    """'What did Ben say about the aid?', 'how did Zenda react?': what someone said or
    made of something, when no statement of theirs is told: not said, and the fact
    nearest the question."""
    q = ask.q
    if q.claim or not q.words or q.words[0] not in c.vocab.question_words:
        return None
    verb = next((i for i, w in enumerate(q.words) if w in c.vocab.opinion_words), None)
    if verb is None:
        return None
    # (or "she", the one the conversation or the article is about)
    pointed = bool(set(q.words[:verb]) & c.vocab.subject_pronouns)
    if q.future and not q.past and stem(q.words[verb]) in c.vocab.said_stems and (speaker := max(
            (m for m in ask.mentions if (0 <= m.end <= verb or (m.start < 0 and pointed))
             and c.kind_of(m.entity) in ("person", "country")), key=lambda m: m.end,
            default=None)) is not None:
        # "what will Ben say at the summit?": words not yet said, which no article reports
        found = c.top(ask, c.focused(ask), minimum=1.0, spread=0.0, most=1)
        return c.not_said(f"what {c.words.named(speaker.entity)} will say",
                          [found[0][1].fact] if found else [])
    # the one saying: the name right before the verb ("did President Ben say"), whatever
    # stands between is an office or a grammar word
    # ("what do critics in Zenda say": a place, no one saying; "what's Zenda's position":
    # no verb of saying asked with "did"/"does")
    speaker = max((m for m in ask.mentions if 0 <= m.end <= verb
                   and m.role not in ("excluded", "place")
                   # ("how did Ben react", or with no "did": "how Ben reacted")
                   and set(q.words[:m.start]) & (c.vocab.openers | (
                       c.vocab.question_words if q.words[verb].endswith("ed")
                       # ("what Ben say about it?": the "did" dropped, the verb right after)
                       or (m.end == verb and stem(q.words[verb]) in c.vocab.said_stems)
                       else set()))
                   and all(w in c.vocab.stopwords or w in c.vocab.leader_words
                           for w in q.words[m.end:verb])), key=lambda m: m.end, default=None)
    if speaker is None or c.kind_of(speaker.entity) not in ("person", "country", "city",
                                                             "organisation"):
        return None
    name = speaker.entity
    told = [i for s, i in c.index.scored((name,), ask.home) if s > 0]
    if (not told and c.kind_of(name) == "person") or any(
            (i.fact.kind == "statement" and name in i.fact.participants)
            or name in i.fact.reported_by for i in told):
        return None  # (what Ben said is told, or nothing of Ben here: others answer it;
    # a country no fact here tells of said nothing here either)
    asked = q.distinct_stems
    if c.kind_of(name) != "person" and any(
            a == s or (min(len(a), len(s)) >= 5 and (a.startswith(s) or s.startswith(a)))
            for i in told for s in i.strong | i.weak for a in asked):
        return None  # ("how did Zenda respond to the complaining?": what it did, told)
    found = c.top(ask, c.focused(ask), minimum=1.0, spread=0.0, most=1)
    if found and _quoted_of(c, name, found[0][1].fact):
        return None  # (the fact asked of quotes him in passing: it answers)
    if found and stem(q.words[verb]) not in c.vocab.said_stems \
            and _reacted(c, q.words[speaker.start:speaker.end], found[0][1].fact):
        # "how did the EU react to Ben's trip?" of "defying criticism from fellow EU
        # leaders": their criticism is how they reacted
        return Reply(found[0][1].fact.summary, [found[0][1].fact])
    said = f"what {c.words.named(name)} said" if stem(q.words[verb]) in c.vocab.said_stems \
        else f"how {c.words.named(name)} reacted"  # ("how did Ben react / feel?")
    return c.not_said(said, [found[0][1].fact] if found else [])


def _reacted(c: Composer, typed: tuple[str, ...], fact: Fact) -> bool:
    """Does the fact's sentence tell a reaction of the one named as the question typed
    them, beside it ("criticism from fellow EU leaders", "US complaints")?"""
    said = tuple(tokens(" ".join(x.quote for x in fact.quotes).casefold()))
    at = [i for i in range(len(said)) if said[i:i + len(typed)] == typed]
    return any(term_stems((w,)) & c.vocab.reaction_stems and any(-3 <= k - i <= 4 for k in at)
               for i, w in enumerate(said))


def _quoted_of(c: Composer, name: str, fact: Fact) -> bool:
    """Does the fact quote `name` in passing: "Ben, who pledged “unconditionally” to …"?
    (his name, then a word of saying, then the quote)"""
    if name not in fact.participants or "“" not in fact.summary:
        return False
    said = fact.summary.casefold()
    last = tokens(name.casefold())[-1:]
    at = said.find(last[0]) if last else -1
    quote = said.find("“", max(at, 0))
    return at >= 0 and quote > at and any(
        stem(w) in c.vocab.said_stems for w in tokens(said[at:quote]))


def unquoted(c: Composer, ask: Ask) -> Reply | None:
    """'Any quote from Li in there?', 'did Li say anything?': a statement asked of someone
    the articles meet but never quote: not said, and the fact of them (never a Yes from
    their meeting)."""
    q = ask.q
    if "statement" not in q.kinds:
        return None
    speakers = [m.entity for m in ask.mentions if m.start >= 0
                and c.kind_of(m.entity) == "person" and m.entity not in ask.principal
                and ((m.start and q.words[m.start - 1] in c.vocab.speaker_markers)
                     or any(stem(w) in c.vocab.said_stems for w in q.words[m.end:m.end + 2]))]
    if len(speakers) != 1:
        return None
    name = speakers[0]
    scored = [(s, i) for s, i in c.index.scored((name,), ask.home) if s > 0]
    told = [i for _, i in scored]
    if not told or any((i.fact.kind == "statement" and name in i.fact.participants)
                       or name in i.fact.reported_by
                       or (name in i.fact.participants
                           and (i.strong | i.weak) & c.vocab.said_stems) for i in told):
        return None  # (a pledge told inside a meeting's fact is theirs too)
    # ("it was the Zendan minister who said <Li's words>, right?": those words are Li's)
    said = q.distinct_stems - c.vocab.said_stems
    theirs = next((i.fact for i in c.index.facts if i.fact.kind == "statement"
                   and i.fact.who and name not in i.fact.who
                   and len(said & (i.strong | i.weak)) >= 3), None) \
        if q.claim or c.vocab.tag_length(q.words) else None
    if theirs is not None:
        return Reply(f"that was {c.words.named(theirs.who[0])}, not {c.words.named(name)}. "
                     f"{theirs.summary}", [theirs], verdict=False)
    nearest = max(scored, key=lambda si: si[0])[1]
    return c.not_said(f"what {c.words.named(name)} said", [nearest.fact])


def _unnamed_group(c: Composer, q: Parsed, fact: Fact) -> str | None:
    """The group asked for ("which embassies"), when the fact tells only of some of
    them ("its embassies, several of which"), naming none."""
    ws = q.words
    start = next((i for i, w in enumerate(ws) if w in c.vocab.generic_questions), -1)
    named = {i for m in q.mentions if m.start >= 0 for i in range(m.start, m.end)}
    # (the group right after the question word, "which of Zenda's embassies"; not "what
    # happened to the embassies", which asks what befell them)
    between = c.vocab.determiners | c.vocab.noun_prepositions
    group = next((ws[i] for i in range(start + 1, len(ws))
                  if ws[i] not in between and i not in named and len(ws[i]) > 1), "") \
        if start >= 0 else ""
    said = tokens(fact.summary.casefold())
    # (one of them asked, "which embassy lost the most?", is one of the group too)
    told = next((x for i, x in enumerate(said) if x.endswith("s") and stem(x) == stem(group)
                 and set(said[i + 1:i + 8]) & c.vocab.vague_quantifiers), None) if group else None
    return told if told is not None and (group == told or not group.endswith("s")) else None


def unagreed(c: Composer, ask: Ask) -> Reply | None:
    """'What did Ana and Li agree on?' when the facts of their meeting tell no agreement:
    not said, and the meeting (never another pair's deal)."""
    q = ask.q
    settled = next((i for i, w in enumerate(q.words) if stem(w) in c.vocab.agreement_stems),
                   None)
    # (asked with "did", or a verb: "what did they agree on", "what they signed", not
    # "what's his deal with Li?" nor "how did Zenda deal with it?")
    # ("what deals did they sign?": the deal asked for, then "did")
    if q.claim or q.future or not set(q.words[:2]) & c.vocab.generic_questions \
            or settled is None \
            or not (set(q.words[:settled]) & c.vocab.openers or q.words[settled].endswith("ed")
                    # ("wah ana n li sign inna zenda": the two names, then the verb)
                    or (sum(0 <= m.end <= settled for m in q.mentions) >= 2 and all(
                        w in c.vocab.generic_questions or w == "and"
                        or any(m.start <= i < m.end for m in q.mentions)
                        for i, w in enumerate(q.words[:settled])))
                    or (set(q.words[settled - 1:settled]) & c.vocab.generic_questions
                        and set(q.words[settled + 1:settled + 2]) & c.vocab.openers)):
        return None
    # (a country met stands for its minister: "Ana and the Zendan minister"; "they" those
    # the conversation was on)
    # (a place too, beside a name the articles lack: "what did Ana and Olaf sign in
    # Zenda?", Olaf being Zenda's)
    people = {m.entity for m in ask.mentions if (m.start >= 0 or q.anaphora)
              and m.role not in ("excluded", "place" if not q.unknown_names else "")
              and m.entity not in ask.principal and m.entity not in ask.home
              and c.kind_of(m.entity) in ("person", "country")}
    # (a person's own country is no other side: "Ben ... Zenda", Ben being Zendan)
    people -= {c.entities[p].country for p in people if c.kind_of(p) == "person"}
    if not people:
        return None
    # (a country visited stands for its hosts: "what did Ana and Zenda agree?" of her trip
    # there)
    met = [i for i in c.index.candidates(tuple(people), frozenset())
           if all(c.index.takes_part(i, p) or (
               c.kind_of(p) == "country" and c.index.at(i, p) and i.fact.kind in CONTACT_KINDS)
               for p in people)]
    if not met or any(c.vocab.agreement_stems & (i.strong | i.weak) for i in met):
        return None
    done = next((i for p in ask.placed for i in c.index.candidates((p,), frozenset())
                 if c.index.at(i, p) and c.vocab.agreement_stems & (i.strong | i.weak)), None)
    if done is not None:
        # "what did Ana and Li sign in Zenda?" when she signed there with Ben: No, the deal
        # signed there, and where she did meet Li
        return Reply(f"{done.fact.summary} {met[0].fact.summary}", [done.fact, met[0].fact],
                     verdict=False)
    subject = set(ask.principal) if len(people) == 1 and len(ask.principal) == 1 else set()
    sides = c.words.people(sorted(people | subject))
    # (and the deal the subject did sign, with someone else: "the deal she signed with
    # Li?" of the one she signed with Ben)
    # (a deal taken as made, "the deal she signed with Li", "what deal did she sign with
    # Li?", not "what did they agree?")
    taken = any(stem(w) in c.vocab.agreement_stems and (
        q.words[i - 1] in c.vocab.determiners or q.words[i - 1] in c.vocab.generic_questions)
        for i, w in enumerate(q.words) if i)
    signed = [i.fact for i in c.pool(CONTACT_KINDS) if taken and subject and i not in met
              and subject & set(i.fact.participants)
              and c.vocab.agreement_stems & (i.strong | i.weak)]
    return c.not_said(f"what {sides} agreed", [met[0].fact, *signed[:1]])


@register("what")
def what(c: Composer, ask: Ask) -> Reply | None:
    q = ask.q
    if (role := role_of(c, ask) or label_of(c, ask) or unheard(c, ask)
            or unagreed(c, ask)
            or (unquoted(c, ask) if set(q.words) & c.vocab.quote_nouns else None)) is not None:
        return role  # ("what were Ben's exact words?" of Ben, never quoted: not said)
    named = tuple(e for e in ask.others if e not in ask.home)
    pool = c.focused(ask)  # a fact about what the question names, where there is one
    # ("what happened with Ana and Zenda?": their meeting or her trip first)
    happened = bool(set(q.words) & c.vocab.event_words)
    found = c.top(ask, pool, minimum=1.0, spread=0.0, most=2,
                  bonus=(lambda i: 1.0 if i.fact.kind in CONTACT_KINDS else 0.0)
                  if happened else None)
    if not found:
        return None
    facts = [item.fact for _, item in found]
    people = [e for e in ask.others if c.kind_of(e) == "person"]
    if q.kinds and people and facts[0].kind not in q.kinds \
            and not set(q.kinds) & set(CONTACT_KINDS) and (kind := [
            i for _, i in c.ranked(ask) if i.fact.kind in q.kinds
            and all(c.index.takes_part(i, p) for p in people)]):
        facts = [kind[0].fact]  # ("and what did he invite her to do?": his invitation)
    if (wider := _only_its_region(c, ask, facts[0])) is not None:
        # "what's Zenda's trade with Strelsau worth?" of trade with the region Strelsau
        # lies in: not said of Strelsau
        return c.not_said(f"that of {c.words.named(wider)}", facts[:1])
    if (attribute := unasked_attribute(c, ask)) \
            and not any(c.hits(item, q) for _, item in found):
        # "what's the population of Moscow?": a thing the articles never mention
        return c.policy.unknown([attribute])
    # (what is asked for, "what role does Zenda hold?", is what the fact says, not a word
    # it must have)
    asked = set(q.asked_for) & c.vocab.attribute_nouns
    # ("what did Ben and Li agree?" of the pact they signed: a deal is what was agreed)
    settled = c.vocab.agreement_stems if c.vocab.agreement_stems & (
        found[0][1].strong | found[0][1].weak) else frozenset()
    if q.distinctive and named and not c.hits(found[0][1], q) \
            and not set(q.distinctive) <= asked \
            and not {stem(w) for w in q.distinctive} <= settled:
        # a fact about the same subject that has the question's words, if there is one
        # ... and about the people it names ("what did Ben sign": not Li's pact)
        persons = tuple(e for e in named if c.kind_of(e) == "person")
        better = [item for _, item in c.ranked(ask, pool) if c.hits(item, q) and (
            not persons or c.index.relevance(item, persons, frozenset(), ask.home) >= 1.5)]
        # ("what did she tell reporters in Zenda?": her words, whose fact has no place)
        whole = [item for _, item in c.ranked(ask) if c.hits(item, q) >= len(q.distinctive)
                 and "statement" in q.kinds and item.fact.kind == "statement"
                 and ask.principal & {item.fact.subject, *item.fact.participants}]
        if better:
            facts = [better[0].fact]
        elif whole and ask.asks_principal:
            facts = [whole[0].fact]
        elif any(c.hits(item, q) >= len(q.distinctive) for item in c.index.facts):
            # "what deals did she sign with Zenda": deals exist, not with Zenda
            return c.not_said("that", facts[:1])
    if set(q.asked_for) & c.vocab.organisation_nouns:
        # "which airline runs the flight?": of the close facts, one that names an
        # organisation in its own words, first
        naming = [i.fact for _, i in c.top(ask, pool, minimum=1.0, spread=1.0)
                  if any(c.kind_of(e) == "organisation" and e in i.fact.summary
                         for e in i.fact.about)]
        # (or, of the fact found, the organisation it is about but does not name: "which
        # airline's running that flight?" after the meeting that discussed the flight)
        unnamed = [e for f in facts[:1] for e in f.about
                   if c.kind_of(e) == "organisation" and e not in f.summary]
        naming = naming or [i.fact for i in c.index.facts
                            if any(e in i.fact.summary for e in unnamed)]
        facts = naming[:1] or facts
    # (a bare fragment asks for its own words: "the plant. price tag?")
    wanted = set(q.asked_for) | (set(q.distinctive) if q.intent is None and len(q.words) <= 6
                                 and q.words[0] not in c.vocab.openers else set())
    if wanted & c.vocab.money_words and not q.claim \
            and not {stem(w) for w in q.words} & c.vocab.outcome_stems and not any(
            set(tokens(f.summary.casefold())) & c.vocab.currency_words for f in facts):
        # "what's the price tag on the plant?": no sum is given of it
        return c.not_said("how much", facts[:1])
    if not q.claim and (group := _unnamed_group(c, q, facts[0])):
        # "which embassies lost staff?" of "its embassies, several of which lost staff"
        return c.not_said(f"which {group}", facts[:1])
    if (unit := _year_asked(c, q)) and not any(_dates_year(c, f, unit) for f in facts):
        # "what year was the tour?" of a tour dated "on Sunday": no year is given
        return c.not_said(f"what {unit}", facts[:1])
    if q.past and not q.future and facts[0].kind == "expected":
        return c.not_said("that: it is still ahead", facts[:1])
    said = c.index.by_id.get(facts[0].id)
    # who is asked to have spoken: a person, or a country's leader or minister
    speakers = [e for e in ask.others if e not in ask.principal and (
        c.kind_of(e) == "person" or (q.leader and c.kind_of(e) == "country"))
        and _speaks(c, ask, e)]
    # the subject named as the speaker ("what did Ben say about Li's plan?"), of a fact
    # that has no words of theirs
    own = list(dict.fromkeys(m.entity for m in ask.mentions if m.entity in ask.principal
                             and m.start >= 0 and _speaks(c, ask, m.entity)))
    talkers = [*speakers, *own]
    if "statement" in q.kinds and len(talkers) > 1:
        # "what did Ben and Li each say?": each one's own words
        each = [next((item.fact for _, item in c.ranked(ask, pool)
                      if item.fact.kind == "statement" and t in item.fact.who), None)
                for t in talkers]
        if all(each) and len(set(map(id, each))) == len(each):
            told = [f for f in each if f is not None]
            return Reply(" ".join(f.summary for f in told), told)
    if "statement" in q.kinds and len(talkers) == 1 \
            and (talkers[0] not in facts[0].participants
                 or (facts[0].kind == "statement" and facts[0].who
                     and talkers[0] not in facts[0].who)):
        # "what did Ana say about the Pacific?", "a quote from Ana": her words, not
        # another's about it (nor another's at her meeting)
        # (about what is asked, when something is: "about the Pacific", not "about climate")
        topics = [e for e in ask.others if e != talkers[0]]
        # (of the words said, those some fact uses: "a good quote from her" asks no topic)
        words = {s for s in q.distinct_stems - c.vocab.said_stems - c.vocab.quote_stems
                 if c.index.with_stem(s)}
        theirs = [item.fact for _, item in c.ranked(ask, pool)
                  if item.fact.kind == "statement" and talkers[0] in item.fact.who
                  and all(c.index.relevance(item, (e,), frozenset(), ask.home) > 0
                          for e in topics)
                  and (not words or words & (item.strong | item.weak))]
        if theirs:
            facts = theirs[:1]
            said = c.index.by_id.get(facts[0].id)
        elif facts[0].kind == "statement" and c.kind_of(talkers[0]) == "person" \
                and not _voiced(facts[0], talkers[0]):
            # "what did Ana say about climate?" of Li's warning: not hers to have said
            of = join([c.words.named(e) for e in topics]) if topics else "that"
            return c.not_said(f"what {c.words.named(talkers[0])} said about {of}", facts[:1])
    if "statement" in q.kinds and talkers and said is not None \
            and facts[0].kind not in ("statement", "background") \
            and not (said.strong | said.weak) & c.vocab.said_stems \
            and (own or not c.hits(said, q)):
        # "what did Ben tell Ana", "what did the Zendan minister say to her": their
        # meeting is recorded, not what was said at it (unless words of theirs are, that
        # the question's other words, if any, find: "what did they pledge?" of Li's pledge)
        voiced = [item.fact for _, item in c.ranked(ask, pool) if item.fact.kind == "statement"
                  and set(talkers) & set(item.fact.who)
                  and (not q.distinct_stems or q.distinct_stems & (item.strong | item.weak))
                  and all(c.index.relevance(item, (e,), frozenset(), ask.home) > 0
                          for e in ask.others if e not in talkers and e not in ask.principal
                          and c.kind_of(e) == "person")]  # (not "Li's words to Ben")
        if voiced:
            return Reply(voiced[0].summary, voiced[:1])
        speakers = speakers or own
        who = c.words.named(speakers[0]) if len(speakers) == 1 \
            and c.kind_of(speakers[0]) == "person" else ""
        return c.not_said(f"what {who} said" if who else "what was said", facts[:1])
    if "statement" in q.kinds and facts[0].kind == "statement" and said is not None \
            and (missing := term_stems(q.content) - c.vocab.said_stems
                 - text_stems(facts[0].summary)) and (
                sib := c.sibling(facts[0], lambda f: bool(missing & text_stems(f.summary)))
            ) is not None and sib not in facts:
        # "what did Li say about her visiting him?": the invitation the same sentence
        # tells beside what he said
        facts = [facts[0], sib, *facts[1:]]
    return Reply(" ".join(f.summary for f in facts), facts, score=found[0][0])


def _naming(fact: Fact, name: str) -> list[tuple[str, ...]]:
    """The words of each of the fact's quotes that names `name` (by the surname)."""
    surname = tokens(name.casefold())[-1]
    return [ws for x in fact.quotes if surname in (ws := tuple(tokens(x.quote.casefold())))]


def _only_its_region(c: Composer, ask: Ask, fact: Fact) -> str | None:
    """A country the question names that the fact tells of only through a region it
    lies in (the fact names the region, nothing in the country): that country."""
    told = (*fact.about, *fact.places, *fact.participants, *fact.who)
    for name in ask.others:
        if c.kind_of(name) != "country" or name in ask.home:
            continue
        regions = c.index.lineage(name) - {name}
        if any(e in regions for e in told) \
                and not any(name in c.index.lineage(e) for e in told):
            return name
    return None


def _voiced(fact: Fact, name: str) -> bool:
    """Does the fact have `name` take part, or its quotes name them ("as he and Ben
    pledged")?"""
    return name in fact.participants or bool(_naming(fact, name))


def _year_asked(c: Composer, q: Parsed) -> str | None:
    """'What year was …?', 'which year did …': the unit of a year, when it is what is asked."""
    return next((w for w in q.asked_for if c.vocab.unit_days.get(w) == 365), None)


def _dates_year(c: Composer, fact: Fact, unit: str) -> bool:
    """Does the fact give a year: one written out ("2023"), or one relative to the article's
    ("last year")?"""
    text = " ".join((fact.time_phrase or "", fact.summary, *(x.quote for x in fact.quotes)))
    ws = tuple(tokens(text.casefold()))
    return any(len(w) == 4 and w.isdigit() for w in ws) or any(
        unit in p and find(ws, p) >= 0 for p in c.vocab.relative_times)


def _speaks(c: Composer, ask: Ask, name: str) -> bool:
    """Is `name` the one said to speak ("what did Ben tell her", "what did the Zendan
    minister say"), not the owner of what speaks ("what does Ben's trip say about...")?"""
    ws = ask.q.words
    # (a person the conversation brought, "what did he say?": the pronoun is the speaker)
    pronoun = [i + 1 for i, w in enumerate(ws) if w in c.vocab.subject_pronouns]
    # (past the others named with it: "what did Ben and Li each say")
    named = {i for m in ask.mentions if m.start >= 0 for i in range(m.start, m.end)} \
        if not c.vocab.distributives.isdisjoint(ws) else set()
    for m in ask.mentions:
        if m.entity != name or (m.start < 0 and not pronoun) \
                or (m.start < 0 and c.kind_of(name) != "person"):
            continue
        at = m.end if m.start >= 0 else pronoun[0]
        while at < len(ws) and stem(ws[at]) not in c.vocab.said_stems \
                and (ws[at] in c.vocab.leader_words or ws[at] in c.vocab.stopwords
                     or at in named or ws[at] in c.vocab.distributives):
            at += 1  # ("what did Ben actually tell her")
        if at < len(ws) and (stem(ws[at]) in c.vocab.said_stems
                             or (m.start >= 0 and ws[at] in c.vocab.quote_nouns)):
            return True  # ("Ben's exact words")
        if m.start >= 2 and ws[m.start - 1] in c.vocab.speaker_markers \
                and set(ws[max(m.start - 3, 0):m.start - 1]) & c.vocab.quote_nouns:
            return True  # ("a good quote from Ben")
    return False


def unasked_attribute(c: Composer, ask: Ask) -> str | None:
    """'The population of Moscow': a word the articles never use, said of a name."""
    q = ask.q
    starts = {m.start for m in ask.mentions}
    for i, w in enumerate(q.words[:-2]):
        # (and "the ticket price of the flight": a sum no fact gives)
        sum_asked = w in c.vocab.money_words and not c.index.with_stem(stem(w))
        named = i + 2 in starts or (sum_asked and q.words[i + 2] in c.vocab.determiners
                                    and i + 3 in starts)
        if q.words[i + 1] == "of" and named and w in q.distinctive and number(w) is None \
                and (not c.vocab.knows(w) or sum_asked):
            before = q.words[i - 1] if i else ""
            return f"{before} {w}" if before in q.distinctive \
                and not c.index.with_stem(stem(before)) else w
    return None
