"""A country's court or parliament named by the country's adjective where it opens a sentence or
a line (`Итальянский суд`, `Польский сенат`). Inside a sentence such phrases are written in lower
case: a description, not a name. And a town's or region's capitalised adjective inside a sentence
(`по Киотскому протоколу`), which names that place (place_adjectives)."""

from __future__ import annotations

import functools

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.known_names import NameMention, starts_line
from kg.nlp.ru.lexicon import table, word_list
from kg.nlp.ru.name_types import adjective_lemma, country_names, noun_lemma


@functools.cache
def _heads() -> frozenset[str]:
    """Head nouns of kg/data/ru/body_heads.tsv that are no collective heads
    (kg/data/ru/collective_heads.txt): `суд`, `парламент`, `сенат`. A collective head with a
    country adjective (`Британская полиция`, `Греческое правительство`) is the country acting and
    speaking, as `британская полиция` is inside a sentence (docs/events.md, docs/speech.md)."""
    return frozenset(r[0] for r in table("body_heads") if r) - word_list("collective_heads")


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
    capital, news annotators mark the two words as one organisation. The adjective's own mention of
    the country (name_types._opening_place: `Итальянская пресса` opening a line) gives way to the
    body, which holds it: one mention, not the body and the country over the same word."""
    taken = [m for m in mentions if m.last > m.first]
    added = []
    for t, head in _opening_pairs(a, taken):
        if noun_lemma(head.text) not in _heads() or head.feats.get("Case") != "Nom" \
                or any(m.first <= head.index <= m.last for m in taken):
            continue
        added.append(NameMention(span(a.text, t.start, head.end), f"{t.text} {head.text}", "organization",
                                 True, t.index, head.index))
    if not added:
        return mentions
    inside = {m.first for m in added}
    kept = [m for m in mentions if not (m.first == m.last and m.first in inside)]
    return sorted([*kept, *added], key=lambda m: m.span.start)


# the endings a place's stem takes before `-ский` (`Вена` → `венский`, `Киото` → `киотский`,
# `Черногория` → `черногорский`, `Саранск` → `саранский`, `Уэльс` → `уэльский`), tried in this
# order: a town of `-ск` is mostly named after the place or word the adjective is of (`Уральск`
# after the Ural, `Черногорск` beside Montenegro's `черногорский`), so the place itself comes first
_STEM_ENDINGS = ("", "а", "я", "о", "ия")
_LATE_ENDINGS = ("ск", "ь", "и", "с")


def _known(word: str) -> bool:
    """The dictionary knows the word (its readings are no guesses from the ending)."""
    from kg.nlp.ru.models import load_models

    return load_models().morph_vocab.word_is_known(word)


def _known_place(word: str) -> str | None:
    """`word` as the dictionary's nominative of a geographic name (not a guess), else None."""
    from kg.nlp.ru.models import word_parses

    if not _known(word):
        return None
    for p in word_parses(word):
        if {"Geox", "nomn"} <= set(p.tag.grammemes) and p.word == p.normal_form:
            return p.normal_form
    return None


def adjective_place(lemma: str) -> str | None:
    """The place an adjective of `-ский` is made from (_adjective_place), judged with the gazetteer
    index the linker uses: the one of the settings the extractor was configured with
    (kg.nlp.ru.learned), so a place the index cannot link is not preferred over one it can."""
    from kg.nlp.ru import learned

    return _adjective_place(lemma, learned.settings().gazetteer)


