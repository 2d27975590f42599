"""Reported speech, thirty-third round: a site's name (`Lenta.ru`, `«Газете.Ru»`) between the
verb and the words said ends no sentence; a coach and a mentor, a sportsman and the sport he was
introduced with, a parliamentarian and a deputy, a billionaire and a businessman refer to each
other. Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said


def test_a_site_named_as_the_addressee_keeps_the_clause_after_it():
    text = "Пётр Лунин рассказал Lenta.ru, что налоги не вырастут."
    assert said(text) == [("Пётр Лунин", None, False, "налоги не вырастут")]


def test_a_site_whose_zone_is_written_with_a_capital_keeps_the_clause_after_it():
    text = "Пётр Лунин рассказал «Газете.Ru», что налоги не вырастут."
    assert said(text) == [("Пётр Лунин", None, False, "налоги не вырастут")]


def test_a_site_before_the_colon_keeps_the_quote_after_it():
    text = "Пётр Лунин сказал Lenta.ru: «Налоги не вырастут»."
    assert said(text) == [("Пётр Лунин", None, False, "Налоги не вырастут")]


def test_a_full_stop_glued_to_a_new_sentence_still_ends_the_words_said():
    text = "Пётр Лунин рассказал журналистам о планах.Налоги в этом году вырастут."
    assert said(text) == [("Пётр Лунин", None, False, "о планах")]


def test_a_mentor_of_a_club_is_the_coach_introduced_with_that_club():
    text = ("Главный тренер «Вектора» Олег Зуев остался доволен игрой. «Мы сыграли хорошо», — "
            "сказал наставник «Вектора».")
    assert said(text) == [("Олег Зуев", None, False, "Мы сыграли хорошо")]


def test_a_mentor_of_another_club_is_no_one_named():
    text = ("Главный тренер «Вектора» Олег Зуев остался доволен игрой. «Мы сыграли хорошо», — "
            "сказал наставник «Радуги».")
    assert said(text) == []


def test_a_coach_is_the_one_introduced_as_a_mentor():
    text = ("Наставник «Вектора» Олег Зуев остался доволен игрой. Тренер заявил, что команда "
            "сыграла хорошо.")
    assert said(text) == [("Олег Зуев", None, False, "команда сыграла хорошо")]


def test_a_sportsman_is_the_one_introduced_by_his_sport():
    text = ("Биатлонист Олег Зуев выиграл гонку преследования. «Я долго ждал этой победы», — "
            "признался спортсмен.")
    assert said(text) == [("Олег Зуев", None, False, "Я долго ждал этой победы")]


def test_a_sportsman_after_two_men_of_two_sports_is_no_one_named():
    text = ("Биатлонист Олег Зуев и лыжник Игорь Малов выиграли свои гонки. «Я долго ждал этой "
            "победы», — признался спортсмен.")
    assert said(text) == []


def test_a_parliamentarian_is_the_deputy_named_before():
    text = ("Депутат Государственной думы Олег Зуев внёс законопроект. Парламентарий отметил, что "
            "закон защитит детей.")
    assert said(text) == [("Олег Зуев", None, False, "закон защитит детей")]


def test_a_billionaire_is_the_businessman_named_before():
    text = ("Бизнесмен Олег Зуев купил футбольный клуб. Миллиардер заявил, что вложит в клуб сто "
            "миллионов.")
    assert said(text) == [("Олег Зуев", None, False, "вложит в клуб сто миллионов")]


def test_a_billionaire_is_no_one_introduced_without_a_title():
    text = "Олег Зуев купил футбольный клуб. Миллиардер заявил, что вложит в клуб сто миллионов."
    assert said(text) == []
