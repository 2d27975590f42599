"""Verbs that open a sentence capitalised (`Арестован …`, `Скончался …`), read as verbs, not names.

Natasha's tagger takes a capitalised first word for a name or an adjective, so a headline that
starts with its verb (`Возглавил партию Андрей Козлов`) loses both its trigger and its subject.
A word the dictionary knows only as a verb form is tagged and parsed in lower case, and, should
the tagger still not read it as a verb, given the dictionary's reading.
"""

from __future__ import annotations

import functools
from typing import Any

# what a capitalised verb is taken for; a tag of VERB or AUX is left as it is
_MISREAD = {"PROPN", "ADJ", "NOUN", "X"}
_VERBAL = {"VERB", "PRTS", "GRND", "INFN"}
# a dictionary reading that may be a name: such a word is left to the tagger
_NAMELIKE = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}

_FEATS = {
    "perf": ("Aspect", "Perf"), "impf": ("Aspect", "Imp"),
    "masc": ("Gender", "Masc"), "femn": ("Gender", "Fem"), "neut": ("Gender", "Neut"),
    "sing": ("Number", "Sing"), "plur": ("Number", "Plur"),
    "past": ("Tense", "Past"), "pres": ("Tense", "Pres"), "futr": ("Tense", "Fut"),
    "1per": ("Person", "1"), "2per": ("Person", "2"), "3per": ("Person", "3"),
    "indc": ("Mood", "Ind"), "impr": ("Mood", "Imp"),
    "pssv": ("Voice", "Pass"), "actv": ("Voice", "Act"),
}
_CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins",
          "loct": "Loc"}
_FORMS = {"VERB": {"VerbForm": "Fin"}, "PRTS": {"VerbForm": "Part", "Variant": "Short"},
          "GRND": {"VerbForm": "Conv"}, "INFN": {"VerbForm": "Inf"}}


def opens_with_verb(word: str, vocab: Any) -> bool:
    """A capitalised word that the dictionary knows, and knows only as a verb form."""
    if len(word) < 3 or not word[0].isupper() or word.isupper() or not word.isalpha():
        return False
    return only_verb(word, vocab)


def only_verb(word: str, vocab: Any) -> bool:
    """The dictionary knows the word, and knows it only as a verb form."""
    return _known_only_as(word, vocab, _VERBAL)


def _known_only_as(word: str, vocab: Any, kinds: set[str]) -> bool:
    """The dictionary knows the word, and every reading it has is of one of `kinds` (its parts of
    speech) and none may be a name."""
    return _known_only_as_cached(word, vocab, frozenset(kinds))


@functools.lru_cache(maxsize=65536)
def _known_only_as_cached(word: str, vocab: Any, kinds: frozenset[str]) -> bool:
    # (cached: every sentence's first word and every adjective ask, and words recur)
    if not vocab.word_is_known(word.lower()):
        return False
    parses = vocab.parse(word.lower())
    return bool(parses) and all(p.tag.POS in kinds and not (_NAMELIKE & p.tag.grammemes)
                                for p in parses)


def _ud_feats(p: Any, feats: dict[str, str]) -> dict[str, str]:
    """`feats` with the UD features of the dictionary reading `p`'s grammemes added (those
    `feats` already has stay)."""
    for g in p.tag.grammemes:
        if g in _FEATS:
            key, value = _FEATS[g]
            feats.setdefault(key, value)
    return feats


def misread_yo_verb(word: str, pos: str, vocab: Any) -> bool:
    """A verb form written with `ё` (`передаёт`, `перевёлся`) that the tagger took for a noun or
    a name: its model mostly saw `е`, and the dictionary knows the word only as a verb."""
    return "ё" in word.lower() and pos in ("NOUN", "PROPN", "X") and word.isalpha() \
        and len(word) >= 3 and only_verb(word, vocab)


def yo_participle(word: str, vocab: Any) -> bool:
    """A full participle written with `ё` (`награждённый`, `прилетевшая`) that the dictionary
    knows only as a verb form: the tagger, whose model mostly saw `е`, takes it for an adjective
    with a wrong case, so it is tagged and parsed written with `е` (kg.nlp.ru.analysis)."""
    low = word.lower()
    if "ё" not in low or not word.isalpha() or len(word) < 5 or not vocab.word_is_known(low):
        return False
    parses = vocab.parse(low)
    return any(p.tag.POS == "PRTF" for p in parses) and all(
        p.tag.POS in _VERBAL | {"PRTF"} and not (_NAMELIKE & p.tag.grammemes) for p in parses)


def only_participle(word: str, vocab: Any) -> bool:
    """The dictionary knows the word, and knows it only as a full participle (`награждённая`,
    `прилетевший`; not `убитый` or `избранный`, which it also knows as adjectives)."""
    return word.isalpha() and len(word) >= 5 and _known_only_as(word, vocab, {"PRTF"})


def participle_reading(word: str, vocab: Any, case: str | None) -> tuple[str, str,
                                                                          dict[str, str]]:
    """Lemma, part of speech and UD features of a full participle the tagger took for an
    adjective or a name: the dictionary's reading in `case` (the case of the noun it is hung
    on) when it has one, else its first. The tagger's own case is not kept: it copies the case of
    the word after it (`награждённая медалью` tagged instrumental)."""
    parses = vocab.parse(word.lower())
    p = next((q for q in parses if _CASES.get(q.tag.case or "") == case), parses[0])
    feats = _ud_feats(p, {"VerbForm": "Part"})
    if p.tag.case in _CASES:
        feats["Case"] = _CASES[p.tag.case]
    return p.normal_form, "VERB", feats


def misread(pos: str) -> bool:
    """The tagger's part of speech for an opening verb it did not read as one."""
    return pos in _MISREAD


def verb_reading(word: str, vocab: Any) -> tuple[str, str, dict[str, str]]:
    """Lemma, part of speech and UD features of the dictionary's first reading of a verb form."""
    p = vocab.parse(word.lower())[0]
    feats = _ud_feats(p, dict(_FORMS[p.tag.POS]))
    if p.tag.POS == "VERB" and "Voice" not in feats:
        feats["Voice"] = "Act"
    return p.normal_form, "VERB", feats
