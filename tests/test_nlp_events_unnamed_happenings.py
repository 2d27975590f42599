"""Happenings told as a noun with no participant named: a fight, a shoot-out or a clash, a mass
or a banquet counts, as an explosion does, when a place or a time of its own says which one it
was (the lines' `anchored` requirement); riots also when a verb says they took place (the
`happening` requirement); a bare mention of the kind does not."""

from __future__ import annotations

from event_helpers import found, kinds

# ---- fights and shoot-outs -------------------------------------------------------------------


def test_a_fight_in_a_named_city_with_no_one_named_is_an_attack():
    text = "В центре Казани вчера произошла массовая драка."
    assert found(text, "Attack") == [("Actual", frozenset(), frozenset())]


def test_a_shoot_out_in_a_named_city_is_an_attack_beside_the_death_it_caused():
    text = "В понедельник в Казани произошла перестрелка, в ходе которой погиб полицейский."
    assert found(text, "Attack") == [("Actual", frozenset(), frozenset())]
    assert "Death" in kinds(text)


def test_clashes_a_quarrel_turned_into_in_a_named_city_are_an_attack():
    text = "Спор перерос в стычки с полицией в Ереване."
    assert found(text, "Attack") == [("Actual", frozenset(), frozenset())]


def test_a_fight_feared_in_a_named_city_is_only_possible():
    text = "Полиция опасается новых драк в центре Казани."
    assert found(text, "Attack") == [("Possible", frozenset(), frozenset())]


def test_a_fight_with_no_place_or_time_of_its_own_is_no_event():
    assert found("Драка — плохой способ решить спор.", "Attack") == []


# ---- services and feasts ---------------------------------------------------------------------


def test_masses_held_on_a_day_are_a_ceremony_with_no_one_named():
    text = "Пасхальные мессы прошли в воскресенье во всех храмах Рима."
    assert found(text, "Ceremony") == [("Actual", frozenset(), frozenset())]


def test_a_mass_to_be_held_on_a_day_is_planned():
    text = "Месса в соборе Парижа пройдёт в воскресенье."
    assert found(text, "Ceremony") == [("Planned", frozenset(), frozenset())]


def test_a_banquet_with_no_place_or_time_is_no_event():
    assert found("Гости хвалили банкет.", "Ceremony") == []


# ---- riots -----------------------------------------------------------------------------------
# riots count with no one named when a verb says they took place (`начались`, `продолжались`:
# event_hosts.tsv `occur`), or with a place or time of their own; a bare mention does not


def test_riots_that_broke_out_with_no_one_named_are_a_protest():
    text = "В стране начались массовые беспорядки."
    assert found(text, "Protest") == [("Actual", frozenset(), frozenset())]


def test_riots_that_went_on_for_days_are_a_protest():
    text = "Беспорядки продолжались три дня."
    assert found(text, "Protest") == [("Actual", frozenset(), frozenset())]


def test_a_threat_of_riots_is_no_event():
    assert found("Власти говорят об угрозе беспорядков.", "Protest") == []


def test_riots_spoken_of_in_general_are_no_event():
    assert found("Беспорядки — плохой способ решить спор.", "Protest") == []
    assert found("Он не любит беспорядки.", "Protest") == []


def test_riots_that_may_break_out_are_no_event():
    assert found("Беспорядки могут начаться в любой момент.", "Protest") == []
