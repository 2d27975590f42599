"""Places named by a territorial adjective after a title: `Папа Римский`, `Патриарх Болгарский
Максим`, `митрополит Тверской`, `принц Уэльский`."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.country_adjectives import country_names
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.lexicon import word_list
from kg.nlp.ru.name_types import (
    PLACE_ADJECTIVE_ENDINGS,
    adjective_lemma,
    masculine_adjective,
    name_adjectives,
    noun_lemma,
)


def _place_name(word: str) -> tuple[str, bool]:
    """The name of the place the adjective stands for, and whether it is the place's own name
    (`Римского` → `Рим`, `Болгарский` → `Болгария`) rather than the adjective made nominative."""
    lemma = adjective_lemma(word) or ""
    known = name_adjectives().get(lemma)
    if known is not None and known[0] == "place":
        return known[1], True
    if lemma in country_names():
        return country_names()[lemma][0], True
    return masculine_adjective(word), False


def title_places(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """A capitalised `-ский`/`-цкий` adjective right after a title of
    kg/data/ru/territorial_titles.txt names the title's see or realm, a place: news annotators
    mark `Римский` of `Папа Римский Франциск` as Rome and `Франциск` alone as the person. The NER
    runs title, adjective and name together (`Папа Римский`, `Патриархом Болгарским`, `Русенский
    Неофит`) or tags none of them; the title is no name, the adjective becomes a place, the words
    after it stay the person."""
    titles = word_list("territorial_titles")
    out = list(mentions)
    for t in a.tokens[:-1]:
        adj = a.tokens[t.index + 1]
        if (noun_lemma(t.text) or t.text.lower()) not in titles or not adj.text[:1].isupper() \
                or adj.text.isupper() or not adj.text.lower().endswith(PLACE_ADJECTIVE_ENDINGS) \
                or a.text[t.end:adj.start] != " " or adj.sent != t.sent or adjective_lemma(adj.text) is None:
            continue
        covering = [m for m in out if m.first <= adj.index <= m.last]
        name, own = _place_name(adj.text)
        if [(m.kind, m.first, m.last) for m in covering] == [("place", adj.index, adj.index)] \
                and (covering[0].derived or not own):
            continue  # `герцогини Кембриджской`: the NER has it already, and no better name is known
        if any(m.kind != "person" and (m.first, m.last) != (adj.index, adj.index) for m in covering):
            continue  # `патриарха Болгарской православной церкви`: the adjective opens a body's name
        kept = [m for m in out if not (m.first <= adj.index <= m.last or m.first == t.index == m.last)]
        for m in covering:
            if m.kind == "person" and m.last > adj.index:  # `Русенский Неофит` → the person `Неофит`
                rest = a.tokens[adj.index + 1]
                words = m.name.split(" ")
                whole = len(words) == m.last - m.first + 1
                person = " ".join(words[adj.index + 1 - m.first:]) if whole else a.text[rest.start:m.span.end]
                kept.append(NameMention(span(a.text, rest.start, m.span.end), person, "person", m.nominative,
                                        adj.index + 1, m.last, m.alias_of))
        kept.append(NameMention(span(a.text, adj.start, adj.end), name, "place",
                                own or adj.feats.get("Case") == "Nom", adj.index, adj.index, derived=own))
        out = sorted(kept, key=lambda m: m.span.start)
    return out
