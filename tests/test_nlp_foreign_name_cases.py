"""Foreign people's names in an oblique case (kg.nlp.ru.entities): a surname of the first
declension after a first name that does not decline, an inner part of a longer name, and a
guessed paradigm's `ё`. Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def names(text: str) -> list[str]:
    return [e.name for e in extract(Document("t", text)).entities if e.kind == "person"]


# after a first name that does not decline, the surname's own ending tells the case where only
# one case ends so: a hard consonant's `-ы` (the genitive), `-ой`/`-ей` (the instrumental)


def test_a_genitive_surname_after_an_undeclined_first_name_is_put_in_the_nominative():
    assert names("Делегация ждала приезда Паоло Бертолы из Милана.") == ["Паоло Бертола"]


def test_a_genitive_surname_the_tagger_calls_nominative_is_put_in_the_nominative():
    assert names("Книга Хидэки Мацуямы вышла в мае.") == ["Хидэки Мацуяма"]


def test_an_instrumental_surname_after_a_first_name_the_dictionary_does_not_know():
    assert names("Журналист долго беседовал с Тэцуо Накамурой в кафе.") == ["Тэцуо Накамура"]


def test_a_surname_whose_ending_is_also_an_undeclined_names_stays_as_written():
    # `-и` after a velar or a vowel also ends surnames that do not decline
    assert names("Визит Ичиро Судзуки перенесли на осень.") == ["Ичиро Судзуки"]
    assert names("Визит Марио Драги перенесли на осень.") == ["Марио Драги"]


def test_the_general_rules_keep_declined_names():
    assert names("Книга Ивана Петрова вышла в мае.") == ["Иван Петров"]
    assert names("Журналист долго беседовал с Хосе Мединой в кафе.") == ["Хосе Медина"]


# an inner part of a name of three words or more, in the case another word of it shows


def test_an_inner_part_in_ii_leaves_the_genitive_and_the_dative():
    assert names("Премию вручили внуку Рафаэля Гарсии Морено в пятницу.") == [
        "Рафаэль Гарсия Морено"]
    assert names("Письмо отправили Рафаэлю Гарсии Морено в пятницу.") == [
        "Рафаэль Гарсия Морено"]


def test_a_last_word_in_ii_is_a_surname_that_does_not_decline():
    assert names("Визит Такэси Фудзии перенесли на осень.") == ["Такэси Фудзии"]


# a paradigm the morphology guesses for an unknown surname may carry an `ё` (`партнёр`'s)


def test_a_guessed_nominative_writes_no_yo_the_text_did_not():
    assert names("Журналист долго беседовал с Джеком Уокером в кафе.") == ["Джек Уокер"]
    assert names("Журналист долго беседовал с Нэдом Клейтером в кафе.") == ["Нэд Клейтер"]


def test_a_yo_the_text_writes_stays():
    assert names("Журналист долго беседовал с Томасом Гёбелером в кафе.") == ["Томас Гёбелер"]
