"""Keeps the ontology (shapes/ontology.ttl) in its named graph https://w3id.org/newskg of the store.

MODEL.md puts the event classes, their labels, `rdfs:subClassOf` and `kg:cameoCode` there, so that
`?e a/rdfs:subClassOf* kg:Threat` and `?class kg:cameoCode ?code` work at the endpoint. The graph is
written like any other named graph (`replace_graphs`), so its triples join the set-union default
graph, and it is replaced only when the file changed.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.rdf.vocab import ONTOLOGY_GRAPH

ONTOLOGY_FILE = Path(__file__).resolve().parents[2] / "shapes" / "ontology.ttl"


@functools.cache
def ontology_triples() -> frozenset[ox.Triple]:
    """The triples of shapes/ontology.ttl."""
    with open(ONTOLOGY_FILE, "rb") as f:
        quads = ox.parse(f, ox.RdfFormat.TURTLE, base_iri=ONTOLOGY_GRAPH)
        return frozenset(q.triple for q in quads)


def ensure_ontology(store: Any) -> bool:
    """Make the store's ontology graph hold exactly the current ontology; True when written."""
    want = ontology_triples()
    if store.has_graph(ONTOLOGY_GRAPH) and store.triples(ONTOLOGY_GRAPH) == want:
        return False
    store.replace_graphs({ONTOLOGY_GRAPH: set(want)})
    return True
