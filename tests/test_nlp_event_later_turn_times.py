"""A verb coordinated with a dated verb shares its time unless a turn or a later time stands on
it (`однако`, `позже`: kg/data/ru/rule_words.tsv `later_turn`). Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import event_times


def test_a_later_act_after_однако_позже_does_not_take_the_first_verbs_day():
    assert event_times("12 мая суд приговорил Петра Белова к пяти годам, однако позже Петра "
                       "Белова освободили.") == {"Sentence": "12 мая", "ReleaseFromCustody": None}


def test_a_coordinated_act_without_a_turn_still_shares_the_time():
    assert event_times("12 мая суд приговорил Петра Белова к пяти годам, и Петра Белова "
                       "арестовали.") == {"Sentence": "12 мая", "Arrest": "12 мая"}
