"""A clan, a tribe or a criminal ring named after a family or a town (kg.nlp.ru.eponyms
`clans_named`): the name after the lower-case noun is the group, an organisation. Sentences and
names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, e.kind) for e in extract(Document("t", text)).entities for m in e.mentions]


def test_a_family_name_after_a_clan_noun_is_the_clan():
    found = mentions("Следователи считают, что деньги отмывали через фирмы клана Маранцано.")
    assert ("Маранцано", "organization") in found


def test_a_town_name_after_a_cartel_noun_is_the_cartel():
    found = mentions("Полиция задержала членов картеля Синалоа в Мексике.")
    assert ("Синалоа", "organization") in found
    assert ("Мексике", "place") in found


def test_a_name_after_a_tribe_noun_is_the_tribe():
    assert ("Кочари", "organization") in mentions("Старейшины племени Кочари приехали в столицу.")


def test_a_person_named_after_a_ring_noun_with_words_between_stays_a_person():
    found = mentions("Из банды его вывела сестра Анна Ковальчук.")
    assert ("Анна Ковальчук", "person") in found
