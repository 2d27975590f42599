"""A standing sports title's competition told by its scope (thirtieth round, cls30b): the
competition that says which tournament a title holder won (`победительница турнира Олимпиады`)
tells no contest of its own, as the tournament does not; a title the text tells one becoming
keeps its contest. Every sentence is written for the test."""

from __future__ import annotations

from event_helpers import described


def _sports(text: str):
    return [e for e in described(text) if e.kind == "SportsMatch"]


def test_the_scope_of_a_standing_title_tells_no_contest():
    assert _sports("С ней занимается победительница турнира Олимпиады в Сочи Анна Котова.") == []


def test_the_scope_of_a_silver_medallists_title_tells_no_contest():
    assert _sports("Призёр финала чемпионата мира Иван Петров открыл свою школу.") == []


def test_a_title_told_becoming_keeps_its_contest():
    found = _sports("Анна Котова стала победительницей турнира Олимпиады в Сочи.")
    assert [e.actors for e in found] == [frozenset({"Анна Котова"})]


def test_a_final_won_with_its_cup_named_stays_one_contest():
    found = _sports("Иван Петров выиграл финал Кубка России.")
    assert [e.actors for e in found] == [frozenset({"Иван Петров"})]
