"""Reported speech, thirty-second round: a title noun with its body in the genitive (`форвард
«Вектора»`) refers back to the one person introduced with that noun or a synonym of it as
belonging to that body. Every sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said


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


def test_the_head_of_a_ministry_by_its_short_name_is_its_minister():
    text = ("Министр здравоохранения Пётр Лунин посетил больницу. Глава Минздрава заявил, что "
            "лекарств хватит всем.")
    assert said(text) == [("Пётр Лунин", None, False, "лекарств хватит всем")]


def test_the_head_of_a_ministry_by_its_full_name_is_its_minister():
    text = ("Министр финансов Пётр Лунин выступил в парламенте. По словам руководителя "
            "министерства финансов, налоги не вырастут.")
    assert said(text) == [("Пётр Лунин", None, False, "налоги не вырастут")]


def test_the_head_of_a_ministry_is_not_the_minister_of_another():
    text = ("Министр финансов Пётр Лунин посетил больницу. Глава Минздрава заявил, что лекарств "
            "хватит всем.")
    assert said(text) == []


def _job_titles(text: str) -> dict[str, str | None]:
    """Person name → job title, for the people of `text`."""
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.entities import find_entities
    return {e.name: e.job_title for e in find_entities(analyse(text)) if e.kind == "person"}


def test_a_title_with_a_body_named_in_quote_marks_is_the_persons_job_title():
    text = "Генеральный директор «Северстали» Игорь Мельников прибыл в Пекин."
    assert _job_titles(text) == {"Игорь Мельников": "генеральный директор «Северстали»"}


def test_a_work_in_quote_marks_before_a_name_makes_no_job_title():
    text = "В фильме «Старый дом» Игорь Мельников сыграл главную роль."
    assert _job_titles(text) == {"Игорь Мельников": None}


def test_the_head_of_a_body_named_in_quote_marks_is_the_one_who_heads_it():
    text = ("Генеральный директор «Северстали» Игорь Мельников прибыл в Пекин. Глава "
            "«Северстали» заявил, что поставки продолжатся.")
    assert said(text) == [("Игорь Мельников", None, False, "поставки продолжатся")]
