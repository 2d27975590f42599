"""Ingest → serve → query over real HTTP on loopback, with SPARQLWrapper as the client, and every
HTTP dump parsed back by rdflib."""

from __future__ import annotations

import csv
import io
import urllib.request

import pytest
from rdflib import Dataset, Graph
from SPARQLWrapper import CSV, JSON, N3, TSV, XML, JSONLD, SPARQLWrapper, TURTLE
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from conftest import EXAMPLES
from kg.pipeline import ingest, make_document

PEOPLE = """PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name . FILTER(lang(?name) = "ru") }
ORDER BY ?name"""


@pytest.fixture
def endpoint(live_server, settings, store):
    for path in sorted(EXAMPLES.glob("*.txt")):
        ingest(make_document(path.read_text(encoding="utf-8"), id=path.stem, settings=settings),
               settings=settings, store=store)
    return live_server


def client(url: str, query: str, fmt) -> SPARQLWrapper:
    sw = SPARQLWrapper(url + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


def expected_people(store) -> list[str]:
    return [r["name"].value for r in store.query(PEOPLE)]


def test_select_as_json(endpoint, store):
    data = client(endpoint, PEOPLE, JSON).queryAndConvert()
    names = [b["name"]["value"] for b in data["results"]["bindings"]]
    assert names == expected_people(store) and "Сергей Лавров" in names


def test_select_as_xml(endpoint, store):
    doc = client(endpoint, PEOPLE, XML).queryAndConvert()
    names = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert names == expected_people(store)


@pytest.mark.parametrize("fmt, delimiter", [(CSV, ","), (TSV, "\t")])
def test_select_as_csv_and_tsv(endpoint, store, fmt, delimiter):
    raw = client(endpoint, PEOPLE, fmt).queryAndConvert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw), delimiter=delimiter))
    assert len(rows) == 1 + len(expected_people(store))


def test_ask(endpoint):
    q = "ASK { ?d a <http://schema.org/NewsArticle> }"
    assert client(endpoint, q, JSON).queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("fmt", [TURTLE, N3, JSONLD])
def test_construct_returns_a_graph(endpoint, fmt):
    q = "CONSTRUCT { ?p a <http://schema.org/Person> } WHERE { ?p a <http://schema.org/Person> }"
    sw = client(endpoint, q, fmt)
    sw.setMethod("POST")
    g = sw.queryAndConvert()
    if not isinstance(g, Graph):
        g = Graph().parse(data=g, format="json-ld" if fmt == JSONLD else "turtle")
    assert len(g) == 6


def test_malformed_query_is_a_400_that_says_what_is_wrong(endpoint):
    with pytest.raises(QueryBadFormed) as err:
        client(endpoint, "SELECT ?x WHERE { ?x", JSON).query()
    assert "syntax" in str(err.value).lower()


@pytest.mark.parametrize("ext, fmt, dataset", [
    ("ttl", "turtle", False), ("nt", "nt", False), ("rdf", "xml", False),
    ("nq", "nquads", True), ("trig", "trig", True), ("jsonld", "json-ld", True)])
def test_every_dump_parses_back_to_the_store_size(endpoint, store, ext, fmt, dataset):
    with urllib.request.urlopen(f"{endpoint}/dump.{ext}", timeout=60) as resp:
        body = resp.read()
    if dataset:
        quads = sum(store.graph_size(g) for g in store.graph_names())
        assert len(Dataset().parse(data=body, format=fmt)) == quads
    else:
        assert len(Graph().parse(data=body, format=fmt)) == store.triples_count()
