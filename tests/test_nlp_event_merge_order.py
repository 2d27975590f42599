"""Event identity (docs/events.md, "One act told again"): an act named as the time of another
(`через месяц после ареста X`) by the clause that tells that other act is a second act of the
class, not the first told again; a noun after `после` in a clause about something else, and a
title's act told in the lead, stay one act."""

from __future__ import annotations

from event_helpers import described


def _of(text: str, kind: str):
    return [d for d in described(text) if d.kind == kind]


def test_an_arrest_told_as_coming_a_month_after_an_arrest_is_a_second_arrest():
    text = ("Ивана Петрова арестовали в среду. "
            "Арест Петрова произошёл через месяц после ареста Петрова в Москве.")
    assert len(_of(text, "Arrest")) == 2


def test_a_verb_clause_placed_after_an_act_of_its_class_tells_a_second_act():
    text = ("Ивана Петрова арестовали в среду. "
            "Петрова арестовали через месяц после ареста Петрова в Москве.")
    assert len(_of(text, "Arrest")) == 2


def test_a_meeting_held_the_day_before_a_meeting_of_the_same_people_is_another_meeting():
    text = ("Олег Белов встретился с Иваном Петровым в среду. "
            "Встреча прошла накануне встречи Белова с Петровым.")
    assert len(_of(text, "Meeting")) == 2


def test_an_act_after_which_something_else_happened_is_the_act_told_before():
    text = ("Ивана Петрова арестовали в среду. "
            "После ареста Петрова отправили в Лиманск.")
    assert len(_of(text, "Arrest")) == 1


def test_a_title_arrest_and_the_lead_that_tells_what_followed_it_keep_one_arrest():
    text = ("Задержан Иван Петров\n"
            "Ивана Петрова задержали в среду. После задержания Петрова доставили в отдел полиции.")
    assert len(_of(text, "Arrest")) == 1


def test_an_act_before_which_the_person_left_is_the_act_told_before():
    text = ("Ивана Петрова арестовали в среду. "
            "Перед арестом Петров успел уехать в Лиманск.")
    assert len(_of(text, "Arrest")) == 1
