"""Events of conflict, crime and courts, twenty-first round: suspicions and charges told without
their author (`X подозревается в …`, `X обвиняется в …`, `X подозревают в …`), reproaches, and
custody ordered (`заключён под стражу`, `отправлен под домашний арест`). Sentences invented for
the tests."""

from __future__ import annotations

import pytest
from event_helpers import described, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")



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


def test_a_date_after_a_search_still_dates_the_arrest():
    # a search is the law's own act, no offence: the date hung on it dates the arrest
    assert years("Олег Зимин был арестован после обыска в мае 2019 года.", "Arrest") == [2019]


def test_a_date_said_of_the_sentence_itself_stays():
    assert years("В 2015 году Олег Зимин был приговорён к пяти годам за убийство соседа.",
                 "Sentence") == [2015]


# a criminal case opened

def test_a_case_opened_needs_no_named_participant():
    assert found("По данному факту возбуждено уголовное дело.", "Trial") == [
        ("Actual", frozenset(), frozenset())]


def test_a_case_opened_against_someone_names_him():
    assert found("Против Олега Зимина возбуждены два уголовных дела.", "Trial") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_stirring_interest_in_a_case_opens_none():
    assert found("Олег Зимин возбудил интерес публики к делу о наследстве.", "Trial") == []


def test_a_case_only_demanded_is_not_opened():
    assert found("Адвокаты потребовали возбудить уголовное дело.", "Trial") == []


def test_a_case_that_may_be_opened_is_possible():
    assert [f for f, _, _ in found("Следователи могут возбудить уголовное дело.", "Trial")] \
        == ["Possible"]


def test_a_request_for_a_case_with_no_one_named_opens_none():
    assert found("Прокуратура направила ходатайство о возбуждении дела.", "Trial") == []


# a `когда` clause right after a time expression

def test_a_when_clause_after_a_date_is_dated_by_it():
    assert years("Протесты завершились 11 июня 2018 года, когда полицейские задержали "
                 "Олега Зимина.", "Arrest") == [2018]


def test_a_when_clause_hung_on_the_year_is_dated_by_it():
    assert years("В 2011 году, когда Олега Зимина арестовали, он жил в Казани.", "Arrest") == [2011]


def test_a_verb_coordinated_in_the_when_clause_is_dated_too():
    assert years("Протесты завершились 11 июня 2018 года, когда полицейские убрали палатки и "
                 "задержали Олега Зимина.", "Arrest") == [2018]


def test_a_when_of_an_indirect_question_takes_no_date():
    assert years("Протесты завершились 11 июня 2018 года, а когда полиция задержала Олега "
                 "Зимина, неизвестно.", "Arrest") == [None]


def test_a_when_clause_after_a_place_takes_no_date_from_it():
    assert years("Олег Зимин уехал в Казань, когда полиция задержала Игоря Зимина.",
                 "Arrest") == [None]


# an arrest sought or authorised is not yet made

def test_an_arrest_sought_is_not_actual():
    assert [f for f, _, _ in found("Прокуратура добивается ареста Олега Зимина.", "Arrest")] \
        == ["Possible"]


def test_an_arrest_achieved_is_actual():
    assert [f for f, _, _ in found("Прокуратура добилась ареста Олега Зимина.", "Arrest")] \
        == ["Actual"]


def test_a_warrant_for_an_arrest_is_no_arrest_made():
    assert [f for f, _, _ in found("Суд выдал ордер на арест Олега Зимина.", "Arrest")] \
        == ["Possible"]


def test_a_permission_for_an_arrest_is_no_arrest_made():
    assert [f for f, _, _ in found("Суд дал разрешение на арест Олега Зимина.", "Arrest")] \
        == ["Possible"]


def test_an_act_beside_a_permission_stays_actual():
    assert [d.factuality for d in described(
        "Олег Зимин получил разрешение на выезд и переехал в Казань.")
        if d.kind == "Relocation"] == ["Actual"]


# casualties counted without names

def test_a_count_of_people_hurt_tells_an_injury():
    assert found("В результате взрыва пострадали 12 человек.", "Injury") == [
        ("Actual", frozenset(), frozenset())]


def test_a_count_of_people_hospitalised_tells_an_injury():
    assert found("Двое полицейских были госпитализированы.", "Injury") == [
        ("Actual", frozenset(), frozenset())]


def test_an_economy_that_suffered_is_no_injury():
    assert found("Экономика страны пострадала от санкций.", "Injury") == []


def test_a_company_taking_a_blow_is_no_injury():
    assert found("Компания получила травмы репутации.", "Injury") == []


def test_a_named_person_injured_is_still_the_target():
    assert found("Олег Зимин получил ранения при взрыве.", "Injury") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]
