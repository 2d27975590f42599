"""Event wordings with no line of their own, twenty-third round: whole word classes, not single
lemmas. The perfective verbs of setting off for a place (`вылететь`, `выехать`, `улететь`,
`уехать`, `отбыть`, `отправиться`, `направиться`: kg/data/ru/triggers.tsv) tell a Visit under the
guard of the arrival verbs (kg/data/ru/arrival_verbs.txt: an official bound for a named place);
the nouns in `-ьба` of trigger verbs (`просьба` of `просить`) are derived by
scripts/learn_derived_triggers.py, and a request's or demand's genitive is the one who asks.
Sentences invented for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import described, shipped_lexicon  # noqa: F401

from kg.nlp.ru.lexicon import DATA_DIR

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def found(text: str, kind: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    return [(d.factuality, d.agents, d.targets) for d in described(text) if d.kind == kind]


def _rows(path: Path) -> list[list[str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


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


def test_the_verbs_of_setting_off_stand_under_the_arrival_guard():
    guarded = {ln.strip() for ln in (DATA_DIR / "arrival_verbs.txt").read_text(
        encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}
    lines = {r[0] for r in _rows(DATA_DIR / "triggers.tsv") if r[2] == "Visit"}
    for verb in ("вылететь", "выехать", "улететь", "уехать", "отбыть", "отправиться",
                 "направиться"):
        assert verb in lines and verb in guarded


# a request: the noun in -ьба of `просить`, its genitive the one who asks

def test_a_request_names_the_one_who_asks_in_its_genitive():
    assert found("Депутаты исполнили просьбу Олега Зимина.", "Appeal") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset())]


def test_a_request_names_the_one_asked_after_k():
    assert found("Просьба Олега Зимина к Ивану Котову осталась без ответа.", "Appeal") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset({"Иван Котов"}))]


def test_asking_forgiveness_is_no_appeal():
    assert found("Просьба Олега Зимина о прощении осталась без ответа.", "Appeal") == []


def test_a_request_of_people_not_named_makes_no_appeal():
    assert found("По просьбе читателей редакция публикует список.", "Appeal") == []


def test_a_notice_asking_not_to_smoke_makes_no_appeal():
    assert found("Просьба не курить висела у входа в здание «Газпрома».", "Appeal") == []


def test_the_ba_pattern_keeps_only_nouns_near_their_verb():
    derived = {r[0] for r in _rows(DATA_DIR / "triggers_derived.tsv")}
    assert "просьба" in derived
    assert "судьба" not in derived  # of `судить` only by its letters: fate, no trial
    assert "женитьба" not in derived  # far from `жениться` in the vectors


def test_whoever_grants_a_request_is_the_one_asked():
    assert found("Министр Иван Котов исполнил просьбу Олега Зимина.", "Appeal") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset({"Иван Котов"}))]


def test_whoever_only_reads_a_request_is_not_the_one_asked():
    assert found("Министр Иван Котов прочитал просьбу Олега Зимина.", "Appeal") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset())]
