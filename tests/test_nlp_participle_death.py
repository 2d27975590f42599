"""A death told by an attributive participle with words of its own beside a named person
(kg/data/ru/participle_event_kinds.txt, twenty-eighth round): `X, умершего в 1976 году` is X's
death, dated; a participle used as a noun (`родственники погибших`) or bare before its noun
(`вдова умершего писателя X`) names people by a death told elsewhere and stays no event.
Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import of_class


def test_a_participle_after_the_name_with_its_date_tells_the_death():
    found = of_class("Наследники писателя Ивана Котова, умершего в 1976 году, продали его дом.",
                     "Death")
    assert [(d.targets, d.year, d.factuality) for d in found] == [
        (frozenset({"Иван Котов"}), 1976, "Actual")]


def test_a_participle_used_as_a_noun_tells_no_death():
    assert of_class("Родственники погибших в катастрофе под Омском получили компенсацию.",
                    "Death") == []


def test_a_bare_participle_before_the_name_tells_no_death():
    assert of_class("Вдова умершего писателя Ивана Котова продала его дом.", "Death") == []


def test_a_present_participle_tells_no_death():
    assert of_class("Лекарство получил умирающий от рака писатель Иван Котов из Омска.",
                    "Death") == []
