"""Three faults the twenty-eighth round's review listed (docs/quality.md, rev28, "Not fixed"): a
rally `в память о X` has X as the one honoured, no target; an effort begun or carried on
(`начали операцию по задержанию X`) is for an act still planned; a count of animals (`погибли
десятки коров`) is no one's death. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import factualities, of_class


def test_a_rally_in_memory_of_someone_does_not_target_them():
    found = of_class("Жители Омска провели митинг в память о Петре Сомове.", "Protest")
    assert found and "Пётр Сомов" not in found[0].targets


def test_a_rally_in_memory_of_someone_has_them_as_the_one_honoured():
    found = of_class("Жители Омска провели митинг в память о Петре Сомове.", "Protest")
    assert found and "Пётр Сомов" in found[0].others


def test_a_march_in_memory_of_someone_does_not_target_them():
    found = of_class("В Москве прошло шествие в память об Анне Лебедевой.", "Protest")
    assert found and "Анна Лебедева" not in found[0].targets


def test_a_rally_against_someone_still_targets_them():
    found = of_class("Жители Омска провели митинг против Петра Сомова.", "Protest")
    assert found and "Пётр Сомов" in found[0].targets


def test_a_rally_in_support_of_someone_still_targets_them():
    found = of_class("Студенты вышли на митинг в поддержку Анны Лебедевой.", "Protest")
    assert found and "Анна Лебедева" in found[0].targets


def test_mourning_in_memory_of_someone_keeps_them_as_the_one_honoured():
    found = of_class("В Омске объявлен траур в память о Петре Сомове.", "Ceremony")
    assert found and "Пётр Сомов" in found[0].others and not found[0].targets


def test_a_minute_of_silence_in_memory_of_someone_keeps_them_as_the_one_honoured():
    found = of_class("В Омске прошла минута молчания в память о Петре Сомове.", "Ceremony")
    assert found and "Пётр Сомов" in found[0].others


def test_an_operation_begun_leaves_the_arrest_planned():
    assert factualities("Полиция начала операцию по задержанию Петра Сомова.",
                        "Arrest") == ["Planned"]


def test_an_operation_set_about_leaves_the_arrest_planned():
    assert factualities("Полиция приступила к операции по задержанию Петра Сомова.", "Arrest") == [
        "Planned"]


def test_an_operation_carried_on_leaves_the_arrest_planned():
    assert factualities("Полиция продолжила операцию по задержанию Петра Сомова.", "Arrest") == [
        "Planned"]


def test_an_operation_begun_to_be_conducted_leaves_the_arrest_planned():
    assert factualities("Полиция начала проводить операцию по задержанию Петра Сомова.",
                        "Arrest") == ["Planned"]


def test_an_operation_that_started_leaves_the_arrest_planned():
    assert factualities("Операция по задержанию Петра Сомова началась в среду.", "Arrest") == [
        "Planned"]


def test_an_operation_conducted_keeps_the_arrest_as_told():
    assert factualities("Полиция провела операцию по задержанию Петра Сомова.",
                        "Arrest") == ["Actual"]


def test_an_operation_completed_keeps_the_arrest_as_told():
    assert factualities("Полиция завершила операцию по задержанию Петра Сомова.", "Arrest") == [
        "Actual"]


def test_an_operation_not_begun_plans_no_arrest():
    found = factualities("Полиция не начала операцию по задержанию Петра Сомова.", "Arrest")
    assert "Planned" not in found


def test_dozens_of_cows_dying_is_no_death():
    assert not of_class("При пожаре погибли десятки коров.", "Death")


def test_more_than_a_hundred_sheep_dying_is_no_death():
    assert not of_class("Во время наводнения погибли более сотни овец.", "Death")


def test_hundreds_of_sheep_and_dozens_of_goats_dying_is_no_death():
    assert not of_class("При пожаре погибли сотни овец и десятки коз.", "Death")


def test_dozens_of_dogs_hurt_is_no_injury():
    assert not of_class("При пожаре пострадали десятки собак.", "Injury")


def test_wolves_killed_by_the_dozen_is_no_killing():
    assert not of_class("Охотники убили десятки волков.", "Killing")


def test_dozens_of_people_dying_is_still_a_death():
    assert of_class("При пожаре погибли десятки людей.", "Death")


def test_thousands_of_people_dying_in_a_relative_clause_is_still_a_death():
    assert of_class("В результате взрыва, в ходе которого погибли тысячи человек, город опустел.",
                    "Death")
