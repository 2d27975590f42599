"""Writes over HTTP: closed without KG_TOKEN, bearer token otherwise, and every SPARQL Update
validated against the shapes before it commits (422 with the report, nothing stored)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from SPARQLWrapper import POST, SPARQLWrapper

from tests.conftest import TOKEN, serve

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"
DOC = "http://example.org/doc/a"  # the document of the shapes fixtures
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def fixture_ntriples(*extra: str) -> str:
    """The valid base document of the shapes fixtures (plus `extra` fixture files) as N-Triples."""
    text = (SHAPES / "prefixes.ttl").read_text() + (SHAPES / "base.ttl").read_text()
    for name in extra:
        text += (SHAPES / name).read_text()
    return Graph().parse(data=text, format="turtle").serialize(format="nt")


def insert(ntriples: str, graph: str = DOC) -> str:
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}"


def update(url: str, text: str, headers: dict | None = None):
    req = urllib.request.Request(f"{url}/sparql", data=text.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-update",
                                          **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def union_is_exact(store) -> bool:
    named = set()
    for name in store.graph_names():
        named |= store.triples(name)
    return store.triples(None) == named


def test_without_a_token_every_write_is_403(settings, store):
    closed = settings.replace(token="")
    with serve(closed, store) as (url, _):
        status, _, body = update(url, insert(fixture_ntriples()),
                                 {**AUTH, "Accept": "application/json"})
        assert status == 403 and "read-only" in json.loads(body)["error"]["message"]
        req = urllib.request.Request(f"{url}/graph-store?graph={DOC}", data=b"", method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=10)
        assert err.value.code == 403
    assert store.graph_names() == []


def test_update_without_the_header_is_401_and_with_a_wrong_token_403(live_server, store):
    assert update(live_server, insert(fixture_ntriples()))[0] == 401
    wrong = {"Authorization": "Bearer nope"}
    assert update(live_server, insert(fixture_ntriples()), wrong)[0] == 403
    assert store.graph_names() == []


def test_a_conforming_update_is_stored_and_the_default_graph_stays_the_union(live_server, store):
    status, _, body = update(live_server, insert(fixture_ntriples()), AUTH)
    assert status == 200
    assert json.loads(body)["changed"][DOC] > 0
    assert store.has_graph(DOC) and union_is_exact(store)


def test_a_non_conforming_update_is_422_with_the_report_and_stores_nothing(live_server, store):
    bad = insert(fixture_ntriples("invalid/two-entity-types.ttl"))
    status, headers, body = update(live_server, bad, {**AUTH, "Accept": "text/turtle"})
    assert status == 422 and headers["Content-Type"].startswith("text/turtle")
    report = Graph().parse(data=body, format="turtle")
    assert len(report) > 0 and b"conforms" in body
    assert store.graph_names() == [] and store.triples(None) == set()


def test_the_report_comes_as_json_ld_when_asked(live_server, store):
    bad = insert(fixture_ntriples("invalid/two-entity-types.ttl"))
    status, headers, body = update(live_server, bad, {**AUTH, "Accept": "application/ld+json"})
    assert status == 422 and headers["Content-Type"].startswith("application/ld+json")
    assert len(Graph().parse(data=body, format="json-ld")) > 0


def test_an_update_that_breaks_a_stored_graph_is_refused_and_the_graph_kept(live_server, store):
    assert update(live_server, insert(fixture_ntriples()), AUTH)[0] == 200
    before = store.triples(DOC)
    breaking = ("PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                f"DELETE WHERE {{ GRAPH <{DOC}> {{ ?doc nif:isString ?text }} }}")
    assert update(live_server, breaking, AUTH)[0] == 422
    assert store.triples(DOC) == before and union_is_exact(store)


def test_an_update_over_every_graph_is_validated_graph_by_graph(live_server, store):
    assert update(live_server, insert(fixture_ntriples()), AUTH)[0] == 200
    drop_all = "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"
    status, _, body = update(live_server, drop_all, AUTH)
    assert status == 200 and json.loads(body)["changed"] == {DOC: 0}
    assert store.triples(None) == set() and union_is_exact(store)


def test_writing_the_default_graph_directly_is_refused(live_server, store):
    status, _, body = update(live_server, "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
                             {**AUTH, "Accept": "application/json"})
    assert status == 400 and "derived" in json.loads(body)["error"]["message"]
    assert store.triples(None) == set()


def test_load_is_refused_because_it_fetches_urls(live_server, store):
    status, _, body = update(live_server, "LOAD <http://127.0.0.1:9/x.ttl> INTO GRAPH <http://e/g>",
                             {**AUTH, "Accept": "application/json"})
    assert status == 403 and "LOAD" in json.loads(body)["error"]["message"]


def test_update_syntax_error_is_400_quoting_the_parser(live_server, store):
    status, _, body = update(live_server, "INSERT DATA { GRAPH <http://e/g> { <a> ",
                             {**AUTH, "Accept": "application/json"})
    assert status == 400 and "syntax error" in json.loads(body)["error"]["message"]


def test_sparqlwrapper_sends_an_update_with_the_token(live_server, store):
    client = SPARQLWrapper(f"{live_server}/sparql", updateEndpoint=f"{live_server}/sparql")
    client.setMethod(POST)
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    client.setQuery(insert(fixture_ntriples()))
    result = client.query()
    assert result.response.status == 200
    assert store.has_graph(DOC)


def test_a_blank_node_in_an_update_is_refused(live_server, store):
    status, _, body = update(live_server, insert(fixture_ntriples()).replace(
        "} }", "_:x <http://e/p> <http://e/o> .\n} }"), {**AUTH, "Accept": "application/json"})
    assert status == 400 and "blank nodes" in json.loads(body)["error"]["message"]
    assert store.graph_names() == []



def test_an_update_through_a_graph_variable_changes_only_the_graphs_it_matches(live_server, store):
    other = "http://example.org/doc/b"
    assert update(live_server, insert(fixture_ntriples()), AUTH)[0] == 200
    assert update(live_server, insert(fixture_ntriples(), other), AUTH)[0] == 200
    rename = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
              "DELETE { GRAPH ?g { ?e rdfs:label ?l } } "
              "INSERT { GRAPH ?g { ?e rdfs:label \"Новое\"@ru } } "
              f"WHERE {{ GRAPH ?g {{ ?e rdfs:label ?l "
              f"FILTER(?g = <{other}> && LANG(?l) = \"ru\") }} }}")
    status, _, body = update(live_server, rename, AUTH)
    assert status == 200 and list(json.loads(body)["changed"]) == [other]
    assert union_is_exact(store)


def test_an_update_over_many_graphs_is_validated_in_parallel_and_refused_whole(live_server, store):
    from kg.store.gate import PARALLEL_FROM

    fixture = {q.triple for q in ox.parse(fixture_ntriples(), ox.RdfFormat.N_TRIPLES)}
    names = [f"http://example.org/copy/{i}" for i in range(PARALLEL_FROM + 2)]
    store.replace_graphs({n: fixture for n in names})
    before = {n: store.triples(n) for n in names}
    # every copy loses its text, which the shapes require: all refused, none stored
    breaking = ("PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                "DELETE { GRAPH ?g { ?d nif:isString ?t } } "
                "WHERE { GRAPH ?g { ?d nif:isString ?t } }")
    status, _, body = update(live_server, breaking, {**AUTH, "Accept": "application/json"})
    assert status == 422 and "does not conform" in json.loads(body)["error"]["message"]
    assert {n: store.triples(n) for n in names} == before
    relabel = ("PREFIX schema: <http://schema.org/> "
               "INSERT { GRAPH ?g { ?d schema:publisher \"ТАСС\" } } "
               "WHERE { GRAPH ?g { ?d a schema:NewsArticle } }")
    status, _, body = update(live_server, relabel, AUTH)
    assert status == 200 and len(json.loads(body)["changed"]) == len(names)
    assert union_is_exact(store)
