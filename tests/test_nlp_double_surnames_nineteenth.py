"""A surname alone that is one part of a double surname the text gives in full (nineteenth round):
`Брандт` beside `Марта Штайнер-Брандт` is that person. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str):
    return [e for e in extract(Document("t", text)).entities if e.kind == "person"]


def test_the_last_part_of_a_double_surname_alone_is_that_person():
    found = people("Посол Марта Штайнер-Брандт прибыла в Вену. Брандт встретилась с министром.")
    assert len(found) == 1, found
    assert found[0].name == "Марта Штайнер-Брандт"
    assert [m.text for m in found[0].mentions] == ["Марта Штайнер-Брандт", "Брандт"]


def test_the_first_part_of_a_double_surname_alone_is_that_person():
    found = people("Посол Марта Штайнер-Брандт прибыла в Вену. Штайнер встретилась с министром.")
    assert len(found) == 1, found


def test_a_part_two_double_surnames_share_joins_neither():
    found = people("Посол Марта Штайнер-Брандт и её коллега Анна Вернер-Брандт прибыли в Вену. "
                   "Брандт встретилась с министром.")
    assert sorted(e.name for e in found) == ["Анна Вернер-Брандт", "Брандт", "Марта Штайнер-Брандт"]


def test_a_surname_borne_alone_keeps_its_own_person():
    found = people("Посол Марта Штайнер-Брандт прибыла в Вену, где её встретил Ганс Брандт. "
                   "Брандт пожал ей руку.")
    brandt = next(e for e in found if e.name == "Ганс Брандт")
    assert [m.text for m in brandt.mentions] == ["Ганс Брандт", "Брандт"]
