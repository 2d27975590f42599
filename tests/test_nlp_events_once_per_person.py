"""A birth or a death happens once to one person: a later mention of the class folds into the
earlier one only when the one born or dead is the same, not when the same person has another part
in it (a parent in `у Глеба Сурикова родился сын`). kg.nlp.ru.events (`one_subject`). Sentences
and names are written for these tests."""

from __future__ import annotations

from kg.nlp import extract
from kg.records import Document


def events(text: str, kind: str) -> list[tuple[set[str], set[str], int]]:
    """(agent names, target names, mentions told) of each event of the kind."""
    r = extract(Document("t", text))
    name = {e.key: e.name for e in r.entities}
    return [({name[k] for k in ev.agents}, {name[k] for k in ev.targets}, 1 + len(ev.mentions))
            for ev in r.events if ev.kind == kind]


def test_a_childs_birth_at_the_parents_is_not_the_parents_own_birth():
    found = events("Глеб Суриков родился в Рязани. Он окончил институт в Самаре. Позже у Глеба "
                   "Сурикова родилась дочь.", "Birth")
    assert len(found) == 2
    assert found[0] == (set(), {"Глеб Суриков"}, 1)
    assert found[1][0] == {"Глеб Суриков"} and "Глеб Суриков" not in found[1][1]


def test_a_named_childs_birth_is_another_birth():
    found = events("Глеб Суриков родился в Рязани. Он окончил институт в Самаре. Позже у Глеба "
                   "Сурикова родился сын Мирон.", "Birth")
    assert len(found) == 2
    assert found[0][1] == {"Глеб Суриков"}
    assert "Глеб Суриков" not in found[1][1]


def test_the_same_persons_birth_told_again_is_one_birth():
    found = events("Глеб Суриков родился в Рязани. Он окончил институт в Самаре. Глеб Суриков "
                   "родился в семье врачей.", "Birth")
    assert found == [(set(), {"Глеб Суриков"}, 2)]


def test_the_same_persons_death_told_again_is_one_death():
    found = events("Умер Глеб Суриков. Глеб Суриков скончался в Самаре 5 мая.", "Death")
    assert found == [(set(), {"Глеб Суриков"}, 2)]
