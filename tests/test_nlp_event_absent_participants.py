"""Who is said not to take part in a gathering or a match (`не примет участия в саммите`, `не будет
играть в матче`) is no participant of it, and the gathering itself still takes place; who takes
part stays one (kg/nlp/ru/event_roles.py `absent`, `part_noun`, `barred`; kg/nlp/ru/events.py
`host_of`; kg/data/ru/attendance_verbs.tsv; a refusal, `отказался участвовать`, read as a ban:
kg/data/ru/control_verbs.tsv `refused`). Thirty-second round, false events with an actor too many."""

from __future__ import annotations

from event_helpers import actors_of, factualities


def test_one_who_will_not_take_part_in_a_summit_is_no_participant():
    assert actors_of("Иван Петров не примет участия в саммите НАТО в Вильнюсе.", "Summit") == [
        frozenset({"НАТО"})]


def test_a_summit_one_leader_stays_away_from_still_takes_place():
    assert factualities("Иван Петров не примет участия в саммите НАТО в Вильнюсе.",
                        "Summit") == ["Planned"]


def test_one_who_will_take_part_in_a_summit_is_a_participant():
    assert actors_of("Иван Петров примет участие в саммите НАТО в Вильнюсе.", "Summit") == [
        frozenset({"Иван Петров", "НАТО"})]


def test_one_who_took_no_part_in_a_rally_is_no_protester():
    assert actors_of("Иван Петров не принимал участия в митинге на Болотной площади.",
                     "Protest") == [frozenset()]


def test_one_who_took_part_in_a_rally_is_a_protester():
    assert actors_of("Иван Петров принимал участие в митинге на Болотной площади.",
                     "Protest") == [frozenset({"Иван Петров"})]


def test_a_player_who_will_not_play_in_a_match_is_no_side_of_it():
    assert actors_of("Иван Петров не будет играть за сборную России в матче с Бразилией.",
                     "SportsMatch") == [frozenset({"Бразилия"})]


def test_a_player_out_injured_is_no_side_of_the_match():
    assert actors_of("Иван Петров не сыграет в матче с «Зенитом» из-за травмы.",
                     "SportsMatch") == [frozenset({"Зенит"})]


def test_a_player_who_will_play_in_a_match_is_a_side_of_it():
    assert actors_of("Иван Петров будет играть за сборную России в матче с Бразилией.",
                     "SportsMatch") == [frozenset({"Бразилия", "Иван Петров"})]


def test_an_athlete_who_does_not_compete_is_no_side_of_the_competition():
    got = actors_of("Анна Петрова не принимает участие в соревнованиях из-за травмы.",
                    "SportsMatch")
    assert not any("Анна Петрова" in a for a in got)


def test_those_named_as_taking_no_part_in_a_vote_are_no_voters():
    got = actors_of("В голосовании не приняли участие Иван Петров и Олег Сидоров.", "Election")
    assert not any("Иван Петров" in a for a in got)


def test_one_who_refuses_to_run_in_an_election_is_no_candidate():
    got = actors_of("Иван Петров отказался участвовать в выборах президента.", "Election")
    assert not any("Иван Петров" in a for a in got)


def test_one_who_refuses_to_run_still_refuses():
    assert actors_of("Иван Петров отказался участвовать в выборах президента.",
                     "Rejection") == [frozenset({"Иван Петров"})]


def test_one_barred_from_an_election_is_still_no_candidate():
    got = actors_of("Суд запретил Ивану Петрову участвовать в выборах мэра Казани.", "Election")
    assert not any("Иван Петров" in a for a in got)
