"""Name keys shared by the gazetteer build and the linker, so both normalise a name the same way."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_QUOTES = re.compile(r"[«»\"„“”'`ʼ’]")
_DASH = re.compile(r"\s*[-‐‑–—]\s*")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The look-up key of a name: case-folded, `ё` → `е`, quotes dropped, dashes and spaces normalised."""
    name = _QUOTES.sub("", name.casefold().replace("ё", "е"))
    name = _DASH.sub("-", name)
    return _SPACE.sub(" ", name).strip(" .,;:()")


def label_words(label: str) -> list[str]:
    """The word keys of a label, a comma parting words as a space does (`Уильям, герцог
    Кембриджский` → `уильям`, `герцог`, `кембриджский`)."""
    return name_key(label.replace(",", " ")).split()


def has_upper(text: str) -> bool:
    """True when the text holds a capital letter (a proper name rather than a common noun)."""
    return any(ch.isupper() for ch in text)


def is_caps(name: str) -> bool:
    """An abbreviation written in capitals (`МИД`, `США`), which matches only names written so."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# the letters of each language's own alphabet (a name in another script is a foreign name)
_LETTERS = {"ru": re.compile(r"[а-яё]", re.IGNORECASE), "en": re.compile(r"[a-z]", re.IGNORECASE)}


def in_own_script(name: str, lang: str) -> bool:
    """Every letter of the name is one of the language's alphabet (`Верховный суд` in Russian;
    not `BBC`, not `Sky News Россия`); a language with no alphabet listed takes any letters."""
    letters = _LETTERS.get(lang)
    chars = [c for c in name if c.isalpha()]
    return bool(chars) and (letters is None or all(letters.match(c) for c in chars))


_ABBREVIATION = re.compile(r"^([A-ZА-ЯЁ]{2,})[a-zа-яё]{0,2}$")


def abbreviation(form: str) -> str | None:
    """`МИД` of `МИДа`, `НАТО` of `НАТО`: the capitals of an inflected abbreviation, else None."""
    m = _ABBREVIATION.match(form.strip())
    return m.group(1) if m else None


_DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class CaseEndings:
    """A language's case endings of names (kg/data/LANG/name_case_endings.tsv): which endings are
    cut to compare stems, which nominative endings each can be a case form of (`Донецке` is a form
    of `Донецк`, `Донецкой` of `Донецкая`, and `Луганск`, a nominative, of nothing else), and which
    can end a nominative. A language without the file has none: names then match only as written."""

    cut: tuple[str, ...] = ()  # longest first
    oblique: dict[str, tuple[str, ...]] = field(default_factory=dict)
    nominative: frozenset[str] = frozenset({""})


@functools.cache
def case_endings(lang: str) -> CaseEndings:
    """The case endings of `lang`'s names, read once from its data file."""
    rows = _data_rows(lang, "name_case_endings.tsv")
    oblique, nominative = {}, {""}
    for row in rows:
        ending, forms = row[0], row[1].split() if len(row) > 1 else []
        if forms:
            oblique[ending] = tuple("" if f == "0" else f for f in forms)
        if len(row) > 2 and row[2] == "nominative":
            nominative.add(ending)
    cut = tuple(sorted((r[0] for r in rows), key=len, reverse=True))
    return CaseEndings(cut, oblique, frozenset(nominative))


def _cut(word: str, endings: CaseEndings) -> tuple[str, str]:
    for ending in endings.cut:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)], ending
    return word, ""


@functools.lru_cache(maxsize=65536)
def stem_parts(name: str, lang: str) -> tuple[str, tuple[str, ...]]:
    """(the name key with each word's case ending cut, the ending cut from each word, in order)."""
    endings = case_endings(lang)
    words = [[_cut(p, endings) for p in w.split("-")] for w in name_key(name).split(" ")]
    return " ".join("-".join(p[0] for p in w) for w in words), tuple(p[1] for w in words for p in w)


def inflects(form: tuple[str, ...], base: tuple[str, ...], lang: str) -> bool:
    """Whether word endings `form` are an oblique case of `base` (same stems assumed): each word
    keeps its ending or takes one its case allows, and at least one word is inflected."""
    oblique = case_endings(lang).oblique
    return len(form) == len(base) and form != base and all(
        f == b or b in oblique.get(f, ()) for f, b in zip(form, base, strict=True))


def nominative_endings(endings: tuple[str, ...], lang: str) -> bool:
    """Every word ends as a nominative can (`Луганск`, `Донецкая`; not `Донецка`, a genitive)."""
    nominative = case_endings(lang).nominative
    return all(e in nominative for e in endings)


def stem_key(name: str, lang: str) -> str:
    """The name key with each word's case ending cut (stems of three letters or more are kept whole)."""
    return stem_parts(name, lang)[0]


def split_person(name: str) -> tuple[str, str] | None:
    """(first name, surname) keys of a person's name of two or more words, else None."""
    words = name_key(name).split(" ")
    if len(words) < 2:
        return None
    return words[0], words[-1]


# the endings of a Russian patronymic (`Васильевич`, `Борисовна`, `Ильинична`), as name keys
_PATRONYMIC_ENDINGS = ("вич", "вна", "чна")


