"""Lines that fit no wording of their class, thirtieth round (none30). Being brought before a
judge, a tribunal or justice is the Trial that `предстать перед судом` is, with the factuality
the verb gives; an audience or the cameras one appears before stay no event. A contract, treaty
or agreement extended is an Agreement, one not extended a Rejection. Sentences invented for the
tests."""

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


# A contract extended (`продлить контракт`, `договор`, `соглашение`): the lemma's only lines were
# of sanctions, so a club's extended contract fitted none. It is the Agreement that
# `перезаключить` is; one not extended is the Rejection that `решила не продлевать договор` is.


def kinds(text: str) -> list:
    return [(d.kind, d.actors, d.factuality) for d in described(text)
            if d.kind in ("Agreement", "Rejection")]


def test_a_contract_extended_with_a_coach_is_an_agreement():
    assert kinds("«Спартак» продлил контракт с Иваном Котовым на два года.") == [
        ("Agreement", frozenset({"Спартак", "Иван Котов"}), "Actual")]


def test_a_treaty_extended_by_two_countries_is_an_agreement():
    assert kinds("Россия и Китай продлили договор о дружбе.") == [
        ("Agreement", frozenset({"Россия", "Китай"}), "Actual")]


def test_a_contract_not_extended_is_a_rejection():
    assert kinds("«Спартак» не продлил контракт с Иваном Котовым.") == [
        ("Rejection", frozenset({"Спартак", "Иван Котов"}), "Actual")]


def test_a_contract_not_extended_in_the_passive_is_a_rejection_not_a_disagreement():
    # the passive's subject is the thing turned down, as an object is (events.py `disagrees`)
    assert kinds("С Иваном Котовым не был продлён контракт.") == [
        ("Rejection", frozenset({"Иван Котов"}), "Actual")]


def test_disagreeing_with_someone_stays_no_rejection():
    assert kinds("Иван Котов не согласился с Анной Беловой.") == []


def test_an_arrest_term_extended_is_no_agreement():
    assert kinds("Суд продлил срок ареста Ивану Котову.") == []


def test_a_visa_extended_is_no_agreement():
    assert kinds("Иван Котов продлил визу в Омске.") == []


def test_a_contract_extended_with_no_one_named_is_no_event():
    assert kinds("Контракт был продлён.") == []
