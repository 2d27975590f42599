"""The RDF terms that cross the store seam: pyoxigraph's term classes (NamedNode, Literal,
BlankNode, Triple) used as plain values, apart from any store engine, and their conversion to and
from rdflib (for SHACL validation and rdflib's serialisers)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import InputError, StoreError


def to_ox(term: Any) -> Any:
    """rdflib term → pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise InputError(f"cannot store RDF term {term!r}")


def from_ox(term: Any) -> Any:
    """pyoxigraph term → rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"unsupported term {term!r}")


def triples_to_graph(triples: Iterable[ox.Triple]) -> Graph:
    """pyoxigraph triples → an rdflib Graph (for SHACL validation and rdflib serialisers)."""
    out = Graph()
    for t in triples:
        out.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return out
