"""One unknown place or body name written in several cases is one entity, named in the
nominative (kg.nlp.ru.name_cases, kg/data/ru/name_declensions.tsv); names that share a stem but
are no case forms of one word, and people, stay apart. Sentences and names are written for these
tests."""

from __future__ import annotations

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.entities import find_entities


def _named(text: str) -> dict[str, tuple[str, ...]]:
    """Each entity's name with the words of its mentions as written."""
    return {e.name: tuple(m.text for m in e.mentions) for e in find_entities(analyse(text))}


def test_a_consonant_stem_town_in_the_genitive_and_the_locative_is_one_town_in_its_stem():
    assert _named("В центре Лиманска у вокзала прогремел взрыв. Второй взрыв у вокзала "
                  "в Лиманске унёс жизни трёх человек.") == {"Лиманск": ("Лиманска", "Лиманске")}


def test_a_genitive_after_a_noun_the_tagger_reads_as_nominative_names_the_stem():
    assert _named("Мэр Кряжинска открыл мост. В Кряжинске прошёл праздник.") == {
        "Кряжинск": ("Кряжинска", "Кряжинске")}


def test_an_a_stem_village_in_three_cases_is_one_village_named_in_a():
    assert _named("Жители Загорянки вышли на улицы. В Загорянке прошёл митинг.") == {
        "Загорянка": ("Загорянки", "Загорянке")}


def test_a_body_in_the_genitive_and_the_accusative_is_one_body_named_in_the_nominative():
    named = _named("Сотрудники Ротмиры пришли в Ротмиру.")
    assert named == {"Ротмира": ("Ротмиры", "Ротмиру")}


def test_a_plural_town_in_the_genitive_and_the_locative_is_named_in_its_plural_nominative():
    assert _named("Поезд из Велехар пришёл в Велехары. В Велехарах его встретили.") == {
        "Велехары": ("Велехар", "Велехары", "Велехарах")}


def test_two_villages_that_share_a_stem_but_no_declension_stay_two():
    named = _named("Из Торбеевки автобус идёт в Торбеево. В Торбеево его ждут.")
    assert set(named) == {"Торбеевка", "Торбеево"}


def test_a_person_whose_surname_shares_a_stem_with_a_village_stays_a_person():
    entities = find_entities(analyse("Депутат Анна Велехарова приехала в Велехарово."))
    assert {(e.kind, e.name) for e in entities} == {("person", "Анна Велехарова"),
                                                      ("place", "Велехарово")}


def test_a_village_in_ovka_and_a_town_in_ovo_stay_two():
    named = _named("Из Ивановки автобус идёт в Иваново.")
    assert {"Ивановка", "Иваново"} <= set(named)


def test_two_capitals_the_dictionary_knows_are_not_read_as_case_forms_of_one_word():
    assert set(_named("Президент Мали прилетел в Мале.")) == {"Мали", "Мале"}
