"""A verb with no subject of its own reads the subject of the modal or of the earlier verb it
completes as its own for a line's context (kg/nlp/ru/clause_subjects.py `shared_subject`): `закон
может быть принят`, `альбом записан и выйдет`. The sentences are invented for the tests."""

from __future__ import annotations

from event_helpers import found, of_class

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.clause_subjects import shared_subject


def _token(text: str, word: str):
    a = analyse(text)
    return a, next(t for t in a.tokens if t.text == word)


def test_a_law_that_may_be_adopted_is_a_possible_adoption_by_the_body_named():
    assert found("Закон о связи может быть принят Государственной думой уже в мае.",
                 "LawAdoption") == [("Possible", frozenset({"Государственная дума"}), frozenset())]


def test_a_budget_that_must_be_approved_is_a_planned_adoption():
    assert found("Бюджет Омска должен быть утверждён мэром Иваном Котовым до декабря.",
                 "LawAdoption") == [("Planned", frozenset({"Иван Котов"}), frozenset())]


def test_a_law_approved_and_signed_is_two_adoptions_each_by_its_own_body():
    assert found("Закон о связи одобрен Советом Федерации и подписан президентом Иваном Котовым.",
                 "LawAdoption") == [("Actual", frozenset({"Совет Федерации"}), frozenset()),
                                    ("Actual", frozenset({"Иван Котов"}), frozenset())]


def test_an_album_recorded_and_to_come_out_is_a_release_by_its_band():
    assert found("Новый альбом группы «Ария» записан в Лондоне и выйдет в мае.", "Release") == [
        ("Planned", frozenset({"Ария"}), frozenset())]


def test_a_contract_to_be_extended_names_the_other_side_of_its_own_phrase():
    assert found("Контракт Ивана Котова с клубом «Зенит» должен быть продлён в мае.",
                 "Agreement") == [("Planned", frozenset(), frozenset({"Зенит"}))]


def test_an_infinitive_of_a_verb_with_a_dative_is_done_by_the_dative_not_the_subject():
    assert of_class("Альбом группы «Ария» помог музыкантам выйти из кризиса.", "Release") == []
    a, verb = _token("Альбом группы «Ария» помог музыкантам выйти из кризиса.", "выйти")
    assert shared_subject(a, verb) is None


def test_a_modal_gives_its_subject_to_the_verb_it_completes():
    a, verb = _token("Контракт с клубом может быть продлён.", "продлён")
    assert shared_subject(a, verb).lemma == "контракт"


def test_a_verb_with_a_subject_of_its_own_borrows_none():
    a, verb = _token("Закон одобрен Сенатом, и президент подписал указ.", "подписал")
    assert shared_subject(a, verb) is None
