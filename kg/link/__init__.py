"""Entity linking: adds Wikidata identities to entity records before any RDF exists."""

from __future__ import annotations

from kg.records import Extraction


def annotate(extraction: Extraction) -> Extraction:
    """Link the extraction's entities to Wikidata where the offline gazetteer settles them."""
    return extraction
