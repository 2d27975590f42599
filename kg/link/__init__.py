"""Entity linking: adds Wikidata identities to entity records before any RDF exists.

`annotate` links with the offline gazetteer (kg.link.linker), then merges the entities of one
document that turned out to be one thing (same Wikidata item, or the same normalised name).
`kg.link.reconcile` does the same online against a SPARQL endpoint, on request only.
"""

from __future__ import annotations

from kg.link.gazetteer import Gazetteer, load_gazetteer
from kg.link.identity import merge_same_identity
from kg.link.linker import link_entities
from kg.records import Extraction

__all__ = ["annotate", "load_gazetteer", "Gazetteer"]


def annotate(extraction: Extraction, gazetteer: Gazetteer | None = None) -> Extraction:
    """Link the extraction's entities to Wikidata where `gazetteer` settles them (the pipeline
    passes the one `Settings.gazetteer` names; None = the index shipped with the project)."""
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    return merge_same_identity(link_entities(extraction, gaz), gaz)
