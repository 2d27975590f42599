"""Trigger and actor precision, fifteenth round (docs/events.md): an arrest, investigation or
release is the act of the body that announces it only when that body can carry it out (an
`authority` of kg/data/ru/announced_acts.tsv); a rights centre or a foreign ministry that reports
it only passes the news on. `шлем` is the Grand Slam only written as a name (`^большой`) or
beside a tournament, not a big helmet."""

from __future__ import annotations

from event_helpers import agents_targets, described


def test_a_rights_centre_reporting_an_arrest_is_not_its_agent():
    assert agents_targets("Правозащитный центр «Светоч» сообщил о задержании журналиста "
                          "Игоря Ветрова.",
                          "Arrest") == [(frozenset(), frozenset({"Игорь Ветров"}))]


def test_a_foreign_ministry_reporting_its_citizens_arrest_abroad_is_not_its_agent():
    got = agents_targets("Министерство иностранных дел Нарнии сообщило о задержании своего "
                         "гражданина Олега Пахомова в Лилипутии.", "Arrest")
    assert got == [(frozenset(), frozenset({"Олег Пахомов"}))]


def test_the_police_announcing_an_arrest_made_it():
    (got,) = agents_targets("МВД Нарнии сообщило о задержании Олега Пахомова.", "Arrest")
    assert got == (frozenset({"МВД Нарнии"}), frozenset({"Олег Пахомов"}))


def test_investigators_announcing_an_investigation_carry_it_out():
    assert agents_targets("Следственный комитет Нарнии объявил о начале расследования "
                          "гибели рыбаков.", "Investigation") == [
        (frozenset({"Следственный комитет Нарнии"}), frozenset())]


def test_a_dismissal_is_still_the_act_of_any_body_that_announces_it():
    assert agents_targets("Фонд «Светоч» объявил об увольнении директора Игоря Ветрова.",
                          "Resignation") == [
        (frozenset({"Светоч"}), frozenset({"Игорь Ветров"}))]


def test_a_big_helmet_is_no_grand_slam():
    assert not agents_targets("На большом шлеме Олега Пахомова в Сочи остались царапины.",
                              "SportsMatch")
    assert not agents_targets("Гонщика спас большой шлем Олега Пахомова.", "SportsMatch")


def test_the_grand_slam_written_as_a_name_is_a_tournament():
    assert agents_targets("На Большом шлеме в Мельбурне Анна Белова дошла до полуфинала.",
                          "SportsMatch")
    assert agents_targets("Анна Белова стала победительницей Большого шлема в 2015 году.",
                          "SportsMatch")


def test_who_announces_the_day_of_a_farewell_does_not_take_part_in_it():
    got = [e for e in described("Режиссёр Олег Пахомов сообщил о дне прощания с актёром "
                                "Павлом Смирновым.") if e.kind == "Ceremony"]
    assert got and all("Олег Пахомов" not in e.actors for e in got)


def test_a_farewell_that_dates_the_clause_keeps_its_subject():
    got = [e for e in described("В день прощания с актёром Павлом Смирновым режиссёр Олег "
                                "Пахомов прочитал стихи.") if e.kind == "Ceremony"]
    assert got and all("Олег Пахомов" in e.actors for e in got)


def test_who_is_persuaded_to_resign_is_the_one_who_would_resign():
    (got,) = [e for e in described("Администрация президента Нарнии будет убеждать губернатора "
                                   "Олега Пахомова уйти в отставку.") if e.kind == "Resignation"]
    assert got.targets == frozenset({"Олег Пахомов"})


def test_discovering_something_for_oneself_opens_nothing():
    assert not [e for e in described("В 2015 году многие слушатели в Нарнии открыли для себя "
                                     "музыку Олега Пахомова.") if e.kind == "Founding"]
    assert [e for e in described("В 2015 году Олег Пахомов открыл в Сочи ресторан «Светоч».")
            if e.kind == "Founding"]


def test_a_place_made_free_releases_no_one():
    assert not [e for e in described("Тренер клуба Олег Пахомов специально освободил для "
                                     "новичка место в составе.") if e.kind == "ReleaseFromCustody"]
    assert [e for e in described("В 2015 году полиция Нарнии освободила журналиста Олега "
                                 "Пахомова.") if e.kind == "ReleaseFromCustody"]


def test_seeking_ones_own_reelection_is_no_demand():
    assert not [e for e in described("Сенаторы Олег Пахомов и Анна Белова добиваются "
                                     "переизбрания.") if e.kind == "Demand"]
    assert [e for e in described("Нарния добивается от Лилипутии выдачи Олега Пахомова.")
            if e.kind == "Demand"]
