"""The store: the materialised default graph is exactly the set union of the named graphs after
any sequence of writes (property-based), and entity-centric reads touch each triple once."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from rdflib import Graph, Literal, URIRef

from kg.errors import InputError
from kg.store import open_store
from kg.store.oxigraph.update import apply_update

EX = "http://example.org/"
NODES = [ox.NamedNode(EX + n) for n in ("a", "b", "c")]
PREDS = [ox.NamedNode(EX + p) for p in ("p", "q")]
OBJS = NODES + [ox.Literal("x"), ox.Literal("x", language="ru")]
GRAPHS = [EX + f"g{i}" for i in range(4)]

triples = st.builds(ox.Triple, st.sampled_from(NODES), st.sampled_from(PREDS),
                    st.sampled_from(OBJS))
graph_sets = st.sets(triples, max_size=6)
ops = st.one_of(
    st.tuples(st.just("replace"), st.sampled_from(GRAPHS), graph_sets),
    st.tuples(st.just("drop"), st.sampled_from(GRAPHS)),
    st.tuples(st.just("many"), st.dictionaries(st.sampled_from(GRAPHS),
                                               st.one_of(st.none(), graph_sets), max_size=3)),
    st.tuples(st.just("bulk"), st.sampled_from(GRAPHS), graph_sets),
    st.tuples(st.just("update"), st.sampled_from(GRAPHS), triples),
)


def union_of_named_graphs(store) -> set:
    out: set = set()
    for name in store.graph_names():
        out |= store.triples(name)
    return out


def apply(store, op) -> None:
    kind = op[0]
    if kind == "replace":
        store.replace_graphs({op[1]: op[2]})
    elif kind == "drop":
        store.drop_graph(op[1])
    elif kind == "many":
        store.replace_graphs(op[1])
    elif kind == "bulk" and not store.has_graph(op[1]):
        store.bulk_add_new_graphs({op[1]: op[2]})
    elif kind == "update":  # a SPARQL Update that moves a triple out of every graph into one
        t, g = op[2], op[1]
        apply_update(store, f"DELETE {{ GRAPH ?g {{ {t} }} }} INSERT {{ GRAPH <{g}> {{ {t} }} }} "
                            f"WHERE {{ OPTIONAL {{ GRAPH ?g {{ {t} }} }} }}", lambda n, ts: None)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ops, max_size=12))
def test_default_graph_is_the_exact_union_after_any_writes(sequence):
    store = open_store(":memory:")
    for op in sequence:
        apply(store, op)
        assert store.triples(None) == union_of_named_graphs(store), op


def test_default_graph_stays_exact_on_disk_across_reingest_and_delete(settings):
    store = open_store(settings.store)
    a, b = (ox.Triple(NODES[0], PREDS[0], o) for o in NODES[1:3])
    store.replace_graphs({GRAPHS[0]: {a, b}, GRAPHS[1]: {a}})
    store.replace_graphs({GRAPHS[0]: {b}})  # re-ingest without a: g1 still holds it
    assert store.triples(None) == {a, b}
    store.drop_graph(GRAPHS[1])
    assert store.triples(None) == {b}
    store.close()


def test_a_triple_asserted_by_many_documents_is_one_triple_of_the_default_graph(store):
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    card = ox.Triple(ox.NamedNode(EX + "putin"), label, ox.Literal("Путин", language="ru"))
    for n in (1, 50):
        store.replace_graphs({f"{EX}doc{i}": {card, ox.Triple(ox.NamedNode(f"{EX}doc{i}"),
                                                               PREDS[0], NODES[0])}
                              for i in range(n)})
        # the entity's card is matched once whatever the number of documents: no bag to scan
        (row,) = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{EX}putin> ?p ?o }}")
        assert row["n"].value == "1"


def test_replace_graph_takes_an_rdflib_graph_and_counts_its_triples(store):
    g = Graph()
    g.add((URIRef(EX + "a"), URIRef(EX + "p"), Literal("ё", lang="ru")))
    assert store.replace_graph(EX + "g", g) == 1
    assert set(store.graph(EX + "g")) == set(g)


def test_blank_nodes_are_refused_and_nothing_is_written(store):
    bad = ox.Triple(ox.BlankNode("x"), PREDS[0], NODES[0])
    with pytest.raises(InputError):
        store.replace_graphs({GRAPHS[0]: {bad}})
    assert store.graph_names() == [] and store.triples(None) == set()


def test_every_write_changes_the_generation(store):
    before = store.generation
    store.replace_graphs({GRAPHS[0]: {ox.Triple(NODES[0], PREDS[0], NODES[1])}})
    middle = store.generation
    store.drop_graph(GRAPHS[0])
    assert before < middle < store.generation


TRICKY = ['a, "quoted"\ttab\nnew line', "ё", ""]


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_result_writers_round_trip_awkward_literals(fmt):
    from kg.store.results import write_solutions

    store = open_store(":memory:")
    store.replace_graphs({GRAPHS[0]: {ox.Triple(NODES[i], PREDS[0], lit) for i, lit in enumerate(
        [ox.Literal(TRICKY[0]), ox.Literal(TRICKY[1], language="ru"),
         ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))])}})
    import io

    out = io.BytesIO()
    query = "SELECT ?s ?o ?none WHERE { ?s ?p ?o } ORDER BY ?s"
    n = write_solutions(store.query(query), out, fmt, 10)
    kind = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "tsv": ox.QueryResultsFormat.TSV}[fmt]
    back = list(ox.parse_query_results(out.getvalue(), kind))
    assert n == 3 and [row["o"] for row in back] == [r["o"] for r in store.query(
        "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?s")]
    assert all(row["none"] is None for row in back)


def test_csv_writer_quotes_what_needs_quoting_and_stops_at_the_row_cap():
    import csv
    import io

    from kg.store.results import write_solutions

    store = open_store(":memory:")
    store.replace_graphs({GRAPHS[0]: {ox.Triple(NODES[0], PREDS[0], ox.Literal(TRICKY[0])),
                                      ox.Triple(NODES[1], PREDS[0], ox.Literal("x"))}})
    out = io.BytesIO()
    n = write_solutions(store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?s"), out, "csv", 1)
    rows = list(csv.reader(io.StringIO(out.getvalue().decode(), newline="")))
    assert n == 1 and rows == [["o"], [TRICKY[0]]]
