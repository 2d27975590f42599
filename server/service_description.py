"""The W3C SPARQL 1.1 Service Description of the endpoint, as an rdflib graph
(https://www.w3.org/TR/sparql11-service-description/)."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef

from kg import __version__
from kg.rdf.formats import RDF_FORMATS, RESULTS_FORMATS
from kg.rdf.vocab import RDF, SCHEMA, SD, VOID, bind_prefixes
from kg.settings import Settings

_FORMAT_IRIS = {
    "json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "tsv": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "ttl": "http://www.w3.org/ns/formats/Turtle",
    "nt": "http://www.w3.org/ns/formats/N-Triples",
    "nq": "http://www.w3.org/ns/formats/N-Quads",
    "trig": "http://www.w3.org/ns/formats/TriG",
    "jsonld": "http://www.w3.org/ns/formats/JSON-LD",
    "rdf": "http://www.w3.org/ns/formats/RDF_XML",
}


def service_description(settings: Settings) -> Graph:
    g = bind_prefixes(Graph())
    g.bind("sd", SD)
    g.bind("void", VOID)
    svc = URIRef(f"{settings.base}sparql")
    g.add((svc, RDF.type, SD.Service))
    g.add((svc, SD.endpoint, svc))
    g.add((svc, SCHEMA.name, Literal("newskg")))
    g.add((svc, SCHEMA.softwareVersion, Literal(__version__)))  # CHANGELOG.md says what each changed
    g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    if settings.token:  # writes are on (with the bearer token)
        g.add((svc, SD.supportedLanguage, SD.SPARQL11Update))
        for key in ("ttl", "nt", "rdf", "jsonld"):  # Graph Store bodies
            g.add((svc, SD.inputFormat, URIRef(_FORMAT_IRIS[key])))
    if settings.federation.split():
        g.add((svc, SD.feature, SD.BasicFederatedQuery))
    g.add((svc, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    for key in (*RESULTS_FORMATS, *RDF_FORMATS):
        g.add((svc, SD.resultFormat, URIRef(_FORMAT_IRIS[key])))
    g.add((svc, SD.feature, SD.UnionDefaultGraph))
    ds = BNode("dataset")
    g.add((svc, SD.defaultDataset, ds))
    g.add((ds, RDF.type, SD.Dataset))
    dg = BNode("defaultGraph")
    g.add((ds, SD.defaultGraph, dg))
    g.add((dg, RDF.type, SD.Graph))
    g.add((svc, VOID.sparqlEndpoint, svc))
    return g
