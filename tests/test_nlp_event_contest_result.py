"""A contest's participant named through the result they took (kg.nlp.ru.event_roles
`result_verb`, kg/data/ru/contest_result_nouns.txt and contest_result_verbs.txt): an event noun
that hangs on a ranked place, a prize, a medal, a title or votes that are the object of a verb of
taking or winning them has that verb's subject among its participants (`занял третье место на
выборах`, `получил главный приз кинофестиваля`, `набрал 20 % голосов на выборах`). A place
nothing ranks, a verb of giving and an event noun with no such result give no one."""

from __future__ import annotations

from event_helpers import actors_of

# ---- must fire ----------------------------------------------------------------------------


def test_one_who_took_third_place_in_a_competition_took_part_in_it():
    text = "Пётр Сомов занял третье место в соревнованиях по стрельбе."
    assert actors_of(text, "SportsMatch") == [frozenset({"Пётр Сомов"})]


def test_one_who_took_second_place_in_a_pageant_took_part_in_it():
    text = "Анна Белова заняла второе место в конкурсе красоты в Омске."
    assert actors_of(text, "Performance") == [frozenset({"Анна Белова"})]


def test_one_who_came_third_in_an_election_ran_in_it():
    text = "Пётр Сомов занял третье место на выборах мэра Омска."
    assert actors_of(text, "Election") == [frozenset({"Пётр Сомов"})]


def test_one_who_won_a_festival_prize_took_part_in_the_festival():
    text = "Пётр Сомов получил главный приз кинофестиваля в Омске."
    assert actors_of(text, "Performance") == [frozenset({"Пётр Сомов"})]


def test_one_who_got_a_share_of_the_votes_ran_in_the_election():
    text = "Пётр Сомов получил 20 % голосов на выборах мэра Омска."
    assert actors_of(text, "Election") == [frozenset({"Пётр Сомов"})]


# ---- must not fire ------------------------------------------------------------------------


def test_one_who_visited_the_place_of_an_attack_took_no_part_in_it():
    text = "Пётр Сомов посетил место теракта в Омске."
    assert actors_of(text, "Attack") == [frozenset()]


def test_a_jury_that_handed_over_a_festival_prize_is_no_contestant():
    text = "Жюри вручило Петру Сомову главный приз кинофестиваля в Омске."
    assert actors_of(text, "Performance") == [frozenset()]
