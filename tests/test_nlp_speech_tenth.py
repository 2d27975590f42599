"""Reported speech (kg.nlp.ru.speech), tenth round: statements missed altogether, forms counted
over unlabeled news with scripts/speech_audit.py and read on the dev golds; every sentence here
is written for the test."""

from __future__ import annotations

import pytest
from speech_helpers import statements


# ---- a named subject's act, a colon and the subject's words -----------------------------------
@pytest.mark.parametrize("text, who, words", [
    ("Певец Олег Трубников выложил снимок из больницы: «Мне уже лучше, спасибо всем за "
     "поддержку».", "Олег Трубников", "Мне уже лучше, спасибо всем за поддержку"),
    ("Газета «Северный вестник» приводит фотографию подозреваемого: «По словам соседей, он "
     "вёл себя тихо».", "Северный вестник", "По словам соседей, он вёл себя тихо"),
    ("Ведущий Игорь Сабуров посвятил юбилею города комментарий длиной в пять минут: «Это был "
     "лучший праздник за много лет».", "Игорь Сабуров", "Это был лучший праздник за много лет"),
    ("Актриса Мирра Ольховская присоединилась к поздравлениям:\nЖелаю всей команде новых побед и "
     "крепкого здоровья!", "Мирра Ольховская",
     "Желаю всей команде новых побед и крепкого здоровья!"),
])
def test_a_colon_after_a_named_subjects_act_opens_the_subjects_words(text, who, words):
    (st,), names = statements(text)
    assert names[st.speaker] == who
    assert st.quote.text.rstrip(".!") == words.rstrip(".!")


def test_a_relative_clause_inside_the_frame_does_not_stop_it():
    text = ("Певица Алла Верейская выложила фото с подругой Ниной Стасовой, которая её навестила: "
            "«Я уже дома и скоро вернусь на сцену».")
    sts, names = statements(text)
    (st,) = [s for s in sts if s.quote is not None]
    assert names[st.speaker] == "Алла Верейская"
    assert st.quote.text == "Я уже дома и скоро вернусь на сцену"


@pytest.mark.parametrize("text", [
    # a list of titles, not words
    "Артист Павел Громов снимался в фильмах: «Долгая дорога домой», «Последний рейс на север».",
    # too short to be words
    "Писатель Павел Громов выпустил новый роман: «Вечер».",
    # no one named
    "В машине осталась записка: «Мы вернёмся сюда через год».",
    # the object has an owner of its own: the subject passes on someone else's words
    "Газета «Северный вестник» публикует его историю о ночном происшествии: «Я ехал быстро и "
    "не заметил знака».",
    "Газета «Северный вестник» приводит письмо компании «Ладога»: «Приглашаем вас на работу в "
    "нашу команду».",
    # a cue names someone else as the one who speaks
    "По словам Ивана Сомова, Пётр Лагутин был очень зол: «Он кричал и размахивал руками весь "
    "вечер».",
    # negated
    "Певец Олег Трубников не выложил снимок из больницы: «Мне уже лучше, спасибо всем».",
])
def test_a_colon_quote_with_no_speaker_of_its_own_is_left(text):
    sts, _ = statements(text)
    assert all(s.quote is None for s in sts)


# ---- `признать` with an object: what was admitted ---------------------------------------------
@pytest.mark.parametrize("text, who, words", [
    ("Министр финансов Педро Алвес признал серьёзность положения в экономике.", "Педро Алвес",
     "серьёзность положения в экономике"),
    ("Бизнесмен Карлос Рейес признал вину в мошенничестве с кредитами.", "Карлос Рейес",
     "вину в мошенничестве с кредитами"),
    ("Инженер Олег Сваранов признаёт огромную сложность такого проекта.", "Олег Сваранов",
     "огромную сложность такого проекта"),
])
def test_an_admitted_object_is_what_was_said(text, who, words):
    (st,), names = statements(text)
    assert names[st.speaker] == who
    assert st.content.text == words


@pytest.mark.parametrize("text", [
    # not admitted
    "Министр финансов Педро Алвес не признал серьёзность положения в экономике.",
    # a ruling that names the object so
    "Районный суд Манауса признал бизнесмена Карлоса Рейеса виновным в мошенничестве.",
    "Парламент Бразилии признал выборы в Тироле недействительными.",
    "Бразилия признала город Санта-Мария столицей провинции.",
    # a state's act of recognition
    "Бразилия признала независимость Южного Тирола.",
])
def test_a_ruling_a_recognition_or_a_refusal_is_no_admission(text):
    sts, _ = statements(text)
    assert sts == ()
