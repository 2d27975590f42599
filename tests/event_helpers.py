"""What the event tests read off the extraction of a sentence they invent: each event with the
names of its actors, the text taken as published on 1 March 2023."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest

from kg.nlp.ru import events
from kg.pipeline import extract as _extract
from kg.pipeline import make_document
from kg.records import Extraction

PUBLISHED = date(2023, 3, 1)


def lemmatised_as(monkeypatch, word: str, lemma: str) -> None:
    """The analysis as the lemmatiser sometimes gives it: every `word` (any case) with `lemma`
    (`отстранённый` kept with its `ё`)."""
    import kg.nlp.ru as ru

    real = ru.analyse

    def analyse(text):
        a = real(text)
        tokens = tuple(dataclasses.replace(t, lemma=lemma) if t.text.lower() == word else t
                       for t in a.tokens)
        return dataclasses.replace(a, tokens=tokens)

    monkeypatch.setattr(ru, "analyse", analyse)


class Described(NamedTuple):
    """One event as a test reads it: its class, its actors by name, factuality and year."""

    kind: str
    agents: frozenset[str]
    targets: frozenset[str]
    others: frozenset[str]
    factuality: str
    year: int | None

    @property
    def actors(self) -> frozenset[str]:
        return self.agents | self.targets | self.others


def extract(text: str, published: date | None = PUBLISHED) -> Extraction:
    return _extract(make_document(text, id="t", published=published))


def described(text: str, published: date | None = PUBLISHED) -> list[Described]:
    """Each event of the text, in the extractor's order."""
    x = extract(text, published)
    name = {e.key: e.name for e in x.entities}
    return [Described(ev.kind, frozenset(name[k] for k in ev.agents),
                      frozenset(name[k] for k in ev.targets), frozenset(name[k] for k in ev.others),
                      ev.factuality, ev.time.year if ev.time else None) for ev in x.events]


@pytest.fixture
def shipped_lexicon(monkeypatch):
    """The shipped trigger lexicons, whatever the environment says (a module that imports this
    under `pytestmark = pytest.mark.usefixtures("shipped_lexicon")` reads them all)."""
    for name in ("KG_DERIVED_TRIGGERS", "KG_LEARNED_TRIGGERS", "KG_ASPECT_TRIGGERS"):
        monkeypatch.delenv(name, raising=False)
    events.reload_lexicon()
    yield
    events.reload_lexicon()


def found(text: str, kind: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Factuality, agents and targets of each event of one class in the text."""
    return [(d.factuality, d.agents, d.targets) for d in described(text) if d.kind == kind]


def time_years(text: str) -> list[tuple[str, int | None]]:
    """Each time expression of the text, in order, with the year it is given (published as
    PUBLISHED, the sentence parsed, so a bare day can take its sentence's year)."""
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.dates import find_times

    return [(tv.span.text, tv.year) for tv in find_times(text, PUBLISHED, analyse(text))]


def readings(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """Class, factuality and actors of each event of the text, in the extractor's order."""
    return [(d.kind, d.factuality, d.actors) for d in described(text)]


def kinds(text: str) -> list[str]:
    """The class of each event of the text, in the extractor's order."""
    return [d.kind for d in described(text)]


def places(text: str, kind: str) -> list[str | None]:
    """The place, by name, of each event of one class in the text (None where it has none)."""
    x = extract(text)
    name = {e.key: e.name for e in x.entities}
    return [name.get(ev.place) if ev.place else None for ev in x.events if ev.kind == kind]


def of_class(text: str, kind: str) -> list[Described]:
    """Each event of one class in the text, in the extractor's order."""
    return [d for d in described(text) if d.kind == kind]


def actors_of(text: str, kind: str) -> list[frozenset[str]]:
    """The actors of each event of one class in the text."""
    return [d.actors for d in of_class(text, kind)]


def targets_of(text: str, kind: str) -> list[frozenset[str]]:
    """The targets of each event of one class in the text."""
    return [d.targets for d in of_class(text, kind)]


def agents_targets(text: str, kind: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Agents and targets of each event of one class in the text."""
    return [(d.agents, d.targets) for d in of_class(text, kind)]


def factualities(text: str, kind: str) -> list[str]:
    """The factuality of each event of one class in the text."""
    return [d.factuality for d in of_class(text, kind)]


def actors_facts(text: str, kind: str) -> list[tuple[frozenset[str], str]]:
    """Actors and factuality of each event of one class in the text."""
    return [(d.actors, d.factuality) for d in of_class(text, kind)]


def agents_facts(text: str, kind: str) -> list[tuple[frozenset[str], str]]:
    """Agents and factuality of each event of one class in the text."""
    return [(d.agents, d.factuality) for d in of_class(text, kind)]


def facts_actors(text: str, kind: str) -> list[tuple[str, frozenset[str]]]:
    """Factuality and actors of each event of one class in the text."""
    return [(d.factuality, d.actors) for d in of_class(text, kind)]


def lexicon_rows(path: Path) -> list[list[str]]:
    """The cells of each line of a trigger lexicon file below its header (comments left out)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


def event_times(text: str) -> dict[str, str | None]:
    """Each event's class and the words of its time expression."""
    x = extract(text)
    return {e.kind: (text[e.time.span.start:e.time.span.end] if e.time else None)
            for e in x.events}
