"""Breadth of the event lexicon, twenty-seventh round (docs/events.md): lemmas with no line that
pass a threshold set before counting NEREL's marks. A showing of a film or a collection (`показ`)
is a Performance, as `спектакль`; a pandemic is a Disaster, as `эпидемия`. The sentences are
invented for the tests."""

from __future__ import annotations

from event_helpers import agents_facts, described

# ---- a showing --------------------------------------------------------------------------------


def test_a_film_studio_that_held_a_showing_performs():
    assert agents_facts("Киностудия «Вектор» провела показ фильма в Казани.", "Performance") == [
        (frozenset({"Вектор"}), "Actual")]


def test_a_showing_to_come_in_a_city_is_planned():
    assert agents_facts("Показ фильма состоится в Твери 5 июня.", "Performance") == [
        (frozenset(), "Planned")]


def test_rights_to_show_are_no_showing():
    assert agents_facts("Телеканал получил права на показ матчей в России.", "Performance") == []


def test_a_series_taken_off_the_screen_is_no_showing():
    assert agents_facts("Сериал сняли с показа в Омске.", "Performance") == []


def test_a_bare_showing_with_no_place_or_time_is_no_event():
    assert agents_facts("Зрители обсуждали показ.", "Performance") == []


# ---- a pandemic ---------------------------------------------------------------------------------


def test_a_pandemic_with_a_time_is_a_disaster():
    assert [e.kind for e in described("Весной 2020 года пандемия закрыла школы в Омске.")
            if e.kind == "Disaster"] == ["Disaster"]


def test_a_pandemic_told_of_with_no_place_or_time_is_no_event():
    assert agents_facts("Анна Белова заявила о пандемии.", "Disaster") == []
