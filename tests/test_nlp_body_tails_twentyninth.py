"""Entity mentions, twenty-ninth round: a body's `по` phrase of territory (`УФСБ по Омской
области`) ends before a person the NER named right after it: the officer who speaks for the body
is a person of their own, not words of the body's name. Sentences are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities}


def kinds(text: str) -> dict[str, str]:
    return {m: e.kind for e in extract(Document("t", text)).entities for m in
            (x.text for x in e.mentions)}


def test_a_territory_tail_stops_before_the_officer_named_after_it():
    found = kinds("Начальник УФСБ по Омской области Игорь Веденеев сообщил журналистам о "
                  "задержании.")
    assert found.get("УФСБ по Омской области") == "organization"
    assert found.get("Игорь Веденеев") == "person"


def test_a_territory_tail_stops_before_a_person_after_a_lower_case_body_noun():
    found = kinds("Глава управления Росреестра по Тверской области Павел Лунин подписал приказ.")
    assert found.get("Росреестра по Тверской области") == "organization"
    assert found.get("Павел Лунин") == "person"


def test_a_territory_named_in_two_capitalised_words_stays_whole():
    found = kinds("Сотрудники УФСБ по Республике Тыва задержали двоих жителей Кызыла.")
    assert found.get("УФСБ по Республике Тыва") == "organization"


def test_the_officer_after_the_territory_is_found_once_as_a_person():
    text = ("Начальник УФСБ по Омской области Игорь Веденеев сообщил о задержании. "
            "Позже Веденеев добавил, что следствие продолжается.")
    people = [name for name, kind in kinds(text).items() if kind == "person"]
    assert "Игорь Веденеев" in people
    assert not any("УФСБ" in name for name in people)
