"""Taking part told with `принять участие` keeps its subject out of the gathering in the same
cases `участвовать` does: a failed attempt (`не смог принять участие`) and a refusal (`отказался
принять участие`), not only a negated verb (kg/nlp/ru/events.py `host_of` asks `absent` and
`barred`; thirty-second round, review rev32 of false32). Every sentence is written for these
tests."""

from __future__ import annotations

from event_helpers import actors_of


def test_one_who_could_not_take_part_in_a_summit_is_no_participant():
    assert actors_of("Олег Зуев не смог принять участие в саммите НАТО из-за болезни.",
                     "Summit") == [frozenset({"НАТО"})]


def test_one_who_refused_to_take_part_in_a_summit_is_no_participant():
    assert actors_of("Олег Зуев отказался принять участие в саммите НАТО.", "Summit") == [
        frozenset({"НАТО"})]


def test_one_who_managed_to_take_part_in_a_summit_is_a_participant():
    assert actors_of("Олег Зуев смог принять участие в саммите НАТО.", "Summit") == [
        frozenset({"Олег Зуев", "НАТО"})]


def test_one_who_could_not_take_part_but_for_a_condition_stays_a_participant():
    assert actors_of("Олег Зуев не смог бы принять участие в саммите НАТО без визы.",
                     "Summit") == [frozenset({"Олег Зуев", "НАТО"})]
