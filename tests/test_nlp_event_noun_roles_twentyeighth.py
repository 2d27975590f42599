"""Event nouns whose own roles name no one, twenty-eighth round (kg.nlp.ru.event_roles): a
noun picked out of a set by `один из` (`во время одной из встреч`, `на одном из митингов`)
frames its clause as the bare noun does, so the clause's subject takes part (role code `gov`);
the numeral carries the preposition, and the same limits hold (an owner of the noun, a
preposition of aim)."""

from __future__ import annotations

from event_helpers import described


def _of(text: str, kind: str) -> list[frozenset[str]]:
    return [d.actors for d in described(text) if d.kind == kind]


# ---- must fire ----------------------------------------------------------------------------


def test_one_of_the_ceremonies_frames_its_clause_like_the_bare_noun():
    text = "Во время одной из торжественных встреч Анна Белова потеряла сознание."
    assert _of(text, "Ceremony") == [frozenset({"Анна Белова"})]


def test_one_of_the_rallies_gives_the_speaker_who_spoke_there():
    text = "На одном из митингов Пётр Сомов выступил с короткой речью."
    assert _of(text, "Protest") == [frozenset({"Пётр Сомов"})]


def test_the_bare_noun_still_frames_its_clause():
    text = "Во время торжественной встречи Анна Белова потеряла сознание."
    assert _of(text, "Ceremony") == [frozenset({"Анна Белова"})]


# ---- must not fire ------------------------------------------------------------------------


def test_one_of_the_rallies_told_about_gives_no_participant():
    text = "Пётр Сомов рассказал журналистам об одном из митингов."
    assert _of(text, "Protest") == []


def test_one_of_someones_rallies_keeps_its_owner_and_not_the_clause_subject():
    text = "На одном из его митингов Пётр Сомов выступил с короткой речью."
    assert frozenset({"Пётр Сомов"}) not in _of(text, "Protest")


def test_one_against_which_the_clause_is_aimed_gives_no_participant():
    text = "Пётр Сомов выступил против одного из митингов."
    assert _of(text, "Protest") == []
