"""Source: where a figure or claim comes from, as the article attributes it."""

from __future__ import annotations

from bot.engine.compose import Ask, Composer, Reply
from bot.engine.kinds import register
from bot.engine.kinds.about import about
from bot.engine.parse import find
from bot.engine.text import tokens
from bot.store.ingest import split_sentences


@register("source")
def source(c: Composer, ask: Ask) -> Reply | None:
    """'Where does the trade figure come from?': the sentence of the best-matching fact
    that names its source ("... according to the foreign ministry")."""
    found = c.top(ask, minimum=1.0, spread=1.0, most=6)
    # ("who says that, the numbers?": the figure the last answer gave, first)
    said = [item for f in ask.prefer[:1] if ask.q.anaphora
            and (item := c.index.by_id.get(f)) is not None]
    for item in (*said, *(item for _, item in found)):
        for quote in item.fact.quotes:
            for sentence in split_sentences(quote.quote):
                words = tuple(tokens(sentence.casefold()))
                if any(find(words, p) >= 0 for p in c.vocab.attributions):
                    return Reply(sentence, [item.fact], focus=(sentence,))
    if any(c.kind_of(e) == "person" for e in ask.others):
        return about(c, ask)  # "where does Ben come from?": who he is, and his country
    if not found or any(w in c.vocab.leader_words or w in c.vocab.party_nouns
                        for w in ask.q.words):
        return None  # "where do the leaders he met come from?": their origin, not a source
    return c.not_said("where that comes from", [found[0][1].fact])
