"""Hand-made extractions for the linker tests: entities given by their surface forms in a text."""

from __future__ import annotations

from kg.link import annotate
from kg.records import Document, Entity, Extraction, Span


def make_extraction(text: str, *entities: tuple, events: tuple = ()) -> Extraction:
    """Entities as (key, kind, name, surface forms…[, dict of extra fields])."""
    out = []
    for key, kind, name, *forms in entities:
        extra = forms.pop() if forms and isinstance(forms[-1], dict) else {}
        mentions = []
        for f in forms:
            start = text.index(f)
            mentions.append(Span(start, start + len(f), f))
        out.append(Entity(key, kind, name, tuple(mentions), **extra))
    return Extraction(Document("t", text), tuple(out), events=events)


def linked_qid(x: Extraction, key: str) -> str | None:
    """The QID the linker gives entity `key` of `x`, or None."""
    e = annotate(x).entity(key)
    return e.link.qid if e.link else None
