"""Speech acts of the twenty-second round, reviewed: where the new lines and role fallbacks read
too much. Insisting on one's own is no demand, a contest for a prize no dispute, a visit to a
doctor or a lawyer no appeal, a duty handed over no accusation even when its task noun may also
name a body, and a `на` phrase under a noun of an attack is the attack's target, not the
sanctioned or the blamed. Each behaviour has the sentence that showed the fault and one that
keeps the rule's own reading. Every sentence is written for the test, none taken from an article."""

from __future__ import annotations

import pytest

from event_helpers import described, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def kinds(text: str) -> set[str]:
    return {d.kind for d in described(text)}


# ---- insisting on one's own

@pytest.mark.parametrize("text", [
    "Иван Петров настаивает на своём.",
    "Иван Петров настоял на своём.",
])
def test_insisting_on_ones_own_is_no_demand(text):
    assert "Demand" not in kinds(text)


def test_insisting_on_an_act_is_still_a_demand():
    assert found("Иван Петров настоял на проведении повторной экспертизы.", "Demand") == [
        ("Actual", frozenset({"Иван Петров"}), frozenset())]


# ---- a contest for a prize or a place

@pytest.mark.parametrize("text", [
    "Иван Петров и Олег Смирнов ведут спор за титул чемпиона мира.",
    "Команды «Зенит» и «Спартак» ведут спор за чемпионство.",
    "«Зенит» и «Спартак» продолжат спор за первое место в субботу.",
])
def test_a_contest_for_a_prize_or_a_place_is_no_dispute(text):
    assert "Dispute" not in kinds(text)


def test_a_dispute_between_two_sides_over_a_thing_is_still_one():
    assert found("Спор между Россией и Украиной о газе обострился.", "Dispute") == [
        ("Actual", frozenset({"Россия", "Украина"}), frozenset())]


# ---- an address to a doctor or a lawyer

@pytest.mark.parametrize("text", [
    "Обращение Ивана Петрова к адвокату Олегу Смирнову осталось без ответа.",
    "Обращение Анны Беловой к врачу Олегу Смирнову спасло ей жизнь.",
])
def test_going_to_a_doctor_or_a_lawyer_is_no_appeal(text):
    assert "Appeal" not in kinds(text)


def test_an_address_to_a_named_person_is_still_an_appeal():
    assert found("Обращение Анны Беловой к президенту Олегу Смирнову собрало тысячи подписей.",
                 "Appeal") == [("Actual", frozenset({"Анна Белова"}), frozenset({"Олег Смирнов"}))]


# ---- a duty handed over, its task noun one that may also name a body

@pytest.mark.parametrize("text", [
    "Министр Олег Смирнов возложил ответственность за организацию праздника на Ивана Петрова.",
    "Олег Смирнов возложил на Ивана Петрова ответственность за организацию праздника.",
    "Олег Смирнов возложил на Ивана Петрова ответственность за безопасность на стадионе.",
    "Олег Смирнов возложил на Ивана Петрова ответственность за контроль над расходами.",
])
def test_a_task_handed_over_is_no_accusation(text):
    assert "Accusation" not in kinds(text)


def test_blame_for_a_harm_laid_on_a_body_named_by_its_kind_is_still_an_accusation():
    assert found("Правительство Ирака возложило ответственность за теракт на террористическую "
                 "организацию «Исламское государство».", "Accusation") == [
        ("Actual", frozenset({"Ирак"}), frozenset({"Исламское государство"}))]


# ---- a `на` phrase under a noun of an attack

def test_the_one_attacked_is_not_the_one_sanctioned():
    assert found("Евросоюз ввёл санкции за нападение на компанию «Вектор».", "Sanction") == [
        ("Actual", frozenset({"Евросоюз"}), frozenset())]


def test_the_one_attacked_is_not_the_one_blamed():
    assert found("Олег Смирнов возложил ответственность за нападение на Ивана Петрова.",
                 "Accusation") == [("Actual", frozenset({"Олег Смирнов"}), frozenset())]


def test_a_harm_without_a_target_of_its_own_leaves_the_blamed_to_the_verb():
    assert found("Олег Смирнов возложил ответственность за гибель людей на Ивана Петрова.",
                 "Accusation") == [("Actual", frozenset({"Олег Смирнов"}), frozenset({"Иван Петров"}))]
