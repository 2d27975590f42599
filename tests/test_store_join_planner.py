"""The join planner: which queries it rewrites, and that a rewrite never changes an answer."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from kg.store.oxigraph import join_planner as jp

EX = "http://example.org/"
PROLOGUE = f"PREFIX ex: <{EX}>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"


def _rows(store: ox.Store, query: str) -> list[tuple]:
    return sorted(tuple(str(v) for v in row) for row in store.query(query))


def _mentions_store(docs: int = 300, per_doc: int = 12) -> ox.Store:
    """Documents with mentions of entities; entity e0 is in every document (a popular one)."""
    store = ox.Store()
    quads = []
    for d in range(docs):
        doc = ox.NamedNode(f"{EX}doc{d}")
        for m in range(per_doc):
            mention = ox.NamedNode(f"{EX}doc{d}#m{m}")
            entity = ox.NamedNode(f"{EX}e{0 if m == 0 else (d * 7 + m) % 50}")
            quads += [ox.Quad(mention, ox.NamedNode(EX + "context"), doc),
                      ox.Quad(mention, ox.NamedNode(EX + "ref"), entity)]
    for e in range(0, 50, 3):  # a third of the entities are people
        quads.append(ox.Quad(ox.NamedNode(f"{EX}e{e}"),
                             ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                             ox.NamedNode(EX + "Person")))
    store.extend(quads)
    return store


COOCCURRENCE = PROLOGUE + """SELECT ?other (COUNT(DISTINCT ?doc) AS ?docs) WHERE {
  ?m1 ex:ref ENTITY ; ex:context ?doc .
  ?m2 ex:context ?doc ; ex:ref ?other .
  ?other a ex:Person .
  FILTER(?other != ENTITY)
} GROUP BY ?other ORDER BY DESC(?docs) ?other"""


def test_a_cooccurrence_join_through_a_popular_entity_is_hash_joined():
    store = _mentions_store()
    query = COOCCURRENCE.replace("ENTITY", "ex:e0")
    planned = jp.Planner().plan(store, query)
    assert planned is not None and "{ SELECT" in planned
    assert _rows(store, planned) == _rows(store, query)


def test_a_join_through_a_rare_entity_is_left_to_the_engine():
    store = _mentions_store()
    store.add(ox.Quad(ox.NamedNode(EX + "lonely#m"), ox.NamedNode(EX + "ref"),
                      ox.NamedNode(EX + "rare")))
    store.add(ox.Quad(ox.NamedNode(EX + "lonely#m"), ox.NamedNode(EX + "context"),
                      ox.NamedNode(EX + "doc0")))
    assert jp.Planner().plan(store, COOCCURRENCE.replace("ENTITY", "ex:rare")) is None


@pytest.mark.parametrize("where", [
    "?a ex:p ?b . OPTIONAL { ?b ex:q ?c } ?c ex:r ?d",
    "{ ?a ex:p ?b } UNION { ?a ex:q ?b } ?b ex:r ?c . ?c ex:s ?d",
    "GRAPH ?g { ?a ex:p ?b } ?b ex:q ?c . ?c ex:r ?d",
    "?a ex:p _:x . _:x ex:q ?c . ?c ex:r ?d",
    "?a ex:p [ ex:q ?c ] . ?c ex:r ?d . ?d ex:s ?e",
    "?a ex:p/ex:q ?c . ?c ex:r ?d . ?d ex:s ?e",
    "?a ?p ?b . ?b ex:q ?c . ?c ex:r ?d",
    "?a ex:p ?b . ?b ex:q ?c . BIND(1 AS ?d) ?c ex:r ?d",
    "?a ex:p ?b . ?b ex:q ?c . FILTER EXISTS { ?c ex:r ?d }",
])
def test_queries_outside_the_planned_shape_are_not_rewritten(where):
    query = PROLOGUE + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"
    with pytest.raises(jp.Unsupported):
        jp.parse(query)


@pytest.mark.parametrize("query", [
    PROLOGUE + "ASK { ?a ex:p ?b . ?b ex:q ?c . ?c ex:r ?d }",
    PROLOGUE + "SELECT * WHERE { ?a ex:p ?b . ?b ex:q ?c . ?c ex:r ?d } LIMIT 10",
    PROLOGUE + "SELECT * FROM ex:g WHERE { ?a ex:p ?b . ?b ex:q ?c . ?c ex:r ?d }",
    PROLOGUE + "CONSTRUCT { ?a ex:p ?d } WHERE { ?a ex:p ?b . ?b ex:q ?c . ?c ex:r ?d }",
])
def test_queries_that_may_stop_early_or_change_the_dataset_are_not_rewritten(query):
    with pytest.raises(jp.Unsupported):
        jp.parse(query)


def test_the_parser_reads_abbreviations_literals_and_filters():
    parsed = jp.parse(PROLOGUE + """SELECT ?a (COUNT(*) AS ?n) WHERE {
      ?a a ex:T ; ex:name "x"@ru , "y"^^<http://www.w3.org/2001/XMLSchema#string> ;
         ex:age 42 ; .
      FILTER(?a != ex:b && regex(str(?a), "[a-z]+"))
      ?a ex:knows $b .
    } GROUP BY ?a""")
    patterns = [it for it in parsed.items if isinstance(it, jp.Pattern)]
    assert [(p.s, p.p, p.o) for p in patterns] == [
        ("?a", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", EX + "T"),
        ("?a", EX + "name", '""x"@ru'),
        ("?a", EX + "name", '""y"^^http://www.w3.org/2001/XMLSchema#string'),
        ("?a", EX + "age", '"42'),
        ("?a", EX + "knows", "?b"),
    ]
    filters = [it for it in parsed.items if isinstance(it, str)]
    assert filters == ['FILTER(?a != ex:b && regex(str(?a), "[a-z]+"))']


# -- a rewrite never changes an answer -------------------------------------------------------

NODES = [f"ex:n{i}" for i in range(5)]
PREDICATES = ["ex:p", "ex:q", "ex:r"]
VARIABLES = ["?a", "?b", "?c", "?d"]

triples = st.lists(st.tuples(st.sampled_from(NODES), st.sampled_from(PREDICATES),
                             st.sampled_from(NODES + ['"lit"', "7"])), min_size=1, max_size=40)
subject = st.sampled_from(VARIABLES + NODES[:2])
obj = st.sampled_from(VARIABLES + NODES[:2] + ['"lit"', "7"])
bgp = st.lists(st.tuples(subject, st.sampled_from(PREDICATES + ["a"]), obj), min_size=3,
               max_size=5)
tails = st.sampled_from([
    ("SELECT {vars} WHERE {{ {body} }} ORDER BY {vars}", True),
    ("SELECT DISTINCT {vars} WHERE {{ {body} }}", True),
    ("SELECT (COUNT(*) AS ?n) WHERE {{ {body} }}", False),
    ("SELECT {first} (COUNT(DISTINCT {last}) AS ?n) WHERE {{ {body} FILTER({first} != ex:n0) }} "
     "GROUP BY {first} ORDER BY DESC(?n) {first} LIMIT 3", True),
    ("SELECT ?y (COUNT(*) AS ?n) WHERE {{ {body} BIND(STR({first}) AS ?y) }} GROUP BY ?y", False),
    ("SELECT * WHERE {{ {body} }}", False),
])


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=triples, patterns=bgp, tail=tails, pick=st.lists(st.booleans(), min_size=5,
                                                             max_size=5))
def test_hash_joining_any_patterns_keeps_the_answer(data, patterns, tail, pick):
    store = ox.Store()
    for s, p, o in data:
        store.update(PROLOGUE + f"INSERT DATA {{ {s} {p} {o} }}")
    store.update(PROLOGUE + "INSERT DATA { ex:n1 a ex:n2 . ex:n3 a ex:n2 }")
    seen = [t for s_, _, o_ in patterns for t in (s_, o_) if t.startswith("?")]
    if not seen:
        return
    variables = list(dict.fromkeys(seen))
    body = " ".join(f"{s} {p} {o} ." for s, p, o in patterns)
    template, _ = tail
    query = PROLOGUE + template.format(vars=" ".join(variables), body=body, first=variables[0],
                                       last=variables[-1])
    parsed = jp.parse(query)
    in_order = [i for i in parsed.items if isinstance(i, jp.Pattern)]
    chosen = [it for it, yes in zip(in_order, pick, strict=False) if yes]
    rewritten = jp.rewrite(query, parsed, chosen)
    assert [v.value for v in store.query(rewritten).variables] == \
        [v.value for v in store.query(query).variables]
    if "ORDER BY" in template and "LIMIT" in template:  # the order is part of the answer
        assert [tuple(map(str, r)) for r in store.query(rewritten)] == \
            [tuple(map(str, r)) for r in store.query(query)]
    else:
        assert _rows(store, rewritten) == _rows(store, query)
