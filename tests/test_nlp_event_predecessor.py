"""Taking someone's post (`сменил на посту X`, `сменив на этом посту X`) is an Appointment whose
other participant is the predecessor, the object of `сменить` (kg/data/ru/triggers.tsv, the
`сменить пост`/`должность` lines; tests/gold-nerel/README.md: `сменивший на посту` an Appointment
with the predecessor as other participant; NEREL marks him PARTICIPANT_IN 2 of 3 times on readable
nerel-dev). An object that names no one, or a post exchanged for another, adds no one."""

from __future__ import annotations

from event_helpers import described


def appointments(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(d.targets, d.others) for d in described(text) if d.kind == "Appointment"]


# ---- must fire ----------------------------------------------------------------------------


def test_who_took_the_post_from_a_named_predecessor_has_him_as_other_participant():
    text = "Олег Лавров сменил на посту губернатора Илью Бурова."
    assert appointments(text) == [(frozenset({"Олег Лавров"}), frozenset({"Илья Буров"}))]


def test_a_converb_of_taking_the_post_gives_the_predecessor_to_the_appointment():
    text = "Олег Лавров стал мэром, сменив на этом посту Илью Бурова."
    assert appointments(text) == [(frozenset({"Олег Лавров"}), frozenset({"Илья Буров"}))]


# ---- must not fire ------------------------------------------------------------------------


def test_a_predecessor_the_text_does_not_name_adds_no_one():
    text = "Олег Лавров сменил на посту губернатора 70-летнего ветерана."
    assert appointments(text) == [(frozenset({"Олег Лавров"}), frozenset())]


def test_a_post_exchanged_for_another_adds_no_one():
    text = "Олег Лавров сменил пост министра на пост губернатора."
    assert all(not others for _, others in appointments(text))
