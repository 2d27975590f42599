"""The title's act, dated nowhere, takes the date of the lead sentence that retells it
(kg/nlp/ru/events.py `lead_dates`). Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import event_times


def test_the_titles_resignation_takes_the_date_of_the_lead_that_names_its_doer():
    assert event_times("Мэр Твери Иван Белов подал в отставку\n\nВ среду, 13 июня 2018 года, Иван "
                       "Белов заявил, что покидает свою должность.") == {
        "Resignation": "13 июня 2018 года"}


def test_a_caption_line_with_no_verb_is_passed_over():
    assert event_times("Мэр Твери Иван Белов подал в отставку\n\nИван Белов\n\nВ среду, 13 июня "
                       "2018 года, Иван Белов заявил, что покидает свою должность.") == {
        "Resignation": "13 июня 2018 года"}


def test_a_date_only_in_a_later_sentence_of_the_lead_does_not_date_the_titles_act():
    assert event_times("Иван Белов внёс в Думу проект закона о связи\n\nИван Белов внёс в Думу "
                       "проект закона о связи. Впервые о законе Белов заявил 6 августа 2010 "
                       "года.") == {"BillIntroduction": None}


def test_a_lead_year_with_no_day_does_not_date_the_titles_act():
    assert event_times("Мэр Твери Иван Белов подал в отставку\n\nВ 2015 году Иван Белов заявил, "
                       "что покидает свою должность.") == {"Resignation": None}


def test_a_lead_that_names_none_of_the_actors_does_not_date_the_titles_act():
    assert event_times("Мэр Твери Иван Белов подал в отставку\n\n13 июня 2018 года в Твери прошёл "
                       "праздник города.")["Resignation"] is None


def test_a_titles_act_still_ahead_takes_no_lead_date():
    assert event_times("Иван Белов уйдёт в отставку\n\n13 июня 2018 года Иван Белов заявил, что "
                       "покинет свою должность.")["Resignation"] is None


def test_a_weekday_in_the_lead_does_not_date_the_titles_act():
    assert event_times("Мэр Твери Иван Белов подал в отставку\n\nВ среду Иван Белов заявил, что покидает "
                 "свою должность.")["Resignation"] is None


def test_a_caption_with_only_a_participle_does_not_date_the_titles_act():
    assert event_times("Под Тверью разбился пассажирский самолёт\n\nСпасатели, работающие у обломков "
                 "самолёта 29 марта 2011 года\n\nПассажирский самолёт разбился при посадке.")[
        "Accident"] is None


def test_the_day_another_body_told_of_something_else_does_not_date_the_act():
    assert event_times("Иван Белов задержан в Твери\n\n4 июля 2013 года представители полиции "
                 "сообщили о завершении проверки в отношении Ивана Белова.")["Arrest"] is None


def test_a_body_telling_the_act_in_its_own_words_dates_it():
    assert event_times("Тренер Иван Белов отправлен в отставку\n\n5 августа 2016 года клуб «Заря» "
                 "объявил об отставке Ивана Белова.")["Resignation"] == "5 августа 2016 года"


def test_a_death_told_before_the_report_of_it_takes_the_date():
    assert event_times("Скончался актёр Иван Белов\n\n6 марта 2016 года умер актёр Иван Белов, "
                 "сообщает его сын Пётр Белов.")["Death"] == "6 марта 2016 года"


def test_the_day_a_signed_decree_was_published_does_not_date_the_signing():
    assert event_times("Губернатор Иван Белов подписал указ о выборах\n\n11 мая 2017 года "
                 "правительство опубликовало подписанный Иваном Беловым указ о выборах.")[
        "LawAdoption"] is None


def test_the_doer_announcing_the_act_on_a_day_still_dates_it():
    assert event_times("Мэр Твери Иван Белов подал в отставку\n\n13 июня 2018 года Иван Белов "
                 "сообщил, что покидает свою должность.") == {"Resignation": "13 июня 2018 года"}
