"""A time a record or a first reaches back to (`впервые с 2004 года`, `рекордная с 1980 года`)
dates no event (kg/nlp/ru/event_time.py `compared_since`, kg/data/ru/record_since_words.txt).
Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import event_times


def test_a_year_after_for_the_first_time_since_does_not_date_the_win():
    assert event_times("Впервые с 2004 года сборная Греции выиграла чемпионат Европы.") == {
        "SportsMatch": None}


def test_a_year_a_record_adjective_reaches_back_to_does_not_date_the_killing():
    assert event_times("Рекордная с 1980 года жара убила 20 человек в Париже.") == {"Killing": None}


def test_a_year_after_the_most_and_its_adjective_does_not_date_the_event():
    assert event_times("Самый сильный с 2004 года шторм убил 20 человек в Париже.") == {
        "Killing": None}


def test_a_superlative_counts_without_a_line():
    assert event_times("Крупнейшая после 1990 года буря убила 20 человек в Париже.") == {
        "Killing": None}


def test_a_since_time_before_the_first_time_word_still_dates_the_event():
    assert event_times("С 2004 года сборная Греции впервые выиграла чемпионат Европы.") == {
        "SportsMatch": "2004 года"}


def test_a_date_range_opened_by_from_still_dates_the_event():
    assert event_times("Сборная Греции выиграла чемпионат Европы с 5 по 7 мая.") == {
        "SportsMatch": "с 5 по 7 мая"}


def test_a_plain_date_in_a_sentence_with_a_first_still_dates_the_event():
    assert event_times("Иван Белов впервые был арестован 5 мая 2010 года в Туле.") == {
        "Arrest": "5 мая 2010 года"}


def test_the_compared_time_leaves_the_acts_own_date_to_date_it():
    assert event_times("Впервые с 1936 года сборная Греции выиграла чемпионат Европы 4 июля 2004 "
                       "года.") == {"SportsMatch": "4 июля 2004 года"}
