"""Text normalisation: what every question, alias, phrase and quote goes through."""

from __future__ import annotations

import pytest

from bot.engine.text import clean, fold, squeeze, stem, term_stems, tokens, words


@pytest.mark.parametrize(("raw", "expected"), [
    ("Erdoğan", "Erdogan"),
    ("Orbán", "Orban"),
    ("Türkiye", "Turkiye"),
    ("Zelens\u0301kiy", "Zelenskiy"),  # a combining accent
    ("café crème", "cafe creme"),
])
def test_clean_removes_accents(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_clean_straightens_curly_quotes_and_dashes() -> None:
    assert clean("“peace mission” ‘soon’ it’s") == "\"peace mission\" 'soon' it's"
    assert clean("six\u2013year \u2014 term") == "six-year - term"


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
                                  "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066"])
def test_clean_drops_zero_width_and_direction_marks(mark: str) -> None:
    assert clean(f"pu{mark}tin") == "putin"
    assert tokens(f"{mark}who did {mark}putin meet{mark}") == ("who", "did", "putin", "meet")


def test_clean_turns_control_characters_and_newlines_into_single_spaces() -> None:
    assert clean("who\tdid\n\n putin\r\nmeet\x00 ") == "who did putin meet"
    assert clean("a\u2028b\u2029c") == "a b c"


@pytest.mark.parametrize("markup", [
    "<@123456789012345678>", "<@!123456789012345678>", "<@&123456789012345678>",
    "<#123456789012345678>", "<:putin:123456789012345678>", "<a:wave:123456789012345678>",
    "@everyone", "@here",
])
def test_clean_removes_discord_mentions(markup: str) -> None:
    assert clean(f"{markup} who did putin meet?") == "who did putin meet?"
    assert "everyone" not in fold(f"{markup} hi") and "here" not in tokens(f"{markup} hi")


def test_clean_removes_code_fences_spoilers_and_html_tags() -> None:
    assert tokens("```python\nwho did putin meet\n```") == ("who", "did", "putin", "meet")
    assert tokens("`who` did ||putin|| meet") == ("who", "did", "putin", "meet")
    assert tokens("<b>who</b> did <i class='x'>putin</i> meet<br/>") == (
        "who", "did", "putin", "meet")
    assert "script" not in tokens("<script>alert(1)</script> putin")


def test_clean_keeps_ordinary_text() -> None:
    text = "Who did Putin meet in Astana? 2 < 3 and 5 > 4."
    assert clean(text) == text


def test_fold_is_casefolded_clean_text() -> None:
    assert fold("  WHO Did PUTIN  Meet ") == "who did putin meet"
    assert fold("ERDOĞAN") == "erdogan"
    assert fold("Straße") == "strasse"
    assert fold("") == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("who'll meet him", ["who", "will", "meet", "him"]),
    ("who’ll meet him", ["who", "will", "meet", "him"]),
    ("they're there", ["they", "are", "there"]),
    ("we've seen it", ["we", "have", "seen", "it"]),
    ("i'm curious", ["i", "am", "curious"]),
    ("who'd he meet", ["who", "did", "he", "meet"]),
    ("xi's pledge", ["xi", "pledge"]),
    ("russia’s invasion", ["russia", "invasion"]),
    ("didn't he", ["didn't", "he"]),
    ("the summit's in zenda", ["the", "summit", "is", "in", "zenda"]),
    ("ana's not going", ["ana", "is", "not", "going"]),
    ("what's the plan", ["what", "the", "plan"]),
    ("he's in zenda", ["he", "in", "zenda"]),
])
def test_words_split_contractions_and_possessives(text: str, expected: list[str]) -> None:
    assert list(tokens(text)) == expected


def test_words_keep_hyphens_dots_and_numbers_inside_words() -> None:
    assert words("six-year term, u.s. sanctions, 24 years, kim jong-un") == [
        "six-year", "term", "u.s", "sanctions", "24", "years", "kim", "jong-un"]


def test_words_ignore_punctuation_and_symbols() -> None:
    assert tokens("?!... ---  *** 🙂 👍") == ()
    assert tokens("putin?!?") == ("putin",)


@pytest.mark.parametrize("forms", [
    ("discuss", "discussed", "discussing", "discusses"),
    ("meet", "meets", "meeting"),
    ("visit", "visits", "visited", "visiting"),
    ("country", "countries"),
    ("host", "hosts", "hosted", "hosting"),
])
def test_stem_brings_word_forms_together(forms: tuple[str, ...]) -> None:
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize(("form", "word"), [("built", "build"), ("met", "meet"),
                                             ("went", "go"), ("sent", "sending")])
def test_stem_knows_irregular_forms(form: str, word: str) -> None:
    assert stem(form) == stem(word)


def test_stem_leaves_short_words_alone() -> None:
    for word in ("xi", "kim", "is", "us", "uae"):
        assert stem(word) == word


def test_term_stems_include_hyphenated_parts() -> None:
    assert {"six", "year", stem("six-year")} <= term_stems(["six-year"])


def test_squeeze_ignores_whitespace_case_accents_and_quote_style() -> None:
    assert squeeze("Narendra Modi ’s  visit\n to MOSCOW") == squeeze(
        "narendra modi's visit to moscow")
    assert squeeze("Erdoğan said “very soon.”") == squeeze('Erdogan said "very soon."')
    assert squeeze("  \t\n ") == ""


def test_squeeze_is_stricter_than_fold() -> None:
    # only whitespace, case, accents and quote marks may differ between quote and article
    assert squeeze("six-year") != squeeze("six year")
    assert squeeze("six\u2013year") != squeeze("six-year")
    assert squeeze("Putin met Xi.") != squeeze("Putin met Xi")


def test_a_longer_english_word_is_no_typo_of_a_shorter_one(engine) -> None:
    # ("tripled", a word the language file knows, is a form of it: no other word)
    assert engine.parser.parse("did it double or triple").words[-1].startswith("triple")
    # nor a word of another length: "tripled" is no "tried"
    assert engine.parser.parse("trade tripled last year?").words[1] == "tripled"


def test_two_swapped_letters_are_mended_before_a_dropped_one(engine) -> None:
    # "mnay" is one swap from "many" and one deletion from "may": the swap is the slip
    assert engine.parser.parse("how mnay trips did he make").words[:2] == ("how", "many")
    assert engine.parser.parse("hw many trips did he make").words[0] == "how"
    assert engine.parser.parse("how mnay trips did he make").intent.name == "count"


def test_a_name_is_not_mended_into_a_word_missing_its_first_letters(engine) -> None:
    # "Poland" is two letters and its first one away from "land": no slip of typing
    assert engine.parser.parse("Poland holds the EU presidency, yeah?").words[0] == "poland"


def test_a_longer_word_is_not_mended_into_a_shorter_one_it_begins_with(engine) -> None:
    # "arabia" is no typo of "arab"
    assert "arabia" in engine.parser.parse("what about saudi arabia?").words


def test_root_joins_parts_of_speech_but_not_short_lookalikes() -> None:
    from bot.engine.text import root, stem
    assert root(stem("reliant")) == root(stem("rely")) == root(stem("relied"))
    assert root(stem("agreement")) == root(stem("agree"))
    assert root(stem("discussion")) == root(stem("discuss"))
    assert root(stem("former")) != root(stem("form"))
