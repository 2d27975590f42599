"""`последовать` only says its noun happened (kg/data/ru/event_hosts.tsv, occur): the time said of
it dates that noun's event. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import event_times


def test_a_resignation_that_followed_takes_the_time_of_the_following():
    assert event_times("В 1996 году вслед за скандалом последовала отставка министра Ивана "
                       "Зуева.") == {"Resignation": "1996 году"}
