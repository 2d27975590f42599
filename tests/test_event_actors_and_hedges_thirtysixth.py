"""Who takes part in an event, and how sure it is (thirty-sixth round, act37): the genitive right
after a second conjunct is that conjunct's, wherever the parse hung it (event_roles.py
`conjunct_genitive`); whom a claim given up was against is the refusal's target (`отказалась от
претензий к X`: a role's phrase under the noun its line's preposition governs); `вряд ли`,
`едва ли` hedge their act (kg/data/ru/event_modality.txt: kg:Possible). The sentences are
invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import agents_targets, factualities, places, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def test_an_act_said_to_be_unlikely_is_possible():
    assert factualities("Министр Иван Кравцов вряд ли посетит Казань.", "Visit") == ["Possible"]
    assert factualities("Олег Сомов едва ли уйдёт в отставку до конца года.",
                        "Resignation") == ["Possible"]


def test_barely_in_time_or_nearly_is_no_hedge():
    assert factualities("Иван Кравцов едва успел посетить Казань.", "Visit") == ["Actual"]
    assert factualities("Иван Кравцов посетил Казань, едва вернувшись из Москвы.",
                        "Visit") == ["Actual"]


def test_the_forces_of_a_second_side_are_that_sides_whatever_the_parse_hung_them_on():
    # the parse hangs `Ивана Кравцова` on `армией`, the first conjunct
    text = "Столкновения между армией Сирии и силами Ивана Кравцова начались в среду."
    assert agents_targets(text, "Attack") == [
        (frozenset({"Сирия", "Иван Кравцов"}), frozenset())]


def test_whom_a_claim_given_up_was_against_is_the_refusals_target():
    assert agents_targets("Компания «Орбита» отказалась от претензий к Виктору Ежову.",
                          "Rejection") == [(frozenset({"Орбита"}), frozenset({"Виктор Ежов"}))]


def test_a_refusal_of_comment_names_no_target():
    assert agents_targets("Олег Сомов отказался от комментариев.", "Rejection") == [
        (frozenset({"Олег Сомов"}), frozenset())]


def test_the_city_of_the_deed_a_sentence_is_for_is_no_place_of_the_sentence():
    # the line's own `за` governs `поджог`: its target may be read there, its place is the arson's
    assert places("Олега Ветрова осудили за поджог в Липецке.", "Sentence") == [None]
