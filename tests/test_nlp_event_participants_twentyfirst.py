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


# ---- a `когда` clause right after a time expression ---------------------------------------

def test_a_when_clause_after_a_date_takes_that_date():
    found = _of("Arrest", "Иван Петров жил в Москве до 2015 года, когда его арестовали.")
    assert [d.year for d in found] == [2015]


def test_a_when_clause_after_a_starting_year_takes_that_year():
    found = _of("Resignation", "Рауль Кастро возглавляет страну с 2008 года, когда с должности "
                               "ушёл его брат Фидель Кастро.")
    assert [d.year for d in found] == [2008]


def test_a_when_clause_with_no_time_before_it_takes_none():
    found = _of("Arrest", "Неизвестно, когда Иван Петров будет арестован.")
    assert [d.year for d in found] == [None]


def test_a_when_clause_after_a_conjunction_takes_no_earlier_time():
    found = _of("Arrest", "Иван Петров уехал в Москву в 2015 году, а когда его арестовали, "
                          "Анна Белова подала в отставку.")
    assert [d.year for d in found] == [None]


def test_a_when_clause_in_the_next_sentence_takes_no_time():
    found = _of("Arrest", "Иван Петров жил в Москве в 2015 году. Когда его арестовали, Анна "
                          "Белова подала в отставку.")
    assert [d.year for d in found] == [None]


def test_a_when_clause_after_a_subject_takes_no_time_of_its_own():
    found = _of("Arrest", "В 1998 году Иван Петров, когда его арестовали, был мэром.")
    assert [d.year for d in found] == [None]


# ---- names set off after a subject counted by a numeral -----------------------------------

def test_names_after_a_counted_subject_are_all_its_members():
    found = _of("Death", "Первые два лидера движения, Иван Петров и Олег Белов, погибли в "
                         "2009 году.")
    assert [d.targets for d in found] == [{"Иван Петров", "Олег Белов"}]


def test_three_names_after_a_counted_passive_subject_are_all_taken():
    found = _of("Resignation", "Три депутата, Иван Петров, Олег Белов и Анна Смирнова, подали в "
                               "отставку.")
    assert [d.targets for d in found] == [{"Иван Петров", "Олег Белов", "Анна Смирнова"}]


def test_one_counted_name_takes_no_later_subject():
    found = _of("Death", "Один лидер движения, Иван Петров, погиб в 2009 году, а Олег Белов "
                         "уехал.")
    assert [d.targets for d in found] == [{"Иван Петров"}]


def test_names_of_another_clause_after_a_counted_subject_are_not_taken():
    found = _of("Death", "Два лидера движения погибли, Иван Петров и Олег Белов уехали в Москву.")
    assert all(not d.targets & {"Иван Петров", "Олег Белов"} for d in found)


def test_a_counted_noun_under_a_preposition_gives_no_subject():
    found = described("После гибели двух лидеров движения Иван Петров и Олег Белов уехали в "
                      "Москву.")
    assert all(d.kind != "Death" or not d.targets for d in found)
