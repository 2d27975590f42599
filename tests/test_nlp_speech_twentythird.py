"""Reported speech, twenty-third round: speakers given by a description, a pronoun, a document
or an outlet named before, and the sentences where two candidates fit or the one described is
not named (no speaker then). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from speech_helpers import said


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(who, source) for who, source, _, _ in said(text)]


# ---- a title's own office and a body word must fit the person referred back to -------------

def test_a_title_with_the_same_office_refers_back():
    assert _speakers("Министр финансов Антон Силуанов выступил в Думе. Министр финансов заявил, "
                     "что налоги не вырастут.") == [("Антон Силуанов", None)]


def test_a_title_with_another_office_is_not_the_minister_named():
    assert _speakers("Министр финансов Антон Силуанов выступил в Думе. Министр обороны заявил, "
                     "что армия получит новые танки.") == []


def test_a_title_with_a_three_word_office_is_not_another_minister():
    assert _speakers("Министр финансов Антон Силуанов выступил в Думе. Министр иностранных дел "
                     "заявил, что переговоры продолжатся.") == []


def test_a_title_naming_its_office_fits_a_minister_named_with_it():
    assert _speakers("Министр иностранных дел России Сергей Лавров прибыл в Анкару. Министр "
                     "иностранных дел заявил, что переговоры продолжатся.") == [
        ("Сергей Лавров", None)]


def test_a_leader_of_a_union_is_not_the_president_named():
    assert _speakers("Президент Аргентины Хавьер Милей прилетел в Мадрид. Лидер профсоюза "
                     "заявил, что забастовка продолжится.") == []


def test_a_head_of_the_company_named_with_the_company():
    assert _speakers("Глава компании «Северсталь» Александр Шевелев провёл совещание. "
                     "Руководитель компании сообщил, что завод увеличит выпуск стали.") == [
        ("Александр Шевелев", None)]


def test_a_head_of_a_company_is_not_the_head_of_a_region():
    assert _speakers("Глава Курской области Александр Хинштейн провёл совещание. Глава компании "
                     "сообщил, что завод увеличит выпуск стали.") == []


def test_a_manager_of_a_company_is_not_the_head_of_a_region():
    assert _speakers("Глава Курской области Александр Хинштейн провёл совещание. Руководитель "
                     "компании сообщил, что завод увеличит выпуск стали.") == []


def test_a_head_of_an_unnamed_company_still_refers_back():
    assert _speakers("Глава компании Олег Дерипаска провёл совещание. Глава компании сообщил, "
                     "что завод увеличит выпуск.") == [("Олег Дерипаска", None)]


def test_a_chief_doctor_is_not_the_governor():
    assert _speakers("Губернатор Иван Петров посетил больницу. Главный врач рассказал, что "
                     "ремонт закончат в июле.") == []


# ---- synonyms of a human noun (anaphoric_nouns.tsv) -----------------------------------------

def test_an_expert_is_the_economist_named_before():
    assert _speakers("Экономист Наталья Орлова выступила на конференции в Москве. Эксперт "
                     "считает, что рубль укрепится.") == [("Наталья Орлова", None)]


def test_another_expert_is_not_the_economist():
    assert _speakers("Экономист Наталья Орлова выступила на конференции. Другой эксперт "
                     "заявил, что рубль ослабнет.") == []


def test_an_expert_from_elsewhere_is_not_the_economist():
    assert _speakers("Экономист Наталья Орлова выступила на конференции. Эксперт из Лондона "
                     "считает, что рубль укрепится.") == []


def test_a_player_is_the_footballer_named_before():
    assert _speakers("Футболист Фёдор Смолов перешёл в «Краснодар». Игрок признался, что давно "
                     "хотел вернуться.") == [("Фёдор Смолов", None)]


def test_a_player_of_the_rivals_is_not_the_footballer():
    assert _speakers("Футболист Фёдор Смолов забил гол в ворота «Зенита». Игрок соперников "
                     "признался, что гол был красивым.") == []


def test_a_businessman_is_the_founder_named_before():
    assert _speakers("Основатель банка Олег Тиньков продал свою долю. Бизнесмен заявил, что "
                     "устал от банковского дела.") == [("Олег Тиньков", None)]


def test_two_actresses_leave_the_actress_open():
    assert _speakers("Актриса Юлия Пересильд и актриса Ирина Горбачёва сыграли в новом "
                     "спектакле. Актриса рассказала, что репетиции шли год.") == []


# ---- a pronoun after two subjects ------------------------------------------------------------

def test_he_after_two_joined_ministers_is_open():
    assert _speakers("Министр Антон Силуанов и министр Максим Решетников провели встречу. Он "
                     "заявил, что бюджет будет исполнен.") == []


def test_he_after_two_joined_names_is_open():
    assert _speakers("Антон Силуанов и Максим Решетников провели встречу. Он заявил, что бюджет "
                     "будет исполнен.") == []


def test_she_after_a_man_and_a_woman_joined_is_the_woman():
    assert _speakers("Министр Антон Силуанов и глава ЦБ Эльвира Набиуллина провели встречу. Она "
                     "заявила, что ставка останется прежней.") == [("Эльвира Набиуллина", None)]


def test_he_after_a_subject_and_an_object_is_still_the_subject():
    assert _speakers("Министр Антон Силуанов встретился с министром Максимом Решетниковым. Он "
                     "заявил, что бюджет будет исполнен.") == [("Антон Силуанов", None)]


def test_he_two_sentences_on_is_the_minister():
    assert _speakers("Министр просвещения Сергей Кравцов провёл совещание с ректорами. Затем он "
                     "выступил перед студентами. Он пообещал, что стипендии вырастут.") == [
        ("Сергей Кравцов", None)]


# ---- a subject the parse hung on the reported clause ----------------------------------------

def test_authorities_before_the_verb_speak_though_hung_on_the_clause():
    assert _speakers("Как ранее предполагалось, сегодня власти Венесуэлы официально объявили, "
                     "что президент страны Уго Чавес пропустит инаугурацию.") == [
        ("Венесуэла", None)]


def test_unnamed_deputies_before_the_verb_give_no_speaker():
    assert _speakers("Как ранее предполагалось, сегодня депутаты официально объявили, что "
                     "президент страны Уго Чавес пропустит инаугурацию.") == []


def test_a_subject_of_another_number_is_not_taken():
    assert all(who != "Иван Петров" for who, _ in _speakers(
        "Как и ожидалось, вчера Иван Петров официально объявили, что министр страны Олег Орлов "
        "уйдёт в отставку."))


# ---- an outlet named before and a bare outlet noun in a cue ---------------------------------

def test_the_outlets_information_is_the_outlet_that_published_before():
    found = said("В Петербурге задержали двух чиновников. Об этом пишет «Фонтанка». По "
                 "информации издания, задержанных уже трое.")
    assert (None, "Фонтанка") in [(who, source) for who, source, _, words in found
                                  if "задержанных уже трое" in words]


def test_two_outlets_joined_leave_the_outlet_noun_open():
    found = said("В Петербурге задержали двух чиновников. Об этом пишут «Фонтанка» и "
                 "«Коммерсант». По информации издания, задержанных уже трое.")
    assert not any("задержанных уже трое" in words for *_, words in found)


def test_an_outlets_words_are_not_taken_for_its_data():
    found = said("В Петербурге задержали двух чиновников. Об этом пишет «Фонтанка». По словам "
                 "издания, задержанных уже трое.")
    assert not any("задержанных уже трое" in words for *_, words in found)


def test_a_foreign_outlet_is_not_the_outlet_that_published_before():
    found = said("Об этом пишет «Фонтанка». По данным британского издания, задержанных уже "
                 "трое.")
    assert not any("задержанных уже трое" in words for *_, words in found)


# ---- the document a pronoun refers to -------------------------------------------------------

def test_in_it_is_the_one_document_named_before():
    assert _speakers("Минздрав опубликовал доклад о здоровье населения. В нём говорится, что "
                     "продолжительность жизни выросла.") == [("Минздрав", None)]


def test_in_it_after_two_documents_of_two_bodies_is_open():
    assert _speakers("Минздрав опубликовал доклад, а Минфин выпустил письмо. В нём говорится, "
                     "что бюджет сократится.") == []


def test_in_it_feminine_is_no_masculine_document():
    assert _speakers("Минздрав опубликовал доклад о здоровье населения. В ней говорится, что "
                     "продолжительность жизни выросла.") == []


def test_no_document_named_gives_no_speaker():
    assert _speakers("В документе говорится, что штрафы вырастут.") == []


@pytest.mark.parametrize("text", [
    "Японские СМИ сообщили, что премьер-министр страны уйдёт в отставку.",
    "Китайские эксперты считают, что экономика вырастет на 5%.",
    "Французские врачи сообщили, что состояние гонщика улучшилось.",
])
def test_media_experts_and_doctors_of_a_country_do_not_speak_for_it(text):
    assert _speakers(text) == []


# ---- the office of a titled person ----------------------------------------------------------

def test_the_office_of_a_titled_person_speaks_for_the_person():
    assert _speakers("Канцелярия президента ЮАР Ивана Петрова сообщила, что состояние министра "
                     "ухудшилось.") == [("Иван Петров", None)]


def test_the_office_of_an_unnamed_president_is_not_a_person():
    assert all(who is None or who == "ЮАР" for who, _ in _speakers(
        "Канцелярия президента ЮАР сообщила, что состояние министра ухудшилось."))


def test_the_office_of_two_ministers_is_not_the_second():
    assert all(who != "Олег Орлов" for who, _ in _speakers(
        "Аппарат министров Ивана Петрова и Олега Орлова сообщил, что встреча отменена."))


def test_the_authorities_of_a_country_and_its_president_speak_for_the_country():
    assert _speakers("Власти Венесуэлы и президента Николаса Мадуро сообщили, что выборы "
                     "пройдут в срок.") == [("Венесуэла", None)]


def test_a_coach_of_the_team_is_the_coach_named_with_the_club():
    assert _speakers("Тренер «Зенита» Сергей Семак остался доволен игрой. Тренер команды "
                     "заявил, что футболисты выполнили задачу.") == [("Сергей Семак", None)]



@pytest.mark.parametrize("text, who", [
    ("Директор Эрмитажа Михаил Пиотровский открыл выставку. Директор музея заявил, что её "
     "увидят сто тысяч человек.", "Михаил Пиотровский"),
    ("Ректор МГУ Виктор Садовничий выступил на форуме. Ректор университета заявил, что приём "
     "вырастет.", "Виктор Садовничий"),
    ("Президент «Лукойла» Вагит Алекперов выступил на форуме. Президент компании заявил, что "
     "добыча вырастет.", "Вагит Алекперов"),
    ("Губернатор Томской области Владимир Мазур посетил больницу. Губернатор области заявил, что "
     "ремонт закончат.", "Владимир Мазур"),
    ("Глава МВД Владимир Колокольцев провёл совещание. Глава министерства заявил, что реформа "
     "завершена.", "Владимир Колокольцев"),
])
def test_a_title_with_the_kind_of_its_body_still_refers_back(text, who):
    assert _speakers(text) == [(who, None)]


@pytest.mark.parametrize("text, who", [
    ("Мэр Казани Ильсур Метшин открыл парк. Мэр города заявил, что парк станет больше.",
     "Ильсур Метшин"),
    ("Главный тренер сборной России Валерий Карпин объявил состав. Тренер команды заявил, что "
     "все готовы.", "Валерий Карпин"),
    ("Директор завода «Уралмаш» Олег Зайцев провёл собрание. Директор предприятия заявил, что "
     "зарплаты вырастут.", "Олег Зайцев"),
])
def test_a_title_with_the_kind_of_a_named_owner_still_refers_back(text, who):
    assert _speakers(text) == [(who, None)]


def test_a_chair_of_a_committee_is_not_the_chair_of_the_government():
    assert _speakers("Председатель правительства Михаил Мишустин посетил Тулу. Председатель "
                     "комитета заявил, что завод загружен.") == []
