"""Middle names that still name one person (nineteenth round): a middle name misspelt by a letter,
or a chain of middle names cut short after its first names, does not split a person in two; a
shorter chain that drops the first name of the longer one stays a namesake. Sentences are written
for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str):
    return [e for e in extract(Document("t", text)).entities if e.kind == "person"]


def test_a_middle_name_one_letter_off_is_the_same_person():
    found = people("Иван Петрович Сомов возглавил комиссию. Иван Петровмч Сомов пообещал отчитаться.")
    assert len(found) == 1, found


def test_a_chain_of_middle_names_cut_short_is_the_same_person():
    found = people("Халид Ахмад Мафаль Зейдан задержан в Хайфе. Халид Ахмад Зейдан отрицает вину.")
    assert len(found) == 1, found


def test_a_shorter_chain_without_the_first_middle_name_stays_a_namesake():
    found = people("Томас Генри Ллойд Бентон встретился с сыном. Томас Ллойд Бентон выступил позже.")
    assert sorted(e.name for e in found) == ["Томас Генри Ллойд Бентон", "Томас Ллойд Бентон"], found
