"""The store interface every backend implements, and `open_store(settings)` that picks one.

Each document lives in the named graph named by its IRI. The default graph is the set union of
the named graphs, kept exact by every write (see docs/architecture.md), so queries that do not
name a graph see each triple once however many documents assert it.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # rdflib is slow to import, and query worker processes do not need it
    from rdflib import Graph


class Store(Protocol):
    """What the pipeline, the CLI and the server need from a triple store."""

    generation: int  # changes on every write (ETags, query workers re-open on change)
    last_modified: float  # time of the last write (Last-Modified)

    def replace_graph(self, name: str, graph: Graph) -> int:
        """Make named graph `name` hold exactly `graph`, atomically; return its triple count."""

    def replace_graphs(self, changes: Any) -> None:
        """Set several named graphs at once ({name: triples, or None to drop}), atomically."""

    def drop_graph(self, name: str) -> bool:
        """Remove named graph `name` atomically; False when there was no such graph."""

    def has_graph(self, name: str) -> bool: ...

    def graph_names(self) -> list[str]: ...

    def graph_size(self, name: str) -> int: ...

    def graph(self, name: str) -> Graph:
        """A copy of one named graph as an rdflib Graph."""

    def query(self, sparql: str, *, default_graph: list[str] | None = None,
              named_graphs: list[str] | None = None, timeout: float | None = None) -> Any:
        """Run a SPARQL query; pyoxigraph QuerySolutions, QueryBoolean or QueryTriples."""

    def dump(self, output: IO[bytes], fmt: str, *, graph: str | None = None) -> None:
        """Write the store (or one graph) in `fmt` (a kg.rdf.formats key) to `output`."""

    def triples_count(self) -> int: ...

    def meta(self) -> dict[str, Any]:
        """What the store records about its data (`{"base": IRI}`); {} for a new store."""

    def set_meta(self, **values: Any) -> None: ...

    # used by SHACL-gated writes, `kg load` and the query workers (kg.store.update, kg.loader,
    # kg.store.workers)
    location: str
    in_memory: bool
    write_lock: Any  # a re-entrant lock: held by writes that read before they write

    def triples(self, name: str | None) -> set:
        """The triples of a named graph (None: the default graph) as pyoxigraph Triples."""

    def bulk_add_new_graphs(self, graphs: Any) -> int:
        """Add graphs that do not exist yet with the bulk loader; their triples join the union."""

    def checkpoint(self, target: str) -> None:
        """A consistent on-disk copy of the store at `target`."""

    def optimize(self) -> None:
        """Compact the store for reading (after a bulk load)."""

    def close(self) -> None: ...


_BACKENDS = {
    "oxigraph": "kg.store.oxigraph:OxigraphStore",
}


def open_store(location: str, backend: str = "oxigraph", **options: Any) -> Store:
    """Open the store at `location` (created if needed, unless `create=False`); '' or ':memory:' is an
    in-memory store. `read_only=True` opens an existing store beside a process that holds it for
    writing."""
    module_name, _, cls_name = _BACKENDS[backend].partition(":")
    import importlib

    cls = getattr(importlib.import_module(module_name), cls_name)
    return cls(location, **options)
