"""A body's head noun of kg/data/ru/lower_body_heads.tsv opening a sentence is capitalised by the
sentence, not by a name, and is read as in lower case (kg.nlp.ru.name_types.lower_case_bodies).
Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def names(text: str) -> dict[str, str]:
    return {m.text: e.kind for e in extract(Document("t", text)).entities for m in e.mentions}


def test_a_prosecutors_office_and_its_country_opening_a_sentence_are_one_organisation():
    assert names("Прокуратура Эстонии возбудила дело о взятке.").get("Прокуратура Эстонии") == "organization"


def test_the_country_stays_a_place_inside_the_office_opening_a_sentence():
    assert names("Прокуратура Эстонии возбудила дело о взятке.").get("Эстонии") == "place"


def test_a_press_office_of_a_regions_head_opening_a_sentence_is_one_organisation():
    found = names("Пресс-служба главы Курской области опровергла слухи.")
    assert found.get("Пресс-служба главы Курской области") == "organization"


def test_the_word_opening_a_sentence_without_an_owner_is_no_name():
    assert "Прокуратура" not in names("Прокуратура возбудила дело о взятке.")
