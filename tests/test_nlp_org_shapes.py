"""Organisation and place names of the fifteenth round (orgs15): a name the NER cut where its
phrase is still open. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str):
    return extract(Document("t", text)).entities


def mentions(text: str, kind: str | None = None) -> list[str]:
    return [m.text for e in entities(text) if kind is None or e.kind == kind for m in e.mentions]


# a name cut where its phrase is open: after `по`/`за` and its noun, or after an adjective

def test_a_coordinated_noun_after_po_closes_the_name():
    found = mentions("Он стал членом Комитета по регламенту и организации парламентской деятельности.",
                     "organization")
    assert found == ["Комитета по регламенту и организации парламентской деятельности"]


def test_an_enumeration_closed_by_i_goes_on_the_name():
    found = mentions("Следователи из Управления по контролю за оборотом алкогольных напитков, табачных "
                     "изделий и взрывчатых материалов прибыли на место.", "organization")
    assert found == ["Управления по контролю за оборотом алкогольных напитков, табачных изделий и "
                     "взрывчатых материалов"]


def test_an_adjective_ending_the_name_takes_its_noun():
    found = mentions("Выступление прошло на заседании Национальной ассамблеи народной власти в Гаване.",
                     "organization")
    assert found == ["Национальной ассамблеи народной власти"]


def test_a_comma_no_i_closes_is_not_crossed():
    found = mentions("Комитет по бюджету, министерства финансов и казначейство получили письмо.",
                     "organization")
    assert "Комитет по бюджету" in found
    assert not any("министерства" in f for f in found)


def test_a_closed_name_is_left_as_it_is():
    # the name ends in a genitive noun: nothing is open, the owner after it is no part of it
    found = mentions("Представитель Агентства ООН по делам беженцев Ивар Ольсен сообщил о потерях.")
    assert "Агентства ООН по делам беженцев" in found and "Ивар Ольсен" in found
