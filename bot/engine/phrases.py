"""Fact fields -> short English: names, places and the one-line 'lead' of a contact.

Only structure is worded here ("met", "traveled to", "is likely to meet"); every name,
place and time comes from the facts and the gazetteer.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.store.load import Entity, Fact


def join(items: list[str] | tuple[str, ...]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def one_subject(clauses: list[str]) -> str:
    """Clauses that open alike, said once: "Ana traveled to Zenda; to Strelsau, to meet Li;
    and to Ruritania" (a short lowercase word they share last stays with each)."""
    if len(clauses) < 2:
        return "".join(clauses)
    split = [c.split(" ") for c in clauses]
    shared = 0
    while all(len(w) > shared + 1 and w[shared] == split[0][shared] for w in split):
        shared += 1
    if shared and split[0][shared - 1].islower() and len(split[0][shared - 1]) <= 3:
        shared -= 1  # ("to", "in": "traveled to Zenda; to Strelsau")
    if shared < 2:
        return "; ".join(clauses)
    rest = [" ".join(w[shared:]) for w in split[1:]]
    if len(rest) == 1:
        return f"{clauses[0]}, and {rest[0]}"
    return "; ".join([clauses[0], *rest[:-1]]) + "; and " + rest[-1]


def plural_of(noun: str) -> str:
    """'leader' -> 'leaders', 'foreign minister' -> 'foreign ministers', 'envoy' -> 'envoys'."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Phrases:
    def __init__(self, entities: Mapping[str, Entity]) -> None:
        self.entities = entities

    def kind(self, name: str) -> str:
        entity = self.entities.get(name)
        return entity.kind if entity else ""

    def people(self, names: tuple[str, ...] | list[str], *, label: bool = False,
               role: str | None = None) -> str:
        """'Ben Cole and the leaders of Zenda and Strelsau' (or 'the foreign ministers of',
        as the fact's `counterpart` says)."""
        persons = [n for n in names if self.kind(n) != "country"]
        countries = [n for n in names if self.kind(n) == "country"]
        parts = [self.label(n) if label else n for n in persons]
        if countries:
            noun = role or "leader"
            plural = noun if len(countries) == 1 else plural_of(noun)
            parts.append(f"the {plural} of {join(countries)}")
        return join(parts)

    def named(self, name: str) -> str:
        """A name as a sentence uses it: 'the SCO summit', 'the International Criminal
        Court', but 'ASEAN' and 'Ben Cole' as they are."""
        kind = self.kind(name)
        if name[:4].casefold() == "the " or kind not in ("event", "organisation", "group"):
            return name
        if kind == "event" or " " in name:
            return f"the {name}"
        return name

    def label(self, name: str) -> str:
        """A person with their country: 'Ben Cole (Freedonia)'."""
        entity = self.entities.get(name)
        if entity and entity.kind == "person" and entity.country:
            return f"{name} ({entity.country})"
        return name

    def place(self, name: str) -> str:
        """'Zenda, Ruritania' for a city; the name itself otherwise."""
        entity = self.entities.get(name)
        if entity and entity.kind in ("city", "place") and entity.country:
            return f"{name}, {entity.country}"
        return name

    def setting(self, fact: Fact) -> str:
        """'at the trade summit in Zenda, Ruritania', 'in Strelsau', or ''."""
        places = list(fact.places)
        occasion = self.entities.get(fact.occasion) if fact.occasion else None
        if occasion and not places and occasion.place:
            places = [occasion.place]
        where = f"in {join([self.place(p) for p in places])}" if places else ""
        if occasion:
            return f"at the {occasion.name}" + (f" {where}" if where else "")
        return where

    def lead(self, fact: Fact) -> str | None:
        """One clause saying who met whom where, or None for kinds that are not contacts."""
        subject = fact.subject or ""
        who = self.people(fact.who, role=fact.counterpart)
        setting = self.setting(fact)
        if fact.kind == "met":
            return " ".join(p for p in (subject, "met", who, setting) if p)
        if fact.kind == "visit":
            places = join([self.place(p) for p in fact.places]) or setting
            text = f"{subject} traveled to {places}" if places else f"{subject} traveled"
            comma = "," if "," in places else ""  # "Beijing, China, to meet"
            return text + (f"{comma} to meet {who}" if who else "")
        if fact.kind == "hosted":
            return " ".join(p for p in (subject, "hosted", who, setting) if p)
        if fact.kind == "expected":
            return " ".join(p for p in (subject, "is likely to meet", who, setting) if p)
        if fact.kind == "invitation":  # (and what for: "… to visit Zenda for the summit")
            places = join(list(fact.places))
            return f"{subject} invited {who} to visit" + (f" {places}" if places else "") \
                + (f" for {self.named(fact.occasion)}" if fact.occasion else "")
        return None
