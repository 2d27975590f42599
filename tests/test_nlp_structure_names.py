"""A structure's own name opening on its capitalised noun (kg.nlp.ru.eponyms `structure_names`):
inside a sentence `Аллея славы`, `Мост влюблённых` are places, the noun included. Sentences are
written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, e.kind) for e in extract(Document("t", text)).entities for m in e.mentions]


def names(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract(Document("t", text)).entities}


def test_a_lower_case_genitive_after_a_capitalised_alley_inside_a_sentence_is_its_name():
    text = "Выпускники посадили клёны на Аллее славы у школы. Теперь Аллею славы видно с реки."
    assert ("Аллее славы", "place") in mentions(text)
    assert names(text).get("Аллея славы") == "place"


def test_a_quoted_tower_and_its_genitive_noun_are_one_place():
    found = mentions("Экскурсия закончилась подъёмом в «Башню звонарей» над собором.")
    assert ("Башню звонарей", "place") in found


def test_a_capitalised_bridge_and_its_genitive_noun_are_one_place():
    found = mentions("Гости прошли по Мосту влюблённых к старому замку.")
    assert ("Мосту влюблённых", "place") in found


def test_a_capitalised_street_noun_and_a_lower_case_genitive_opening_a_sentence_are_no_name():
    found = mentions("Дождь шёл весь день. Улица города опустела к вечеру.")
    assert not any(text.startswith("Улица") for text, _ in found)


def test_a_lower_case_structure_noun_makes_no_name():
    found = mentions("Дети гуляли по аллее парка у старого моста.")
    assert not any(kind == "place" for _, kind in found)


def test_a_museum_and_a_genitive_noun_stay_as_they_were():
    found = mentions("Вчера в Музее истории города открылась новая выставка.")
    assert not any(text.startswith("Музе") and kind == "place" for text, kind in found)
