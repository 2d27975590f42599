"""The protocol every language's extractor implements, and helpers shared by all languages."""

from __future__ import annotations

import functools
import re
from typing import Protocol

from kg.records import Document, Extraction, Span


class Extractor(Protocol):
    """Turns one document into extraction records; built once, then called per document."""

    def extract(self, document: Document) -> Extraction: ...

    def refuses(self, text: str) -> str | None:
        """Why this extractor cannot read `text` (another language), or None; models not needed."""

    def warm_up(self) -> None:
        """Load what extraction needs (models, vocabularies) now rather than on first use."""


def script_share(text: str, letters: re.Pattern[str]) -> tuple[int, int]:
    """(letters of the script `letters` matches, all letters) in `text`."""
    ours = len(letters.findall(text))
    return ours, sum(1 for c in text if c.isalpha())


def span(text: str, start: int, end: int) -> Span:
    """A Span of `text` with its exact substring."""
    return Span(start, end, text[start:end])


_DASH = re.compile(r"\s*[-‐‑–—]\s*")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def casefold_name(name: str) -> str:
    """The comparison key of a name: case-folded, `ё` → `е`, dashes and spaces normalised.
    (Cached: the passes over a document's mentions ask it of the same names again and again.)"""
    name = name.casefold().replace("ё", "е")
    name = _DASH.sub("-", name)
    return _SPACES.sub(" ", name).strip()


def one_edit(a: str, b: str) -> bool:
    """The two words differ by exactly one added, dropped or changed letter, or two neighbouring
    letters swapped (a misspelling, a transliteration variant)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
