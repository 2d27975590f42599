"""A one-word place or body that is a case form of the surname of a person the text names in full
is that person (kg.nlp.ru.entities._names_of_people). Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp.ru.entities import _names_of_people
from kg.nlp.ru.known_names import NameMention
from kg.records import Span


def mention(text: str, word: str, kind: str, first: int, last: int, start: int = 0) -> NameMention:
    at = text.index(word, start)
    return NameMention(Span(at, at + len(word), word), word, kind, True, first, last)


TEXT = "Фермер Оскар Пелевский открыл лавку. Одно из заведений Пелевского сгорело в Вашингтоне."


def test_a_surname_the_ner_took_for_a_place_is_the_fully_named_person():
    person = mention(TEXT, "Оскар Пелевский", "person", 1, 2)
    place = mention(TEXT, "Пелевского", "place", 9, 9, start=20)
    kinds = [m.kind for m in _names_of_people([person, place])]
    assert kinds == ["person", "person"]


def test_a_word_the_dictionary_knows_only_as_a_place_stays_a_place():
    text = "Памятник поставил Джордж Вашингтон. Он стоит в Вашингтоне."
    person = mention(text, "Джордж Вашингтон", "person", 2, 3)
    city = mention(text, "Вашингтоне", "place", 8, 8)
    assert [m.kind for m in _names_of_people([person, city])] == ["person", "place"]


def test_without_a_fully_named_person_a_place_stays_a_place():
    place = mention(TEXT, "Пелевского", "place", 9, 9, start=20)
    assert [m.kind for m in _names_of_people([place])] == ["place"]
