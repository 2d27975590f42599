"""A foreign name transliterated with `э` in one place and `е` in another is one person
(kg.nlp.ru.entities: `_e_fold`). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


def test_a_surname_alone_spelt_with_the_other_vowel_joins_the_full_name():
    text = ("Футболист Нил Бэкстер перешёл в новый клуб. "
            "Бекстэр провёл за прежнюю команду двести матчей.")
    found = people(text)
    assert len(found) == 1
    assert "Бекстэр" in found["Нил Бэкстер"]


def test_a_first_name_spelt_with_the_other_vowel_is_the_same_person():
    text = ("Пианистка Эдит Хорнби дала концерт в Казани. "
            "Через неделю Едит Хорнби выступит в Самаре.")
    found = people(text)
    assert len(found) == 1


def test_other_first_names_stay_apart():
    text = "Братья Эрик Хорнби и Марк Хорнби открыли пекарню."
    assert len(people(text)) == 2
