"""`kg link`: re-run the stored documents through the pipeline with online reconciliation on.

Each document's text and metadata are read back from its own graph, so linking needs nothing but
the store; a document whose links do not change is rewritten with the same triples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from kg.errors import KgError
from kg.link.reconcile import Reconciler
from kg.rdf import iris
from kg.settings import Settings

_DOCS = """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX schema: <http://schema.org/>
SELECT ?g ?text ?title ?published ?url ?lang WHERE { GRAPH ?g {
  ?g nif:isString ?text .
  OPTIONAL { ?g schema:headline ?title } OPTIONAL { ?g schema:datePublished ?published }
  OPTIONAL { ?g schema:url ?url } OPTIONAL { ?g schema:inLanguage ?lang } } }"""


def stored_documents(store, settings: Settings, ids: Sequence[str] = ()) -> Iterator[dict]:
    """The arguments of make_document for each stored document (or those named by id or IRI)."""
    wanted = {i if "/" in i else iris.doc_iri(settings.base, i) for i in ids}
    rows = sorted(store.select(_DOCS), key=lambda r: r["g"].value)
    for row in rows:
        doc_iri = row["g"].value
        doc_id = iris.doc_id_of(settings.base, doc_iri)
        if doc_id is None or (wanted and doc_iri not in wanted):
            continue
        values = {name: row[name].value if row[name] is not None else None
                  for name in ("text", "title", "published", "url", "lang")}
        yield {**values, "id": doc_id}


def relink(store, settings: Settings, reconciler: Reconciler, ids: Sequence[str] = (),
           on_error: Callable[[str, KgError], None] | None = None) -> list:
    """Re-ingest stored documents with `reconciler`; the IngestResult of each. A document that
    cannot be re-ingested (say, its graph no longer conforms) is left as it was and reported to
    `on_error` (raised when there is none)."""
    from kg.pipeline import ingest, make_document

    results = []
    for meta in list(stored_documents(store, settings, ids)):
        try:
            doc = make_document(settings=settings, **meta)
            results.append(ingest(doc, settings=settings, store=store, reconciler=reconciler))
        except KgError as exc:
            if on_error is None:
                raise
            on_error(meta["id"], exc)
    return results
