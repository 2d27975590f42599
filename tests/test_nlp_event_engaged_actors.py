"""A noun trigger whose actor is the subject of a verb that takes up, prepares or is busy with its
act (`приступило к расследованию`, `занимается расследованием`, `готовится к празднованию`), or of a
verb of taking part (`участвовала в чемпионате`, `оштрафован за участие в митинге`)
(kg/nlp/ru/event_roles.py `engaged`, `participants_of`; kg/data/ru/engage_verbs.tsv)."""

from __future__ import annotations

from event_helpers import actors_of


def test_a_body_that_takes_up_an_investigation_conducts_it():
    assert actors_of("Министерство юстиции Латвии приступило к расследованию гибели журналиста.",
                     "Investigation") == [frozenset({"Министерство юстиции Латвии"})]


def test_a_body_busy_with_an_investigation_conducts_it():
    got = actors_of("Федеральное бюро расследований занято расследованием кражи картин "
                    "из музея.", "Investigation")
    assert got and all("Федеральное бюро расследований" in a for a in got)


def test_a_team_that_took_part_in_a_championship_plays_in_it():
    assert actors_of("Сборная Чили участвовала в чемпионате мира в 1998 году.", "SportsMatch") == [
        frozenset({"Чили"})]


def test_one_fined_for_taking_part_in_a_rally_took_part_in_it():
    assert actors_of("Фермер Олег Рябинин был оштрафован за участие в митинге.", "Protest") == [
        frozenset({"Олег Рябинин"})]


def test_someone_elses_part_in_a_rally_is_not_the_subjects():
    # the son took part, not the father who speaks of it
    got = actors_of("Фермер Олег Рябинин рассказал об участии своего сына в митинге.", "Protest")
    assert all("Олег Рябинин" not in a for a in got)


def test_an_act_outside_the_verbs_phrase_is_not_taken_up():
    # `приступил к работе после убийства`: he took up work, not the killing
    got = actors_of("Адвокат Олег Рябинин приступил к работе после убийства своего коллеги.",
                    "Murder")
    assert all("Олег Рябинин" not in a for a in got)


def test_who_makes_an_attempt_at_an_act_does_it():
    got = actors_of("Спецназ Чили предпринял попытку штурма здания.", "Attack")
    assert got == [frozenset({"Спецназ Чили"})]


def test_who_repels_an_attempt_does_not_make_it():
    got = actors_of("Спецназ Чили отбил попытку штурма здания.", "Attack")
    assert all("Спецназ Чили" not in a for a in got)
