"""Event participants named in the trigger's own sentence on paths the roles did not take
(kg/nlp/ru/event_roles.py; docs/events.md): the two sides of a match or meeting joined by a dash
after the noun (`матч Иванов — Петров`), the one rewarded for an act (`получил премию за
подписание договора`), and who sits on a festival's jury (`возглавит жюри кинофестиваля`)."""

from __future__ import annotations

from event_helpers import described


def _actors(text: str, kind: str) -> list[frozenset[str]]:
    return [e.actors for e in described(text) if e.kind == kind]


def test_a_match_names_both_sides_after_a_dash():
    assert frozenset({"Иванов", "Петров"}) in _actors(
        "Вчера в Казани прошёл матч Иванов — Петров.", "SportsMatch")


def test_a_match_of_two_quoted_clubs_after_a_dash():
    assert frozenset({"Зенит", "Ротор"}) in _actors(
        "В матче «Зенит» — «Ротор» хозяева забили три гола.", "SportsMatch")


def test_a_meeting_names_both_sides_after_a_dash():
    got = _actors("Встреча Путин — Макрон прошла в Версале.", "Meeting")
    assert got and len(got[0]) == 2


def test_a_genitive_side_before_a_dash_is_not_paired_with_a_nominative():
    # `матч Иванова — Петров`: the genitive is the match's own (the `gen` code), and the
    # nominative after the dash is no second side of the same phrase
    assert _actors("Вчера в Казани прошёл матч Иванова — Петров.", "SportsMatch") == \
        [frozenset({"Иванов"})]
