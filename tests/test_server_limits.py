"""What one client can take from the server, against a live server on loopback: CPU for the
checks of a request, connections, the request body, memory in caches keyed by client input, and
the query workers. Every test here is bounded in time and stops by itself."""

from __future__ import annotations

import socket
import time

import pytest

from tests.live_process import request


def cpu_and_answer(url: str, body: bytes, content_type: str) -> tuple[float, int, bytes]:
    """(CPU seconds this process spent, status, body): the server runs in this process."""
    started = time.process_time()
    status, _, answer = request(f"{url}/sparql", data=body, method="POST",
                                headers={"Content-Type": content_type,
                                         "Accept": "application/json"})
    return time.process_time() - started, status, answer


@pytest.mark.parametrize("body,expected", [
    # 1 MB in UTF-8: one long run of letters after the keyword
    ("service " + "ж" * 500_000, 403),
    # the same words in comments: a valid query, which runs
    ("SELECT * WHERE { ?s ?p ?o }" + "#service ж\n" * 80_000, 200),
    # escapes that never end, then the keyword (inside the string that never ends: 400)
    ("SELECT * WHERE { ?s ?p '" + "\\'" * 400_000 + " } service", 400),
], ids=["after SERVICE", "in comments", "in a string"])
def test_the_federation_check_of_a_1_mb_query_takes_linear_time(live_server, body, expected):
    cpu, status, answer = cpu_and_answer(live_server, body.encode(), "application/sparql-query")
    assert status == expected, answer[:200]
    assert cpu < 2.0  # was quadratic: 36 s of CPU for 96 KB, hours for a few MB


def raw_exchange(url: str, head: bytes, body: bytes = b"", wait: float = 10.0) -> bytes:
    """Send `head` and `body` on a new connection; what comes back within `wait` seconds."""
    host, port = url.rsplit("//", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        sock.sendall(head)
        if body:
            try:
                sock.sendall(body)
            except OSError:  # the server may answer and close before reading it all
                pass
        try:
            return sock.recv(4096)
        except TimeoutError:
            return b""


def test_a_huge_declared_body_is_refused_from_its_headers(live_server):
    # 1 GB announced, 64 KB sent: the answer must come from Content-Length alone, without
    # waiting for (or spooling to disk) the body
    head = (b"POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: application/sparql-query\r\nContent-Length: 1000000000\r\n\r\n")
    started = time.monotonic()
    answer = raw_exchange(live_server, head, b"x" * 65536)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
    assert time.monotonic() - started < 5


def test_slow_clients_holding_connections_do_not_starve_a_new_request(live_server):
    host, port = live_server.rsplit("//", 1)[1].split(":")
    slow = []
    try:
        for _ in range(110):  # more than waitress's own default limit of 100 connections
            sock = socket.create_connection((host, int(port)), timeout=5)
            sock.sendall(b"GET /sparql?query=ASK")  # a request line that never ends
            slow.append(sock)
        started = time.monotonic()
        status, _, _ = _get_with_timeout(f"{live_server}/sparql?query=ASK%7B%7D", 10)
        assert status == 200 and time.monotonic() - started < 10
    finally:
        for sock in slow:
            sock.close()


def _get_with_timeout(url: str, timeout: float) -> tuple[int, dict, bytes]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()
    except OSError:  # the connection was never served
        return 0, {}, b""


def test_a_request_that_trickles_in_is_cut_off(settings, store):
    from tests.conftest import serve

    quick = settings.replace(request_read_timeout=2, channel_timeout=30)
    with serve(quick, store) as (url, _):
        host, port = url.rsplit("//", 1)[1].split(":")
        with socket.create_connection((host, int(port)), timeout=1) as sock:
            started, closed = time.monotonic(), False
            request = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\n" + b"X" * 200
            for byte in request:  # one byte every 0.25 s: never silent, never done
                if time.monotonic() - started > 12:
                    break
                try:
                    sock.sendall(bytes([byte]))
                    sock.settimeout(0.25)
                    if sock.recv(1) == b"":
                        closed = True
                        break
                except TimeoutError:
                    continue
                except OSError:  # reset by the server
                    closed = True
                    break
    assert closed and time.monotonic() - started < 12


def test_a_huge_format_parameter_is_a_406_each_time(live_server, seeded):
    long_format = "x" * 450_000  # negotiation is a pure function: nothing of it is kept
    for i in range(3):
        body = f"query=ASK%7B%7D&format={long_format}{i}".encode()
        status, _, _ = request(f"{live_server}/sparql", data=body,
                               headers={"Content-Type": "application/x-www-form-urlencoded"},
                               method="POST")
        assert status == 406


def test_the_join_planner_keeps_bounded_memory_for_huge_distinct_queries(store, seeded):
    import gc
    import tracemalloc

    from kg.store.oxigraph.join_planner import Planner

    planner = Planner()
    tracemalloc.start()
    try:
        for i in range(20):  # 20 distinct queries of 1 MB each
            query = ("SELECT * WHERE { ?a <http://example.org/knows> ?b . ?b ?p ?c . "
                     f"FILTER(?c != \"{i}{'ж' * 500_000}\") }}")
            planner.plan(store.raw, query)
            del query
        gc.collect()
        retained = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert retained < 10 * 1024 * 1024  # was every query text: 20 MB of keys and more of plans
    assert planner.cached_bytes() < 10 * 1024 * 1024


HEAVY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . "
         "?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa . ?bb ?cc ?dd . ?ee ?ff ?gg . ?hh ?ii ?jj . "
         "?kk ?ll ?mm . ?nn ?oo ?pp . BIND(SHA512(CONCAT(STR(?a), STR(?pp))) AS ?h1) }")


def test_a_cheap_query_behind_a_heavy_one_gets_a_quick_503_with_retry_after(settings, store,
                                                                           seeded):
    import threading
    import urllib.parse

    from tests.conftest import serve

    one = settings.replace(query_workers=1, query_timeout=8.0, query_queue_wait=0.5)
    with serve(one, store) as (url, app):
        assert _get_with_timeout(f"{url}/sparql?query=ASK%7B%7D", 10)[0] == 200  # a worker
        heavy = threading.Thread(target=_get_with_timeout, daemon=True, args=(
            f"{url}/sparql?" + urllib.parse.urlencode({"query": HEAVY}), 15))
        heavy.start()
        runner = app.extensions["kg_query_pool"]
        deadline = time.monotonic() + 5
        while not runner.busy() and time.monotonic() < deadline:  # until the heavy query has it
            time.sleep(0.02)
        started = time.monotonic()
        status, headers, _ = _get_with_timeout(
            f"{url}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p 1 }"}), 15)
        waited = time.monotonic() - started
        heavy.join(timeout=15)
    assert status == 503 and headers.get("Retry-After") == "5"
    assert waited < 4  # not the heavy query's 8 s
