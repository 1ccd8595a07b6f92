"""Who: the people the subject met (or hosted, or will meet), narrowed by place, person,
region, time and role; one fact when the question's own words point at it."""

from __future__ import annotations

from bot.engine.compose import PLACE_KINDS, Ask, Composer, Reply
from bot.engine.facts import CONTACT_KINDS, FUTURE_KINDS
from bot.engine.kinds import register
from bot.engine.kinds.about import about
from bot.engine.kinds.journey import next_step
from bot.engine.kinds.what import what
from bot.engine.phrases import capital, join
from bot.engine.text import stem, term_stems, text_stems
from bot.store.load import Fact


@register("who")
def who(c: Composer, ask: Ask) -> Reply | None:
    q, index = ask.q, c.index
    if (origin := origin_of(c, ask)) is not None:
        return origin  # ("which country is Ben from?": his country, not all of him)
    if len(ask.others) == 1 and c.kind_of(ask.others[0]) == "person" and (
            (not q.content and not q.kinds
             and not any(w in c.vocab.contact_words for w in q.words)) or _identity(c, ask)):
        return about(c, ask)  # "who's Ben?": who he is, and what the article says of him
    if not ask.others and ask.asks_principal and _identity(c, ask):
        return about(c, ask)  # "who's this Ana everyone's on about?": the subject, likewise
    persons = [e for e in ask.others if c.kind_of(e) == "person"]
    if (times := c.multiple(q)) is not None and times > 1 and not persons \
            and c.asks_contact(q):
        return _met_often(c, ask, times)  # "which leader did he meet twice?"
    if (reacted := _reaction(c, ask)) is not None:
        return reacted
    if q.leader and len(persons) == 1 and q.distinctive and not q.sequence \
            and (told := what(c, ask)) is not None and told.answered:
        return told  # "which Zendan leader invited her?": the name is given; what he did
    if q.sequence and any(c.kind_of(e) in ("person", "city", "country") for e in ask.others) \
            and (nxt := next_step(c, ask)) is not None:
        return nxt  # "whom did Ben see before Zenda?": the step before, on Ben's journey
    places, people, either = c.filters(ask)

    def matching(kinds: tuple[str, ...], each: bool = False) -> list[Fact]:
        out = []
        for item in c.pool(kinds):
            fact = item.fact
            if not (any if each else all)(index.at(item, p) for p in places):
                continue
            if not all(index.takes_part(item, p) for p in people):
                continue
            if not all(index.at(item, p) or index.takes_part(item, p) or p in item.about
                       for p in either):
                continue
            if (not people or ask.asks_principal) and ask.principal \
                    and not (ask.principal & set(fact.participants)):
                continue  # "who did he meet", "when did Ana and Ben meet": Ana's contacts
            if q.times and not index.time_fits(item, q.times):
                continue
            out.append(fact)
        return out

    matches = matching(c.kinds_asked(q))
    if not matches and len(places) > 1:  # "in Zenda and in Strelsau": whom in each
        matches = matching(c.kinds_asked(q), each=True)
    filtered = bool(places or people or either)
    if not matches and filtered and not q.kinds and not q.future:
        matches = matching(FUTURE_KINDS)  # "who could she see at the forum": it lies ahead
    if q.distinctive and not q.counting:
        # "who promised unconditional support": one fact, not a list (unless the
        # question narrows the list and that fact is on it anyway)
        found = c.top(ask, minimum=1.0)
        # (a tie goes to the fact about what the question names: "the most pro-Russia
        # leader in the EU")
        found.sort(key=lambda r: (-r[0], -c.index.relevance(r[1], ask.others, frozenset(),
                                                             ask.home)))
        asked = [k for k in q.kinds if k in CONTACT_KINDS + FUTURE_KINDS]
        if asked:  # "who did she host before she left": a host, not the departure
            kept = [(sc, i) for sc, i in found if i.fact.kind in asked]
            # (unless another fact holds more of the words: "which country ignored
            # complaints about hosting him?" of a visit)
            best = c.hits(found[0][1], q) if found else 0
            if best < 2 or (kept and c.hits(kept[0][1], q) >= best):
                found = kept
        # "who did he rush off to see after his inauguration": a fact naming someone
        found = [(sc, i) for sc, i in found if set(i.fact.participants) - ask.principal
                 or i.fact.places or i.fact.about]
        if ask.excluded:  # "besides Ana and Ben, which leaders...": someone else's fact
            found = [(sc, i) for sc, i in found
                     if set(i.fact.participants) - ask.principal - ask.excluded]
        single = found[0] if found and c.hits(found[0][1], q) else None
        # ("which country ignored the complaints?": the country the fact is set in counts)
        placed = single[1].fact.places if single is not None \
            and any(w in PLACE_KINDS for w in q.asked_for) else ()
        if single is not None and q.asked_for and not (
                {*single[1].fact.participants, *single[1].fact.about, *placed}
                - ask.principal - set(ask.others) - ask.excluded):
            # "which ministers did Ben bring?" of a fact naming only Ben: no one new
            return c.not_said(f"which {' '.join(q.asked_for)}", [single[1].fact])
        if single is not None and (kind := c.category_only(ask, single[1].fact)):
            return c.not_said(f"which {kind}", [single[1].fact])  # "which business leaders"
        if single is not None and not _names_someone(c, single[1].fact, ask) and (
                sib := c.sibling(single[1].fact, lambda f: _names_someone(c, f, ask))):
            # "who's the minister that signed the visa deal?" of the deal's terms: the
            # meeting the same sentence tells of names her
            return Reply(sib.summary, [sib], score=single[0])
        if single is not None:
            one = single[1].fact
            # (a meeting asked of the places or people named: their list, when the one
            # fact is on it and names someone, or is off it and barely fits the words:
            # "which of those she met will she see in Zenda?")
            listed = filtered and bool(matches) and (
                _counterparts(one, ask) if one in matches
                else "statement" not in q.kinds and one.kind != "statement"
                and c.hits(single[1], q) < 2)
            # (a deed of its own the fact tells, beside the trip: "who criticised Ben for
            # the Zenda trip?" is told by who criticised, not by whom he met there)
            deed = any(stem(w) in single[1].strong for w in q.distinctive
                       if len(w) > 4 and w.endswith("ed")  # (a verb done: "criticised")
                       and w not in c.vocab.contact_words and stem(w) not in c.vocab.visit_words)
            if not c.asks_contact(q) or not listed or deed:
                # (no meeting asked about, "who's building the plant?": the fact that tells)
                return Reply(one.summary, [one], score=single[0])
    if not matches:
        return None
    subject = people[0] if len(people) == 1 and c.kind_of(people[0]) == "person" \
        and not ask.asks_principal else next(iter(sorted(ask.principal)), "")
    named = [f for f in matches
             if [n for n in f.participants if n != subject and n not in ask.excluded]]
    if not named:
        if not ask.asks_principal and all(f.kind == "visit" for f in matches) \
                and c.vocab.subject_pronouns.isdisjoint(q.words):  # (not "who did he meet")
            # "who went to Zenda?": whoever's trip it was, not whom they met there
            return Reply(" ".join(f.summary for f in matches[:2]), matches[:2])
        where = join([c.words.setting(f) for f in matches])
        return c.not_said(f"whom {subject} met {where}".rstrip(), matches)
    matches = _narrowed(c, ask, named)
    if len(matches) == 1 and not either:
        fact = matches[0]
        lead = c.words.lead(fact) or fact.summary
        when, _ = c.time_of(fact)
        text = lead + (f" {when}" if when and fact.time_phrase else "") + "."
        names = [n for n in fact.participants if n != subject]
        return Reply(capital(text), [fact], items=tuple(c.words.label(n) for n in names))
    verb = ("is likely to meet" if all(f.kind in FUTURE_KINDS for f in matches)
            else "hosted" if all(f.kind == "hosted" for f in matches) else "met")
    scope = c.scope(places, people, either, q.times)
    lines, items = [], []
    for fact in matches:
        names = [n for n in fact.participants if n != subject and n not in ask.excluded]
        if subject not in fact.participants:
            names = list(fact.participants)
        if either:  # "which European leaders": only those from Europe
            from_there = [n for n in names if any(e in index.lineage(n) for e in either)]
            if not from_there and all(c.kind_of(e) == "region" for e in either) \
                    and any(c.kind_of(n) == "person" for n in names):
                continue  # (met in Europe, but from elsewhere: not a European leader)
            names = from_there or names
        if q.roles and any(holds(c, n, f, q.roles) for f in matches
                           for n in f.participants if n != subject
                           and (not either or any(e in index.lineage(n) for e in either))):
            # "which prime ministers": only those holding the role
            names = [n for n in names if holds(c, n, fact, q.roles)]
            if not names:
                continue
        items += [c.words.label(n) for n in names]
        where = c.words.setting(fact)
        when = fact.time_phrase or ""
        detail = ", ".join(p for p in (where, when) if p)
        lines.append(f"• {c.words.people(names, label=True, role=fact.counterpart)}"
                     + (f" — {detail}" if detail else ""))
    if not lines:
        return None
    text = f"{subject} {verb}{scope}:\n" + "\n".join(lines)
    return Reply(text, matches, items=tuple(items))



