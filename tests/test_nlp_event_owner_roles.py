"""Attacks on a thing (docs/events.md, role code `owner`): a building, vehicle or camp attacked
makes its genitive owner the one attacked, in the active, the passive and with `на`."""

from __future__ import annotations

from datetime import date

from kg.pipeline import extract as _extract
from kg.pipeline import make_document


def attacked(text: str) -> list[set[str]]:
    """The target names of each Attack of the text."""
    x = _extract(make_document(text, id="t", published=date(2023, 3, 1)))
    name = {e.key: e.name for e in x.entities}
    return [{name[k] for k in ev.targets} for ev in x.events if ev.kind == "Attack"]


def test_a_shelled_building_is_an_attack_on_its_owner():
    assert attacked("Боевики обстреляли здание МВД Ливии.") == [{"МВД Ливии"}]


def test_a_car_blown_up_in_the_passive_is_an_attack_on_its_owner():
    assert attacked("В Кабуле был взорван автомобиль посла Германии Ханса Мюллера.") == [
        {"Ханс Мюллер"}]


def test_an_assault_on_a_base_is_an_attack_on_its_owner():
    assert attacked("Боевики напали на базу НАТО в Кандагаре.") == [{"НАТО"}]


def test_a_thing_outside_the_list_gives_its_genitive_no_part():
    assert attacked("Боевики обстреляли сторонников МВД Ливии.") == []
