"""Review of the twenty-first round's conflict and justice events: faults found by sentences
written against the new lines and their neighbours. Sentences invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import described, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")



def years(text: str, kind: str) -> list[int | None]:
    return [d.year for d in described(text) if d.kind == kind]


# a time after `до` bounds the act, it does not date it

def test_custody_until_a_date_is_not_dated_by_it():
    assert years("Суд заключил Олега Зимина под стражу до 5 мая 2021 года.", "Arrest") == [None]


def test_an_exhibition_until_a_date_keeps_it():
    assert years("Выставка в музее Казани продлится до 9 января 2009 года.", "Performance") == [2009]


def test_custody_until_a_later_date_is_no_planned_arrest():
    assert found("Олег Зимин арестован на два месяца, до 5 мая 2023 года.", "Arrest") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_an_arrest_on_a_date_is_still_dated_by_it():
    assert years("Олег Зимин был арестован 5 апреля 2021 года.", "Arrest") == [2021]


def test_a_when_clause_after_a_bound_is_still_dated_by_it():
    assert years("До 2010 года, когда Олега Зимина арестовали, он был мэром.", "Arrest") == [2010]


# a motion to a court asks for the act

def test_a_motion_for_an_arrest_makes_it_possible():
    assert [f for f, _, _ in found("Следствие ходатайствует об аресте Олега Зимина.",
                                   "Arrest")] == ["Possible"]


def test_a_motion_for_custody_makes_it_possible():
    assert [f for f, _, _ in found(
        "Следствие подало ходатайство о заключении Олега Зимина под стражу.", "Arrest")] == [
        "Possible"]


# an act one was persuaded to do is not told as done

def test_persuading_someone_to_kill_is_no_killing_done():
    assert [f for f, _, _ in found("Олег Зимин убедил Ивана Петрова убить соседа.",
                                   "Killing")] == ["Possible"]


def test_talking_someone_into_resigning_is_no_resignation_done():
    assert [f for f, _, _ in found("Олег Зимин уговорил Ивана Петрова уйти в отставку.",
                                   "Resignation")] == ["Possible"]


def test_forcing_someone_to_resign_still_tells_the_resignation():
    assert [f for f, _, _ in found("Олег Зимин вынудил Ивана Петрова уйти в отставку.",
                                   "Resignation")] == ["Actual"]


# a subject after the verb the parse took for a second object

def test_a_fronted_object_and_a_nominative_after_the_verb_are_target_and_agent():
    assert found("Артёма Вершинина застрелил 30-летний Роман Баранов.", "Killing") == [
        ("Actual", frozenset({"Роман Баранов"}), frozenset({"Артём Вершинин"}))]


def test_the_plain_order_keeps_its_agent_and_target():
    assert found("Олег Зимин застрелил Ивана Петрова.", "Killing") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset({"Иван Петров"}))]


# `иметь в виду`: meaning a word, not doing the act

def test_meaning_a_killing_makes_the_speaker_no_killer():
    assert found("Олег Зимин имел в виду убийство Ивана Петрова.", "Killing") == [
        ("Actual", frozenset(), frozenset({"Иван Петров"}))]


def test_a_host_under_a_pretext_still_carries_its_act():
    assert found("Олег Зимин провёл арест Ивана Петрова под видом проверки.", "Arrest") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset({"Иван Петров"}))]


# a case that stirs interest opens nothing

def test_a_case_stirring_interest_is_no_case_opened():
    assert found("Дело Олега Зимина возбудило большой интерес общественности.", "Trial") == []


def test_a_case_stirring_debate_in_the_present_is_no_case_opened():
    assert found("Это дело возбуждает споры среди юристов.", "Trial") == []


def test_a_case_opened_with_no_participant_is_still_a_trial():
    assert [f for f, _, _ in found("По данному факту возбуждено уголовное дело.", "Trial")] == [
        "Actual"]


# a court's choice of a measure of restraint

def test_choosing_a_measure_of_restraint_elects_no_one():
    assert found("Суд избрал Олегу Зимину меру пресечения в виде домашнего ареста.",
                 "Election") == []


def test_an_election_to_a_post_is_still_one():
    assert found("Олег Зимин избран мэром Казани.", "Election") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_an_election_beside_a_registration_refused_is_still_told():
    # `отказать` is no modal word: what it governs is as often the one refused (`кандидатам на
    # выборах`) as the act refused
    assert [f for f, _, _ in found("Трём кандидатам на выборах в Госдуму отказали в "
                                   "регистрации.", "Election")] == ["Actual"]


# injuries counted without names: people only

def test_animals_hurt_are_no_injury():
    assert found("При пожаре пострадали две собаки.", "Injury") == []


def test_people_hurt_without_names_are_an_injury():
    assert [f for f, _, _ in found("При пожаре пострадали два человека.", "Injury")] == ["Actual"]


def test_no_one_hurt_is_no_injury():
    assert found("В результате пожара никто не пострадал.", "Injury") == []
