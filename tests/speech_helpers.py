"""What the speech tests read off a text they invent: its statements and its entities' names."""

from __future__ import annotations

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities
from kg.nlp.ru.speech import find_statements
from kg.records import Document, Statement


def statements(text: str) -> tuple[tuple[Statement, ...], dict[str, str]]:
    """The statements the speech stage finds in `text`, and entity key → name."""
    a = analyse(text)
    entities = find_entities(a)
    names = {e.key: e.name for e in entities}
    return tuple(find_statements(a, entities, Document(id="t", text=text))), names


def statements_with_text(text: str) -> tuple[tuple[Statement, ...], dict[str, str], str]:
    """`statements(text)` and the text itself, for tests that read spans back out of it."""
    return (*statements(text), text)


def said(text: str) -> list[tuple[str | None, str | None, bool, str]]:
    """(speaker, source, anonymous, words) of each statement of `text`, names as written."""
    sts, names = statements(text)
    out = []
    for s in sts:
        words = " ".join(p.text for p in (s.quote, s.content) if p is not None)
        out.append((names.get(s.speaker) if s.speaker else None,
                    names.get(s.source) if s.source else None, bool(s.anonymous_source), words))
    return out


def said_once(text: str) -> tuple[str | None, str | None, bool, str]:
    """The one statement of `text` (fails when there are none or several)."""
    found = said(text)
    assert len(found) == 1, found
    return found[0]
