"""Event precision against the own gold, tenth round (kg/nlp/ru/events.py): a session whose only
participants are courts is a Trial, not a Meeting. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described


def sessions(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(d.kind, d.actors) for d in described(text) if d.kind in ("Meeting", "Trial")]


def test_the_next_session_a_court_sets_is_a_trial_not_a_meeting():
    assert sessions("Окружной суд Кронберга перенёс дело Петра Зуева до следующего заседания."
                    ) == [("Trial", frozenset({"Окружной суд"}))]


def test_a_court_letting_someone_go_until_its_next_session_holds_a_trial():
    found = sessions("Окружной суд Кронберга решил отпустить Петра Зуева под залог "
                     "до следующего заседания.")
    assert [k for k, _ in found] == ["Trial"]


def test_a_session_of_a_board_stays_a_meeting():
    assert [k for k, _ in sessions("Совет директоров компании «Вектор-Плюс» провёл заседание "
                                   "в Омске.")] == ["Meeting"]


def test_a_session_of_a_court_with_a_minister_in_it_stays_a_meeting():
    found = sessions("Министр юстиции Лирании Павел Ветров и Верховный суд Лирании "
                     "провели совместное заседание в Омске.")
    assert [k for k, _ in found] == ["Meeting"]
