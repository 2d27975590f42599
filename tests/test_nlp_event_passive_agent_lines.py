"""The Rejection, Accusation and SportsMatch verbs told in the passive name their doer in the bare
instrumental (kg/data/ru/triggers.tsv, agent `nsubj,ins`): `предложение было отклонено X-ом`,
`X был обвинён Y-ом`, `X был обыгран Y-ом` (and the one beaten is the passive's subject). The
active verb keeps its subject; an instrumental of means is no doer."""

from __future__ import annotations

from event_helpers import found

# ---- must fire ----------------------------------------------------------------------------


def test_a_proposal_rejected_by_a_country_is_that_countrys_rejection():
    text = "Предложение Украины было отклонено Россией."
    assert found(text, "Rejection") == [("Actual", frozenset({"Россия"}),
                                         frozenset({"Украина"}))]


def test_a_bill_rejected_by_a_parliament_is_the_parliaments_rejection():
    text = "Законопроект был отклонён Государственной думой."
    assert [a for _, a, _ in found(text, "Rejection")] == [frozenset({"Государственная дума"})]


def test_a_man_accused_by_a_prosecutors_office_is_accused_by_it():
    text = "Пётр Волков был обвинён прокуратурой Омска в краже."
    assert found(text, "Accusation") == [("Actual", frozenset({"Прокуратура Омска"}),
                                          frozenset({"Пётр Волков"}))]


def test_a_film_criticised_by_a_critic_is_his_criticism():
    text = "Фильм был раскритикован Иваном Орловым."
    assert [a for _, a, _ in found(text, "Accusation")] == [frozenset({"Иван Орлов"})]


def test_a_team_beaten_by_another_is_the_winners_match_against_it():
    text = "«Зенит» был обыгран «Спартаком» со счётом 2:1."
    assert found(text, "SportsMatch") == [("Actual", frozenset({"Спартак"}),
                                           frozenset({"Зенит"}))]


# ---- must not change ----------------------------------------------------------------------


def test_the_active_verb_keeps_its_subject_as_the_one_who_rejects():
    text = "Россия отклонила предложение Украины о перемирии."
    assert found(text, "Rejection") == [("Actual", frozenset({"Россия"}),
                                         frozenset({"Украина"}))]


def test_an_instrumental_of_means_under_an_active_verb_is_no_accuser():
    text = "Жители Омска обвинили Ивана Орлова письмом в краже."
    assert [a for _, a, _ in found(text, "Accusation")] == [frozenset()]


def test_a_victory_at_an_election_stays_an_election():
    text = "Пётр Волков победил на выборах мэра Омска."
    assert found(text, "SportsMatch") == []
