"""An attack or offensive noun whose attacker goes unnamed is an Attack of the side it is aimed
at (`нападение`, `наступление`: `require any` in kg/data/ru/triggers.tsv), as the verb is with an
unnamed subject (`неизвестные напали на X`). `атака` still needs its target, since a team's
attacks in a match name only the team, and `бомбардировка` too, whose genitive is the side
bombed; a noun whose target is no entity of ours stays no event."""

from __future__ import annotations

from event_helpers import described


def attacks(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(d.agents, d.targets) for d in described(text) if d.kind == "Attack"]


# ---- must fire ----------------------------------------------------------------------------


def test_an_attack_on_an_embassy_is_an_attack_on_its_country():
    assert attacks("Нападение на посольство России в Анкаре произошло в понедельник.") == [
        (frozenset(), frozenset({"Россия"}))]


def test_an_attack_on_a_named_person_is_his():
    assert attacks("Нападение на журналиста Ивана Петрова произошло в подъезде его дома.") == [
        (frozenset(), frozenset({"Иван Петров"}))]


def test_an_offensive_on_a_city_is_an_attack_on_it():
    assert attacks("Наступление на Мосул началось в октябре 2016 года.") == [
        (frozenset(), frozenset({"Мосул"}))]


# ---- must not fire ------------------------------------------------------------------------


def test_a_teams_attacks_in_a_match_are_no_attack():
    assert attacks("«Спартак» провёл несколько опасных атак, но так и не смог забить.") == []


def test_a_bombing_whose_genitive_is_the_city_makes_no_attacker_of_it():
    assert attacks("Бомбардировка Белграда авиацией НАТО началась в марте 1999 года.") == []


def test_an_attack_on_people_no_entity_names_stays_no_event():
    assert attacks("В республике почти ежедневно происходят нападения на полицейских.") == []


def test_an_attack_with_its_attacker_named_keeps_him():
    assert attacks("Нападение боевиков «Талибана» на военную базу произошло в понедельник.") == [
        (frozenset({"Талибан"}), frozenset())]
