"""The namespaces of ../shared/MODEL.md, as rdflib namespaces, and one place that binds their prefixes."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

KG = Namespace("https://w3id.org/newskg#")
SCHEMA = Namespace("http://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
WD = Namespace("http://www.wikidata.org/entity/")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

#: The ontology's own IRI, also the name of the graph that holds it in the store.
ONTOLOGY_GRAPH = "https://w3id.org/newskg"

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "prov": str(PROV),
    "time": str(TIME),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "dcterms": str(DCTERMS),
    "wd": str(WD),
}

__all__ = ["KG", "SCHEMA", "SEM", "NIF", "ITSRDF", "WD", "VOID", "SD", "PROV", "TIME", "SKOS",
           "OWL", "RDF", "RDFS", "XSD", "DCTERMS", "PREFIXES", "ONTOLOGY_GRAPH", "bind_prefixes",
           "sparql_prologue"]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the model's prefixes on `graph` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def sparql_prologue() -> str:
    """PREFIX lines for every namespace of the model, for example queries and tests."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
