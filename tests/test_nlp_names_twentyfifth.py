"""People's names, twenty-fifth round: a name in an oblique case that the tagger reads as a
nominative or in the wrong case because it carries the case down a chain of genitives or a list
(`председателем союза Республики Татарстан Зухрой …`, `с А. Сомовым, Н. …`), and a man's first
name that does not decline though the dictionary also reads it as a case of another name (`Абу`,
also the accusative of `Аба`). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def names(text: str) -> list[str]:
    return sorted(e.name for e in extract(Document("t", text)).entities if e.kind == "person")


# a first name the dictionary reads in oblique cases only is no nominative

def test_a_first_name_in_the_instrumental_after_a_chain_of_genitives():
    assert names("Журналист побеседовал с председателем отделения союза Республики Татарстан "
                 "Зухрой Хабибуллиной.") == ["Зухра Хабибуллина"]


def test_a_first_name_in_the_accusative_after_a_genitive_noun():
    assert names("Полиция задержала бывшего сотрудника прокуратуры Мирзу Гогиашвили.") \
        == ["Мирза Гогиашвили"]


def test_a_nominative_name_stays_as_written():
    assert names("Зухра Хабибуллина выступила на форуме.") == ["Зухра Хабибуллина"]


def test_a_later_word_read_only_as_an_oblique_case_leaves_the_name_nominative():
    # `Кае` is to the dictionary only the prepositional of `Кай`; the name is hers, nominative
    assert names("Погибла 60-летняя Лори Кае.") == ["Лори Кае"]


def test_a_first_name_with_a_plural_nominative_reading_stays():
    # `Ники` is also the plural of `Ник`: the rule leaves it to the others
    assert names("Ники Лауда выиграл гонку.") == ["Ники Лауда"]


def test_an_unknown_name_the_tagger_reads_as_a_nominative_keeps_it():
    # the dictionary only guesses at `Тсеке` (a prepositional of `Тсек`): no case of its own
    assert names("Вчера в Лиссабоне умер последний правитель Лесото Тсеке II.") == ["Тсеке II"]


# a surname after initials, the tagger's case not one the surname can have

def test_a_surname_after_an_initial_in_a_list_is_put_in_the_nominative():
    assert "А. Петрушкин" in names("Сценарий написан совместно с А. Петрушкиным, Н. Сомовой и "
                                   "А. Гуляко.")


def test_a_surname_after_an_initial_in_the_instrumental():
    assert names("Журналист поговорил с А. Илюшкиным.") == ["А. Илюшкин"]


def test_a_surname_after_an_initial_in_the_genitive_keeps_its_reading():
    assert names("Суд оправдал Б. Ворошилова.") == ["Б. Ворошилов"]


def test_an_undeclined_surname_after_an_initial_stays():
    assert "А. Гуляко" in names("Сценарий написан совместно с А. Петрушкиным, Н. Сомовой и "
                                "А. Гуляко.")


# `Абу`: a man's name that does not decline, also the accusative of `Аба`

def test_an_undeclined_first_name_before_an_instrumental_first_declension_surname():
    assert names("Американцы охотились за Абу Мусаидой.") == ["Абу Мусаида"]


def test_an_undeclined_first_name_before_a_dative_surname():
    assert names("Журналист позвонил Абу Мусаиду.") == ["Абу Мусаид"]


def test_the_common_noun_aba_is_no_person():
    assert names("Он купил абу на рынке.") == []


def test_a_womans_instrumental_first_declension_surname_stays_hers():
    assert names("Журналист поговорил с Анной Мединой.") == ["Анна Медина"]


def test_an_undeclined_first_name_before_an_undeclined_surname_in_e():
    assert names("Журналист поговорил с Жозе Алваладе.") == ["Жозе Алваладе"]


# a man's first name the dictionary reads only as a woman's, before a surname only a man's in the
# case

def test_an_undeclined_mans_name_read_as_a_womans_genitive_before_his_genitive_surname():
    # `Рики` is to the dictionary a genitive of `Рика`, but `Мартина` has no woman's reading
    assert names("Концерт Рики Мартина прошёл в Москве.") == ["Рики Мартин"]


def test_an_unknown_mans_name_in_the_instrumental_drops_the_surnames_ending():
    assert names("Журналист встретился с Янном Веннером.") == ["Янн Веннер"]


def test_an_unknown_mans_name_read_as_a_womans_accusative_before_his_dative_surname():
    # `Янну` is to the dictionary an accusative of `Янна`; `Веннеру` a man's dative only
    assert names("Журналист позвонил Янну Веннеру.") == ["Янн Веннер"]


def test_a_name_of_either_gender_before_his_dative_surname_takes_its_lemma():
    assert names("Студенты пришли в гости к Жене Белоусову.") == ["Женя Белоусов"]


def test_a_womans_name_before_her_surname_stays_hers():
    assert names("Книгу подарили Анне Петровой.") == ["Анна Петрова"]


def test_a_womans_name_before_an_undeclined_surname_stays_hers():
    assert names("Журналист встретился с Анной Мартин.") == ["Анна Мартин"]


def test_an_undeclined_mans_name_before_his_surname_stays():
    assert names("Мемуары Тони Блэра вышли в Лондоне.") == ["Тони Блэр"]


# initials before a woman's surname of the possessive pattern in an oblique case

def test_initials_before_a_womans_instrumental_surname():
    assert names("Сценарий написан совместно с Н. Сомовой.") == ["Н. Сомова"]


def test_initials_before_a_womans_surname_in_a_list():
    assert "Н. Сомова" in names("Сценарий написан совместно с А. Петрушкиным, Н. Сомовой и "
                                "А. Гуляко.")


def test_initials_before_a_nominative_surname_stay():
    assert names("Письмо подписала Н. Сомова.") == ["Н. Сомова"]


def test_initials_before_a_stressed_adjective_surname_stay_his_nominative():
    assert names("Письмо получил В. Толстой.") == ["В. Толстой"]


def test_initials_before_a_stressed_adjective_surname_are_not_read_as_the_possessive_pattern():
    # `Береговой` is no case of `Берегова`
    assert names("Сценарий написан совместно с О. Береговой.") != ["О. Берегова"]


# a man's surname with a stem in `-й` after a vowel, left in its case

def test_a_surname_in_ai_in_the_genitive():
    assert names("Фильмы Леонида Гайдая знают все.") == ["Леонид Гайдай"]


def test_a_surname_in_ei_in_the_genitive_after_a_hard_first_name():
    assert names("Суд приговорил Дэна Цзивея к году тюрьмы.") == ["Дэн Цзивей"]


def test_a_surname_in_ei_in_the_dative():
    assert names("Он позвонил Дэну Цзивею.") == ["Дэн Цзивей"]


def test_a_surname_in_ai_in_the_prepositional_after_a_soft_first_name():
    assert names("Статья о Сергее Гайдае вышла в журнале.") == ["Сергей Гайдай"]


def test_a_first_declension_surname_in_iya_keeps_its_form():
    assert names("Портрет Лаврентия Берия висел в кабинете.") == ["Лаврентий Берия"]


def test_a_soft_surname_after_a_consonant_keeps_its_soft_sign():
    assert names("Он видел Ивана Зозулю на вокзале.") == ["Иван Зозуля"]


def test_an_undeclined_surname_in_ya_stays():
    assert names("Роман Эмиля Золя переиздали.") == ["Эмиль Золя"]
