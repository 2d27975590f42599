"""Health, readiness, Prometheus metrics and the access log, over real HTTP."""

from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request

import pytest
from conftest import TOKEN
from live_process import kg_serve, make_store, request
from prometheus_client.parser import text_string_to_metric_families

from server.ops import route_label


def _get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    return request(url, headers=headers, timeout=30)


def _samples(body: bytes) -> dict[tuple, float]:
    out = {}
    for family in text_string_to_metric_families(body.decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_healthz_answers_ok(live_server):
    status, _, body = _get(live_server + "/healthz")
    assert status == 200 and b'"ok"' in body


def test_readyz_answers_ready_when_the_store_is_open(live_server):
    status, _, body = _get(live_server + "/readyz")
    assert status == 200 and b'"ready"' in body


def test_readyz_answers_503_naming_the_store_when_it_is_closed(app, store, live_server):
    store.close()
    status, _, body = _get(live_server + "/readyz")
    assert status == 503 and b"store" in body


def test_metrics_are_prometheus_text(live_server):
    status, headers, body = _get(live_server + "/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain; version=")
    assert any(name == "newskg_store_triples" for name, _ in _samples(body))


def test_every_query_is_counted_by_route_and_status_whichever_layer_answered(live_server):
    q = urllib.parse.quote("ASK {}")
    for _ in range(3):  # the first goes through Flask, the next may take the fast path
        assert _get(f"{live_server}/sparql?query={q}", {"Accept": "application/sparql-results+json"})[0] == 200
    assert _get(f"{live_server}/sparql?query=NOT+SPARQL")[0] == 400
    samples = _samples(_get(live_server + "/metrics")[2])
    ok = (("method", "GET"), ("route", "/sparql"), ("status", "200"))
    bad = (("method", "GET"), ("route", "/sparql"), ("status", "400"))
    assert samples[("newskg_http_requests_total", ok)] == 3
    assert samples[("newskg_http_requests_total", bad)] == 1
    assert samples[("newskg_http_request_seconds_count", (("route", "/sparql"),))] == 4


def test_invented_paths_share_one_label(live_server):
    for n in range(5):
        _get(f"{live_server}/no-such-page-{n}")
    samples = _samples(_get(live_server + "/metrics")[2])
    routes = {dict(labels).get("route") for name, labels in samples if name == "newskg_http_requests_total"}
    assert "other" in routes and not any(r and r.startswith("/no-such") for r in routes)


def test_store_size_follows_writes(live_server):
    before = _samples(_get(live_server + "/metrics")[2])[("newskg_store_triples", ())]
    body = "<http://example.org/a> <http://example.org/b> <http://example.org/c> ."
    req = urllib.request.Request(f"{live_server}/graph-store?graph=http://example.org/g1", data=body.encode(),
                                 method="PUT", headers={"Content-Type": "application/n-triples",
                                                        "Authorization": f"Bearer {TOKEN}"})
    try:
        urllib.request.urlopen(req, timeout=30).read()
    except urllib.error.HTTPError as e:  # a shape refusal would still say the store is unchanged
        raise AssertionError(e.read()) from e
    after = _samples(_get(live_server + "/metrics")[2])[("newskg_store_triples", ())]
    assert after > before


def test_each_request_writes_one_access_log_line(live_server, caplog):
    import time

    with caplog.at_level(logging.INFO, logger="newskg.access"):
        _get(live_server + "/healthz")
        deadline = time.monotonic() + 10  # the line is written once the server has sent the body
        while not any(r.name == "newskg.access" for r in caplog.records) and time.monotonic() < deadline:
            time.sleep(0.05)
    lines = [r.getMessage() for r in caplog.records if r.name == "newskg.access"]
    assert len(lines) == 1
    assert '"GET /healthz HTTP/1.1" 200 ' in lines[0] and lines[0].endswith("ms")


def test_route_labels_are_a_fixed_set():
    assert route_label("/entity/vladimir-putin") == "/entity"
    assert route_label("/dump.ttl.gz") == "/dump"
    assert route_label("/") == "/"
    assert route_label("/etc/passwd") == "other"


def test_kg_serve_writes_the_access_log_on_stderr(tmp_path):
    with kg_serve(make_store(tmp_path / "store")) as (url, proc):
        _get(url + "/healthz")
        assert '"GET /healthz HTTP/1.1" 200 ' in _access_line(proc, "/healthz")


def _access_line(proc, path: str) -> str:
    import threading

    killer = threading.Timer(60, proc.kill)  # readline must not wait for ever
    killer.start()
    try:
        while True:
            line = proc.stderr.readline().decode()
            assert line, "kg serve ended without the access-log line"
            if f'"GET {path} ' in line:
                return line
    finally:
        killer.cancel()


@pytest.mark.parametrize("trusted, seen", [("", "127.0.0.1"), ("127.0.0.1", "203.0.113.7")])
def test_forwarded_client_addresses_count_only_from_the_declared_proxy(tmp_path, trusted, seen):
    env = {"KG_TRUSTED_PROXY": trusted} if trusted else {}
    with kg_serve(make_store(tmp_path / "store"), env) as (url, proc):
        _get(url + "/readyz", {"X-Forwarded-For": "203.0.113.7"})
        assert _access_line(proc, "/readyz").split(" ", 1)[0] == seen
