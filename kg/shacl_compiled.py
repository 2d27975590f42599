"""The SHACL shapes compiled once into Python checks: a fast verdict that agrees with pySHACL.

pySHACL rebuilds every constraint of every shape and runs each SPARQL constraint once per focus
node on every call, which made validation most of an article's cost. Here the shapes graph is read
once into plain checks over an index of the data graph, and each SPARQL constraint runs once per
graph (with rdflib's SPARQL engine, as in pySHACL) instead of once per focus node. The literal
rules (well-formed datatypes, ordering, patterns) are pySHACL's own functions, so both engines
judge values alike.

Only the part of SHACL the shapes use is compiled (core constraints on predicate paths, logical
and qualified shapes, SELECT constraints on node shapes); a shapes graph using anything else
raises `Unsupported`, and kg.validate then validates with pySHACL alone. pySHACL stays the engine
the shapes are written for: it writes every report users see, and tests/test_validate_compiled.py
checks that both engines find the same results on valid and invalid graphs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from pyshacl.constraints.core.string_based_constraints import StringBasedConstraintBase
from pyshacl.constraints.core.value_constraints import DatatypeConstraintComponent
from pyshacl.rdfutil.compare import compare_literal
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.paths import Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Variable

SH = Namespace("http://www.w3.org/ns/shacl#")
# rdflib's RDF / RDFS attributes are looked up on every use: the terms the checks use, once
_TYPE, _SUBCLASS_OF = URIRef(RDF.type), URIRef(RDFS.subClassOf)
_LITERAL, _DATATYPE = URIRef(RDFS.Literal), URIRef(RDFS.Datatype)
_LANG_STRING, _XSD_STRING = URIRef(RDF.langString), URIRef("http://www.w3.org/2001/XMLSchema#string")
_ALLOWED_SEVERITIES = {SH.Warning, SH.Info}  # what allow_warnings lets through

# shape parameters compiled here; any other sh: term on a shape makes the shapes Unsupported
_TARGETS = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode}
_IGNORED = {SH.message, SH.name, SH.description, SH.order, SH.group, SH.defaultValue, SH.flags,
            SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.severity, SH.deactivated, SH.path}
_COMPILED = {SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minInclusive,
             SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.pattern, SH["in"], SH.hasValue,
             SH["or"], SH.xone, SH["and"], SH["not"], SH.node, SH.property,
             SH.qualifiedValueShape, SH.sparql}
_SINGLE = {SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH["in"], SH.qualifiedValueShape}
_SHAPE_VALUED = (SH.property, SH.node, SH["not"], SH.qualifiedValueShape)
_SHAPE_LISTS = (SH["or"], SH.xone, SH["and"])
# terms that switch on SHACL features this module does not compile
_FEATURES = {SH.rule, SH.target, SH.ConstraintComponent, SH.SPARQLFunction, SH.SPARQLTarget,
             SH.SPARQLTargetType, SH.JSConstraint, SH.entailment, SH.shapesGraph}


class Unsupported(Exception):
    """The shapes use a SHACL feature that is not compiled here (pySHACL must validate alone)."""


@dataclass(frozen=True)
class Result:
    """One validation result: the focus node, the shape that reported it, its severity."""

    focus: object
    shape: object
    severity: URIRef


class Data:
    """The data graph indexed for the checks: subject → predicate → objects, predicate → subject →
    objects. Terms are rdflib's, as pySHACL sees them."""

    def __init__(self, triples: Iterable[tuple], graph: Graph | None = None):
        self.spo: dict = defaultdict(lambda: defaultdict(set))
        self.pso: dict = defaultdict(lambda: defaultdict(set))
        for s, p, o in triples:
            self.spo[s][p].add(o)
            self.pso[p][s].add(o)
        self._graph = graph
        self._subgraphs: dict = {}
        self._instance: dict = {}
        self.sparql_rows: dict = {}  # constraint node → focus → [value or None]

    @classmethod
    def from_graph(cls, graph: Graph) -> Data:
        """An rdflib graph (the pipeline's)."""
        return cls(graph, graph)

    @classmethod
    def from_ox(cls, triples: Iterable[ox.Triple]) -> Data:
        """pyoxigraph triples (what `kg load` reads), seen as rdflib terms as pySHACL would see them
        after kg.rdf.terms.triples_to_graph."""
        term = _rdflib_term
        return cls((term(t.subject), term(t.predicate), term(t.object)) for t in triples)

    def values(self, focus, path) -> set:
        po = self.spo.get(focus)
        return po.get(path, set()) if po is not None else set()

    def superclasses(self, cls) -> set:
        """cls and everything above it by rdfs:subClassOf in the data graph."""
        seen, todo = {cls}, [cls]
        while todo:
            for sup in self.values(todo.pop(), _SUBCLASS_OF):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        return seen

    def is_instance(self, node, cls) -> bool:
        key = (node, cls)
        found = self._instance.get(key)
        if found is None:
            types = self.values(node, _TYPE)
            found = cls in types or any(cls in self.superclasses(t) for t in types)
            self._instance[key] = found
        return found

    def instances(self, cls) -> set:
        subclasses = {cls}  # cls and everything below it
        todo = [cls]
        below = self.pso.get(_SUBCLASS_OF, {})
        while todo:
            c = todo.pop()
            for s, objs in below.items():
                if c in objs and s not in subclasses:
                    subclasses.add(s)
                    todo.append(s)
        types = self.pso.get(_TYPE, {})
        return {s for s, objs in types.items() if objs & subclasses}

    def graph_with(self, predicates: set | None) -> Graph:
        """The data as an rdflib graph for a SPARQL constraint: the whole graph, or only the triples
        of `predicates`, the only ones a query naming all its predicates can match."""
        if self._graph is not None:
            return self._graph
        key = None if predicates is None else frozenset(predicates)
        graph = self._subgraphs.get(key)
        if graph is None:
            # no prefixes bound: rdflib binds ~30 by default, which costs more than a small query
            graph = self._subgraphs[key] = Graph(store="SimpleMemory", bind_namespaces="none")
            for p in (self.pso if predicates is None else predicates):
                for s, objs in self.pso.get(p, {}).items():
                    for o in objs:
                        graph.add((s, p, o))
        return graph

    def well_typed(self, predicates: set | None) -> Graph:
        """As graph_with, without the triples whose object is an ill-typed literal."""
        graph = Graph(store="SimpleMemory", bind_namespaces="none")
        for triple in self.graph_with(predicates):
            if not (isinstance(triple[2], Literal) and triple[2].ill_typed):
                graph.add(triple)
        return graph


