"""The error contract over real HTTP: every route of the app has its error paths listed here, and
each answers in the one error shape: `{"error": {"status", "title", "message"}}` (and `link` when
a page explains it) for a client that accepts JSON, `STATUS Title: message` as text for one that
asks for text (a message may span lines: a parser's error points into the query). A route added
without error cases here fails `test_every_route_has_its_error_paths_in_the_contract`."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest

from tests.conftest import TOKEN
from tests.live_process import request

TITLES = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
          405: "Method Not Allowed", 406: "Not Acceptable", 413: "Payload Too Large",
          415: "Unsupported Media Type"}
AUTH = {"Authorization": f"Bearer {TOKEN}"}
WRONG = {"Authorization": "Bearer not-the-token-at-all-1234"}
TTL = {"Content-Type": "text/turtle"}
GRAPH = "http://example.org/g"


def q(path: str, **params) -> str:
    return path + "?" + urllib.parse.urlencode(params)


# (route rule, method, target, body, headers, status)
CASES = [
    ("/sparql", "GET", q("/sparql", query="SELECT ?x WHERE { ?x "), None, {}, 400),
    ("/sparql", "GET", q("/sparql", query="  "), None, {}, 400),
    ("/sparql", "GET", q("/sparql", query="ASK {}", **{"default-graph-uri": "not an iri"}), None,
     {}, 400),
    ("/sparql", "GET", q("/sparql", query="ASK {}", **{"default-graph-uri": GRAPH + "/none"}),
     None, {}, 404),
    ("/sparql", "GET", q("/sparql", query="SELECT * { SERVICE <http://127.0.0.1:9/s> {?s ?p ?o} }"),
     None, {}, 403),
    ("/sparql", "GET", q("/sparql", update="CLEAR ALL"), None, {}, 405),
    ("/sparql", "PUT", "/sparql", b"", {}, 405),
    ("/sparql", "GET", q("/sparql", query="ASK {}", format="png"), None, {}, 406),
    ("/sparql", "POST", "/sparql", b"ASK {}", {"Content-Type": "text/plain"}, 415),
    ("/sparql", "POST", "/sparql", b"x" * 3_000_000, {"Content-Type": "application/sparql-query"},
     413),
    ("/sparql", "POST", "/sparql", b"CLEAR ALL", {"Content-Type": "application/sparql-update"},
     401),
    ("/sparql", "POST", "/sparql", b"CLEAR ALL",
     {"Content-Type": "application/sparql-update", **WRONG}, 403),
    ("/sparql", "POST", "/sparql", b"LOAD <http://127.0.0.1:9/x>",
     {"Content-Type": "application/sparql-update", **AUTH}, 403),
    ("/graph-store", "GET", "/graph-store", None, {}, 400),
    ("/graph-store", "GET", q("/graph-store", graph="not an iri"), None, {}, 400),
    ("/graph-store", "GET", q("/graph-store", graph=GRAPH + "/none"), None, {}, 404),
    ("/graph-store", "GET", "/graph-store?default", None, {"Accept": "image/png"}, 406),
    ("/graph-store", "PUT", q("/graph-store", graph=GRAPH), b"", TTL, 401),
    ("/graph-store", "PUT", "/graph-store?default", b"", {**TTL, **AUTH}, 405),
    ("/graph-store", "PUT", q("/graph-store", graph=GRAPH), b"x", {"Content-Type": "image/png",
                                                                  **AUTH}, 415),
    ("/graph-store", "PUT", q("/graph-store", graph=GRAPH), b"<a> <b> .", {**TTL, **AUTH}, 400),
    ("/graph-store", "DELETE", q("/graph-store", graph=GRAPH + "/none"), None, AUTH, 404),
    ("/dump.<ext>", "GET", "/dump.png", None, {}, 404),
    ("/dump.<ext>", "POST", "/dump.nt", b"", {}, 405),
    ("/documents", "POST", "/documents", b"{}", {"Content-Type": "application/json"}, 401),
    ("/documents", "POST", "/documents", b"{", {"Content-Type": "application/json", **AUTH}, 400),
    ("/documents", "POST", "/documents", b"{}", {"Content-Type": "application/json", **AUTH}, 400),
    ("/documents", "DELETE", "/documents", None, {}, 405),
    ("/", "POST", "/", b"", {}, 405),
    ("/static/<path:filename>", "GET", "/static/nothing.css", None, {}, 404),
    ("/assets/yasgui/<name>", "GET", "/assets/yasgui/other.js", None, {}, 404),
    ("/entity/<path:name>", "GET", "/entity/nobody", None, {}, 404),
    ("/entity/<path:name>", "GET", "/entity/nobody.ttl", None, {}, 404),
    ("/doc/<path:name>", "GET", "/doc/no-such-document", None, {}, 404),
    ("/event/<path:name>", "GET", "/event/no-such-event", None, {}, 404),
    ("/.well-known/void", "POST", "/.well-known/void", b"", {}, 405),
    ("/.well-known/void", "GET", "/.well-known/void", None, {"Accept": "image/png"}, 406),
    ("/.well-known/void.<ext>", "GET", "/.well-known/void.png", None, {}, 404),
    ("/ns", "POST", "/ns", b"", {}, 405),
    ("/ns.<ext>", "GET", "/ns.png", None, {}, 404),
    ("/shapes", "POST", "/shapes", b"", {}, 405),
    ("/shapes.<ext>", "GET", "/shapes.png", None, {}, 404),
    ("/context.jsonld", "POST", "/context.jsonld", b"", {}, 405),
    ("/entity/", "GET", q("/entity/", page="first"), None, {}, 400),
    ("/entity/", "GET", q("/entity/", type="planet"), None, {}, 400),
    ("/entity/", "GET", q("/entity/", format="xml"), None, {}, 406),
    ("/doc/", "GET", q("/doc/", size=0), None, {}, 400),
    ("/event/", "GET", q("/event/", format="csv"), None, {}, 406),
    ("/reconcile", "GET", q("/reconcile", queries="{"), None, {}, 400),
    ("/reconcile", "GET", q("/reconcile", queries="[]"), None, {}, 400),
    ("/reconcile", "GET", q("/reconcile", queries=json.dumps({f"q{i}": {"query": "x"}
                                                              for i in range(1000)})), None,
     {}, 413),
    ("/reconcile", "GET", q("/reconcile", callback="alert(1)"), None, {}, 400),
    ("/reconcile/", "GET", q("/reconcile/", queries='{"q0": {"query": "x", "type": "Planet"}}'),
     None, {}, 400),
    ("/reconcile/docs", "POST", "/reconcile/docs", b"", {}, 405),
    ("/reconcile/preview", "GET", q("/reconcile/preview", id="nobody"), None, {}, 404),
    ("/reconcile/flyout/entity", "GET", q("/reconcile/flyout/entity", id="nobody"), None, {}, 404),
    ("/reconcile/suggest/entity", "GET", q("/reconcile/suggest/entity", prefix="a", cursor="-1"),
     None, {}, 400),
    ("/reconcile/suggest/type", "GET", q("/reconcile/suggest/type", prefix="a", cursor="x"),
     None, {}, 400),
    ("/reconcile/suggest/property", "POST", "/reconcile/suggest/property", b"", {}, 405),
    ("/healthz", "POST", "/healthz", b"", {}, 405),
    ("/readyz", "POST", "/readyz", b"", {}, 405),
    ("/metrics", "POST", "/metrics", b"", {}, 405),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One server for the whole contract (writes on, small request limit); its store holds the
    ontology and one graph."""
    from kg.settings import Settings
    from kg.store import open_store
    from kg.store.ontology import ensure_ontology
    from server import create_app
    from tests.conftest import serving

    folder = tmp_path_factory.mktemp("contract")
    settings = Settings.load({"store": str(folder / "store"), "token": TOKEN,
                              "max_request_bytes": 1_000_000}, environ={})
    store = open_store(settings.store)
    ensure_ontology(store)
    app = create_app(settings, store=store)
    with serving(app) as url:
        yield url, app
    store.close()


