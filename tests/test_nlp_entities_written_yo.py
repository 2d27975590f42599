"""A place's or a body's name keeps the `ё` the text wrote: the normaliser writes every word it
rebuilds with `е` (kg/nlp/ru/entities.py `written_yo`), and a plural head's leading adjective in
an oblique case is put in the nominative plural (`_agree_leading_modifier`; thirty-third round,
fix33). Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.nlp.ru.entities import written_yo
from kg.records import Document


def names(text: str, kind: str | None = None) -> list[str]:
    return [e.name for e in extract(Document("t", text)).entities
            if kind is None or e.kind == kind]


def test_a_country_opening_a_sentence_keeps_its_yo():
    assert "Объединённые Арабские Эмираты" in names(
        "Объединённые Арабские Эмираты объявили о запуске второго спутника.")


def test_a_country_inside_a_sentence_keeps_its_yo():
    assert "Соединённые Штаты" in names("Вчера Соединённые Штаты ввели новые пошлины.")


def test_a_town_in_an_oblique_case_keeps_its_yo_in_the_nominative():
    assert "Королёв" in names("Вчера в Королёве открыли новый музей космонавтики.")


def test_a_form_written_without_yo_gets_none():
    assert "Орел" in names("Жители Орла вышли на субботник в парке.")


def test_a_plural_country_in_the_locative_is_named_in_the_nominative():
    assert "Объединённые Арабские Эмираты" in names(
        "Летом в Объединённых Арабских Эмиратах прошла выставка дронов.")


def test_yo_is_put_back_only_where_the_words_agree_up_to_it():
    assert written_yo("Орел", "Орёл") == "Орёл"
    assert written_yo("Объединенные Штаты", "Объединённых Штатов") == "Объединённые Штаты"
    assert written_yo("Орел", "Орла") == "Орел"
    assert written_yo("Новый Орел", "Орёл") == "Новый Орел"  # words that do not pair
