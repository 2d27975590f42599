"""Counts of people the parse leaves bare or hangs elsewhere (docs/events.md, "Which mentions
become events", rule 5; kg/nlp/ru/event_assert.py): a bare number in the role of a death, birth
or injury (`counted_living`: `три человека погибли и пять получили ранения`; only the living die
or are wounded, so it counts people), and a count of people right after a verb the parse did not
hang it on (`count_hung_after`: `погибли тысячи индейцев`), keep the event with no actors; a
number in the role of an act that may befall things, and a count of things, do not."""

from __future__ import annotations

from event_helpers import actors_facts


def test_a_bare_number_after_a_counted_noun_makes_an_injury_with_no_actors():
    text = "На стройке в Твери два рабочих погибли и шесть получили ранения."
    assert actors_facts(text, "Injury") == [(frozenset(), "Actual")]


def test_a_number_the_parse_hangs_on_more_than_makes_an_injury():
    text = "Жертвами обрушения моста стали четыре человека, более 70 получили ранения."
    assert actors_facts(text, "Injury") == [(frozenset(), "Actual")]


def test_a_number_with_a_noun_of_its_own_is_read_as_before():
    text = "Во время шторма 12 рыбаков получили травмы."
    assert actors_facts(text, "Injury") == [(frozenset(), "Actual")]


def test_a_bare_number_does_not_count_people_for_an_act_that_may_befall_things():
    # schools are founded too: "три создали" says nothing of people
    assert actors_facts("Из десяти школ района три создали недавно.", "Founding") == []


def test_a_count_of_people_the_parse_hangs_away_from_its_verb_makes_a_death():
    # the parse hangs `индейцев` under `тысячи` and `тысячи` under it, neither under `погибли`
    text = "Во время переселения погибли тысячи индейцев."
    assert actors_facts(text, "Death") == [(frozenset(), "Actual")]


def test_a_count_of_things_after_a_verb_with_no_subject_counts_no_people():
    assert actors_facts("Во время переселения погибли тысячи писем.", "Death") == []
