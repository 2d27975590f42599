"""The /sparql fast path (server.fast_path) answers exactly as the Flask view does, over real HTTP;
and quick queries run in the request's thread only when proven quick and small at the same store
generation (kg.store.oxigraph.workers.QueryPool)."""

from __future__ import annotations

import http.client
import json
import urllib.parse

import pytest

from tests.conftest import EX, G1, G2, QUERY_LIMIT_S, T, serve, serving

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = "SELECT ?o WHERE { ?s <http://example.org/label> ?o }"
HEAVY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . "
         "?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa . ?bb ?cc ?dd . ?ee ?ff ?gg . ?hh ?ii ?jj . "
         "?kk ?ll ?mm . ?nn ?oo ?pp . ?qq ?rr ?ss . "
         "BIND(SHA512(CONCAT(STR(?a), STR(?jj), STR(RAND()))) AS ?h1) }")


@pytest.fixture
def limited(settings):
    return settings.replace(query_timeout=QUERY_LIMIT_S, query_workers=2, max_request_bytes=4000)


@pytest.fixture
def fast(limited, seeded):
    """The app as `create_app` builds it (fast path in front), served: (URL, app)."""
    with serve(limited, seeded) as served:
        yield served


@pytest.fixture
def plain(limited, seeded):
    """The same app with the fast path taken off: every request through Flask; its URL."""
    from server import create_app

    app = create_app(limited, store=seeded)
    app.wsgi_app.inner = app.extensions["kg_fast_path"].flask_wsgi  # type: ignore[attr-defined]
    with serving(app) as url:
        yield url


def send(url: str, method: str, target: str, body: bytes | None = None,
         headers: dict | None = None) -> tuple[int, list[tuple[str, str]], bytes]:
    """(status, headers in order without Date/Server, body) as a client sees them."""
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request(method, target, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        kept = [(k, v) for k, v in resp.getheaders() if k.lower() not in ("date", "server")]
        return resp.status, kept, data
    finally:
        conn.close()


def qs(query: str, **params) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query, **params}, doseq=True)


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}
R_JSON = {"Accept": "application/sparql-results+json"}

# (name, method, target, body, headers, answered by the fast path)
TABLE = [
    ("select, no Accept", "GET", qs(COUNT), None, {}, True),
    ("select, Accept xml", "GET", qs(LABELS), None,
     {"Accept": "application/sparql-results+xml"}, True),
    ("select, Accept csv", "GET", qs(LABELS), None, {"Accept": "text/csv"}, True),
    ("select, Accept tsv", "GET", qs(LABELS), None, {"Accept": "text/tab-separated-values"}, True),
    ("select, Accept plain json", "GET", qs(LABELS), None, {"Accept": "application/json"}, True),
    ("select, q-values", "GET", qs(COUNT), None,
     {"Accept": "application/sparql-results+json;q=0.5, application/sparql-results+xml;q=0.9"},
     True),
    ("select, format=xml", "GET", qs(LABELS, format="xml"), None, {}, True),
    ("select, output=csv", "GET", qs(LABELS, output="csv"), None, {}, True),
    ("ask", "GET", qs("ASK { ?s ?p ?o }"), None, R_JSON, True),
    ("construct, turtle", "GET", qs("CONSTRUCT WHERE { ?s ?p ?o }"), None,
     {"Accept": "text/turtle"}, True),
    ("construct, n-triples", "GET", qs("CONSTRUCT WHERE { ?s ?p ?o }"), None,
     {"Accept": "application/n-triples"}, True),
    ("construct, json-ld", "GET", qs("CONSTRUCT WHERE { ?s ?p ?o }"), None,
     {"Accept": "application/ld+json"}, True),
    ("describe, rdf/xml", "GET", qs(f"DESCRIBE <{EX}putin>"), None,
     {"Accept": "application/rdf+xml"}, True),
    ("HEAD select", "HEAD", qs(COUNT), None, R_JSON, True),
    ("HEAD syntax error", "HEAD", qs("SELECT ?x WHERE { ?x "), None, {}, True),
    ("direct POST", "POST", "/sparql", LABELS.encode(), DIRECT, True),
    ("direct POST with charset", "POST", "/sparql", LABELS.encode(),
     {"Content-Type": "application/sparql-query; charset=utf-8", **R_JSON}, True),
    ("direct POST, default-graph-uri in the URL",
     "POST", "/sparql?" + urllib.parse.urlencode({"default-graph-uri": G1}),
     b"SELECT ?s WHERE { ?s <http://example.org/knows> ?o }", DIRECT, True),
    ("form POST with default-graph-uri", "POST", "/sparql",
     urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s <http://example.org/knows> ?o }",
                             "default-graph-uri": G2}).encode(), FORM, True),
    ("named-graph-uri", "GET",
     qs("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", **{"named-graph-uri": G2}),
     None, {}, True),
    ("CORS request from a page", "GET", qs(COUNT), None,
     {"Origin": "http://elsewhere.example", **R_JSON}, True),
    ("400 syntax, json", "GET", qs("SELECT ?x WHERE { ?x "), None,
     {"Accept": "application/json"}, True),
    ("400 syntax, text", "GET", qs("SELECT ?x WHERE { ?x "), None, {}, True),
    ("404 unknown graph", "GET", qs(COUNT, **{"default-graph-uri": EX + "nope"}), None,
     {"Accept": "application/json"}, True),
    ("403 SERVICE", "GET", qs("SELECT * WHERE { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }"),
     None, {"Accept": "application/json"}, True),
    ("406 graph format for a select", "GET", qs(COUNT, format="ttl"), None, {}, True),
    ("406 nothing fits", "GET", qs(COUNT), None, {"Accept": "image/png"}, True),
    ("503 timeout", "GET", qs(HEAVY), None, {"Accept": "application/json"}, True),
    # left to Flask: the answers must still be the same
    ("413 too large", "POST", "/sparql", ("SELECT * { ?s ?p ?o } #" + "x" * 5000).encode(),
     {**DIRECT, "Accept": "application/json"}, False),
    ("empty query", "GET", qs("   "), None, {"Accept": "application/json"}, False),
    ("body not UTF-8", "POST", "/sparql", b"SELECT * { ?s ?p \xff }", DIRECT, False),
    ("update by GET", "GET", "/sparql?update=CLEAR+ALL", None, {}, False),
    ("update by POST", "POST", "/sparql", b"CLEAR ALL",
     {"Content-Type": "application/sparql-update"}, False),
    ("form with neither field", "POST", "/sparql", b"x=1", FORM, False),
    ("415", "POST", "/sparql", COUNT.encode(), {"Content-Type": "text/plain"}, False),
    ("OPTIONS", "OPTIONS", "/sparql", None,
     {"Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST"}, False),
    ("service description", "GET", "/sparql", None, {"Accept": "text/turtle"}, False),
    ("other path", "GET", "/sparql/", None, {}, False),
]


