"""A review of the twenty-fifth round's event changes (docs/events.md): the genitive of an act's
noun that names a thing's owner, the co-chairs of a sitting, the bare person noun that stands for
the article's person only when it says no more than sex, age or nationality, and a release from a
post or a tax that frees no prisoner. Sentences written for the review."""

from __future__ import annotations

import pytest
from event_helpers import actors_of, kinds, shipped_lexicon, targets_of  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# ---- a name right after a genitive thing owns the thing ------------------------------------------


def test_a_name_after_property_whose_arrest_is_lifted_is_its_owner():
    # the parse hangs the name on `арест` itself, beside `имущества`
    assert "Arrest" not in kinds("Суд отменил арест имущества Ивана Котова.")


def test_a_titled_name_after_property_arrested_is_its_owner():
    assert "Arrest" not in kinds("Суд отменил арест имущества бывшего министра Ивана Котова.")


def test_the_arrest_of_a_person_and_his_property_is_still_his_arrest():
    assert targets_of("Арест Ивана Котова и его имущества состоялся в пятницу.", "Arrest") == [
        frozenset({"Иван Котов"})]


def test_an_arrest_prolonged_for_a_named_person_stays():
    assert targets_of("Суд продлил арест Ивана Котова.", "Arrest") == [frozenset({"Иван Котов"})]


# ---- the chairs of a sitting ---------------------------------------------------------------------


def test_co_chairs_of_a_sitting_both_take_part():
    assert actors_of("Заседание прошло под председательством Ивана Котова и Петра Смирнова.",
                     "Meeting") == [frozenset({"Иван Котов", "Пётр Смирнов"})]


def test_a_chair_denied_is_not_the_chair():
    assert actors_of("Заседание прошло под председательством не Ивана Котова, а Петра Смирнова.",
                     "Meeting") == [frozenset({"Пётр Смирнов"})]


# ---- a bare person noun says no more than sex, age or nationality --------------------------------

_HISTORIAN = ("Умер историк Андрей Петров. Андрей Петров скончался в Москве. "
              "Андрей Петров родился в Казани. ")
_ROBBER = ("Андрей Петров ограбил банк в Казани. Андрей Петров скрылся на машине. "
           "Полиция ищет Андрея Петрова. ")


def test_a_guard_wounded_in_a_robbery_is_not_the_robber():
    assert all("Андрей Петров" not in t
               for t in targets_of(_ROBBER + "Охранник был ранен.", "Attack"))


def test_the_killer_arrested_is_not_the_dead_man():
    assert all("Андрей Петров" not in t
               for t in targets_of(_HISTORIAN + "Убийца был арестован в Казани.", "Arrest"))


def test_a_doctor_arrested_is_not_the_historian():
    assert all("Андрей Петров" not in t
               for t in targets_of(_HISTORIAN + "Врач был арестован в Казани.", "Arrest"))


def test_a_man_detained_after_a_robbery_is_the_robber():
    assert targets_of(_ROBBER + "Мужчину задержали в Казани.", "Arrest") == [
        frozenset({"Андрей Петров"})]


def test_a_nationality_still_stands_for_the_article_person():
    assert targets_of(_HISTORIAN + "Весной 1975 года 45-летний россиянин был арестован в "
                                   "Ленинграде.", "Arrest") == [frozenset({"Андрей Петров"})]


# ---- a release from a post or a tax frees no prisoner --------------------------------------------


def test_a_decree_releasing_a_governor_from_his_post_is_a_dismissal():
    assert kinds("Президент подписал указ об освобождении Ивана Котова от должности "
                 "губернатора.") == ["Resignation"]


def test_a_release_from_paying_a_tax_is_no_release():
    assert "ReleaseFromCustody" not in kinds("Освобождение Ивана Котова от уплаты налога "
                                             "приветствовали в Думе.")


def test_a_release_from_a_colony_is_still_a_release():
    assert targets_of("Освобождение Ивана Котова из колонии состоялось в пятницу.",
                      "ReleaseFromCustody") == [frozenset({"Иван Котов"})]


_JOURNALIST = ("Американский журналист Джон Смит прилетел в Москву. Джон Смит выступил на "
               "конференции. Джон Смит провёл в Москве три дня. ")


def test_another_nationality_is_not_the_article_person():
    assert all("Джон Смит" not in t for t in targets_of(
        _JOURNALIST + "Россиянин был задержан в аэропорту.", "Arrest"))


def test_the_nationality_the_article_gave_is_the_article_person():
    assert targets_of(_JOURNALIST + "Американец был задержан в аэропорту.", "Arrest") == [
        frozenset({"Джон Смит"})]


def test_an_unknown_man_is_not_the_article_person():
    assert all("Андрей Петров" not in t for t in targets_of(
        _ROBBER + "По данным полиции, неизвестный мужчина был задержан в Казани.", "Arrest"))
