"""Communicative acts the ontology has classes for: criticism and suspicion (Accusation), orders
(Demand) and proposals (Appeal), each of whom it is aimed at (kg/data/ru/triggers.tsv;
docs/events.md "Event classes")."""

from __future__ import annotations

import pytest
from event_helpers import described as events_of


def described(text: str) -> list[tuple]:
    """Each event as (class, agent names, target names, other participant names)."""
    return [(d.kind, d.agents, d.targets, d.others) for d in events_of(text)]


CASES = [
    # criticism voiced is an accusation of whom it is aimed at
    ("Депутат Олег Смирнов раскритиковал министра финансов Петра Орлова.",
     ("Accusation", {"Олег Смирнов"}, {"Пётр Орлов"}, set())),
    ("Министр культуры Анна Белова выступила с критикой в адрес режиссёра Игоря Зотова.",
     ("Accusation", {"Анна Белова"}, {"Игорь Зотов"}, set())),
    ("Министр Анна Белова заподозрила бизнесмена Олега Зимина в мошенничестве.",
     ("Accusation", {"Анна Белова"}, {"Олег Зимин"}, set())),
    # an order given is a demand of whom it is given to
    ("Губернатор Павел Рыбин поручил мэру Ивану Громову отремонтировать мост.",
     ("Demand", {"Павел Рыбин"}, {"Иван Громов"}, set())),
    ("Мэр Иван Громов дал распоряжение закрыть рынок.", ("Demand", {"Иван Громов"}, set(), set())),
    ("Генерал Павел Рыбин отдал приказ об отступлении.", ("Demand", {"Павел Рыбин"}, set(), set())),
    # a proposal is an appeal to whom it is made
    ("Премьер-министр Олег Зимин предложил Игорю Зотову продать компанию.",
     ("Appeal", {"Олег Зимин"}, {"Игорь Зотов"}, set())),
    ("Депутат Анна Белова предложила, чтобы Олег Зимин возглавил комиссию.",
     ("Appeal", {"Анна Белова"}, set(), set())),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_the_wording_makes_an_event_of_its_class_with_its_actors(text, want):
    kind, agents, targets, others = want
    assert (kind, frozenset(agents), frozenset(targets), frozenset(others)) in described(text)


@pytest.mark.parametrize("text", [
    "Администрация губернатора предлагает Игорю Зотову новую работу.",
    "Депутат Олег Зимин предложил новый законопроект.",
    "Партия «Новый путь» предложила кандидатуру Анны Беловой.",
    "Фонд «Рассвет» предлагает награду за помощь следствию.",
])
def test_a_thing_offered_a_job_a_bill_a_candidate_a_reward_is_no_appeal(text):
    assert not [e for e in events_of(text) if e.kind == "Appeal"]
