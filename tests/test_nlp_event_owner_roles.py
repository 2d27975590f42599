"""Attacks on a thing (docs/events.md, role code `owner`): a building, vehicle or camp attacked
makes its genitive owner the one attacked, in the active, the passive and with `на`."""

from __future__ import annotations

from event_helpers import described


def attacked(text: str) -> list[set[str]]:
    """The target names of each Attack of the text."""
    return [d.targets for d in described(text) if d.kind == "Attack"]


def test_a_shelled_building_is_an_attack_on_its_owner():
    assert attacked("Боевики обстреляли здание МВД Ливии.") == [{"МВД Ливии"}]


def test_a_car_blown_up_in_the_passive_is_an_attack_on_its_owner():
    assert attacked("В Кабуле был взорван автомобиль посла Германии Ханса Мюллера.") == [
        {"Ханс Мюллер"}]


def test_an_assault_on_a_base_is_an_attack_on_its_owner():
    assert attacked("Боевики напали на базу НАТО в Кандагаре.") == [{"НАТО"}]


def test_a_thing_outside_the_list_gives_its_genitive_no_part():
    assert attacked("Боевики обстреляли сторонников МВД Ливии.") == []