def _met_often(c: Composer, ask: Ask, times: int) -> Reply | None:
    """'Which leader did he meet twice?': the people the subject's meetings name at least
    that often, with those meetings."""
    met: dict[str, list[Fact]] = {}
    for item in c.pool(CONTACT_KINDS):
        if ask.principal and not ask.principal & set(item.fact.participants):
            continue
        for p in item.fact.participants:
            if p not in ask.principal and c.kind_of(p) == "person":
                met.setdefault(p, []).append(item.fact)
    often = {p: facts for p, facts in met.items() if len(facts) >= times}
    if not often:
        return None
    facts = [f for fs in often.values() for f in fs]
    return Reply(f"{join([c.words.named(p) for p in often])}: "
                 + " ".join(f.summary for f in facts), facts,
                 items=tuple(c.words.label(p) for p in often))


def origin_of(c: Composer, ask: Ask) -> Reply | None:
    """'Which country is he from?', 'where is Ben from?': who he is, as the gazetteer
    has it."""
    q = ask.q
    persons = [e for e in ask.others if c.kind_of(e) == "person"]
    if not ask.others and ask.asks_principal and len(ask.principal) == 1 \
            and not c.asks_contact(q):
        persons = [*ask.principal]  # "where is she from?" of the article's subject
    if len(persons) > 1 and not set(q.words).isdisjoint(c.vocab.subject_pronouns) and not any(
            m.start >= 0 and c.kind_of(m.entity) == "person" for m in ask.mentions):
        persons = persons[:1]  # ("which country is he from?" after his trip to meet Li: the
        # one "he" stands for, told first)
    # (the words after the last of the question's own: "which country's he from again
    # pet?" ends at "from")
    ws = q.words
    while len(ws) > 2 and ws[-1] in c.vocab.address_words:
        ws = ws[:-1]
    # ("ben is from where?", "ben is from which country?": asked where it stands, after
    # "is from"; not "she met ministers of other countries? from where?")
    at = len(ws)
    while at > 1 and len(ws) - at < 2 and ws[at - 1] not in c.vocab.origin and (
            ws[at - 1] in c.vocab.question_words or ws[at - 1] in c.vocab.place_nouns):
        at -= 1
    in_situ = at < len(ws) and at >= 2 and ws[at - 1] in c.vocab.origin \
        and ws[at - 2] in c.vocab.copulas
    # ("ben = pm of where": an office asked of a place left to name)
    if len(persons) != 1 or not ws or not (
            ws[-1] in c.vocab.origin or ws[-1] in c.vocab.origin_verbs
            or in_situ
            or (q.leader and ws[-1] in c.vocab.question_words and not c.asks_contact(q)
                and q.intent is not None and q.intent.answer == "where")):
        return None
    person = c.entities[persons[0]]
    said = [i.fact for i in c.index.facts if person.name in i.fact.participants]
    if not person.role or not said:
        return None
    return Reply(f"{person.name} is {person.role}.", said[:1], focus=(person.name,))

