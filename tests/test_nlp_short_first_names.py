"""A person the text names in full and elsewhere by an everyday short form or variant of the
first name (`Маша` for `Мария`, `Ваня` for `Иван`), and initials written without a space
(`О.Сеньков`): one person, named with the full first name (kg.nlp.ru.entities, the table
kg/data/ru/short_first_names.tsv). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.nlp.ru.entities import _compatible, _same_first
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


def test_a_short_form_and_the_full_first_name_are_compatible():
    assert _compatible("Ваня", "Иван")
    assert _compatible("Катерина", "Екатерина")
    assert _same_first("Маша", "Мария")
    assert not _compatible("Ваня", "Игорь")
    assert not _same_first("Маша", "Марина")


def test_a_full_name_with_the_short_form_joins_the_full_name():
    found = people("Первым выступил Ваня Кедров. Иван Кедров рассказал о своих планах на лето.")
    assert list(found) == ["Иван Кедров"]
    assert found["Иван Кедров"] == ["Ваня Кедров", "Иван Кедров"]


def test_a_short_form_alone_is_the_person_named_in_full():
    found = people("Президент Екатерина Ливадиту посетила остров. Катерина пообещала вернуться.")
    assert list(found) == ["Екатерина Ливадиту"]
    assert "Катерина" in found["Екатерина Ливадиту"]


def test_the_canonical_name_takes_the_full_first_name():
    found = people("Школьница Маша Ветрова выиграла олимпиаду. Мария Ветрова учится в "
                   "десятом классе.")
    assert list(found) == ["Мария Ветрова"]


def test_a_short_form_of_another_name_stays_apart():
    found = people("На сцену вышел Иван Кедров. Его дочь Маша спела песню.")
    assert found["Иван Кедров"] == ["Иван Кедров"]
    assert found["Маша"] == ["Маша"]


def test_initials_glued_to_the_surname_join_the_full_name():
    found = people("Тренер О.Сеньков заявил, что команда готова. Олег Сеньков работает в клубе "
                   "третий год.")
    assert list(found) == ["Олег Сеньков"]
    found = people("Письмо подписал Г.А.Сомов. Геннадий Сомов давно руководит фондом.")
    assert list(found) == ["Геннадий Сомов"]


def test_a_short_form_of_a_mans_and_a_womans_name_alone_stays_apart():
    # `Саша` is `Александр` or `Александра`: alone it does not join the man named in full
    found = people("У актёра Александра Сомова родилась дочь — Саша. Александр Сомов счастлив.")
    assert found["Саша"] == ["Саша"]
    assert "Саша" not in found["Александр Сомов"]


def test_a_stage_name_with_a_short_first_name_stays_the_persons_name():
    found = people("Рэпер Гоша Кедр (настоящее имя Георгий Кедров) выпустил альбом.")
    assert list(found) == ["Гоша Кедр"]
    assert found["Гоша Кедр"] == ["Гоша Кедр", "Георгий Кедров"]


def test_a_short_form_of_a_mans_and_a_womans_name_takes_the_surnames_gender():
    # `Саша Кузнецова` is Александра, not the Александр of the same surname
    found = people("Саша Кузнецова пришла на выборы. Её брат Александр Кузнецов не пришёл.")
    assert found["Саша Кузнецова"] == ["Саша Кузнецова"]
    assert found["Александр Кузнецов"] == ["Александр Кузнецов"]
    found = people("Саша Кузнецов пришёл на выборы. Александр Кузнецов голосовал первым.")
    assert found == {"Александр Кузнецов": ["Саша Кузнецов", "Александр Кузнецов"]}


def test_a_short_form_of_two_spellings_of_one_womans_name_alone_joins_her():
    # `Наташа` is `Наталья` or `Наталия`: one woman's name either way
    found = people("Певица Наталья Ветрова выпустила альбом. Наташа сама написала все песни.")
    assert found == {"Наталья Ветрова": ["Наталья Ветрова", "Наташа"]}
