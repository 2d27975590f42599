"""A suspicion told by a present passive participle with words of its own beside a named person
(kg/data/ru/present_participle_event_kinds.txt, twenty-ninth round): `X, подозреваемый в краже`
is the Accusation of X, as `X подозревают в краже` is; a participle used as a noun, one bare
before its noun, and present passives of other classes stay no event. Sentences invented for the
tests."""

from __future__ import annotations

from event_helpers import described, of_class


def test_a_suspect_participle_after_the_name_tells_the_accusation():
    found = of_class("По данным следствия, Иван Котов, подозреваемый в краже картин, купил "
                     "билет в Минск.", "Accusation")
    assert [(d.targets, d.factuality) for d in found] == [(frozenset({"Иван Котов"}), "Actual")]


def test_a_suspect_participle_in_the_genitive_tells_the_accusation():
    found = of_class("Полиция ищет Ивана Котова, подозреваемого в поджоге склада в Омске.",
                     "Accusation")
    assert [d.targets for d in found] == [frozenset({"Иван Котов"})]


def test_a_suspect_participle_used_as_a_noun_tells_no_accusation():
    assert of_class("Отпечатки пальцев подозреваемого нашли на ручке двери.", "Accusation") == []


def test_a_suspect_participle_before_the_name_tells_no_accusation():
    assert of_class("Подозреваемый в краже картин Иван Котов купил билет в Минск.",
                    "Accusation") == []


def test_a_present_passive_of_an_unlisted_class_tells_no_event():
    # `задерживаемый` describes what keeps happening to him; the past `задержанный` tells an arrest
    found = described("Иван Котов, задерживаемый полицией Омска уже третий раз, вылетел в Минск.")
    assert [d.kind for d in found if d.kind == "Arrest"] == []