def _narrowed(c: Composer, ask: Ask, matches: list[Fact]) -> list[Fact]:
    """'Which Pacific ministers did she meet at the forum meeting?': of the contacts the
    names allow, those whose summary or keywords hold the question's own words."""
    # (not what is counted: "how many times did she meet Ben")
    stems = ask.q.distinct_stems - term_stems(ask.q.counted) - c.vocab.occasion_stems
    if len(matches) < 2 or not stems:
        return matches
    hit = [f for f in matches if stems & (text_stems(f.summary)
                                          | c.index.by_id[f.id].strong)]
    return hit or matches


def _names_someone(c: Composer, fact: Fact, ask: Ask) -> bool:
    """Does the fact name someone besides the subject (what a who-question asks): a
    person, a country taking part, or a country it is about when the question asks which
    country? (An organisation it is about acts too: "who is planning the flight?")"""
    about = ("person", "country", "organisation") if "country" in ask.q.words \
        else ("person", "organisation")
    return any(c.kind_of(n) in ("person", "country") for n in fact.participants
               if n not in ask.principal) or any(c.kind_of(n) in about for n in fact.about)


def _counterparts(fact: Fact, ask: Ask) -> bool:
    """Does the fact name someone besides the subject (so it belongs in a who-list)?"""
    return bool(set(fact.participants) - ask.principal - ask.excluded)


