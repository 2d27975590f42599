"""A one-word name the NER took for a place, standing as the subject where the text names a person
in full with it as the surname, is that person (twenty-first round). Sentences written for these
tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str):
    return {(e.kind, tuple(m.text for m in e.mentions)) for e in extract(Document("t", text)).entities}


def test_a_bare_surname_as_subject_is_the_person_named_in_full():
    found = entities("Первым президентом страны стал Джордж Вашингтон. Позже Вашингтон ушёл в отставку.")
    assert ("person", ("Джордж Вашингтон", "Вашингтон")) in found, found


def test_the_city_after_a_preposition_stays_a_place():
    # the text names the city too, so the bare subject keeps the NER's kind as well (the
    # twenty-first round's review: a capital standing for its government is the likelier reading)
    found = entities("Первым президентом страны стал Джордж Вашингтон. "
                     "Вашингтон был президентом восемь лет. Сегодня в Вашингтоне открылся музей.")
    assert ("person", ("Джордж Вашингтон",)) in found, found
    assert any(k == "place" and "Вашингтоне" in ms for k, ms in found), found


def test_the_city_as_an_object_stays_a_place():
    found = entities("Первым президентом стал Джордж Вашингтон. Его преемник посетил Вашингтон.")
    assert ("place", ("Вашингтон",)) in found, found


def test_a_subject_joined_to_another_place_stays_a_place():
    found = entities("Первым президентом стал Джордж Вашингтон. Вашингтон и Москва договорились о встрече.")
    assert ("place", ("Вашингтон",)) in found, found


def test_a_city_without_a_person_of_that_surname_stays_a_place():
    found = entities("Президент Джордж Буш прилетел в Европу. Вашингтон ввёл новые пошлины.")
    assert ("place", ("Вашингтон",)) in found, found


def test_a_subject_whose_name_is_not_the_persons_surname_stays_a_place():
    found = entities("Писатель Джек Лондон родился в Сан-Франциско. Париж принял его тепло.")
    assert not any(k == "person" and "Париж" in ms for k, ms in found), found
