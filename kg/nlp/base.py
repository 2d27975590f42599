"""The protocol every language's extractor implements, and helpers shared by all languages."""

from __future__ import annotations

import re
from typing import Protocol

from kg.records import Document, Extraction, Span


class Extractor(Protocol):
    """Turns one document into extraction records; built once, then called per document."""

    def extract(self, document: Document) -> Extraction: ...


def span(text: str, start: int, end: int) -> Span:
    """A Span of `text` with its exact substring."""
    return Span(start, end, text[start:end])


def casefold_name(name: str) -> str:
    """The comparison key of a name: case-folded, `ё` → `е`, dashes and spaces normalised."""
    name = name.casefold().replace("ё", "е")
    name = re.sub(r"\s*[-‐‑–—]\s*", "-", name)
    return re.sub(r"\s+", " ", name).strip()