@dataclass
class Shape:
    node: object
    path: URIRef | None
    severity: URIRef
    deactivated: bool
    targets: list = field(default_factory=list)  # (target predicate, value)
    # (data, focus, values, out) → this shape's results for the focus node, counted, or True when
    # a property shape failed and put its own results in `out`
    checks: list = field(default_factory=list)

    def focus_nodes(self, data: Data) -> set:
        found: set = set()
        for kind, value in self.targets:
            if kind == SH.targetNode:
                found.add(value)
            elif kind == SH.targetClass:
                found |= data.instances(value)
            elif kind == SH.targetSubjectsOf:
                found |= set(data.pso.get(value, ()))
            else:  # targetObjectsOf
                for objs in data.pso.get(value, {}).values():
                    found |= objs
        return found

    def validate(self, data: Data, focus, out: list | None) -> bool:
        """Check one focus node; append results to `out` (None: stop at the first). True if none."""
        if self.deactivated:
            return True
        values = (focus,) if self.path is None else data.values(focus, self.path)
        ok = True
        for check in self.checks:
            failures = check(data, focus, values, out)
            if failures:
                ok = False
                if out is None:
                    return False
                if failures is not True:  # a count of this shape's own results
                    out.extend([Result(focus, self.node, self.severity)] * failures)
        return ok


