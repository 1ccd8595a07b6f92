"""Which personal pronouns the articles use of whom (bot/engine/referents.py)."""

from __future__ import annotations

from bot.engine.referents import Referents

SETS = (("he", "him", "his"), ("she", "her", "hers"))
TEXT = ["Ana Zed toured the islands. She met Ben Cole, who said his country was ready.",
        "Later she flew home. Ben Cole said he would visit her."]


def test_the_subject_is_read_from_every_sentence() -> None:
    refs = Referents(SETS, [("the", "other", "one")])
    assert refs.usage("desk", "Ana Zed", lambda: TEXT, True) == 1


def test_another_person_from_the_sentences_naming_them_less_the_subjects() -> None:
    refs = Referents(SETS, [])
    assert refs.usage("desk", "Ben Cole", lambda: TEXT, False, subject=1) == 0


def test_too_little_said_is_unknown() -> None:
    refs = Referents(SETS, [])
    assert refs.usage("desk", "Cy Dee", lambda: ["Cy Dee spoke."], False, subject=1) is None


def test_the_first_pronoun_and_the_other_one() -> None:
    refs = Referents(SETS, [("the", "other", "one"), ("the", "other")])
    assert refs.set_of(("and", "her", "trip")) == 1
    assert refs.other_one(("ok", "and", "the", "other", "one", "what")) == (2, 5)
