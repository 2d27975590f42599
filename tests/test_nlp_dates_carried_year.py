"""A day or month without a year in a later sentence of an article with no publication date keeps
no year: a year is read within its own sentence only (a year carried across sentences was measured
and withdrawn, docs/quality.md, time36)."""

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times


def _times(text: str):
    return {t.span.text: t for t in find_times(text, None, analyse(text))}


def test_a_day_of_a_later_sentence_takes_no_year_from_the_full_date_before_it():
    t = _times("Выборы мэра прошли 9 сентября 2018 года. 12 сентября победитель вступил в "
               "должность.")
    assert t["12 сентября"].year is None and t["12 сентября"].begin is None


def test_a_day_of_the_same_sentence_takes_the_year_told_before_it():
    t = _times("Суд открылся 3 мая 2011 года, а 10 мая выступил свидетель.")
    assert t["10 мая"].year == 2011
