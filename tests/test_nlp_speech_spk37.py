"""Reported speech, thirty-sixth round: a press secretary or a press office with no name of its
own speaks as the person it serves — the one person in its genitive (`пресс-секретарь певицы X`),
the one person a title there settles (`пресс-секретарь губернатора` after `губернатор … X`), or
the one a possessive stands for (`её пресс-секретарь`); the verb agrees with the office word, not
with that person. A spokesperson with a name of his own still speaks himself, and a body's press
secretary or a title that settles no one gives no speaker. Every sentence is written for these
tests."""

from __future__ import annotations

from speech_helpers import said


def test_a_press_secretary_of_a_named_person_speaks_as_that_person():
    text = "Пресс-секретарь певицы Анны Лунины сообщил, что концерт в Казани отменён."
    assert said(text) == [("Анна Лунина", None, False, "концерт в Казани отменён")]


def test_a_press_secretary_of_a_title_speaks_as_the_one_holder_of_the_title():
    text = ("Губернатор Томской области Пётр Лунин уехал в отпуск. Новая дорога будет построена "
            "к осени, заявил пресс-секретарь губернатора Томской области.")
    assert said(text) == [("Пётр Лунин", None, False, "Новая дорога будет построена к осени")]


def test_a_press_office_of_a_title_speaks_as_the_holder_whatever_the_verbs_gender():
    text = ("Губернатор Томской области Пётр Лунин уехал в отпуск. Пресс-служба губернатора "
            "сообщила журналистам, что дорога будет построена к осени.")
    assert said(text) == [("Пётр Лунин", None, False, "дорога будет построена к осени")]


def test_words_said_in_a_press_office_of_a_person_are_that_persons():
    text = "В пресс-службе певицы Анны Лунины сообщили, что концерт в Казани отменён."
    assert said(text) == [("Анна Лунина", None, False, "концерт в Казани отменён")]


def test_a_possessive_press_secretary_speaks_as_the_person_the_pronoun_stands_for():
    text = ("Певица Анна Лунина заболела. Её пресс-секретарь сообщил, что концерт в Казани "
            "отменён.")
    assert said(text) == [("Анна Лунина", None, False, "концерт в Казани отменён")]


def test_a_possessive_press_office_speaks_as_the_person_the_pronoun_stands_for():
    text = ("Губернатор Томской области Пётр Лунин уехал в отпуск. Его пресс-служба заявила, "
            "что дорога будет построена к осени.")
    assert said(text) == [("Пётр Лунин", None, False, "дорога будет построена к осени")]


def test_a_press_secretary_with_a_name_of_his_own_speaks_himself():
    text = ("Президент Пётр Лунин прилетел в Казань. Пресс-секретарь президента Иван Котов "
            "сообщил, что визит продлится два дня.")
    assert said(text) == [("Иван Котов", None, False, "визит продлится два дня")]


def test_a_press_secretary_of_a_title_held_by_no_one_named_gives_no_speaker():
    text = "Пресс-секретарь министра сообщил, что министр заболел."
    assert said(text) == []


def test_a_press_secretary_of_a_company_is_not_the_company():
    text = "Пресс-секретарь компании «Лунтек» сообщил, что завод закрыт."
    assert all(s[0] != "Лунтек" for s in said(text))


def test_his_words_after_a_press_secretary_are_the_person_he_speaks_as():
    text = ("Певица Анна Лунина заболела. Пресс-секретарь певицы сообщил, что концерт в Казани "
            "отменён. По его словам, билеты можно будет сдать в кассу.")
    assert [s[0] for s in said(text)] == ["Анна Лунина", "Анна Лунина"]


def test_his_words_after_a_named_press_secretary_are_his_own():
    text = ("Президент Пётр Лунин прилетел в Казань. Пресс-секретарь президента Иван Котов "
            "сообщил, что визит продлится два дня. По его словам, программа визита насыщенная.")
    assert [s[0] for s in said(text)] == ["Иван Котов", "Иван Котов"]


def test_a_press_secretary_of_a_title_after_kak_speaks_as_the_holder():
    text = ("Губернатор Томской области Пётр Лунин уехал в отпуск. Как сообщил пресс-секретарь "
            "губернатора, дорога будет построена к осени.")
    assert said(text) == [("Пётр Лунин", None, False, "дорога будет построена к осени")]
