"""Person names and people kept apart, twenty-sixth round (kg.nlp.ru.entities.find_entities): a
surname alone where a man and a woman of the text bear it. Sentences and names are written for
these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


# a woman's foreign surname that ends like a Russian man's (`-ин`, `-ов`) does not decline


def test_a_bare_surname_in_in_is_the_woman_who_bears_it_undeclined():
    text = ("Писательница Эмили Маклин выпустила новый роман. "
            "Её отец Джордж Маклин был пастором. "
            "Маклин работала над книгой пять лет.")
    found = people(text)
    assert "Маклин" in found["Эмили Маклин"]
    assert found["Джордж Маклин"] == ["Джордж Маклин"]


def test_a_bare_surname_with_no_verb_still_goes_to_the_woman_named_first():
    text = ("Певица Эмили Маклин приехала в Москву. "
            "На концерте был и её брат Томас Маклин. "
            "Билеты на выступление Маклин раскупили за час.")
    found = people(text)
    assert "Маклин" in found["Эмили Маклин"]


def test_a_mans_declined_case_form_is_not_the_womans_undeclined_surname():
    # `Маклина` declines: a man's genitive, never hers
    text = ("Писательница Эмили Маклин выпустила новый роман. "
            "Её отец Джордж Маклин был пастором. "
            "Прихожане Маклина собрали деньги на орган.")
    found = people(text)
    assert "Маклина" in found["Джордж Маклин"]
    assert "Маклина" not in found["Эмили Маклин"]


def test_a_russian_womans_surname_in_a_the_mans_bare_surname_is_not_hers():
    # `Сомова` declines like a Russian woman's surname: the bare `Сомов` is the man's
    text = ("Актриса Ирина Сомова и её муж Пётр Сомов открыли театр. "
            "Сомов руководит им уже десять лет.")
    found = people(text)
    assert "Сомов" in found["Пётр Сомов"]
    assert found["Ирина Сомова"] == ["Ирина Сомова"]


def test_a_man_named_first_keeps_the_bare_surname_when_the_woman_is_named_after():
    # the woman's undeclined surname only keeps her among the candidates; the man named first
    # keeps a bare surname that nothing else assigns
    text = ("Режиссёр Джордж Маклин снял новый фильм. "
            "Главную роль сыграла его дочь Эмили Маклин. "
            "Маклин снимал картину в Шотландии.")
    found = people(text)
    assert "Маклин" in found["Джордж Маклин"]


# a form of address tells the gender of the bearer of a surname alone


def test_a_feminine_form_of_address_gives_the_surname_to_the_wife():
    text = ("Сенатор Роберт Кроули и его жена Хелен Кроули прибыли в Лондон. "
            "Госпожа Кроули посетила детскую больницу.")
    found = people(text)
    assert "Кроули" in found["Хелен Кроули"]
    assert found["Роберт Кроули"] == ["Роберт Кроули"]


def test_a_masculine_form_of_address_gives_the_surname_to_the_husband():
    text = ("Писательница Хелен Кроули и её муж Роберт Кроули прибыли в Лондон. "
            "Мистер Кроули посетил стадион.")
    found = people(text)
    assert "Кроули" in found["Роберт Кроули"]
    assert found["Хелен Кроули"] == ["Хелен Кроули"]


def test_a_form_of_address_beside_one_bearer_of_the_other_gender_leaves_him_the_surname():
    # only one bearer of the surname: the form of address decides nothing
    text = ("Сенатор Роберт Кроули прибыл в Лондон. "
            "Госпожа Кроули посетила детскую больницу.")
    found = people(text)
    assert "Кроули" in found["Роберт Кроули"]


def test_a_form_of_address_in_the_sentence_before_tells_nothing():
    # `мисс` ends the sentence before: not the surname's form of address
    text = ("Сенатор Роберт Кроули и его жена Хелен Кроули прибыли в Лондон. "
            "Их встречала мисс. Кроули посетил стадион.")
    found = people(text)
    assert "Кроули" in found["Роберт Кроули"]


def test_a_title_that_is_no_form_of_address_tells_nothing():
    # `президент` tells no gender: the man named first keeps the surname
    text = ("Сенатор Роберт Кроули и его жена Хелен Кроули прибыли в Лондон. "
            "Президент Кроули посетил стадион.")
    found = people(text)
    assert "Кроули" in found["Роберт Кроули"]


# a woman's nominative that is also a man's genitive, before a surname that does not decline


def test_a_mans_genitive_read_as_a_womans_name_joins_the_man_named_in_full():
    text = ("Киллер расстрелял главу администрации Сергиева Посада Евгения Брушко у подъезда. "
            "Евгений Брушко возглавлял город с 2011 года.")
    found = people(text)
    assert "Евгения Брушко" in found["Евгений Брушко"]
    assert "Евгения Брушко" not in found


def test_a_woman_the_verb_tells_keeps_her_name_beside_the_man():
    text = ("Евгения Брушко рассказала о брате. "
            "Евгений Брушко служит во флоте.")
    found = people(text)
    assert found["Евгения Брушко"] == ["Евгения Брушко"]
    assert found["Евгений Брушко"] == ["Евгений Брушко"]


def test_the_womans_form_stays_hers_where_the_text_names_no_such_man():
    text = ("Школу возглавляет Александра Ткаченко. "
            "Её сын Павел учится в седьмом классе.")
    found = people(text)
    assert "Александра Ткаченко" in found


def test_a_surname_with_a_womans_ending_is_not_read_as_his():
    # `Петрова` declines: the woman's own surname, not `Евгений Петров`'s case form
    text = ("На сцену вышла Евгения Петрова. "
            "Евгений Петров аплодировал.")
    found = people(text)
    assert found["Евгения Петрова"] == ["Евгения Петрова"]


def test_another_surname_leaves_the_womans_name_alone():
    text = ("Киллер расстрелял главу администрации Сергиева Посада Евгения Брушко у подъезда. "
            "Евгений Бондаренко возглавляет полицию.")
    found = people(text)
    assert "Евгений Бондаренко" in found
    assert "Евгения Брушко" not in found["Евгений Бондаренко"]


# two people known by one name each, written side by side


def test_two_one_word_names_side_by_side_are_two_people():
    text = ("Император Тахомару отрёкся от престола. Наследником назван принц Кэнсиро.\n\n"
            "Трон унаследует сын Тахомару Кэнсиро. Тахомару правил тридцать лет.")
    found = people(text)
    assert "Тахомару Кэнсиро" not in found
    assert "Кэнсиро" in found and "Тахомару" in found


def test_a_name_whose_first_word_is_never_alone_stays_whole():
    text = ("Художник Тахомару Кэнсиро открыл выставку. "
            "Кэнсиро пишет горы и реки.")
    found = people(text)
    assert "Тахомару Кэнсиро" in found


def test_a_name_written_whole_elsewhere_stays_whole():
    text = ("Художник Тахомару Кэнсиро открыл выставку. Тахомару Кэнсиро пишет горы. "
            "Тахомару вырос в деревне. Кэнсиро учился в Киото.")
    found = people(text)
    assert "Тахомару Кэнсиро" in found
    assert "Тахомару Кэнсиро" in found["Тахомару Кэнсиро"]


def test_a_dictionary_first_name_before_a_name_alone_elsewhere_stays_whole():
    # `Мария` is a first name: `Мария Кэнсиро` is one woman, whatever else the text names alone
    text = ("Актриса Мария Кэнсиро получила премию. "
            "Мария поблагодарила зрителей. Кэнсиро снимается двадцать лет.")
    found = people(text)
    assert "Мария Кэнсиро" in found


def test_a_full_name_introduced_first_stays_whole_whatever_parts_follow_alone():
    # the woman is introduced in full; her first name and her surname later alone are hers
    text = ("У министра Оливера Тэннанта и его подруги Кэрри Фоксуэлл родилась дочь. "
            "Кэрри чувствует себя хорошо. Фоксуэлл работает в фонде.")
    found = people(text)
    assert "Кэрри Фоксуэлл" in found
    assert "Кэрри" not in found
