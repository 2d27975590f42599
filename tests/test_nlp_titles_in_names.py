"""A title written with a capital before a person's name, inside a sentence too, is not part of
the name (kg.nlp.ru.known_names._titles_cut); a title that is also a first name stays.
Sentences and names are written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import extract
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    ents = extract(Document("t", text)).entities
    return {e.name: [text[m.start:m.end] for m in e.mentions] for e in ents if e.kind == "person"}


@pytest.mark.parametrize("text, name, mentions", [
    ("Вчера в Токио Император Масахиро выступил с речью.", "Масахиро", ["Масахиро"]),
    ("Стало известно, что Папа Климент лишил сана епископа.", "Климент", ["Климент"]),
    ("Австралийский Премьер-министр Джон Ховард сказал, что знал его.", "Джон Ховард",
     ["Джон Ховард"]),
    ("Конференция посвящена наследию Митрополита Никодима.", "Никодим", ["Никодима"]),
    ("Затем Королева Виктория уехала в замок.", "Виктория", ["Виктория"]),
    # the line-opening form is cut too, and both are one person
    ("Император Масахиро (справа) с гостями\nРодившийся в 1930 году Император Масахиро выразил "
     "желание уйти.", "Масахиро", ["Масахиро", "Масахиро"]),
])
def test_a_capitalised_title_is_not_part_of_the_name(text, name, mentions):
    found = people(text)
    assert found.get(name) == mentions, found


@pytest.mark.parametrize("text, name", [
    ("Сергей Королёв и Эмир Кустурица пришли на премьеру.", "Эмир Кустурица"),
    ("Сергей Королёв и Эмир Кустурица пришли на премьеру.", "Сергей Королёв"),
    ("Вчера Шейх Мохаммед приехал в Дубай.", "Шейх Мохаммед"),
])
def test_a_title_that_is_a_name_or_a_surname_stays(text, name):
    assert name in people(text), people(text)


def test_a_title_that_does_not_agree_with_the_name_is_part_of_it():
    # a character named with a title: the name stays in the nominative after a genitive title
    text = "Актёр прославился ролью Короля Лир в лондонском театре."
    assert any("Король" in name for name in people(text)), people(text)


def test_a_bracketed_gloss_does_not_name_a_person_known_by_one_name():
    text = ("Юбилей митрополита Никодима (Сомова) отметили. Служба памяти Митрополита Никодима "
            "прошла в соборе.")
    assert "Никодим" in people(text), people(text)
