"""Russian time expressions → TimeValue: years only from the text or the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times

DEC31 = date(2021, 12, 31)
THU = date(2022, 3, 10)  # a Thursday

# sentence, publication date, expected (begin, end, year, month, day, season) of the one time found
CASES = [
    ("Переговоры состоятся в Вене 9–10 января.", DEC31,
     (date(2022, 1, 9), date(2022, 1, 10), 2022, 1, 9, None)),
    ("Переговоры прошли в Вене 9–10 января.", date(2021, 2, 1),
     (date(2021, 1, 9), date(2021, 1, 10), 2021, 1, 9, None)),
    ("Переговоры состоятся в Вене 9–10 января.", None, (None, None, None, 1, 9, None)),
    ("В ночь на 31 декабря министры созвонились.", DEC31,
     (date(2021, 12, 30), date(2021, 12, 31), 2021, 12, 30, None)),
    ("В ночь на 31 декабря министры созвонились.", None, (None, None, None, 12, 31, None)),
    ("В ночь с 5 на 6 марта 2020 года прошли учения.", None,
     (date(2020, 3, 5), date(2020, 3, 6), 2020, 3, 5, None)),
    ("Договор подписан 12 июня 1990 года.", None, (date(1990, 6, 12), None, 1990, 6, 12, None)),
    ("Соглашение подписано 03.04.2019 в Минске.", None, (date(2019, 4, 3), None, 2019, 4, 3, None)),
    ("Форум пройдёт с 30 ноября по 1 декабря в Лиме.", date(2021, 10, 1),
     (date(2021, 11, 30), date(2021, 12, 1), 2021, 11, 30, None)),
    ("Саммит продлится с 30 декабря по 2 января.", date(2021, 12, 15),
     (date(2021, 12, 30), date(2022, 1, 2), 2021, 12, 30, None)),
    ("Выборы прошли в декабре.", None, (None, None, None, 12, None, None)),
    ("Выборы пройдут в марте.", DEC31, (None, None, 2022, 3, None, None)),
    ("Выборы прошли в марте.", DEC31, (None, None, 2021, 3, None, None)),
    ("Посол прибыл в мае 2009 года.", None, (None, None, 2009, 5, None, None)),
    ("Осенью войска провели учения.", None, (None, None, None, None, None, "autumn")),
    ("Осенью войска провели учения.", DEC31, (None, None, 2021, None, None, "autumn")),
    ("Конфликт длится с весны 2011 года.", None, (None, None, 2011, None, None, "spring")),
    ("В 2019 году он ушёл в отставку.", None, (None, None, 2019, None, None, None)),
    ("Вчера министр прилетел в Каир.", THU, (date(2022, 3, 9), None, 2022, 3, 9, None)),
    ("Сегодня министр прилетел в Каир.", THU, (date(2022, 3, 10), None, 2022, 3, 10, None)),
    ("В понедельник министр прилетел в Каир.", THU, (date(2022, 3, 7), None, 2022, 3, 7, None)),
    ("В понедельник министр прилетит в Каир.", THU, (date(2022, 3, 14), None, 2022, 3, 14, None)),
    ("В ночь на понедельник в Каире прошли аресты.", THU,
     (date(2022, 3, 6), date(2022, 3, 7), 2022, 3, 6, None)),
    ("В ночь на субботу в Каире пройдут учения.", THU,
     (date(2022, 3, 11), date(2022, 3, 12), 2022, 3, 11, None)),
    ("В прошлом году министр прилетел в Каир.", THU, (None, None, 2021, None, None, None)),
    ("Выставка открылась 5-го марта 2020 года.", None, (date(2020, 3, 5), None, 2020, 3, 5, None)),
    ("Учения пройдут 16 и 17 марта.", THU,
     (date(2022, 3, 16), date(2022, 3, 17), 2022, 3, 16, None)),
    ("Санкции действовали в 2014–2016 годах.", None, (None, None, 2014, None, None, None)),
    ("Вторжение может быть подготовлено к концу января.", DEC31, (None, None, 2022, 1, None, None)),
]


@pytest.mark.parametrize("text,published,expected", CASES,
                         ids=[f"{c[0][:30]}|{c[1]}" for c in CASES])
def test_time_expression_is_normalised(text, published, expected):
    times = find_times(text, published, analyse(text))
    assert len(times) == 1, times
    t = times[0]
    assert (t.begin, t.end, t.year, t.month, t.day, t.season) == expected
    assert text[t.span.start:t.span.end] == t.span.text
    assert t.span.end == len(text) or not text[t.span.end].isalpha()  # whole words only


@pytest.mark.parametrize("text", ["Вчера министр прилетел в Каир.",
                                  "В пятницу министр прилетел в Каир.",
                                  "В прошлом году министр прилетел в Каир."])
def test_relative_time_without_publication_date_gives_nothing(text):
    assert find_times(text, None, analyse(text)) == ()


@pytest.mark.parametrize("text", [
    "Встреча прошла 10 декабря.", "Визит намечен на 9–10 января.", "В ночь на 1 мая шёл дождь.",
    "Учения прошли в апреле.", "Зимой выпал снег.", "Армии встретились 25 апреля."])
def test_no_year_is_invented_without_publication_date(text):
    times = find_times(text, None, analyse(text))
    assert times, text
    assert all(t.year is None and t.begin is None and t.end is None for t in times)


@pytest.mark.parametrize("text", ["Разговор длился 50 минут.",
                                  "Малайские государства существуют 2000 лет.",
                                  "Пандемия COVID-19 изменила планы.", "Ему исполнилось 35 лет.",
                                  "Дата 31 февраля не существует.",
                                  "Марта Кос заявила о поддержке.",
                                  "Октябрьская площадь закрыта.",
                                  "Об этом сообщило агентство «Россия сегодня»."])
def test_numbers_and_names_that_are_not_dates_give_no_time(text):
    assert find_times(text, THU, analyse(text)) == ()


def test_tense_from_clause_decides_the_year_of_a_yearless_date():
    past = find_times("Переговоры прошли 9 января.", DEC31, analyse("Переговоры прошли 9 января."))
    text = "Переговоры пройдут 9 января."
    future = find_times(text, DEC31, analyse(text))
    assert past[0].begin == date(2021, 1, 9)
    assert future[0].begin == date(2022, 1, 9)


def test_future_marked_by_должны_without_a_future_verb():
    text = "Переговоры, которые должны пройти в январе, отложены."
    (t,) = find_times(text, DEC31, analyse(text))
    assert (t.year, t.month) == (2022, 1)


def test_works_on_text_alone_without_analysis():
    (t,) = find_times("Встреча 9–10 января.", DEC31)
    assert (t.begin, t.end) == (date(2022, 1, 9), date(2022, 1, 10))  # the nearest, no tense


def test_infinitive_asked_for_or_promised_lies_ahead_of_a_past_verb():
    for text in ("Лидер партии Янош Сабо призвал избирателей прийти на референдум 14 мая.",
                 "Мэр пообещал открыть мост 14 мая."):
        (t,) = find_times(text, date(2024, 3, 20), analyse(text))
        assert t.begin == date(2024, 5, 14), text


def test_infinitive_of_a_past_verb_that_asks_for_nothing_keeps_the_past():
    text = "Мэр успел открыть мост 14 мая."
    (t,) = find_times(text, date(2024, 3, 20), analyse(text))
    assert t.begin == date(2023, 5, 14)


def test_a_month_adjective_is_that_month_with_no_year_the_text_does_not_give():
    # `августовский путч` names a past event: the publication date does not date it
    text = "После мартовских выборов партия потеряла места."
    (t,) = find_times(text, THU, analyse(text))
    assert (t.span.text, t.month, t.year) == ("мартовских", 3, None)


def test_a_month_adjective_takes_the_year_said_after_its_noun():
    text = "Олег Сомов победил на мартовских выборах 2008 года."
    (t,) = find_times(text, THU, analyse(text))
    assert (t.span.text, t.month, t.year) == ("мартовских выборах 2008 года", 3, 2008)
