"""Malformed input is the client's 4xx, never the server's 500, and errors do not show the
server's file system: over real HTTP on loopback."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from tests.test_server_graph_store import gsp
from tests.test_server_sparql import get


@pytest.mark.parametrize("graph", ["foo", "not an iri", "http://e/a b", "<http://e/g>"])
def test_a_graph_store_graph_that_is_not_an_iri_is_400(live_server, graph):
    for method in ("GET", "DELETE"):
        status, _, body = gsp(live_server, method, graph)
        assert status == 400, (method, body)
        assert "graph=" in json.loads(body)["error"]["message"]


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_a_dataset_graph_that_is_not_an_iri_is_400(live_server, seeded, param):
    status, _, body = get(live_server, "ASK {}", "application/json", **{param: "not an iri"})
    assert status == 400 and param in json.loads(body)["error"]["message"]


def test_void_counts_links_to_iris_without_a_slash_or_hash(live_server, store, seeded):
    from tests.conftest import EX

    same_as = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    store.replace_graphs({EX + "g3": {
        ox.Triple(ox.NamedNode(EX + "book"), same_as, ox.NamedNode("urn:isbn:9780140449136")),
        ox.Triple(ox.NamedNode(EX + "putin"), same_as,
                  ox.NamedNode("http://www.wikidata.org/entity/Q7747"))}})
    from tests.live_process import request

    status, _, body = request(f"{live_server}/.well-known/void.ttl")
    assert status == 200
    assert b"Wikidata" in body  # the link with a URI space is still counted


def test_a_failing_query_worker_does_not_show_the_store_path(tmp_path):
    from kg.store.oxigraph.workers import QueryPool

    missing = tmp_path / "hidden-folder-name" / "store"
    pool = QueryPool(str(missing), 1, lambda: 0)
    try:
        req = {"query": "ASK {}", "formats": {"results": "json", "graph": "ttl"}, "max_rows": 1}
        with pytest.raises(Exception) as failure:
            pool.run(req, 20)
    finally:
        pool.close()
    message = str(failure.value)
    assert "No such file" in message and "hidden-folder-name" not in message
