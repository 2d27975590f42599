"""The head of a ministry named with its country inside the ministry's name (`глава Минздрава
Украины`, `глава министерства финансов Германии`) is that country's minister, not a minister of
another country the article named (kg/nlp/ru/reference.py `places_in_bodies`; thirty-second
round, review rev32). Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said


def test_the_head_of_another_countrys_ministry_by_its_short_name_is_not_the_minister_named():
    text = ("Министр здравоохранения России Пётр Лунин посетил больницу. Глава Минздрава Украины "
            "заявил, что лекарств хватит всем.")
    assert said(text) == []


def test_the_head_of_another_countrys_ministry_by_its_full_name_is_not_the_minister_named():
    text = ("Министр финансов Франции Пётр Лунин выступил в парламенте. Глава министерства "
            "финансов Германии заявил, что налоги не вырастут.")
    assert said(text) == []


def test_the_head_of_the_same_countrys_ministry_is_the_minister_named():
    text = ("Министр здравоохранения Украины Пётр Лунин посетил больницу. Глава Минздрава Украины "
            "заявил, что лекарств хватит всем.")
    assert said(text) == [("Пётр Лунин", None, False, "лекарств хватит всем")]
