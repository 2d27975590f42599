"""The store interface every backend implements, and `open_store(settings)` that picks one.

Each document lives in the named graph named by its IRI. The default graph is the set union of
the named graphs, kept exact by every write (see docs/architecture.md), so queries that do not
name a graph see each triple once however many documents assert it.

Callers see only this protocol, the answer shapes of kg.store.answers and the terms of
kg.rdf.terms; how a backend stores, queries and writes stays in its own package
(kg/store/oxigraph/ for the embedded one). A backend is one registry line in `_BACKENDS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # rdflib is slow to import, and query worker processes do not need it
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.settings import Settings
    from kg.store.answers import Answer, Solutions, Triples
    from kg.store.gate import Check, WriteResult


class QueryRunner(Protocol):
    """Runs the endpoint's queries under a timeout (`Store.query_runner`).

    A request is a dict: `query`, `default_graph` and `named_graphs` (IRIs or None), `formats`
    ({"results": key, "graph": key} of kg.rdf.formats, or instead of a key the {status, message}
    of the 406 for that kind of answer), `max_rows`, `head_only`. `run` returns the header
    {"kind": "results" | "boolean" | "graph", "format": key, "cut": max_rows when rows past the
    cap were left out} once the answer is complete (so errors still get their status), and the
    body: the serialised answer, as a 1-tuple of bytes when it is complete already, else an
    iterator of chunks that streams it."""

    workers: int  # processes that run queries (0: they run in the caller's thread)
    stats: dict[str, int]

    def run(self, request: dict, timeout: float,
            gone: Callable[[], bool] | None = None) -> tuple[dict, Iterable[bytes]]:
        """`gone()` says the client closed its connection: a runner that can stop a running
        query does so (and raises QueryCancelled); others may ignore it."""

    def busy(self) -> int:
        """How many queries are running now (for metrics)."""

    @property
    def closed(self) -> bool: ...

    def close(self) -> None: ...


class DumpFiles(Protocol):
    """Whole-store dumps written ahead of downloads, named by store version and format
    (`Store.dump_files`); server/dumps.py serves them."""

    folder: str

    def version(self, generation: int | None = None) -> str:
        """The name shared by the dump files of one store state."""

    def forget_other_versions(self, version: str) -> None: ...

    def preparer(self, delay: float) -> Any:
        """A started preparer: writes the files `delay` s after the last write; `want(ext)`,
        `follow(generation, ext)`, `stop()`."""

    def stream(self, ext: str) -> Iterator[bytes]:
        """The dump in format `ext` ("nt", "nq.gz" …) of the current state, produced outside
        this process."""


class Store(Protocol):
    """What the pipeline, the CLI and the server need from a triple store."""

    location: str  # where the store is, for messages: a folder, ':memory:', an endpoint URL
    read_only: bool
    generation: int  # changes on every write (ETags, caches, query workers re-open on change)
    last_modified: float  # time of the last write (Last-Modified)
    etag_seed: str  # differs between two openings of the store (ETags survive restarts)
    write_lock: Any  # a re-entrant lock: held by writes that read before they write

    # -- reads ------------------------------------------------------------------------------

    def query(self, sparql: str, *, default_graph: list[str] | None = None,
              named_graphs: list[str] | None = None, timeout: float | None = None) -> Answer:
        """Run a SPARQL query in this process: Solutions, a bool or Triples (kg.store.answers)."""

    def select(self, sparql: str, **dataset: Any) -> Solutions: ...

    def ask(self, sparql: str, **dataset: Any) -> bool: ...

    def construct(self, sparql: str, **dataset: Any) -> Triples: ...

    def query_runner(self, settings: Settings) -> QueryRunner:
        """What runs the endpoint's queries under `settings.query_timeout`, streamed and
        serialised; the server keeps one per app and closes it."""

    def has_graph(self, name: str) -> bool: ...

    def existing_graphs(self, names: Iterable[str]) -> set[str]:
        """Which of `names` are graphs of the store, asked at once (`kg load` asks for a whole
        batch: one request on a remote store, not one per graph)."""

    def graph_names(self) -> list[str]: ...

    def graph_size(self, name: str) -> int: ...

    def triples(self, name: str | None) -> set[ox.Triple]:
        """The triples of a named graph (None: the default graph), as kg.rdf.terms values."""

    def graph(self, name: str) -> Graph:
        """A copy of one named graph as an rdflib Graph."""

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of the named graphs (all, or one), graph by graph in IRI order."""

    def triples_count(self) -> int:
        """Triples in the default graph (the set union)."""

    # -- writes (each atomic: a failed write leaves nothing behind) ---------------------------

    def replace_graph(self, name: str, graph: Graph) -> int:
        """Make named graph `name` hold exactly `graph`; return its triple count."""

    def replace_graphs(self, changes: Mapping[str, set[ox.Triple] | None]) -> None:
        """Set several named graphs at once ({name: triples, or None to drop})."""

    def drop_graph(self, name: str) -> bool:
        """Remove named graph `name`; False when there was no such graph."""

    def bulk_add_new_graphs(self, graphs: Mapping[str, set[ox.Triple]]) -> int:
        """Add graphs that do not exist yet (`kg load`'s fast path); returns the triples added."""

    def update(self, text: str, validate: Check) -> WriteResult:
        """Run a SPARQL Update so that it commits only if every graph it changes passes
        `validate` (kg.store.gate.validator); LOAD and writes to the default graph are refused."""

    def rename_iris(self, old: str, new: str) -> tuple[int, int]:
        """Rewrite every IRI that starts with `old` to start with `new` instead, graph names
        included, in one write; returns (graphs, triples) afterwards (`kg rebase`)."""

    # -- dumps, record, upkeep ------------------------------------------------------------------

    def dump(self, output: IO[bytes], fmt: str, *, graph: str | None = None) -> None:
        """Write the store (or one graph) in `fmt` (a kg.rdf.formats key) to `output`."""

    def dump_files(self) -> DumpFiles | None:
        """Dumps prepared ahead of downloads, or None: downloads stream from `dump`."""

    def meta(self) -> dict[str, Any]:
        """What the store records about its data (`{"base": IRI}`); {} for a new store."""

    def set_meta(self, **values: Any) -> None: ...

    def flush(self) -> None: ...

    def optimize(self) -> bool:
        """Compact the store for reading (after a bulk load); False when there is nothing to."""

    def backup(self, target: str) -> None:
        """A consistent copy of the store in the new folder `target`, taken beside readers."""

    def close(self) -> None: ...


