"""A singular pronoun after a sentence told of a group by `они` looks past that sentence to the
people named before it (kg/nlp/ru/reference.py `_before`; docs/events.md)."""

from __future__ import annotations

from event_helpers import described


def test_a_pronoun_after_a_couple_told_by_they_is_the_one_of_its_gender():
    got = [(e.kind, e.actors) for e in described(
        "Вчера в Самаре умерла жена писателя Ивана Соколова, актриса Мария Соколова. "
        "Они прожили вместе в браке 40 лет. Она была госпитализирована с инсультом на "
        "прошлой неделе.")]
    assert ("Injury", frozenset({"Мария Соколова"})) in got


def test_a_pronoun_after_a_pair_of_its_own_gender_told_by_they_stays_unresolved():
    got = [(e.kind, e.actors) for e in described(
        "Министр Пётр Смирнов и депутат Олег Иванов приехали в Казань. Они посетили "
        "выставку. Он был госпитализирован вечером.")]
    injuries = [actors for kind, actors in got if kind == "Injury"]
    assert all(not actors for actors in injuries)


def test_a_pronoun_after_they_with_no_one_of_its_gender_before_stays_unresolved():
    got = [(e.kind, e.actors) for e in described(
        "Депутаты Пётр Смирнов и Олег Иванов приехали в Казань. Они посетили выставку. "
        "Она была госпитализирована вечером.")]
    injuries = [actors for kind, actors in got if kind == "Injury"]
    assert all(not actors for actors in injuries)
