"""VoID at /.well-known/void counted from the live store, the ontology at /ns and the shapes at
/shapes, each negotiated between RDF formats and HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf.formats import RDF_FORMATS

VOID = Namespace("http://rdfs.org/ns/void#")
SH = Namespace("http://www.w3.org/ns/shacl#")
KG = Namespace("https://w3id.org/newskg#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SHAPES = Path(__file__).resolve().parent.parent / "shapes"
HTML = {"Accept": "text/html"}


def void_graph(client, accept="text/turtle", fmt="turtle") -> Graph:
    resp = client.get("/.well-known/void", headers={"Accept": accept})
    assert resp.status_code == 200 and resp.mimetype == accept
    return Graph().parse(data=resp.data, format=fmt)


def dataset(g: Graph) -> URIRef:
    (ds,) = [s for s in g.subjects(RDF.type, VOID.Dataset) if g.value(s, VOID.sparqlEndpoint)]
    return ds


def dump_graph(client) -> Graph:
    return Graph().parse(data=client.get("/dump.nt").data, format="nt")


def test_void_counts_triples_documents_and_entities_of_the_store(client, store, linked_store):
    g = void_graph(client)
    ds = dataset(g)
    dump = dump_graph(client)
    assert g.value(ds, VOID.triples).toPython() == len(dump) == store.triples_count()
    assert g.value(ds, VOID.documents).toPython() == 2
    counted = {s for c in (URIRef("http://schema.org/NewsArticle"), URIRef("http://schema.org/Person"),
                           URIRef("http://schema.org/Organization"), URIRef("http://schema.org/Place"),
                           SEM.Event) for s in dump.subjects(RDF.type, c)}
    assert g.value(ds, VOID.entities).toPython() == len(counted) == 11


def test_void_class_partitions_count_each_class(client, linked_store):
    g = void_graph(client)
    dump = dump_graph(client)
    parts = {g.value(p, VOID["class"]): g.value(p, VOID.entities).toPython()
             for p in g.objects(dataset(g), VOID.classPartition)}
    expected = {c: len(set(dump.subjects(RDF.type, c))) for c in set(dump.objects(None, RDF.type))}
    assert parts == expected
    assert parts[KG.Meeting] == 1 and parts[URIRef("http://schema.org/Person")] == 2


def test_void_names_the_endpoint_and_every_dump_and_they_answer(client, settings, linked_store):
    g = void_graph(client)
    ds = dataset(g)
    assert g.value(ds, VOID.sparqlEndpoint) == URIRef(settings.base + "sparql")
    dumps = {str(d) for d in g.objects(ds, VOID.dataDump)}
    expected = {f"{settings.base}dump.{f.extension}{gz}" for f in RDF_FORMATS.values() for gz in ("", ".gz")}
    assert dumps == expected
    for d in sorted(dumps):
        assert client.head("/" + d[len(settings.base):]).status_code == 200, d


def test_void_linkset_counts_the_wikidata_links(client, linked_store):
    g = void_graph(client)
    (ls,) = g.subjects(RDF.type, VOID.Linkset)
    assert g.value(ls, VOID.linkPredicate) == OWL.sameAs
    assert g.value(ls, VOID.subjectsTarget) == dataset(g)
    target = g.value(ls, VOID.objectsTarget)
    assert g.value(target, VOID.uriSpace) == Literal("http://www.wikidata.org/entity/")
    dump = dump_graph(client)
    links = [o for o in dump.objects(None, OWL.sameAs) if str(o).startswith("http://www.wikidata.org/")]
    assert g.value(ls, VOID.triples).toPython() == len(links) == 4


def test_void_follows_the_live_store(client, settings, store, linked_store):
    before = dataset_count(client, VOID.documents)
    store.drop_graph(linked_store["doc2"])
    assert dataset_count(client, VOID.documents) == before - 1
    assert dataset_count(client, VOID.triples) == store.triples_count()


def dataset_count(client, prop) -> int:
    g = void_graph(client)
    return g.value(dataset(g), prop).toPython()


@pytest.mark.parametrize("accept,fmt", [("application/ld+json", "json-ld"),
                                        ("application/n-triples", "nt"),
                                        ("application/rdf+xml", "xml")])
def test_void_in_other_rdf_formats_is_the_same_graph(client, linked_store, accept, fmt):
    turtle = void_graph(client)
    other = void_graph(client, accept, fmt)
    assert len(other) == len(turtle) and dataset(other) == dataset(turtle)


def test_void_for_browsers_is_a_page_with_the_counts(client, store, linked_store):
    resp = client.get("/.well-known/void", headers=HTML)
    assert resp.mimetype == "text/html"
    html = resp.data.decode()
    assert f'<dd id="void-triples">{store.triples_count()}</dd>' in html
    assert "Wikidata" in html and "kg:Meeting" in html


def test_ontology_is_served_with_content_negotiation(client):
    g = Graph().parse(data=client.get("/ns", headers={"Accept": "text/turtle"}).data, format="turtle")
    assert (KG.PhoneCall, RDFS.subClassOf, SEM.Event) in g
    source = Graph().parse(SHAPES / "ontology.ttl")
    assert len(g) == len(source)
    jsonld = client.get("/ns", headers={"Accept": "application/ld+json"})
    assert jsonld.mimetype == "application/ld+json"
    assert len(Graph().parse(data=jsonld.data, format="json-ld")) == len(source)
    assert client.get("/ns.rdf").mimetype == "application/rdf+xml"
    html = client.get("/ns", headers=HTML).data.decode()
    assert 'id="PhoneCall"' in html and "041" in html


def test_shapes_are_every_shape_file_but_the_ontology(client):
    g = Graph().parse(data=client.get("/shapes.ttl").data, format="turtle")
    files = [p for p in SHAPES.glob("*.ttl") if p.name != "ontology.ttl"]
    expected = Graph()
    for p in files:
        expected.parse(p)
    assert set(g.subjects(RDF.type, SH.NodeShape)) == set(expected.subjects(RDF.type, SH.NodeShape))
    assert (URIRef("https://w3id.org/newskg"), RDF.type, OWL.Ontology) not in g
    html = client.get("/shapes", headers=HTML).data.decode()
    assert all(p.name in html for p in files)


def test_unknown_format_suffix_is_404(client):
    assert client.get("/.well-known/void.xyz").status_code == 404
    assert client.get("/ns.exe").status_code == 404
