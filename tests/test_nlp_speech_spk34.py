"""Reported speech, thirty-fourth round: a human noun and its body that the entity stage took for
an organisation's name (`Член общественного совета`) do not speak when a person stands in
apposition to the noun; that person does. Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said

_HEAD = "Пожар в Твери потушен\nТверская промзона\n"


def test_a_member_of_a_council_taken_for_a_body_is_the_person_named_after_it():
    text = (_HEAD + "Член общественного совета при государственном агентстве по управлению "
            "промзоной Пётр Лунин заявил о том, что пожар потушен.")
    assert said(text) == [("Пётр Лунин", None, False, "пожар потушен")]


def test_a_body_named_before_a_person_in_a_clause_of_its_own_still_speaks():
    text = (_HEAD + "Агентство по управлению промзоной сообщило, что пожар потушен, а его "
            "сотрудник Пётр Лунин остался на месте.")
    found = said(text)
    assert [s[0] for s in found] == ["Агентство по управлению промзоной"], found
