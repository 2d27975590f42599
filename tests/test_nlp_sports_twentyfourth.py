"""Sports results of the twenty-fourth round (docs/quality.md): two contests of one athlete told by
their stage or medal are two events (kg/data/ru/contest_parts.tsv), the team one played in
(`в составе X`) takes part in the contest, and a match held between two players has them as its
sides, whoever held it. Every sentence is written for the test."""

from __future__ import annotations

from event_helpers import described, of_class

# --- two stages or two medals: two contests -------------------------------------------------

def test_medals_of_two_metals_are_two_contests():
    found = of_class("Анна Котова завоевала золотую медаль в беге на 100 метров. В среду Котова "
                     "стала обладательницей бронзы в прыжках в длину.", "SportsMatch")
    assert len(found) == 2
    assert all(e.actors == {"Анна Котова"} for e in found)


def test_a_heat_and_a_final_are_two_contests():
    found = of_class("Иван Петров одержал победу в предварительном забеге. В финале Петров "
                     "обыграл Сергея Смирнова.", "SportsMatch")
    assert {e.actors for e in found} == {frozenset({"Иван Петров"}),
                                         frozenset({"Иван Петров", "Сергей Смирнов"})}


def test_a_semifinal_and_a_quarterfinal_are_two_contests():
    found = of_class("Иван Петров победил в полуфинале. В четвертьфинале Петров обыграл Сергея "
                     "Смирнова.", "SportsMatch")
    assert len(found) == 2


def test_one_final_told_twice_stays_one_contest():
    found = of_class("Иван Петров вышел в финал турнира. В финале Петров обыграл Сергея Смирнова.",
                     "SportsMatch")
    assert len(found) == 1


def test_a_stage_reached_is_no_contest_beside_the_win_that_reached_it():
    found = of_class("Анна Котова вышла в финал, обыграв в полуфинале Марию Волкову.",
                     "SportsMatch")
    assert len(found) == 1
    assert found[0].actors == {"Анна Котова", "Мария Волкова"}


def test_a_medal_and_a_stage_are_not_compared():
    # a final is won with gold: the stage and the metal say nothing against one contest
    found = of_class("Анна Котова выиграла золотую медаль. В финале она обыграла Марию Волкову.",
                     "SportsMatch")
    assert len(found) == 1
    assert found[0].actors == {"Анна Котова", "Мария Волкова"}


def test_one_metal_told_twice_stays_one_contest():
    found = of_class("Анна Котова выиграла золотую медаль чемпионата. Золото досталось Котовой "
                     "впервые.", "SportsMatch")
    assert len(found) == 1


# --- the team one played in ----------------------------------------------------------------

def test_the_club_one_played_in_takes_part():
    found = of_class("В составе «Спартака» Иван Петров стал победителем Кубка России.",
                     "SportsMatch")
    assert len(found) == 1
    assert found[0].actors == {"Иван Петров", "Спартак"}


def test_a_national_team_in_the_squad_phrase_is_its_country():
    found = of_class("В составе сборной Италии Анна Котова стала чемпионкой Европы.", "SportsMatch")
    assert found[0].actors == {"Анна Котова", "Италия"}


def test_a_squad_phrase_of_another_clause_adds_no_team():
    found = of_class("Иван Петров, игравший в составе «Спартака», стал победителем Кубка России "
                     "в 2001 году.", "SportsMatch")
    assert all("Спартак" not in e.actors for e in found)


def test_a_government_delegation_is_no_team():
    found = of_class("В составе правительства России Иван Петров посетил чемпионат мира по "
                     "футболу в Катаре.", "SportsMatch")
    assert all("Россия" not in e.actors for e in found)


def test_a_squad_phrase_adds_nothing_to_other_classes():
    found = described("В составе «Спартака» Иван Петров прилетел в Казань.")
    assert all("Спартак" not in e.actors for e in found)


# --- a match between two players ------------------------------------------------------------

def test_a_match_held_between_two_players_has_them_as_sides():
    found = of_class("Федерация шахмат провела матч между Иваном Петровым и Сергеем Смирновым.",
                     "SportsMatch")
    assert len(found) == 1
    assert {"Иван Петров", "Сергей Смирнов"} <= found[0].actors


def test_players_who_held_their_match_are_its_sides():
    found = of_class("Иван Петров и Сергей Смирнов провели свой матч в Москве.", "SportsMatch")
    assert found[0].actors == {"Иван Петров", "Сергей Смирнов"}


# --- a contest that only dates its clause ----------------------------------------------------

def test_who_spoke_after_a_match_did_not_play_it():
    assert not of_class("После матча Иван Петров заявил журналистам, что доволен игрой.",
                        "SportsMatch")


def test_a_tournament_before_which_one_spoke_is_no_event_of_his():
    assert not of_class("Иван Петров ещё до турнира говорил тренеру о травме.", "SportsMatch")


def test_a_final_before_which_one_promised_is_no_event_of_his():
    assert not of_class("Перед финалом Иван Петров пообещал болельщикам победу.", "SportsMatch")


def test_a_dating_match_with_its_opponent_named_stays():
    found = of_class("Во время матча со «Спартаком» Иван Петров получил травму.", "SportsMatch")
    assert len(found) == 1
    assert "Спартак" in found[0].actors


def test_a_match_played_in_is_no_time_frame():
    found = of_class("Иван Петров сыграл в матче против «Зенита».", "SportsMatch")
    assert found and found[0].actors == {"Иван Петров", "Зенит"}


def test_a_named_championship_as_time_frame_stays():
    # a named contest (`чемпионат Европы`) is an event of its own, whoever the clause tells of
    assert of_class("Во время чемпионата Европы Иван Петров получил травму.", "SportsMatch")
