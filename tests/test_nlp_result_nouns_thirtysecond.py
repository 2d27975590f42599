"""A match told by its result noun (thirty-second round, ptcp32; kg/data/ru/triggers.tsv
`победа`, `поражение`, kg/data/ru/result_nouns.txt): `победа X над Y` and `поражение X от Y` with
both sides named are the match, or at an election the vote; a side that is a country or a city
makes it a war, no match. Sentences invented for the tests."""

from __future__ import annotations

import pytest
from event_helpers import described, shipped_lexicon  # noqa: F401

pytestmark = pytest.mark.usefixtures("shipped_lexicon")


def kinds(text: str, *wanted: str) -> list:
    return [d for d in described(text) if d.kind in wanted]


def test_a_victory_of_one_club_over_another_is_their_match_the_winner_its_agent():
    found = kinds("Победа «Сокола» над «Вымпелом» вывела клуб в полуфинал.", "SportsMatch")
    assert found and found[0].agents == {"Сокол"} and found[0].targets == {"Вымпел"}


def test_a_defeat_of_a_player_by_another_is_their_match_the_loser_its_target():
    found = kinds("Поражение Ильи Громова от Павла Зотова стало главной новостью турнира.",
                  "SportsMatch")
    assert [(d.agents, d.targets) for d in found] == \
        [(frozenset({"Павел Зотов"}), frozenset({"Илья Громов"}))]


def test_a_victory_at_an_election_is_the_election():
    found = kinds("Победа Ильи Громова над Павлом Зотовым на выборах мэра удивила всех.",
                  "SportsMatch", "Election")
    assert [d.kind for d in found] == ["Election"]


def test_a_victory_of_one_country_over_another_is_no_match():
    assert not kinds("Победа Англии над Францией при Азенкуре вошла в учебники.", "SportsMatch")


def test_a_victory_with_one_side_named_is_no_match():
    assert not kinds("Победа «Сокола» стала неожиданностью.", "SportsMatch")


def test_an_electric_shock_is_no_defeat():
    assert not kinds("Поражение электрическим током получил монтёр Илья Громов.", "SportsMatch")


def test_a_victory_won_by_a_verb_stays_one_match():
    found = kinds("«Сокол» одержал победу над «Вымпелом» в Самаре.", "SportsMatch")
    assert len(found) == 1


def test_the_over_phrase_the_parse_hangs_on_the_verb_after_the_noun_is_the_nouns():
    # `над «Вымпелом»` stands between the subject `победа` and its verb: the victory's loser
    found = kinds("Победа «Сокола» над «Вымпелом» принесла клубу кубок.", "SportsMatch")
    assert [(d.agents, d.targets) for d in found] == \
        [(frozenset({"Сокол"}), frozenset({"Вымпел"}))]
