"""SHACL validation of document graphs against shapes/*.ttl (loaded once per process)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from pyshacl import validate as _pyshacl_validate

from kg.errors import ShapeViolation

SHAPES_DIR = Path(__file__).resolve().parent.parent / "shapes"
SHAPE_FILES = ("document.ttl", "mention.ttl", "entity.ttl", "event.ttl", "statement.ttl")


@dataclass(frozen=True)
class Report:
    """The outcome of a validation: `graph` is the W3C SHACL validation report as RDF."""

    conforms: bool
    graph: Graph
    text: str


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
