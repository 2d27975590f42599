"""The set-semantics union kept on real remote engines (Oxigraph server, Virtuoso) through the
SPARQL 1.1 Protocol: what a query naming no graph sees after each kind of write."""

from __future__ import annotations

import json

import pytest

from kg.errors import QueryError, StoreError
from kg.store.remote.client import Client, Endpoints
from kg.store.remote.union import CATALOGUE_GRAPH, UNION_GRAPH, Union
from tests.engines import oxigraph_command, start_oxigraph, start_virtuoso, virtuoso_command

SHARED = '<http://example.org/s> <http://example.org/p> "общий" .'
ONLY_A = '<http://example.org/s> <http://example.org/name> "Анна Соколова"@ru .'
ONLY_B = '<http://example.org/t> <http://example.org/p> "второй" .'
A, B = "http://example.org/graph/a", "http://example.org/graph/b"

ENGINES = {
    "oxigraph-server": (oxigraph_command, start_oxigraph, Union()),
    "virtuoso": (virtuoso_command, start_virtuoso, Union(UNION_GRAPH, CATALOGUE_GRAPH)),
}


@pytest.fixture(scope="module", params=sorted(ENGINES))
def engine(request, tmp_path_factory):
    installed, start, union = ENGINES[request.param]
    if installed() is None:
        pytest.skip(f"{request.param} is not installed (scripts/test-deps.sh installs it)")
    running = start(tmp_path_factory.mktemp(request.param))
    yield running, union
    running.stop()


@pytest.fixture
def store(engine):
    running, union = engine
    client = Client(Endpoints(running.query_url, running.update_url, running.graph_store_url,
                              running.user, running.password))
    yield client, union
    for name in (A, B):
        client.update(union.drop(name))


def union_rows(client: Client, union: Union) -> list[tuple[str, str, str]]:
    with client.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "application/sparql-results+json",
                      default_graphs=[union.graph] if union.graph else None) as answer:
        rows = json.loads(answer.read())["results"]["bindings"]
    return sorted((r["s"]["value"], r["p"]["value"], r["o"]["value"]) for r in rows)


def test_a_triple_two_graphs_assert_is_seen_once(store):
    client, union = store
    client.update(union.replace(A, SHARED + "\n" + ONLY_A))
    client.update(union.replace(B, SHARED + "\n" + ONLY_B))
    assert [row[2] for row in union_rows(client, union)].count("общий") == 1
    assert len(union_rows(client, union)) == 3


def test_dropping_a_graph_keeps_what_another_graph_asserts(store):
    client, union = store
    client.update(union.replace(A, SHARED + "\n" + ONLY_A))
    client.update(union.replace(B, SHARED))
    client.update(union.drop(A))
    assert union_rows(client, union) == [("http://example.org/s", "http://example.org/p", "общий")]


def test_replacing_a_graph_removes_its_old_triples_from_the_union(store):
    client, union = store
    client.update(union.replace(A, SHARED + "\n" + ONLY_A))
    client.update(union.replace(A, ONLY_B))
    assert union_rows(client, union) == [("http://example.org/t", "http://example.org/p", "второй")]


def test_rebuilding_draws_the_union_from_the_graphs_newskg_wrote_only(store):
    client, union = store
    client.update(union.replace(A, ONLY_A))
    client.update(union.rebuild())
    # Virtuoso's own graphs (virtrdf, its service description) stay out of the union
    assert union_rows(client, union) == [
        ("http://example.org/s", "http://example.org/name", "Анна Соколова")]


def test_the_graph_names_are_the_graphs_newskg_wrote(store):
    client, union = store
    client.update(union.replace(A, ONLY_A))
    client.update(union.replace(B, ONLY_B))
    with client.query(union.names(), "application/sparql-results+json") as answer:
        names = {r["g"]["value"] for r in json.loads(answer.read())["results"]["bindings"]}
    assert names == {A, B}


def test_a_query_the_engine_cannot_parse_is_a_query_error_naming_the_store(store):
    client, _ = store
    with pytest.raises(QueryError, match="the store at http://127.0.0.1"):
        client.query("SELECT WHERE {", "application/sparql-results+json")


def test_a_wrong_password_is_a_store_error_naming_the_settings(engine):
    running, union = engine
    if running.user is None:
        pytest.skip(f"{running.name} asks for no authentication here")
    client = Client(Endpoints(running.query_url, running.update_url, None, running.user, "wrong"))
    with pytest.raises(StoreError, match="KG_STORE_USER and KG_STORE_PASSWORD"):
        client.update(union.replace(A, ONLY_A))


def test_an_engine_asking_for_digest_authentication_refuses_only_the_first_request(engine):
    running, union = engine
    if running.user is None:
        pytest.skip(f"{running.name} asks for no authentication here")
    client = Client(Endpoints(running.query_url, running.update_url, None, running.user,
                              running.password))
    for text in (ONLY_A, ONLY_B, SHARED):
        client.update(union.replace(A, text))
    assert union_rows(client, union)
    client.update(union.drop(A))
    assert client.digest is not None and client.digest.challenges == 1


def test_an_unreachable_store_is_an_endpoint_error_naming_its_address():
    from kg.errors import EndpointError
    from tests.live_process import free_port
    url = f"http://127.0.0.1:{free_port()}/sparql"
    with pytest.raises(EndpointError, match=f"cannot reach the store at {url}"):
        Client(Endpoints(url, url), timeout=5).query("ASK {}", "application/sparql-results+json")
