"""A court that is no entity itself acts for the city or country named right after it with `в`
(kg.nlp.ru.event_roles `seat_of_body`, kg/data/ru/seated_bodies.txt), as it does for one in the
genitive (`суд Омска`): `суд в Омске приговорил X` gives Омск as the court's side. A place further
on, a body that is not a court and a court with a name of its own give no such agent."""

from __future__ import annotations

from event_helpers import found


# ---- must fire ----------------------------------------------------------------------------


def test_a_court_in_a_city_that_sentences_someone_acts_for_the_city():
    text = "Суд в Омске приговорил Петра Сомова к пяти годам заключения."
    assert found(text, "Sentence") == [("Actual", frozenset({"Омск"}), frozenset({"Пётр Сомов"}))]


def test_a_court_in_a_country_that_acquits_someone_acts_for_the_country():
    text = "Суд в Германии оправдал Петра Сомова по делу о мошенничестве."
    assert [a for _, a, _ in found(text, "Sentence")] == [frozenset({"Германия"})]


# ---- must not fire ------------------------------------------------------------------------


def test_a_court_in_a_part_of_a_city_does_not_act_for_the_city():
    text = "Суд в центре Омска приговорил Петра Сомова к пяти годам заключения."
    assert found(text, "Sentence") == [("Actual", frozenset(), frozenset({"Пётр Сомов"}))]


def test_a_commission_meeting_in_a_city_does_not_act_for_it():
    text = "Комиссия в Брюсселе обвинила Петра Сомова в мошенничестве."
    assert found(text, "Accusation") == [("Actual", frozenset(), frozenset({"Пётр Сомов"}))]


def test_a_named_court_in_a_city_stays_itself():
    text = "Районный суд в Омске арестовал Петра Сомова."
    assert [a for _, a, _ in found(text, "Arrest")] == [frozenset({"Районный суд"})]
