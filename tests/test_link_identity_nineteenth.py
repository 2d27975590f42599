"""Entities split in two that one real thing is (nineteenth round): a Latin name tied between two
items of the gazetteer, settled by the item another name of the document reaches; a body or place
named again without the adjectives that qualified it. Sentences are written for these tests."""

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


# A body or place named again without the adjectives that qualified it first.
COLOGNE_COURT = (
    "Административный суд Кёльна отклонил иск издательства. "
    "Суд Кёльна счёл жалобу необоснованной."
)
TWO_COURTS = (
    "Административный суд Кёльна отклонил иск, а Земельный суд Кёльна его принял. "
    "Суд Кёльна счёл жалобу необоснованной."
)
CATHEDRAL = (
    "Литургию отслужили в Синодальном Знаменском соборе. "
    "Настоятель Знаменского собора поблагодарил прихожан."
)


def test_a_name_without_its_leading_adjective_joins_the_qualified_name():
    courts = [e for e in linked(COLOGNE_COURT) if e.kind == "organization"]
    assert len(courts) == 1, courts
    assert courts[0].name == "Административный суд Кёльна"
    assert [m.text for m in courts[0].mentions] == ["Административный суд Кёльна", "Суд Кёльна"]


def test_a_place_without_its_leading_adjectives_joins_the_qualified_name():
    places = [e for e in linked(CATHEDRAL) if e.kind == "place"]
    assert len(places) == 1, places
    assert [m.text for m in places[0].mentions] == ["Синодальном Знаменском соборе", "Знаменского собора"]


def test_two_qualified_names_leave_the_short_one_alone():
    courts = [e for e in linked(TWO_COURTS) if e.kind == "organization"]
    assert sorted(e.name for e in courts) == [
        "Административный суд Кёльна", "Земельный суд Кёльна", "Суд Кёльна"], courts


def test_a_name_led_by_a_noun_is_not_a_qualified_form():
    from kg.link.identity import join_unqualified_names
    from kg.records import Entity, Extraction, Span

    text = "Пленум Верховного суда Нарнии собрался. Верховного суда Нарнии решение ждали."
    a = text.index("Пленум Верховного суда Нарнии")
    b = text.rindex("Верховного суда Нарнии")
    x = Extraction(Document("t", text), (
        Entity("e1", "organization", "Пленум Верховного суда Нарнии",
               (Span(a, a + 29, "Пленум Верховного суда Нарнии"),)),
        Entity("e2", "organization", "Верховный суд Нарнии", (Span(b, b + 22, "Верховного суда Нарнии"),)),
    ))
    assert len(join_unqualified_names(x, "ru").entities) == 2


def test_the_name_that_reached_the_item_leads_the_joined_entity():
    text = ("Съёмочная группа BBC работала на площади в Кабуле весь день. "
            "Как сообщила Би-би-си, митинг прошёл мирно.")
    bodies = [e for e in linked(text) if e.kind == "organization"]
    assert len(bodies) == 1, bodies
    assert bodies[0].name == "Би-би-си" and bodies[0].aliases == ("BBC",)
