"""A town in `-ово`/`-ино` named in the genitive after `из` is the town, not a surname alone
(kg.nlp.ru.town_genitives). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.kind, [m.text for m in e.mentions])
            for e in extract(Document("t", text)).entities}


def test_someone_from_a_town_in_ovo_names_the_town():
    found = entities("Пенсионер из Иванова пробежал марафон за четыре часа.")
    assert found == {"Иваново": ("place", ["Иванова"])}


def test_a_village_the_dictionary_knows_is_named_in_the_nominative():
    found = entities("Фермер из Новоселова вырастил тыкву весом двести килограммов.")
    assert found == {"Новоселово": ("place", ["Новоселова"])}


def test_the_surname_of_a_fully_named_person_stays_his():
    found = entities("Сергей Иванов дал интервью. Цитата из Иванова разошлась по сети.")
    assert found == {"Сергей Иванов": ("person", ["Сергей Иванов", "Иванова"])}


def test_after_another_preposition_the_surname_is_a_person():
    found = entities("Письмо от Иванова пришло в понедельник.")
    assert [kind for kind, _ in found.values()] == ["person"]
