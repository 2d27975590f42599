"""An outcome foreseen or believed in (`предсказал победу X над Y`, `не верит в победу X над Y`,
`верит, что X обыграет Y`) is not told as having happened: kg/data/ru/event_modality.txt
`предсказать`, `предсказывать`, `верить` (thirty-second round, review rev32 of the result nouns
`победа`, `поражение`). Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import factualities


def test_a_victory_someone_predicted_is_no_actual_match():
    assert factualities("Олег Зуев предсказал победу «Вектора» над «Ротором».",
                        "SportsMatch") == ["Possible"]


def test_a_victory_someone_does_not_believe_in_is_no_actual_match():
    assert factualities("Олег Зуев не верит в победу «Вектора» над «Ротором».",
                        "SportsMatch") == ["Possible"]


def test_a_win_someone_believes_will_come_is_no_actual_match():
    assert factualities("Олег Зуев верит, что «Вектор» обыграет «Ротор».",
                        "SportsMatch") == ["Possible"]


def test_a_win_that_came_as_predicted_stays_actual():
    assert factualities("«Вектор» обыграл «Ротор», как и предсказывал Олег Зуев.",
                        "SportsMatch") == ["Actual"]
