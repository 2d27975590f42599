"""Mentions a country adjective makes where it opens a sentence or a line: the country itself
(`Итальянская пресса`, `Американская компания`) or the country's body (`Британская полиция`,
`Итальянский суд`). Inside a sentence such adjectives are written in lower case and name nothing
in a names-only view."""

from __future__ import annotations

import functools

from kg.nlp.base import casefold_name, span
from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.known_names import NameMention, _starts_line
from kg.nlp.ru.lexicon import table, word_list
from kg.nlp.ru.name_types import adjective_lemma, noun_lemma


@functools.cache
def _heads() -> frozenset[str]:
    """Head nouns of a country's bodies: kg/data/ru/collective_heads.txt and body_heads.tsv, less
    kg/data/ru/bare_collective_heads.txt (`Испанские власти` are Spain acting, as `Власти
    Испании` are)."""
    return (word_list("collective_heads") | frozenset(r[0] for r in table("body_heads") if r)) \
        - word_list("bare_collective_heads")


@functools.cache
def _countries() -> dict[str, tuple[str, ...]]:
    """Adjective lemma → the names of its country (kg/data/ru/country_adjectives.tsv)."""
    return {r[0]: tuple(r[1].split("|")) for r in table("country_adjectives") if len(r) >= 2}


@functools.lru_cache(maxsize=65536)
def _inanimate_noun(word: str) -> bool:
    """The word's likeliest reading is an inanimate noun (`пресса`, `компания`, not `боксёр`)."""
    import pymorphy2

    from kg.nlp.ru.models import load_models

    parses = pymorphy2.MorphAnalyzer.parse(load_models().morph_vocab, word)
    return bool(parses) and parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag


def _opening_pairs(a: Analysis, taken: list[NameMention]):
    """(adjective token, next token, country names) for a capitalised country adjective that
    opens a sentence or line, before a lower-case word of the same sentence, outside `taken`."""
    for t in a.tokens[:-1]:
        nxt = a.tokens[t.index + 1]
        if not t.text[:1].isupper() or t.text.isupper() or not nxt.text[:1].islower() \
                or a.text[t.end:nxt.start] != " " or nxt.sent != t.sent or not _starts_line(a, t.index) \
                or any(m.first <= t.index <= m.last for m in taken):
            continue
        names = _countries().get(adjective_lemma(t.text) or "")
        if names:
            yield t, nxt, names


def national_bodies(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """A country adjective opening a sentence or a line before the head noun of a body in the
    nominative (`власти` aside: `полиция`, `суд`, `правительство`) names that country's body:
    written with a capital, news annotators mark the two words as one organisation. A mention of
    the adjective alone stays inside it, so the event roles still read the country."""
    taken = [m for m in mentions if m.last > m.first]
    added = []
    for t, head, _ in _opening_pairs(a, taken):
        if noun_lemma(head.text) not in _heads() or head.feats.get("Case") != "Nom" \
                or any(m.first <= head.index <= m.last for m in taken):
            continue
        added.append(NameMention(span(a.text, t.start, head.end), f"{t.text} {head.text}", "organization",
                                 True, t.index, head.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def country_mentions(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """A country adjective opening a sentence or a line before an inanimate noun (`Итальянская
    пресса`, `Американская компания`) is a mention of the country, under the name the text gives
    it elsewhere if it uses one of the table's names, else the table's first. Before a person's
    noun (`Российский боксёр`) news annotators mostly leave it out, as part of the description."""
    used = {casefold_name(m.name) for m in mentions}
    added = []
    for t, nxt, names in _opening_pairs(a, mentions):
        if not _inanimate_noun(nxt.text) or noun_lemma(nxt.text) in _heads():
            continue
        name = next((n for n in names if casefold_name(n) in used), names[0])
        added.append(NameMention(span(a.text, t.start, t.end), name, "place", True, t.index, t.index,
                                 derived=True))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions
