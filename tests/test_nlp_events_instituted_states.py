"""A verb of founding whose object is a legal regime or a state of things (`суд учредил опеку`,
`учредить мораторий`) institutes it and founds nothing (kg/data/ru/instituted_states.txt,
kg/nlp/ru/events.py `institutes_state`; thirty-second round, review rev32). Every sentence is
written for these tests."""

from __future__ import annotations

from event_helpers import described, kinds


def test_a_guardianship_instituted_by_a_court_is_no_founding():
    assert "Founding" not in kinds("Суд Лиманска учредил опеку над имуществом Ивана Петрова.")


def test_a_guardianship_instituted_in_the_passive_is_no_founding():
    assert "Founding" not in kinds("Над имуществом Ивана Петрова была учреждена опека.")


def test_a_moratorium_instituted_by_a_government_is_no_founding():
    assert "Founding" not in kinds("Правительство Лиманска учредило мораторий на вырубку лесов.")


def test_a_prize_instituted_by_a_union_stays_a_founding():
    (ev,) = [e for e in described("Союз писателей Лиманска учредил премию имени Ивана Петрова.")
             if e.kind == "Founding"]
    assert ev.agents == {"Союз писателей"}
