"""Acts whose doer is left out on purpose (docs/events.md, "Which mentions become events", rule
5): a plural verb with no subject (`его обвинили`, `на него напали`) keeps its named target on a
line that otherwise asks for an agent."""

from __future__ import annotations

from event_helpers import agents_targets


def test_an_accusation_in_the_plural_with_no_subject_names_the_accused():
    assert agents_targets("Андрея Кольцова обвиняют в растрате бюджетных средств.",
                          "Accusation") == [
        (set(), {"Андрей Кольцов"})]


def test_an_accusation_of_a_pronoun_with_no_subject_names_whom_it_stands_for():
    text = ("Андрей Кольцов возглавлял банк «Север» до 2015 года. "
            "Тогда же его обвинили в растрате.")
    assert agents_targets(text, "Accusation") == [(set(), {"Андрей Кольцов"})]


def test_an_attack_with_no_subject_names_the_attacked():
    assert agents_targets("Вечером на Андрея Кольцова напали у его дома в Самаре.", "Attack") == [
        (set(), {"Андрей Кольцов"})]


def test_a_plural_verb_whose_subject_is_a_noun_keeps_that_policy():
    # a noun subject that names no one is rule 5's unnamed agent, not a left-out doer
    assert agents_targets("Соседи обвиняют.", "Accusation") == []


def test_a_singular_verb_with_no_subject_and_no_antecedent_gives_no_accusation():
    assert agents_targets("Обвинил Андрея Кольцова в растрате.", "Accusation") == []
