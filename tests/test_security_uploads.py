"""Parser bombs in writes: an RDF/XML DOCTYPE ("billion laughs"), JSON-LD, Update and RDF/XML
nested tens of thousands deep each cost the sender a 400, never the server, which keeps answering.
The server runs as its own process with its address space capped, so a bomb that went off would
fail the test (the process dies) instead of taking the machine."""

from __future__ import annotations

import json
import time
import urllib.parse

import pytest

from tests.conftest import TOKEN
from tests.live_process import answers, kg_serve, make_store, request

AUTH = {"Authorization": f"Bearer {TOKEN}"}
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
GRAPH = "http://example.org/g"


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><rdf:RDF xmlns:rdf="{RDF}" '
            f'xmlns:e="http://e/"><rdf:Description rdf:about="http://e/s"><e:p>&lol9;</e:p>'
            f'</rdf:Description></rdf:RDF>').encode()


def nested_rdfxml(levels: int) -> bytes:
    return (f'<?xml version="1.0"?><rdf:RDF xmlns:rdf="{RDF}" xmlns:e="http://e/">'
            '<rdf:Description rdf:about="http://e/s">' + "<e:p><rdf:Description>" * levels
            + "</rdf:Description></e:p>" * levels + "</rdf:Description></rdf:RDF>").encode()


def nested_jsonld(levels: int) -> bytes:
    return ('{"@id": "http://e/s", ' + '"http://e/p": {' * levels + '"@id": "http://e/o"'
            + "}" * levels + "}").encode()


def nested_update(levels: int) -> bytes:
    return (f"INSERT {{ GRAPH <{GRAPH}> {{ <http://e/s> <http://e/p> 1 }} }} WHERE "
            + "{" * levels + "}" * levels).encode()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("bombs") / "store")
    with kg_serve(store, {"KG_TOKEN": TOKEN}, memory_bytes=4 << 30) as (url, proc):
        yield url, proc


def gsp(url: str, body: bytes, ctype: str, method: str = "PUT"):
    return request(f"{url}/graph-store?{urllib.parse.urlencode({'graph': GRAPH})}", body,
                   {"Content-Type": ctype, "Accept": "application/json", **AUTH}, method)


CASES = {
    "billion laughs in RDF/XML": (lambda url: gsp(url, billion_laughs(), "application/rdf+xml")),
    "billion laughs posted": (lambda url: gsp(url, billion_laughs(), "application/rdf+xml", "POST")),
    "50,000 levels of RDF/XML": (lambda url: gsp(url, nested_rdfxml(50_000), "application/rdf+xml")),
    "5,000 nested JSON-LD objects": (lambda url: gsp(url, nested_jsonld(5_000), "application/ld+json")),
    "20,000 nested { in an Update": (lambda url: request(
        f"{url}/sparql", nested_update(20_000), {"Content-Type": "application/sparql-update", **AUTH})),
    "20,000 nested { in an Update form": (lambda url: request(
        f"{url}/sparql", urllib.parse.urlencode({"update": nested_update(20_000).decode()}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded", **AUTH})),
    "100,000 nested arrays in POST /documents": (lambda url: request(
        f"{url}/documents", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        {"Content-Type": "application/json", **AUTH})),
    "20,000 nested { in a query": (lambda url: request(
        f"{url}/sparql", ("SELECT * WHERE " + "{" * 20_000 + "}" * 20_000).encode(),
        {"Content-Type": "application/sparql-query"})),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_parser_bomb_costs_a_400_and_the_server_keeps_answering(server, case):
    url, proc = server
    started = time.monotonic()
    status, _, body = CASES[case](url)
    assert status == 400, body[:300]
    assert time.monotonic() - started < 10
    message = json.loads(body)["error"]["message"] if body.startswith(b"{") else body.decode()
    assert "KG_MAX_NESTING" in message or "DOCTYPE" in message
    assert proc.poll() is None and answers(url)


def test_nesting_within_the_limit_is_stored(server):
    url, _ = server
    body = (b'{"@id": "http://example.org/s", "http://example.org/p": '
            b'{"@id": "http://example.org/o", "http://example.org/q": "x"}}')
    status, _, text = gsp(url, body, "application/ld+json")
    assert status in (201, 204) or status == 422, text[:300]  # parsed: the shapes may refuse it
    assert b"KG_MAX_NESTING" not in text


def test_a_document_id_with_a_trailing_newline_is_refused_as_an_id(settings, store):
    from tests.conftest import serve

    with serve(settings, store) as (url, _):
        status, _, body = request(f"{url}/documents",
                                  json.dumps({"text": "Текст.", "id": "doc-1\n"}).encode(),
                                  {"Content-Type": "application/json", **AUTH})
    assert status == 400
    assert "is not a valid document id" in json.loads(body)["error"]["message"]
