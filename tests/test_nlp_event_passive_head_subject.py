"""A finite active verb joined by `и` to a passive verb, with no subject of its own, shares that
verb's passive subject when the two agree (kg.nlp.ru.event_roles `passive_head_subject`): `второй
подозреваемый, X, был ранен и позже скончался` — X died. A verb with a subject of its own, or one
that does not agree with the passive subject, does not take it."""

from __future__ import annotations

from event_helpers import found


# ---- must fire ----------------------------------------------------------------------------


def test_a_suspect_named_in_apposition_who_was_wounded_and_then_died_died():
    text = ("Второй подозреваемый, 30-летний Пётр Соколов, был ранен в перестрелке и позже "
            "скончался в больнице.")
    assert found(text, "Death") == [("Actual", frozenset(), frozenset({"Пётр Соколов"}))]


def test_a_described_man_who_was_wounded_and_died_died():
    text = "Второй подозреваемый Пётр Соколов был ранен и позже скончался в больнице."
    assert found(text, "Death") == [("Actual", frozenset(), frozenset({"Пётр Соколов"}))]


def test_two_people_who_were_detained_and_pleaded_guilty_both_pleaded():
    text = "Бизнесмены Иван Горелов и Олег Лунин были задержаны и признали вину."
    assert found(text, "Trial") == [
        ("Actual", frozenset(), frozenset({"Иван Горелов", "Олег Лунин"}))]


def test_a_man_and_a_woman_wounded_who_then_died_both_died():
    text = "Водитель Иван Горелов и пассажирка Анна Белова были ранены и скончались в больнице."
    assert found(text, "Death") == [
        ("Actual", frozenset(), frozenset({"Иван Горелов", "Анна Белова"}))]


# ---- must not fire ------------------------------------------------------------------------


def test_a_verb_with_its_own_subject_keeps_it():
    text = "Бывший министр Пётр Соколов был ранен, и вскоре полицейские задержали Анну Белову."
    assert [t for _, _, t in found(text, "Arrest")] == [frozenset({"Анна Белова"})]


def test_a_verb_of_another_gender_does_not_take_the_passive_subject():
    text = "Журналистка Анна Белова была задержана и позже скончался её отец."
    assert found(text, "Death") == [("Actual", frozenset(), frozenset())]
