"""An appointment or election told by an attributive participle (`X, назначенный губернатором`,
`избранный мэром Y`) is no event: Appointment and Election are not in
kg/data/ru/participle_event_kinds.txt, as NEREL marks few of them (thirty-fourth round: 1 of 4
on the studied nerel-dev articles) and the readable golds none; the participle describes the
person by the post held. The finite verb still tells the act. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import of_class


def test_an_appointment_participle_with_its_decree_tells_no_appointment():
    assert of_class("Иван Петров, назначенный губернатором Омской области указом президента, "
                    "провёл первое совещание.", "Appointment") == []


def test_an_election_participle_with_its_date_tells_no_election():
    assert of_class("Олег Зимин, избранный мэром Омска в сентябре, посетил больницу.",
                    "Election") == []


def test_a_recently_appointed_minister_before_his_name_tells_no_appointment():
    assert of_class("Недавно назначенный министр финансов Олег Зимин посетил Омск.",
                    "Appointment") == []


def test_the_finite_passive_still_tells_the_appointment():
    found = of_class("Указом президента Иван Петров назначен губернатором Омской области.",
                     "Appointment")
    assert [d.targets for d in found] == [frozenset({"Иван Петров"})]


def test_the_finite_verb_still_tells_the_election():
    found = of_class("В сентябре Олега Зимина избрали мэром Омска.", "Election")
    assert [d.targets for d in found] == [frozenset({"Олег Зимин"})]
