"""SHACL validation of document graphs against shapes/*.ttl (loaded and compiled once per process).

A graph is first checked by the shapes compiled into Python (kg.shacl_compiled, set by
KG_SHACL_ENGINE=compiled, the default), which agrees with pySHACL and costs a fraction of it. A
graph it finds clean is accepted; its pySHACL report is made only if someone reads it. A graph it
finds a violation in is validated again by pySHACL, whose verdict and report are the ones returned:
every refusal is pySHACL's. KG_SHACL_ENGINE=pyshacl validates every graph with pySHACL alone.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path

from pyshacl import validate as _pyshacl_validate
from rdflib import Graph
from rdflib.plugins.sparql.algebra import translateQuery as _translate_query
from rdflib.plugins.sparql.parser import parseQuery as _parse_query

from kg import shacl_compiled
from kg.errors import ShapeViolation

SHAPES_DIR = Path(__file__).resolve().parent.parent / "shapes"
SHAPE_FILES = ("document.ttl", "mention.ttl", "entity.ttl", "event.ttl", "statement.ttl")


ENGINES = ("compiled", "pyshacl")


class Report:
    """The outcome of a validation: `graph` is the W3C SHACL validation report as RDF (pySHACL's),
    `text` its text. A report of a graph accepted by the compiled shapes is made when first read."""

    def __init__(self, conforms: bool, graph: Graph | None = None, text: str | None = None,
                 data: Graph | None = None):
        self.conforms = conforms
        self._graph, self._text, self._data = graph, text, data

    def _made(self) -> None:
        if self._graph is None:
            _conforms, self._graph, self._text = _pyshacl(self._data)
            self._data = None

    @property
    def graph(self) -> Graph:
        self._made()
        return self._graph

    @property
    def text(self) -> str:
        self._made()
        return self._text


@functools.lru_cache(maxsize=1024)
def _prepared(text: str, base: str | None, namespaces: tuple) -> object:
    return _translate_query(_parse_query(text), base, dict(namespaces))


def _cache_sparql_constraints() -> None:
    """pySHACL sends the same SPARQL constraint text to rdflib for every focus node, and rdflib
    re-parses it each time (90% of validation time); parse each text once instead."""
    from rdflib.plugins.sparql import processor

    plain = processor.SPARQLProcessor.query
    if getattr(plain, "_kg_cached", False):
        return

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            strOrQuery = _prepared(strOrQuery, base, tuple(sorted((initNs or {}).items())))
        return plain(self, strOrQuery, initBindings, initNs, base, DEBUG)

    query._kg_cached = True  # type: ignore[attr-defined]
    processor.SPARQLProcessor.query = query


_cache_sparql_constraints()


@functools.cache
def shapes_graph() -> Graph:
    """All the shapes, parsed once."""
    g = Graph()
    for name in SHAPE_FILES:
        g.parse(SHAPES_DIR / name, format="turtle")
    return g


@functools.cache
def ontology_graph() -> Graph:
    return Graph().parse(SHAPES_DIR / "ontology.ttl", format="turtle")


@functools.cache
def engine() -> str:
    """KG_SHACL_ENGINE, read once per process."""
    from kg.settings import Settings

    name = Settings.load().shacl_engine
    if name not in ENGINES:
        from kg.errors import InputError

        raise InputError(f"KG_SHACL_ENGINE must be one of {', '.join(ENGINES)}, not {name!r}")
    return name


@functools.cache
def compiled_shapes() -> shacl_compiled.CompiledShapes | None:
    """The shapes as Python checks, or None when they use what is not compiled (pySHACL alone)."""
    try:
        return shacl_compiled.CompiledShapes(shapes_graph())
    except shacl_compiled.Unsupported:
        return None


def _pyshacl(graph: Graph) -> tuple[bool, Graph, str]:
    # inference none: the shapes are written against the types the graph states; advanced features
    # (SHACL rules, SPARQL targets) would make pySHACL copy the graph first, and the shapes use none
    try:
        conforms, report_graph, text = _pyshacl_validate(
            graph, shacl_graph=shapes_graph(), advanced=False, allow_warnings=True,
            inference="none", inplace=True)
    except RecursionError:
        # rdflib's SPARQL engine recurses without end on arithmetic over an ill-typed literal
        # (`"ноль"^^xsd:integer` in an offset): such a graph gets the compiled shapes' report
        return _compiled_report(graph)
    return bool(conforms), report_graph, text


def _compiled_report(graph: Graph) -> tuple[bool, Graph, str]:
    """A W3C SHACL validation report built from the compiled shapes' results, for a graph that
    pySHACL cannot validate."""
    from rdflib import BNode, Literal
    from rdflib.namespace import RDF, SH

    compiled = compiled_shapes()
    if compiled is None:  # shapes the compiled checks do not cover: nothing else can judge it
        raise ShapeViolation("the graph cannot be validated: it holds a literal that is not a "
                             "valid value of its datatype", Report(False, Graph(), ""))
    results = compiled.results(shacl_compiled.Data.from_graph(graph))
    shapes = shapes_graph()
    report, root = Graph(), BNode()
    report.bind("sh", SH)
    conforming = shacl_compiled.conforms(results)
    report.add((root, RDF.type, SH.ValidationReport))
    report.add((root, SH.conforms, Literal(conforming)))
    lines = ["Validation Report", f"Conforms: {conforming}",
             "(by the compiled shapes: pySHACL cannot evaluate a graph that holds a literal which is "
             "not a valid value of its datatype)", f"Results ({len(results)}):"]
    for r in results:
        node = BNode()
        report.add((root, SH.result, node))
        report.add((node, RDF.type, SH.ValidationResult))
        report.add((node, SH.focusNode, r.focus))
        report.add((node, SH.sourceShape, r.shape))
        report.add((node, SH.resultSeverity, r.severity))
        path = shapes.value(r.shape, SH.path)
        if path is not None:
            report.add((node, SH.resultPath, path))
        message = shapes.value(r.shape, SH.message)
        if message is not None:
            report.add((node, SH.resultMessage, message))
        lines += [f"{r.severity.split('#')[-1]}: shape {r.shape.n3()}",
                  f"\tFocus Node: {r.focus.n3()}"]
        if path is not None:
            lines.append(f"\tResult Path: {path.n3()}")
        if message is not None:
            lines.append(f"\tMessage: {message}")
    return conforming, report, "\n".join(lines) + "\n"


def _compiled() -> shacl_compiled.CompiledShapes | None:
    return compiled_shapes() if engine() == "compiled" else None


def validate(graph: Graph) -> Report:
    """Validate `graph` against the shapes; never raises for a non-conforming graph."""
    compiled = _compiled()
    if compiled is not None:
        data = shacl_compiled.Data.from_graph(graph)
        if shacl_compiled.conforms(compiled.results(data, stop_at_violation=True)):
            return Report(True, data=graph)
    return Report(*_pyshacl(graph))


def check_triples(triples: Iterable, graph_of: Callable[[], Graph]) -> str | None:
    """The verdict on one graph given as pyoxigraph triples: None when it conforms, else pySHACL's
    report text. `graph_of()` gives the same triples as an rdflib Graph, built only for pySHACL."""
    compiled = _compiled()
    if compiled is not None:
        data = shacl_compiled.Data.from_ox(triples)
        if shacl_compiled.conforms(compiled.results(data, stop_at_violation=True)):
            return None
    conforms, _graph, text = _pyshacl(graph_of())
    return None if conforms else text


def ensure_conforms(graph: Graph, what: str = "the graph") -> Report:
    """Validate and raise ShapeViolation (422) with the report when `graph` does not conform."""
    report = validate(graph)
    if not report.conforms:
        raise ShapeViolation(f"{what} does not conform to the SHACL shapes", report)
    return report
