"""The blind event sentence sets (tests/data/events/constructions_*.json) and the script that runs
them (scripts/event_constructions.py): every expectation names an ontology class, a known
factuality and actors by name, and the script counts a sentence as passing only when its events
are exactly those expected."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from event_constructions import DATA, check  # noqa: E402

SETS = sorted(DATA.glob("constructions_*.json"))
FACTUALITY = {"Actual", "Planned", "Possible", "Negated"}
KEYS = {"class", "actors", "place", "factuality", "year"}


def _ontology_classes() -> set[str]:
    ttl = (ROOT / "shapes" / "ontology.ttl").read_text(encoding="utf-8")
    return set(re.findall(r"^kg:(\w+) a owl:Class", ttl, re.M))


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_every_expectation_is_well_formed(path):
    known = _ontology_classes()
    bad = []
    for n, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        if item.get("set") not in (1, 2) or not item.get("text", "").strip():
            bad.append(f"item {n}: set or text")
        for e in item.get("expect", ()):
            if set(e) - KEYS:
                bad.append(f"item {n}: unknown keys {sorted(set(e) - KEYS)}")
            if e.get("class") not in known:
                bad.append(f"item {n}: {e.get('class')} is no ontology class")
            if e.get("factuality", "Actual") not in FACTUALITY:
                bad.append(f"item {n}: factuality {e.get('factuality')}")
            if not all(isinstance(a, str) and a for a in e.get("actors", ())):
                bad.append(f"item {n}: actors must be names")
    assert not bad, "\n".join(bad)


def test_no_sentence_is_in_two_sets():
    seen: dict[str, str] = {}
    twice = []
    for path in SETS:
        for item in json.loads(path.read_text(encoding="utf-8")):
            if item["text"] in seen:
                twice.append(f"{item['text']!r} in {seen[item['text']]} and {path.stem}")
            seen[item["text"]] = path.stem
    assert not twice, "\n".join(twice)


VISIT = "Президент Франции Эммануэль Макрон посетил Китай."


def test_a_sentence_passes_when_its_event_is_the_one_expected():
    ok, notes = check({"set": 1, "text": VISIT, "expect": [
        {"class": "Visit", "actors": ["Эммануэль Макрон"], "place": "Китай"}]})
    assert ok, notes


def test_an_event_where_none_is_expected_fails_the_sentence():
    ok, notes = check({"set": 1, "text": VISIT, "expect": []})
    assert not ok and "beyond those expected" in notes[0]


def test_another_factuality_or_actor_fails_the_sentence():
    assert not check({"set": 1, "text": VISIT, "expect": [
        {"class": "Visit", "actors": ["Эммануэль Макрон"], "factuality": "Planned"}]})[0]
    assert not check({"set": 1, "text": VISIT, "expect": [
        {"class": "Visit", "actors": ["Эммануэль Макрон", "Китай"]}]})[0]
