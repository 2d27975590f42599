"""Participants the twenty-seventh round reads (docs/events.md, "Actors the trigger's own words
do not give"): a coordinated verb whose head in the parse is of another gender takes the subject
of the earlier verb that agrees with it; a shot at a part of a person (`в спину`) named in the
dative is aimed at that person."""

from __future__ import annotations

from event_helpers import found


def test_a_coordinated_verb_hung_on_a_verb_of_another_gender_takes_the_agreeing_verbs_subject():
    got = found("Пьер Ламбер пропустил решающую игру. Если бы Франция вышла в финал чемпионата, "
                "а не проиграла сборной Бельгии по пенальти, то он бы принял участие в матче.",
                "SportsMatch")
    assert ("Negated", frozenset({"Бельгия"}), frozenset({"Франция"})) in got
    assert not any("Пьер Ламбер" in targets for _, _, targets in got)


def test_a_coordinated_verb_after_a_copula_takes_the_subject_of_the_copulas_predicate():
    got = found("Олег Рябов был директором завода с 2001 по 2015 год и подал в отставку после "
                "того, как прокуратура попросила губернатора его уволить.", "Resignation")
    assert [targets for _, _, targets in got] == [frozenset({"Олег Рябов"})]


def test_a_shot_at_a_part_of_a_person_named_in_the_dative_is_aimed_at_that_person():
    got = found("Иван Белов стрелял в голову Олегу Рябову.", "Attack")
    assert [targets for _, _, targets in got] == [frozenset({"Олег Рябов"})]


def test_a_part_of_a_person_no_one_owns_names_no_target():
    got = found("Иван Белов выстрелил в голову охраннику.", "Attack")
    assert [targets for _, _, targets in got] == [frozenset()]
