"""What a SPARQL Update may write, read from its text without running it, for any backend: the
named graphs its operations name, ALL when some depend on its data; LOAD refused (403) and writes
to the default graph refused (it is derived from the named graphs).
https://www.w3.org/TR/sparql11-update/
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import Forbidden, InputError, QueryError

_NO_LOAD = ("LOAD is not allowed (it would make the server fetch any URL); upload the data with "
            "the Graph Store Protocol or `kg load`")
ALL = "*"  # every named graph may change (GRAPH ?g templates, CLEAR ALL …)
_DERIVED = ("the default graph is the union of the named graphs and is derived from them; "
            "write to a named graph instead (GRAPH <…> { … }, or WITH <…>)")


@dataclass
class _Plan:
    """What one operation of an Update may write: fixed graphs, and graph variables of its
    templates (their bindings are found by running its WHERE as a SELECT)."""

    graphs: set[str]
    variables: list[str]
    every: bool = False  # ALL/NAMED, or variables whose bindings cannot be found from the text


def _plans(text: str) -> list[_Plan]:
    from rdflib import URIRef, Variable
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        ops = translateUpdate(parseUpdate(text)).algebra
    except Exception as exc:  # pyparsing raises its own types; the text already parsed in Oxigraph
        raise QueryError(f"cannot analyse the update: {exc}") from exc
    plans = []
    for op in ops:
        plan = _Plan(set(), [])

        def graph(term: object) -> None:
            if isinstance(term, URIRef):
                plan.graphs.add(str(term))
            elif isinstance(term, Variable):
                plan.variables.append(str(term))
                if getattr(op, "using", None) or getattr(op, "withClause", None) is not None:
                    plan.every = True  # the WHERE reads another dataset: compare everything
            elif term in ("ALL", "NAMED"):
                plan.every = True
            else:  # 'DEFAULT', None
                raise InputError(_DERIVED)

        if op.name == "Load":
            raise Forbidden(_NO_LOAD)
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
        plans.append(plan)
    return plans


def update_targets(text: str) -> set[str]:
    """The named graphs an Update may write, ALL when some depend on its data or it says ALL.
    Raises InputError for writes to the default graph and 403 for LOAD."""
    out: set[str] = set()
    for plan in _plans(text):
        out |= plan.graphs
        if plan.every or plan.variables:
            out.add(ALL)
    return out
