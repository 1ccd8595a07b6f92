"""The data rules a moderator writes a new article by (README "Adding an article"): a
country with several leaders, an event scheduled that is no meeting, a place given once.

A small made-up article is added beside the shipped one, exactly as the README says, and
asked about through the real build, store and engine.
"""

from __future__ import annotations

import pytest
from support import Material

from bot.engine.core import Engine
from bot.service import AnswerService
from bot.store.build import build_store

ARTICLE = """Ruritania's leaders host Freedonian premier ahead of referendum

President Rudolf Elphberg and Prime Minister Flavia Strel received Freedonian Prime \
Minister Rufus Firefly in Strelsau on Monday.

They discussed a shared railway and the price of coal.

Ruritania will hold a referendum on a new constitution in May.

State television reported that Elphberg promised a fair vote.
"""

META = 'title: "Ruritania\'s leaders host Freedonian premier ahead of referendum"\n' \
       "subject: Rudolf Elphberg\n"

ENTITIES = """entities:
  - name: Rudolf Elphberg
    kind: person
    country: Ruritania
    role: President of Ruritania
    leader: true
    aliases: [elphberg, rudolf elphberg, president elphberg]
  - name: Flavia Strel
    kind: person
    country: Ruritania
    role: Prime Minister of Ruritania
    leader: true
    aliases: [strel, flavia strel, flavia]
  - name: Rufus Firefly
    kind: person
    country: Freedonia
    role: Prime Minister of Freedonia
    leader: true
    aliases: [firefly, rufus firefly, freedonian premier]
  - name: Ruritania
    kind: country
    aliases: [ruritania, ruritanian]
  - name: Freedonia
    kind: country
    aliases: [freedonia, freedonian]
  - name: Strelsau
    kind: city
    country: Ruritania
    aliases: [strelsau]
  - name: State Television
    kind: organisation
    aliases: [state television, state tv]
  - name: constitutional referendum
    kind: event
    place: Ruritania
    aliases: [referendum, constitutional referendum, the referendum]
"""

FACTS = """\
document: ruritania-vote
facts:
  - id: firefly-strelsau
    kind: hosted
    who: [Rufus Firefly, Flavia Strel]
    place: Strelsau
    when: on Monday
    topics: [a shared railway, the price of coal]
    keywords: [received, hosted, visit]
    summary: >-
      President Rudolf Elphberg and Prime Minister Flavia Strel received Freedonian Prime
      Minister Rufus Firefly in Strelsau on Monday.
    quotes:
      - "President Rudolf Elphberg and Prime Minister Flavia Strel received Freedonian
        Prime Minister Rufus Firefly in Strelsau on Monday."
      - "They discussed a shared railway and the price of coal."
  - id: referendum
    kind: scheduled
    occasion: constitutional referendum
    when: in May
    keywords: [referendum, vote, constitution, new constitution]
    summary: Ruritania will hold a referendum on a new constitution in May.
    quotes:
      - "Ruritania will hold a referendum on a new constitution in May."
  - id: fair-vote
    kind: statement
    who: [Rudolf Elphberg]
    reported_by: [State Television]
    keywords: [promise, promised, fair, vote]
    summary: Elphberg promised a fair vote, state television reported.
    quotes:
      - "State television reported that Elphberg promised a fair vote."
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    from support import copy_material, make_settings
    root = tmp_path_factory.mktemp("rules")
    data, config = copy_material(root / "src")
    material = Material(root, data, config, make_settings(root, data, config))
    (data / "articles" / "ruritania-vote.txt").write_text(ARTICLE, encoding="utf-8")
    (data / "articles" / "ruritania-vote.yaml").write_text(META, encoding="utf-8")
    (data / "entities").mkdir(exist_ok=True)
    (data / "entities" / "ruritania-vote.yaml").write_text(ENTITIES, encoding="utf-8")
    (data / "facts" / "ruritania-vote.yaml").write_text(FACTS, encoding="utf-8")
    paths = material.settings.paths
    build_store(paths.data, paths.config, paths.store)
    return AnswerService.open(material.settings).engine


def test_a_country_may_have_several_leaders(engine: Engine) -> None:
    both = {m.entity for m in engine.parser.parse("did the ruritanian leaders meet firefly")
            .mentions}
    assert {"Rudolf Elphberg", "Flavia Strel"} <= both
    one = {m.entity for m in engine.parser.parse("the ruritanian prime minister").mentions}
    assert "Flavia Strel" in one and "Rudolf Elphberg" not in one
    answer = engine.ask("did the ruritanian prime minister meet firefly?")
    assert answer.answered and answer.text.startswith("Yes"), answer.text


def test_a_scheduled_event_is_what_comes_next(engine: Engine) -> None:
    ahead = engine.ask("what's coming up for elphberg?")
    assert ahead.answered and "referendum" in ahead.text, ahead.text
    when = engine.ask("when is the referendum?")
    assert when.answered and "May" in when.text, when.text
    wrong = engine.ask("is the referendum in june?")
    assert wrong.text.startswith("No") and "May" in wrong.text, wrong.text


def test_a_statement_is_its_speakers_and_its_reporter_takes_no_part(engine: Engine) -> None:
    said = engine.ask("what did elphberg promise?")
    assert said.answered and "fair vote" in said.text, said.text
    reported = engine.ask("what did state television report?")
    assert reported.answered and "fair vote" in reported.text, reported.text
    assert not engine.ask("did state television meet firefly?").text.startswith("Yes")


def test_the_new_article_keeps_to_its_own_subject(engine: Engine) -> None:
    answer = engine.ask("what did elphberg and firefly discuss?")
    assert answer.answered and "railway" in answer.text
    assert "Putin" not in answer.text
    assert not engine.ask("did elphberg meet xi jinping?").text.startswith("Yes")
