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


def test_the_word_opening_a_sentence_without_an_owner_is_an_organisation_of_its_own():
    # (a learned name noun, kg/data/ru/name_nouns.tsv: the office that acts is an actor the
    # reader wants, as `Полиция задержала …` is)
    assert names("Прокуратура возбудила дело о взятке.").get("Прокуратура") == "organization"


def test_the_police_word_opening_a_sentence_alone_is_an_organisation_of_its_own():
    assert names("Полиция задержала двух водителей.").get("Полиция") == "organization"


def test_a_body_word_without_a_learned_row_opening_a_sentence_alone_is_no_name():
    assert "Ведомство" not in names("Ведомство опровергло слухи о взятке.")
