"""Where a one-word place subject that is also a named person's surname keeps the NER's kind
(twenty-first round's review): a capital standing for its government is the news's commonest
subject, so the rule that makes it the person asks that nothing in the text lean to the place.
Sentences written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str):
    return {(e.kind, tuple(m.text for m in e.mentions)) for e in extract(Document("t", text)).entities}


def kinds_of(text: str, word: str) -> set[str]:
    return {k for k, ms in entities(text) if word in ms}


def test_a_city_subject_before_the_namesake_is_named_stays_a_place():
    text = "Лондон потребовал объяснений от Москвы. Писатель Джек Лондон родился в Сан-Франциско."
    assert kinds_of(text, "Лондон") == {"place"}, entities(text)


def test_a_city_subject_the_text_also_names_as_a_place_stays_a_place():
    text = ("В Вашингтоне прошла встреча. Позже актёр Дензел Вашингтон получил награду. "
            "Вашингтон ввёл пошлины против Китая.")
    assert kinds_of(text, "Вашингтон") == {"place"}, entities(text)


def test_a_city_qualified_by_an_adjective_stays_a_place():
    text = "Актёр Дензел Вашингтон получил награду. Официальный Вашингтон ввёл пошлины против Китая."
    assert kinds_of(text, "Вашингтон") == {"place"}, entities(text)


def test_a_city_whose_predicate_is_a_kind_of_place_stays_a_place():
    text = "Революционер Сергей Киров был убит в 1934 году. Киров стал столицей области."
    assert kinds_of(text, "Киров") == {"place"}, entities(text)


def test_a_bare_surname_after_the_full_name_with_a_persons_predicate_is_the_person():
    text = "Учёный Исаак Ньютон открыл закон тяготения. Позже Ньютон возглавил Королевское общество."
    assert ("person", ("Исаак Ньютон", "Ньютон")) in entities(text), entities(text)
