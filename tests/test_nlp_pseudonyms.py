"""A person known by a stage name, a handle or a birth name: `рэперу Крюку (Олег Самойлов)`,
`блогер Zentrix (Густав Линдквист)`, `Тим Ларсон (, при рождении Тимоти Джон Ларсен)`,
`урождённая …`, `настоящее имя …`: one person (kg.nlp.ru.known_names.parenthetical_aliases and
nickname_aliases). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def entities(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.kind, [m.text for m in e.mentions])
            for e in extract(Document("t", text)).entities}


def test_a_full_name_in_brackets_after_a_stage_name_is_the_same_person():
    found = entities("Российскому рэперу Крюку (Олег Самойлов) запретили въезд в страну. "
                     "Крюк назвал запрет глупым.")
    people = [n for n, (kind, _) in found.items() if kind == "person"]
    assert len(people) == 1
    assert found[people[0]][1] == ["Крюку", "Олег Самойлов", "Крюк"]


def test_a_latin_handle_after_a_person_noun_with_a_full_name_in_brackets_is_a_person():
    found = entities("Шведский блогер Zentrix (Густав Линдквист) набрал миллион подписчиков.")
    assert found["Густав Линдквист"] == ("person", ["Zentrix", "Густав Линдквист"])


def test_a_company_with_a_persons_name_in_brackets_stays_a_company():
    found = entities("Компания Vexora (Илья Громов) выпустила телефон.")
    assert found["Vexora"][0] == "organization"
    assert found["Илья Громов"] == ("person", ["Илья Громов"])


def test_a_birth_name_after_a_comma_in_brackets_is_the_same_person():
    # a birth name unlike the stage name: only the cue can join them (`Тимоти Ларсен` would join
    # `Тим Ларсон` by the first name and the surname a letter off, cue or not)
    found = entities("Певец Тим Ларсон (, при рождении Кевин Дэвид Олсен; род. 1950) выпустил "
                     "альбом. Тим Ларсон доволен.")
    assert found["Тим Ларсон"] == ("person", ["Тим Ларсон", "Кевин Дэвид Олсен", "Тим Ларсон"])


def test_a_maiden_name_after_urozhdennaya_is_the_same_person():
    found = entities("Актриса Мира Лейн, урождённая Мирослава Лепешкина, сыграла главную роль.")
    assert found["Мира Лейн"] == ("person", ["Мира Лейн", "Мирослава Лепешкина"])


def test_a_firms_name_before_its_heads_name_in_brackets_is_not_his_stage_name():
    # the NER may tag `Альфа` a person; a name a common noun governs is the firm's
    found = entities("Глава фирмы Гранат (Иван Петров) отказался от комментариев.")
    assert found["Иван Петров"] == ("person", ["Иван Петров"])


def test_a_womans_birth_name_cue_after_a_mans_name_is_not_his():
    # `урождённая` tells of a woman: not of the man named right before it
    found = entities("Вера Белова пришла с Олегом Лаптевым, урождённая Вера Смирнова, она сменила "
                     "фамилию.")
    assert found["Олег Лаптев"] == ("person", ["Олегом Лаптевым"])
