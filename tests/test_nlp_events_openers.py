"""A sentence that opens with its capitalised verb (`Задержан Иван Петров`) has its trigger and
subject read like any other, and a subject the parse hung under a source phrase (`по словам
очевидцев Пётр Орлов погиб`) is still the verb's subject (docs/events.md "Roles")."""

from __future__ import annotations

import pytest
from event_helpers import described as events_of

from kg.nlp.ru.analysis import analyse


def described(text: str) -> list[tuple]:
    """Each event as (class, agent names, target names)."""
    return [(d.kind, d.agents, d.targets) for d in events_of(text)]


@pytest.mark.parametrize("text", [
    "Повесился заключённый тюрьмы в Самаре.",
    "Возглавил партию Андрей Козлов.",
    "Задержан Иван Петров.",
])
def test_a_capitalised_verb_opening_a_sentence_is_tagged_a_verb(text):
    assert analyse(text).tokens[0].pos == "VERB"


def test_a_capitalised_verb_opening_a_sentence_is_no_part_of_a_name():
    a = analyse("Повесился заключённый тюрьмы в Самаре.")
    assert all(n.first > 0 for n in a.ner)


@pytest.mark.parametrize("text, name", [
    ("Иван Петров задержан в Москве.", "Иван"),
    ("Мирон Сергеев приехал в Москву.", "Мирон"),
])
def test_a_name_opening_a_sentence_stays_a_name(text, name):
    a = analyse(text)
    assert a.tokens[0].pos == "PROPN" and a.ner and a.ner[0].text.startswith(name)


@pytest.mark.parametrize("text, expected", [
    ("Возглавил партию Андрей Козлов.", ("Appointment", frozenset(), frozenset({"Андрей Козлов"}))),
    ("Задержан Иван Петров.", ("Arrest", frozenset(), frozenset({"Иван Петров"}))),
])
def test_an_opening_verb_takes_the_name_after_it_as_its_subject(text, expected):
    assert expected in described(text)


@pytest.mark.parametrize("text, expected", [
    ("По словам очевидцев Пётр Соколов погиб на месте.",
     ("Death", frozenset(), frozenset({"Пётр Соколов"}))),
])
def test_a_name_hung_under_a_source_phrase_is_the_subject_of_the_verb(text, expected):
    assert expected in described(text)


def test_a_genitive_source_in_the_phrase_is_not_the_subject():
    evs = described("По словам Петра Соколова погиб водитель.")
    assert all("Пётр Соколов" not in targets for _, _, targets in evs)


@pytest.mark.parametrize("text, expected", [
    ("Ушёл из жизни Виктор Сергеевич Орлов — известный тренер.",
     ("Death", frozenset(), frozenset({"Виктор Орлов"}))),
    ("Арестован Радомир Млинар\n"
     "Вчера полиция Сербии объявила, что Радомир Млинар арестован в Белграде.",
     ("Arrest", frozenset(), frozenset({"Радомир Млинар"}))),
])
def test_a_verb_opening_its_line_takes_the_first_nominative_name_after_it(text, expected):
    assert expected in described(text)


def test_a_genitive_name_after_an_opening_verb_is_not_its_subject():
    evs = described("Скончалась мать Олега Зимина.")
    assert all("Олег Зимин" not in targets for _, _, targets in evs)


def test_a_name_under_an_oblique_noun_after_an_opening_verb_is_not_its_subject():
    evs = described("Анна Белова — певица. Родилась в провинции Хунань в 1970 году.")
    assert all("Хунань" not in targets for _, _, targets in evs)
