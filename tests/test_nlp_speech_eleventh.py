"""Reported speech (kg.nlp.ru.speech), eleventh round: speech missed on a blind reading of
unlabeled articles (scripts/speech_blind.py); every sentence here is written for the test."""

from __future__ import annotations

import pytest
from speech_helpers import statements


# ---- a converb or a joined verb shares the `он`/`она` of the verb it hangs on -----------------
@pytest.mark.parametrize("text, who, words", [
    ("Певицу поздравил продюсер Олег Сомов. Он также пожелал ей удачи, добавив, что впереди "
     "большой тур.", "Олег Сомов", "впереди большой тур"),
    ("Певицу поздравил продюсер Олег Сомов. Он пожелал ей удачи и сказал, что впереди большой "
     "тур.", "Олег Сомов", "впереди большой тур"),
])
def test_a_converb_or_joined_verb_shares_the_pronoun_of_its_verb(text, who, words):
    (st,), names = statements(text)
    assert names[st.speaker] == who
    assert st.content.text == words


def test_the_pronoun_of_the_verb_is_the_subject_of_its_gender_among_two_joined_before():
    text = ("Певицу поздравили её сестра Анна Громова и продюсер Олег Сомов. Он также пожелал ей "
            "удачи, добавив, что впереди большой тур.")
    (st,), names = statements(text)
    assert names[st.speaker] == "Олег Сомов"


def test_a_converb_under_a_pronoun_of_the_other_gender_is_not_given_its_speaker():
    # `она` is the woman of the two joined subjects, never the man
    text = ("Певицу поздравили её сестра Анна Громова и продюсер Олег Сомов. Она также пожелала "
            "ей удачи, добавив, что впереди большой тур.")
    sts, names = statements(text)
    assert [names.get(s.speaker) for s in sts] == ["Анна Громова"]


def test_a_converb_under_a_noun_subject_nobody_names_borrows_no_pronoun():
    text = ("Певицу поздравил продюсер Олег Сомов. Врач пожелал ей удачи, добавив, что впереди "
            "большой тур.")
    sts, names = statements(text)
    assert all(names.get(s.speaker) != "Олег Сомов" for s in sts)


# ---- `охарактеризовал X как Y` -----------------------------------------------------------------
def test_characterising_as_is_naming():
    text = ("В пятницу Кремль охарактеризовал Ивана Сомова как «настоящего патриота», "
            "защищавшего «интересы страны».")
    (st,), names = statements(text)
    assert names[st.speaker] == "Кремль"
    assert st.content.text.startswith("Ивана Сомова как «настоящего патриота»")


def test_characterising_with_nothing_it_was_called_is_no_speech():
    sts, _ = statements("Депутат Олег Трубников охарактеризовал ситуацию в городе.")
    assert sts == ()
