"""An attack, strike, shelling or accusation noun names its doer with `со стороны` + genitive
(kg/data/ru/triggers.tsv, agent `с_стороны+gen`, as `критика` already did): `нападения на
полицейских со стороны боевиков X` are X's attacks. A side that names no one gives no doer."""

from __future__ import annotations

from event_helpers import found

# ---- must fire ----------------------------------------------------------------------------


def test_attacks_by_a_named_groups_fighters_are_that_groups():
    text = "Участились нападения на полицейских со стороны боевиков «Талибана»."
    assert [a for _, a, _ in found(text, "Attack")] == [frozenset({"Талибан"})]


def test_a_shelling_from_an_army_of_a_country_is_that_countrys():
    text = "Позиции ХАМАС подверглись обстрелу со стороны армии Израиля."
    assert [a for _, a, _ in found(text, "Attack")] == [frozenset({"Израиль"})]


def test_an_accusation_from_a_prosecutors_office_is_that_offices():
    text = ("Обвинение со стороны Генеральной прокуратуры России в адрес Петра Волкова "
            "прозвучало в суде.")
    assert [a for _, a, _ in found(text, "Accusation")] == [
        frozenset({"Генеральная прокуратура России"})]


# ---- must not fire ------------------------------------------------------------------------


def test_a_side_that_names_no_one_gives_no_doer():
    text = "Нападение на Петра Волкова со стороны неизвестных произошло вечером."
    assert [a for _, a, _ in found(text, "Attack")] in ([], [frozenset()])
