"""The headline's act and the lead's telling of it, apart in the extractor only because one actor
was named two ways, when the lead names more than the headline had room for (`Полиция Лимании
арестовала двух человек` … `лиманская полиция арестовала Ивана Петрова`): once the names are
joined (kg.link.identity `join_retold`), the headline's act takes the lead's actors and keeps the
lead's words among its mentions. Never another class, factuality or role, a telling past the lead,
or two the extractor already saw with those actors and kept apart."""

from __future__ import annotations

from kg.link.identity import join_retold
from kg.records import Event, Span

_TEXT = ("Полиция Лимании арестовала двух человек\n\n"
         "Лиманская полиция арестовала Ивана Петрова и его брата. Их задержали в пятницу.\n\n"
         "Позже полиция арестовала Олега Сидорова.")


def _at(word: str, nth: int) -> Span:
    start = -1
    for _ in range(nth):
        start = _TEXT.index(word, start + 1)
    return Span(start, start + len(word), word)


def _arrest(key: str, nth: int, agents: tuple[str, ...], targets: tuple[str, ...] = (),
            kind: str = "Arrest", factuality: str = "Actual") -> Event:
    return Event(key, kind, _at("арестовала", nth), agents=agents, targets=targets,
                 factuality=factuality)


def _joined(before: list[Event], after: list[Event]) -> list[Event]:
    return list(join_retold(tuple(before), tuple(after), _TEXT))


def test_the_headlines_act_takes_the_actors_the_lead_names_besides_its_own():
    before = [_arrest("v1", 1, ("police",)), _arrest("v2", 2, ("police-adj",), ("petrov",))]
    after = [_arrest("v1", 1, ("police",)), _arrest("v2", 2, ("police",), ("petrov",))]
    out = _joined(before, after)
    assert [(e.key, e.agents, e.targets) for e in out] == [("v1", ("police",), ("petrov",))]
    assert out[0].mentions == (after[1].trigger,)


def test_a_lead_seen_with_those_actors_by_the_extractor_stays_apart():
    # (the extractor weighed the headline's act inside the lead's and kept two)
    before = [_arrest("v1", 1, ("police",)), _arrest("v2", 2, ("police",), ("petrov",))]
    assert len(_joined(before, before)) == 2


def test_the_headlines_doer_undergoing_the_leads_act_is_not_joined():
    before = [_arrest("v1", 1, ("police",)), _arrest("v2", 2, ("petrov",), ("police-adj",))]
    after = [_arrest("v1", 1, ("police",)), _arrest("v2", 2, ("petrov",), ("police",))]
    assert len(_joined(before, after)) == 2


def test_a_planned_act_in_the_lead_is_not_the_headlines_done_one():
    before = [_arrest("v1", 1, ("police",)),
              _arrest("v2", 2, ("police-adj",), ("petrov",), factuality="Planned")]
    after = [_arrest("v1", 1, ("police",)),
             _arrest("v2", 2, ("police",), ("petrov",), factuality="Planned")]
    assert len(_joined(before, after)) == 2


def test_an_act_of_another_class_in_the_lead_is_not_joined():
    before = [_arrest("v1", 1, ("police",)),
              _arrest("v2", 2, ("police-adj",), ("petrov",), kind="Trial")]
    after = [_arrest("v1", 1, ("police",)),
             _arrest("v2", 2, ("police",), ("petrov",), kind="Trial")]
    assert len(_joined(before, after)) == 2


def test_an_act_told_past_the_lead_is_not_joined():
    before = [_arrest("v1", 1, ("police",)), _arrest("v3", 3, ("police-adj",), ("sidorov",))]
    after = [_arrest("v1", 1, ("police",)), _arrest("v3", 3, ("police",), ("sidorov",))]
    assert len(_joined(before, after)) == 2
