"""The shipped gazetteer index: well-formed, unique QIDs, every shared name settled by a rule, and
rebuilt byte for byte from the shared TSVs by scripts/build_gazetteer.py."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED

from kg.link.gazetteer import INDEX, load_gazetteer

QID = re.compile(r"^Q[1-9][0-9]*$")
RULE_PART = re.compile(r"^(person|organization|place)=(unique|context|rank:(Q[1-9][0-9]*))$")


def _raw_pairs():
    """The index as parsed pairs, so a QID written twice would be seen (a dict would hide it)."""
    seen: list[list[tuple[str, object]]] = []

    def hook(pairs):
        seen.append(pairs)
        return dict(pairs)

    with gzip.open(INDEX, "rt", encoding="utf-8") as fh:
        data = json.load(fh, object_pairs_hook=hook)
    return data, seen


def test_index_is_small():
    assert INDEX.stat().st_size < 5_000_000


def test_every_qid_is_well_formed_and_unique():
    data, pairs = _raw_pairs()
    entity_pairs = next(p for p in pairs if p and all(QID.match(k) for k, _ in p) and len(p) > 1000)
    keys = [k for k, _ in entity_pairs]
    assert len(keys) == len(set(keys)) == len(data["entities"])
    assert all(QID.match(q) for q in keys)


def test_every_item_has_a_kind_and_a_source():
    for qid, e in load_gazetteer().items.items():
        assert e.kind in {"country", "place", "organization", "person"}, qid
    data, _ = _raw_pairs()
    assert all(e.get("src") for e in data["entities"].values())


def test_every_name_points_at_items_of_the_index():
    data, _ = _raw_pairs()
    for table in ("names", "caps"):
        for key, cands in data[table].items():
            assert cands and all(q in data["entities"] for q, _ in cands), key
            assert len({q for q, _ in cands}) == len(cands), key


def test_every_name_shared_by_two_items_has_a_rule_that_fits_its_candidates():
    data, _ = _raw_pairs()
    gaz = load_gazetteer()
    shared = {k: v for k, v in data["names"].items() if len(v) > 1}
    assert shared and set(shared) == set(data["rules"])
    for key, cands in shared.items():
        rule = data["rules"][key]
        groups = {"country": "place"}.get
        kinds = {groups(gaz.items[q].kind, gaz.items[q].kind) for q, _ in cands}
        parts = rule.split(";")
        if len(kinds) > 1:
            assert parts.pop(0) == "kind", (key, rule)
        assert len(parts) == len(kinds), (key, rule)
        for part in parts:
            m = RULE_PART.match(part)
            assert m, (key, rule)
            if m.group(3):
                assert m.group(3) in {q for q, _ in cands}, (key, rule)


def test_known_conflicts_are_resolved_as_the_sources_readme_says():
    rules = load_gazetteer().rules
    assert rules["женева"] == "place=rank:Q71"  # the city, not the canton Q11917
    assert rules["киев"] == "place=rank:Q1899"  # not the csc city id Q517568
    assert rules["вашингтон"].endswith("place=rank:Q61")  # the capital, not the state Q1223


def test_unconfirmed_csc_city_ids_are_marked():
    gaz = load_gazetteer()
    assert gaz.items["Q517568"].status == "clash"
    statuses = {i.status for i in gaz.items.values() if i.kind == "place"}
    assert {"confirmed", "unconfirmed", "clash", "csc-region"} <= statuses


def test_build_reproduces_the_shipped_index(tmp_path):
    src = SHARED / "data" / "gazetteer"
    if not (src / "places.tsv").exists():
        pytest.skip(f"needs the shared gazetteer sources: {src} is missing")
    out = tmp_path / "gazetteer"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), str(src), str(out)],
                   check=True, capture_output=True)
    assert (out / "index.json.gz").read_bytes() == INDEX.read_bytes()
    assert (out / "conflicts.tsv").read_bytes() == (INDEX.parent / "conflicts.tsv").read_bytes()


def test_a_label_written_surname_first_does_not_make_the_first_name_a_surname():
    gaz = load_gazetteer()
    reversed_labels = [i for i in gaz.items.values() if i.kind == "person" and i.label_ru
                       and "," in i.label_ru and i.name and len(i.name.split()) == 2]
    assert reversed_labels
    for person in reversed_labels:
        first = person.name.split()[0]
        assert person.qid not in {i.qid for _, i in gaz.by_surname(first)}


def test_a_one_word_name_left_by_a_bracketed_note_is_no_look_up_name():
    # `Владимир (Сабодан)`: without its note the label is a first name many people share
    gaz = load_gazetteer()
    noted = [i for i in gaz.items.values() if i.kind == "person" and i.label_ru
             and i.label_ru.endswith(")") and " " not in i.canonical_ru]
    assert noted
    for item in noted:
        assert all(i.qid != item.qid for i, _ in gaz.lookup(item.canonical_ru))
