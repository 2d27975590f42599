"""One unknown place or body name written in several cases: one entity, named in the nominative."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from kg.nlp.ru.analysis import Analysis
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.lexicon import table
from kg.nlp.ru.models import load_models, word_parses

# the shortest stem a case ending is cut from (`Орла` → `Орл`: `Ор` + `ла` is no reading)
_MIN_STEM = 3


@functools.cache
def _declensions() -> tuple[tuple[str, str, tuple[tuple[str, frozenset[str]], ...]], ...]:
    """(declension, nominative ending, ((ending, cases), …)) of kg/data/ru/name_declensions.tsv,
    in the file's order (the earlier declension wins a tie)."""
    rows: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name, ending, cases in table("name_declensions"):
        rows.setdefault(name, []).append(("" if ending == "0" else ending,
                                          frozenset(cases.split(","))))
    return tuple((name, next(e for e, c in endings if "Nom" in c), tuple(endings))
                 for name, endings in rows.items())


def _stems(word: str, endings: Sequence[tuple[str, frozenset[str]]]) -> dict[str, frozenset[str]]:
    """The stems `word` has in one declension, each with the cases the word is in there."""
    out: dict[str, frozenset[str]] = {}
    low = word.lower()
    for ending, cases in endings:
        stem = low[:len(low) - len(ending)]
        # a stem ends in a consonant, a soft sign or `и` (`Колумби-я`), never in another vowel
        if low.endswith(ending) and len(stem) >= _MIN_STEM and stem[-1] not in "аеёоуыэюя":
            out[stem] = out.get(stem, frozenset()) | cases
    return out


def _nominatives(forms: dict[str, list[str | None]]) -> list[tuple[tuple[int, ...], str]]:
    """Each reading of the written forms (form → the cases the tagger gave its mentions) as case
    forms of one stem in one declension: (its score, its nominative). The score counts the
    mentions whose tagged oblique case the reading gives the form, then the forms the
    morphology's guess puts in that nominative, then the mentions tagged nominative that the
    reading reads so (the tagger's default for a word it does not know, so the weakest), then
    prefers the declension listed first."""
    out = []
    for rank, (_name, nom_ending, endings) in enumerate(_declensions()):
        per_form = {f: _stems(f, endings) for f in forms}
        common = set.intersection(*(set(s) for s in per_form.values()))
        for stem in common:
            nominative = stem + nom_ending
            fits = [c for f, cases in forms.items() for c in cases if c in per_form[f][stem]]
            guessed = sum(1 for f in forms
                          if any(p.normal.replace("ё", "е") == nominative for p in word_parses(f)))
            oblique = sum(1 for c in fits if c != "Nom")
            out.append(((oblique, guessed, len(fits) - oblique, -rank), nominative))
    return out


def _one_word(m: NameMention, a: Analysis) -> str | None:
    """The mention's written word where it is one Cyrillic word unknown to the dictionary, written
    with a capital and not in capitals (an abbreviation does not decline), else None."""
    if m.derived or m.first != m.last:
        return None
    word = a.tokens[m.first].text
    if not word[:1].isupper() or word.isupper() or not word.isalpha() \
            or not all("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in word):
        return None
    # a word the dictionary knows has its lemma from the normaliser already
    return None if load_models().morph_vocab.word_is_known(word.lower()) else word


def _case(a: Analysis, index: int) -> str | None:
    """The token's case as the tagger gives it, but a "nominative" that depends on a noun with no
    preposition (`Мэр Кряжинска`, the nmod of `Мэр`) is a genitive: the tagger reads an unknown
    word as nominative where its ending tells nothing it knows, while the syntax does."""
    t = a.tokens[index]
    case = t.feats.get("Case")
    if case == "Nom" and t.rel == "nmod" and t.head is not None \
            and a.tokens[t.head].pos in ("NOUN", "PROPN") \
            and not any(x.head == index and x.rel == "case" for x in a.tokens):
        return "Gen"
    return case


def one_name_in_cases(a: Analysis, groups: list[list[NameMention]]) -> list[list[NameMention]]:
    """`В центре Лиманска … в Лиманске`: groups of mentions of a place or body (one group a
    normalised name) whose one word, unknown to the dictionary, is written in forms that are case
    forms of one stem in one declension of kg/data/ru/name_declensions.tsv are one group, and its
    mentions are named by the nominative of the reading the tagger's cases fit best (`Лиманска`
    as a genitive, `Лиманске` as a locative: `Лиманск`), whatever kinds the tagger gave them (one
    name is one entity, as one normalised name is). Groups of a word the dictionary knows, of
    several words, or whose forms no one stem gives (`Ивановка`, `Иваново`) stay apart."""
    merged: list[tuple[dict[str, list[str | None]], list[list[NameMention]]]] = []
    out: list[list[NameMention]] = []
    for g in groups:
        words = [_one_word(m, a) for m in g]
        if not g or any(w is None for w in words):
            out.append(g)
            continue
        forms: dict[str, list[str | None]] = {}
        for m, w in zip(g, words, strict=True):
            forms.setdefault(w.lower().replace("ё", "е"), []).append(_case(a, m.first))
        for seen, members in merged:
            both = {f: [*seen.get(f, []), *forms.get(f, [])] for f in {*seen, *forms}}
            if _nominatives(both):
                seen.clear()
                seen.update(both)
                members.append(g)
                break
        else:
            merged.append((forms, [g]))
    for forms, members in merged:
        readings = _nominatives(forms)
        if len(members) == 1 and len(forms) == 1 or not readings:
            out.extend(members)  # one group of one form: the normaliser's name stands
            continue
        mentions = [m for g in members for m in g]
        _score, nominative = max(readings)
        written = a.tokens[mentions[0].first].text
        name = written[:1] + nominative[1:]
        out.append([dataclasses.replace(m, name=name) for m in mentions])
    return out
