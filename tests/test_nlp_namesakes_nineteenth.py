"""Namesakes told apart by their middle names (nineteenth round): one first name and one surname,
but different names between them, are two people. Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str):
    return [e for e in extract(Document("t", text)).entities if e.kind == "person"]


def test_different_middle_names_make_two_namesakes():
    found = people("Суд оправдал Юсуфа Карима Хасана Бадави и осудил Юсуфа Салиха Бадави. "
                   "Оба жили в Хайфе.")
    assert sorted(e.name for e in found) == ["Юсуф Карим Хасан Бадави", "Юсуф Салих Бадави"], found


def test_one_middle_name_written_in_two_cases_stays_one_person():
    found = people("Юсуф Салих Бадави прибыл в Хайфу. Адвокат Юсуфа Салиха Бадави подал жалобу.")
    assert len(found) == 1, found


def test_a_name_without_middle_names_joins_the_namesake_named_first():
    found = people("Юсуф Салих Бадави прибыл в Хайфу вместе с Юсуфом Каримом Бадави. "
                   "Юсуф Бадави подал жалобу.")
    assert len(found) == 2, found
    first = next(e for e in found if e.name == "Юсуф Салих Бадави")
    assert [m.text for m in first.mentions][-1] == "Юсуф Бадави"


def test_particles_between_the_names_are_no_middle_names():
    found = people("Эмир Хамад бин Халифа Аль Тани прибыл в Доху. "
                   "Хамад бен Халифа Аль Тани встретился с министрами.")
    assert len(found) == 1, found
