"""Entity linking: adds Wikidata identities to entity records before any RDF exists.

`annotate` links with the offline gazetteer (kg.link.linker), then merges the entities of one
document that turned out to be one thing (same Wikidata item, or the same normalised name).
`kg.link.reconcile` does the same online against a SPARQL endpoint, on request only.
"""

from __future__ import annotations

from kg.identity import merge_same_identity
from kg.link.gazetteer import Gazetteer, load_gazetteer
from kg.link.linker import link_entities
from kg.records import Extraction

__all__ = ["annotate", "load_gazetteer", "Gazetteer"]


def annotate(extraction: Extraction, gazetteer: Gazetteer | None = None) -> Extraction:
    """Link the extraction's entities to Wikidata where the offline gazetteer settles them."""
    if gazetteer is None:
        from kg.settings import Settings

        gazetteer = load_gazetteer(Settings.load().gazetteer)  # KG_GAZETTEER, '' = the shipped index
    gaz = gazetteer
    return merge_same_identity(link_entities(extraction, gaz))
