"""Meetings and receptions (thirty-fifth round, meet35): a guest met or received is a Meeting of
host and guest (kg/data/ru/triggers.tsv, require `guest`), a plural pronoun after two persons
named each with a title stands for both, and a man's accusative the parse hung on a named or own
place is the verb's object. The paraphrases are tests/data/events/
paraphrases_thirtyfifth_meetings.tsv (run by tests/test_event_paraphrases_thirtyfirst.py); here
the senses the reception lines must leave alone. The sentences are invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import (  # noqa: F401
    agents_facts,
    agents_targets,
    extract,
    of_class,
    places,
    shipped_lexicon,
)

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def test_a_guest_received_is_a_meeting_of_host_and_guest():
    text = "Президент Борис Елагин принял в Кремле посла Польши Яна Ковальского."
    assert agents_targets(text, "Meeting") == [
        (frozenset({"Борис Елагин"}), frozenset({"Ян Ковальский"}))]


def test_a_guest_received_in_a_named_palace_is_the_verbs_object_not_the_palaces_owner():
    text = "Президент Борис Елагин принял в Елисейском дворце канцлера Австрии Пауля Хофера."
    assert agents_targets(text, "Meeting") == [
        (frozenset({"Борис Елагин"}), frozenset({"Пауль Хофер"}))]


def test_the_house_of_a_person_named_keeps_its_owner():
    text = "Полиция задержала в доме бизнесмена Ивана Сабурова."
    assert agents_targets(text, "Arrest") == [(frozenset({"Полиция"}), frozenset())]


def test_a_man_the_parse_hung_on_a_named_place_is_whom_any_act_is_done_to():
    text = "Полиция задержала в Кремле бизнесмена Ивана Сабурова."
    assert agents_targets(text, "Arrest") == [
        (frozenset({"Полиция"}), frozenset({"Иван Сабуров"}))]


def test_a_guest_received_is_met_where_the_host_receives_him():
    assert places("Губернатор Олег Сомов принял в Самаре посла Италии Марко Бруни.",
                  "Meeting") == ["Самара"]


def test_they_met_by_a_host_after_two_titled_persons_named_are_both_guests():
    text = ("Президент Чили Хорхе Мендоса и премьер-министр Перу Луис Эскобар прибыли в Москву. "
            "Их встретил министр Сергей Гладилин.")
    assert agents_targets(text, "Meeting") == [
        (frozenset({"Сергей Гладилин"}), frozenset({"Хорхе Мендоса", "Луис Эскобар"}))]


def test_a_title_with_no_name_beside_a_named_person_leaves_them_open():
    text = ("Президент Чили Хорхе Мендоса и его супруга прибыли в Москву. "
            "Их встретил министр Сергей Гладилин.")
    assert of_class(text, "Meeting") == []


def test_welcomers_of_unnamed_arrivals_meet_them():
    text = "В аэропорту прибывших туристов встретили Олег Новиков и Пётр Ласкин."
    assert agents_targets(text, "Meeting") == [
        (frozenset({"Олег Новиков", "Пётр Ласкин"}), frozenset())]


def test_a_new_year_seen_in_by_two_is_no_meeting():
    text = "Иван Котов и Олег Зимин встретили Новый год в Сочи."
    assert of_class(text, "Meeting") == []


def test_a_birthday_met_is_no_meeting():
    assert of_class("Певица Мария Орлова встретила своё 60-летие в Сочи.", "Meeting") == []


def test_a_team_received_at_home_is_no_meeting():
    assert of_class("«Ротор» принял «Факел» на своём стадионе.", "Meeting") == []


def test_a_country_admitted_to_a_union_is_no_meeting():
    assert of_class("Европейский союз принял Хорватию в свои ряды.", "Meeting") == []


def test_a_country_taking_people_in_meets_no_one():
    assert of_class("Германия приняла Ивана Котова и Олега Зимина.", "Meeting") == []


def test_a_team_taken_over_by_a_coach_is_no_meeting():
    assert of_class("Тренер Валерий Рогов принял команду «Ротор» в 2003 году.", "Meeting") == []


def test_someone_taken_on_for_work_is_no_meeting():
    assert of_class("Иван Котов принял Олега Зимина на работу в 2010 году.", "Meeting") == []


def test_someone_admitted_to_a_club_is_no_meeting():
    assert of_class("Клуб «Ротор» принял в свои ряды Артёма Белова.", "Meeting") == []


def test_a_law_a_resignation_or_a_decision_taken_is_no_meeting():
    for text in ("Госдума приняла закон, предложенный Ириной Ланской.",
                 "Папа Иоанн принял отставку кардинала Петра Лоренцо.",
                 "Роман Сабуров принял решение продать «Ротор».",
                 "Борис Лесков принял предложение Эрика Ланге."):
        assert of_class(text, "Meeting") == [], text


def test_taking_part_in_an_event_is_still_the_event_of_the_noun():
    # the reception line does not fit `принять участие`, so the noun's event is not left to it
    assert agents_facts("Бегун Иван Котов планирует принять участие в марафоне.",
                        "SportsMatch") == [(frozenset({"Иван Котов"}), "Planned")]
    assert of_class("Бегун Иван Котов планирует принять участие в марафоне.", "Meeting") == []


def test_someone_taken_into_a_body_is_no_meeting_with_it():
    text = "В 2003 году скрипача Олега Маркина приняли в симфонический оркестр филармонии."
    assert of_class(text, "Meeting") == []


def test_a_guest_received_on_a_day_told_with_v_is_still_met():
    text = "Президент Борис Елагин примет в понедельник посла Польши Яна Ковальского."
    assert agents_facts(text, "Meeting") == [(frozenset({"Борис Елагин"}), "Planned")]


def test_a_decision_taken_is_no_meeting_whoever_else_the_parse_hangs_on_the_verb():
    text = ("Решение было принято мэром Самары Олегом Лаптевым несмотря на письмо вдовы "
            "погибшего в 2010 году шахтёра Ивана Сомова, просившей его отказаться.")
    assert of_class(text, "Meeting") == []


def test_decisions_taken_at_a_sitting_are_no_mention_of_the_sitting():
    text = ("В четверг начнётся заседание совета директоров банка, которое продлится до обеда. "
            "Ожидается принятие бюджета на будущий год.")
    meetings = [ev for ev in extract(text).events if ev.kind == "Meeting"]
    assert [[m.text for m in (ev.trigger, *ev.mentions)] for ev in meetings] == [["заседание"]]
