"""A `что` clause headed by a short adjective with an infinitive (`заявил, что готов уйти`,
`намерена вернуться`) has the speaker as the unsaid subject of the infinitive, like a finite
verb in that clause (`заявил, что уйдёт`); a subject of its own or a clash in gender blocks it
(kg/nlp/ru/event_roles.py `subject`; docs/events.md)."""

from __future__ import annotations

from event_helpers import described


def test_the_speaker_does_the_infinitive_of_a_short_adjective_in_his_clause():
    got = [(e.kind, e.actors) for e in described(
        "Губернатор Олег Зимин заявил, что намерен подать в отставку.")]
    assert got == [("Resignation", frozenset({"Олег Зимин"}))]


def test_a_ready_speaker_meets_the_one_named():
    got = [(e.kind, e.agents, e.targets) for e in described(
        "Министр Анна Кравец сообщила, что готова встретиться с Павлом Ложкиным в Твери.")]
    assert got == [("Meeting", frozenset({"Анна Кравец"}), frozenset({"Павел Ложкин"}))]


def test_a_subject_of_its_own_in_the_clause_is_kept():
    got = [(e.kind, e.actors) for e in described(
        "Губернатор Олег Зимин заявил, что Павел Ложкин намерен подать в отставку.")]
    assert got == [("Resignation", frozenset({"Павел Ложкин"}))]


def test_a_clash_in_gender_borrows_nothing():
    got = [e.actors for e in described(
        "Губернатор Олег Зимин заявил, что готова подать в отставку.") if e.kind == "Resignation"]
    assert all("Олег Зимин" not in a for a in got)
