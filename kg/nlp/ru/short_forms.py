"""Short forms of a name the text also gives whole (`Петербург`, `СК` of a body and its country)."""

from __future__ import annotations

import functools
import re

from kg.nlp.ru.lexicon import norm, table
from kg.nlp.ru.name_types import country_name_set, noun_lemma

# a name's words: spaces and hyphens part them (`Санкт-Петербург`), the dots of `Inc.` go
_WORD = re.compile(r"[^\s\-–—«»\"„“”'.,()]+")


@functools.cache
def _droppable() -> dict[str, str]:
    """The words of kg/data/ru/short_form_words.tsv and their class."""
    return {norm(row[0]): row[1] for row in table("short_form_words")}


def words(name: str) -> list[str]:
    """The words of a name, case-folded, `ё` read as `е`."""
    return [norm(w) for w in _WORD.findall(name)]


def _dropped_ok(word: str, position: str) -> bool:
    """Whether a word the short form lacks is one a name may be written without: a place's
    hyphenated first part, a company's legal form. (A body's country, `ФСБ России` → `ФСБ`, is not:
    NEREL keeps `МВД` apart from `МВД России` about as often as it joins them, and joins them
    through one Wikidata item, which the linker already finds for both.)"""
    kind = _droppable().get(word)
    return kind == "legal" or kind == "prefix" and position == "start"


def short_form_of(short: str, whole: str) -> bool:
    """Whether `short` is `whole` written without words a name is often written without: the
    words of `short` open or close `whole` in order, and every other word of `whole` is
    droppable (`Петербург` of `Санкт-Петербург`, `Apple` of `Apple Inc.`; never `Корея` of
    `Южная Корея`)."""
    s, w = words(short), words(whole)
    if not s or len(s) >= len(w):
        return False
    n = len(s)
    if w[:n] == s:
        rest, position = w[n:], "end"
    elif w[-n:] == s:
        rest, position = w[:-n], "start"
    else:
        return False
    return all(_dropped_ok(x, position) for x in rest)


# an abbreviation: capital letters only, two to six of them (`СК`, `НБ`, `ФСО`, `BBN`)
_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁ]{2,6}$")


@functools.cache
def _countries() -> frozenset[str]:
    """Country names of kg/data/ru/country_adjectives.tsv, case-folded (`белоруссия`, `рф`)."""
    return frozenset(norm(n) for n in country_name_set())


def _country(word: str) -> bool:
    """Whether a word of a name is a country's name in any case (`Казахстана`, `РФ`)."""
    return norm(word) in _countries() or norm(noun_lemma(word) or "") in _countries()


def _letters(short: str, whole: str) -> tuple[str, list[str]] | None:
    """The first letters of the words of `whole` that an abbreviation has letters for (`и`, `по`,
    `of` have none: class `skipped` of kg/data/ru/short_form_words.tsv), and those words; None
    where `short` is no abbreviation (capitals only, two to six)."""
    if not _ABBREVIATION.match(short):
        return None
    kept = [w for w in _WORD.findall(whole) if _droppable().get(norm(w)) != "skipped"]
    return "".join(w[0] for w in kept).upper(), kept


def country_abbreviation_of(short: str, whole: str) -> bool:
    """Whether `short` is the abbreviation of `whole` without its last word, a country (`СК` of
    `Следственный комитет Казахстана`, `ФСО` of `Федеральная служба охраны Бразилии`; never `СВ`
    of `Строгановское высшее художественное училище`): a short form, which the whole name tells
    apart from the same body of another country. (The abbreviation of every word, `МОК`, is
    joined after linking, where a link it reached alone can keep it apart:
    `kg.link.identity.join_abbreviations`.)"""
    found = _letters(short, whole)
    return found is not None and len(found[1]) >= 3 and found[0][:-1] == short.upper() \
        and _country(found[1][-1])
