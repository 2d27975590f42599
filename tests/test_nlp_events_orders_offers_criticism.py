"""Events worded as criticism, suspicion, an order, an offer, a founding by `создать`, a signed
decree, a check by investigators, a farewell and an alliance (kg/data/ru/triggers.tsv; docs/events.md
"Event classes")."""

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
    # a proposal is an appeal
    ("Премьер-министр Олег Зимин предложил Игорю Зотову продать компанию.",
     ("Appeal", {"Олег Зимин"}, {"Игорь Зотов"}, set())),
    # an organisation created is founded
    ("В 2015 году Пётр Орлов создал партию «Новый путь».",
     ("Founding", {"Пётр Орлов"}, {"Новый путь"}, set())),
    # a decree that is the subject of `подписан` is adopted, not agreed
    ("Указ подписан президентом Павлом Рыбиным в понедельник.",
     ("LawAdoption", {"Павел Рыбин"}, set(), set())),
    # a check conducted by an investigative body is an investigation
    ("Следственный комитет ведёт проверку в отношении Игоря Зотова.",
     ("Investigation", {"Следственный комитет"}, {"Игорь Зотов"}, set())),
    # an alliance formed is an agreement of its members
    ("Партия «Новый путь» сформировала альянс с движением «Рассвет».",
     ("Agreement", {"Новый путь"}, {"Рассвет"}, set())),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_the_wording_makes_an_event_of_its_class_with_its_actors(text, want):
    kind, agents, targets, others = want
    assert (kind, frozenset(agents), frozenset(targets), frozenset(others)) in described(text)


def test_creating_conditions_names_no_organisation_and_is_no_founding():
    assert not [e for e in events_of("Олег Зимин создал хорошие условия для работы.")
                if e.kind == "Founding"]


def test_a_job_offered_or_a_bill_proposed_is_no_appeal():
    for text in ("Администрация губернатора предлагает Игорю Зотову новую работу.",
                 "Депутат Олег Зимин предложил новый законопроект."):
        assert not [e for e in events_of(text) if e.kind == "Appeal"]


def test_a_farewell_to_the_dead_is_a_planned_ceremony_with_the_dead_as_participant():
    got = [e for e in events_of("Прощание с актёром Игорем Зотовым состоится 5 марта.")
           if e.kind == "Ceremony"]
    assert [(e.others, e.factuality) for e in got] == [(frozenset({"Игорь Зотов"}), "Planned")]