# name (KG_STORE_BACKEND) → "module:class"; the class has `open(settings, *, read_only, create)`
_BACKENDS = {
    "oxigraph": "kg.store.oxigraph.store:OxigraphStore",
    "sparql": "kg.store.remote.store:RemoteStore",
}


def open_store(settings: Settings | str, *, read_only: bool = False,
               create: bool = True) -> Store:
    """Open the store `settings` name: the backend `store_backend` (KG_STORE_BACKEND) at `store`
    (KG_STORE). A plain string is a location for the default backend (tests, benchmarks): a
    folder, created if needed unless `create=False`, or '' / ':memory:' for memory.
    `read_only=True` opens an existing store beside a process that holds it for writing."""
    from kg.errors import InputError
    from kg.settings import Settings

    if isinstance(settings, str):
        settings = Settings(store=settings)
    backend = settings.store_backend or ("sparql" if settings.store_query_url else "oxigraph")
    entry = _BACKENDS.get(backend)
    if entry is None:
        raise InputError(f"unknown store backend {backend!r} (KG_STORE_BACKEND); "
                         f"known: {', '.join(sorted(_BACKENDS))}")
    module_name, _, cls_name = entry.partition(":")
    cls = getattr(importlib.import_module(module_name), cls_name)
    return cls.open(settings, read_only=read_only, create=create)
