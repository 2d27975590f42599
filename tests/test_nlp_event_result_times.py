"""A clause telling what an act led to (`в результате чего`, `вследствие чего`) takes that act's
time (kg/nlp/ru/event_time.py `result_time`). Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import event_times


def test_deaths_that_a_dated_crash_led_to_take_its_day():
    assert event_times("3 марта 2015 года автобус врезался в грузовик, в результате чего два "
                       "пассажира погибли.")["Death"] == "3 марта 2015 года"


def test_a_relative_clause_without_a_word_of_result_takes_no_time_from_it():
    assert event_times("3 марта 2015 года автобус врезался в грузовик, в кабине которого погиб "
                       "водитель Иван Зуев.")["Death"] is None


def test_a_headlines_deaths_told_again_as_what_a_dated_crash_led_to_take_its_day():
    text = ("В Омске автобус врезался в остановку: два человека погибли\n"
            "3 июня 2015 года на западе Омска автобус врезался в остановку, в результате чего два "
            "человека погибли.")
    assert event_times(text)["Death"] == "3 июня 2015 года"
