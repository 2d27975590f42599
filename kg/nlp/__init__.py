"""Text → extraction records. `extract(document)` picks the extractor registered for the language.

Each language lives in its own subpackage and registers here by name, lazily imported, so adding a
language touches nothing outside its own module and this table.
"""

from __future__ import annotations

import importlib

from kg.errors import InputError
from kg.nlp.base import Extractor
from kg.records import Document, Extraction

_EXTRACTORS: dict[str, str] = {
    "ru": "kg.nlp.ru:RussianExtractor",
}
_LOADED: dict[str, Extractor] = {}


def languages() -> list[str]:
    return sorted(_EXTRACTORS)


def extractor_for(lang: str) -> Extractor:
    """The extractor of `lang`, built once per process (models load once)."""
    if lang not in _EXTRACTORS:
        raise InputError(f"language {lang!r} is not supported; supported: {', '.join(languages())}")
    if lang not in _LOADED:
        module_name, _, cls_name = _EXTRACTORS[lang].partition(":")
        _LOADED[lang] = getattr(importlib.import_module(module_name), cls_name)()
    return _LOADED[lang]


def refusal(text: str, lang: str) -> str | None:
    """Why the extractor of `lang` cannot read `text` (it is in another language), or None."""
    refuses = getattr(extractor_for(lang), "refuses", None)
    return refuses(text) if refuses is not None else None


def extract(document: Document, settings=None) -> Extraction:
    """Run the language's pipeline on one document; `settings` (kg.settings.Settings) reach the
    extractor's `configure` first, when it has one (the Russian one: its learned parts)."""
    extractor = extractor_for(document.lang)
    configure = getattr(extractor, "configure", None)
    if settings is not None and configure is not None:
        configure(settings)
    return extractor.extract(document)
