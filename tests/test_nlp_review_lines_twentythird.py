"""Review of the twenty-third round's line fitting and setting-off verbs: an attributive
participle takes the oblique masculine and neuter as one gender only where no noun beside it
agrees in full; a passive participle's people word still counts as people; the verbs of setting
off for a place (`вылететь`, `уехать`, `отправиться` …) tell a Visit only of an official bound
for a named place on the business of the office, not coming home or going on holiday; a request
noun's genitive is the one who asks. Sentences and names are written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import described, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


# participles: the oblique masculine and neuter taken as one only as a last resort

def test_a_participle_hung_on_a_neuter_body_describes_the_named_man_beside_it():
    # the parse hangs `задержанного` on `агентства`; the man named right before agrees in full
    assert found("Следствие допросило руководителя агентства «Вектор» Ивана Котова, "
                 "задержанного в мае.", "Arrest") == [
        ("Actual", frozenset(), frozenset({"Иван Котов"}))]


def test_a_founding_participle_in_the_locative_still_describes_a_neuter_body():
    assert [t for _, _, t in found("Иван Котов работает в агентстве «Вектор», созданном "
                                   "в 2010 году.", "Founding")] == [frozenset({"Вектор"})]


def test_a_founding_participle_after_a_man_and_a_body_describes_the_body():
    # `директора` agrees in full with the tagger's masculine, but founding describes bodies
    assert [t for _, _, t in found("У директора агентства «Вектор», созданного в 2010 году, "
                                   "сменился заместитель.", "Founding")] == [
        frozenset({"Вектор"})]


def test_a_man_held_described_by_a_participle_still_counts_as_a_person():
    assert found("Защита задержанного накануне блогера Ивана Котова обжаловала арест.",
                 "Arrest") == [("Actual", frozenset(), frozenset({"Иван Котов"}))]


def test_a_neuter_body_described_as_wound_up_is_no_killing():
    assert found("Бывшие сотрудники закрытого агентства «Вектор» создали новое издание.",
                 "Killing") == []


# setting off for a place: an official on the business of the office, bound for a named place

def test_an_official_flying_back_home_pays_no_visit():
    assert found("Министр иностранных дел Олег Зимин вылетел обратно в Москву.", "Visit") == []
    assert found("Министр иностранных дел Олег Зимин улетел домой в Москву.", "Visit") == []


def test_a_trip_dated_some_days_back_is_still_a_visit():
    assert found("Министр иностранных дел Олег Зимин вылетел в Пекин неделю назад.", "Visit") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset())]


def test_an_official_arriving_back_pays_no_visit():
    # the arrivals share the guard: coming back is no visit either
    assert found("Министр иностранных дел Олег Зимин прилетел обратно в Москву.", "Visit") == []


def test_an_official_leaving_for_a_holiday_in_a_named_place_pays_no_visit():
    assert found("Президент Олег Зимин уехал в Крым на отдых.", "Visit") == []
    assert found("Министр Олег Зимин отправился в Швейцарию в отпуск.", "Visit") == []


def test_an_official_leaving_for_treatment_abroad_pays_no_visit():
    assert found("Министр Олег Зимин уехал в Германию на лечение.", "Visit") == []


def test_an_official_arriving_for_a_holiday_pays_no_visit():
    assert found("Президент Олег Зимин прилетел в Сочи на отдых.", "Visit") == []


def test_an_official_leaving_for_a_meeting_in_a_named_city_still_pays_a_visit():
    assert found("Губернатор Олег Зимин отправился в Москву на совещание.", "Visit") == [
        ("Actual", frozenset({"Олег Зимин"}), frozenset())]


def test_an_official_sent_into_exile_pays_no_visit():
    assert found("Губернатор Олег Зимин отправился в Сибирь в ссылку.", "Visit") == []


def test_going_into_retirement_is_a_resignation_and_no_visit():
    assert [d.kind for d in described("Министр финансов Олег Зимин отправился в отставку.")] \
        == ["Resignation"]


def test_an_official_heading_for_the_exit_pays_no_visit():
    assert found("Премьер Олег Зимин направился к выходу.", "Visit") == []


def test_serving_a_sentence_is_no_visit():
    assert found("Бывший министр Олег Зимин отбыл наказание в колонии.", "Visit") == []


def test_a_governor_driving_to_an_accident_scene_pays_no_visit():
    assert found("Мэр Москвы Олег Зимин выехал на место аварии.", "Visit") == []


def test_athletes_a_team_and_a_company_setting_off_pay_no_visit():
    assert found("Теннисист Андрей Рублёв улетел в Мельбурн.", "Visit") == []
    assert found("Сборная России по хоккею вылетела в Канаду.", "Visit") == []
    assert found("Компания «Вектор» отправилась в Китай за новыми рынками.", "Visit") == []


def test_a_train_setting_off_for_a_city_pays_no_visit():
    assert found("Поезд отправился в Казань с опозданием.", "Visit") == []


def test_a_company_head_flying_abroad_pays_no_visit():
    assert found("Генеральный директор компании «Вектор» Олег Зимин вылетел в Лондон.",
                 "Visit") == []


def test_a_former_official_setting_off_abroad_pays_no_visit():
    assert found("Бывший президент Франции Пьер Дюваль вылетел в Москву.", "Visit") == []
    assert found("Экс-министр Олег Зимин уехал в Израиль.", "Visit") == []


def test_a_trip_an_official_plans_is_planned():
    assert found("Министр иностранных дел Олег Зимин планирует вылететь в Пекин.", "Visit") == [
        ("Planned", frozenset({"Олег Зимин"}), frozenset())]


def test_a_trip_an_official_could_not_make_is_negated():
    assert [f for f, _, _ in found("Министр иностранных дел Олег Зимин не смог вылететь "
                                   "в Пекин.", "Visit")] == ["Negated"]


def test_a_trip_in_a_condition_is_possible():
    assert [f for f, _, _ in found("Если министр Олег Зимин вылетит в Пекин, переговоры "
                                   "состоятся.", "Visit")] == ["Possible"]


# a request: the one asked is the agent of a passive that grants or turns it down

def test_a_request_turned_down_in_the_passive_names_the_one_asked():
    assert found("Прошение Ивана Котова было отклонено Олегом Зиминым.", "Appeal") == [
        ("Actual", frozenset({"Иван Котов"}), frozenset({"Олег Зимин"}))]


def test_a_request_granted_in_the_passive_names_the_one_asked():
    assert found("Прошение Ивана Котова удовлетворено президентом Олегом Зиминым.",
                 "Appeal") == [("Actual", frozenset({"Иван Котов"}), frozenset({"Олег Зимин"}))]


def test_a_request_only_considered_names_no_one_asked():
    assert found("Олег Зимин рассмотрел прошение Ивана Котова.", "Appeal") == [
        ("Actual", frozenset({"Иван Котов"}), frozenset())]


# the learned lines of landing and crossing (copies of `вылететь`/`выехать`) stand under the guard

def test_every_learned_or_derived_visit_line_stands_under_the_arrival_guard():
    from kg.nlp.ru.lexicon import DATA_DIR, word_list

    guarded = word_list("arrival_verbs")
    for name in ("triggers_learned.tsv", "triggers_derived.tsv"):
        rows = [ln.split("\t") for ln in (DATA_DIR / name).read_text(encoding="utf-8")
                .splitlines() if ln.strip() and not ln.startswith("#")][1:]
        assert all(r[0] in guarded for r in rows if r[2] == "Visit")


def test_an_athlete_crossing_the_finish_line_pays_no_visit():
    assert found("Спортсмен Иван Котов пересёк финишную черту первым.", "Visit") == []


def test_a_helicopter_landing_pays_no_visit():
    assert found("Вертолёт приземлился на Камчатку.", "Visit") == []


def test_an_official_going_back_to_the_homeland_pays_no_visit():
    assert found("Вчера министр иностранных дел Олег Зимин отбыл на родину в Венгрию.",
                 "Visit") == []


def test_an_official_flying_off_for_treatment_pays_no_visit():
    assert found("Министр Олег Зимин вылетел в Женеву для лечения.", "Visit") == []


def test_a_request_sent_to_someone_in_the_dative_names_the_one_asked():
    assert found("Иван Котов направил прошение президенту Олегу Зимину.", "Appeal") == [
        ("Actual", frozenset({"Иван Котов"}), frozenset({"Олег Зимин"}))]
