"""Metonymy: a capital that acts ("Москва потребовала") stands for its country's government.

kg/data/ru/capitals.tsv names the capitals; the extractor sets `Entity.stands_for` and
kg/rdf/build.py writes it as kg:standsFor. Buildings (Кремль, Белый дом) are the linker's
(docs/linking.md, rule 8). See docs/events.md.
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.base import casefold_name
from kg.nlp.ru.lexicon import table
from kg.records import Entity, Event, Statement


def with_metonyms(entities: tuple[Entity, ...], events: tuple[Event, ...],
                  statements: tuple[Statement, ...] = ()) -> tuple[Entity, ...]:
    """The entities, with `stands_for` set on a capital that acts (an actor of an event, a speaker
    or cited source) to the entity of its country when the article names it (capitals.tsv)."""
    capitals = {casefold_name(c): casefold_name(k) for c, k in table("capitals")}
    acting = {k for ev in events for k in ev.actors}
    acting |= {k for st in statements for k in (st.speaker, st.source, st.addressee) if k}
    by_name = {}
    for e in entities:
        if e.kind in ("place", "country"):
            for n in (e.name, *e.aliases):
                by_name.setdefault(casefold_name(n), e.key)
    out = []
    for e in entities:
        country = capitals.get(casefold_name(e.name))
        key = by_name.get(country) if country else None
        if e.key in acting and key and key != e.key and e.stands_for is None:
            e = replace(e, stands_for=key)
        out.append(e)
    return tuple(out)
