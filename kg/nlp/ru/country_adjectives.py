"""A country's court or parliament named by the country's adjective where it opens a sentence or
a line (`Итальянский суд`, `Польский сенат`). Inside a sentence such phrases are written in lower
case: a description, not a name."""

from __future__ import annotations

import functools

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.known_names import NameMention, starts_line
from kg.nlp.ru.lexicon import table, word_list
from kg.nlp.ru.name_types import adjective_lemma, noun_lemma


@functools.cache
def _heads() -> frozenset[str]:
    """Head nouns of kg/data/ru/body_heads.tsv that are no collective heads
    (kg/data/ru/collective_heads.txt): `суд`, `парламент`, `сенат`. A collective head with a
    country adjective (`Британская полиция`, `Греческое правительство`) is the country acting and
    speaking, as `британская полиция` is inside a sentence (docs/events.md, docs/speech.md)."""
    return frozenset(r[0] for r in table("body_heads") if r) - word_list("collective_heads")


@functools.cache
def country_names() -> dict[str, tuple[str, ...]]:
    """Country adjective lemma → the country's names, first the usual one
    (kg/data/ru/country_adjectives.tsv)."""
    return {r[0]: tuple(r[1].split("|")) for r in table("country_adjectives") if len(r) >= 2}


def _opening_pairs(a: Analysis, taken: list[NameMention]):
    """(adjective token, next token) for a capitalised country adjective that opens a sentence or
    line, before a lower-case word of the same sentence, outside `taken`."""
    for t in a.tokens[:-1]:
        nxt = a.tokens[t.index + 1]
        if not t.text[:1].isupper() or t.text.isupper() or not nxt.text[:1].islower() \
                or a.text[t.end:nxt.start] != " " or nxt.sent != t.sent or not starts_line(a, t.index) \
                or any(m.first <= t.index <= m.last for m in taken):
            continue
        if adjective_lemma(t.text) in country_names():
            yield t, nxt


def national_bodies(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """A country adjective opening a sentence or a line before the head noun of a body in the
    nominative (`суд`, `парламент`, `сенат`; not a collective head such as `полиция` or
    `правительство`, which acts for the country) names that country's body: written with a
    capital, news annotators mark the two words as one organisation."""
    taken = [m for m in mentions if m.last > m.first]
    added = []
    for t, head in _opening_pairs(a, taken):
        if noun_lemma(head.text) not in _heads() or head.feats.get("Case") != "Nom" \
                or any(m.first <= head.index <= m.last for m in taken):
            continue
        added.append(NameMention(span(a.text, t.start, head.end), f"{t.text} {head.text}", "organization",
                                 True, t.index, head.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions
