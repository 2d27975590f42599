"""Ingest and load on a Dask distributed cluster: workers extract, build and validate documents;
this process alone decides cross-document identity and writes to the store, in batches.

Identity needs one writer: a slug is given to the first document that claims it, so documents
are settled in input order, each against the store plus the documents of the batch not yet
written (`_Pending`). The store therefore ends exactly as a serial ingest of the same inputs
leaves it. Workers return plain records and the N-Triples of the graph they validated with the
default slugs; the writer rebuilds and re-validates only a document whose slugs changed.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from distributed import Client, LocalCluster, WorkerPlugin

from kg.errors import KgError, ShapeViolation, StoreError
from kg.settings import Settings

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.pipeline import IngestResult
    from kg.records import Document, Extraction
    from kg.store import Store

BATCH_DOCS = 32  # documents per store transaction: fewer commits, little memory
CONNECT_TIMEOUT_S = 15


class WarmModels(WorkerPlugin):
    """Loads the NLP models and the SHACL shapes once when a worker starts, not in a task."""

    name = "newskg-models"

    def __init__(self, languages: tuple[str, ...]):
        self.languages = languages

    def setup(self, worker: Any) -> None:
        from kg import nlp
        from kg.link.gazetteer import load_gazetteer
        from kg.validate import shapes_graph

        for lang in self.languages:
            extractor = nlp.extractor_for(lang)  # cached per process: every task reuses it
            warm_up = getattr(extractor, "warm_up", None)
            if warm_up is not None:
                warm_up()
        load_gazetteer(Settings.load().gazetteer)  # as kg.link.annotate loads it
        shapes_graph()


@contextmanager
def connect(settings: Settings) -> Iterator[Client]:
    """A client of the scheduler at `settings.scheduler`, or of a local cluster of
    `settings.workers` processes (one thread each: the NLP holds the GIL), closed after."""
    cluster = None
    try:
        if settings.scheduler:
            client = Client(settings.scheduler, timeout=CONNECT_TIMEOUT_S)
        else:
            cluster = LocalCluster(n_workers=settings.workers, threads_per_worker=1,
                                   processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = settings.scheduler or f"a local cluster of {settings.workers} workers"
        raise KgError(f"cannot reach the Dask scheduler at {where}: {exc}") from exc
    try:
        client.register_plugin(WarmModels(tuple(sorted({settings.lang}))), name=WarmModels.name)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def threads(client: Client) -> int:
    """Worker threads the cluster has now (at least one)."""
    return max(1, sum(w["nthreads"] for w in client.scheduler_info()["workers"].values()))


def prepare_remote(document: Document, settings: Settings) -> tuple[Extraction, bytes | None]:
    """On a worker: the records of a document and the N-Triples of its graph with default slugs,
    or None in place of them when that graph does not conform (the writer reports why)."""
    from kg.pipeline import extract, validated_graph

    extraction = extract(document, settings)
    try:
        graph = validated_graph(extraction, settings)
    except ShapeViolation:
        return extraction, None
    return extraction, _ntriples(graph)


def _ntriples(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


@dataclass
class Summary:
    """What a cluster ingest did: documents stored, refused by the shapes, failed otherwise."""

    stored: int = 0
    refused: list[tuple[str, KgError]] = field(default_factory=list)
    failed: list[tuple[str, KgError]] = field(default_factory=list)

    def line(self) -> str:
        return (f"kg: {self.stored} documents stored, {len(self.refused)} refused by the shapes, "
                f"{len(self.failed)} failed")


class _Pending:
    """Documents settled but not yet written, and a query view of the store with them in it."""

    def __init__(self, store: Store, on_stored: Callable[[IngestResult], None],
                 on_failed: Callable[[str, KgError], None]):
        self.store, self.on_stored, self.on_failed = store, on_stored, on_failed
        self.graphs: dict[str, set[ox.Triple]] = {}
        self.results: list[IngestResult] = []
        self.mirror: Store | None = None

    def __contains__(self, doc_iri: str) -> bool:
        return doc_iri in self.graphs

    def __len__(self) -> int:
        return len(self.graphs)

    def add(self, doc_iri: str, triples: set[ox.Triple], result: IngestResult) -> None:
        from kg.store import open_store

        if self.mirror is None:
            self.mirror = open_store(":memory:")
        self.mirror.replace_graphs({doc_iri: triples})
        self.graphs[doc_iri] = triples
        self.results.append(result)

    def query(self, sparql: str, **options: Any) -> Iterable[Any]:
        """Rows from the store and from the pending documents. Exact for the queries identity
        asks, whose patterns all sit inside one GRAPH ?g: no row needs both sources."""
        rows = self.store.query(sparql, **options)
        if self.mirror is None:
            return rows
        return itertools.chain(rows, self.mirror.query(sparql, **options))

    def flush(self) -> None:
        """Write the pending documents in one transaction; if it fails, they all failed."""
        if not self.graphs:
            return
        graphs, results = self.graphs, self.results
        self.graphs, self.results, self.mirror = {}, [], None
        try:
            with self.store.write_lock:
                self.store.replace_graphs(graphs)
        except StoreError as exc:
            for result in results:
                self.on_failed(result.doc_iri, exc)
            return
        for result in results:
            self.on_stored(result)


class _KnownGraphs:
    """Whether the store holds a document's graph, asked for every document in flight at once
    (one request per window on a remote store, not one per document). This process is the only
    writer of the documents it ingests, so an answer stays true until it writes that document,
    which `written` records."""

    def __init__(self, store: Store, upcoming: Callable[[], list[str]]):
        self.store, self.upcoming = store, upcoming
        self.answers: dict[str, bool] = {}

    def __call__(self, doc_iri: str) -> bool:
        if doc_iri not in self.answers:
            todo = [n for n in dict.fromkeys([doc_iri, *self.upcoming()])
                    if n not in self.answers]
            there = self.store.existing_graphs(todo)
            self.answers.update((n, n in there) for n in todo)
        return self.answers[doc_iri]

    def written(self, doc_iri: str) -> None:
        self.answers[doc_iri] = True


def ingest(items: Iterable[tuple[str, Document | KgError]], *, settings: Settings, store: Store,
           client: Client, reconciler: Any = None,
           on_stored: Callable[[IngestResult], None] = lambda r: None,
           on_error: Callable[[str, KgError], None] = lambda n, e: None,
           on_done: Callable[[], None] = lambda: None, batch: int = BATCH_DOCS,
           prepare: Callable[[Document, Settings], tuple[Extraction, bytes | None]] = prepare_remote
           ) -> Summary:
    """Ingest (name, document) pairs on the cluster; a KgError in place of a document (an input
    that could not be read) is counted as failed. The store ends as a serial ingest leaves it.
    `prepare` is what workers run on each document (`prepare_remote`, or another extractor's)."""
    summary = Summary()

    def failed(name: str, exc: KgError) -> None:
        (summary.refused if isinstance(exc, ShapeViolation) else summary.failed).append((name, exc))
        on_error(name, exc)

    from kg.rdf import iris

    # enough documents in flight to keep every worker busy while the writer waits for the next
    window = 4 * threads(client) + 4
    in_flight: deque[tuple[str, Document | KgError, Any]] = deque()
    known = _KnownGraphs(store, lambda: [iris.doc_iri(settings.base, d.id)
                                         for _, d, _ in in_flight if not isinstance(d, KgError)])

    def stored(result: IngestResult) -> None:
        known.written(result.doc_iri)
        summary.stored += 1
        on_stored(result)

    pending = _Pending(store, stored, failed)

    def settle(name: str, doc: Document | KgError, future: Any) -> None:
        try:
            if isinstance(doc, KgError):
                raise doc
            extraction, nt = future.result()
            _settle(doc, extraction, nt, settings, store, pending, reconciler, known)
            if len(pending) >= batch:
                pending.flush()
        except KgError as exc:
            failed(name, exc)
        except Exception as exc:  # a worker died or a task broke: this document fails, not the run
            failed(name, KgError(f"{type(exc).__name__}: {exc}"))
        on_done()

    def drain() -> None:
        while in_flight:
            settle(*in_flight.popleft())
        pending.flush()

    try:
        for name, doc in items:
            future = None if isinstance(doc, KgError) else client.submit(
                prepare, doc, settings, pure=False)
            in_flight.append((name, doc, future))
            while len(in_flight) >= window:
                settle(*in_flight.popleft())
    except KgError:  # the inputs ran out early (a missing file): store what came before
        drain()
        raise
    drain()
    return summary


def _settle(document: Document, extraction: Extraction, nt: bytes | None, settings: Settings,
            store: Store, pending: _Pending, reconciler: Any, known: _KnownGraphs) -> None:
    """Decide the document's slugs against everything written or pending before it, and add it
    to the batch; ShapeViolation when its final graph does not conform."""
    from kg.link import load_gazetteer
    from kg.pipeline import IngestResult, assign_slugs, validated_graph
    from kg.rdf import iris

    if reconciler is not None:
        linked = reconciler.reconcile(extraction)
        if linked != extraction:  # the worker's graph predates the online links
            extraction, nt = linked, None
    doc_iri = iris.doc_iri(settings.base, document.id)
    replaced = known(doc_iri)
    if replaced or doc_iri in pending:
        # the pending view cannot hide an older version of this document from the others' queries
        pending.flush()
        replaced = known(doc_iri)
    settled = assign_slugs(extraction, pending, settings.base, load_gazetteer(settings.gazetteer))
    if settled != extraction or nt is None:  # raises ShapeViolation with the report if refused
        nt = _ntriples(validated_graph(settled, settings))
    triples = set(ox.parse(nt, ox.RdfFormat.N_TRIPLES))
    pending.add(doc_iri, triples, IngestResult(
        document.id, doc_iri, len(triples), len(settled.entities), len(settled.events),
        len(settled.statements), replaced))
    if replaced:
        pending.flush()


def cmd_ingest(args: Any, settings: Settings) -> int:
    """`kg ingest` with --scheduler or --workers: the same inputs and output as the serial
    command, a summary line of what was stored, refused and failed, and exit status 1 when any
    document was not stored."""
    from kg import cli
    from kg.pipeline import make_document

    total = cli._count_inputs(args.paths)
    progress = cli._Progress(total, args.progress or sys.stderr.isatty())

    def documents() -> Iterator[tuple[str, Document | KgError]]:
        for text, stem, path in cli._inputs(args.paths):
            name = str(path) if path is not None else "-"
            try:
                if isinstance(text, KgError):
                    raise text
                meta = cli._sidecar(path)
                flags = {"id": args.id, "title": args.title, "published": args.published,
                         "url": args.url, "lang": args.lang}
                meta.update({k: v for k, v in flags.items() if v is not None})
                if "id" not in meta and stem is not None:
                    meta["id"] = stem
                yield name, make_document(text, settings=settings, **meta)
            except KgError as exc:
                yield name, exc

    def stored(r: IngestResult) -> None:
        print(f"{r.doc_iri}\t{r.triples} triples\t{r.entities} entities\t{r.events} events\t"
              f"{r.statements} statements" + ("\t(replaced)" if r.replaced else ""), flush=True)

    def error(name: str, exc: KgError) -> None:
        prefix = f"{name}: " if not exc.message.startswith(name) else ""
        detail = f"\n{exc.report.text}" if isinstance(exc, ShapeViolation) else ""
        print(f"kg: {prefix}{exc.message} (not stored){detail}", file=sys.stderr, flush=True)

    store = cli._open(args, write=True)
    settings = cli._settings(args)  # with the store's base IRI (kg.store.base)
    with connect(settings) as client:
        summary = ingest(documents(), settings=settings, store=store, client=client,
                         reconciler=cli._reconciler(args), on_stored=stored, on_error=error,
                         on_done=progress.step)
    store.flush()
    print(summary.line(), file=sys.stderr)
    return cli.EXIT_ERROR if summary.refused or summary.failed else 0


def cmd_load(args: Any, settings: Settings) -> Any:
    """`kg load` with --scheduler or --workers: the SHACL checks run on the cluster."""
    from kg import cli
    from kg.loader import load

    store = cli._open(args, write=True)
    with connect(settings) as client:
        return load(store, args.files, graph=args.graph, processes=threads(client),
                    executor=client.get_executor(pure=False))
