"""A person dies once (kg/nlp/ru/events.py `one_death`, twenty-eighth round): two Deaths of the
same named people are one event even when the text dates it two ways (a month, then a day in
it); deaths of other people stay apart. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import of_class


def test_a_death_dated_by_month_then_by_day_is_one_death():
    found = of_class("Писатель Иван Котов умер в сентябре 2017 года. Котов ушёл из жизни 28 "
                     "сентября в возрасте 91 года.", "Death")
    assert [d.targets for d in found] == [frozenset({"Иван Котов"})]


def test_a_participle_death_and_the_verb_after_it_are_one_death():
    found = of_class("Наследники писателя Ивана Котова, умершего в сентябре 2017 года, продали "
                     "дом. Котов ушёл из жизни 28 сентября в возрасте 91 года.", "Death")
    assert [d.targets for d in found] == [frozenset({"Иван Котов"})]


def test_deaths_of_two_people_in_two_years_stay_two():
    found = of_class("Писатель Иван Котов умер в 2017 году. Его брат Пётр Котов умер в 2019 году.",
                     "Death")
    assert sorted(sorted(d.targets) for d in found) == [["Иван Котов"], ["Пётр Котов"]]
