"""A cup won or held is a trophy, as a medal is (kg/data/ru/triggers.tsv, the cup lines after the
medal lines): the win is told by the verb and its subject, the cup noun names no contest of its
own there, and the cup's name in its genitive (`Кубок УЕФА`) is no participant."""

from __future__ import annotations

import pytest
from event_helpers import actors_of, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def test_a_cup_won_is_the_win_of_the_one_who_won_it():
    assert found("«Ротор» завоевал Кубок России по хоккею.", "SportsMatch") == [
        ("Actual", frozenset({"Ротор"}), frozenset())]


def test_becoming_the_holder_of_a_cup_is_the_win_of_the_holder():
    assert found("Нападающий Глеб Сорокин стал обладателем Кубка УЕФА в 2006 году.",
                 "SportsMatch") == [("Actual", frozenset({"Глеб Сорокин"}), frozenset())]


def test_the_body_a_cup_is_named_for_is_no_participant_of_its_win():
    assert actors_of("Вратарь Павел Греков, ставший обладателем Кубка УЕФА, перешёл в «Ротор».",
                     "SportsMatch") == [frozenset({"Павел Греков"})]


def test_a_cup_won_with_its_final_told_is_one_win():
    assert actors_of("В 2011 году «Ротор» выиграл Кубок России, в финале обыграв «Сокол».",
                     "SportsMatch") == [frozenset({"Ротор", "Сокол"})]


def test_a_round_of_a_cup_is_still_a_contest_of_its_sides():
    assert actors_of("В полуфинале Кубка Дэвиса Россия встретится с Чехией.", "SportsMatch") == [
        frozenset({"Россия", "Чехия"})]
