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
