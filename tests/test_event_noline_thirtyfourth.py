"""Families given lines in the thirty-fourth round (kg/data/ru/triggers.tsv, "noline34"; the
sentences they read are tests/data/events/paraphrases_thirtyfourth_noline.tsv): what each reads
with its roles, and the neighbouring senses it must leave alone. The sentences are invented for
the tests."""

from __future__ import annotations

from event_helpers import agents_facts, found, of_class


def test_who_confesses_an_offence_is_the_one_tried_not_its_agent():
    assert found("Экс-губернатор Пётр Рыков признался в получении взятки.", "Trial") == [
        ("Actual", frozenset(), frozenset({"Пётр Рыков"}))]


def test_a_confession_of_love_is_no_trial():
    assert of_class("Актёр Семён Ларин признался в любви своей партнёрше.", "Trial") == []


def test_a_confession_made_in_an_interview_or_a_post_is_speech_not_a_trial():
    for text in ("Певица Дина Гурова призналась в интервью журналу «Сноб», что устала от сцены.",
                 "Актёр Лев Зорин признался в Instagram, что бросил курить.",
                 "Хоккеист Роман Бурцев признался в эфире телеканала «Матч», что хочет уехать."):
        assert of_class(text, "Trial") == [], text


def test_a_confession_with_no_offence_named_is_no_trial():
    assert of_class("Тренер Олег Вяткин признался, что устал от критики.", "Trial") == []


def test_a_verdict_annulled_is_a_revocation_of_whose_verdict_it_was():
    assert found("Апелляционный суд отменил приговор Игорю Тумасову.", "Revocation") == [
        ("Actual", frozenset({"Апелляционный суд"}), frozenset({"Игорь Тумасов"}))]


def test_a_licence_withdrawn_names_the_holder_by_its_u_phrase():
    assert found("Центробанк отозвал лицензию у банка «Восход».", "Revocation") == [
        ("Actual", frozenset({"Центробанк"}), frozenset({"Восход"}))]


def test_a_concert_called_off_is_no_revocation():
    assert of_class("Певица Алла Жукова отменила концерт в Омске.", "Revocation") == []


def test_a_visit_called_off_is_no_revocation():
    assert of_class("Президент Чили Рауль Мендес отменил визит в Перу.", "Revocation") == []


def test_an_impeachment_declared_tries_the_office_holder_the_body_declares_it():
    text = "Национальное собрание Эквадора объявило импичмент президенту Хорхе Саласу."
    assert found(text, "Trial") == [
        ("Actual", frozenset({"Национальное собрание Эквадора"}), frozenset({"Хорхе Салас"}))]


def test_the_impeachment_of_a_president_names_the_one_impeached():
    assert [t for _, _, t in found("Сенат начал процедуру импичмента президента Рауля Ортиса.",
                                   "Trial")] == [frozenset({"Рауль Ортис"})]


def test_a_festive_dinner_given_is_a_ceremony_of_its_host():
    assert [a for a, _ in agents_facts("Губернатор Илья Пронин дал торжественный ужин для "
                                         "ветеранов в Твери.", "Ceremony")] == [
        frozenset({"Илья Пронин"})]


def test_a_dinner_eaten_is_no_ceremony():
    assert of_class("За ужином сенатор Карл Йенсен рассказал о своих планах.", "Ceremony") == []


def test_a_slap_given_is_an_attack_on_the_one_slapped():
    assert found("Депутат Олег Рябов дал пощёчину журналисту Илье Сомову.", "Attack") == [
        ("Actual", frozenset({"Олег Рябов"}), frozenset({"Илья Сомов"}))]
