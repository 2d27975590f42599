"""A surname alone after `из` that is the genitive of a town in `-ово`/`-ино` is the town."""

from __future__ import annotations

import dataclasses
import functools

from kg.nlp.base import casefold_name
from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.lexicon import table


@functools.cache
def _rows(kind: str) -> tuple[tuple[str, str], ...]:
    """The (written, town) pairs of one kind of kg/data/ru/town_genitives.tsv."""
    return tuple((r[1], r[2]) for r in table("town_genitives") if r[0] == kind)


@functools.lru_cache(maxsize=4096)
def _town(word: str) -> str | None:
    """The town whose genitive the word is (`Новоселова` → `Новоселово`): the dictionary knows the
    nominative as a place name (`Geox`), else None."""
    from kg.nlp.ru.models import word_parses

    for written, town in _rows("ending"):
        if word.endswith(written) and len(word) > len(written) + 2:
            name = word[: -len(written)] + town
            grams = [p.tag.grammemes for p in word_parses(name)]
            if any("Geox" in g and "nomn" in g for g in grams):
                return name
    return None


def towns_from(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """A one-word person right after `из` (kg/data/ru/town_genitives.tsv, kind `preposition`) in its
    sentence, the genitive of a town the dictionary knows (`из Иванова`, `из Новоселова`), is that
    town, a place named in the nominative; not where a person of the text bears the surname with a
    first name (`Сергей Иванов … из Иванова` may be a quotation of his)."""
    before_words = {w for w, _ in _rows("preposition")}
    surnames = {casefold_name(m.name.split(" ")[-1]) for m in mentions
                if m.kind == "person" and " " in m.name}
    out = []
    for m in mentions:
        if m.kind == "person" and m.first == m.last and 0 < m.first < len(a.tokens):
            before, word = a.tokens[m.first - 1], a.tokens[m.first]
            own = {casefold_name(word.text), casefold_name(word.text[:-1])}
            # the dictionary is asked last: a person after `из` is rare
            town = _town(word.text) if before.text in before_words and before.sent == word.sent \
                and a.text[before.end:word.start] == " " and word.text[:1].isupper() \
                and not own & surnames else None
            if town:
                m = dataclasses.replace(m, kind="place", name=town, nominative=False)
        out.append(m)
    return out
