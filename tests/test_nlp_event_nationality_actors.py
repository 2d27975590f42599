"""A singular nationality noun (`испанец`, `австралийца`; kg/data/ru/demonyms.tsv) refers back to
the person the article introduced with that country's adjective (`испанский певец X`), of the
gender the noun names; with no such person it is read as any person noun would be, which
names no one here (kg/nlp/ru/reference.py `national`)."""

from __future__ import annotations

from event_helpers import described


def test_a_nationality_noun_is_the_person_introduced_with_the_adjective():
    got = [(e.kind, e.agents, e.targets) for e in described(
        "Испанский певец Хуан Морено дал концерт в Туле. Позже испанец женился на актрисе Марии Лопес.")
        if e.kind == "Marriage"]
    assert got == [("Marriage", frozenset({"Хуан Морено"}), frozenset({"Мария Лопес"}))]


def test_an_oblique_nationality_noun_is_the_one_sought():
    got = [(e.kind, e.actors) for e in described(
        "Австралийский журналист Питер Харт задержан в Лондоне. "
        "Франция добивается выдачи 40-летнего австралийца.") if e.kind == "Demand"]
    assert got == [("Demand", frozenset({"Франция", "Питер Харт"}))]


def test_the_gender_of_the_noun_must_fit():
    got = [e.actors for e in described(
        "Американская актриса Анна Смит прибыла в Москву. Американец встретился с Павлом Ложкиным.")]
    assert all("Анна Смит" not in a for a in got)
    got = [e.actors for e in described(
        "Американская актриса Анна Смит прибыла в Москву. Американка встретилась с Павлом Ложкиным.")]
    assert got == [frozenset({"Анна Смит", "Павел Ложкин"})]


def test_a_person_of_another_nation_is_not_meant():
    got = [e.actors for e in described(
        "Испанский певец Хуан Морено дал концерт в Туле. Позже француз женился на актрисе Марии Лопес.")
        if e.kind == "Marriage"]
    assert all("Хуан Морено" not in a for a in got)
