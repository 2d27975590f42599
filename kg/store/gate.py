"""The SHACL gate every write other than ingest passes, for any backend: the graphs a write
changes are validated, and committed in one `replace_graphs` only when all conform."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyoxigraph as ox

Check = Callable[[str, "set[ox.Triple]"], None]  # raises ShapeViolation; names the graph


@dataclass(frozen=True)
class WriteResult:
    """What a write changed: graph name → its new triple count, or None when it was dropped."""

    changed: dict[str, int | None]

    def as_dict(self) -> dict:
        return {"changed": self.changed}


def gate(store: Any, changes: Mapping[str, set[ox.Triple] | None], validate: Check) -> WriteResult:
    """Validate every graph that changes (`validate` raises ShapeViolation), then commit them all
    in one transaction; nothing is written when any graph fails."""
    with store.write_lock:  # what is compared, validated and written is what stays
        real = {}
        for name, new in changes.items():
            if new is None:  # a drop: no need to read what goes
                if store.has_graph(name):
                    real[name] = None
            elif not store.has_graph(name) or new != store.triples(name):
                real[name] = new
        _validate_all(real, validate)
        store.replace_graphs(real)
    return WriteResult({n: (len(t) if t is not None else None) for n, t in real.items()})


PARALLEL_FROM = 64  # graphs; below this, starting validation processes costs more than it saves


def _validate_all(graphs: Mapping[str, set[ox.Triple] | None], validate: Check) -> None:
    todo = {n: t for n, t in graphs.items() if t}
    if len(todo) >= PARALLEL_FROM and getattr(validate, "shapes", False):
        # e.g. an update that renames an entity in many documents
        from kg.loader import check_many

        verdicts = check_many([(n, "".join(f"{t} .\n" for t in ts).encode())
                               for n, ts in todo.items()])
        todo = {n: todo[n] for n, v in verdicts.items() if v is not None}  # for the full report
    for name, triples in todo.items():
        validate(name, triples)


def validator(ensure_conforms: Callable) -> Check:
    """Adapt kg.validate.ensure_conforms to sets of triples, naming the graph in the message."""
    from kg.rdf.terms import triples_to_graph

    def check(name: str, triples: set[ox.Triple]) -> None:
        ensure_conforms(triples_to_graph(triples), f"graph <{name}>")

    check.shapes = True  # type: ignore[attr-defined]  # the project's shapes: may run in parallel
    return check
