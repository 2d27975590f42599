"""Breadth of the event lexicon, twenty-ninth round (docs/events.md, "Synonym families"): lemmas
with no line added as synonyms of a class's lined words (accidents, surgery, services, taking a
throne, sending out of a country, an exhumation, an ordination). The sentences are invented for
the tests."""

from __future__ import annotations

from event_helpers import described, targets_of


def _kinds(text: str, kind: str) -> list[str]:
    return [e.kind for e in described(text) if e.kind == kind]


# ---- accidents --------------------------------------------------------------------------------


def test_a_roof_collapse_in_a_city_is_an_accident():
    assert _kinds("В Омске произошло обрушение крыши торгового центра.", "Accident") == [
        "Accident"]


def test_a_collapse_with_no_place_or_time_is_no_event():
    assert _kinds("Инженеры обсуждали обрушение.", "Accident") == []


def test_a_driver_running_over_a_named_person_is_an_accident_to_them():
    assert targets_of("В Самаре водитель Иван Петров наехал на Анну Белову.", "Accident") == [
        frozenset({"Анна Белова"})]


def test_a_warehouse_burnt_down_in_a_city_is_an_accident():
    assert _kinds("В 2019 году в Омске сгорел склад компании «Вектор».", "Accident") == [
        "Accident"]


def test_a_burnt_out_career_is_no_accident():
    assert _kinds("В 2019 году в Омске Иван Петров сгорел на работе.", "Accident") == []


def test_a_named_vessel_that_sank_is_an_accident():
    assert targets_of("У берегов Крыма затонуло судно «Звезда».", "Accident") == [
        frozenset({"Звезда"})]


# ---- surgery ----------------------------------------------------------------------------------


def test_a_leg_amputated_is_an_injury_of_the_patient():
    assert targets_of("Врачи ампутировали Ивану Петрову ногу в Казани.", "Injury") == [
        frozenset({"Иван Петров"})]


def test_a_trepanation_of_a_named_patient_is_an_injury():
    assert targets_of("Хирурги сделали трепанацию черепа Анне Беловой.", "Injury") == [
        frozenset({"Анна Белова"})]


# ---- services and feasts ----------------------------------------------------------------------


def test_a_mass_served_by_a_named_priest_is_a_ceremony():
    assert _kinds("Папа Франциск отслужил мессу в Риме.", "Ceremony") == ["Ceremony"]


def test_a_mourning_procession_in_a_city_is_a_ceremony():
    assert _kinds("Траурная процессия прошла в Москве 5 июня.", "Ceremony") == ["Ceremony"]


def test_a_bare_procession_of_cars_is_no_ceremony():
    assert _kinds("Процессия машин прошла в Москве 5 июня.", "Ceremony") == []


# ---- taking a throne --------------------------------------------------------------------------


def test_a_king_crowned_is_appointed():
    assert targets_of("Король Карл был коронован в Лондоне в 2023 году.", "Appointment") == [
        frozenset({"Карл"})]


def test_a_prince_who_inherited_the_throne_is_appointed():
    assert targets_of("Принц Харальд унаследовал престол в 1991 году.", "Appointment") == [
        frozenset({"Харальд"})]


def test_an_inherited_flat_is_no_appointment():
    assert _kinds("Иван Петров унаследовал квартиру в 1991 году.", "Appointment") == []


# ---- sending out of a country -----------------------------------------------------------------


def test_a_diplomat_expelled_by_a_state_is_sent_out():
    events = [(e.agents, e.targets) for e in described(
        "Россия выдворила британского дипломата Джона Смита.") if e.kind == "Arrest"]
    assert events == [(frozenset({"Россия"}), frozenset({"Джон Смит"}))]


# ---- an exhumation and an ordination ----------------------------------------------------------


def test_remains_of_a_named_person_exhumed_are_an_investigation_of_them():
    assert targets_of("Останки Ивана Петрова эксгумировали в Омске в 2019 году.",
                      "Investigation") == [frozenset({"Иван Петров"})]


def test_an_exhumed_thing_with_no_one_named_is_no_event():
    assert _kinds("Рабочие эксгумировали старый кабель.", "Investigation") == []


def test_a_man_ordained_a_priest_is_appointed():
    assert targets_of("Иван Петров был рукоположен в сан священника в 1958 году.",
                      "Appointment") == [frozenset({"Иван Петров"})]
