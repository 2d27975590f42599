"""Embedded Oxigraph store on disk with a materialised, exact set-union default graph.

Writes keep an invariant: a triple is in the default graph iff at least one named graph holds it.
Every write is one SPARQL Update, which Oxigraph applies in a single transaction, so a failed
write leaves nothing behind. A process-wide lock serialises writers, because the set of default
graph triples to remove is computed from the store before the update runs.
"""

from __future__ import annotations

import os
import threading
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import InputError, QueryError, StoreError
from kg.rdf.formats import RDF_FORMATS

DEFAULT = ox.DefaultGraph()


def to_ox(term: Any) -> Any:
    """rdflib term → pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise InputError(f"cannot store RDF term {term!r}")


def from_ox(term: Any) -> Any:
    """pyoxigraph term → rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"unsupported term {term!r}")


class OxigraphStore:
    """The default backend: pyoxigraph.Store on disk (or in memory for '' / ':memory:')."""

    def __init__(self, location: str, *, read_only: bool = False):
        self.location = location
        self._lock = threading.Lock()
        try:
            if location in ("", ":memory:"):
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(location)
            else:
                os.makedirs(location, exist_ok=True)
                self._store = ox.Store(location)
        except OSError as exc:
            raise StoreError(f"cannot open the store at {location!r}: {exc}") from exc

    # -- writes ---------------------------------------------------------------------------

    def replace_graph(self, name: str, graph: Graph) -> int:
        g = ox.NamedNode(name)
        new = {ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph}
        if any(isinstance(t, ox.BlankNode) for tr in new for t in (tr.subject, tr.object)):
            raise InputError("document graphs must not contain blank nodes (skolemise them first)")
        with self._lock:
            old = {q.triple for q in self._store.quads_for_pattern(None, None, None, g)}
            removed, added = old - new, new - old
            orphaned = [t for t in removed if not self._held_elsewhere(t, g)]
            self._apply(g, removed, orphaned, added, create=not old)
        return len(new)

    def drop_graph(self, name: str) -> bool:
        g = ox.NamedNode(name)
        with self._lock:
            if not self._store.contains_named_graph(g):
                return False
            old = {q.triple for q in self._store.quads_for_pattern(None, None, None, g)}
            orphaned = [t for t in old if not self._held_elsewhere(t, g)]
            self._apply(g, old, orphaned, set(), drop=True)
        return True

    def _held_elsewhere(self, triple: ox.Triple, graph: ox.NamedNode) -> bool:
        for q in self._store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None):
            if q.graph_name != graph and q.graph_name != DEFAULT:
                return True
        return False

    def _apply(self, g: ox.NamedNode, removed, orphaned, added, *, create: bool = False,
               drop: bool = False) -> None:
        parts = []
        if removed or orphaned:
            body = "".join(f"{t} .\n" for t in orphaned)
            inner = "".join(f"{t} .\n" for t in removed)
            parts.append(f"DELETE DATA {{\n{body}GRAPH {g} {{\n{inner}}}\n}}")
        if drop:
            parts.append(f"DROP SILENT GRAPH {g}")
        if create:
            parts.append(f"CREATE SILENT GRAPH {g}")
        if added:
            lines = "".join(f"{t} .\n" for t in added)
            parts.append(f"INSERT DATA {{\n{lines}GRAPH {g} {{\n{lines}}}\n}}")
        if not parts:
            return
        try:
            self._store.update(" ;\n".join(parts))
        except (SyntaxError, OSError) as exc:  # SyntaxError here means a term we failed to escape
            raise StoreError(f"the write to {g.value} failed and was rolled back: {exc}") from exc

    # -- reads ----------------------------------------------------------------------------

    def has_graph(self, name: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(name))

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_size(self, name: str) -> int:
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(name)))

    def graph(self, name: str) -> Graph:
        out = Graph()
        for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(name)):
            out.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return out

    def triples_count(self) -> int:
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, DEFAULT))

    def quads_count(self) -> int:
        return len(self._store) - self.triples_count()

    def query(self, sparql: str, *, default_graph: list[str] | None = None,
              named_graphs: list[str] | None = None, timeout: float | None = None) -> Any:
        kwargs: dict[str, Any] = {}
        if default_graph:
            kwargs["default_graph"] = [ox.NamedNode(i) for i in default_graph]
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(i) for i in named_graphs]
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"the query failed: {exc}") from exc

    def quads(self, graph: str | None = None):
        """Iterate the quads of the named graphs (all of them, or one); the default graph is derived."""
        if graph is not None:
            yield from self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            return
        for q in self._store:
            if q.graph_name != DEFAULT:
                yield q

    def dump(self, output: IO[bytes], fmt: str, *, graph: str | None = None) -> None:
        """Triple formats get the default graph (the set union) or `graph`; quad formats every named graph."""
        spec = RDF_FORMATS[fmt]
        if spec.dataset:
            ox.serialize(self.quads(graph), output, spec.ox_format)
        else:
            source = ox.NamedNode(graph) if graph else DEFAULT
            self._store.dump(output, spec.ox_format, from_graph=source,
                             prefixes=spec.prefixes)

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        # pyoxigraph closes the database when the object is released
        self._store = None  # type: ignore[assignment]