class CompiledShapes:
    """All shapes of a shapes graph as checks; `results(data)` validates one data graph."""

    def __init__(self, shapes: Graph):
        self.g = shapes
        for _s, p, o in shapes:
            if p in _FEATURES or o in _FEATURES:
                raise Unsupported(f"the shapes use {p if p in _FEATURES else o}")
        self.shapes: dict = {}
        for node in self._shape_nodes():
            self._shape(node)
        self.targeted = [s for s in self.shapes.values() if s.targets]

    def _shape_nodes(self) -> set:
        g = self.g
        nodes = set(g.subjects(RDF.type, SH.NodeShape))
        nodes |= set(g.subjects(RDF.type, SH.PropertyShape))
        for t in _TARGETS:
            nodes |= set(g.subjects(t, None))
        for p in _SHAPE_VALUED:
            nodes |= set(g.objects(None, p))
        for p in _SHAPE_LISTS:
            for lst in g.objects(None, p):
                nodes |= set(Collection(g, lst))
        return nodes

    def _one(self, node, p, default=None):
        vals = list(self.g.objects(node, p))
        if len(vals) > 1:
            raise Unsupported(f"{node} has several {p}")
        return vals[0] if vals else default

    def _shape(self, node) -> Shape:
        if node in self.shapes:
            return self.shapes[node]
        g = self.g
        if (node, RDF.type, RDFS.Class) in g or (node, RDF.type, URIRef(
                "http://www.w3.org/2002/07/owl#Class")) in g:
            raise Unsupported(f"{node} is a class (an implicit target)")
        path = self._one(node, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported(f"{node} has a path that is not a predicate")
        severity = self._one(node, SH.severity, SH.Violation)
        deactivated = self._one(node, SH.deactivated)
        shape = Shape(node, path, severity,
                      isinstance(deactivated, Literal) and deactivated.value is True)
        self.shapes[node] = shape
        params = defaultdict(list)
        for p, o in g.predicate_objects(node):
            if p in _TARGETS:
                shape.targets.append((p, o))
            elif p in _COMPILED:
                params[p].append(o)
            elif p not in _IGNORED and str(p).startswith(str(SH)):
                raise Unsupported(f"{node} uses {p}")
        if severity not in (SH.Violation, SH.Warning, SH.Info):
            raise Unsupported(f"{node} has severity {severity}")
        if severity != SH.Violation and any(p in params for p in _SHAPE_VALUED + _SHAPE_LISTS):
            raise Unsupported(f"{node}: a severity on a shape with nested shapes")
        for p, objs in params.items():
            if p in _SINGLE and len(objs) > 1:
                raise Unsupported(f"{node} has several {p}")  # pySHACL refuses such shapes
            for o in objs:
                shape.checks.append(self._check(shape, p, o))
        if ((node, SH.qualifiedMinCount, None) in g or (node, SH.qualifiedMaxCount, None) in g) \
                and SH.qualifiedValueShape not in params:
            raise Unsupported(f"{node}: qualified counts without a qualified shape")
        return shape

    def _nested(self, node) -> Shape:
        shape = self._shape(node)
        if shape.severity != SH.Violation:  # pySHACL would let it conform inside sh:or and the like
            raise Unsupported(f"{node}: a severity on a nested shape")
        return shape

    def _check(self, shape: Shape, p, o) -> Callable:  # noqa: C901  one branch per constraint
        if p == SH.property:
            return _passthrough(self._shape(o))
        if p == SH["class"]:
            return _per_value(lambda data, v: not isinstance(v, Literal) and data.is_instance(v, o))
        if p == SH.datatype:
            return _per_value(lambda data, v: _datatype_matches(v, o))
        if p == SH.nodeKind:
            kinds = _NODE_KINDS.get(o)
            if kinds is None:
                raise Unsupported(f"sh:nodeKind {o}")
            return _per_value(lambda data, v: isinstance(v, kinds))
        if p in (SH.minCount, SH.maxCount):
            n = int(o)
            if p == SH.minCount:
                return lambda data, focus, values, out: int(len(values) < n)
            return lambda data, focus, values, out: int(len(values) > n)
        if p in _RANGES:
            if not isinstance(o, Literal):
                raise Unsupported(f"{p} {o}")
            return _per_value(_range_check(o, _RANGES[p]))
        if p == SH.pattern:
            regex = _pattern(o, self._one(shape.node, SH.flags))
            return _per_value(lambda data, v: not isinstance(v, BNode) and bool(
                regex.match(_string(v)) or regex.search(_string(v))))
        if p == SH["in"]:
            allowed = set(Collection(self.g, o))
            return _per_value(lambda data, v: v in allowed)
        if p == SH.hasValue:
            return lambda data, focus, values, out: int(o not in values)
        if p in _SHAPE_LISTS:
            members = [self._nested(m) for m in Collection(self.g, o)]
            need = {SH["or"]: lambda n: n >= 1, SH.xone: lambda n: n == 1,
                    SH["and"]: lambda n: n == len(members)}[p]
            return _per_value(lambda data, v: need(sum(m.validate(data, v, None) for m in members)))
        if p == SH["not"]:
            negated = self._nested(o)
            return _per_value(lambda data, v: not negated.validate(data, v, None))
        if p == SH.node:
            target = self._nested(o)
            return _per_value(lambda data, v: target.validate(data, v, None))
        if p == SH.qualifiedValueShape:
            return self._qualified(shape, self._nested(o))
        if p == SH.sparql:
            return self._sparql(shape, o)
        raise Unsupported(f"{p}")  # pragma: no cover - _COMPILED lists what is handled above

    def _qualified(self, shape: Shape, q: Shape) -> Callable:
        disjoint = self._one(shape.node, SH.qualifiedValueShapesDisjoint)
        if isinstance(disjoint, Literal) and disjoint.value is True:
            raise Unsupported(f"{shape.node}: disjoint qualified value shapes")
        low = self._one(shape.node, SH.qualifiedMinCount)
        high = self._one(shape.node, SH.qualifiedMaxCount)
        low = int(low) if low is not None else None
        high = int(high) if high is not None else None

        def check(data, focus, values, out):
            if not values and (low is None or low < 1):
                return 0
            n = sum(q.validate(data, v, None) for v in values)
            return int(low is not None and n < low) + int(high is not None and n > high)
        return check

    def _sparql(self, shape: Shape, node) -> Callable:
        if shape.path is not None:
            raise Unsupported(f"{shape.node}: a SPARQL constraint on a property shape")
        deactivated = self._one(node, SH.deactivated)
        if isinstance(deactivated, Literal) and deactivated.value is True:
            return lambda data, focus, values, out: 0
        if set(self.g.predicates(node)) - {RDF.type, SH.message, SH.prefixes, SH.select,
                                            SH.deactivated, SH.severity}:
            raise Unsupported(f"{node}: SPARQL constraint parameters not compiled here")
        if self._one(node, SH.severity) not in (None, SH.Violation):
            raise Unsupported(f"{node}: a severity on a SPARQL constraint")
        text = str(self._one(node, SH.select))
        if (len(re.findall(r"\bselect\b", text, re.I)) != 1
                or re.search(r"\b(minus|service|values|bind)\b"
                             r"|[?$](currentShape|shapesGraph|PATH)\b", text, re.I)
                or not re.search(r"select\s+(distinct\s+|reduced\s+)?[^{]*[?$]this\b", text, re.I)):
            raise Unsupported(f"{node}: a SELECT that is not evaluated once per graph here")
        prologue = "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in self._prefixes(node))
        query = prepareQuery(prologue + text)
        predicates = _predicates(query.algebra)

        def check(data, focus, values, out):
            rows = data.sparql_rows.get(node)
            if rows is None:
                rows = data.sparql_rows[node] = defaultdict(int)
                try:
                    solutions = list(data.graph_with(predicates).query(query))
                except RecursionError:
                    # rdflib recurses without end on arithmetic over an ill-typed literal
                    # (`"ноль"^^xsd:integer`); sh:datatype reports those triples, and the
                    # constraint is judged on the rest of the graph
                    solutions = list(data.well_typed(predicates).query(query))
                for solution in solutions:
                    rows[solution["this"]] += 1
            return rows.get(focus, 0)
        return check

    def _prefixes(self, node) -> list[tuple[str, str]]:
        out = []
        for decl_owner in self.g.objects(node, SH.prefixes):
            for decl in self.g.objects(decl_owner, SH.declare):
                out.append((str(self._one(decl, SH.prefix)), str(self._one(decl, SH.namespace))))
        return out

    def results(self, data: Data, stop_at_violation: bool = False) -> list[Result]:
        """Every result of every targeted shape on `data`, as pySHACL finds them."""
        out: list[Result] = []
        seen = 0
        for shape in self.targeted:
            for focus in shape.focus_nodes(data):
                shape.validate(data, focus, out)
                if stop_at_violation and not conforms(out[seen:]):
                    return out
                seen = len(out)
        return out


def conforms(results: Iterable[Result]) -> bool:
    """With warnings allowed (as kg.validate asks pySHACL), only violations fail a graph."""
    return all(r.severity in _ALLOWED_SEVERITIES for r in results)


def _passthrough(prop: Shape) -> Callable:
    """sh:property: the property shape's results are the results (pySHACL names that shape)."""
    def check(data, focus, values, out):
        failed = False
        for v in values:
            if not prop.validate(data, v, out):
                failed = True
                if out is None:
                    break
        return True if failed else 0  # True: failed, results already in `out`
    return check


def _per_value(test: Callable) -> Callable:
    """A constraint judged value by value: one result per value node that fails."""
    def check(data, focus, values, out):
        n = 0
        for v in values:
            if not test(data, v):
                n += 1
                if out is None:
                    break
        return n
    return check


_NODE_KINDS = {SH.IRI: URIRef, SH.BlankNode: BNode, SH.Literal: Literal,
               SH.BlankNodeOrIRI: (URIRef, BNode), SH.BlankNodeOrLiteral: (BNode, Literal),
               SH.IRIOrLiteral: (URIRef, Literal)}
_RANGES = {SH.minExclusive: lambda c: c > 0, SH.minInclusive: lambda c: c >= 0,
           SH.maxExclusive: lambda c: c < 0, SH.maxInclusive: lambda c: c <= 0}


def _range_check(bound: Literal, accept: Callable[[int], bool]) -> Callable:
    bound_is_string = isinstance(bound.value, str)

    def test(data, v) -> bool:  # as pySHACL's value range components compare
        if not isinstance(v, Literal):
            return False
        if isinstance(v.value, str) != bound_is_string:
            return False
        try:
            return accept(compare_literal(v, bound))
        except (TypeError, NotImplementedError):
            return False
    return test


def _datatype_matches(v, datatype) -> bool:
    """pySHACL's sh:datatype rule (DatatypeConstraintComponent.evaluate)."""
    if not isinstance(v, Literal):
        return False
    assert_actual = DatatypeConstraintComponent._assert_actual_datatype
    if v.datatype == datatype:
        if getattr(v, "ill_typed", None) is True:
            return False
        return assert_actual(None, v, datatype)
    if datatype == _LITERAL:
        return True
    if datatype == _DATATYPE and v.datatype:
        return True
    if v.datatype is None and v.language is None and datatype == _XSD_STRING:
        return assert_actual(None, v, datatype)
    if datatype == _LANG_STRING and v.language:
        return assert_actual(None, v, datatype)
    return False


def _pattern(p, flags) -> re.Pattern:
    """The regex pySHACL compiles for sh:pattern (PatternConstraintComponent.__init__)."""
    re_flags = 0
    if flags is not None:
        text = str(flags.value).lower()
        re_flags |= re.I if "i" in text else 0
        re_flags |= re.M if "m" in text else 0
    value = p.value if isinstance(p, Literal) else None
    return re.compile(str(value) if value is not None and len(value) > 1 else str(p), re_flags)


_string = StringBasedConstraintBase.value_node_to_string


_TERMS: dict = {}  # pyoxigraph term → rdflib term, kept across graphs: IRIs and short values recur
_TERMS_MAX = 200_000


def _rdflib_term(term):
    found = _TERMS.get(term)
    if found is None:
        found = _from_ox(term)
        if isinstance(term, ox.NamedNode) or len(term.value) <= 64:
            if len(_TERMS) >= _TERMS_MAX:
                _TERMS.clear()
            _TERMS[term] = found
    return found


def _from_ox(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return term



def _predicates(algebra) -> set | None:
    """Every IRI in a query's algebra, or None when a triple pattern has a variable predicate."""
    found: set = set()

    def walk(node) -> bool:
        if isinstance(node, URIRef):
            found.add(node)
        elif isinstance(node, Path):
            for part in vars(node).values():
                if not walk(part):
                    return False
        elif isinstance(node, dict):
            triples = dict.get(node, "triples")
            if triples is not None:
                for t in triples:
                    if isinstance(t[1], Variable):
                        return False
            return all(walk(v) for v in dict.values(node))
        elif isinstance(node, list | tuple | set):
            return all(walk(v) for v in node)
        return True
    return found if walk(algebra) else None
