"""Two people's names side by side: a lone surname joined by `и` to a full name
(kg.nlp.ru.name_types.coordinated_persons), and two surnames in different cases that the NER
tagged as one name (kg.nlp.ru.entities._cases_apart). Sentences are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str) -> set[str]:
    return {e.name for e in extract(Document("t", text)).entities if e.kind == "person"}


def test_a_lone_surname_opening_a_sentence_before_and_and_a_full_name_is_a_person():
    assert people("Соколов и Анна Котова подписали письмо.") == {"Соколов", "Анна Котова"}


def test_a_place_before_and_and_a_full_name_stays_no_person():
    assert people("Москва и Джо Байден договорились.") == {"Джо Байден"}


def test_a_surname_in_the_instrumental_before_one_in_the_nominative_are_two_people():
    assert people("С Соколовым Петров не разговаривает.") == {"Соколов", "Петров"}


def test_an_armenian_surname_after_the_instrumental_is_a_second_person():
    assert people("С Тер-Петросяном Кочарян не разговаривает.") == {"Тер-Петросян", "Кочарян"}


def test_a_first_name_in_the_instrumental_with_a_surname_that_does_not_decline_is_one_person():
    assert people("С Анной Кочарян встретился журналист.") == {"Анна Кочарян"}


def test_a_full_name_in_the_instrumental_is_one_person():
    assert "Владимир Путин" in people("С Владимиром Путиным встретился Шольц.")


def test_a_first_name_in_the_instrumental_before_a_foreign_surname_is_one_person():
    # (the dictionary reads `Вебер` only as a man's nominative: a first name is never taken apart)
    assert people("С Мариной Вебер встретился журналист.") == {"Марина Вебер"}
