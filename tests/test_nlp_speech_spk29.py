"""Reported speech, twenty-ninth round: a converb of a verb of opinion or attitude (`посчитав,
что …`, `считая, что …`, `надеясь, что …`) gives the reason for the act of its clause, a thought
the narrator ascribes, so it is no statement; converbs of saying (`заявив`, `выразив надежду`)
and the finite verbs of opinion (`считает, что …`, `…, полагает X`) stay statements. Every
sentence is written for these tests."""

from __future__ import annotations

from speech_helpers import said


def test_a_converb_of_considering_after_an_act_is_no_statement():
    text = "Депутат Иван Петров снял свою кандидатуру, посчитав, что добился своего."
    assert said(text) == []


def test_a_converb_of_believing_after_a_refusal_is_no_statement():
    text = "Министр Иван Петров отказался от участия в выборах, считая, что это навредит партии."
    assert said(text) == []


def test_a_converb_of_believing_set_before_the_act_is_no_statement():
    text = "Министр Иван Петров, полагая, что налоги не вырастут, выступил против реформы."
    assert said(text) == []


def test_a_converb_of_hoping_is_no_statement():
    text = "Министр Иван Петров уехал в Москву, надеясь, что встреча состоится."
    assert said(text) == []


def test_a_converb_of_a_crew_judging_a_passenger_drunk_is_no_statement():
    text = "Экипаж самолёта не вызвал врача к писателю Ивану Петрову, посчитав, что он был пьян."
    assert said(text) == []


def test_a_converb_of_saying_still_gives_a_statement():
    text = "Министр Иван Петров ушёл в отставку, заявив, что не согласен с решением."
    assert said(text) == [("Иван Петров", None, False, "не согласен с решением")]


def test_a_converb_of_expressing_hope_still_gives_a_statement():
    text = "Министр Иван Петров покинул пост, выразив надежду, что преемник продолжит реформы."
    assert said(text) == [("Иван Петров", None, False, "преемник продолжит реформы")]


def test_a_finite_verb_of_opinion_with_a_that_clause_still_gives_a_statement():
    text = "Министр Иван Петров считает, что налоги не вырастут."
    assert said(text) == [("Иван Петров", None, False, "налоги не вырастут")]


def test_an_inverted_verb_of_opinion_still_gives_a_statement():
    text = "Налоги не вырастут, полагает министр Иван Петров."
    assert said(text) == [("Иван Петров", None, False, "Налоги не вырастут")]
