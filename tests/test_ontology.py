"""The event ontology (shapes/ontology.ttl) holds every class of docs/events.md "Event classes" under
sem:Event with Russian and English labels and one CAMEO code, and the new role properties with
labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDFS, Namespace, URIRef
from rdflib.namespace import SKOS

from kg.validate import ontology_graph

KG = Namespace("https://w3id.org/newskg#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
DOC = Path(__file__).resolve().parent.parent / "docs" / "events.md"


def documented_classes() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Event classes"):text.index("## What NEREL")]
    names = []
    for row in section.splitlines():
        if row.startswith("| ") and not row.startswith(("| class", "| property", "|---")):
            cell = row.split("|")[1]
            names += re.findall(r"[A-Z][A-Za-z]+", cell)
    return names


@pytest.mark.parametrize("name", documented_classes())
def test_documented_class_is_an_event_class_with_labels_and_a_cameo_code(name):
    g = ontology_graph()
    cls = KG[name]
    assert SEM.Event in set(g.transitive_objects(cls, RDFS.subClassOf))
    langs = {label.language for label in g.objects(cls, RDFS.label)}
    assert {"ru", "en"} <= langs
    (code,) = list(g.objects(cls, KG.cameoCode))
    assert re.fullmatch(r"\d{3,4}", str(code))


def test_wikidata_matches_are_only_the_certain_ones():
    g = ontology_graph()
    matches = {(s, o) for p in (SKOS.exactMatch, SKOS.closeMatch) for s, o in g.subject_objects(p)}
    assert matches == {(KG.Death, URIRef("http://www.wikidata.org/entity/Q4")),
                       (KG.Election, URIRef("http://www.wikidata.org/entity/Q40231"))}


@pytest.mark.parametrize("prop", ["post", "award", "factuality"])
def test_new_property_has_labels(prop):
    g = ontology_graph()
    assert {label.language for label in g.objects(KG[prop], RDFS.label)} >= {"ru", "en"}


def test_factuality_values_are_individuals_of_their_class():
    g = ontology_graph()
    values = set(g.subjects(None, KG.Factuality)) - {KG.factuality}
    assert values == {KG.Actual, KG.Planned, KG.Possible, KG.Negated}
