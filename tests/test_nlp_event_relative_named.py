"""A kin word whose owner's name the parse hung the relative's own name on (kg.nlp.ru.event_roles
`relative_named`): `задержала дочь президента Ивана Петрова Марию` names Мария, the name after
the owner's in the kin word's case; a kin word with only its owner's name (`внучку Ивана
Петрова`) names no one."""

from __future__ import annotations

from event_helpers import found


def test_the_relative_named_after_the_owners_name_is_the_one_arrested():
    text = "Полиция задержала дочь президента Ивана Петрова Марию."
    assert found(text, "Arrest") == [("Actual", frozenset({"Полиция"}), frozenset({"Мария"}))]


def test_a_relative_with_only_the_owners_name_stays_unnamed():
    text = "Полиция задержала внучку Ивана Петрова."
    assert found(text, "Arrest") == [("Actual", frozenset({"Полиция"}), frozenset())]


def test_a_relative_named_in_full_after_the_owner_is_still_found():
    text = "Полиция задержала дочь Ивана Петрова Анну Петрову."
    assert found(text, "Arrest") == [
        ("Actual", frozenset({"Полиция"}), frozenset({"Анна Петрова"}))]
