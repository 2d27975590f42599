"""People's names, twenty-fourth round: a first name the normaliser put in the lemma of a common
noun (`Мари` → `марь`), one of a family named by a plural surname in an oblique case, and a man's
surname of the soft declension (`Скрипаля`, `Скрипалю`, `Скрипалем`) left in its case. Sentences
and names are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def names(text: str) -> list[str]:
    return sorted(e.name for e in extract(Document("t", text)).entities if e.kind == "person")


# a first name that the normaliser read as a common noun

def test_an_undeclined_first_name_is_not_put_in_a_common_nouns_lemma():
    # `Мари` is also the genitive of `марь`, a plant
    assert names("Мы долго говорили о Мари Дюваль весь вечер.") == ["Мари Дюваль"]


def test_an_undeclined_first_name_in_the_dative_stays_as_written():
    assert names("Цветы вручили Мари Лафорет после концерта.") == ["Мари Лафорет"]


def test_a_first_name_read_as_an_animate_common_noun_takes_the_names_lemma():
    # `Жене` is also the dative of `жена`
    assert names("Студенты пришли в гости к Жене Белоусову.") == ["Женя Белоусов"]


def test_a_first_name_left_as_a_common_nouns_form_takes_the_names_lemma():
    # `Саше` is also `саше`, a sachet, which does not decline
    assert names("Студенты пришли в гости к Саше Белоусову.") == ["Саша Белоусов"]


def test_a_first_name_whose_lemma_is_a_name_keeps_the_lemma():
    # `Лили` is the genitive of `Лиля`: a person's name, not a common noun
    assert names("Портрет Лили Брик продали на аукционе.") == ["Лиля Брик"]


def test_an_undeclined_mans_name_keeps_its_reading():
    assert names("Мемуары Тони Блэра вышли в Лондоне.") == ["Тони Блэр"]


def test_a_surname_that_is_also_a_common_noun_stays():
    # `Дали` reads as `даль` too, but the normaliser already keeps the surname
    assert names("Выставку картин Сальвадора Дали открыли в Москве.") == ["Сальвадор Дали"]


# one of a family, the surname in the plural of an oblique case

def test_a_womans_first_name_before_an_instrumental_plural_surname():
    assert "Мария Петрова" in names("Журналисты встретились с Иваном и Марией Петровыми.")


def test_a_mans_first_name_before_a_prepositional_plural_surname():
    assert "Пётр Сомов" in names("Соседи рассказали об Анне и Петре Сомовых.")


def test_a_womans_first_name_before_a_dative_plural_surname():
    assert "Мария Петрова" in names("Премию вручили Ивану и Марии Петровым.")


def test_an_instrumental_singular_surname_is_no_plural():
    # `-ым` after an instrumental first name is a man's singular
    assert names("С Иваном Петровым встретился министр транспорта.") == ["Иван Петров"]


def test_an_undeclined_surname_in_ykh_is_left():
    assert names("Мы навестили Анну Седых в больнице.") == ["Анна Седых"]


def test_a_womans_singular_oblique_surname_is_not_read_as_a_plural():
    assert names("Иван Петров встретился с Марией Петровой.") == ["Иван Петров", "Мария Петрова"]


# a man's surname of the soft declension

def test_a_soft_surname_after_a_soft_first_name_in_the_genitive():
    assert names("Министр поздравил Сергея Скрипаля с юбилеем.") == ["Сергей Скрипаль"]


def test_a_soft_surname_after_a_hard_first_name_in_the_genitive():
    assert names("Министр поздравил Ивана Скрипаля с юбилеем.") == ["Иван Скрипаль"]


def test_a_soft_surname_in_the_dative_and_the_instrumental():
    assert names("Письмо отправили Ивану Скрипалю вчера.") == ["Иван Скрипаль"]
    assert names("Встреча с Игорем Скрипалем прошла в Лондоне.") == ["Игорь Скрипаль"]


def test_a_relative_takes_the_owners_nominative_surname():
    assert names("Врачи осмотрели Сергея Скрипаля и его сына Павла.") == [
        "Павел Скрипаль", "Сергей Скрипаль"]


def test_a_hard_stem_after_ts_keeps_no_soft_sign():
    assert names("Встреча с Иваном Кузнецем прошла вчера.") == ["Иван Кузнец"]


def test_a_surname_after_a_vowel_is_no_soft_stem():
    assert names("Министр наградил Лаврентия Берия.") == ["Лаврентий Берия"]


def test_a_known_undeclined_surname_in_ya_stays():
    assert names("Книгу Эмиля Золя издали в Париже.") == ["Эмиль Золя"]
    assert names("Книгу Жана Золя издали в Париже.") == ["Жан Золя"]


def test_a_womans_undeclined_soft_surname_stays():
    assert names("Врачи осмотрели Юлию Скрипаль в больнице.") == ["Юлия Скрипаль"]


def test_a_first_declension_surname_of_a_man_keeps_its_ending():
    assert names("Полиция задержала Ивана Зозулю у вокзала.") == ["Иван Зозуля"]


# a first name the normaliser left in an oblique case

def test_a_wifes_first_name_in_the_accusative_is_put_in_the_nominative():
    assert names("Тони Сопрано бросил жену Кармелу.") == ["Кармела Сопрано", "Тони Сопрано"]


def test_a_first_name_alone_in_the_instrumental_is_put_in_the_nominative():
    assert names("Мы говорили с Кармелой вчера вечером.") == ["Кармела"]


def test_a_first_name_with_a_nominative_reading_stays():
    # `Мари` reads as a nominative of its own: it is never taken for another name's case
    assert names("Премию вручили Мари Лафорет и Анне Травниковой.") == [
        "Анна Травникова", "Мари Лафорет"]


def test_a_first_name_of_two_lemmas_is_left_to_the_other_rules():
    # `Олегу`, `Марине`: the normaliser's own lemmas, untouched
    assert names("Звонили Марине и Олегу из редакции.") == ["Марина", "Олег"]


# the first of two family members joined by `и`

def test_the_first_name_before_a_family_in_the_instrumental_takes_the_surname():
    assert names("Журналисты встретились с Иваном и Марией Петровыми.") == [
        "Иван Петров", "Мария Петрова"]


def test_the_first_name_before_a_family_in_the_accusative_takes_the_surname():
    assert names("Полиция задержала Ивана и Марию Сомовых.") == ["Иван Сомов", "Мария Сомова"]


def test_the_first_name_in_an_oblique_case_is_put_in_the_nominative():
    assert names("Соседи рассказали об Анне и Петре Сомовых.") == ["Анна Сомова", "Пётр Сомов"]


def test_a_first_name_before_a_singular_surname_takes_nothing():
    # `Анна Сомова` is one woman: Олег need not be a Сомов
    assert names("Вчера Олег и Анна Сомова пришли на приём.") == ["Анна Сомова", "Олег"]


def test_a_first_name_before_a_mans_full_name_takes_nothing():
    assert "Иван Иванов" not in names("Встречу провели Иван и Пётр Иванов.")


# a man's surname of the first declension the dictionary does not know

def test_a_mans_first_declension_surname_in_the_instrumental():
    assert names("Встреча с Карлосом Сантаной прошла в Мадриде.") == ["Карлос Сантана"]


def test_a_mans_first_declension_surname_in_the_genitive():
    assert names("Концерт Карлоса Сантаны отменили из-за дождя.") == ["Карлос Сантана"]
    assert names("Письмо Луиса Гарсии пришло в редакцию.") == ["Луис Гарсия"]


def test_a_first_declension_surname_after_a_first_name_that_does_not_decline():
    assert names("Встреча с Хосе Мединой прошла в Мадриде.") == ["Хосе Медина"]


def test_a_georgian_surname_in_i_after_a_genitive_stays():
    assert names("Письмо Ираклия Гарибашвили пришло в редакцию.") == ["Ираклий Гарибашвили"]


def test_a_known_undeclined_surname_after_a_genitive_stays():
    assert names("Соседи видели Сергея Шойгу у дома.") == ["Сергей Шойгу"]


def test_a_stressed_adjective_surname_is_no_first_declension():
    assert names("Встреча с Олегом Береговой прошла в Твери.") == ["Олег Береговой"]


def test_a_womans_surname_in_a_is_left_to_the_other_rules():
    assert names("Письмо Анны Сантаны пришло в редакцию.") == ["Анна Сантана"]


def test_an_undeclined_surname_in_ykh_after_a_genitive_stays():
    assert names("Письмо Ивана Черных пришло в редакцию.") == ["Иван Черных"]


def test_a_familys_plural_after_a_genitive_is_not_a_first_declension_surname():
    # `Петровы` is the family's plural, not the genitive of a `Петрова`
    assert "Иван Петрова" not in names("Дети Ивана Петровы приехали в Москву.")


def test_a_first_name_of_either_gender_takes_the_surnames_gender():
    # `Жене` is Евгений's or Евгения's; `Сомовой` is a woman's
    assert names("Премию вручили Жене Сомовой в Казани.") == ["Женя Сомова"]


def test_a_surname_of_either_gender_leaves_such_a_name_alone():
    # `Сомову`: his dative or her accusative; nothing tells which
    assert names("Премию вручили Жене Сомову в Казани.") == ["Женя Сомову"]


def test_a_first_name_the_dictionary_reads_only_as_a_plural_stays():
    # `Джулиет` is to the dictionary only the genitive plural of `Джулиета`
    assert names("Актриса Джулиет Ли приехала в Москву.") == ["Джулиет Ли"]


def test_a_surname_read_only_as_a_plural_of_a_first_name_stays():
    # `Керимов` is to the dictionary only the genitive plural of `Керим`
    assert names("По мнению следователей, Керимов нанёс ущерб бюджету.") == ["Керимов"]


def test_a_common_nouns_form_does_not_take_a_plural_names_lemma():
    # `Джин` (gin) is also the genitive plural of `Джина`
    assert names("Журналист Сан Джин Пак приехал в Сеул.") == ["Сан Джин Пак"]
