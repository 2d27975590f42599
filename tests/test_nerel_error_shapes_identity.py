"""`scripts/nerel_error_shapes.py --by identity`: how a gold entity merged into one of ours, or one
of ours split from a gold entity, came about (`merged_how`, `split_how`). Records written for the
tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from nerel_error_shapes import merged_how, split_how  # noqa: E402


def mention(b: int, e: int, ent: str, text: str) -> dict:
    return {"b": b, "e": e, "ent": ent, "text": text}


def gold(eid: str, kind: str = "Person", qid: str | None = None) -> dict:
    return {"id": eid, "type": kind, "wikidata": qid}


def test_another_case_form_of_an_unlinked_name_is_the_golds_surface_clustering():
    gm = [mention(0, 12, "E1", "Ольга Сомова"), mention(40, 47, "E2", "Сомовой")]
    gents = {"E1": gold("E1"), "E2": gold("E2")}
    assert merged_how("E2", ["E1"], gm, gents) == "the gold keeps forms of one name apart"


def test_two_qids_for_one_name_are_the_golds_two_items():
    gm = [mention(0, 6, "E1", "Сомово"), mention(30, 36, "E2", "Сомово")]
    gents = {"E1": gold("E1", "Place", "Q1"), "E2": gold("E2", "Place", "Q2")}
    assert merged_how("E2", ["E1"], gm, gents) == "the gold gives two QIDs"


def test_one_qid_in_two_gold_entities_is_the_gold_splitting_it():
    gm = [mention(0, 6, "E1", "Сомово"), mention(30, 36, "E2", "Сомово")]
    gents = {"E1": gold("E1", "Place", "Q1"), "E2": gold("E2", "Place", "Q1")}
    assert merged_how("E2", ["E1"], gm, gents) == "the gold splits one QID"


def test_one_name_of_two_types_is_the_golds_two_types():
    gm = [mention(0, 11, "E1", "Театр Сомов"), mention(30, 41, "E2", "Театр Сомов")]
    gents = {"E1": gold("E1", "Organization"), "E2": gold("E2", "Place")}
    assert merged_how("E2", ["E1"], gm, gents) == "the gold gives one name two types"


def test_names_sharing_no_word_are_told_apart():
    gm = [mention(0, 5, "E1", "Ольга"), mention(30, 35, "E2", "Вера")]
    gents = {"E1": gold("E1"), "E2": gold("E2")}
    assert merged_how("E2", ["E1"], gm, gents) == "no word shared"


def test_a_split_entity_with_a_span_not_the_golds_is_a_span_error():
    gm = [mention(0, 12, "E1", "Ольга Сомова")]
    sm = [{"b": 0, "e": 12, "ent": "s1"}, {"b": 6, "e": 12, "ent": "s2"}]
    ents = {"s1": {"type": "Person"}, "s2": {"type": "Person"}}
    assert split_how("s2", {"E1"}, sm, gm, ents, {"E1": gold("E1")}) == \
        "a span differs from the gold's"


def test_a_split_entity_on_the_golds_spans_is_one_gold_entity_made_two():
    gm = [mention(0, 12, "E1", "Ольга Сомова"), mention(30, 36, "E1", "Сомова")]
    sm = [{"b": 0, "e": 12, "ent": "s1"}, {"b": 30, "e": 36, "ent": "s2"}]
    ents = {"s1": {"type": "Person"}, "s2": {"type": "Person"}}
    assert split_how("s2", {"E1"}, sm, gm, ents, {"E1": gold("E1")}) == \
        "the gold's spans: one gold entity, two of ours"
    ents["s2"]["type"] = "Organization"
    assert split_how("s2", {"E1"}, sm, gm, ents, {"E1": gold("E1")}) == \
        "the gold's spans, another type"
