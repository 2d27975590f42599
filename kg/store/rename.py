"""Moving every IRI under one base to another (`kg rebase`), for any backend: each graph is read,
its IRIs moved, and all are written back in one `replace_graphs`."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox


def rename_iris(store: Any, old: str, new: str) -> tuple[int, int]:
    """Rewrite every IRI of `store` that starts with `old` to start with `new` instead (graph
    names too); returns (graphs, triples) afterwards. The caller holds the store's write lock."""

    def moved(term: Any) -> Any:
        if isinstance(term, ox.NamedNode) and term.value.startswith(old):
            return ox.NamedNode(new + term.value[len(old):])
        return term

    changes: dict[str, Any] = {}
    triples = 0
    for name in store.graph_names():
        graph = {ox.Triple(moved(t.subject), moved(t.predicate), moved(t.object))
                 for t in store.triples(name)}
        triples += len(graph)
        target = moved(ox.NamedNode(name)).value
        if target != name:
            changes[name] = None
        changes[target] = graph
    store.replace_graphs(changes)
    return len(store.graph_names()), triples