@pytest.mark.parametrize("name,method,target,body,headers,expect_fast", TABLE,
                         ids=[row[0] for row in TABLE])
def test_the_fast_path_answers_exactly_as_flask_does(fast, plain, name, method, target, body,
                                                     headers, expect_fast):
    url, app = fast
    expected = send(plain, method, target, body, headers)
    before = app.extensions["kg_fast_path"].answered
    answers = [send(url, method, target, body, headers) for _ in range(1 if "503" in name else 3)]
    for answer in answers:  # the first may go to a worker, the next ones run in the thread
        assert answer == expected
    # from the first request on: negotiation needs nothing Flask did before
    answered = app.extensions["kg_fast_path"].answered - before
    assert answered == (len(answers) if expect_fast else 0)


def pool_stats(app) -> dict:
    return dict(app.extensions["kg_query_pool"].stats)


def test_a_query_runs_in_a_worker_first_and_in_the_thread_the_second_time(fast):
    url, app = fast
    first = send(url, "GET", qs(LABELS), headers=R_JSON)
    after_first = pool_stats(app)
    second = send(url, "GET", qs(LABELS), headers=R_JSON)
    assert after_first == {"worker": 1, "thread": 0}
    assert pool_stats(app) == {"worker": 1, "thread": 1}
    assert first == second and json.loads(second[2])["results"]["bindings"][0]["o"]["value"] \
        == "Путин"


def test_after_a_write_the_query_goes_back_to_a_worker(fast, seeded):
    url, app = fast
    send(url, "GET", qs(COUNT), headers=R_JSON)
    send(url, "GET", qs(COUNT), headers=R_JSON)
    assert pool_stats(app) == {"worker": 1, "thread": 1}
    seeded.replace_graphs({EX + "g3": {T("e", "knows", EX + "f")}})  # a new write generation
    status, _, body = send(url, "GET", qs(COUNT), headers=R_JSON)
    assert pool_stats(app) == {"worker": 2, "thread": 1}
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "4"
    send(url, "GET", qs(COUNT), headers=R_JSON)
    assert pool_stats(app) == {"worker": 2, "thread": 2}


def test_a_slow_query_never_runs_in_the_thread(fast, seeded):
    url, app = fast
    seeded.replace_graphs({EX + "big": {T(f"s{i}", "p", f"v{i}") for i in range(400)}})
    join = "SELECT (COUNT(*) AS ?n) WHERE { ?a <http://example.org/p> ?b . ?c ?d ?e }"  # ~160k rows
    for _ in range(3):
        status, _, body = send(url, "GET", qs(join), headers=R_JSON)
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] \
            == str(400 * 403)  # the 3 seeded triples and the 400 new ones
    assert pool_stats(app) == {"worker": 3, "thread": 0}