def patronymic_key(key: str) -> bool:
    """A name key that ends as a Russian patronymic does (`васильевич`, `борисовна`)."""
    return len(key) > 5 and key.endswith(_PATRONYMIC_ENDINGS)


def first_names_agree(a: str, b: str) -> bool:
    """First names that can be one person's: equal, or one a short form of the other (`джо`/`джозеф`)."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _data_rows(lang: str, name: str) -> list[list[str]]:
    """The rows of kg/data/LANG/NAME (tab-separated, `#` comments and the header row left out); none
    when the language has no such file."""
    path = _DATA / lang / name
    if not path.exists():
        return []
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return [[c.strip() for c in r] for r in rows[1:]]


@functools.lru_cache(maxsize=8)
def seat_names(lang: str) -> frozenset[str]:
    """Names of a building that houses one body (kg/data/LANG/seat_bodies.txt, casefolded, `ё`
    written `е`): the extractor decides by context whether a mention means the building or the
    body, so a place so named is the building, not the body tagged as a place."""
    path = _DATA / lang / "seat_bodies.txt"
    if not path.exists():
        return frozenset()
    return frozenset(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#"))


@functools.lru_cache(maxsize=8)
def _adjective_endings(lang: str) -> tuple[str, ...]:
    """The language's adjective endings (kg/data/LANG/adjective_endings.tsv), longest first."""
    return tuple(sorted((r[0] for r in _data_rows(lang, "adjective_endings.tsv")), key=len, reverse=True))


def adjective_form(word: str, lang: str) -> bool:
    """The word ends as only an adjective does (kg/data/LANG/adjective_endings.tsv), five letters
    or more: `Административный`, `Немецким`; not `Думой`, `Комитетом`, which nouns end so too.
    A hyphenated word is read by its last part (`Санкт-Петербургский`, `Восточно-Казахстанская`)."""
    parts = word.lower().split("-")
    w = parts[-1]
    return (all(p.isalpha() for p in parts) and len(w) >= 5
            and any(w.endswith(e) for e in _adjective_endings(lang)))


def _starts_stem(word: str, stem: str) -> bool:
    """A word begins with the stem (any case ending); a stem ending in `$` is a whole word."""
    return word == stem[:-1] if stem.endswith("$") else word.startswith(stem)


@functools.cache
def type_cues(lang: str) -> tuple[tuple[str, str], ...]:
    """(stem, `city` | `region`) rows of kg/data/LANG/type_cues.tsv; a stem ending in `$` is a
    whole word (`край$`: `крайне` is no region word)."""
    return tuple((r[0], r[1]) for r in _data_rows(lang, "type_cues.tsv") if len(r) >= 2)


@functools.cache
def type_cue_wholes(lang: str) -> frozenset[str]:
    """Name keys of kg/data/LANG/type_cue_wholes.tsv: type words in the plural that, before a name
    in an oblique case, name the places its bearer holds (`штатов Венесуэлы`), not its kind."""
    return frozenset(name_key(r[0]) for r in _data_rows(lang, "type_cue_wholes.tsv") if r and r[0])


@functools.lru_cache(maxsize=65536)
def type_word(word: str, lang: str) -> str | None:
    """`city` or `region` when the word names a kind of place (`штате`, `городе`, `края`), else
    None. (Cached: the linker asks it of every word around every name, against every stem.)"""
    word = name_key(word)
    return next((selects for stem, selects in type_cues(lang) if _starts_stem(word, stem)), None)


@functools.cache
def title_cues(lang: str) -> tuple[str, ...]:
    """Stems of kg/data/LANG/title_cues.tsv: titles of royals, clergy and peers (`принц`,
    `папа$`); a stem ending in `$` is a whole word."""
    return tuple(r[0] for r in _data_rows(lang, "title_cues.tsv"))


@functools.lru_cache(maxsize=65536)
def title_word(word: str, lang: str) -> str | None:
    """The title stem a word begins with (`принца` → `принц`, `Папа` → `папа$`), else None.
    (Cached: the linker asks it of every word around every name.)"""
    word = name_key(word)
    return next((stem for stem in title_cues(lang) if _starts_stem(word, stem)), None)


@functools.cache
def name_conjunctions(lang: str) -> frozenset[str]:
    """Words of kg/data/LANG/name_conjunctions.tsv that join two names under one title before
    them (`принцы Чарльз и Гарри`)."""
    return frozenset(r[0] for r in _data_rows(lang, "name_conjunctions.tsv"))


def names_region(name: str, lang: str) -> bool:
    """A name that says it is a region's (`Белгородская область`, `Пермский край`), not a bare
    name."""
    return any(type_word(w, lang) == "region" for w in re.split(r"[\s-]+", name_key(name)) if w)


def country_at_end(name: str, countries_of: Callable[[str], set[str]]) -> str | None:
    """The one country a name ends with (`Следственный комитет Белоруссии` → Belarus), by looking
    its last one or two words up with `countries_of` (name key → country QIDs); None if none or
    several."""
    words = name_key(name).split(" ")
    found: set[str] = set()
    for n in (1, 2):
        if len(words) > n:
            found |= countries_of(" ".join(words[-n:]))
    return next(iter(found)) if len(found) == 1 else None