@functools.lru_cache(maxsize=8192)
def _adjective_place(lemma: str, gazetteer: str) -> str | None:
    """The place an adjective of `-ский` is made from (`роттердамский` → `Роттердам`,
    `боснийский` → `Босния`; not the few irregular ones, `венецианский`, `уфимский`); None for a
    country adjective of kg/data/ru/country_adjectives.tsv (with a capital inside a sentence it
    opens a name the NER missed as often as it names the country: `Южнокорейского рэпера` is
    unmarked in NEREL), for an adjective of kg/data/ru/place_adjective_stoplist.txt
    (`олимпийский` is no adjective of Olympia in the news) and for one whose stem is also a
    person's name (`михайловский`, `ленинский`, `павловский`: a palace, an avenue or a prize as
    often as a town)."""
    from kg.nlp.ru.name_types import personal_name

    if not lemma.endswith("ский") or lemma in word_list("place_adjective_stoplist") \
            or lemma in country_names():
        return None
    stem = lemma[:-4]
    if len(stem) < 3 or _known(stem) and personal_name(stem.capitalize()):
        return None
    tries = [stem + e for e in _STEM_ENDINGS]
    if stem.endswith("ь"):  # `уральский` → Урал, `байкальский` → Байкал (before Уральск, Байкальск)
        tries.append(stem[:-1])
    tries += [stem + e for e in _LATE_ENDINGS]
    if stem.endswith("й"):  # `сомалийский`, `боснийский`, `калифорнийский`
        tries += [stem[:-1], stem[:-1] + "я"]
    if stem.endswith("ов"):  # `московский` → Москва (the dictionary's Московия is no town today)
        tries.append(stem[:-2] + "ва")
    names = []
    for word in tries:
        place = _known_place(word)
        if place is not None:
            names.append("-".join(part[:1].upper() + part[1:] for part in place.split("-")))
    # `курский`: the dictionary knows both the river Кура and the town Курск; the gazetteer's
    # place is the one the news means (`пинский` Пинск, not the river Пина; `иркутский` Иркутск,
    # not the river Иркут), while the order above decides between two it knows (Урал, Уральск)
    name = next((n for n in names if _in_gazetteer(n, gazetteer)), names[0] if names else None)
    return None if name is None or personal_name(name) else name  # `Нью-Йорк`, not `Нью-йорк`


def _in_gazetteer(name: str, gazetteer: str) -> bool:
    """The gazetteer index at `gazetteer` ('' = the shipped one) knows a place by this name."""
    from kg.link.gazetteer import index_kinds

    return bool((index_kinds(name, gazetteer) or frozenset()) & {"place", "country"})


def place_adjectives(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`по Киотскому протоколу`, `из Роттердамской галереи`, `во время Боснийской войны`: a
    capitalised adjective of a place (adjective_place) inside a sentence, before a lower-case word,
    outside every mention, names that place: the noun it qualifies is no name of its own (a
    treaty, an event, a building named by its town), while the capital shows the adjective is
    part of one. A sentence's or line's first word, and the first word inside quotes (a title:
    `«Георгиевская ленточка»`), are left alone: there the capital tells nothing."""
    taken = [(m.first, m.last) for m in mentions]
    added = []
    for t in a.tokens[1:-1]:
        nxt = a.tokens[t.index + 1]
        if not t.text[:1].isupper() or t.text.isupper() or not nxt.text[:1].islower() \
                or a.text[t.end:nxt.start] != " " or nxt.sent != t.sent or starts_line(a, t.index) \
                or a.text[:t.start].rstrip(" ").endswith(tuple("«\"„“'-—–")) \
                or any(first <= t.index <= last for first, last in taken):
            continue  # after a dash (`победил — Саранский клуб…`) a capital may open a clause
        lemma = adjective_lemma(t.text)
        place = adjective_place(lemma) if lemma else None
        if place is None or noun_lemma(nxt.text) in word_list("brand_product_nouns"):
            continue  # `Жигулёвского пива`: a brand named after the town, no mention of it
        added.append(NameMention(span(a.text, t.start, t.end), place, "place", True, t.index,
                                 t.index, derived=True))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def place_adjectives_before_persons(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Украинская лётчица`, `на Харьковского градоначальника`, `3-м Болгарским Патриархом`: a
    mention the NER made of a capitalised adjective of a place or country and a noun of a kind of
    person is the place alone: a person's kind is no part of a name, and the person it names is
    nameless (the adjective's capital shows only the place). A quoted title keeps its words
    (`газеты «Московский комсомолец»`)."""
    from kg.nlp.ru.person_nouns import person_word

    out = []
    for m in mentions:
        # a quoted title keeps its words (`газета «Московский комсомолец»`)
        quoted = a.text[:m.span.start].rstrip(" ").endswith(tuple("«\"„“'"))
        if m.last == m.first + 1 and m.kind in ("organization", "place", "person") and not quoted:
            adjective, noun = a.tokens[m.first], a.tokens[m.last]
            lemma = adjective_lemma(adjective.text) if adjective.text[:1].isupper() else None
            place = lemma and (country_names().get(lemma, (None,))[0] or adjective_place(lemma))
            head = noun_lemma(noun.text)
            # a plural kind of person with the place is a team's or an ensemble's name
            # (`Сибирские Снайперы`, `Кубанские казаки`), not one nameless person
            plural = noun.feats.get("Number") == "Plur"
            if place and head and person_word(head) and noun.text[1:].islower() and not plural:
                m = NameMention(span(a.text, adjective.start, adjective.end), place, "place",
                                True, adjective.index, adjective.index, derived=True)
        out.append(m)
    return out
