"""A day or month without a year, in an article with no publication date, takes the year of the
month the text told with its year in an earlier sentence, never a year the text does not name."""

from datetime import date

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.dates import find_times


def _times(text: str):
    return {t.span.text: t for t in find_times(text, None, analyse(text))}


def test_a_day_of_a_later_sentence_takes_the_year_of_the_full_date_before_it():
    t = _times("Выборы мэра прошли 9 сентября 2018 года. 12 сентября победитель вступил в "
               "должность.")
    assert t["12 сентября"].begin == date(2018, 9, 12)


def test_a_day_earlier_in_the_calendar_keeps_the_year_of_a_past_story():
    t = _times("Губернатор подал в отставку в среду, 5 октября 2016 года. Протесты начались "
               "28 сентября.")
    assert t["28 сентября"].begin == date(2016, 9, 28)


def test_a_month_told_with_its_year_dates_a_day_of_the_next_sentence():
    t = _times("В марте 2015 года парламент распустили. 20 марта депутаты провели заседание.")
    assert t["20 марта"].begin == date(2015, 3, 20)


def test_the_carried_year_passes_on_from_a_day_that_took_it():
    t = _times("Суд открылся 3 мая 2011 года. 10 мая выступил свидетель. 17 мая вынесли "
               "приговор.")
    assert t["17 мая"].begin == date(2011, 5, 17)


def test_a_bare_year_of_an_earlier_sentence_gives_no_year():
    t = _times("В 2009 году завод закрыли. 14 февраля рабочие вышли на митинг.")
    assert t["14 февраля"].year is None and t["14 февраля"].begin is None


def test_no_year_the_text_does_not_name_when_the_day_lies_in_the_next_year():
    t = _times("Турнир открылся 20 декабря 2019 года. Финал пройдёт 5 января.")
    assert t["5 января"].year is None and t["5 января"].begin is None


def test_a_date_of_birth_gives_no_year_to_a_later_sentence():
    t = _times("Певец родился 3 марта 1950 года в Туле. 5 мая он выступил в Москве.")
    assert t["5 мая"].year is None


def test_a_publication_date_still_dates_a_day_of_a_later_sentence():
    text = "Выборы прошли 9 сентября 2012 года. 12 сентября победитель вступил в должность."
    t = {x.span.text: x for x in find_times(text, date(2018, 9, 20), analyse(text))}
    assert t["12 сентября"].begin == date(2018, 9, 12)


def test_a_date_in_figures_of_a_cited_source_gives_no_year_to_a_later_sentence():
    t = _times("Новости 2013-01-10: президент болен. Президент победил на выборах в октябре. "
               "11 декабря ему сделали операцию.")
    assert t["11 декабря"].year is None and t["в октябре"].year is None


def test_a_range_of_days_takes_the_year_its_sentence_gives_before_it():
    t = _times("В 2016 году фестиваль прошёл с 11 по 22 мая.")
    assert (t["с 11 по 22 мая"].begin, t["с 11 по 22 мая"].end) == (date(2016, 5, 11),
                                                                   date(2016, 5, 22))


def test_a_range_of_days_takes_no_year_from_an_earlier_sentence():
    t = _times("Встречу наметили на 11 ноября 2018 года. Саммит пройдёт с 30 ноября по 1 "
               "декабря.")
    r = t["с 30 ноября по 1 декабря"]
    assert (r.begin, r.end, r.year) == (None, None, None)


def test_the_start_of_a_stretch_gives_no_year_to_a_later_sentence():
    t = _times("Министр подал в отставку 13 июня 2018 года. Он возглавлял ведомство с декабря "
               "2015 года. 11 июня полиция задержала протестующих.")
    assert t["11 июня"].begin == date(2018, 6, 11)
