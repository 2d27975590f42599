"""A kin word as the subject of a speech verb (kg.nlp.ru.reference, the feminine noun that names
the one woman of the article): `её сестра`, `мать` are someone else than the woman named; every
sentence here is written for the test."""

from __future__ import annotations

from speech_helpers import statements


def test_a_kin_word_owned_by_a_pronoun_is_not_the_woman_it_points_to():
    text = ("Пловчиха Дарина Котельникова попала в больницу в Самаре. "
            "Её сестра сообщила, что врачи не нашли переломов.")
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Дарина Котельникова" for s in sts)


def test_a_kin_word_alone_is_not_the_one_woman_of_the_article():
    text = ("Пловчиха Дарина Котельникова попала в больницу в Самаре. "
            "Мать сообщила, что врачи не нашли переломов.")
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Дарина Котельникова" for s in sts)


def test_a_feminine_noun_of_a_trade_is_still_the_one_woman_of_the_article():
    text = ("Пловчиха Дарина Котельникова выиграла заплыв в Самаре. "
            "«Вода была ледяной», — сказала спортсменка.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Дарина Котельникова"
