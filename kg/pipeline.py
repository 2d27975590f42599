"""The only orchestrator: text + metadata → records → RDF → SHACL → store, in that order.

Nothing reaches the store unless the document's whole graph conforms to the shapes, and the
store replaces the document's graph in one transaction, so a failed ingest leaves no trace.
"""

from __future__ import annotations

import re
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from rdflib import Graph

from kg import nlp
from kg.errors import InputError
from kg.link import annotate, load_gazetteer
from kg.link.identity import assign_slugs
from kg.rdf import iris
from kg.rdf.build import build_graph
from kg.records import Document, Extraction
from kg.settings import Settings
from kg.store import Store
from kg.validate import ensure_conforms


@dataclass(frozen=True)
class IngestResult:
    doc_id: str
    doc_iri: str
    triples: int
    entities: int
    events: int
    statements: int
    replaced: bool

    def as_dict(self) -> dict:
        return {"id": self.doc_id, "iri": self.doc_iri, "triples": self.triples,
                "entities": self.entities, "events": self.events,
                "statements": self.statements, "replaced": self.replaced}


def make_document(text: object, *, id: object = None, title: object = None,
                  published: object = None, url: object = None, lang: object = None,
                  settings: Settings | None = None) -> Document:
    """Check what a caller sent and build a Document, or raise InputError saying what is wrong."""
    settings = settings or Settings()
    if not isinstance(text, str) or not text.strip():
        raise InputError("'text' is required: the article text as a non-empty string")
    if len(text) > settings.max_text_chars:
        raise InputError(f"'text' is {len(text)} characters; the limit is {settings.max_text_chars}")
    if "\x00" in text:
        raise InputError("'text' contains a NUL character")
    lang = lang if lang is not None else settings.lang
    if not isinstance(lang, str) or lang not in nlp.languages():
        raise InputError(f"'lang' must be one of {', '.join(nlp.languages())}, not {lang!r}")
    refused = nlp.refusal(text, lang)
    if refused:
        raise InputError(f"'text': {refused}")
    if id is None or id == "":
        doc_id = iris.text_doc_id(text)
    elif isinstance(id, str) and iris.is_valid_doc_id(id):
        doc_id = id
    else:
        raise InputError(f"'id' {id!r} is not a valid document id: use letters, digits, '.', '_', "
                         "'~' or '-', at most 128 characters")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise InputError("'title' must be a non-empty string")
    return Document(id=doc_id, text=text, lang=lang,
                    title=title.strip() if isinstance(title, str) else None,
                    published=_parse_date(published), url=_check_url(url))


def _parse_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", value.strip())
        if m:
            try:
                return date.fromisoformat(m.group(1))
            except ValueError:
                pass
    raise InputError(f"'published' must be a date as YYYY-MM-DD, not {value!r}")


def _check_url(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        parts = urlsplit(value.strip())
        if parts.scheme in ("http", "https") and parts.netloc and not re.search(r"[\s<>\"{}|\\^`]", value.strip()):
            return value.strip()
    raise InputError(f"'url' must be an absolute http(s) URL, not {value!r}")


def extract(document: Document, settings: Settings | None = None) -> Extraction:
    """NLP then linking with the gazetteer the settings name: records only, no RDF."""
    settings = settings or Settings.load()
    return annotate(nlp.extract(document, settings), load_gazetteer(settings.gazetteer))


def prepare(document: Document, settings: Settings) -> tuple[Extraction, Graph]:
    """Everything but the write: the records and the validated graph of one document."""
    extraction = extract(document, settings)
    return extraction, validated_graph(extraction, settings)


def validated_graph(extraction: Extraction, settings: Settings) -> Graph:
    """The RDF graph of an extraction, or ShapeViolation when it does not conform."""
    graph = build_graph(extraction, settings.base)
    ensure_conforms(graph, f"the graph of document {extraction.document.id!r}")
    return graph


def store_extraction(extraction: Extraction, *, settings: Settings, store: Store) -> IngestResult:
    """Build, validate and store records made by any extractor; nothing is stored unless valid."""
    extraction = assign_slugs(extraction, store, settings.base, load_gazetteer(settings.gazetteer))  # one IRI per entity across documents
    graph = validated_graph(extraction, settings)
    document = extraction.document
    doc_iri = iris.doc_iri(settings.base, document.id)
    with getattr(store, "write_lock", None) or nullcontext():
        again = assign_slugs(extraction, store, settings.base, load_gazetteer(settings.gazetteer))  # a write in between may have taken a slug
        if again != extraction:
            extraction, graph = again, validated_graph(again, settings)
        replaced = store.has_graph(doc_iri)
        triples = store.replace_graph(doc_iri, graph)
    return IngestResult(document.id, doc_iri, triples, len(extraction.entities),
                        len(extraction.events), len(extraction.statements), replaced)


def ingest(document: Document, *, settings: Settings, store: Store, reconciler=None) -> IngestResult:
    """Extract, build, validate and store one document, replacing any earlier version of it.
    `reconciler` (a kg.link.reconcile.Reconciler) links online what the gazetteer left unlinked."""
    extraction = extract(document, settings)
    if reconciler is not None:
        extraction = reconciler.reconcile(extraction)
    return store_extraction(extraction, settings=settings, store=store)
