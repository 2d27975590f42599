"""Events worded as a signed decree, a renewed contract or an alliance, a farewell, leaving the
throne, and an accusation aimed `в адрес` someone (kg/data/ru/triggers.tsv;
docs/events.md "Event classes")."""

from __future__ import annotations

import pytest
from event_helpers import described as events_of


def described(text: str) -> list[tuple]:
    """Each event as (class, agent names, target names, other participant names)."""
    return [(d.kind, d.agents, d.targets, d.others) for d in events_of(text)]


CASES = [
    # a decree that is the subject of `подписан` is adopted, not agreed
    ("Указ подписан президентом Павлом Рыбиным в понедельник.",
     ("LawAdoption", {"Павел Рыбин"}, set(), set())),
    # leaving the throne is an abdication
    ("Король Карл IV покинет престол 1 мая.", ("Resignation", set(), {"Карл IV"}, set())),
    # an alliance formed, a contract concluded are agreements of their parties
    ("Партия «Новый путь» сформировала альянс с движением «Рассвет».",
     ("Agreement", {"Новый путь"}, {"Рассвет"}, set())),
    # `в адрес X` parsed under its own noun `адрес` still names whom the accusation is aimed at
    ("Министр культуры Анна Белова выступила с обвинениями в адрес режиссёра Игоря Зотова.",
     ("Accusation", {"Анна Белова"}, {"Игорь Зотов"}, set())),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_the_wording_makes_an_event_of_its_class_with_its_actors(text, want):
    kind, agents, targets, others = want
    assert (kind, frozenset(agents), frozenset(targets), frozenset(others)) in described(text)


def test_a_renewed_contract_is_an_agreement_of_who_renews_it():
    got = [e for e in events_of("Компания «Ромашка» перезаключила договор с Олегом Зиминым.")]
    assert [e.kind for e in got] == ["Agreement"] and "Ромашка" in got[0].actors


def test_a_signed_agreement_stays_an_agreement():
    assert [e.kind for e in events_of("Иван Громов и Олег Зимин подписали соглашение.")] == \
        ["Agreement"]


def test_a_farewell_to_the_dead_is_a_planned_ceremony_with_the_dead_as_participant():
    got = [e for e in events_of("Прощание с актёром Игорем Зотовым состоится 5 марта.")
           if e.kind == "Ceremony"]
    assert [(e.others, e.factuality) for e in got] == [(frozenset({"Игорь Зотов"}), "Planned")]
