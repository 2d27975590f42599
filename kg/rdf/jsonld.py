"""JSON-LD with the model's @context: short keys (`rdfs:label`, `schema:name`) instead of full IRIs.

The context (`context()`, published at /context.jsonld) declares the prefixes of MODEL.md; every
JSON-LD the service writes (dumps, pages, CONSTRUCT results) carries it inline, so a file stays
readable offline. `write_jsonld` streams: it groups consecutive statements of one subject (and
graph) into a node object and never holds more than one node, so a dump of millions of quads is
written in constant memory; a subject met again later gets a second node object with the same
`@id`, which JSON-LD processors merge.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

import pyoxigraph as ox

from kg.rdf.vocab import PREFIXES

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def context() -> dict[str, Any]:
    """The JSON-LD context of the model: one term per prefix."""
    return {"@context": dict(sorted(PREFIXES.items()))}


# longest namespace first, so `kg:` and a longer namespace sharing its start never collide
_NAMESPACES = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def compact(iri: str) -> str:
    """`prefix:local` when `iri` is under a declared namespace and the result cannot be read as
    another IRI or a keyword; else the IRI itself."""
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns):
            local = iri[len(ns):]
            if local and not local.startswith("//") and ":" not in local:
                return f"{prefix}:{local}"
    return iri


def _node_id(term: Any) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return compact(term.value)


def _value(term: Any) -> Any:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": compact(datatype)}
    return {"@id": _node_id(term)}


class _Writer:
    def __init__(self, out: IO[bytes]):
        self.out = out
        self.first_top = True
        self.graph: Any = None  # the named graph whose @graph is open, or None
        self.first_in_graph = True
        self.node: dict[str, Any] | None = None
        self.subject: Any = None

    def _write(self, text: str) -> None:
        self.out.write(text.encode("utf-8"))

    def _flush_node(self) -> None:
        if self.node is None:
            return
        if self.graph is None:
            self._write("\n" if self.first_top else ",\n")
            self.first_top = False
        else:
            self._write("\n  " if self.first_in_graph else ",\n  ")
            self.first_in_graph = False
        self._write(json.dumps(self.node, ensure_ascii=False))
        self.node = None

    def _close_graph(self) -> None:
        if self.graph is not None:
            self._write("\n ]}")
            self.graph = None

    def add(self, s: Any, p: Any, o: Any, g: Any = None) -> None:
        graph = None if g is None or isinstance(g, ox.DefaultGraph) else g
        if graph != self.graph:
            self._flush_node()
            self._close_graph()
            if graph is not None:
                self._write("\n" if self.first_top else ",\n")
                self.first_top = False
                self._write(f'{{"@id": {json.dumps(_node_id(graph), ensure_ascii=False)}, "@graph": [')
                self.graph, self.first_in_graph = graph, True
        if self.node is None or s != self.subject:
            self._flush_node()
            self.node, self.subject = {"@id": _node_id(s)}, s
        if p.value == RDF_TYPE and not isinstance(o, ox.Literal):
            self.node.setdefault("@type", []).append(_node_id(o))
        else:
            self.node.setdefault(compact(p.value), []).append(_value(o))

    def finish(self) -> None:
        self._flush_node()
        self._close_graph()


def write_jsonld(statements: Iterable[Any], out: IO[bytes]) -> None:
    """Write pyoxigraph Triples or Quads as one JSON-LD document with the model's context."""
    ctx = json.dumps(context()["@context"], ensure_ascii=False)
    out.write(f'{{"@context": {ctx},\n "@graph": ['.encode("utf-8"))
    w = _Writer(out)
    for st in statements:
        w.add(st.subject, st.predicate, st.object, getattr(st, "graph_name", None))
    w.finish()
    out.write(b"\n]}\n")
