"""People's names kept apart, thirty-fourth round (kg.nlp.ru.entities.find_entities): a surname
alone one letter off a fully named person's surname, where the dictionary knows both as surnames.
Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


# a bare surname one edit from a full name's surname joins that person as a slip, unless the
# dictionary itself knows both words as surnames: then they are two namesakes


def test_a_bare_known_surname_one_letter_off_another_known_surname_is_another_person():
    text = ("Библиотеку назвали в честь поэта Кротова. "
            "На открытии выступил директор Андрей Котов. "
            "Котов поблагодарил гостей.")
    found = people(text)
    assert "Кротова" not in found["Андрей Котов"]
    assert "Котов" in found["Андрей Котов"]


def test_a_bare_known_surname_in_an_oblique_case_is_not_joined_to_its_near_namesake():
    text = ("Космонавт Сергей Малков рассказал о полёте. "
            "Его наставником был лётчик Марков. "
            "Малков вспоминает его с благодарностью.")
    found = people(text)
    assert "Марков" not in found["Сергей Малков"]
    assert "Малков" in found["Сергей Малков"]


def test_a_misspelt_surname_the_dictionary_does_not_know_still_joins_the_person():
    # `Мраченков` is no surname of the dictionary: a slip in `Марченков`
    text = ("Тренер Павел Марченков подвёл итоги сезона. "
            "По словам Мраченкова, команда готова к новому турниру.")
    found = people(text)
    assert "Мраченкова" in found["Павел Марченков"]
