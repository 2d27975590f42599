"""Event factuality, twenty-eighth round (docs/events.md, Factuality): a decision told with its
noun, taken in the past (`принял решение отказать`), performs the acts of leaving, resigning and
refusing as the past `решил` does; a decision still to be taken, or one only possible, does not.
An event noun whose own participle or relative clause tells it happened (`взрывов, прогремевших
в субботу`) took place, whatever suspicion or plan governs it; an act an effort going on is for
(`проводят операцию по поимке X`) is planned."""

from __future__ import annotations

from event_helpers import of_class


def test_a_refusal_decided_with_the_noun_in_the_past_is_actual():
    found = of_class("Краевой суд принял решение отказать Ивану Петрову в отсрочке наказания.",
                     "Rejection")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_resignation_decided_with_the_noun_in_the_past_is_actual():
    found = of_class("Министр Иван Петров принял решение уйти в отставку.", "Resignation")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_decision_noun_before_its_past_verb_still_decides():
    found = of_class("Решение уйти в отставку Иван Петров принял в марте.", "Resignation")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_decision_still_to_be_taken_leaves_the_refusal_open():
    found = of_class("Краевой суд примет решение отказать Ивану Петрову в отсрочке наказания.",
                     "Rejection")
    assert [d.factuality for d in found] == ["Possible"]


def test_a_decision_that_may_be_taken_leaves_the_refusal_open():
    found = of_class("Краевой суд может принять решение отказать Ивану Петрову в отсрочке "
                     "наказания.", "Rejection")
    assert [d.factuality for d in found] == ["Possible"]


def test_a_decision_not_to_resign_negates_the_resignation():
    found = of_class("Министр Иван Петров принял решение не уходить в отставку.", "Resignation")
    assert [d.factuality for d in found] == ["Negated"]


def test_a_decision_taken_to_do_another_act_does_not_report_it_done():
    found = of_class("Генерал Сидоров принял решение открыть огонь по демонстрантам.", "Attack")
    assert [d.factuality for d in found] == ["Possible"]


# ---- an event its own words tell as past --------------------------------------------------------

def test_blasts_a_past_participle_tells_as_past_took_place_under_a_suspicion():
    found = of_class("Иван Петров, подозреваемый в подготовке взрывов, прогремевших в субботу в "
                     "Самаре, задержан полицией.", "Attack")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_blast_its_relative_clause_tells_as_past_took_place_under_a_suspicion():
    found = of_class("Полиция задержала Ивана Петрова, подозреваемого в организации взрыва, "
                     "который прогремел в субботу в Самаре.", "Attack")
    assert [d.factuality for d in found] == ["Actual"]


def test_a_suspected_attack_with_no_words_of_its_own_stays_possible():
    found = of_class("Ивана Петрова подозревают в подготовке теракта в Самаре.", "Attack")
    assert [d.factuality for d in found] == ["Possible"]


def test_a_relative_clause_in_the_conditional_tells_nothing_took_place():
    found = of_class("Премьер может отменить встречу, которая прошла бы в мае.", "Meeting")
    assert [d.factuality for d in found] == ["Possible"]


# ---- what an effort going on is for ------------------------------------------------------------

def test_a_capture_an_operation_going_on_is_for_is_planned():
    found = of_class("Французские силовики проводят операцию по поимке Ивана Петрова.", "Arrest")
    assert [d.factuality for d in found] == ["Planned"]


def test_a_capture_a_special_operation_under_way_is_for_is_planned():
    found = of_class("В Самаре проходит спецоперация по поимке Ивана Петрова.", "Arrest")
    assert [d.factuality for d in found] == ["Planned"]


def test_an_operation_told_as_past_leaves_its_arrest_as_told():
    found = of_class("Полиция провела операцию по задержанию Ивана Петрова.", "Arrest")
    assert [d.factuality for d in found] == ["Actual"]
