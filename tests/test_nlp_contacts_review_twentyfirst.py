"""Faults of the twenty-first round's contact, appeal and protest rules, with their boundaries:
a subjectless plural verb acting for a building it is held in or for a blow struck there, the one
an `акция поддержки` is for read as its doer, the one who goes out to an `акция протеста` or a
`марш протеста`, a march that is music, ringing at a door or a bell, turning to a faith or into
something, and the date of a cancelled visit (the day of the cancelling, a month-only plan, a
year guessed from tense). Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described


def found(text: str, kind: str) -> list[tuple[str, frozenset[str]]]:
    return [(d.factuality, d.actors) for d in described(text) if d.kind == kind]


def roles(text: str, kind: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(d.agents, d.targets) for d in described(text) if d.kind == kind]


# a subjectless plural verb and the organisation of its `в` phrase

def test_a_killing_in_a_company_s_offices_is_not_the_company_s():
    assert roles("В «Газпроме» убили Олега Климова.", "Killing") == [
        (frozenset(), frozenset({"Олег Климов"}))]


def test_an_award_given_in_a_theatre_is_not_the_theatre_s():
    assert all("Большой театр" not in agents for agents, _ in roles(
        "В Большом театре наградили Олега Климова.", "Award"))


def test_a_body_still_acts_for_a_subjectless_verb_of_congratulation():
    assert roles("В Госдуме поздравили Олега Климова с юбилеем.", "Congratulation") == [
        (frozenset({"Госдума"}), frozenset({"Олег Климов"}))]


# who an action of support is for

def test_the_one_an_action_of_support_is_for_is_its_target():
    assert roles("В Самаре прошла акция поддержки Олега Климова.", "Protest") == [
        (frozenset(), frozenset({"Олег Климов"}))]


def test_the_one_an_action_in_memory_is_for_is_its_target():
    assert roles("В Самаре прошла акция памяти Анны Зориной.", "Protest") == [
        (frozenset(), frozenset({"Анна Зорина"}))]


def test_the_holder_of_an_action_of_support_stays_its_agent():
    assert roles("Олег Климов провёл акцию поддержки Анны Зориной.", "Protest") == [
        (frozenset({"Олег Климов"}), frozenset({"Анна Зорина"}))]


def test_the_genitive_of_a_protest_action_is_still_who_holds_it():
    assert roles("Акция протеста «Яблока» прошла в Самаре.", "Protest") == [
        (frozenset({"Яблоко"}), frozenset())]


# going out to a compound act of protest

def test_one_who_goes_out_to_a_protest_action_takes_part():
    assert found("Олег Климов вышел на акцию протеста.", "Protest") == [
        ("Actual", frozenset({"Олег Климов"}))]


def test_those_who_go_out_to_a_march_of_protest_take_part():
    assert found("Олег Климов и Анна Зорина вышли на марш протеста.", "Protest") == [
        ("Actual", frozenset({"Олег Климов", "Анна Зорина"}))]


# a march that is music

def test_a_march_an_orchestra_plays_is_no_protest():
    assert found("Оркестр исполнил марш Мендельсона.", "Protest") == []


def test_a_wedding_march_is_no_protest():
    assert found("Олег Климов и Анна Зорина вошли в зал под свадебный марш.", "Protest") == []


def test_a_march_through_a_city_stays_a_protest():
    assert found("Олег Климов и Анна Зорина вышли на марш в Твери.", "Protest") != []


# ringing is no call

def test_ringing_at_a_door_is_no_phone_call():
    assert found("Анна Зорина позвонила в дверь.", "PhoneCall") == []


def test_ringing_a_bell_is_no_phone_call():
    assert found("Олег Климов позвонил в колокол.", "PhoneCall") == []


def test_a_call_to_a_newsroom_stays_a_call():
    assert found("Анна Зорина позвонила в редакцию.", "PhoneCall") == [
        ("Actual", frozenset({"Анна Зорина"}))]


# turning to a faith or into something is no appeal

def test_turning_to_orthodoxy_is_no_appeal():
    assert found("Олег Климов обратился в православие.", "Appeal") == []


def test_being_all_ears_is_no_appeal():
    assert found("Олег Климов обратился в слух.", "Appeal") == []


# the date of a cancelled visit

def test_a_date_after_the_cancel_word_is_when_it_was_called_off():
    assert found("Олег Климов посетит Осло 20 марта. Визит в Осло отменён 10 марта.",
                 "Visit") == [("Negated", frozenset({"Олег Климов"}))]


def test_a_visit_planned_for_a_month_is_called_off_on_a_day_of_it():
    assert found("Олег Климов посетит Осло в марте. Визит 20 марта отменён.", "Visit") == [
        ("Negated", frozenset({"Олег Климов"}))]


def test_a_visit_planned_for_the_day_called_off_is_negated_whatever_year_tense_gives():
    assert found("Олег Климов посетит Осло 10 марта. Визит, запланированный на 10 марта, "
                 "отменён.", "Visit") == [("Negated", frozenset({"Олег Климов"}))]


def test_a_visit_planned_for_another_day_than_the_one_called_off_stays_planned():
    assert ("Planned", frozenset({"Олег Климов"})) in found(
        "Олег Климов посетит Осло 20 марта. Визит, запланированный на 10 марта, отменён.",
        "Visit")


def test_visits_of_two_written_years_stay_apart():
    assert ("Planned", frozenset({"Олег Климов"})) in found(
        "Олег Климов посетит Осло 20 марта 2023 года. Визит 20 марта 2024 года отменён.", "Visit")
