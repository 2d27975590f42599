"""A laureate is a person or a body, never a place; a prize named only by its quoted name
(kg/data/ru/prize_names.txt) reads as the word `премия`; a noun that only names a ceremony's form
(`церемония прощания`) passes on what is said of it, held or called off."""

from __future__ import annotations

import pytest
from event_helpers import described, found, readings, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def _others(text: str, kind: str) -> list[tuple[str, frozenset[str]]]:
    return [(d.factuality, d.others) for d in described(text) if d.kind == kind]


def test_a_region_said_to_be_a_laureate_is_no_awardee():
    assert found("Лауреатом премии стала Мордовия.", "Award") == []


def test_a_country_called_a_nobel_laureate_is_no_awardee():
    assert found("Нобелевским лауреатом стала Франция.", "Award") == []


def test_a_person_who_became_a_laureate_is_still_the_awardee():
    assert found("Лауреатом премии стала писательница Анна Орлова.", "Award") == [
        ("Actual", frozenset(), frozenset({"Анна Орлова"}))]


def test_a_region_awarded_an_order_by_the_verb_stays_the_awardee():
    assert found("Республика Мордовия награждена орденом Дружбы.", "Award") == [
        ("Actual", frozenset(), frozenset({"Республика Мордовия"}))]


def test_the_holder_of_a_prize_named_only_in_quotes_is_awarded():
    assert found("Обладателем «Золотого глобуса» стал актёр Роман Лавров.", "Award") == [
        ("Actual", frozenset(), frozenset({"Роман Лавров"}))]


def test_receiving_a_prize_named_only_in_quotes_is_an_award():
    assert found("Певец Олег Ракитин получил «Грэмми».", "Award") == [
        ("Actual", frozenset(), frozenset({"Олег Ракитин"}))]


def test_a_prize_name_of_two_words_in_quotes_is_read_whole():
    assert found("Режиссёр Ирина Волкова получила «Золотую маску».", "Award") == [
        ("Actual", frozenset(), frozenset({"Ирина Волкова"}))]


def test_a_film_that_receives_a_prize_is_no_named_awardee():
    assert found("«Оскар» за лучший фильм получил «Паразит».", "Award") == []


def test_a_company_named_like_a_prize_receiving_a_loan_is_no_award():
    assert found("Компания «Ника» получила кредит в банке.", "Award") == []


def test_a_mask_outside_quotes_is_no_prize():
    assert found("Актёр Иван Белов получил золотую маску в подарок.", "Award") == []


def test_a_farewell_ceremony_that_will_not_take_place_is_negated():
    assert _others("Церемония прощания с композитором Вадимом Ершовым не состоится.",
                   "Ceremony") == [("Negated", frozenset({"Вадим Ершов"}))]


def test_a_farewell_ceremony_called_off_is_negated():
    assert _others("Церемония прощания с балериной Ниной Соколовой в театре отменена.",
                   "Ceremony") == [("Negated", frozenset({"Нина Соколова"}))]


def test_a_farewell_ceremony_that_will_take_place_is_planned():
    assert _others("Церемония прощания с композитором Вадимом Ершовым состоится в пятницу.",
                   "Ceremony") == [("Planned", frozenset({"Вадим Ершов"}))]


def test_a_ceremony_not_called_off_stays_actual():
    assert _others("Церемония прощания с балериной Ниной Соколовой не была отменена.",
                   "Ceremony") == [("Actual", frozenset({"Нина Соколова"}))]


def test_a_concert_that_will_not_take_place_on_a_condition_is_not_negated():
    assert [f for f, _, _ in found(
        "Концерт, который не состоится без спонсоров, должен был пройти в Омске.",
        "Performance")] == ["Planned"]


def test_a_match_that_will_not_take_place_is_negated():
    assert [f for f, _, _ in found("Матч между «Спартаком» и «Зенитом» не состоится.",
                                   "SportsMatch")] == ["Negated"]
