"""What the Dask workers of tests/test_cluster.py run besides the pipeline: an extractor whose
records put a mention where its text is not, so the writer must refuse the document."""

from __future__ import annotations

from kg.records import Document, Entity, Extraction, Span
from kg.settings import Settings


def prepare_with_a_misplaced_mention(document: Document, settings: Settings):
    """A worker's answer for a graph that does not conform: the records, and no graph."""
    name = document.text.split(".")[0]
    # the mention's offsets cover one letter, not the name it says it anchors
    entity = Entity("e1", "person", name, (Span(0, 1, name),))
    return Extraction(document=document, entities=(entity,)), None
