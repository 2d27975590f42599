"""SHACL-gated writes: a SPARQL Update or a set of graph changes is validated before it commits.

An Update runs first on a scratch copy of the store (a RocksDB checkpoint: hard links, cheap), so
its WHERE clauses see exactly the data they would see live. The graphs it touched are read back
from the copy, each is validated against the shapes, and only if all conform are they written to
the live store in one transaction (`replace_graphs`), which also keeps the default graph the exact
union. Writes to the default graph itself are refused: it is derived from the named graphs.
https://www.w3.org/TR/sparql11-update/
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import InputError, KgError, QueryError, ShapeViolation

ALL = "*"  # every named graph may change (GRAPH ?g templates, CLEAR ALL …)
_DERIVED = ("the default graph is the union of the named graphs and is derived from them; "
            "write to a named graph instead (GRAPH <…> { … }, or WITH <…>)")


@dataclass(frozen=True)
class WriteResult:
    """What a write changed: graph name → its new triple count, or None when it was dropped."""

    changed: dict[str, int | None]

    def as_dict(self) -> dict:
        return {"changed": self.changed}


def update_targets(text: str) -> set[str]:
    """The named graphs an Update may write (ALL when it cannot be told from the text).
    Raises InputError for writes to the default graph and for LOAD."""
    from rdflib import URIRef, Variable
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        ops = translateUpdate(parseUpdate(text)).algebra
    except Exception as exc:  # pyparsing raises its own types; the text already parsed in Oxigraph
        raise QueryError(f"cannot analyse the update: {exc}") from exc
    targets: set[str] = set()

    def graph(term: object) -> None:
        if isinstance(term, URIRef):
            targets.add(str(term))
        elif isinstance(term, Variable) or term in ("ALL", "NAMED"):
            targets.add(ALL)
        else:  # 'DEFAULT', None
            raise InputError(_DERIVED)

    for op in ops:
        if op.name == "Load":
            raise KgError("LOAD is not allowed over HTTP (it would make the server fetch any URL); "
                          "upload the data with the Graph Store Protocol or `kg load`", status=403)
        if op.name in ("InsertData", "DeleteData", "DeleteWhere"):
            for g in op.quads or {}:
                graph(g)
            if op.triples:
                raise InputError(_DERIVED)
        elif op.name == "Modify":
            for part in (op.delete, op.insert):
                if not part:
                    continue
                for g in part.quads or {}:
                    graph(g)
                if part.triples:
                    graph(op.withClause) if op.withClause is not None else graph(None)
        elif op.name in ("Clear", "Drop", "Create"):
            graph(op.graphiri)
        elif op.name in ("Add", "Copy", "Move"):
            src, dst = op.graph
            graph(dst)
            if op.name == "Move" and src != "DEFAULT":
                graph(src)
        else:
            raise InputError(f"unsupported update operation {op.name}")
    return targets


def _graph_triples(store: ox.Store, name: str) -> set[ox.Triple] | None:
    g = ox.NamedNode(name)
    if not store.contains_named_graph(g):
        return None
    return {q.triple for q in store.quads_for_pattern(None, None, None, g)}


def gate(store, changes: Mapping[str, set[ox.Triple] | None],
         validate: Callable[[str, set[ox.Triple]], None]) -> WriteResult:
    """Validate every graph that changes (`validate` raises ShapeViolation), then commit them all
    in one transaction; nothing is written when any graph fails."""
    with store.write_lock:  # what is compared, validated and written is what stays
        real = {}
        for name, new in changes.items():
            old = _graph_triples(store.raw, name)
            if new != old:
                real[name] = new
        for name, new in real.items():
            if new is not None and new:
                validate(name, new)
        store.replace_graphs(real)
    return WriteResult({n: (len(t) if t is not None else None) for n, t in real.items()})


def apply_update(store, text: str, validate: Callable[[str, set[ox.Triple]], None]) -> WriteResult:
    """Run a SPARQL Update on a scratch copy, validate the graphs it changed, commit them."""
    try:  # Oxigraph's parser gives the message users get; an empty store makes this cheap
        _syntax_check(text)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL Update syntax error: {exc}") from exc
    targets = update_targets(text)
    with store.write_lock:
        scratch, folder = _scratch_copy(store)
        try:
            try:
                scratch.update(text)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL Update syntax error: {exc}") from exc
            except OSError as exc:
                raise KgError(f"the update failed: {exc}", status=400) from exc
            if ALL in targets:
                names = {g.value for g in scratch.named_graphs() if isinstance(g, ox.NamedNode)}
                names |= set(store.graph_names())
            else:
                names = targets
            changes = {n: _graph_triples(scratch, n) for n in names}
        finally:
            del scratch
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
        return gate(store, changes, validate)


def _syntax_check(text: str) -> None:
    from kg.query import has_keyword

    if has_keyword(text, "LOAD"):  # refused by update_targets; never run it, even on a scratch store
        return
    ox.Store().update(text)


def _scratch_copy(store) -> tuple[ox.Store, str | None]:
    if store.in_memory:
        copy = ox.Store()
        copy.extend(store.raw)
        return copy, None
    parent = os.path.dirname(os.path.abspath(store.location))
    folder = tempfile.mkdtemp(prefix=".kg-update-", dir=parent)  # same disk: hard links work
    target = os.path.join(folder, "copy")
    store.checkpoint(target)
    return ox.Store(target), folder


def validator(ensure_conforms: Callable) -> Callable[[str, set[ox.Triple]], None]:
    """Adapt kg.validate.ensure_conforms to pyoxigraph triples, naming the graph in the message."""
    from kg.store.oxigraph import triples_to_graph

    def check(name: str, triples: set[ox.Triple]) -> None:
        ensure_conforms(triples_to_graph(triples), f"graph <{name}>")

    return check


__all__ = ["ALL", "ShapeViolation", "WriteResult", "apply_update", "gate", "update_targets",
           "validator"]
