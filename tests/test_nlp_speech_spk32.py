"""Reported speech, thirty-second round: drawing attention to a fact (`обратил внимание, что …`)
is saying it, as `акцентировал внимание` is; and a title noun with its body in the genitive
(`форвард «Вектора»`) refers back to the one person introduced with that noun or a synonym of it
as belonging to that body. Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said


def test_drawing_attention_with_a_that_clause_is_speech():
    text = "Губернатор Игорь Котов обратил внимание на то, что мост отремонтируют к осени."
    assert said(text) == [("Игорь Котов", None, False, "мост отремонтируют к осени")]


def test_drawing_attention_inverted_after_the_words_is_speech():
    text = "Мост отремонтируют к осени, обратил внимание губернатор Игорь Котов."
    assert said(text) == [("Игорь Котов", None, False, "Мост отремонтируют к осени")]


def test_drawing_attention_to_a_thing_says_nothing():
    text = "Губернатор Игорь Котов обратил внимание на старую фреску в соборе."
    assert said(text) == []


def test_not_paying_attention_to_a_fact_says_nothing():
    text = "Губернатор Игорь Котов не обратил внимание, что мост обветшал."
    assert said(text) == []


def test_a_synonym_of_a_title_with_its_club_is_the_one_introduced_with_that_club():
    text = ("Нападающий «Вектора» Олег Зуев забил три гола. Форвард «Вектора» написал в "
            "своём блоге, что посвящает победу отцу.")
    assert said(text) == [("Олег Зуев", None, False, "посвящает победу отцу")]


def test_a_synonym_of_a_title_with_another_club_is_no_one_named():
    text = ("Нападающий «Вектора» Олег Зуев забил три гола. Форвард «Радуги» написал в "
            "своём блоге, что посвящает победу отцу.")
    assert said(text) == []


def test_a_synonym_of_a_title_with_a_club_is_not_one_introduced_with_no_club():
    text = ("Нападающий Олег Зуев забил три гола. Форвард «Вектора» написал в своём блоге, что "
            "посвящает победу отцу.")
    assert said(text) == []
