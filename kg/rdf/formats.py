"""One table of the formats the service speaks: RDF serialisations and SPARQL result formats.

Maps a short key ↔ media type ↔ file extension ↔ pyoxigraph/rdflib names; the CLI, the dumps and
content negotiation all read this table and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.rdf.vocab import PREFIXES


@dataclass(frozen=True)
class RdfFormat:
    key: str
    media_type: str
    extension: str
    ox_format: ox.RdfFormat
    rdflib_name: str
    dataset: bool  # holds named graphs
    aliases: tuple[str, ...] = ()
    prefixes: dict[str, str] | None = field(default=None, hash=False, compare=False)


@dataclass(frozen=True)
class ResultsFormat:
    key: str
    media_type: str
    extension: str
    ox_format: ox.QueryResultsFormat
    aliases: tuple[str, ...] = ()


RDF_FORMATS: dict[str, RdfFormat] = {f.key: f for f in (
    RdfFormat("ttl", "text/turtle", "ttl", ox.RdfFormat.TURTLE, "turtle", False,
              ("turtle", "application/x-turtle"), PREFIXES),
    RdfFormat("nt", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES, "nt", False,
              ("ntriples", "n-triples", "text/plain")),
    RdfFormat("nq", "application/n-quads", "nq", ox.RdfFormat.N_QUADS, "nquads", True,
              ("nquads", "n-quads", "text/x-nquads")),
    RdfFormat("trig", "application/trig", "trig", ox.RdfFormat.TRIG, "trig", True,
              ("application/x-trig",), PREFIXES),
    RdfFormat("jsonld", "application/ld+json", "jsonld", ox.RdfFormat.JSON_LD, "json-ld", True,
              ("json-ld",)),
    RdfFormat("rdf", "application/rdf+xml", "rdf", ox.RdfFormat.RDF_XML, "xml", False,
              ("rdfxml", "rdf/xml", "xml", "owl"), PREFIXES),
)}

RESULTS_FORMATS: dict[str, ResultsFormat] = {f.key: f for f in (
    ResultsFormat("json", "application/sparql-results+json", "srj", ox.QueryResultsFormat.JSON,
                  ("srj", "application/json")),
    ResultsFormat("xml", "application/sparql-results+xml", "srx", ox.QueryResultsFormat.XML,
                  ("srx", "application/xml", "text/xml")),
    ResultsFormat("csv", "text/csv", "csv", ox.QueryResultsFormat.CSV),
    ResultsFormat("tsv", "text/tab-separated-values", "tsv", ox.QueryResultsFormat.TSV),
)}


def _lookup(table: dict, name: str):
    name = name.strip().lower()
    for f in table.values():
        if name in (f.key, f.media_type, f.extension, *f.aliases):
            return f
    return None


def rdf_format(name: str) -> RdfFormat | None:
    """The RDF format named by key, media type, extension or alias, else None."""
    return _lookup(RDF_FORMATS, name)


def results_format(name: str) -> ResultsFormat | None:
    return _lookup(RESULTS_FORMATS, name)
