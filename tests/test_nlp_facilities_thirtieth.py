"""A quoted name after a power plant's abbreviation in capitals (`АЭС «…»`, `ТЭЦ «…»`) names the
plant, a place, as after a lower-case facility noun (kg.nlp.ru.name_types.as_facilities, the
`head` rows of kg/data/ru/facility_heads.tsv). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def kinds(text: str) -> dict[str, str]:
    return {m.text: e.kind for e in extract(Document("t", text)).entities for m in e.mentions}


def test_a_quoted_name_after_a_nuclear_plants_abbreviation_is_a_place():
    k = kinds("Авария произошла на АЭС «Заречная-2» в марте, сообщил министр Олег Сомов.")
    assert k.get("Заречная-2") == "place"


def test_a_quoted_name_after_a_heating_plants_abbreviation_is_a_place():
    k = kinds("Директор ТЭЦ «Северная» Иван Сомов ушёл в отставку.")
    assert k.get("Северная") == "place"


def test_a_quoted_name_after_a_bodys_abbreviation_stays_a_body():
    # `ОАО`, `ФГУП` are no facility heads: the quoted name is the company's
    k = kinds("Акции ОАО «Северная звезда» подорожали, сообщил директор Иван Сомов.")
    assert k.get("Северная звезда") == "organization"


def test_a_quoted_adjective_name_the_tagger_leaves_after_a_plants_abbreviation_is_a_place():
    # an adjective in quotes is no name to the NER: the plant's noun before it makes it one
    k = kinds("Строительство ГЭС «Верхняя» завершили в 2020 году, сообщил Иван Сомов.")
    assert k.get("Верхняя") == "place"
