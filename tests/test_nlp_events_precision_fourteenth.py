"""Trigger senses of the fourteenth round (kg/data/ru/triggers.tsv): heading a festival's jury, one
of its contests or a war is no post taken, and a meeting or a hearing set is no appointment.
Sentences invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import extract, kinds


def test_heading_a_jury_is_no_appointment():
    assert "Appointment" not in kinds("Режиссёр Олег Ветров возглавит жюри фестиваля «Северный "
                                      "экран».")
    assert "Appointment" not in kinds("Жюри фестиваля «Северный экран» возглавит режиссёр Олег "
                                      "Ветров.")


def test_heading_a_contest_is_no_appointment():
    assert "Appointment" not in kinds("Конкурс короткометражных лент возглавила актриса Инна "
                                      "Маркова.")


def test_leading_a_war_is_no_appointment():
    assert "Appointment" not in kinds("Полковник Карл Бендер возглавил партизанскую войну в "
                                      "Ардении.")


def test_heading_a_ministry_stays_an_appointment():
    assert "Appointment" in kinds("Режиссёр Олег Ветров возглавил министерство культуры Ардении.")


def test_a_meeting_set_is_no_appointment():
    assert "Appointment" not in kinds("Следователи назначили Петру Лаврову встречу в кафе.")
    assert "Appointment" not in kinds("Суд Ардении назначил заседание на 5 мая.")


def test_an_ambassador_named_stays_an_appointment():
    assert "Appointment" in kinds("Президент Ардении назначил Петра Лаврова послом в Норвегии.")


def mentions(text: str, kind: str) -> list[list[str]]:
    x = extract(text)
    return [[m.text for m in (ev.trigger, *ev.mentions)] for ev in x.events if ev.kind == kind]


def test_the_quoted_name_after_an_event_noun_is_a_mention_of_the_event():
    found = mentions("В Ардении 5 мая прошёл митинг «За чистую реку», его провела партия «Рассвет».",
                     "Protest")
    assert found and "митинг" in found[0] and "чистую" in found[0]


def test_a_name_not_next_to_the_event_noun_is_no_mention():
    found = mentions("В Ардении 5 мая прошёл митинг партии «Рассвет».", "Protest")
    assert found and not any("Рассвет" in m for m in found[0])


def test_a_quoted_name_in_apostrophes_after_an_event_noun_is_a_mention_too():
    found = mentions("В Ардении 5 мая прошёл митинг '«Чистая река»', его провела партия «Рассвет».",
                     "Protest")
    assert found and "Чистая" in found[0]


def test_a_straight_quote_that_closes_after_the_event_noun_opens_no_name():
    # the mark after `встречу` closes the quoted words; the next quote opens the agency's name,
    # and what lies between (`сообщил`) is no name of the meeting
    found = mentions('"Анна Белова и Иван Сомов провели в Омске встречу", - сообщил "Омский '
                     'вестник".', "Meeting")
    assert found and found[0] == ["встречу"]


# the jury, contest, war or meeting is what is headed or set (`=` in the line's context): one
# named around the act (`в годы войны`, `на заседании`, `накануне встречи`, `после конкурса`)
# leaves the appointment as it is

@pytest.mark.parametrize("text", [
    "Генерал Карл Бендер возглавил министерство обороны Ардении в годы войны.",
    "Актриса Инна Маркова возглавила театр Ардении после конкурса.",
    "На заседании совета директоров компании «Рудстрой» генеральным директором был назначен "
    "Пётр Лавров.",
    "Президент Ардении назначил Петра Лаврова послом в Норвегии накануне встречи на высшем уровне.",
])
def test_a_jury_war_or_meeting_around_the_act_leaves_the_appointment(text):
    assert "Appointment" in kinds(text)


def test_a_hearing_set_as_a_passive_subject_is_no_appointment():
    assert "Appointment" not in kinds("Слушание по делу Петра Лаврова назначено на 5 мая.")
