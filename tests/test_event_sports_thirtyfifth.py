"""Sports results told in the ways the readable golds tell them (kg/data/ru/triggers.tsv, the
SportsMatch lines; kg/data/ru/event_hosts.tsv): a contest won told in the imperfective names its
winner as the perfective does, the football world cup by its common name is a contest as
`чемпионат` is, a rival passed in a race's final or semi-final is beaten there, a cup won is
mentioned by its own noun too, and different competitions named one after the other
(kg/data/ru/contest_parts.tsv) are different contests."""

from __future__ import annotations

import pytest
from event_helpers import actors_of, extract, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def test_a_championship_won_told_in_the_imperfective_names_its_winner():
    assert found("Сергей Карякин выигрывал чемпионат мира.", "SportsMatch") == [
        ("Actual", frozenset({"Сергей Карякин"}), frozenset())]


def test_the_world_cup_by_its_common_name_won_several_times_names_its_winner():
    assert found("Сергей Карякин трижды выигрывал мундиаль.", "SportsMatch") == [
        ("Actual", frozenset({"Сергей Карякин"}), frozenset())]


def test_the_world_cup_by_its_common_name_held_somewhere_is_a_contest():
    assert [f for f, _, _ in found("Мундиаль прошёл в Бразилии в 2014 году.", "SportsMatch")] == [
        "Actual"]


def test_the_world_cup_named_with_nothing_of_its_own_is_no_event():
    assert found("В истории мундиаля это первый такой случай.", "SportsMatch") == []


def test_a_rival_passed_in_a_final_is_beaten_in_it():
    assert found("В финале стометровки Иван Петров обогнал Сергея Сидорова.", "SportsMatch") == [
        ("Actual", frozenset({"Иван Петров"}), frozenset({"Сергей Сидоров"}))]


def test_a_rival_passed_in_a_semi_final_is_beaten_in_it():
    assert found("В полуфинале Мария Иванова опередила Анну Петрову на две секунды.",
                 "SportsMatch") == [
        ("Actual", frozenset({"Мария Иванова"}), frozenset({"Анна Петрова"}))]


def test_a_country_passing_another_in_trade_runs_no_race():
    assert found("Китай обогнал США по объёму торговли.", "SportsMatch") == []


def test_a_cup_won_is_mentioned_by_its_own_name_too():
    x = extract("«Ротор» выиграл Кубок России.")
    assert [[m.text for m in e.mentions] for e in x.events if e.kind == "SportsMatch"] == [
        ["Кубок"]]


def test_another_competition_named_after_a_win_is_another_contest():
    assert found("Иван Петров трижды выигрывал мундиаль. Олимпиада в Лондоне стала для него "
                 "последней.", "SportsMatch") == [
        ("Actual", frozenset({"Иван Петров"}), frozenset()),
        ("Actual", frozenset(), frozenset())]


def test_a_cup_won_and_a_championship_placed_in_are_two_contests():
    assert actors_of("Мария Иванова выиграла Кубок мира. На чемпионате Европы она стала второй.",
                     "SportsMatch") == [frozenset({"Мария Иванова"})] * 2


def test_the_same_competition_named_again_is_the_win_told_again():
    assert found("Мария Иванова завоевала золото на Олимпиаде в Сочи. Олимпиада в Сочи стала для "
                 "неё последней.", "SportsMatch") == [
        ("Actual", frozenset({"Мария Иванова"}), frozenset())]
