"""A standing sports title's competition told by its scope (thirtieth round, cls30b): the
competition that says which tournament a title holder won (`победительница турнира Олимпиады`)
tells no contest of its own, as the tournament does not; a title the text tells one becoming
keeps its contest. Every sentence is written for the test."""

from __future__ import annotations

from event_helpers import of_class


def test_the_scope_of_a_standing_title_tells_no_contest():
    assert of_class("С ней занимается победительница турнира Олимпиады в Сочи Анна Котова.",
                    "SportsMatch") == []


def test_the_scope_of_a_silver_medallists_title_tells_no_contest():
    assert of_class("Призёр финала чемпионата мира Иван Петров открыл свою школу.",
                    "SportsMatch") == []


def test_a_title_told_becoming_keeps_its_contest():
    found = of_class("Анна Котова стала победительницей турнира Олимпиады в Сочи.", "SportsMatch")
    assert [e.actors for e in found] == [frozenset({"Анна Котова"})]


def test_a_final_won_with_its_cup_named_stays_one_contest():
    found = of_class("Иван Петров выиграл финал Кубка России.", "SportsMatch")
    assert [e.actors for e in found] == [frozenset({"Иван Петров"})]
