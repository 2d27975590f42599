"""One person's name that the NER tags as two person spans side by side is one mention
(kg.nlp.ru.entities._join_split_names); two people named side by side stay two. Sentences and
names are written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import extract
from kg.nlp.ru.analysis import analyse
from kg.records import Document


def people(text: str) -> list[tuple[str, list[str]]]:
    ents = extract(Document("t", text)).entities
    return [(e.name, [text[m.start:m.end] for m in e.mentions]) for e in ents if e.kind == "person"]


def ner_people(text: str) -> list[str]:
    return [n.text for n in analyse(text).ner if n.type == "PER"]


@pytest.mark.parametrize("text, parts, name, mention", [
    # a first name, then an undeclined surname
    ("Вчера дочь Глеба Остапенко рассказала о поездке.", ["Глеба", "Остапенко"],
     "Глеб Остапенко", "Глеба Остапенко"),
    # surname first, then a first name
    ("Её подруга Ремизова Жанна родила дочь.", ["Ремизова", "Жанна"],
     "Жанна Ремизова", "Ремизова Жанна"),
    # surname first, then a first name and a patronymic, in the dative
    ("Директор прислал письмо внучке Самойловой Ирине Петровне.",
     ["Самойловой", "Ирине Петровне"], "Ирина Самойлова", "Самойловой Ирине Петровне"),
    # surname first, then two first names: named in the usual order
    ("В суд пришли Сомова Анна Мария и её брат.", ["Сомова", "Анна Мария"],
     "Анна Мария Сомова", "Сомова Анна Мария"),
    # a first name, then a hyphenated surname, in the genitive
    ("Это подруга супруги Мкртчяна Ангелины Беловой-Ростовской.",
     ["Мкртчяна", "Ангелины", "Беловой-Ростовской"], "Ангелина Белова-Ростовская",
     "Ангелины Беловой-Ростовской"),
])
def test_a_name_split_by_the_ner_is_one_mention(text, parts, name, mention):
    assert ner_people(text) == parts  # the NER does split it
    found = dict(people(text))
    assert found.get(name) == [mention], people(text)


def test_a_masculine_surname_does_not_take_a_womans_first_name_after_it():
    text = "Это подруга супруги Мкртчяна Ангелины Беловой-Ростовской."
    assert ("Мкртчян", ["Мкртчяна"]) in people(text)


@pytest.mark.parametrize("text, parts", [
    # the owner in the genitive, the person in the nominative: two people
    ("Адвокат Сомова Игорь Летов заявил, что подаст жалобу.", ["Сомова", "Игорь Летов"]),
    ("Знакомый Марины Дмитрий Туркин пришёл.", ["Марины", "Дмитрий Туркин"]),
    # a surname beside a full name in the same case: two people
    ("О смерти советника Петрова Михаила Лесина стало известно.", None),
])
def test_two_people_side_by_side_stay_two(text, parts):
    if parts is not None:
        assert ner_people(text) == parts
    found = people(text)
    assert len(found) == 2, found


def test_two_surnames_of_two_people_glued_by_the_ner_are_two_mentions():
    text = ("Фермер Грегори Фолстен погиб. Любые сведения о гибели Фолстена Макинтайр обещал "
            "оплатить. Джон Макинтайр богат.")
    assert "Фолстена Макинтайр" in ner_people(text)  # the NER glues them
    found = dict(people(text))
    assert found.get("Грегори Фолстен") == ["Грегори Фолстен", "Фолстена"], found
    assert found.get("Джон Макинтайр") == ["Макинтайр", "Джон Макинтайр"], found


def test_a_first_name_before_a_surname_is_not_split_off():
    text = "Серена Уильямс выиграла. Серена рада. Позже Серена Уильямс улетела."
    found = dict(people(text))
    assert found.get("Серена Уильямс") == ["Серена Уильямс", "Серена Уильямс"], found


def test_a_known_first_name_glued_to_a_surname_stays_one_name():
    # `Зиновия` is a first name the dictionary knows, though another person here bears it as a
    # surname: `Зиновия Рудаков` stays one name
    text = "Клара Зиновия выступила. Выступление Зиновия Рудаков одобрил. Пётр Рудаков рад."
    found = dict(people(text))
    assert found.get("Зиновий Рудаков") == ["Зиновия Рудаков"], found


@pytest.mark.parametrize("text, parts", [
    # a woman's surname in an oblique case (the tagger reads it as a nominative), then a first
    # name in the nominative: whose friend, then who
    ("Подруга Сомовой Анна приехала вчера.", ["Сомовой", "Анна"]),
    ("Подруга Ремизовой Жанна приехала вчера.", ["Ремизовой", "Жанна"]),
    ("Знакомая Летовой Ирина рассказала о встрече.", ["Летовой", "Ирина"]),
    # a man's surname in the dative beside a woman's first name in the dative: two people (an
    # unknown surname ending in a vowel is no undeclined foreign one when it ends as a declined
    # Russian one)
    ("Письмо Сомову Ирине передали.", ["Сомову", "Ирине"]),
])
def test_an_oblique_surname_and_a_nominative_first_name_stay_two(text, parts):
    assert ner_people(text) == parts  # the NER tags them side by side
    found = people(text)
    assert len(found) == 2, found


def test_a_full_name_whose_surname_is_seen_only_alone_elsewhere_is_not_split():
    # `Тайсон` is another boxer's surname, but `Фьюри` is named in full only here
    text = "Тайсон Фьюри победил. Майк Тайсон сказал, что Фьюри силён."
    found = dict(people(text))
    assert found.get("Тайсон Фьюри") == ["Тайсон Фьюри", "Фьюри"], found
    assert found.get("Майк Тайсон") == ["Майк Тайсон"], found
