"""JSON-LD carries the model's @context: short keys, the same triples as every other format."""

from __future__ import annotations

import io
import json
import urllib.parse
import urllib.request

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.rdf.jsonld import compact, context, write_jsonld

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _get(url: str, accept: str) -> bytes:
    req = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read()


def test_iris_under_a_declared_namespace_get_short_names():
    assert compact(RDFS_LABEL) == "rdfs:label"
    assert compact("http://www.wikidata.org/entity/Q159") == "wd:Q159"
    assert compact("http://news.example.org/entity/x") == "http://news.example.org/entity/x"


def test_a_local_name_that_would_read_as_another_iri_stays_whole():
    assert compact("http://schema.org///x") == "http://schema.org///x"
    assert compact("http://schema.org/a:b") == "http://schema.org/a:b"


def test_written_quads_parse_back_to_the_same_dataset():
    g1, g2 = ox.NamedNode("http://x.org/doc/1"), ox.NamedNode("http://x.org/doc/2")
    person, label = ox.NamedNode("http://x.org/entity/p"), ox.NamedNode(RDFS_LABEL)
    quads = [
        ox.Quad(person, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode("http://schema.org/Person"), g1),
        ox.Quad(person, label, ox.Literal("Анна", language="ru"), g1),
        ox.Quad(person, label, ox.Literal("Anna \"A\"\n"), g1),
        ox.Quad(ox.BlankNode("m1"), ox.NamedNode("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"),
                ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g2),
        ox.Quad(person, label, ox.Literal("Анна", language="ru"), g2),
    ]
    out = io.BytesIO()
    write_jsonld(quads, out)
    got = Dataset().parse(data=out.getvalue().decode(), format="json-ld")
    want = Dataset().parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode(), format="nquads")
    for name in (g1.value, g2.value):
        assert isomorphic(got.graph(name), want.graph(name))
    assert '"rdfs:label"' in out.getvalue().decode() and RDFS_LABEL not in out.getvalue().decode().split('"@graph"', 1)[1]


def test_the_context_is_published(live_server):
    body = json.loads(_get(live_server + "/context.jsonld", "application/ld+json"))
    assert body == context() and body["@context"]["schema"] == "http://schema.org/"


def test_a_dump_in_json_ld_has_short_keys_and_every_quad(live_server, linked_store):
    body = _get(live_server + "/dump.jsonld", "application/ld+json").decode()
    nq = _get(live_server + "/dump.nq", "application/n-quads").decode()
    got, want = Dataset().parse(data=body, format="json-ld"), Dataset().parse(data=nq, format="nquads")
    assert len(got) == len(want) > 0
    assert '"rdfs:label"' in body


def test_construct_results_in_json_ld_are_the_turtle_triples(live_server, linked_store):
    q = urllib.parse.quote("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 200")
    ld = _get(f"{live_server}/sparql?query={q}", "application/ld+json").decode()
    ttl = _get(f"{live_server}/sparql?query={q}", "text/turtle").decode()
    assert isomorphic(Graph().parse(data=ld, format="json-ld"), Graph().parse(data=ttl, format="turtle"))
    assert ld.startswith('{"@context"')
