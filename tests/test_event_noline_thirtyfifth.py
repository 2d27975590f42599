"""Families given lines in the thirty-fifth round (kg/data/ru/triggers.tsv, "noline35"; the
sentences they read are tests/data/events/paraphrases_thirtyfifth_noline.tsv): the verbal noun of
a licence or accreditation withdrawn, and a flame lit at a ceremony or carried in the torch
relay, each with its roles, and the neighbouring senses they must leave alone. The sentences are
invented for the tests."""

from __future__ import annotations

from event_helpers import agents_facts, found, of_class


def test_a_licence_withdrawn_told_by_its_noun_is_a_revocation_of_the_holder():
    assert [t for _, _, t in found("Центробанк объявил об отзыве лицензии у банка «Северный "
                                   "кредит».", "Revocation")] == [frozenset({"Северный кредит"})]


def test_the_holder_of_a_licence_withdrawn_may_be_its_genitive():
    assert [t for _, _, t in found("Банк России сообщил об отзыве лицензии банка «Восход».",
                                   "Revocation")] == [frozenset({"Восход"})]


def test_an_accreditation_withdrawn_told_by_its_noun_is_a_revocation():
    assert [t for _, _, t in found("МИД объявил об отзыве аккредитации у агентства «Северный "
                                   "вестник».", "Revocation")] == [frozenset({"Северный вестник"})]


def test_a_review_of_a_film_is_no_revocation():
    assert of_class("Критик Анна Белова опубликовала отзыв о фильме режиссёра Ильи Носова.",
                    "Revocation") == []


def test_the_eternal_flame_lit_is_a_ceremony_of_who_lights_it():
    assert [a for a, _ in agents_facts("Президент Виктор Орлов зажёг Вечный огонь у мемориала в "
                                         "Туле.", "Ceremony")] == [frozenset({"Виктор Орлов"})]


def test_the_olympic_cauldron_lit_is_a_ceremony():
    assert [a for a, _ in agents_facts("Фигуристка Ирина Роднина зажгла чашу олимпийского огня в "
                                         "Сочи.", "Ceremony")] == [frozenset({"Ирина Роднина"})]


def test_a_runner_of_the_torch_relay_is_the_agent_of_its_ceremony():
    text = "Актёр Семён Лавров принял участие в эстафете олимпийского огня в Казани."
    assert [a for a, _ in agents_facts(text, "Ceremony")] == [frozenset({"Семён Лавров"})]


def test_a_fire_lit_in_a_fireplace_is_no_ceremony():
    assert of_class("Певец Олег Зимин зажёг огонь в камине и сел писать песню.", "Ceremony") == []


def test_a_relay_race_won_is_no_ceremony():
    assert of_class("Бегун Иван Котов выиграл эстафету на чемпионате России.", "Ceremony") == []
