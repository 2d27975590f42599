"""A birthday party left is no birth, and a place named by a plural-only noun is named in the
nominative whatever its case. Sentences are written for these tests."""

from __future__ import annotations

from event_helpers import kinds

from kg.nlp import extract
from kg.records import Document


def names(text: str) -> dict[str, list[str]]:
    """Every place or country the extraction finds: its name and the words of its mentions."""
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind in ("place", "country")}


def test_coming_back_from_a_birthday_party_is_no_birth():
    assert "Birth" not in kinds("Вчера Игорь Лисицын вернулся со дня рождения Анны Сомовой "
                                "поздно ночью.")


def test_a_participle_of_coming_back_from_a_birthday_party_is_no_birth():
    assert "Birth" not in kinds("Игорь Лисицын, возвращавшийся со дня рождения Анны Сомовой, "
                                "попал в аварию.")


def test_a_clock_time_of_the_return_counts_nothing_since_the_birthday():
    assert "Birth" not in kinds("Вчера в 23 часа Игорь Лисицын вернулся со дня рождения "
                                "Анны Сомовой.")


def test_a_plural_only_country_in_the_locative_is_named_in_the_nominative():
    assert names("Художник Иван Сомов живёт в Нидерландах с 2010 года.") == {
        "Нидерланды": ["Нидерландах"]}


def test_plural_only_islands_in_the_locative_are_named_in_the_nominative():
    found = names("Туристы отдыхали на Мальдивах и на Багамах.")
    assert found.get("Мальдивы") == ["Мальдивах"]
    assert found.get("Багамы") == ["Багамах"]


def test_a_plural_only_country_in_the_genitive_and_the_locative_is_one_place():
    found = names("Посол Нидерландов прибыл в Москву. В Нидерландах его ждут в мае.")
    assert sorted(found.get("Нидерланды", [])) == ["Нидерландах", "Нидерландов"]


def test_a_singular_place_in_the_locative_is_named_as_before():
    assert "Тверь" in names("Художник Иван Сомов вырос в Твери.")
