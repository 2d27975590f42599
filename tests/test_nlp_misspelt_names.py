"""One person's full name written two ways in one text, a letter off in the surname (`Ростислав
Дымков` / `Ростислав Дымаков`) or `э` written `е` in the first name (`Эмили` / `Емили`): one
person (kg.nlp.ru.entities.find_entities). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.nlp.ru.entities import _compatible
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


def test_a_surname_one_letter_off_with_the_same_first_name_is_one_person():
    found = people("Студент Ростислав Дымков выиграл конкурс. Ростислав Дымаков получил премию. "
                   "Ростислав Дымков доволен.")
    assert found == {"Ростислав Дымков": ["Ростислав Дымков", "Ростислав Дымаков",
                                          "Ростислав Дымков"]}


def test_a_surname_one_letter_off_in_an_oblique_case_is_one_person():
    found = people("Полиция задержала Ахмеда Бузаева и его брата Руслана Бузаева. Ахмеду Бузоеву "
                   "предъявлено обвинение.")
    assert found["Ахмед Бузаев"] == ["Ахмеда Бузаева", "Ахмеду Бузоеву"]
    assert found["Руслан Бузаев"] == ["Руслана Бузаева"]


def test_other_first_names_or_surnames_further_off_stay_apart():
    found = people("Депутат Анна Петрова и Анна Петренко выступили. Олег Дымков и Игорь Дымаков "
                   "промолчали.")
    assert set(found) == {"Анна Петрова", "Анна Петренко", "Олег Дымков", "Игорь Дымаков"}


def test_e_for_e_oborotnoye_in_a_first_name_is_the_same_name():
    assert _compatible("Эмили", "Емили")
    assert _compatible("Эдуард", "Едуард")
    assert not _compatible("Эмили", "Амели")


def test_a_surname_alone_transliterated_with_e_for_e_oborotnoye_is_the_person():
    # `Бэкстен` / `Бекстэн`: the two `э` of one spelling are `е` in the other
    found = people("Футболист Дэвид Бэкстен открыл школу. Бекстэн сам тренирует детей.")
    assert found == {"Дэвид Бэкстен": ["Дэвид Бэкстен", "Бекстэн"]}


def test_two_namesakes_side_by_side_a_letter_apart_stay_two_people():
    # in one sentence the same person is not named twice in full
    found = people("Шахматисты Андрей Савин и Андрей Сапин сыграли вничью.")
    assert set(found) == {"Андрей Савин", "Андрей Сапин"}


def test_two_surnames_the_dictionary_knows_a_letter_apart_stay_two_people():
    # `Иванов` and `Ивашов`, `Белов` and `Беков` are surnames both: namesakes, not a slip
    found = people("Фермер Иван Иванов продал трактор. Через год Иван Ивашов купил его. "
                   "Олег Белов выиграл турнир. Олег Беков проиграл.")
    assert set(found) == {"Иван Иванов", "Иван Ивашов", "Олег Белов", "Олег Беков"}
