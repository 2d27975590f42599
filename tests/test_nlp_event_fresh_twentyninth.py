"""Classes read off the fresh readable golds dev14/ and dev15/ (twenty-ninth round; docs/events.md):
a death noun whose victims are counted but not named is a Death, and a law told adopted by a
participle beside it, with the adopting body, is a LawAdoption."""

from __future__ import annotations

from event_helpers import described, kinds


def test_a_death_noun_with_a_number_of_people_is_a_death():
    assert kinds("Спасатели сообщили о гибели 14 человек.") == ["Death"]


def test_a_death_noun_with_more_than_a_number_of_people_is_a_death():
    assert kinds("Губернатор сообщил о гибели более двадцати человек.") == ["Death"]


def test_a_death_noun_with_counted_policemen_is_a_death():
    assert kinds("Пресс-служба сообщила о смерти трёх полицейских.") == ["Death"]


def test_a_death_noun_with_a_count_noun_of_people_is_a_death():
    assert kinds("Министерство сообщило о гибели десятков людей.") == ["Death"]


def test_a_death_noun_with_uncounted_people_is_no_death():
    assert "Death" not in kinds("Министерство сообщило о гибели людей.")


def test_a_death_noun_with_a_threshold_of_a_law_is_no_death():
    assert "Death" not in kinds("Статья предусматривает наказание за нарушение, повлекшее смерть "
                                "двух и более человек.")


def test_a_possible_death_of_counted_people_is_no_death():
    assert "Death" not in kinds("Пожар мог привести к гибели десятков людей.")


def test_a_law_adopted_by_a_named_chamber_told_by_a_participle_is_a_law_adoption():
    events = [e for e in described(
        "Напомним, что принятый Сенатом закон о пенсиях вызвал протесты.")
        if e.kind == "LawAdoption"]
    assert [e.agents for e in events] == [frozenset({"Сенат"})]


def test_a_resolution_adopted_by_a_named_council_told_by_a_participle_is_a_law_adoption():
    assert "LawAdoption" in kinds("Резолюция, принятая Советом Безопасности ООН, осуждает удары по "
                                  "городам.")


def test_a_document_adopted_with_no_one_named_is_no_law_adoption():
    assert "LawAdoption" not in kinds("Согласно принятому документу, процесс займёт три года.")


def test_a_package_adopted_told_bare_is_no_law_adoption():
    assert "LawAdoption" not in kinds("В рамках принятого пакета мер министерство выделит деньги.")


def test_a_decision_adopted_by_a_court_is_no_law_adoption():
    assert "LawAdoption" not in kinds("Он оспорил решение, принятое Верховным судом России.")


def test_a_law_adopted_told_by_a_participle_before_the_passive_that_approves_it_is_two_acts():
    # the tagger reads `закон` as the accusative subject of the passive and its participle as
    # nominative: for an inanimate masculine noun the two cases are one form
    events = [e for e in described(
        "Напомним, что принятый Сенатом «закон о земле», запрещающий продажу участков "
        "иностранцам, одобрен губернатором.") if e.kind == "LawAdoption"]
    assert frozenset({"Сенат"}) in [e.agents for e in events]
