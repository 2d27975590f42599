"""Event identity, thirtieth round (docs/events.md, "One act told again"): the title's act that
names no actor is the first act of its class the body tells with actors, past the lead too; a
day told again without its year is the day told with it. Another act of the class told between,
a word counting one more, an earlier written year, another city or another day keep two."""

from __future__ import annotations

from event_helpers import described, of_class

# four sentences of the lead that tell no act of the class, so the body's telling is past it
_LEAD = ("Об этом сообщили в полиции Лиманска. Погибших нет, пострадали три человека. "
         "Аэропорт закрыт до утра четверга. Рейсы перенаправлены в соседние города. "
         "Полиция оцепила здание терминала. ")


def test_a_title_act_without_actors_is_the_body_act_told_with_one_past_the_lead():
    text = ("Теракт в аэропорту Лиманска произошёл в среду\n" + _LEAD +
            "По данным следствия, теракт в аэропорту Лиманска совершил Олег Белов.")
    found = of_class(text, "Attack")
    assert len(found) == 1 and "Олег Белов" in found[0].agents


def test_a_title_protest_without_actors_is_the_one_told_with_its_organiser_later():
    text = ("Протесты в Лиманске\n" + _LEAD +
            "Протесты в Лиманске организовал оппозиционер Олег Белов.")
    assert len(of_class(text, "Protest")) == 1


def test_a_body_act_said_to_be_another_stays_apart_from_the_title_act():
    text = ("Протесты в Лиманске\n" + _LEAD +
            "Другие протесты в Лиманске организовал оппозиционер Олег Белов.")
    assert len(of_class(text, "Protest")) == 2


def test_a_body_act_dated_to_an_earlier_written_year_stays_apart_from_the_title_act():
    text = ("Протесты в Лиманске\n" + _LEAD +
            "В 2015 году протесты в Лиманске организовал оппозиционер Олег Белов.")
    assert len(of_class(text, "Protest")) == 2


def test_a_body_act_in_another_city_stays_apart_from_the_title_act():
    text = ("Протесты в Лиманске\n" + _LEAD +
            "В Москве протесты организовал оппозиционер Олег Белов.")
    assert len(of_class(text, "Protest")) == 2


_DEATH = ("Умер Олег Белов, бывший мэр Лиманска\n"
          "В понедельник, 22 июля 2019 года, в Лиманске умер Олег Белов, бывший мэр города. "
          "Чиновник скончался 22 июля в городской больнице после долгой болезни.")


def test_a_day_told_again_without_its_year_is_the_same_death():
    assert len(of_class(_DEATH, "Death")) == 1


def test_a_day_told_again_without_its_year_is_the_same_death_with_no_publication_date():
    assert len([d for d in described(_DEATH, None) if d.kind == "Death"]) == 1


def test_another_day_without_its_year_is_another_arrest():
    text = ("Олег Белов арестован в Лиманске\n"
            "Олега Белова арестовали 22 июля 2019 года в Лиманске. "
            "Суд отпустил его под залог. Олег Белов был снова арестован 25 июля.")
    assert len(of_class(text, "Arrest")) == 2


def test_a_day_without_its_year_and_another_day_with_one_are_two_arrests():
    text = ("Олега Белова арестовали 22 июля 2019 года в Лиманске. "
            "Суд отпустил его под залог. "
            "Позже, 25 июля, Олега Белова арестовали в Москве.")
    assert len(of_class(text, "Arrest")) == 2


def test_another_day_without_its_year_and_no_other_mark_is_another_arrest():
    text = ("Олега Белова арестовали 22 июля 2019 года в Лиманске. "
            "Суд отпустил его под залог. "
            "Олега Белова арестовали 25 июля в Лиманске.")
    assert len(of_class(text, "Arrest")) == 2


def test_one_day_of_two_written_years_is_two_festivals():
    text = ("Фестиваль джаза прошёл в Лиманске 22 июля 2019 года. "
            "Его открыл мэр Олег Белов. "
            "Мэр Олег Белов открыл фестиваль джаза в Лиманске и 22 июля 2018 года.")
    assert len(of_class(text, "Performance")) == 2
