"""Entities split in two that one real thing is (nineteenth round): a Latin name tied between two
items of the gazetteer, settled by the item another name of the document reaches. Sentences are
written for these tests."""

from __future__ import annotations

from kg.link import annotate
from kg.nlp import extract
from kg.records import Document


def linked(text: str):
    return annotate(extract(Document("t", text))).entities


BROADCASTER = (
    "Как сообщила Би-би-си, в Кабуле прошёл митинг. "
    "Съёмочная группа BBC работала на площади весь день."
)


def test_a_tied_latin_name_takes_the_item_the_document_links_by_another_name():
    bodies = [e for e in linked(BROADCASTER) if e.kind == "organization"]
    assert len(bodies) == 1, bodies
    assert bodies[0].link is not None and bodies[0].link.qid == "Q9531"
    assert [m.text for m in bodies[0].mentions] == ["Би-би-си", "BBC"]


def test_a_tied_latin_name_alone_stays_unlinked():
    bodies = [e for e in linked("Съёмочная группа BBC работала на площади весь день.")
              if e.kind == "organization"]
    assert len(bodies) == 1 and bodies[0].link is None, bodies

