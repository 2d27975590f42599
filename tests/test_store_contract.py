"""The store protocol (kg.store.Store), as every backend must keep it. Each test takes `store` from
the `BACKENDS` table of tests/engines.py, so a new backend is tested by adding its line there."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import InputError, KgError, QueryError, ShapeViolation, StoreError
from kg.settings import Settings
from kg.store import Store, open_store
from kg.store.answers import Solutions, Triples
from tests.conftest import EX, G1, G2, T
from tests.engines import BACKENDS

PERSISTENT = ["oxigraph"]  # those that keep their data apart from the process (backup, re-open)


@pytest.fixture(params=sorted(BACKENDS))
def settings(request, tmp_path) -> Settings:
    return BACKENDS[request.param](tmp_path).replace(query_workers=1, query_timeout=5.0)


@pytest.fixture
def store(settings) -> Store:
    s = open_store(settings)
    s.replace_graphs({G1: {T("putin", "label", "Путин"), T("a", "knows", EX + "b")},
                      G2: {T("putin", "label", "Путин"), T("c", "knows", EX + "d")}})
    yield s
    s.close()


def _refuse(predicate: str):
    """A write check that refuses graphs using `predicate`, like the SHACL gate refuses."""
    def check(name: str, triples: set) -> None:
        if any(t.predicate.value == EX + predicate for t in triples):
            raise ShapeViolation(f"graph <{name}> uses {predicate}", report="")

    return check


def _run(store: Store, settings: Settings, query: str, **formats) -> tuple[dict, bytes]:
    runner = store.query_runner(settings)
    try:
        request = {"query": query, "default_graph": None, "named_graphs": None,
                   "formats": {"results": "json", "graph": "nt", **formats},
                   "max_rows": 1000, "head_only": False}
        header, body = runner.run(request, settings.query_timeout)
        return header, b"".join(body)
    finally:
        runner.close()


# -- the default graph and writes -----------------------------------------------------------

def test_the_default_graph_holds_a_triple_shared_by_two_graphs_once(store):
    assert store.triples_count() == 3
    assert T("putin", "label", "Путин") in store.triples(None)


def test_dropping_a_graph_keeps_the_triples_another_graph_still_holds(store):
    assert store.drop_graph(G1) is True
    assert store.triples(None) == {T("putin", "label", "Путин"), T("c", "knows", EX + "d")}
    assert store.graph_names() == [G2]


def test_dropping_a_graph_that_does_not_exist_says_so(store):
    assert store.drop_graph(EX + "none") is False


def test_replacing_graphs_is_one_write_that_can_drop_and_set_together(store):
    before = store.generation
    store.replace_graphs({G1: None, G2: {T("x", "knows", EX + "y")}})
    assert store.graph_names() == [G2]
    assert store.triples(None) == {T("x", "knows", EX + "y")}
    assert store.generation != before


def test_an_rdflib_graph_replaces_a_named_graph_and_reads_back_equal(store):
    g = Graph()
    g.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal("текст", lang="ru")))
    g.add((URIRef(EX + "s"), URIRef(EX + "n"), Literal(3)))
    assert store.replace_graph(G1, g) == 2
    assert store.graph_size(G1) == 2
    assert set(store.graph(G1)) == set(g)
    assert store.has_graph(G1) and not store.has_graph(EX + "none")


def test_which_of_many_graphs_exist_is_answered_at_once(store):
    asked = [G2, EX + "none", G1, G2, EX + "other"]
    assert store.existing_graphs(asked) == {G1, G2}
    assert store.existing_graphs(iter([EX + "none"])) == set()
    assert store.existing_graphs([]) == set()


def test_a_graph_with_blank_nodes_is_refused(store):
    blank = ox.Triple(ox.BlankNode("b"), ox.NamedNode(EX + "p"), ox.Literal("x"))
    with pytest.raises(InputError):
        store.replace_graphs({G1: {blank}})
    assert store.triples_count() == 3


def test_new_graphs_added_in_bulk_join_the_default_graph(store):
    added = store.bulk_add_new_graphs({EX + "g3": {T("putin", "label", "Путин"),
                                                   T("e", "knows", EX + "f")}})
    assert added == 2
    assert store.triples_count() == 4
    assert store.graph_size(EX + "g3") == 2


def test_many_new_graphs_added_in_bulk_keep_each_shared_triple_once(store, monkeypatch):
    # small requests and union inserts, so that one call spans many of them on a remote store
    monkeypatch.setattr("kg.store.remote.store._BATCH_CHARS", 400)
    monkeypatch.setattr("kg.store.remote.store._UNION_TRIPLES", 3)
    shared_with_store, shared = T("putin", "label", "Путин"), T("all", "knows", EX + "all")
    graphs = {EX + f"new{i}": {shared_with_store, shared, T(f"own{i}", "label", f"свой {i}")}
              for i in range(12)}
    assert store.bulk_add_new_graphs(graphs) == 36
    want = {shared_with_store, shared, T("a", "knows", EX + "b"), T("c", "knows", EX + "d"),
            *(T(f"own{i}", "label", f"свой {i}") for i in range(12))}
    assert store.triples(None) == want and store.triples_count() == len(want)
    assert store.existing_graphs(graphs) == set(graphs)
    assert all(store.triples(name) == triples for name, triples in graphs.items())
    assert store.drop_graph(EX + "new0")  # the graphs are written as any other: their drop
    assert store.triples(None) == want - {T("own0", "label", "свой 0")}  # keeps what others hold


def test_adding_in_bulk_a_graph_that_exists_is_refused(store):
    with pytest.raises(StoreError):
        store.bulk_add_new_graphs({G1: {T("e", "knows", EX + "f")}})
    assert store.graph_size(G1) == 2


# -- queries in this process ----------------------------------------------------------------

def test_a_select_answers_rows_readable_by_name_and_by_position(store):
    answer = store.select(f"SELECT ?s ?missing WHERE {{ ?s <{EX}knows> ?o }} ORDER BY ?s")
    assert isinstance(answer, Solutions)
    assert answer.variables == ["s", "missing"]
    rows = list(answer)
    assert [r["s"].value for r in rows] == [EX + "a", EX + "c"]
    assert rows[0][0] == rows[0]["s"] and rows[0]["missing"] is None


def test_an_ask_answers_a_bool(store):
    assert store.ask(f"ASK {{ <{EX}a> <{EX}knows> <{EX}b> }}") is True
    assert store.query(f"ASK {{ <{EX}b> <{EX}knows> <{EX}a> }}") is False


def test_a_construct_answers_triples(store):
    answer = store.construct(f"CONSTRUCT {{ ?o <{EX}known> ?s }} WHERE {{ ?s <{EX}knows> ?o }}")
    assert isinstance(answer, Triples)
    assert set(answer) == {T("b", "known", EX + "a"), T("d", "known", EX + "c")}


def test_asking_for_one_form_with_a_query_of_another_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.select("ASK {}")


def test_a_syntax_error_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("SELEC ?x")


def test_a_query_can_name_its_default_graph(store):
    rows = store.select(f"SELECT ?s WHERE {{ ?s <{EX}knows> ?o }}", default_graph=[G2])
    assert [r["s"].value for r in rows] == [EX + "c"]


# -- the endpoint's query runner ------------------------------------------------------------

def test_the_runner_answers_a_select_serialised_in_the_format_asked(store, settings):
    header, body = _run(store, settings, f"SELECT ?o WHERE {{ <{EX}a> <{EX}knows> ?o }}")
    assert header == {"kind": "results", "format": "json"}
    assert json.loads(body)["results"]["bindings"] == [{"o": {"type": "uri", "value": EX + "b"}}]


def test_the_runner_answers_a_construct_in_the_graph_format(store, settings):
    header, body = _run(store, settings, "CONSTRUCT WHERE { ?s ?p ?o }")
    assert header == {"kind": "graph", "format": "nt"}
    assert len(set(ox.parse(body, ox.RdfFormat.N_TRIPLES))) == 3


def test_the_runner_raises_the_refusal_given_for_a_kind_of_answer(store, settings):
    with pytest.raises(KgError) as refused:
        _run(store, settings, "ASK {}", results={"status": 406, "message": "no format fits"})
    assert refused.value.status == 406


def test_the_runner_stops_a_query_past_its_timeout(store, settings):
    store.replace_graphs({G1: {T(f"s{i}", "p", f"o{i}") for i in range(300)}})
    runner = store.query_runner(settings)
    request = {"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
               "default_graph": None, "named_graphs": None,
               "formats": {"results": "json", "graph": "nt"}, "max_rows": 10**9,
               "head_only": False}
    try:
        with pytest.raises(KgError) as stopped:
            _, body = runner.run(request, 0.5)
            for _ in body:
                pass
        assert stopped.value.status == 503
    finally:
        runner.close()


# -- gated updates --------------------------------------------------------------------------

def test_a_gated_update_commits_the_graphs_it_changes(store):
    result = store.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}knows> <{EX}y> }} }}",
                          _refuse("forbidden"))
    assert result.changed == {G1: 3}
    assert T("x", "knows", EX + "y") in store.triples(None)


def test_a_gated_update_that_fails_its_check_changes_nothing(store):
    before = store.triples(None)
    with pytest.raises(ShapeViolation):
        store.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}forbidden> 1 }} }}",
                     _refuse("forbidden"))
    assert store.triples(None) == before


def test_an_update_of_the_default_graph_is_refused(store):
    with pytest.raises(InputError):
        store.update(f"INSERT DATA {{ <{EX}x> <{EX}knows> <{EX}y> }}", _refuse("forbidden"))


def test_an_update_that_loads_is_refused(store):
    with pytest.raises(KgError) as refused:
        store.update(f"LOAD <{EX}data.ttl> INTO GRAPH <{G1}>", _refuse("forbidden"))
    assert refused.value.status == 403


def test_renaming_iris_moves_terms_and_graph_names(store):
    graphs, triples = store.rename_iris(EX, "http://example.net/")
    assert (graphs, triples) == (2, 4)
    assert store.graph_names() == ["http://example.net/g1", "http://example.net/g2"]
    assert all(not t.subject.value.startswith(EX) for t in store.triples(None))


# -- dumps, record, upkeep ------------------------------------------------------------------

def _triples(ntriples: bytes) -> set:
    return {q.triple for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)}


def test_a_triple_dump_holds_the_default_graph(store):
    out = io.BytesIO()
    store.dump(out, "nt")
    assert _triples(out.getvalue()) == store.triples(None)


def test_a_quad_dump_holds_every_named_graph(store):
    out = io.BytesIO()
    store.dump(out, "nq")
    quads = list(ox.parse(out.getvalue(), ox.RdfFormat.N_QUADS))
    assert len(quads) == 4 and {q.graph_name.value for q in quads} == {G1, G2}


def test_a_dump_of_one_graph_holds_that_graph(store):
    out = io.BytesIO()
    store.dump(out, "nt", graph=G2)
    assert _triples(out.getvalue()) == store.triples(G2)


def test_the_store_keeps_its_record(store):
    assert store.meta() == {}
    store.set_meta(base="http://example.org/kg/")
    assert store.meta() == {"base": "http://example.org/kg/"}


@pytest.mark.parametrize("backend", PERSISTENT)
def test_a_backup_opens_as_a_store_with_the_same_graphs(backend, tmp_path):
    settings = BACKENDS[backend](tmp_path)
    store = open_store(settings)
    store.replace_graphs({G1: {T("a", "knows", EX + "b")}})
    store.set_meta(base="http://example.org/kg/")
    store.backup(str(tmp_path / "copy"))
    copy = open_store(settings.replace(store=str(tmp_path / "copy")), read_only=True)
    assert copy.graph_names() == [G1] and copy.triples(None) == store.triples(None)
    assert copy.meta() == {"base": "http://example.org/kg/"}


def test_an_unknown_backend_is_refused_with_the_known_ones(tmp_path):
    from kg.errors import InputError

    with pytest.raises(InputError) as refused:
        open_store(Settings(store=str(tmp_path / "s"), store_backend="no-such-engine"))
    assert "oxigraph" in refused.value.message


def _protocol_members(protocol: type) -> set[str]:
    names = {n for n in vars(protocol) if not n.startswith("_")}
    return names | set(getattr(protocol, "__annotations__", {}))


def test_the_backend_has_every_operation_and_attribute_of_the_protocol(store, settings):
    from kg.store import QueryRunner

    assert sorted(n for n in _protocol_members(Store) if not hasattr(store, n)) == []
    runner = store.query_runner(settings)
    try:
        assert sorted(n for n in _protocol_members(QueryRunner) if not hasattr(runner, n)) == []
    finally:
        runner.close()


def test_a_query_can_read_one_named_graph_and_the_default_graph_apart(store):
    rows = store.select(f"SELECT ?s WHERE {{ GRAPH <{G2}> {{ ?s <{EX}knows> <{EX}d> }} }}")
    assert [r["s"].value for r in rows] == [EX + "c"]
    counted = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}label> ?o }}")
    assert [int(r["n"].value) for r in counted] == [1]


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_the_runner_answers_an_ask_in_each_results_format(store, settings, fmt):
    header, body = _run(store, settings, f"ASK {{ <{EX}a> <{EX}knows> <{EX}b> }}", results=fmt)
    assert header == {"kind": "boolean", "format": fmt}
    assert b"true" in body and b"false" not in body
