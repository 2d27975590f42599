"""A person's surname the NER tags as a place or a body: a case form the dictionary only guesses
to be a place (`Коулмане` as a feminine place in `-а`), and a double surname written with a
hyphen (`Абанго-Мбеки`), are the person's (kg.nlp.ru.entities._names_of_people). Sentences and
names are written for these tests."""

from __future__ import annotations

from kg.nlp.base import span
from kg.nlp.ru.entities import _names_of_people
from kg.nlp.ru.known_names import NameMention
from kg.nlp.ru.name_types import known_place_or_body_name


def _mention(text: str, fragment: str, kind: str, after: int = 0) -> NameMention:
    start = text.index(fragment, after)
    return NameMention(span(text, start, start + len(fragment)), fragment, kind, True, 0, 0)


def test_the_dictionarys_guess_is_no_place_name_but_its_own_reading_is():
    assert not known_place_or_body_name("Коулмане")
    assert known_place_or_body_name("Вашингтоне")
    assert known_place_or_body_name("Лондон")


def test_an_unknown_surname_in_the_locative_tagged_as_a_place_is_the_persons():
    text = "Задержан Трэвис Коулман. На Коулмане была маска."
    mentions = [_mention(text, "Трэвис Коулман", "person"),
                _mention(text, "Коулмане", "place", text.index("На "))]
    assert [m.kind for m in _names_of_people(mentions)] == ["person", "person"]


def test_a_hyphenated_surname_tagged_as_a_place_is_the_persons():
    text = "Лидирует Кофи Абанго-Мбеки. Борьба шла между Мукаси и Абанго-Мбеки."
    mentions = [_mention(text, "Кофи Абанго-Мбеки", "person"),
                _mention(text, "Абанго-Мбеки", "place", text.index("между"))]
    assert [m.kind for m in _names_of_people(mentions)] == ["person", "person"]


def test_a_hyphenated_place_no_person_bears_stays_a_place():
    text = "Мэр Игнат Сомов прилетел в Усть-Камень. В Усть-Камне его встретили."
    mentions = [_mention(text, "Игнат Сомов", "person"),
                _mention(text, "Усть-Камень", "place"),
                _mention(text, "Усть-Камне", "place")]
    assert [m.kind for m in _names_of_people(mentions)] == ["person", "place", "place"]


def test_a_city_the_dictionary_knows_stays_a_place_beside_a_namesake():
    text = "Полиция искала Джорджа Вашингтона. В Вашингтоне прошли протесты."
    mentions = [_mention(text, "Джорджа Вашингтона", "person"),
                _mention(text, "Вашингтоне", "place", text.index("В Вашингтоне"))]
    assert [m.kind for m in _names_of_people(mentions)] == ["person", "place"]
