"""Deity names used as a person's name (`Господь`, `Христос`): a person mention the NER misses."""

from __future__ import annotations

import functools

from kg.nlp.base import span
from kg.nlp.ru.analysis import Analysis, opens_sentence
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.lexicon import table
from kg.nlp.ru.models import word_parses
from kg.nlp.ru.name_types import function_word


@functools.cache
def _deity_names() -> dict[str, str]:
    """kg/data/ru/deity_names.tsv: a deity's word (lower case) → the entity's name."""
    return {r[0]: r[1] for r in table("deity_names") if len(r) > 1}


@functools.lru_cache(maxsize=4096)
def _deity(word: str) -> str | None:
    """The entity's name (kg/data/ru/deity_names.tsv) of the deity this word is a case form of, if
    any; the vocative (`Господи`, an exclamation) is none."""
    names = _deity_names()
    if word.lower() in names:
        return names[word.lower()]
    for p in word_parses(word):
        if p.normal.lower() in names and "NOUN" in p.tag and "voct" not in p.tag:
            return names[p.normal.lower()]
    return None


def _title_start(a: Analysis, start: int) -> bool:
    """The word opens a quoted title (`«Господь Вседержитель»`, `«Христос в пустыне»`); a deity
    inside quoted speech (`«Пусть Господь хранит …»`) is still the person."""
    return a.text[:start].rstrip(" ").endswith(("«", "\"", "„", "“"))


def deity_persons(a: Analysis, mentions: list[NameMention]) -> list[NameMention]:
    """`Господь ему судья`, `что Христос учит`: a capitalised deity name standing alone (no
    capitalised word right before or after it: `Иисус Христос` and `храма Христа Спасителя` are
    the NER's or another name's), outside every mention and not opening a quoted title, is a
    person, as NEREL marks it; the NER leaves it untagged, reading it as a common noun."""
    added: list[NameMention] = []
    for t in a.tokens:
        if not t.text[:1].isupper() or t.text.isupper():
            continue
        name = _deity(t.text)
        if name is None or any(m.first <= t.index <= m.last for m in mentions):
            continue
        # (a capitalised neighbour in the same sentence makes a longer name of it; `Пусть`, `Да`
        # after an opening quote are words of the sentence)
        near = [a.tokens[i] for i in (t.index - 1, t.index + 1) if 0 <= i < len(a.tokens)]
        if any(n.sent == t.sent and n.text[:1].isupper() and n.text[:1].isalpha()
               and a.text[min(n.end, t.end):max(n.start, t.start)].strip(" -") == ""
               and not opens_sentence(a, n) and not function_word(n.text) for n in near):
            continue
        if _title_start(a, t.start):
            continue
        added.append(NameMention(span(a.text, t.start, t.end), name, "person",
                                 t.feats.get("Case") == "Nom", t.index, t.index))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions
