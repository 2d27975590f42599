"""Sports results told in the ways the readable golds tell them (kg/data/ru/triggers.tsv, the
SportsMatch lines; kg/data/ru/event_hosts.tsv): a contest won told in the imperfective names its
winner as the perfective does, and a rival passed in a race's final or semi-final is beaten
there."""

from __future__ import annotations

import pytest
from event_helpers import found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def test_a_championship_won_told_in_the_imperfective_names_its_winner():
    assert found("Сергей Карякин выигрывал чемпионат мира.", "SportsMatch") == [
        ("Actual", frozenset({"Сергей Карякин"}), frozenset())]


def test_a_rival_passed_in_a_final_is_beaten_in_it():
    assert found("В финале стометровки Иван Петров обогнал Сергея Сидорова.", "SportsMatch") == [
        ("Actual", frozenset({"Иван Петров"}), frozenset({"Сергей Сидоров"}))]


def test_a_rival_passed_in_a_semi_final_is_beaten_in_it():
    assert found("В полуфинале Мария Иванова опередила Анну Петрову на две секунды.",
                 "SportsMatch") == [
        ("Actual", frozenset({"Мария Иванова"}), frozenset({"Анна Петрова"}))]


def test_a_country_passing_another_in_trade_runs_no_race():
    assert found("Китай обогнал США по объёму торговли.", "SportsMatch") == []
