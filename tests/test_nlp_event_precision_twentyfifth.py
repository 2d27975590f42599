"""Event precision, twenty-fifth round (docs/events.md), from a reading of the events the
extraction gives on 30 fresh readable nerel-dev articles (`scripts/fresh_sample.py prec25: 30`):
a city liberated in a war, or property arrested, is no one released or arrested."""

from __future__ import annotations

import pytest
from event_helpers import actors_of, agents_targets, described, kinds, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# ---- a noun of an act done to people whose genitive is a place or a thing ----------------------


def test_a_city_liberated_in_a_war_is_no_release_from_custody():
    assert "ReleaseFromCustody" not in kinds("В 1943 году сержант Иван Котов участвовал в "
                                             "освобождении Киева.")


def test_a_liberation_of_a_town_from_fighters_is_no_release_from_custody():
    assert "ReleaseFromCustody" not in kinds("Армия завершила освобождение Мосула от боевиков.")


def test_a_liberation_of_an_unnamed_town_is_no_release_from_custody():
    assert "ReleaseFromCustody" not in kinds("Генерал Иван Котов руководил освобождением города "
                                             "весной.")


def test_property_arrested_is_no_arrest_of_its_owner():
    assert "Arrest" not in kinds("Арест имущества Ивана Котова продлён до июля.")


def test_the_release_of_a_named_prisoner_is_still_a_release():
    assert agents_targets("Освобождение Ивана Котова из колонии состоялось в пятницу.",
                          "ReleaseFromCustody") == [(frozenset(), frozenset({"Иван Котов"}))]


def test_the_release_of_a_described_prisoner_is_still_a_release():
    assert agents_targets("Адвокаты добились освобождения журналиста Ивана Котова.",
                          "ReleaseFromCustody") == [(frozenset(), frozenset({"Иван Котов"}))]


def test_the_arrest_of_a_named_person_is_still_an_arrest():
    assert agents_targets("Арест Ивана Котова вызвал протесты в Москве.", "Arrest") == [
        (frozenset(), frozenset({"Иван Котов"}))]


def test_the_killing_of_a_named_person_is_still_a_killing():
    assert agents_targets("Убийство Ивана Котова потрясло город.", "Killing") == [
        (frozenset(), frozenset({"Иван Котов"}))]


# ---- the chair of a sitting --------------------------------------------------------------------


def test_the_chair_of_a_sitting_to_be_held_takes_part_in_it():
    assert actors_of("Заседание правительства утром 6 апреля пройдёт под председательством "
                     "министра иностранных дел Ивана Котова.", "Meeting") \
        == [frozenset({"Иван Котов"})]


def test_the_chair_named_under_the_meeting_noun_takes_part_in_it():
    assert actors_of("Совещание под председательством губернатора Ивана Котова длилось три часа.",
                     "Meeting") == [frozenset({"Иван Котов"})]


def test_the_chair_in_a_relative_clause_joins_the_listed_participants():
    assert actors_of("В совещании, которое прошло под председательством главы города Ивана Котова, "
                     "участвовали депутаты Анна Белова и Пётр Смирнов.", "Meeting") == [
        frozenset({"Иван Котов", "Анна Белова", "Пётр Смирнов"})]


def test_a_country_holding_the_chair_is_no_participant_by_this_reading():
    assert actors_of("Заседание прошло под председательством Франции.", "Meeting") == []


def test_a_court_panel_under_a_judge_makes_no_meeting():
    assert "Meeting" not in kinds("Вердикт был вынесен коллегией из трёх судей под "
                                  "председательством судьи Ивана Котова.")


def test_a_chair_turned_down_makes_no_meeting():
    assert "Meeting" not in kinds("Иван Котов отказался от председательства в комиссии.")


def test_a_chair_of_another_sitting_is_not_taken():
    # the meeting without its chair gives no event; the chaired sitting is the only Meeting
    assert actors_of("Совещание в мэрии прошло без Анны Беловой, а заседание под председательством "
                     "Ивана Котова перенесли на среду.", "Meeting") == [frozenset({"Иван Котов"})]


def test_a_chaired_sitting_called_off_is_told_as_not_held():
    assert [(d.factuality, d.actors) for d in described(
        "Совещание под председательством Ивана Котова не состоялось.") if d.kind == "Meeting"] == [
        ("Negated", frozenset({"Иван Котов"}))]
