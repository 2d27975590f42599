"""The ontology in the store's graph https://w3id.org/newskg: written at start-up, kept current,
part of the union default graph, answering class queries at the live endpoint."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pyoxigraph as ox
from conftest import serving

from kg.rdf.vocab import ONTOLOGY_GRAPH
from kg.store import open_store
from kg.store.ontology import ensure_ontology, ontology_triples

KG = "https://w3id.org/newskg#"


def ask(url: str, query: str) -> list[dict]:
    req = urllib.request.Request(url + "/sparql?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)["results"]["bindings"]


def test_server_start_up_loads_the_ontology_into_its_graph(settings):
    from server import create_app

    open_store(settings.store).close()  # the server opens a store, it never creates one
    app = create_app(settings)  # opens the store at settings.store itself
    store = app.extensions["kg_store"]
    assert store.triples(ONTOLOGY_GRAPH) == ontology_triples()
    store.close()


def test_ontology_is_written_once_and_replaced_when_it_changed(settings):
    store = open_store(settings.store)
    assert ensure_ontology(store) is True
    assert ensure_ontology(store) is False  # unchanged: not written again
    stale = ox.Triple(ox.NamedNode(KG + "Gone"), ox.NamedNode(KG + "cameoCode"), ox.Literal("999"))
    store.replace_graphs({ONTOLOGY_GRAPH: set(ontology_triples()) | {stale}})
    assert ensure_ontology(store) is True
    assert stale not in store.triples(ONTOLOGY_GRAPH)
    assert stale not in store.triples(None)  # nor left behind in the union default graph
    store.close()


def test_subclass_and_cameo_queries_answer_at_the_live_endpoint(settings):
    from server import create_app

    open_store(settings.store).close()  # the server never creates a store
    app = create_app(settings)
    store = app.extensions["kg_store"]
    ev = ox.NamedNode("http://example.org/event/e1")
    doc = "http://example.org/doc/d1"
    store.replace_graphs({doc: {ox.Triple(ev, ox.NamedNode(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(KG + "SanctionThreat"))}})
    with serving(app) as url:
        threats = ask(url, f"PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                           "SELECT ?e WHERE { ?e a/rdfs:subClassOf* kg:Threat }")
        codes = ask(url, f"PREFIX kg: <{KG}> SELECT ?code WHERE {{ kg:Death kg:cameoCode ?code }}")
        match = ask(url, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                         f"SELECT ?q WHERE {{ <{KG}Election> skos:exactMatch ?q }}")
    assert [b["e"]["value"] for b in threats] == [ev.value]
    assert [b["code"]["value"] for b in codes] == ["000"]
    assert [b["q"]["value"] for b in match] == ["http://www.wikidata.org/entity/Q40231"]
