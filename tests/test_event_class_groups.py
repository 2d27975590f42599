"""kg/data/ru/event_class_groups.tsv: the families of event classes single rules test against."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.nlp.ru.lexicon import class_group, table

ROOT = Path(__file__).resolve().parent.parent


def _ontology_classes() -> set[str]:
    ttl = (ROOT / "shapes" / "ontology.ttl").read_text(encoding="utf-8")
    return set(re.findall(r"^kg:(\w+) a owl:Class", ttl, re.M))


def test_every_class_of_a_family_is_a_class_of_the_ontology():
    unknown = {c for _, c in table("event_class_groups")} - _ontology_classes()
    assert not unknown


def test_a_family_holds_its_classes():
    assert class_group("legal_acts") >= {"Arrest", "Trial", "Sentence"}


def test_an_unknown_family_is_named_in_the_error():
    with pytest.raises(KeyError, match="no_such_family"):
        class_group("no_such_family")


def test_every_family_in_the_file_is_read_by_a_rule():
    # a family no module asks for is a list nobody keeps true
    families = {g for g, _ in table("event_class_groups")}
    code = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "kg").rglob("*.py"))
    assert {g for g in families if f'class_group("{g}")' not in code} == set()


def test_the_classes_a_dated_participle_tells_are_a_family():
    # (`закон, принятый в 2003 году`: formerly a word list of its own, dated_participle_kinds.txt)
    assert class_group("dated_participle") == {"LawAdoption"}
