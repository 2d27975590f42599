"""The trigger lines of the thirty-third round's families with no line (kg/data/ru/triggers.tsv,
noline33 block): escape, resignation, marriage, order, injury, accident, prize, burial,
tour, plea, blame, race and settling words, each with the sense of the same word that is no
event (hiding from the rain, a car left at a post, waste buried, a rival outrun in sales)."""

from __future__ import annotations

import pytest
from event_helpers import described, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def _kinds(text: str) -> set[str]:
    return {d.kind for d in described(text)}


def test_hiding_from_the_investigators_is_an_escape():
    assert found("Бизнесмен Роман Чистяков скрылся от следствия в Дубае.", "Escape") == [
        ("Actual", frozenset({"Роман Чистяков"}), frozenset())]


def test_hiding_from_the_rain_is_no_escape():
    assert found("Артистка Вера Лунина скрылась от дождя под навесом.", "Escape") == []


def test_deserting_is_an_escape():
    assert found("Сержант Глеб Носов дезертировал из армии.", "Escape") == [
        ("Actual", frozenset({"Глеб Носов"}), frozenset())]


def test_quitting_ones_job_is_a_resignation():
    assert found("Директор завода Павел Серов уволился в марте.", "Resignation") == [
        ("Actual", frozenset(), frozenset({"Павел Серов"}))]


def test_leaving_ones_post_is_a_resignation():
    assert found("Губернатор Ирина Лосева оставила пост досрочно.", "Resignation") == [
        ("Actual", frozenset(), frozenset({"Ирина Лосева"}))]


def test_a_car_left_at_a_police_post_is_no_resignation():
    assert found("Водитель Пётр Гуров оставил машину у поста ДПС.", "Resignation") == []


def test_a_church_wedding_is_a_marriage_of_both():
    assert found("Фигуристка Дина Чернова и хоккеист Максим Рябов обвенчались.",
                 "Marriage") == [
        ("Actual", frozenset({"Дина Чернова", "Максим Рябов"}), frozenset())]


def test_a_contract_dissolved_is_no_marriage():
    assert found("Клуб «Нева» расторг контракт с нападающим Олегом Ивиным.", "Marriage") == []


def test_ordering_in_the_verb_velet_is_a_demand():
    assert found("Мэр Омска Сергей Шелест велел убрать снег за сутки.", "Demand") == [
        ("Actual", frozenset({"Сергей Шелест"}), frozenset())]


def test_what_a_law_bids_is_no_demand():
    assert found("Закон велит защищать права детей.", "Demand") == []


def test_breaking_ones_leg_is_an_injury():
    assert found("Гимнастка Алина Юдина сломала ногу на тренировке.", "Injury") == [
        ("Actual", frozenset(), frozenset({"Алина Юдина"}))]


def test_breaking_anothers_arm_injures_the_dative():
    assert found("Грабитель сломал руку охраннику Олегу Зимину.", "Injury") == [
        ("Actual", frozenset(), frozenset({"Олег Зимин"}))]


def test_breaking_a_lock_is_no_injury():
    assert found("Вор сломал замок в квартире Ивана Гурова.", "Injury") == []


def test_a_fracture_got_is_an_injury():
    assert found("Футболист Денис Глушков получил перелом ключицы.", "Injury") == [
        ("Actual", frozenset(), frozenset({"Денис Глушков"}))]


def test_a_fire_told_by_vozgoranie_is_an_accident():
    assert "Accident" in _kinds("Возгорание на складе в Омске произошло ночью.")


def test_a_data_leak_is_no_accident():
    assert "Accident" not in _kinds("Утечка данных клиентов банка «Восток» произошла в мае.")


def test_a_prize_carried_off_is_an_award():
    assert found("Режиссёр Анна Меликян увезла из Сочи главный приз.", "Award") == [
        ("Actual", frozenset(), frozenset({"Анна Меликян"}))]


def test_a_loan_taken_is_no_award():
    assert found("Фермер Иван Гуров взял кредит в банке.", "Award") == []


def test_reburying_someone_is_a_ceremony_for_them():
    assert [d.others for d in described("Прах поэта Ильи Горина перезахоронили в Орле.")
            if d.kind == "Ceremony"] == [frozenset({"Илья Горин"})]


def test_burying_waste_is_no_ceremony():
    assert found("Компания захоронила радиоактивные отходы в Сибири.", "Ceremony") == []


def test_touring_a_country_is_a_performance():
    assert found("Скрипач Вадим Репин гастролирует по Италии.", "Performance") == [
        ("Actual", frozenset({"Вадим Репин"}), frozenset())]


def test_blaming_someone_is_an_accusation():
    assert found("Фермер Иван Гуров винит в пожаре соседа Павла Зотова.", "Accusation") == [
        ("Actual", frozenset({"Иван Гуров"}), frozenset({"Павел Зотов"}))]


def test_complaining_of_ones_health_is_no_accusation():
    assert found("Певец Олег Лунин пожаловался на боль в спине.", "Accusation") == []


def test_outrunning_a_rival_in_a_race_is_a_match_of_both():
    assert found("Биатлонист Антон Бабиков опередил Эдуарда Латыпова в гонке.",
                 "SportsMatch") == [
        ("Actual", frozenset({"Антон Бабиков"}), frozenset({"Эдуард Латыпов"}))]


def test_a_country_outrunning_another_in_growth_is_no_match():
    assert found("Китай опередил США по темпам роста.", "SportsMatch") == []


def test_settling_in_a_city_is_a_relocation():
    assert found("Пианист Лев Орлов поселился в Вене.", "Relocation") == [
        ("Actual", frozenset({"Лев Орлов"}), frozenset())]


def test_tourists_put_up_at_a_hotel_is_no_relocation():
    assert found("Туристы поселились в гостинице «Космос».", "Relocation") == []


def test_a_category_won_is_an_award_to_the_winner():
    assert found("Актриса Вера Ганина победила в номинации «Лучшая женская роль».",
                 "Award") == [("Actual", frozenset(), frozenset({"Вера Ганина"}))]


def test_a_film_winning_a_category_awards_its_director():
    assert found("Фильм режиссёра Ивана Кольцова выиграл в номинации «Лучший фильм».",
                 "Award") == [("Actual", frozenset(), frozenset({"Иван Кольцов"}))]


def test_a_race_won_stays_no_award():
    assert found("Спортсменка Анна Орлова победила в забеге на 100 метров.", "Award") == []
