"""Families given lines in the thirty-fifth round (kg/data/ru/triggers.tsv, "noline35"; the
sentences they read are tests/data/events/paraphrases_thirtyfifth_noline.tsv): what each reads
with its roles, and the neighbouring senses it must leave alone. The sentences are invented for
the tests."""

from __future__ import annotations

from event_helpers import found, of_class


def test_a_stone_thrown_at_a_person_is_an_attack_of_the_thrower_on_that_person():
    assert found("Студент Артём Клюев швырнул камень в полицейского Игоря Сомова.", "Attack") == [
        ("Actual", frozenset({"Артём Клюев"}), frozenset({"Игорь Сомов"}))]


def test_a_bottle_thrown_at_a_building_is_an_attack_of_the_thrower():
    assert [a for _, a, _ in found("Активист Павел Орешкин бросил бутылку с зажигательной смесью "
                                   "в здание мэрии.", "Attack")] == [frozenset({"Павел Орешкин"})]


def test_a_person_doused_with_acid_is_attacked_by_the_one_who_douses():
    assert found("Пенсионер Виктор Лаптев облил кислотой соседку Марину Рябову.", "Attack") == [
        ("Actual", frozenset({"Виктор Лаптев"}), frozenset({"Марина Рябова"}))]


def test_acid_splashed_in_a_face_names_the_victim_by_the_dative():
    assert [t for _, _, t in found("Неизвестный плеснул кислотой в лицо журналистке Марине "
                                   "Рябовой.", "Attack")] == [frozenset({"Марина Рябова"})]


def test_a_university_dropped_is_no_attack():
    assert of_class("Музыкант Илья Свиридов бросил университет и переехал в Лондон.",
                    "Attack") == []


def test_a_habit_given_up_is_no_attack():
    assert of_class("Футболист Сергей Шмелёв бросил курить.", "Attack") == []


def test_a_ball_thrown_in_a_game_is_no_attack():
    assert of_class("Защитник Олег Мухин бросил мяч в сторону ворот соперника.", "Attack") == []


def test_a_man_doused_with_water_in_the_heat_is_no_attack():
    assert of_class("В жару пожарный Кирилл Зотов облил водой детей из шланга.", "Attack") == []


def test_a_licence_withdrawn_told_by_its_noun_is_a_revocation_of_the_holder():
    assert [t for _, _, t in found("Центробанк объявил об отзыве лицензии у банка «Северный "
                                   "кредит».", "Revocation")] == [frozenset({"Северный кредит"})]


def test_a_review_of_a_film_is_no_revocation():
    assert of_class("Критик Анна Белова опубликовала отзыв о фильме режиссёра Ильи Носова.",
                    "Revocation") == []
