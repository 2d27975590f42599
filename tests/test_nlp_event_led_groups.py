"""A second party named through the group it leads or hung on the wrong verb: `X во главе с Y`
stands for Y, an accusative hung on the prepositional phrase before it, an object after a
coordinated infinitive (kg/nlp/ru/event_roles.py; docs/events.md)."""

from __future__ import annotations

from event_helpers import described


def test_an_unnamed_group_led_by_a_person_is_that_person():
    got = [(e.kind, e.agents) for e in described(
        "Группа сенаторов во главе с Петром Савиным внесла в парламент законопроект о пошлинах.")]
    assert ("BillIntroduction", frozenset({"Пётр Савин"})) in got or \
        ("BillIntroduction", frozenset({"Петр Савин"})) in got


def test_countries_led_by_one_are_asked_as_that_one():
    # the accusative hangs on `о помощи` in the parse
    got = [(e.kind, e.agents, e.targets) for e in described(
        "Генерал Тимур Абасов попросил о помощи соседние государства во главе с Турцией.")]
    assert ("Appeal", frozenset({"Тимур Абасов"}), frozenset({"Турция"})) in got


def test_the_object_after_a_coordinated_infinitive_is_its_own():
    # the parse hangs `страны` on `заставили`; it comes after `попросить`, so it is the appeal's
    got = [(e.kind, e.agents, e.targets) for e in described(
        "Мятежники заставили премьера Тимура Абасова покинуть столицу и попросить о поддержке "
        "союзные государства во главе с Турцией.")]
    assert ("Appeal", frozenset({"Тимур Абасов"}), frozenset({"Турция"})) in got


def test_a_named_group_stays_itself():
    got = [(e.kind, e.agents) for e in described(
        "Партия «Светлый путь» во главе с Петром Савиным потребовала отставки губернатора.")]
    assert got == [("Demand", frozenset({"Светлый путь"}))]


def test_a_body_led_by_a_person_acts_as_the_body():
    # the cabinet of a country resigning with its head named is the country's cabinet resigning;
    # before, `министров … во главе с X` made the resignation his
    got = [(e.kind, e.targets) for e in described(
        "Кабинет министров Бельдарии во главе с Тимуром Абасовым подал в отставку.")]
    assert got == [("Resignation", frozenset({"Бельдария"}))]
