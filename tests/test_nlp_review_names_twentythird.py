"""People's names, twenty-third round's review: a first name that also reads as the oblique case
of another name of the other gender, glosses in a script of their own after names that are not
people's, and the boundaries of the possessive-surname and family rules (adjective surnames,
surnames that do not decline). Sentences and names are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.records import Document


def entities(text: str):
    return extract(Document("t", text)).entities


def names(text: str) -> list[str]:
    return sorted(e.name for e in entities(text) if e.kind == "person")


def mention_texts(text: str, name: str) -> list[str]:
    return [m.text for e in entities(text) if e.name == name for m in e.mentions]


# a first name that does not decline beside a declining one of the other gender

def test_an_undeclined_mans_name_is_not_read_as_a_womans_genitive():
    # `Тони` is also the genitive of `Тоня`; the man's surname `Блэра` declines, hers would not
    assert names("Мемуары Тони Блэра вышли в сентябре.") == ["Тони Блэр"]


def test_an_undeclined_name_before_an_undeclined_surname_is_not_read_as_a_genitive():
    assert names("Письмо Тони Моррисон пришло в редакцию.") == ["Тони Моррисон"]


def test_a_womans_undeclined_name_beside_a_mans_declining_one_keeps_her_surname():
    assert names("Письмо Мишель Обамы пришло в редакцию.") == ["Мишель Обама"]


def test_a_womans_oblique_anne_still_reads_as_anna():
    assert names("Премию вручили Анне Кедровой в Казани.") == ["Анна Кедрова"]


def test_an_undeclined_first_name_before_an_undeclined_surname_stays_as_written():
    assert names("Журналисты поговорили с Анне Вилль после эфира.") == ["Анне Вилль"]


# a gloss in a script of its own after a name that is not a person's

def test_a_hebrew_gloss_after_a_hospital_is_no_mention():
    assert mention_texts("Больница «Хадасса» (הדסה) сообщила о раненых.", "Хадасса") == ["Хадасса"]


def test_a_greek_gloss_after_a_city_is_no_mention():
    assert mention_texts("Город Афины (Αθήνα) принял саммит.", "Афины") == ["Афины"]


def test_a_kana_gloss_after_a_company_is_no_mention():
    assert mention_texts("Компания «Тойота» (トヨタ) отозвала машины.", "Тойота") == ["Тойота"]


def test_a_persons_hebrew_gloss_is_still_a_mention_of_the_person():
    text = "Премьер-министр Биньямин Нетаньяху (בנימין נתניהו) заявил о наступлении."
    assert mention_texts(text, "Биньямин Нетаньяху") == ["Биньямин Нетаньяху", "בנימין נתניהו"]


def test_a_georgian_gloss_after_a_persons_name_is_a_mention():
    text = "Нино Бурджанадзе (ნინო ბურჯანაძე) выступила в парламенте."
    assert mention_texts(text, "Нино Бурджанадзе") == ["Нино Бурджанадзе", "ნინო ბურჯანაძე"]


# the possessive pattern against surnames declined as adjectives

def test_a_womans_oblique_surname_whose_adjective_ends_in_yj_takes_the_possessive_ending():
    # `кедровый`, `сосновый`: the surnames are `Кедрова`, `Соснова` (of `Кедров`, `Соснов`)
    assert names("Мэр встретился с Верой Кедровой в мэрии.") == ["Вера Кедрова"]
    assert names("Письмо Натальи Сосновой пришло в редакцию.") == ["Наталья Соснова"]


def test_a_womans_surname_of_a_stressed_adjective_keeps_aya():
    assert names("Письмо Ирины Луговой пришло в редакцию.") == ["Ирина Луговая"]
    assert names("Суд допросил Ольгу Полевую в среду.") == ["Ольга Полевая"]


def test_a_womans_adjective_surname_outside_the_pattern_keeps_aya():
    assert names("Письмо Татьяны Толстой пришло в редакцию.") == ["Татьяна Толстая"]
    assert names("Зрители аплодировали Фаине Раневской стоя.") == ["Фаина Раневская"]
    assert names("Мэр встретился с Марией Заречной в мэрии.") == ["Мария Заречная"]


def test_a_womans_accusative_adjective_surname_keeps_aya():
    assert names("Суд арестовал Анну Столовую на два месяца.") == ["Анна Столовая"]


def test_a_mans_instrumental_surname_of_the_pattern_is_no_adjective():
    assert names("Мэр встретился с Олегом Столовым в мэрии.") == ["Олег Столов"]


def test_surnames_that_do_not_decline_stay_as_written():
    assert names("Письмо Ивана Черных пришло в редакцию.") == ["Иван Черных"]
    assert names("Мэр встретился с Анной Седых в мэрии.") == ["Анна Седых"]
    assert names("Министр вручил Олегу Бойко медаль.") == ["Олег Бойко"]


# one of the family

def test_a_womans_first_name_before_a_plural_surname_names_her():
    assert "Даша Толмачёва" in names("Маша и Даша Толмачёвы выступили на конкурсе.")
