"""A title with its territorial adjective (`папа Римский`, `Патриарх Болгарский`) taken up in a
later sentence is the one person named with that title, never its see (kg/nlp/ru/event_roles.py
`entity_of`; docs/events.md)."""

from __future__ import annotations

from event_helpers import of_class


def test_a_territorial_title_in_a_later_sentence_is_the_one_named_with_it():
    births = of_class(
        "Папа Римский Лев посетил Бразилию. Президент Бразилии Анна Соуза встретила гостя в "
        "аэропорту. 70-летний папа Римский родился в Чикаго.", "Birth")
    assert [b.targets for b in births] == [frozenset({"Лев"})]


def test_a_territorial_title_after_two_of_its_holders_stays_unresolved():
    births = of_class(
        "Папа Римский Лев прибыл в Рим. Папа Римский Пий встретил его в аэропорту. "
        "70-летний папа Римский родился в Чикаго.", "Birth")
    assert all(not b.targets and not b.agents for b in births)


def test_a_territorial_title_with_no_holder_named_is_not_its_see():
    births = of_class(
        "Паломники приехали в Рим на праздник. 70-летний папа Римский родился в Чикаго.",
        "Birth")
    assert all(not b.targets and not b.agents for b in births)
