"""Event wordings with no line of their own, twenty-third round: whole word classes, not single
lemmas. The perfective verbs of setting off for a place (`вылететь`, `выехать`, `улететь`,
`уехать`, `отбыть`, `отправиться`, `направиться`: kg/data/ru/triggers.tsv) tell a Visit under the
guard of the arrival verbs (kg/data/ru/arrival_verbs.txt: an official bound for a named place);
a request or demand noun derived by scripts/learn_derived_triggers.py (`прошение` of `просить`)
takes its genitive as the one who asks and the one who grants it as the one asked.
Sentences invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import described, found, lexicon_rows, shipped_lexicon  # noqa: F401

from kg.nlp.ru.lexicon import DATA_DIR

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# setting off for a place: a Visit of an official bound for a named place

def test_an_official_who_flies_off_to_a_capital_makes_a_visit():
    assert found("Министр иностранных дел России Олег Зимин вылетел в Пекин.", "Visit") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset())]


def test_an_official_who_leaves_by_road_for_a_city_makes_a_visit():
    assert found("Президент Франции Пьер Дюваль отбыл в Анкару.", "Visit") == [
        ("Actual", frozenset({"Пьер Дюваль"}), frozenset())]


def test_a_private_person_setting_off_abroad_makes_no_visit():
    assert found("Писательница Анна Котова улетела в Рим.", "Visit") == []
    assert found("Футболист Иван Котов уехал в Испанию.", "Visit") == []


def test_setting_off_with_no_destination_makes_no_visit():
    assert found("Премьер-министр Олег Зимин вылетел из Москвы.", "Visit") == []


def test_setting_off_for_a_scene_or_a_room_makes_no_visit():
    assert found("Мэр Казани Олег Зимин выехал на место пожара.", "Visit") == []
    assert found("Президент Олег Зимин направился в зал заседаний.", "Visit") == []


def test_going_on_holiday_is_no_visit():
    assert found("Министр Олег Зимин отправился в отпуск.", "Visit") == []


def test_a_plane_that_takes_off_makes_no_visit():
    assert found("Самолёт вылетел из аэропорта Шереметьево в Париж.", "Visit") == []


def test_a_trip_that_did_not_happen_is_negated():
    assert [f for f, _, _ in found("Министр обороны Олег Зимин не вылетел в Дамаск.",
                                   "Visit")] == ["Negated"]


def test_a_team_knocked_out_of_a_cup_makes_no_visit():
    assert found("Вылет команды «Спартак» из Лиги чемпионов расстроил болельщиков.",
                 "Visit") == []


def test_a_ban_on_leaving_the_country_makes_no_visit():
    assert found("Выезд Ивана Котова в Испанию запретили.", "Visit") == []


def test_setting_off_on_a_visit_is_one_visit():
    # `отправиться` carries the noun `визит` (event_hosts.tsv): one event, not two
    assert found("Президент Франции Пьер Дюваль отправился с визитом в Китай.", "Visit") == [
        ("Actual", frozenset({"Пьер Дюваль"}), frozenset())]


def test_the_verbs_of_setting_off_stand_under_the_arrival_guard():
    guarded = {ln.strip() for ln in (DATA_DIR / "arrival_verbs.txt").read_text(
        encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}
    lines = {r[0] for r in lexicon_rows(DATA_DIR / "triggers.tsv") if r[2] == "Visit"}
    for verb in ("вылететь", "выехать", "улететь", "уехать", "отбыть", "отправиться",
                 "направиться"):
        assert verb in lines and verb in guarded


# a request (the derived `прошение` of `просить`): its genitive the one who asks, the one asked
# after `к` or as the subject of a verb that grants or turns it down

def test_a_request_names_the_one_who_asks_in_its_genitive():
    assert found("Министр Иван Котов прочитал прошение Олега Зимина.", "Appeal") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset())]


def test_whoever_grants_a_request_is_the_one_asked():
    assert found("Министр Иван Котов удовлетворил прошение Олега Зимина.", "Appeal") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset({"Иван Котов"}))]


def test_a_request_names_the_one_asked_after_k():
    assert found("Прошение Олега Зимина к Ивану Котову осталось без ответа.", "Appeal") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset({"Иван Котов"}))]


def test_asking_forgiveness_is_no_appeal():
    assert found("Прошение Олега Зимина о прощении осталось без ответа.", "Appeal") == []


def test_a_request_of_people_not_named_makes_no_appeal():
    assert found("По прошению родственников дело передали в Москву.", "Appeal") == []


def test_a_letter_of_resignation_is_a_resignation_not_an_appeal():
    assert [d.kind for d in described("Олег Зимин подал прошение об отставке.")] == [
        "Resignation"]


def test_a_plain_request_noun_has_no_line():
    # `просьба` (of `просить`, the pattern -ить > -ьба) was tried and dropped: NEREL marks none
    # of its 28 occurrences in the readable articles, and it told 7 events there, all off a span
    derived = {r[0] for r in lexicon_rows(DATA_DIR / "triggers_derived.tsv")}
    assert "просьба" not in derived

