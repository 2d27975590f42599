"""An outcome foreseen (`предсказал победу X над Y`, `предсказывают, что X обыграет Y`) is not
told as having happened: kg/data/ru/event_modality.txt `предсказать`, `предсказывать`
(thirty-second round, review rev32 of the result nouns `победа`, `поражение`). A belief (`не
верит, что …`) is not such a word: it doubts past acts that took place as often. Every sentence
is written for these tests."""

from __future__ import annotations

from event_helpers import factualities


def test_a_victory_someone_predicted_is_no_actual_match():
    assert factualities("Олег Зуев предсказал победу «Вектора» над «Ротором».",
                        "SportsMatch") == ["Possible"]


def test_a_win_experts_predict_is_no_actual_match():
    assert factualities("Эксперты предсказывают, что «Вектор» обыграет «Ротор».",
                        "SportsMatch") == ["Possible"]


def test_a_win_that_came_as_predicted_stays_actual():
    assert factualities("«Вектор» обыграл «Ротор», как и предсказывал Олег Зуев.",
                        "SportsMatch") == ["Actual"]