def test_every_route_has_its_error_paths_in_the_contract(server):
    _, app = server
    covered = {case[0] for case in CASES}
    rules = {rule.rule for rule in app.url_map.iter_rules()}
    assert rules - covered == set(), "routes without error cases in the contract"
    assert covered - rules == set(), "cases for routes the app no longer has"


def with_accept(headers: dict, shape: str) -> dict:
    """`headers` asking for the error in `shape`; a case's own Accept (what it negotiates) stays
    first, the shape is added at a low q-value, below anything the case asks for."""
    accept = headers.get("Accept")
    return {**headers, "Accept": f"{accept}, {shape};q=0.01" if accept else shape}


def _ids(case) -> str:
    return f"{case[5]} {case[1]} {case[2][:60]}"


@pytest.mark.parametrize("rule,method,target,body,headers,status", CASES, ids=map(_ids, CASES))
def test_an_error_is_the_json_shape_for_a_json_client(server, rule, method, target, body,
                                                      headers, status):
    url, _ = server
    got, head, raw = request(url + target, body, with_accept(headers, "application/json"), method)
    assert got == status, raw[:300]
    assert head["Content-Type"].startswith("application/json")
    error = json.loads(raw)["error"]
    assert set(json.loads(raw)) == {"error"}
    assert set(error) - {"link"} == {"status", "title", "message"}
    assert error["status"] == status and error["title"] == TITLES[status]
    assert isinstance(error["message"], str) and error["message"].strip()


@pytest.mark.parametrize("rule,method,target,body,headers,status",
                         [c for c in CASES if c[0] != "/documents"],  # an API: JSON always
                         ids=map(_ids, [c for c in CASES if c[0] != "/documents"]))
def test_an_error_is_text_for_a_text_client(server, rule, method, target, body,
                                                        headers, status):
    url, _ = server
    got, head, raw = request(url + target, body, with_accept(headers, "text/plain"), method)
    assert got == status
    assert head["Content-Type"].startswith("text/plain")
    assert re.fullmatch(rf"{status} {TITLES[status]}: \S.*\n", raw.decode(), re.S), raw[:300]
