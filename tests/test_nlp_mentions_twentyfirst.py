"""Entity mentions and people's names, twenty-first round: wiki links that lost their brackets,
foreign surnames with a soft sign before the stem's last consonant, and a woman named in
apposition to the subject of a feminine verb. Sentences and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.nlp.markup import clean
from kg.records import Document


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(Document("t", text)).entities
            if e.kind == "person"}


# links whose brackets were lost

def test_a_bare_link_whose_label_repeats_the_target_keeps_only_its_label():
    assert clean("Смерть Рико|Рико Салинаса потрясла всех.").text == "Смерть Рико Салинаса потрясла всех."


def test_a_bare_link_of_two_words_repeated_keeps_only_its_label():
    assert clean("Его сменил Рико Салинас|Рико Салинас Торрес весной.").text == \
        "Его сменил Рико Салинас Торрес весной."


def test_a_bare_link_whose_target_is_in_another_form_stays():
    # `Гондурас|Гондурасе`: NEREL marks the target as a name of its own
    assert clean("Он жил в Гондурас|Гондурасе долго.").text == "Он жил в Гондурас|Гондурасе долго."


def test_a_bar_between_words_of_no_link_stays():
    for text in ("Ответ да|нет в анкете.", "Рейс Москва|Тверь отменён.", "| Москва | Тверь |",
                 "Файл: карта|подпись снизу"):
        assert clean(text).text == text


def test_a_bare_link_s_person_is_named_by_the_label():
    assert people("Вчера умер Рико|Рико Салинас, бывший мэр.") == {"Рико Салинас": ["Рико Салинас"]}


# a fleeting vowel guessed in a foreign surname

def test_a_foreign_surname_with_a_soft_sign_keeps_its_stem_in_the_nominative():
    assert list(people("Визит Ральфа Пельца в Тверь отменён.")) == ["Ральф Пельц"]


def test_a_foreign_surname_alone_keeps_its_stem():
    assert list(people("Слова Пельца процитировали газеты.")) == ["Пельц"]


def test_a_foreign_surname_in_the_instrumental_keeps_its_stem():
    assert list(people("Встреча с Ральфом Пельцем прошла в Берлине.")) == ["Ральф Пельц"]


def test_a_surname_the_dictionary_knows_keeps_its_fleeting_vowel():
    assert list(people("Встреча с Игорем Стрельцом прошла в Твери.")) == ["Игорь Стрелец"]


def test_a_surname_with_a_fleeting_vowel_after_a_consonant_is_left():
    # `Коломийца` → `Коломиец`: a fleeting vowel of a Slavic surname, no soft sign before `ц`
    assert list(people("Слова Григория Коломийца процитировали газеты.")) == ["Григорий Коломиец"]


def test_a_known_first_name_keeps_its_normal_form_beside_the_surname():
    assert list(people("Визит Петра Пельца в Тверь отменён.")) == ["Пётр Пельц"]


# a woman in apposition to the subject of a feminine verb

def test_a_woman_apposed_to_an_office_with_a_feminine_verb_is_named_as_written():
    assert list(people("Глава администрации Дарья Сомова заявила, что мост откроют.")) == \
        ["Дарья Сомова"]
    assert list(people("Глава администрации Евгения Сомова заявила, что мост откроют.")) == \
        ["Евгения Сомова"]


def test_a_masculine_verb_keeps_the_man_s_genitive_reading():
    assert list(people("Глава администрации Евгения Кузнецова заявил, что мост откроют.")) == \
        ["Евгений Кузнецов"]


def _office_rule(text: str) -> bool:
    from kg.nlp.ru import entities
    from kg.nlp.ru.analysis import analyse

    a = analyse(text)
    m = next(m for m in entities._raw_mentions(a) if m.kind == "person")
    return entities._apposed_to_a_womans_office(a, m)


def test_a_noun_without_its_own_genitive_tells_nothing():
    # `Адвокат Евгения Кузнецова заявила`: his lawyer, a woman, or she herself
    assert not _office_rule("Адвокат Евгения Кузнецова заявила, что мост откроют.")
    assert _office_rule("Глава администрации Евгения Кузнецова заявила, что мост откроют.")


def test_a_kinship_noun_is_no_office():
    # `Мать Евгения Кузнецова заявила`: his mother
    assert not _office_rule("Мать семейства Евгения Кузнецова заявила, что мост откроют.")


def test_a_present_tense_verb_tells_no_gender_by_this_rule():
    assert not _office_rule("Глава администрации Евгения Кузнецова заявляет, что мост откроют.")


def test_a_name_after_a_genitive_of_another_noun_than_the_subject_is_left():
    # `жена главы района Евгения Сомова`: the name hangs from `главы`, not from the subject
    found = people("Сын главы района Евгения Кузнецова заявил журналистам.")
    assert list(found) == ["Евгений Кузнецов"]


def test_a_woman_and_a_man_of_one_surname_stay_two():
    found = people("Глава администрации Евгения Сомова заявила журналистам. Евгений Сомов уехал.")
    assert sorted(found) == ["Евгений Сомов", "Евгения Сомова"]


# two people's names read as one

def test_a_first_name_form_that_ends_a_full_name_elsewhere_is_that_person_s_surname():
    found = people("Диктатора Фердинанда Маркоса свергли. Правила страной Корасон Лиано. "
                   "После свержения Маркоса Лиано стала президентом.")
    assert "Маркоса" in found["Фердинанд Маркос"]
    assert "Лиано" in found["Корасон Лиано"]


def test_a_first_name_whose_surname_of_one_stem_is_elsewhere_is_the_name_s_own():
    # `Ивана` beside `Пётр Иванов`: a first name in the genitive, not that surname
    found = people("Министр Пётр Иванов и актёр Олег Сомов пришли. Говорили о сыне Ивана Сомова.")
    assert found["Иван Сомов"] == ["Ивана Сомова"]


def test_a_first_name_in_another_form_than_the_surname_elsewhere_is_the_name_s_own():
    found = people("Президент Фердинанд Маркос бежал. Правила страной Корасон Лиано. "
                   "Дочь Маркоса Лиано вернулась.")
    assert ["Маркоса Лиано"] in found.values()


# an age written in words opening a sentence

def test_an_age_written_in_words_before_a_surname_is_no_part_of_the_name():
    found = people("Шестидесятивосьмилетняя Сомова заявила, что выборы пройдут честно.")
    assert list(found) == ["Сомова"] and found["Сомова"] == ["Сомова"]


def test_a_surname_ending_like_an_age_word_is_left():
    # the age pattern is a whole word of a numeral stem and `-летний`, not a hyphenated surname part
    found = people("Маргарита Сомова-Столетняя заявила, что выборы пройдут честно.")
    assert list(found) == ["Маргарита Сомова-Столетняя"]


# Latin names with a year in brackets

def _bodies(text: str) -> list[str]:
    return [e.name for e in extract(Document("t", text)).entities if e.kind == "organization"]


def test_a_latin_name_with_a_year_in_brackets_is_a_work_not_a_body():
    assert _bodies("Группа выпустила альбомы Music For Nobody (1994), Glass Rooms (2009) "
                   "и Stone Garden (2015).") == []


def test_a_latin_body_with_a_place_in_brackets_stays():
    assert "Microsoft" in _bodies("Компания Microsoft (США) и Apple объявили о сделке.")


def test_a_latin_body_without_a_year_stays():
    assert _bodies("Группа Radiohead выпустила альбом в 2009 году.") == ["Radiohead"]


def test_a_first_name_and_a_surname_declined_alike_stay_one_name():
    # `Аарона Александра` ends in the first name's very form, but `Александра Жукова` is one man's
    # genitive: the surname shows the first name's case
    found = people("У них родился сын Аарон Александр. Дочь Аарона Александра зовут Лея. "
                   "Дарья Жукова — дочь предпринимателя Александра Жукова.")
    assert ["Александра Жукова"] in found.values()


# the twenty-first round's review: one Latin name with a year is no list of works

def test_a_company_given_its_founding_year_alone_stays_a_body():
    assert _bodies("Компания Microsoft (1975) была основана в Альбукерке.") == ["Microsoft"]


def test_a_club_given_its_founding_year_alone_stays_a_body():
    assert "Manchester United" in _bodies("Клуб Manchester United (1878) выиграл кубок.")
