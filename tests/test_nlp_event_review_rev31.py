"""Faults found by reviewing the thirty-first round's rules on sentences written for them (rev31):
a dedication whose name the parse hangs beside the anniversary still names whom it honours, an
appeal or complaint filed in a court is an Appeal, not a lawsuit, yielding a thing or an election
is no match lost, and a post taken from someone under a bare heading verb names the predecessor."""

from __future__ import annotations

import pytest
from event_helpers import described, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def others(text: str, kind: str) -> list[frozenset[str]]:
    return [d.others for d in described(text) if d.kind == kind]


def test_an_exhibition_dedicated_to_a_centenary_names_whose_centenary_it_is():
    text = "В Омске открылась выставка, посвящённая 100-летию Петра Сомова."
    assert others(text, "Performance") == [frozenset({"Пётр Сомов"})]


def test_a_concert_dedicated_to_a_victory_anniversary_names_no_one_honoured():
    text = "Концерт, посвящённый 100-летию Победы, прошёл в Омске."
    assert others(text, "Performance") == [frozenset()]


def test_an_appeal_filed_in_a_named_court_is_an_appeal_to_that_court():
    text = "Компания «Полярная звезда» подала апелляцию в Верховный суд."
    assert [(d.kind, d.targets) for d in described(text)] == \
        [("Appeal", frozenset({"Верховный суд"}))]


def test_a_suit_filed_in_a_court_stays_a_trial():
    text = "Компания «Полярная звезда» подала в суд на Петра Сомова."
    assert [d.kind for d in described(text)] == ["Trial"]


def test_a_thing_ceded_to_another_company_is_no_match_lost():
    text = ("Компания «Полярная звезда» уступила компании «Северный ветер» контракт на поставку "
            "газа.")
    assert [d.kind for d in described(text)] == []


def test_a_match_named_as_the_object_of_yielding_is_a_match_lost():
    text = "«Спартак» уступил матч «Зениту» в Омске."
    assert [(d.kind, d.agents, d.targets) for d in described(text)] == \
        [("SportsMatch", frozenset({"Зенит"}), frozenset({"Спартак"}))]


def test_a_defeat_in_an_election_stated_as_yielding_is_no_match():
    text = "Пётр Сомов уступил Анне Котовой во втором туре выборов."
    assert [d.kind for d in described(text)] == ["Election"]


def test_a_post_taken_from_someone_under_a_bare_heading_verb_names_the_predecessor():
    text = "Пётр Сомов возглавил клуб «Полярная звезда», сменив Ивана Котова на посту тренера."
    assert [(d.kind, d.targets, d.others) for d in described(text)] == \
        [("Appointment", frozenset({"Пётр Сомов"}),
          frozenset({"Иван Котов", "Полярная звезда"}))]


def test_a_complaint_filed_in_a_court_is_an_appeal_to_that_court():
    text = "Пётр Сомов подал жалобу в Верховный суд."
    assert [(d.kind, d.agents, d.targets) for d in described(text)] == \
        [("Appeal", frozenset({"Пётр Сомов"}), frozenset({"Верховный суд"}))]
