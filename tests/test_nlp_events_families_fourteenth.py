"""Families of acts added in the fourteenth round (kg/data/ru/triggers.tsv, the group "fourteenth
round"): a protest or uprising put down, a parade, a Grand Slam tournament. Sentences invented for
the tests."""

from __future__ import annotations

from event_helpers import kinds, readings

# a protest or an uprising put down: an attack by whoever put it down

def test_a_mutiny_put_down_is_an_attack_by_who_put_it_down():
    assert readings("Генерал Игорь Мальцев подавил мятеж в Кронштадте.") == [
        ("Attack", "Actual", frozenset({"Игорь Мальцев"}))]


def test_protests_put_down_by_the_authorities_of_a_country():
    assert [k for k, _, _ in readings("Власти Эстарии подавили протесты оппозиции.")] == ["Attack"]


def test_putting_down_an_uprising_as_a_noun():
    assert readings("Армия Эстарии начала подавление восстания в провинции.") == [
        ("Attack", "Actual", frozenset({"Эстарии"}))]


def test_dissent_or_a_cough_suppressed_is_no_event():
    assert kinds("Режим подавил инакомыслие в стране.") == []
    assert kinds("Лекарство подавило кашель у Ивана Петрова.") == []


# a parade: a celebration

def test_a_parade_with_a_place_and_time_is_a_ceremony():
    assert kinds("В 1990 году в Москве прошёл военный парад.") == ["Ceremony"]


def test_a_parade_dress_is_no_event():
    assert kinds("Полковник Пётр Соколов надел парадную форму.") == []


# a Grand Slam tournament; a helmet is none

def test_a_grand_slam_tournament_won_is_a_sports_match():
    assert readings("Анна Белова выиграла Большой шлем в 2015 году.") == [
        ("SportsMatch", "Actual", frozenset({"Анна Белова"}))]


def test_a_helmet_is_no_event():
    assert kinds("Гонщик Пётр Соколов выжил в Твери благодаря шлему.") == []


# a meeting with voters: one named side is enough

def test_a_meeting_with_voters_needs_one_named_side():
    # no date: a dated meeting counts without its line (`встреча … 5 мая`), so a date here would
    # let the test pass without the line it checks
    assert readings("Сенатор Анна Белова провела встречу с избирателями Омска.") == [
        ("Meeting", "Actual", frozenset({"Анна Белова"}))]


def test_a_meeting_with_an_unnamed_group_of_another_kind_still_needs_two_sides():
    assert kinds("Сенатор Анна Белова провела встречу с коллегами.") == []
    assert kinds("Сенатор Анна Белова провела встречу с избирателями.") == ["Meeting"]


def test_a_pride_parade_is_a_ceremony_of_who_walked_in_it():
    assert readings("Актёр Пётр Соколов прошёл на гей-параде в Берлине 3 июня.") == [
        ("Ceremony", "Actual", frozenset({"Пётр Соколов"}))]


def test_putting_down_a_demonstration_as_a_noun():
    # docs/events.md lists `акция` and `демонстрация` for the noun as for the verb
    ((kind, fact, actors),) = readings("Армия Эстарии начала подавление демонстрации в провинции.")
    assert (kind, fact) == ("Attack", "Actual") and any("Эстарии" in x for x in actors)
    assert [k for k, _, _ in readings("Гвардия Эстарии завершила подавление акции в провинции.")] \
        == ["Attack"]
