"""The trigger lines the thirty-first round's paraphrases added (kg/data/ru/triggers.tsv, para31
block): a lost match stated as yielding, a rout, a burial, a court appeal, an offensive, a
shelling by a named side at an unnamed target, and the senses of the same words that are no
event."""

from __future__ import annotations

import pytest
from event_helpers import described, found, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def test_a_team_yielding_to_a_named_team_lost_a_match():
    assert found("«Ротор» уступил «Уралу» в Волгограде.", "SportsMatch") == [
        ("Actual", frozenset({"Урал"}), frozenset({"Ротор"}))]


def test_yielding_a_place_or_a_share_is_no_match():
    assert found("Компания «Лукойл» уступила «Роснефти» долю в проекте.", "SportsMatch") == []


def test_ranking_below_a_country_is_no_match():
    assert found("Германия уступает Китаю по объёму экспорта.", "SportsMatch") == []


def test_a_rout_of_one_named_team_by_another_is_a_match():
    assert found("«Зенит» разгромил «Сочи» в субботу.", "SportsMatch") == [
        ("Actual", frozenset({"Зенит"}), frozenset({"Сочи"}))]


def test_a_burial_is_a_ceremony_for_the_deceased():
    assert [d.others for d in described(
        "Писателя Игоря Громова похоронили в Рязани.") if d.kind == "Ceremony"] == [
        frozenset({"Игорь Громов"})]


def test_challenging_a_ruling_in_a_court_is_an_appeal_to_it():
    assert found("Олег Рыков обжаловал решение в Верховном суде.", "Appeal") == [
        ("Actual", frozenset({"Олег Рыков"}), frozenset({"Верховный суд"}))]


def test_an_offensive_is_an_attack_by_the_side_that_starts_it():
    assert [(f, a) for f, a, _ in found("Армия Эфиопии начала наступление на столицу Тыграя.",
                                        "Attack")] == [("Actual", frozenset({"Эфиопия"}))]


def test_the_coming_of_a_season_is_no_attack():
    assert found("Наступление весны в Якутии задерживается.", "Attack") == []


def test_a_named_side_shelling_unnamed_villages_is_an_attack():
    assert [a for _, a, _ in found("Боевики ИГИЛ обстреливают сёла на юге провинции.",
                                   "Attack")] == [frozenset({"ИГИЛ"})]


def test_an_unnamed_shooter_firing_at_a_named_building_is_an_attack_on_its_owner():
    # a shelling needs a named side, either one: the attacked alone still tells the act
    assert [t for _, _, t in found("Стрелок обстреливал здание МВД.", "Attack")] == [
        frozenset({"МВД"})]