def _identity(c: Composer, ask: Ask) -> bool:
    """'Sorry I'm new, who's Ben?': "who is" and the name end the question, whatever
    came before."""
    ws = ask.q.words

    def asks_who(after: tuple[str, ...]) -> bool:  # ("…, like what country + what job")
        return all(w in c.vocab.stopwords or w in c.vocab.attribute_nouns
                   or w in c.vocab.question_words or w in c.vocab.person_nouns  # ("… woman")
                   or c.vocab.entity_nouns.get(stem(w)) == "country" for w in after)

    # (a remark on the talk of them after the name asks nothing: "… everyone's on about")
    return any(asks_who(() if c.remark_at(ws, m.end) else ws[m.end:])
               and any(ws[m.start - len(p):m.start] == p for p in c.vocab.identity_questions)
               for m in ask.mentions if m.start > 0)


def holds(c: Composer, name: str, fact: Fact, roles: tuple[str, ...]) -> bool:
    """Does `name` (a person, or a country's representative in `fact`) hold a role?"""
    entity = c.entities.get(name)
    if entity is not None and entity.kind == "country":
        held = fact.counterpart or ""
    else:
        held = (entity.role or "") if entity is not None else ""
    return any(r in held.casefold() for r in roles)


def _reaction(c: Composer, ask: Ask) -> Reply | None:
    """'who was complaining about Ben's trip?': the fact about Ben that tells a reaction
    ("defying criticism from fellow Zendan leaders"), whose sentence names who reacted."""
    # (a typo mended to the noun counts too: "complaind" read as "complaints")
    if not term_stems(ask.q.words) & (c.vocab.reaction_verb_stems | c.vocab.reaction_stems) \
            or not ask.others:
        return None
    for item in c.index.candidates(ask.others):
        if item.weak & c.vocab.reaction_stems and set(ask.others) & set(item.fact.participants):
            if ask.q.asks_name and not set(item.fact.participants) - set(ask.others) \
                    - ask.principal:
                # "which leaders criticised Ben, by name?" of "criticism from fellow
                # leaders": no one named
                return c.not_said("who they are by name", [item.fact])
            return Reply(item.fact.summary, [item.fact])
    return None
