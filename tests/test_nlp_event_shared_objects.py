"""The object two verbs coordinated with `и` share, which the parse gives to one of them only
(kg/nlp/ru/event_roles.py `shared_object`). Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described


def targets(text: str) -> dict[str, frozenset[str]]:
    return {d.kind: d.targets for d in described(text)}


def test_the_first_verb_takes_the_object_after_the_second():
    assert targets("Пётр Белов похитил и убил Ивана Зуева.") == {
        "Kidnapping": frozenset({"Иван Зуев"}), "Killing": frozenset({"Иван Зуев"})}


def test_words_of_the_second_verb_between_them_keep_the_object_shared():
    assert targets("Боевики похитили и через неделю убили журналиста Олега Зимина.") == {
        "Kidnapping": frozenset({"Олег Зимин"}), "Killing": frozenset({"Олег Зимин"})}


def test_the_second_verb_takes_the_object_before_the_first():
    assert targets("Журналиста Олега Зимина похитили и убили.") == {
        "Kidnapping": frozenset({"Олег Зимин"}), "Killing": frozenset({"Олег Зимин"})}


def test_a_second_verb_with_its_own_subject_shares_no_object():
    assert targets("Пётр Белов похитил, а Олег Зимин убил Ивана Зуева.")["Kidnapping"] == \
        frozenset()


def test_each_verb_with_its_own_object_keeps_it():
    assert targets("Полиция задержала Анну Белову и допросила Ивана Зуева.")["Arrest"] == \
        frozenset({"Анна Белова"})
