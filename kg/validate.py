"""SHACL validation of document graphs against shapes/*.ttl (loaded once per process)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from pyshacl import validate as _pyshacl_validate

from rdflib.plugins.sparql.algebra import translateQuery as _translate_query
from rdflib.plugins.sparql.parser import parseQuery as _parse_query

from kg.errors import ShapeViolation

SHAPES_DIR = Path(__file__).resolve().parent.parent / "shapes"
SHAPE_FILES = ("document.ttl", "mention.ttl", "entity.ttl", "event.ttl", "statement.ttl")


@dataclass(frozen=True)
class Report:
    """The outcome of a validation: `graph` is the W3C SHACL validation report as RDF."""

    conforms: bool
    graph: Graph
    text: str


@functools.lru_cache(maxsize=1024)
def _prepared(text: str, base: str | None, namespaces: tuple) -> object:
    return _translate_query(_parse_query(text), base, dict(namespaces))


def _cache_sparql_constraints() -> None:
    """pySHACL sends the same SPARQL constraint text to rdflib for every focus node, and rdflib
    re-parses it each time (90% of validation time); parse each text once instead."""
    from rdflib.plugins.sparql import processor

    plain = processor.SPARQLProcessor.query
    if getattr(plain, "_kg_cached", False):
        return

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            strOrQuery = _prepared(strOrQuery, base, tuple(sorted((initNs or {}).items())))
        return plain(self, strOrQuery, initBindings, initNs, base, DEBUG)

    query._kg_cached = True  # type: ignore[attr-defined]
    processor.SPARQLProcessor.query = query


_cache_sparql_constraints()


@functools.cache
def shapes_graph() -> Graph:
    """All the shapes, parsed once."""
    g = Graph()
    for name in SHAPE_FILES:
        g.parse(SHAPES_DIR / name, format="turtle")
    return g


@functools.cache
def ontology_graph() -> Graph:
    return Graph().parse(SHAPES_DIR / "ontology.ttl", format="turtle")


def validate(graph: Graph) -> Report:
    """Validate `graph` against the shapes; never raises for a non-conforming graph."""
    conforms, report_graph, text = _pyshacl_validate(
        graph, shacl_graph=shapes_graph(), advanced=True, allow_warnings=True, inference="none")
    return Report(bool(conforms), report_graph, text)


def ensure_conforms(graph: Graph, what: str = "the graph") -> Report:
    """Validate and raise ShapeViolation (422) with the report when `graph` does not conform."""
    report = validate(graph)
    if not report.conforms:
        raise ShapeViolation(f"{what} does not conform to the SHACL shapes", report)
    return report
