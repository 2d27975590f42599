"""A weekday standing right before its written day (`в четверг 6 сентября`, no comma) names that
day, as `в среду, 17 апреля` does: the day is the time, and one event dated so stays one event
(docs/events.md, "Times"). The sentences are invented for the tests."""

from __future__ import annotations

from datetime import date

from event_helpers import extract

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times

PUBLISHED = date(2012, 9, 4)


def _times(text: str) -> list[str]:
    return [t.span.text for t in find_times(text, PUBLISHED, analyse(text))]


def _events(text: str, kind: str) -> list[tuple[int | None, int | None, int | None]]:
    x = extract(text, PUBLISHED)
    return [(e.time.year, e.time.month, e.time.day) if e.time else (None, None, None)
            for e in x.events if e.kind == kind]


def test_a_weekday_right_before_its_written_day_is_that_day():
    assert _times("Похороны Ивана Котова пройдут в пятницу 14 сентября.") == ["14 сентября"]


def test_a_weekday_with_a_this_before_its_written_day_is_that_day():
    assert _times("Прощание с Иваном Котовым состоится в этот четверг 6 сентября.") == [
        "6 сентября"]


def test_a_funeral_dated_by_weekday_and_day_is_one_ceremony():
    assert _events("Похороны Ивана Котова пройдут в пятницу 14 сентября.", "Ceremony") == [
        (2012, 9, 14)]


def test_a_concert_dated_by_weekday_and_day_is_one_performance():
    assert len(_events("Концерт группы «Кедр» пройдёт в субботу 15 сентября в Казани.",
                       "Performance")) == 1


def test_a_weekday_on_another_line_than_a_day_stays_its_own_time():
    assert _times("Встреча прошла 21 июня.\nВ субботу стороны подписали соглашение.") == [
        "21 июня", "В субботу"]

