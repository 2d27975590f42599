"""The family given lines in the thirty-fifth round (kg/data/ru/triggers.tsv, "noline35"; the
sentences it reads are tests/data/events/paraphrases_thirtyfifth_noline.tsv): the verbal noun of
a licence or accreditation withdrawn, with its roles, and the neighbouring sense it must leave
alone. The sentences are invented for the tests."""

from __future__ import annotations

from event_helpers import found, of_class


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
