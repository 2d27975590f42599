"""Actors of events whose line fits but whose doer or target the parse leaves to a word that is
no name: a rare plural past the tagger calls singular, so its doer is left out on purpose
(`с X перезаключили контракт`), and the possessive that says whose court case is heard
(`слушания его дела`, `её дело было пересмотрено`)."""

from __future__ import annotations

from event_helpers import found

# ---- a doer left out on purpose -------------------------------------------------------------


def test_a_named_target_of_a_doer_left_out_stays_the_target():
    text = "Ивана Петрова обвинили в краже."
    assert found(text, "Accusation") == [("Actual", frozenset(), frozenset({"Иван Петров"}))]


def test_a_rare_plural_past_the_tagger_calls_singular_still_leaves_its_doer_out():
    # `перезаключили` is plural by its ending, whatever the tagger says
    text = "С Иваном Петровым перезаключили контракт."
    assert found(text, "Agreement") == [("Actual", frozenset(), frozenset({"Иван Петров"}))]


# ---- whose case a possessive names -----------------------------------------------------------


def test_a_hearing_of_his_case_tries_the_man_the_pronoun_stands_for():
    text = "Иван Петров пришёл в суд. Во время слушания его дела ему стало плохо."
    assert found(text, "Trial") == [("Actual", frozenset(), frozenset({"Иван Петров"}))]


def test_her_case_reviewed_by_a_court_tries_the_woman_named_before():
    text = "Анна Петрова пришла в суд. Её дело было пересмотрено судом."
    assert found(text, "Trial") == [("Actual", frozenset(), frozenset({"Анна Петрова"}))]


def test_a_case_whose_pronoun_stands_for_no_one_tries_no_one_named():
    assert found("Суд рассмотрел его дело.", "Trial") == [("Actual", frozenset(), frozenset())]
