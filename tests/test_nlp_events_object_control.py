"""The infinitive of an object-control verb is done by the verb's object (`вынудили X бежать`),
and took place when the verb says so (kg/data/ru/control_verbs.tsv; docs/events.md)."""

from __future__ import annotations

from event_helpers import described


def test_the_object_of_a_forcing_verb_does_its_infinitive_and_it_took_place():
    got = [(e.kind, e.agents, e.factuality) for e in described(
        "Мятежники вынудили губернатора Ивана Петрова бежать из города.")]
    assert got == [("Escape", frozenset({"Иван Петров"}), "Actual")]


def test_an_infinitive_coordinated_with_the_forced_one_has_the_same_doer():
    got = [(e.kind, e.agents, e.factuality) for e in described(
        "Мятежники вынудили губернатора Ивана Петрова бежать из города и попросить убежища.")]
    assert ("Appeal", frozenset({"Иван Петров"}), "Actual") in got


def test_the_dative_of_a_helping_verb_does_its_infinitive():
    got = [(e.kind, e.agents) for e in described(
        "Министр Олег Зимин помог брату Ивану Зимину бежать из тюрьмы.")]
    assert got == [("Escape", frozenset({"Иван Зимин"}))]


def test_an_act_only_permitted_stays_possible():
    got = [(e.agents, e.factuality)
           for e in described("Суд разрешил Ивану Зимину покинуть страну.")]
    assert got == [(frozenset({"Иван Зимин"}), "Possible")]
