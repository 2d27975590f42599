"""Review of the twenty-sixth round's participle rule (`described` in kg/nlp/ru/event_roles.py):
a participle in the singular set off by a comma after one name of a list describes that name
only, not the names listed with it (`нашла Ивана Котова, убитого в …, и Анну Белову`), and after
a later name of the list that name, though the parse hangs the phrase on the list's first name
(`Ивана Котова, Петра Сидорова, родившегося в …`). A plural participle after a list still
describes every name in it. The sentences are invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import (
    found,  # noqa: F401
    shipped_lexicon,  # noqa: F401
)

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def _targets(text: str, kind: str) -> list[frozenset[str]]:
    return [targets for _, _, targets in found(text, kind)]


def test_a_singular_participle_after_the_first_name_of_a_list_describes_that_name_only():
    assert _targets("Полиция нашла Ивана Котова, убитого в Казани, и Анну Белову.", "Killing") == [
        frozenset({"Иван Котов"})]


def test_a_singular_participle_after_a_subject_in_a_list_describes_that_subject_only():
    text = "Журналисты Иван Котов, убитый в Казани, и Анна Белова получили премию посмертно."
    assert _targets(text, "Killing") == [frozenset({"Иван Котов"})]


def test_a_singular_participle_after_a_later_name_of_a_list_describes_that_name():
    text = "Полиция нашла Ивана Котова, Петра Сидорова, убитого в Казани, и Анну Белову."
    assert _targets(text, "Killing") == [frozenset({"Пётр Сидоров"})]


def test_a_feminine_participle_after_a_list_describes_the_woman_only():
    assert _targets("Полиция нашла Ивана Котова и Анну Белову, убитую в Казани.", "Killing") == [
        frozenset({"Анна Белова"})]


def test_a_plural_participle_after_a_list_describes_every_name():
    text = "Полицейские отпустили Ивана Котова и Анну Белову, задержанных в Казани."
    assert _targets(text, "ReleaseFromCustody") == [frozenset({"Иван Котов", "Анна Белова"})]


def test_a_singular_participle_after_a_single_name_still_describes_it():
    text = "Суд оправдал Ивана Котова, арестованного в Казани в мае, и отпустил Анну Белову."
    assert _targets(text, "Arrest") == [frozenset({"Иван Котов"})]


def test_a_singular_participle_after_the_first_of_two_subjects_tells_the_birth_of_one():
    text = "Премию получили Иван Котов, родившийся в Казани, и Анна Белова."
    assert _targets(text, "Birth") == [frozenset({"Иван Котов"})]


def test_a_second_participle_joined_by_i_follows_the_first_ones_name():
    text = ("В этом доме жили бывший министр Иван Котов, а также журналист Пётр Сидоров, "
            "написавший книгу и скончавшийся в больнице в 2010 году.")
    assert _targets(text, "Death") == [frozenset({"Пётр Сидоров"})]
