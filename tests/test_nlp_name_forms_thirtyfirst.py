"""A person named once, in an oblique case, is named in the nominative: a first name ending in a
soft sign read in the prepositional, a first name the dictionary also reads as a surname, a first
name of either gender beside a surname whose ending tells it, and a woman's first name before a
surname that does not decline for her. Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities


def _people(text: str) -> list[str]:
    return [e.name for e in find_entities(analyse(text)) if e.kind == "person"]


def test_a_soft_sign_first_name_in_the_prepositional_keeps_its_soft_sign():
    assert _people("Газета написала об Игоре Сомове.") == ["Игорь Сомов"]


def test_a_listed_soft_sign_name_wins_over_its_rare_hard_stem_twin():
    assert _people("Газета написала об Эмиле Сомове.") == ["Эмиль Сомов"]


def test_a_hard_stem_name_not_on_the_list_keeps_its_hard_stem():
    assert _people("Газета написала о Рафаиле Сомове.") == ["Рафаил Сомов"]


def test_the_first_word_before_a_surname_is_read_as_a_first_name_not_a_surname():
    assert _people("Газета написала о Павле Сомове.") == ["Павел Сомов"]


def test_a_womans_surname_ending_makes_the_first_name_hers():
    assert _people("Газета написала о Камиле Сомовой.") == ["Камила Сомова"]


def test_a_mans_surname_ending_keeps_the_first_name_his():
    assert _people("Газета написала о Камиле Сомове.") == ["Камиль Сомов"]


def test_a_womans_first_name_in_the_accusative_before_a_surname_that_is_also_a_noun():
    assert _people("Полиция задержала Ольгу Березняк.") == ["Ольга Березняк"]


def test_a_womans_first_name_in_the_accusative_before_a_foreign_surname_the_dictionary_knows():
    assert _people("Полиция задержала Ольгу Гросс.") == ["Ольга Гросс"]


def test_a_mans_surname_with_its_ending_still_makes_an_unknown_first_name_his():
    assert _people("Полиция задержала Рики Мартина.") == ["Рики Мартин"]
