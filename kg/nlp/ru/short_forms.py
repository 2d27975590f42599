"""Short forms of a name the text gave whole earlier: `Петербург` after `Санкт-Петербург`."""

from __future__ import annotations

import functools
import re

from kg.nlp.ru.lexicon import norm, table

# a name's words: spaces and hyphens part them (`Санкт-Петербург`), the dots of `Inc.` go
_WORD = re.compile(r"[^\s\-–—«»\"„“”'.,()]+")


@functools.cache
def _droppable() -> dict[str, str]:
    """The words of kg/data/ru/short_form_words.tsv and their class."""
    return {norm(row[0]): row[1] for row in table("short_form_words")}


@functools.cache
def _countries() -> dict[str, str]:
    """The one-word country names of kg/data/ru/country_adjectives.tsv, by their stem (the word
    without its last letter, `росси` for `Россия`): a body's country written in the genitive."""
    names = {n for row in table("country_adjectives") for n in row[1].split("|")}
    return {_stem(n): norm(n) for n in names if " " not in n.strip()}


def _stem(word: str) -> str:
    w = norm(word)
    return w if len(w) <= 3 or w.isupper() else w[:-1]


def words(name: str) -> list[str]:
    """The words of a name, case-folded, `ё` read as `е`."""
    return [norm(w) for w in _WORD.findall(name)]


def _dropped_ok(word: str, position: str, whole: list[str]) -> bool:
    """Whether a word the short form lacks is one a name may be written without: a place's
    hyphenated first part, a legal form, a country in the genitive after a body's name."""
    kind = _droppable().get(word)
    if kind == "prefix":
        return position == "start"
    if kind == "legal":
        return True
    country = _countries().get(_stem(word))
    # `ФСБ России`: the body of a country; `Газпром Армения` (the nominative) is a branch
    return position == "end" and country is not None and (country != word or len(word) <= 3)


def short_form_of(short: str, whole: str) -> bool:
    """Whether `short` is `whole` written without words a name is often written without: the
    words of `short` open or close `whole` in order, and every other word of `whole` is
    droppable (`Петербург` of `Санкт-Петербург`, `Apple` of `Apple Inc.`, `ФСБ` of `ФСБ
    России`; never `Корея` of `Южная Корея`)."""
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
    return all(_dropped_ok(x, position, w) for x in rest)
