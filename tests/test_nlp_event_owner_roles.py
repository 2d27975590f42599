"""Attacks on a thing (docs/events.md, role code `owner`): a building, vehicle or camp attacked
makes its genitive owner the one attacked, in the active, the passive and with `на`."""

from __future__ import annotations

from event_helpers import targets_of


def test_a_shelled_building_is_an_attack_on_its_owner():
    assert targets_of("Боевики обстреляли здание МВД Ливии.", "Attack") == [{"МВД Ливии"}]


def test_a_car_blown_up_in_the_passive_is_an_attack_on_its_owner():
    assert targets_of("В Кабуле был взорван автомобиль посла Германии Ханса Мюллера.",
                      "Attack") == [
        {"Ханс Мюллер"}]


def test_an_assault_on_a_base_is_an_attack_on_its_owner():
    assert targets_of("Боевики напали на базу НАТО в Кандагаре.", "Attack") == [{"НАТО"}]


def test_a_thing_outside_the_list_gives_its_genitive_no_part():
    # the shelling by unnamed fighters is still told (an `any` line), with no one attacked
    assert targets_of("Боевики обстреляли сторонников МВД Ливии.", "Attack") == [set()]
