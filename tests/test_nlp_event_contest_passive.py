"""A passive of a contest verb that names the loser and leaves the winner out tells no match by
itself (`Германия была побеждена`: a war's defeat as often as a match's); the winner is a side of
the contest, not a doer Russian leaves unsaid as in `был обвинён`. It tells one when a noun of the
contest stands under the verb or a bare instrumental describes the winner (kg/nlp/ru/
event_assert.py `unnamed_participant`, `contest_under`; thirty-third round, fix33). Every sentence
is written for these tests."""

from __future__ import annotations

from event_helpers import kinds, targets_of


def test_a_country_defeated_with_no_winner_named_is_no_match():
    assert "SportsMatch" not in kinds("Германия была побеждена.")


def test_a_country_defeated_in_a_year_is_no_match():
    assert "SportsMatch" not in kinds("Германия была побеждена в 1945 году.")


def test_a_side_beaten_in_a_final_is_a_match_with_the_loser():
    assert targets_of("Сборная Испании была побеждена в полуфинале турнира.",
                      "SportsMatch") == [frozenset({"Испания"})]


def test_a_player_beaten_in_a_final_is_a_match():
    assert targets_of("Теннисист Олег Зуев был обыгран в финале турнира.",
                      "SportsMatch") == [frozenset({"Олег Зуев"})]


def test_a_side_beaten_by_a_described_winner_is_a_match():
    assert "SportsMatch" in kinds("Команда Германии была обыграна сборной Бразилии.")


def test_a_passive_accusation_with_its_doer_left_out_stays():
    assert targets_of("Петров был обвинён в краже.", "Accusation") == [frozenset({"Петров"})]
