"""Event participants and times whatever the class, twenty-first round: a former title after a
dated sitting one, (more below). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import described


def _of(kind: str, text: str):
    return [d for d in described(text) if d.kind == kind]


# ---- a former title after a sitting title dated by a year ----------------------------------

def test_a_former_title_after_a_dated_sitting_title_and_a_later_year_is_that_holder():
    found = _of("Arrest", "Президент США Джордж Буш в 2001 году объявил войну терроризму. "
                          "В 2010 году бывший президент США был задержан в Париже.")
    assert [d.targets for d in found] == [{"Джордж Буш"}]


def test_a_former_title_after_an_undated_sitting_title_takes_no_one():
    found = _of("Arrest", "Президент США Джордж Буш объявил войну терроризму. "
                          "В 2010 году бывший президент США был задержан в Париже.")
    assert all("Джордж Буш" not in d.actors for d in found)


def test_a_former_title_with_no_later_year_takes_no_one():
    found = _of("Arrest", "Президент США Джордж Буш в 2001 году объявил войну терроризму. "
                          "Бывший президент США был задержан в Париже.")
    assert all("Джордж Буш" not in d.actors for d in found)


def test_a_former_title_before_the_dated_sitting_one_takes_no_one():
    found = _of("Arrest", "Бывший президент США был задержан в Париже. Президент США Джордж "
                          "Буш в 2001 году объявил войну терроризму, а в 2010 году уехал.")
    assert all("Джордж Буш" not in d.actors for d in found)


def test_a_former_title_of_another_country_takes_no_one():
    found = _of("Arrest", "Президент США Джордж Буш в 2001 году объявил войну терроризму. "
                          "В 2010 году бывший президент Франции был задержан в Париже.")
    assert all("Джордж Буш" not in d.actors for d in found)


def test_two_dated_holders_of_the_title_leave_the_former_one_open():
    found = _of("Arrest", "Президент США Джордж Буш в 2001 году объявил войну, а президент США "
                          "Барак Обама в 2009 году её закончил. В 2010 году бывший президент "
                          "США был задержан в Париже.")
    assert all(not d.actors & {"Джордж Буш", "Барак Обама"} for d in found)
