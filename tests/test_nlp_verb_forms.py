"""A verb form written with a capital (after a lost full stop, or an order's item) is no person's
name nor part of one (kg.nlp.ru.name_types.verb_form). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import extract
from kg.nlp.ru.name_types import verb_form
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    ents = extract(Document("t", text)).entities
    return {e.name: [text[m.start:m.end] for m in e.mentions] for e in ents if e.kind == "person"}


@pytest.mark.parametrize("word, expected", [
    ("Помиловать", True), ("Размечтались", True), ("Нападавшего", True),
    # nouns and names; a singular finite verb or a short participle may be a foreign name
    ("Гравюра", False), ("Надежда", False), ("Сомов", False), ("Робел", False), ("Лью", False),
    ("Серена", False),
])
def test_verb_form(word, expected):
    assert verb_form(word) is expected


def test_an_infinitive_opening_an_order_item_is_cut_from_the_name():
    text = "Указом постановляю: 1 Отрешить Сомова Петра Ильича от должности."
    mentions = [m for ms in people(text).values() for m in ms]
    assert mentions == ["Сомова Петра Ильича"], people(text)


def test_a_name_with_a_particle_after_a_verb_form_is_kept():
    text = "Защищавший ван Дейка адвокат ушёл."
    mentions = [m for ms in people(text).values() for m in ms]
    assert mentions == ["ван Дейка"], people(text)
