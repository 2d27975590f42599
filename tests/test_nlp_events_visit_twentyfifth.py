"""Visits, twenty-fifth round (docs/quality.md): a person named by name as the subject of an
arrival verb, bound for a named city or country, visits it, whatever office they hold
(kg/data/ru/arrival_verbs.txt, `named_traveller` in kg/nlp/ru/events.py); a pronoun, a job noun,
a plural subject, a scene or a building, the way home, a private purpose and an arrival told with
where one comes from stay no visit. The sentences are invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import agents_facts, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# ---- a named person's arrival ---------------------------------------------------------------


def test_a_named_person_who_flew_to_a_capital_visits_it():
    assert agents_facts("Анна Котова прилетела в Пекин в понедельник.", "Visit") == [
        (frozenset({"Анна Котова"}), "Actual")]


def test_a_named_person_who_left_for_a_country_visits_it():
    assert agents_facts("Мария Котова уехала в Германию, где поступила в университет.",
                        "Visit") == [
        (frozenset({"Мария Котова"}), "Actual")]


def test_a_named_persons_arrival_ahead_is_planned():
    assert agents_facts("Иван Котов прилетит в Варшаву в пятницу.", "Visit") == [
        (frozenset({"Иван Котов"}), "Planned")]


def test_a_named_persons_intended_arrival_is_planned():
    assert agents_facts("Иван Котов планирует приехать в Казань весной.", "Visit") == [
        (frozenset({"Иван Котов"}), "Planned")]


def test_a_named_persons_arrival_denied_is_negated():
    assert agents_facts("Иван Котов не прилетел в Варшаву, как обещал.", "Visit") == [
        (frozenset({"Иван Котов"}), "Negated")]


# ---- what stays no visit --------------------------------------------------------------------


def test_rescuers_arriving_at_a_scene_visit_nothing():
    assert agents_facts("Спасатели прибыли на место происшествия.", "Visit") == []


def test_a_train_arriving_in_a_city_visits_nothing():
    assert agents_facts("Поезд прибыл в Казань с опозданием.", "Visit") == []


def test_a_named_person_returning_home_visits_nothing():
    assert agents_facts("Иван Котов вернулся домой в Казань.", "Visit") == []


def test_a_named_person_flying_back_visits_nothing():
    assert agents_facts("Иван Котов вылетел обратно в Москву.", "Visit") == []


def test_a_named_persons_holiday_is_no_visit():
    assert agents_facts("Иван Котов уехал в Крым на отдых.", "Visit") == []


def test_a_named_persons_trip_for_treatment_is_no_visit():
    assert agents_facts("Иван Котов уехал в Тверь на лечение.", "Visit") == []


def test_a_pronoun_arriving_visits_nothing():
    assert agents_facts("Вечером он прилетел в Москву.", "Visit") == []


def test_an_arrival_told_with_where_one_came_from_is_no_visit():
    assert agents_facts("Иван Котов приехал в Москву с Украины десять лет назад.", "Visit") == []


def test_a_named_person_with_a_companion_under_a_plural_verb_visits_nothing():
    assert agents_facts("Иван Котов с женой прилетели в Париж.", "Visit") == []


def test_two_named_people_arriving_together_visit_the_place_together():
    # (thirty-fourth round: the subject is no more than the two names, unlike a companion's)
    assert agents_facts("Иван Котов и Анна Белова прилетели в Рим.", "Visit") == [
        (frozenset({"Иван Котов", "Анна Белова"}), "Actual")]


def test_a_named_person_arriving_at_a_court_visits_nothing():
    assert agents_facts("Иван Котов приехал в суд к девяти утра.", "Visit") == []


def test_a_named_person_setting_off_for_a_station_visits_nothing():
    assert agents_facts("Иван Котов отправился на вокзал.", "Visit") == []


def test_a_tourist_named_after_his_trade_visits_nothing():
    assert agents_facts("Турист Иван Котов приземлился в Пекине.", "Visit") == []


def test_a_named_plane_arriving_visits_nothing():
    assert agents_facts("Самолёт «Сухой Суперджет» прилетел в Пекин.", "Visit") == []


def test_a_named_persons_departure_told_by_a_noun_stays_with_the_office_check():
    assert agents_facts("Выезд Анны Котовой в Италию перенесли на осень.", "Visit") == []
