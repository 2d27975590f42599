"""Reads the Russian word lists in kg/data/ru/ (data, not code): one entry per line, # comments."""

from __future__ import annotations

import functools
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "ru"


@functools.lru_cache(maxsize=65536)
def norm(word: str) -> str:
    """The key a word is compared by in the word lists: case-folded, `ё` written `е`. (Cached:
    the speech and event passes ask it of every word several times.)"""
    return word.casefold().replace("ё", "е")


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The set of entries of kg/data/ru/<name>.txt."""
    lines = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#"))


@functools.cache
def normed_words(name: str) -> frozenset[str]:
    """The entries of kg/data/ru/<name>.txt case-folded, `ё` read as `е` (`norm`): for tests
    of a token's normalised lemma."""
    return frozenset(norm(w) for w in word_list(name))


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of the tab-separated kg/data/ru/<name>.tsv, header and comments skipped."""
    return table_file(DATA_DIR / f"{name}.tsv")


@functools.cache
def table_file(path: Path) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated file in the format of kg/data/ru/*.tsv (a learned table
    somewhere else), header and comments skipped."""
    rows = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        rows.append(tuple(c.strip() for c in ln.split("\t")))
    return tuple(rows[1:])


@functools.cache
def possessives(persons: str = "123r", lemmas: bool = False) -> frozenset[str]:
    """The possessive pronouns of kg/data/ru/possessives.tsv of the given persons (`1`, `2`, `3`,
    `r` for the reflexive), as written; with `lemmas`, also the lemmas the tagger gives them."""
    rows = [r for r in table("possessives") if r[1] in persons]
    return frozenset(r[0] for r in rows) | (frozenset(r[2] for r in rows) if lemmas else frozenset())


@functools.cache
def rule_words(kind: str) -> frozenset[str]:
    """The words of one kind in kg/data/ru/rule_words.tsv (`death_noun`, `post_noun`, …): small
    word classes single rules test for."""
    words = frozenset(w for k, w in table("rule_words") if k == kind)
    if not words:
        raise KeyError(f"rule_words.tsv has no words of the kind {kind!r}")
    return words


@functools.cache
def class_group(name: str) -> frozenset[str]:
    """The event classes of one family in kg/data/ru/event_class_groups.tsv (`legal_acts`,
    `done_to_people`, …): the classes single rules test an event's class against."""
    classes = frozenset(c for g, c in table("event_class_groups") if g == name)
    if not classes:
        raise KeyError(f"event_class_groups.tsv has no family {name!r}")
    return classes


@functools.cache
def again_words(kind: str) -> frozenset[str]:
    """Words that make an act one more of its kind (`again`: "снова задержан", `also`: "также",
    `other`, `new`) or count it with `раз` (`count`: "ещё раз", "в очередной раз"), from
    kg/data/ru/again_words.tsv, normalised as `norm` does."""
    return frozenset(norm(w) for w, k in table("again_words") if k == kind)
