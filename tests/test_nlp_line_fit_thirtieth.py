"""Being brought before a court told with another court noun (thirtieth round, none30): the
`предстать` line asked for `суд` alone, so `предстанут перед судьёй`, `перед трибуналом` and
`перед правосудием` fitted no line. They are the same Trial of the one brought, with the
factuality the verb gives; an audience or the cameras one appears before stay no event.
Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described


def trials(text: str) -> list:
    return [(d.targets, d.factuality) for d in described(text) if d.kind == "Trial"]


def test_brought_before_a_judge_is_a_planned_trial():
    assert trials("Иван Котов предстанет перед судьёй в субботу.") == [
        (frozenset({"Иван Котов"}), "Planned")]


def test_brought_before_a_tribunal_is_a_trial():
    assert trials("Анна Белова предстала перед трибуналом в Гааге.") == [
        (frozenset({"Анна Белова"}), "Actual")]


def test_brought_to_justice_is_a_trial():
    assert trials("Иван Котов предстанет перед правосудием.") == [
        (frozenset({"Иван Котов"}), "Planned")]


def test_not_brought_before_a_judge_is_a_negated_trial_as_before_a_court():
    assert trials("Иван Котов не предстал перед судьёй.") == [
        (frozenset({"Иван Котов"}), "Negated")]


def test_appearing_before_an_audience_is_no_trial():
    assert trials("Анна Белова впервые предстала перед публикой в Омске.") == []


def test_appearing_before_the_cameras_is_no_trial():
    assert trials("Иван Котов предстал перед камерами в новом костюме.") == []
