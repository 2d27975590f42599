"""A disappearance told by an attributive participle (kg/data/ru/participle_event_kinds.txt,
twenty-eighth round): `пропавший в мае X` tells that X went missing, as `X пропал в мае` does; a
bare participle (`пропавшего туриста X`) stays a description. Sentences invented for the tests."""

from __future__ import annotations

from event_helpers import described


def kinds(text: str, *wanted: str) -> list:
    return [d for d in described(text) if d.kind in wanted]


def test_a_participle_with_its_own_date_tells_the_disappearance_of_its_noun():
    found = kinds("Пропавший в мае турист Олег Смирнов найден живым.", "Disappearance")
    assert [(d.targets, d.factuality) for d in found] == [(frozenset({"Олег Смирнов"}), "Actual")]


def test_a_participle_after_the_name_tells_the_disappearance_too():
    found = kinds("Полиция нашла Олега Смирнова, пропавшего в Омске неделю назад.",
                  "Disappearance")
    assert [d.targets for d in found] == [frozenset({"Олег Смирнов"})]


def test_a_bare_participle_before_the_name_is_a_description():
    assert kinds("Родители пропавшего туриста Олега Смирнова обратились в полицию.",
                 "Disappearance") == []


def test_a_participle_of_goods_gone_from_the_shelves_tells_no_disappearance():
    # a `-` line of `пропасть` (`с прилавков`) and no named noun: nothing went missing
    assert kinds("Пропавшие с прилавков Омска лекарства вернулись в аптеки.",
                 "Disappearance") == []
