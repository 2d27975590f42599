"""Being brought before a court and extending a contract or sanctions told by the imperfective
(`предстаёт перед судом`, `продлевает контракт`) are the events their perfectives' lines give,
and a finite present verb without `-ся` is read as active whatever the tagger says. Sentences
are invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import found, shipped_lexicon  # noqa: F401

from kg.nlp.ru.analysis import analyse
from kg.nlp.ru.lexicon import table

pytestmark = pytest.mark.usefixtures("shipped_lexicon")

_COPIES = {"предстать": ("представать",), "продлить": ("продлевать", "продлять")}


def test_one_brought_before_a_court_in_the_present_is_on_trial():
    assert found("Бывший мэр Олег Смирнов предстаёт перед судом присяжных.", "Trial") == [
        ("Actual", frozenset(), frozenset({"Олег Смирнов"}))]


def test_one_brought_before_a_tribunal_in_the_imperfective_past_is_on_trial():
    assert found("В понедельник Олег Смирнов представал перед трибуналом в Гааге.", "Trial") == [
        ("Actual", frozenset(), frozenset({"Олег Смирнов"}))]


def test_one_to_be_brought_before_a_judge_in_the_imperfective_future_is_planned():
    assert [f for f, _, _ in found("Олег Смирнов будет представать перед судьёй в Казани.",
                                   "Trial")] == ["Planned"]


def test_appearing_before_an_audience_is_no_trial():
    assert found("Певица Анна Белова предстаёт перед публикой в новом образе.", "Trial") == []


def test_a_contract_extended_in_the_present_is_an_agreement():
    assert found("Футбольный клуб «Ротор» продлевает контракт с вратарём Андреем Волковым.",
                 "Agreement") == [("Actual", frozenset({"Ротор"}), frozenset({"Андрей Волков"}))]


def test_a_contract_not_extended_in_the_present_is_a_rejection():
    assert [f for f, _, _ in found("Футбольный клуб «Ротор» не продлевает договор с вратарём "
                                   "Андреем Волковым.", "Rejection")] == ["Actual"]


def test_the_colloquial_imperfective_extends_an_agreement_too():
    assert [a for _, a, _ in found("Компания «Ромашка» продляет соглашение с фирмой «Лютик».",
                                   "Agreement")] == [frozenset({"Ромашка"})]


def test_sanctions_extended_in_the_present_are_a_sanction():
    assert found("Канада продлевает санкции против Ирана.", "Sanction") == [
        ("Actual", frozenset({"Канада"}), frozenset({"Иран"}))]


def test_each_line_of_the_perfective_has_its_imperfectives_copy():
    rows = {tuple(r[:10]) for r in table("triggers")}
    for perfective, imperfectives in _COPIES.items():
        lines = [r for r in rows if r[0] == perfective]
        assert lines
        for other in imperfectives:
            assert {(other, *r[1:]) for r in lines} <= rows


def test_a_finite_present_verb_without_its_reflexive_ending_is_active():
    verb = next(t for t in analyse("Олег Смирнов предстаёт перед судом.").tokens
                if t.lemma == "представать")
    assert verb.feats.get("Voice") == "Act"


def test_a_reflexive_present_verb_keeps_the_taggers_passive():
    verb = next(t for t in analyse("Новый мост строится компанией «Ромашка».").tokens
                if t.lemma == "строиться")
    assert verb.feats.get("Voice") == "Pass"
