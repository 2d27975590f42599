"""A kinship noun and the name after it that is its owner, not the kin (docs/events.md
"Participants"): `задержала сына Ивана Петрова` is Ivan Petrov's son, whom the text does not
name. Hand-written sentences."""

from __future__ import annotations

from event_helpers import described


def test_a_name_right_after_a_son_in_the_accusative_is_his_father():
    found = described("Полиция Твери задержала сына Ивана Петрова.")
    assert any(d.kind == "Arrest" and not d.targets for d in found)


def test_a_name_after_the_kins_genitive_owner_names_the_owner():
    found = described("Вера Сомова вышла замуж за сына министра Ивана Петрова.")
    assert any(d.kind == "Marriage" and d.actors == {"Вера Сомова"} for d in found)


def test_a_name_after_a_possessive_kin_noun_is_the_kin():
    found = described("Полиция Твери задержала своего сына Ивана.")
    assert any(d.kind == "Arrest" and d.targets == {"Иван"} for d in found)


def test_a_name_after_a_comma_is_the_kin():
    found = described("Полиция Твери задержала сына, Ивана Петрова.")
    assert any(d.kind == "Arrest" and d.targets == {"Иван Петров"} for d in found)


def test_a_name_after_a_title_that_is_no_kin_is_the_title_holder():
    found = described("Полиция Твери задержала гитариста группы «Ветер» Павла Петрова.")
    assert any(d.kind == "Arrest" and d.targets == {"Павел Петров"} for d in found)
