"""Award, Performance and SportsMatch read as their paraphrases need (para31b): the senses beside
them that are no such event. The paraphrases themselves (tests/data/events/
paraphrases_thirtyfirst_b.tsv) are run by tests/test_event_paraphrases_thirtyfirst.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from paraphrase_breadth import events_of  # noqa: E402

pytestmark = pytest.mark.usefixtures("shipped_lexicon")

from event_helpers import shipped_lexicon  # noqa: E402,F401


def test_the_honour_of_doing_something_is_no_award():
    got = events_of("В 1990 году лыжник Павел Смирнов удостоился чести зажечь олимпийский огонь.")
    assert not [d for d in got if d.kind == "Award"], got


def test_a_prize_one_was_found_worthy_of_is_an_award_to_the_subject():
    got = events_of("Певец Артём Волков удостоился премии «Золотой граммофон».")
    assert any(d.kind == "Award" and d.actors == {"Артём Волков"} for d in got), got


def test_a_defeat_suffered_at_an_election_is_the_election_not_a_match():
    got = events_of("Партия «Единая Россия» потерпела поражение на выборах от коммунистов.")
    assert not [d for d in got if d.kind == "SportsMatch"], got
    assert any(d.kind == "Election" for d in got), got


def test_a_defeat_suffered_with_no_named_winner_is_no_match():
    got = events_of("Армия потерпела поражение от превосходящих сил противника.")
    assert not [d for d in got if d.kind == "SportsMatch"], got


def test_a_rout_with_no_named_second_side_is_no_match():
    got = events_of("Неизвестные разгромили офис партии в Самаре.")
    assert not [d for d in got if d.kind == "SportsMatch"], got
