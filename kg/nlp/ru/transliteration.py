"""One spelling key for two Russian transliterations of one foreign name (`Кабельо` / `Кабейо`)."""

from __future__ import annotations

import functools
import re

from kg.nlp.ru.lexicon import table


@functools.cache
def _variants() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rows of kg/data/ru/transliteration_variants.tsv as (pattern, replacement)."""
    out = []
    for written, read_as, before in table("transliteration_variants"):
        ahead = "" if before == "*" else f"(?=[{before}])"
        out.append((re.compile(re.escape(written) + ahead), read_as))
    return tuple(out)


def spelling_key(word: str) -> str:
    """The case-folded word with each transliteration variant read one way: `Кабельо` and
    `Кабейо` both give `кабейо`, `Бэкстен` and `Бекстэн` both `бекстен`."""
    key = word.casefold()
    for pattern, read_as in _variants():
        key = pattern.sub(read_as, key)
    return key
