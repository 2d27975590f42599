"""Lines of which none fits, twenty-sixth round (docs/quality.md): an arrival of an office holder
bound for a part of a place (`приехал в район Солсбери`, `прибыл в центр Казани`, `на север
Ирака`; kg/data/ru/area_nouns.txt, `area_place` in kg/nlp/ru/events.py) visits that place, as one
bound for the place itself does. A street or a square, a building of a body, a part of something
that is no place, a part named with a time, a holder of no office and the way home stay no visit.
An attributive participle set off by a comma after a noun, which the parse hangs on a noun further
on that it does not agree with (`за Ивана Котова, родившегося в …, отдали голоса 31 % жителей`),
describes the agreeing noun before the comma (`described` in kg/nlp/ru/event_roles.py); a noun
before it that does not agree, a phrase with no comma before it and one that agrees with the noun
it is hung on keep their reading. The sentences are invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import (  # noqa: F401
    actors_facts,
    agents_facts,
    described,
    places,
    shipped_lexicon,
)

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# ---- bound for a part of a place ----------------------------------------------------------------


def test_a_minister_who_came_to_the_district_of_a_town_visits_it():
    assert agents_facts("Министр обороны Франции Иван Котов в субботу приехал в район Солсбери, "
                        "чтобы встретиться с жителями.",
                        "Visit") == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_minister_who_arrived_in_the_centre_of_a_city_visits_it():
    text = "Министр иностранных дел Франции Иван Котов прибыл в центр Казани."
    assert agents_facts(text, "Visit") == [(frozenset({"Иван Котов"}), "Actual")]
    assert places(text, "Visit") == ["Казань"]


def test_a_ministers_arrival_in_a_district_ahead_is_planned():
    assert agents_facts("Министр обороны Франции Иван Котов приедет в район Солсбери в пятницу.",
                        "Visit") == [
        (frozenset({"Иван Котов"}), "Planned")]


# ---- what stays no visit ------------------------------------------------------------------------


def test_a_doctor_who_came_to_a_district_visits_nothing():
    assert agents_facts("Врач Анна Белова приехала в район Солсбери к больному соседу.",
                        "Visit") == []


def test_police_who_came_to_a_district_visit_nothing():
    assert agents_facts("Полиция прибыла в район Солсбери через десять минут.", "Visit") == []


def test_a_district_of_an_airport_is_no_place_visited():
    assert agents_facts("Министр иностранных дел Франции Иван Котов прибыл в район аэропорта.",
                        "Visit") == []


def test_a_minister_who_came_to_a_square_visits_nothing():
    assert agents_facts("Министр обороны Франции Иван Котов прибыл на площадь Свободы в Казани.",
                        "Visit") == []


def test_a_minister_who_came_to_a_court_building_visits_nothing():
    assert agents_facts("Министр юстиции Франции Иван Котов приехал в здание суда.", "Visit") == []


def test_a_district_named_by_an_hour_is_no_place_visited():
    assert agents_facts("Министр обороны Франции Иван Котов приехал в район в 10 часов утра.",
                        "Visit") == []


def test_a_president_flying_home_to_his_capitals_centre_visits_nothing():
    assert agents_facts("После саммита президент России Иван Котов улетел в центр Москвы.",
                        "Visit") == []


# ---- a participle after a comma, hung on a noun further on ------------------------------------

_VOTE = ("За нынешнего мэра города Ивана Котова, {} в Омской области России, отдали голоса 31,5 % "
         "жителей, за бывшего мэра Олега Петрова — 20,1 %.")


def test_a_candidate_born_somewhere_is_born_though_the_parse_hangs_it_on_the_voters():
    assert actors_facts(_VOTE.format("родившегося"), "Birth") == [
        (frozenset({"Иван Котов"}), "Actual")]


def test_a_candidate_arrested_somewhere_is_arrested_though_hung_on_the_voters():
    assert actors_facts("По данным комиссии, за Ивана Котова, арестованного в Омской области "
                        "России, отдали голоса 31,5 % жителей, за бывшего мэра Олега Петрова — "
                        "20,1 %.", "Arrest") == [(frozenset({"Иван Котов"}), "Actual")]


def test_the_wife_arrested_is_not_the_husband_named_before_the_comma():
    assert actors_facts("За жену Ивана Котова, арестованную в Омской области России, отдали голоса "
                        "31,5 % жителей, за бывшего мэра Олега Петрова — 20,1 %.", "Arrest") == []


def test_a_participle_before_the_voters_without_a_comma_describes_them():
    assert actors_facts("За нынешнего мэра города Ивана Котова отдали голоса 31,5 % родившихся в "
                        "Омской области жителей, за бывшего мэра Олега Петрова — 20,1 %.",
                        "Birth") == []


def test_a_plural_participle_after_the_voters_describes_them():
    assert actors_facts("За Ивана Котова, как сообщила комиссия, отдали голоса 31 % жителей, "
                        "родившихся в Омской области.", "Birth") == []


def test_a_plural_participle_after_the_candidates_comma_describes_the_voters():
    assert actors_facts(_VOTE.format("родившихся"), "Birth") == []
