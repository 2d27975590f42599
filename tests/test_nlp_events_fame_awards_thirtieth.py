"""A star on a walk of fame received and a place in a hall of fame given are an Award of the one
honoured (tests/gold-nerel/README.md: `a star on a walk of fame is an Award, like entry to a hall
of fame`); being a member of a hall of fame is a title held, no act (docs/events.md). The sentences
are invented for the tests."""

from __future__ import annotations

from event_helpers import described


def _awards(text: str) -> list[frozenset[str]]:
    return [e.targets for e in described(text, None) if e.kind == "Award"]


def test_a_star_on_a_walk_of_fame_received_is_an_award_of_its_holder():
    assert _awards("Актёр Иван Котов получил свою звезду на Аллее славы в Голливуде.") == [
        frozenset({"Иван Котов"})]


def test_being_included_in_a_hall_of_fame_is_an_award():
    assert _awards("В 2012 году Иван Котов был включён в Зал славы Интернета.") == [
        frozenset({"Иван Котов"})]


def test_being_inducted_into_a_hall_of_fame_is_an_award():
    assert _awards("Иван Котов введён в Зал славы хоккея.") == [frozenset({"Иван Котов"})]


def test_a_star_of_a_hero_received_is_an_award():
    assert _awards("Лётчик Иван Котов получил звезду Героя России.") == [
        frozenset({"Иван Котов"})]


def test_being_a_member_of_a_hall_of_fame_is_no_award():
    assert _awards("Иван Котов входит в Зал славы хоккея.") == []


def test_a_hall_of_glory_put_in_an_exhibition_is_no_award():
    assert _awards("Музей включил в экспозицию зал воинской славы.") == []
