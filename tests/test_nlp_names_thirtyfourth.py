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


def test_a_womans_surname_of_the_possessive_pattern_is_no_instrumental_only():
    # `Долиной`, `Рябининой`: the dictionary knows them as nouns' instrumentals, but a woman's
    # surname of the possessive pattern ends so in every oblique case
    assert names("Книгу о Ларисе Долиной читали все.") == ["Лариса Долина"]
    assert names("Подарок достался Ирине Рябининой вчера.") == ["Ирина Рябинина"]


# a capitalised preposition opening the sentence governs the name; it is no part of it


def test_a_preposition_opening_the_sentence_is_not_part_of_the_name():
    assert names("О Гюнтере Грассе написано много книг.") == ["Гюнтер Грасс"]
    assert names("С Анной Сомовой встретился министр.") == ["Анна Сомова"]
    assert names("У Петра Травникова нашли документы.") == ["Пётр Травников"]


def test_a_name_particle_opening_the_sentence_stays_in_the_name():
    assert names("Ван Дейк забил гол в ворота соперника.") == ["Ван Дейк"]
    assert names("О. Генри написал этот рассказ.") == ["О. Генри"]


# a name of several parts in the instrumental: a part of the first declension left as written
# (before a particle, or a man's part with no reading of his gender) goes to the nominative too


def test_a_part_before_a_name_particle_leaves_the_instrumental():
    assert names("Президент встретился с Луисом Иньясиу Лулой да Силвой в Бразилии.") \
        == ["Луис Иньясиу Лула да Силва"]
    assert names("Встреча с Каэтаной де Сильвой прошла в Мадриде.") == ["Каэтана де Сильва"]


def test_a_mans_inner_part_of_the_first_declension_leaves_the_instrumental():
    assert names("Мы говорили с Габриэлем Гарсией Маркесом о книгах.") == ["Габриэль Гарсия Маркес"]
    assert names("Встреча с Хосе Марией Асенсио прошла в Мадриде.") == ["Хосе Мария Асенсио"]


def test_a_part_that_does_not_decline_stays_in_a_name_of_several_parts():
    assert names("Министр встретился с Марией да Граса Фостер в столице.") == [
        "Мария да Граса Фостер"]
    assert names("Встреча с Джоном Паулом ван Бюреном прошла вчера.") == ["Джон Паул ван Бюрен"]


# a first name that does not decline, which the dictionary reads likeliest as written (`Нелли`,
# `Натали`, `Элли`), is not the genitive of a rare name in `-я` (`Нелля`, `Наталя`, `Элля`)


def test_an_undeclined_first_name_the_dictionary_reads_likeliest_stays_as_written():
    assert names("Мы встретились у Нелли Уваровой дома.") == ["Нелли Уварова"]
    assert names("Письмо пришло от Натали Портман вчера.") == ["Натали Портман"]
    assert names("Письмо пришло от Элли Сомовой вчера.") == ["Элли Сомова"]


def test_a_first_name_whose_readings_tie_keeps_the_declining_name():
    # `Анне` is the French name or `Анна`'s dative alike; `Лили` `Лиля`'s genitive or `Лили`
    assert names("Подарок достался Анне Сомовой вчера.") == ["Анна Сомова"]
    assert names("Мы были у Лили Сомовой дома.") == ["Лиля Сомова"]
    assert names("Мы были у Тани Сомовой дома.") == ["Таня Сомова"]


def test_a_surname_declined_as_an_adjective_in_another_case_is_no_instrumental():
    # `Береговом`: the dictionary's one noun reading is the instrumental of `берегово`, but as an
    # adjective it is the locative of `Береговой`, the case of the first name before it
    assert names("Мы узнали о Петре Береговом из газет.") == ["Пётр Береговой"]
