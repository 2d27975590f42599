"""A passive participle's doer keeps no preposition the parse moved onto it from the noun phrase
the participle opens (`на недавно принятый Конгрессом США закон`: `на` is the law's, hung on
`Конгрессом`); a preposition of the instrumental itself still makes it no doer."""

from __future__ import annotations

from event_helpers import found


def test_a_law_recently_passed_by_a_congress_after_a_preposition_is_the_congress_act():
    text = "Законопроект стал ответом на недавно принятый Конгрессом США закон о торговле."
    assert [a for _, a, _ in found(text, "LawAdoption")] == [frozenset({"Конгресс США"})]


def test_a_decree_signed_by_a_president_after_a_preposition_is_his_act():
    text = "Депутаты говорили о недавно подписанном Владимиром Путиным указе."
    assert [a for _, a, _ in found(text, "LawAdoption")] == [frozenset({"Владимир Путин"})]


def test_a_preposition_of_the_instrumental_itself_still_makes_it_no_doer():
    # `подписанном с X`: signed with X, not by X
    text = "Депутаты говорили об указе, подписанном с Владимиром Путиным."
    assert [a for _, a, _ in found(text, "LawAdoption")
            if a == frozenset({"Владимир Путин"})] == []
