"""A body and the place or body it belongs to, written right after it in the genitive, are one
organisation, also when a mention nests in the body's name. Sentences are written for
these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def organisations(text: str) -> list[str]:
    return [m.text for e in extract(Document("t", text)).entities if e.kind == "organization" for m in e.mentions]


def test_a_body_holding_a_place_takes_the_town_after_it():
    found = organisations("Глава Администрации Ленинского района Самары подал в отставку.")
    assert found == ["Администрации Ленинского района Самары"]


def test_an_owner_in_the_nominative_is_a_body_of_its_own():
    found = organisations("Банк передан Агентству по страхованию вкладов Банк России сообщил об этом утром.")
    assert "Банк России" in found


def test_a_person_after_a_body_stays_apart():
    found = organisations("Заявление сделал Министр обороны Сергей Лавров.")
    assert all("Лавров" not in x for x in found)



def names(text: str) -> list[str]:
    return [m.text for e in extract(Document("t", text)).entities if e.kind != "person" for m in e.mentions]


def test_a_one_word_body_takes_its_owner():
    assert "Компартию Белоруссии" in organisations("В 1990 году он возглавил Компартию Белоруссии и ушёл из науки.")


def test_a_one_word_body_keeps_its_owner_as_a_nested_mention():
    found = names("Бывший член Президиума РАН Пётр Сомов умер.")
    assert "Президиума РАН" in found and "РАН" in found


def test_a_one_word_ministry_takes_the_country_abbreviation():
    assert "Минюсте РФ" in organisations("Проект закона подготовили в Минюсте РФ в прошлом месяце.")
