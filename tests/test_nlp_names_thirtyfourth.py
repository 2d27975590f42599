"""People's names in an oblique case, thirty-fourth round (kg.nlp.ru.entities): a foreign first
name that does not decline before a surname in the instrumental. Sentences and names are written
for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def names(text: str) -> list[str]:
    return [e.name for e in extract(Document("t", text)).entities if e.kind == "person"]


# `Ники` is to the dictionary only `Ника`'s genitive, `Альберту` `Альберт`'s dative: beside a
# surname that reads only as an instrumental, they are first names that do not decline


def test_a_first_name_read_only_as_another_case_before_an_instrumental_surname_stays_as_written():
    assert names("Журналисты поговорили с Ники Лаудой после гонки.") == ["Ники Лауда"]


def test_a_first_name_read_as_a_dative_before_an_instrumental_surname_stays_as_written():
    assert names("Министр встретился с Альберту Фернандесом в столице.") == ["Альберту Фернандес"]


def test_the_rule_holds_for_each_name_of_a_list():
    found = names("Журналисты поговорили с Ники Лаудой и Аленом Простом.")
    assert "Ники Лауда" in found and "Ален Прост" in found


def test_a_first_name_that_declines_into_the_instrumental_is_put_in_the_nominative():
    assert names("Министр встретился с Анной Сомовой в столице.") == ["Анна Сомова"]
    assert names("Министр встретился с Томом Хэнксом в столице.") == ["Том Хэнкс"]


def test_an_undeclined_surname_is_not_taken_for_an_instrumental():
    assert names("Министр встретился с Хуаном Гуайдо в столице.") == ["Хуан Гуайдо"]
    assert names("Министр встретился с Ренцо Пьяно в столице.") == ["Ренцо Пьяно"]


def test_a_surname_in_another_case_leaves_the_first_name_to_the_general_rules():
    assert names("Министр встретился с Маргарет Тэтчер в столице.") == ["Маргарет Тэтчер"]
    assert names("Письмо передали Джорджу Оруэллу вчера.") == ["Джордж Оруэлл"]
