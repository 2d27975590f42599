"""A plural verb and a singular "subject": the companion named with `с` is a second subject, and
a lone name under an impersonal plural is its object (kg/nlp/ru/event_roles.py; docs/events.md
"Actors the trigger's own words do not give")."""

from __future__ import annotations

from event_helpers import agents_targets


def test_a_companion_with_s_and_a_plural_verb_is_a_second_subject():
    assert agents_targets("Иван Петров с Олегом Зиминым встретились в Москве.", "Meeting") == [
        (frozenset({"Иван Петров", "Олег Зимин"}), frozenset())]


def test_a_companion_with_a_singular_verb_stays_out_of_the_subject():
    got = agents_targets("Иван Петров с Олегом Зиминым арестовал Пьера Дюбуа в Париже.", "Arrest")
    assert all("Олег Зимин" not in agents for agents, _ in got)


def test_a_lone_indeclinable_name_under_an_impersonal_plural_is_the_object():
    assert agents_targets("Пьер Дюбуа арестовали в Париже.", "Arrest") == [
        (frozenset(), frozenset({"Пьер Дюбуа"}))]


def test_an_impersonal_plural_gives_no_agent_to_an_act_that_needs_one():
    assert agents_targets("Жан Дюпон критикуют за песню для президента.", "Accusation") == []


def test_two_names_with_a_plural_verb_are_both_subjects():
    assert agents_targets("Иван Петров и Олег Зимин раскритиковали министра.", "Accusation") == [
        (frozenset({"Иван Петров", "Олег Зимин"}), frozenset())]
