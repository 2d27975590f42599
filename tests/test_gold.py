"""The gold annotations in tests/gold/ point into the articles they describe: every offset falls
inside its article, every mention's text is its recorded surface form, every hashed span hashes
to its recorded value, and every reference names an entity or time of the same file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kg.eval import load_gold, span_hash
from conftest import corpus_file

GOLD = Path(__file__).resolve().parent / "gold"
FILES = sorted(GOLD.glob("*.json"))
TYPES = {"person", "organization", "place", "country"}


@pytest.fixture(params=FILES, ids=lambda p: p.stem)
def gold(request):
    data = json.loads(request.param.read_text(encoding="utf-8"))
    text = corpus_file(data["article"]).read_text(encoding="utf-8")
    return data, text


def _hashed_spans(data: dict):
    for t in data["times"]:
        yield t["span"]
    for ev in data["events"]:
        yield ev["trigger"]
    for st in data["statements"]:
        yield st["trigger"]
        yield from st["quotes"]
        if st["content"]:
            yield st["content"]


def test_there_is_a_gold_file_for_every_corpus_article():
    corpus = corpus_file("README.md").parent
    assert {p.stem for p in FILES} == {p.stem for p in corpus.glob("*.txt")}


def test_the_gold_describes_this_version_of_the_article(gold):
    data, text = gold
    assert data["chars"] == len(text)
    assert data["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_every_mention_is_inside_the_article_and_is_its_surface_form(gold):
    data, text = gold
    for e in data["entities"]:
        assert e["type"] in TYPES
        assert e["mentions"], e["id"]
        for start, end, surface in e["mentions"]:
            assert 0 <= start < end <= len(text)
            assert text[start:end] == surface, (e["id"], start)


def test_mentions_do_not_overlap(gold):
    data, _ = gold
    spans = sorted((s, e) for ent in data["entities"] for s, e, _ in ent["mentions"])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_every_hashed_span_is_inside_the_article_and_matches_its_hash(gold):
    data, text = gold
    for start, end, digest in _hashed_spans(data):
        assert 0 <= start < end <= len(text)
        assert span_hash(text[start:end]) == digest, (start, end)


def test_references_name_entities_and_times_of_the_same_file(gold):
    data, _ = gold
    ids = {e["id"] for e in data["entities"]}
    assert len(ids) == len(data["entities"])
    times = {t["id"] for t in data["times"]}
    for ev in data["events"]:
        assert set(ev["agents"]) | set(ev["targets"]) | set(ev["others"]) <= ids
        assert ev["place"] is None or ev["place"] in ids
        assert ev["time"] is None or ev["time"] in times
    for st in data["statements"]:
        assert set(st["speakers"]) <= ids
        assert st["source"] is None or st["source"] in ids
        assert st["quotes"] or st["content"]


def test_event_classes_are_classes_of_the_ontology(gold):
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDFS

    onto = Graph().parse(Path(__file__).resolve().parent.parent / "shapes" / "ontology.ttl")
    sem_event = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")
    classes = {str(s).rsplit("#", 1)[-1] for s in onto.subjects(RDFS.subClassOf, sem_event)}
    data, _ = gold
    for ev in data["events"]:
        assert ev["class"] in classes


def test_wikidata_ids_come_from_a_gazetteer_row_with_that_source(gold):
    data, _ = gold
    gazetteer = corpus_file("README.md").parent.parent / "data" / "gazetteer"
    rows: dict[str, dict[str, str]] = {}
    for e in data["entities"]:
        wd = e.get("wikidata")
        if not wd:
            continue
        if wd["file"] not in rows:
            lines = (gazetteer / wd["file"]).read_text(encoding="utf-8").splitlines()
            head = lines[0].split("\t")
            cells = (ln.split("\t") for ln in lines[1:])
            rows[wd["file"]] = {r[0]: dict(zip(head, r)) for r in cells}
        row = rows[wd["file"]].get(wd["qid"])
        assert row is not None, (e["id"], wd["qid"])
        assert row["source"] == wd["source"]


def test_unknown_publication_dates_leave_gold_times_yearless_unless_the_text_gives_a_year(gold):
    data, text = gold
    if data["published"]:
        return
    for t in data["times"]:
        start, end, _ = t["span"]
        years = {int(v[:4]) for k, v in t["value"].items() if k in ("begin", "end")}
        years |= {t["value"]["year"]} if "year" in t["value"] else set()
        for y in years:
            assert str(y) in text[start:end], t["id"]


def test_load_gold_reads_every_file():
    for path in FILES:
        doc = load_gold(path)
        assert doc.entities and doc.article.endswith(".txt")
