"""Events of conflict, crime and courts, twenty-first round: suspicions and charges told without
their author (`X подозревается в …`, `X обвиняется в …`, `X подозревают в …`), reproaches, and
custody ordered (`заключён под стражу`, `отправлен под домашний арест`). Sentences invented for
the tests."""

from __future__ import annotations

import pytest
from event_helpers import described

from kg.nlp.ru import events


@pytest.fixture(autouse=True)
def lexicon(monkeypatch):
    """The shipped lexicons, whatever the environment says."""
    for name in ("KG_DERIVED_TRIGGERS", "KG_LEARNED_TRIGGERS", "KG_ASPECT_TRIGGERS"):
        monkeypatch.delenv(name, raising=False)
    events.reload_lexicon()
    yield
    events.reload_lexicon()


def found(text: str, kind: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    return [(d.factuality, d.agents, d.targets) for d in described(text) if d.kind == kind]


# suspicion and charges with no one named as their author

def test_a_reflexive_passive_of_suspicion_accuses_its_subject():
    assert found("Олег Зимин подозревается в крупном мошенничестве.", "Accusation") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_a_reflexive_passive_of_a_charge_accuses_its_subject():
    assert found("Бизнесмен Олег Зимин обвиняется в уклонении от налогов.", "Accusation") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_a_negated_charge_is_told_as_negated():
    assert [f for f, _, _ in found("Олег Зимин не обвиняется в уклонении от налогов.",
                                   "Accusation")] == ["Negated"]


def test_suspecting_someone_of_an_act_accuses_him():
    assert found("Следователи подозревают Олега Зимина в растрате.", "Accusation") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_suspecting_that_something_happened_accuses_no_one():
    assert found("Олег Зимин подозревает, что его обманули.", "Accusation") == []


def test_suspecting_that_with_a_place_phrase_accuses_no_one():
    # the `в` of a place is no `в` of the act suspected, and no one is named as suspected
    assert found("Следователи в Казани подозревают, что Олег Зимин уехал.", "Accusation") == []


def test_suspecting_an_unnamed_person_makes_no_accusation():
    assert found("Олег Зимин подозревает в измене свою жену.", "Accusation") == []


def test_a_reproach_is_an_accusation_of_the_one_reproached():
    assert found("Болельщики упрекают тренера Олега Зимина в слабой игре команды.",
                 "Accusation") == [("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_reproaching_oneself_accuses_no_one_named():
    assert found("Олег Зимин упрекнул себя за ошибку.", "Accusation") == []


# custody ordered

def test_a_court_taking_someone_into_custody_arrests_him():
    assert found("Суд заключил Олега Зимина под стражу.", "Arrest") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_the_passive_of_custody_arrests_its_subject():
    assert found("Олег Зимин заключён под стражу на два месяца.", "Arrest") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_house_arrest_ordered_is_an_arrest():
    assert found("Олега Зимина поместили под домашний арест.", "Arrest") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_a_request_sent_for_an_arrest_arrests_no_one_yet():
    assert [f for f, _, _ in found("Прокуратура отправила в суд запрос на арест Олега Зимина.",
                                   "Arrest")] != ["Actual"]


def test_concluding_a_treaty_is_no_custody():
    assert found("Олег Зимин заключил договор с компанией «Вектор».", "Arrest") == []


def test_planting_something_under_a_window_is_no_arrest():
    assert found("Олег Зимин посадил яблоню под окном.", "Arrest") == []


# the time of an offence named under an act of the law is the offence's

def years(text: str, kind: str) -> list[int | None]:
    return [d.year for d in described(text) if d.kind == kind]


def test_the_year_of_the_offence_is_not_the_year_of_the_acquittal():
    assert years("Олег Зимин был оправдан по обвинению в убийстве в 2012 году.",
                 "Sentence") == [None]


def test_the_year_of_the_offence_is_not_the_year_of_the_sentence():
    assert years("Олег Зимин приговорён к пяти годам за убийство соседа в 2015 году.",
                 "Sentence") == [None]


def test_a_frame_noun_over_an_event_still_dates_the_arrest():
    assert years("Олег Зимин был арестован во время протестов в феврале 2012 года.",
                 "Arrest") == [2012]


def test_a_date_after_a_place_still_dates_the_arrest():
    assert years("Олег Зимин был арестован в аэропорту Казани 9 апреля 2019 года.",
                 "Arrest") == [2019]


def test_a_date_said_of_the_sentence_itself_stays():
    assert years("В 2015 году Олег Зимин был приговорён к пяти годам за убийство соседа.",
                 "Sentence") == [2015]
