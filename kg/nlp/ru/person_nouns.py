"""Common nouns written with a capital that the tagger takes for names (`Певец скончался`,
`Художница умерла`, `Президент подписал`): read as the nouns they are.

Natasha's tagger calls a capitalised common noun inside a sentence (and often at its start) a
proper noun, and its NER may tag it as a person; the noun then reaches neither the reference
resolver nor the event roles, and the event loses its actor or gets a person named `Певец`. A word
the dictionary knows only as a noun, never as a name, a place or an abbreviation, is such a noun.
"""

from __future__ import annotations

import functools

from kg.nlp.ru.analysis import Token
from kg.nlp.ru.name_types import common_word


@functools.lru_cache(maxsize=65536)
def _noun_readings(word: str) -> tuple[bool, bool]:
    """(every dictionary reading is a noun, every one is animate and one is a nominative
    singular) for a word in lower case."""
    from kg.nlp.ru.models import word_parses

    parses = word_parses(word)
    nouns = bool(parses) and all(p.tag.POS == "NOUN" for p in parses)
    return nouns, nouns and all("anim" in p.tag.grammemes for p in parses) and any(
        {"nomn", "sing"} <= set(p.tag.grammemes) for p in parses)


def person_word(word: str) -> bool:
    """A word in lower case that the dictionary knows only as an animate noun with a nominative
    singular reading (`певица`, `актёр`)."""
    return _noun_readings(word)[1]


def common_noun(t: Token) -> bool:
    """A token tagged as a proper noun, capitalised, that the dictionary knows only as a common
    noun (`Певец`, `Суд`, `Президент`): no name, however it is written."""
    word = t.text
    if t.pos != "PROPN" or len(word) < 3 or not word[:1].isupper() or word.isupper() \
            or not word.replace("-", "").isalpha():
        return False
    return common_word(word) and _noun_readings(word.lower())[0]


def person_noun(t: Token) -> bool:
    """A `common_noun` that names a kind of person, written as its nominative singular (`Певец`,
    `Китаянка`): alone it names no one. An oblique form (`Кота`, a common noun's genitive) may be
    a foreign name the dictionary does not know, and stays one."""
    return common_noun(t) and _noun_readings(t.text.lower())[1]
