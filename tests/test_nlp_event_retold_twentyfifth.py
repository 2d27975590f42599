"""The headline's act told again in the lead with its roles filled otherwise, twenty-fifth round
(kg/nlp/ru/event_retold.py, docs/events.md): one act when every role is empty in one telling or
names the same actor in both; two when a role names two actors, when the lead's act is counted
as another (`снова`, `также`), or when another act of the class is told between them."""

from __future__ import annotations

from event_helpers import of_class


def test_the_lead_names_the_convicted_the_headline_only_described():
    text = ("Лиманский суд приговорил бывшего полицейского к десяти годам\n\n"
            "Суд приговорил Петра Соколова к десяти годам колонии строгого режима. "
            "Адвокаты намерены обжаловать решение.")
    found = of_class(text, "Sentence")
    assert len(found) == 1
    assert "Петр Соколов" in {n.replace("ё", "е") for n in found[0].targets}


def test_the_lead_names_the_arrested_the_headline_only_described():
    text = ("Басманный суд арестовал бывшего министра\n\n"
            "Бывший министр транспорта Иван Горбунов арестован на два месяца. Его обвиняют во "
            "взятке.")
    found = of_class(text, "Arrest")
    assert len(found) == 1 and found[0].agents == {"Басманный суд"}
    assert found[0].targets == {"Иван Горбунов"}


def test_two_people_arrested_in_the_headline_and_the_lead_stay_two():
    text = ("Полиция Лиманска задержала Ивана Горбунова\n\n"
            "Полиция задержала Олега Сомова в четверг вечером. Его доставили в отдел.")
    assert len(of_class(text, "Arrest")) == 2


def test_a_second_sentence_said_to_be_another_stays_apart():
    text = ("Лиманский суд приговорил бывшего полицейского к десяти годам\n\n"
            "Суд также приговорил Петра Соколова к штрафу. Адвокаты намерены обжаловать решение.")
    assert len(of_class(text, "Sentence")) == 2


def test_an_arrest_told_again_as_happening_again_stays_apart():
    text = ("Полиция Лиманска задержала активиста\n\n"
            "Ивана Горбунова снова задержали у здания мэрии. Его доставили в отдел.")
    assert len(of_class(text, "Arrest")) == 2


def test_the_arrester_of_the_headline_arrested_in_the_lead_stays_apart():
    text = ("Генерал Сергей Крылов арестовал мятежников\n\n"
            "Сергея Крылова арестовали через неделю в Лиманске. Его доставили в столицу.")
    assert len(of_class(text, "Arrest")) == 2


# ---- the title's tenseless noun, told as ahead in the lead ------------------------------------

def test_the_lead_tells_as_ahead_the_election_the_title_names_without_tense():
    text = ("Иван Горбунов стал кандидатом партии на выборах мэра Лиманска\n\n"
            "Партия утвердила кандидата на выборах мэра, которые состоятся в марте 2027 года. "
            "Им стал Иван Горбунов.")
    found = of_class(text, "Election")
    assert len(found) == 1 and found[0].factuality == "Planned"


def test_an_election_the_title_tells_as_past_is_not_the_next_one():
    text = ("В Лиманске прошли выборы мэра\n\n"
            "Следующие выборы мэра состоятся в марте 2031 года. Явка составила 40 процентов.")
    assert len(of_class(text, "Election")) == 2


def test_the_title_told_as_past_keeps_its_tense_against_a_planned_one():
    text = ("Иван Горбунов победил на выборах мэра Лиманска\n\n"
            "Выборы губернатора состоятся в марте 2027 года. Явка составила 40 процентов.")
    found = of_class(text, "Election")
    assert any(d.factuality == "Actual" for d in found)


def test_a_meeting_with_another_partner_in_the_lead_stays_apart():
    text = ("Министр Олег Сомов встретился с Карлом Мюллером\n\n"
            "Олег Сомов встретился с Пьером Дюраном в среду. Они обсудили торговлю.")
    assert len(of_class(text, "Meeting")) == 2


def test_a_planned_election_in_another_city_is_not_the_titles():
    text = ("Иван Горбунов стал кандидатом на выборах мэра Лиманска\n\n"
            "Выборы мэра Тихореченска состоятся в марте 2027 года. Явка составит 40 процентов.")
    found = of_class(text, "Election")
    assert not (len(found) == 1 and found[0].factuality == "Planned")
