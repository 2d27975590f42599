"""Places named inside quoted titles of works (kg.nlp.ru.name_types.places_in_titles). Sentences
and titles are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def places(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "place"}


def test_a_capitalised_word_after_a_preposition_of_place_in_a_title_is_a_place():
    found = places("Фотограф показал снимок «Свидание на Таймс-Сквер» на выставке в музее.")
    assert found.get("Таймс-Сквер") == ["Таймс-Сквер"]


def test_a_place_in_an_oblique_case_inside_a_title_is_named_in_the_nominative():
    found = places("Режиссёр снял короткий фильм «Пекарь из Омахи» за три недели.")
    assert found.get("Омаха") == ["Омахи"]


def test_a_capitalised_word_after_a_noun_of_a_built_place_in_a_title_is_a_place():
    found = places("Коллекционер купил пейзаж «Утро, мост Ватерлоо» на торгах.")
    assert found.get("Ватерлоо") == ["Ватерлоо"]


def test_a_common_word_with_a_capital_in_a_title_is_no_place():
    found = places("Группа выпустила песню «Прогулка в Радости» весной.")
    assert found == {}


def test_a_persons_name_after_a_preposition_in_a_title_is_no_place():
    found = places("Издательство выпустило повесть «Письмо к Марине» тиражом в тысячу экземпляров.")
    assert "Марина" not in found and "Марине" not in found


def test_the_first_word_of_a_title_is_left_alone():
    found = places("Театр поставил пьесу «Ватерлоо сегодня» в новом сезоне.")
    assert found == {}


def test_an_adjectival_surname_after_a_preposition_of_the_accusative_is_no_place():
    # `на Гремячего`: a place after `на` stands in the locative or the accusative of a thing
    # (`на Гремячем`, `на Гремячее`); `-его` there is the accusative of a person
    found = places("Канал показал фильм «Ставка на Гремячего» о футболисте.")
    assert found == {}


def test_an_adjectival_place_after_a_preposition_of_the_genitive_is_still_a_place():
    found = places("Режиссёр снял короткий фильм «Пекарь из Гремячего» за три недели.")
    assert "Гремячего" in [t for texts in found.values() for t in texts]