def test_a_large_answer_never_runs_in_the_thread(fast, seeded):
    url, app = fast
    # one lookup: quick, but its answer (~44 KB) is over the size for the thread, and still small
    # enough to come back from the worker whole
    seeded.replace_graphs({EX + "long": {T("text", "body", "слово " * 4000)}})
    q = "SELECT ?o WHERE { <http://example.org/text> <http://example.org/body> ?o }"
    for _ in range(3):
        status, _, body = send(url, "GET", qs(q), headers=R_JSON)
        assert status == 200 and len(body) > 32 * 1024
    assert pool_stats(app) == {"worker": 3, "thread": 0}


def test_what_is_remembered_is_bounded(fast, monkeypatch):
    from kg.store.oxigraph import workers

    monkeypatch.setattr(workers, "THREAD_KEYS", 2)
    url, app = fast
    queries = [f"ASK {{ <{EX}{name}> ?p ?o }}" for name in ("a", "c", "putin")]
    for q in queries:
        send(url, "GET", qs(q), headers=R_JSON)
    assert pool_stats(app) == {"worker": 3, "thread": 0}
    send(url, "GET", qs(queries[2]), headers=R_JSON)  # among the two newest: in the thread
    send(url, "GET", qs(queries[0]), headers=R_JSON)  # the oldest was dropped: a worker again
    assert pool_stats(app) == {"worker": 4, "thread": 1}


def test_the_timeout_still_stops_a_slow_query_through_the_fast_path(fast):
    url, app = fast
    assert send(url, "GET", qs(COUNT), headers=R_JSON)[0] == 200
    answered = app.extensions["kg_fast_path"].answered
    pool = app.extensions["kg_query_pool"]
    workers_before = {w.proc.pid: w for w in pool._idle.queue if w is not None}
    status, _, body = send(url, "GET", qs(HEAVY), headers={"Accept": "application/json"})
    assert app.extensions["kg_fast_path"].answered == answered + 1
    assert status == 503 and f"limit of {QUERY_LIMIT_S:g} s" in json.loads(body)["error"]["message"]
    (worker,) = workers_before.values()  # the one worker that ran COUNT ran HEAVY too
    assert worker.proc.wait(timeout=10) is not None  # the work really stopped
    assert send(url, "GET", qs(COUNT), headers=R_JSON)[0] == 200


@pytest.fixture
def roomy(settings, seeded):
    """The app with the fast path, served with the default timeout: for what must hold however
    slow the machine is. (URL, app)."""
    with serve(settings.replace(query_workers=2), seeded) as served:
        yield served


@pytest.mark.parametrize("expression", ["NOW()", "RAND()", "UUID()", "STRUUID()", "BNODE()",
                                        "nOw ( )"])
def test_a_query_whose_cost_can_change_between_runs_never_runs_in_the_thread(roomy, expression):
    # a FILTER on NOW() can let nothing through today and everything tomorrow: being quick once
    # proves nothing about the next run
    url, app = roomy
    q = f"SELECT ?s WHERE {{ ?s ?p ?o . BIND({expression} AS ?x) FILTER(BOUND(?x)) }} LIMIT 1"
    for _ in range(3):
        assert send(url, "GET", qs(q), headers=R_JSON)[0] == 200
    assert pool_stats(app) == {"worker": 3, "thread": 0}


def test_an_in_thread_run_past_its_budget_stops_and_a_worker_answers(roomy, seeded):
    from kg.store.oxigraph.workers import THREAD_MAX_BYTES, _quick_key

    url, app = roomy
    seeded.replace_graphs({EX + "long": {T("text", "body", "слово " * 4000)}})
    send(url, "GET", qs(COUNT), headers=R_JSON)  # starts the pool
    pool = app.extensions["kg_query_pool"]
    req = {"query": "SELECT ?o WHERE { ?s <http://example.org/body> ?o }",
           "default_graph": None, "named_graphs": None, "max_rows": 100,
           "formats": {"results": "json", "graph": "ttl"}, "head_only": False}
    _, whole = pool.run(req, 10)  # from a worker: too large to be remembered as quick
    key, generation = _quick_key(req), seeded.generation
    pool._is_quick(key, generation)  # as if it had been proven quick (say, before the data grew)
    pool._remember(key, generation)
    before = dict(pool.stats)
    _, body = pool.run(req, 10)
    assert b"".join(body) == b"".join(whole) and len(b"".join(body)) > THREAD_MAX_BYTES
    assert pool.stats["thread"] == before["thread"] and pool.stats["worker"] == before["worker"] + 1
    assert key not in pool._quick  # and the next run goes to a worker from the start
