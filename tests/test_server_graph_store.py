"""The Graph Store HTTP Protocol at /graph-store over loopback: GET/HEAD read, PUT/POST/DELETE write
through the SHACL gate with the token; ?default is read-only (it is derived). PUT, POST, GET,
DELETE, ?default and the gate on every backend: test_server_protocol_backends.py."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from tests.test_server_writes import AUTH, DOC, fixture_ntriples

NT = "application/n-triples"


def gsp(url: str, method: str, graph: str | None, body: bytes | None = None,
        ctype: str = NT, accept: str = "application/json", auth: bool = True):
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    target = f"{url}/graph-store?{query}"
    headers = {"Accept": accept, **(AUTH if auth else {})}
    if body is not None:
        headers["Content-Type"] = ctype
    req = urllib.request.Request(target, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def triples(body: bytes) -> set:
    return {q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)}


@pytest.fixture
def stored(live_server, store):
    status, _, _ = gsp(live_server, "PUT", DOC, fixture_ntriples().encode())
    assert status == 201
    return live_server


def test_head_answers_headers_only(stored):
    status, headers, body = gsp(stored, "HEAD", DOC, accept="text/turtle", auth=False)
    assert status == 200 and body == b"" and headers["Content-Type"].startswith("text/turtle")


def test_writes_need_the_token(stored, store):
    status, _, _ = gsp(stored, "DELETE", DOC, auth=False)
    assert status == 401 and store.has_graph(DOC)


def test_a_body_in_an_unknown_format_is_415(live_server):
    status, _, _ = gsp(live_server, "PUT", "http://example.org/g", b"{}", ctype="text/csv")
    assert status == 415


def test_turtle_bodies_are_accepted(live_server, store):
    from rdflib import Graph

    ttl = Graph().parse(data=fixture_ntriples(), format="nt").serialize(format="turtle").encode()
    assert gsp(live_server, "PUT", DOC, ttl, ctype="text/turtle")[0] == 201
    assert len(store.triples(DOC)) == len(triples(fixture_ntriples().encode()))


def test_naming_no_graph_is_400(live_server):
    req = urllib.request.Request(f"{live_server}/graph-store",
                                 headers={"Accept": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 400


def test_a_put_with_an_ill_typed_offset_is_422_naming_the_offset(stored, store):
    before = store.triples(DOC)
    bad = fixture_ntriples("invalid/offset-as-text.ttl").replace(
        '"0" .', '"ноль"^^<http://www.w3.org/2001/XMLSchema#integer> .')
    assert '"ноль"' in bad  # the fixture's plain offset became an ill-typed integer
    status, _, body = gsp(stored, "PUT", DOC, bad.encode())
    assert status == 422 and "beginIndex" in json.loads(body)["error"]["report"]
    assert store.triples(DOC) == before
