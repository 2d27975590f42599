"""Time expressions that refer back (`в тот же день`, `на следующий день`, `тогда же`): the value
the nearest earlier time expression gives them, never one the text does not give, and an event
dated by one. Sentences invented for the tests."""

from __future__ import annotations

from datetime import date

from event_helpers import extract

from kg.nlp.ru.dates import find_times

PUB = date(2021, 1, 15)


def values(text: str, published: date | None = PUB) -> list[tuple[str, tuple]]:
    return [(text[t.span.start:t.span.end], (t.begin, t.year, t.month, t.day))
            for t in find_times(text, published)]


def test_the_same_day_takes_the_day_named_before():
    got = values("Олег Зимин был задержан 7 декабря 2020 года, и в тот же день его отпустили.")
    assert got[1] == ("в тот же день", (date(2020, 12, 7), 2020, 12, 7))


def test_the_next_day_counts_from_a_full_date():
    got = values("Совещание прошло 31 декабря 2020 года. На следующий день министр уехал.")
    assert got[1] == ("На следующий день", (date(2021, 1, 1), 2021, 1, 1))


def test_the_next_day_after_a_date_without_a_year_is_left_alone():
    assert [w for w, _ in values("Совещание прошло 31 декабря. На следующий день министр уехал.",
                                 None)] == ["31 декабря"]


def test_the_same_day_after_only_a_year_says_nothing():
    assert [w for w, _ in values("В 2019 году он переехал. В тот же день он уволился.")] == [
        "2019 году"]


def test_then_too_copies_the_time_before():
    got = values("В 2015 году Петра Белова обвинили в шпионаже. Тогда же его арестовали.")
    assert got[1] == ("Тогда же", (None, 2015, None, None))


def test_an_anaphor_after_an_anaphor_counts_from_the_day_just_named():
    got = values("Встреча прошла 3 мая 2021 года. На следующий день министр уехал, "
                 "и в тот же день вернулся его заместитель.")
    assert [v for _, v in got] == [(date(2021, 5, 3), 2021, 5, 3), (date(2021, 5, 4), 2021, 5, 4),
                                   (date(2021, 5, 4), 2021, 5, 4)]


def test_an_anaphor_far_from_any_time_stays_unvalued():
    filler = "Министр долго говорил о бюджете и налогах региона. " * 15
    assert [w for w, _ in values("Встреча прошла 3 мая 2021 года. " + filler +
                                 "В тот же день министр уехал.")] == ["3 мая 2021 года"]


def test_an_event_then_too_takes_the_year_named_before():
    x = extract("Мэр Олег Зимин был задержан 7 декабря 2020 года. В 2015 году Петра Белова "
                "обвинили в шпионаже, и тогда же Петра Белова арестовали.")
    arrests = sorted((e.time.year, e.time.day) for e in x.events if e.kind == "Arrest")
    assert arrests == [(2015, None), (2020, 7)]
