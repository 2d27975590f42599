"""Reported speech (kg.nlp.ru.speech) in forms counted over unlabeled news by
scripts/speech_audit.py: verbs the lexicon lacked and documents cited without their owner; every
sentence here is written for the test."""

from __future__ import annotations

from speech_helpers import statements


def test_kommentiruet_after_a_quote_and_a_dash_frames_the_quote():
    text = "«Этот мост простоит ещё сто лет», — комментирует инженер Павел Орлов."
    (st,), names = statements(text)
    assert names[st.speaker] == "Павел Орлов"
    assert st.quote.text == "Этот мост простоит ещё сто лет"


def test_kommentiruet_with_no_quote_says_nothing():
    sts, _ = statements("Инженер Павел Орлов комментирует матчи местной команды по радио.")
    assert sts == ()


def test_otozvalsya_tak_frames_the_quote_after_the_colon():
    text = "Дирижёр Анна Белова отозвалась о гастролях так: «Это был лучший месяц в моей жизни»."
    (st,), names = statements(text)
    assert names[st.speaker] == "Анна Белова"
    assert st.quote.text == "Это был лучший месяц в моей жизни"


def test_nadeetsya_chto_reports_a_hope_said():
    text = "Министр Игорь Сомов надеется, что переговоры завершатся до конца года."
    (st,), names = statements(text)
    assert names[st.speaker] == "Игорь Сомов"
    assert st.content.text.startswith("переговоры завершатся")


def test_nadeetsya_na_without_a_clause_is_no_speech():
    sts, _ = statements("Министр Игорь Сомов надеется на скорое завершение переговоров.")
    assert sts == ()
