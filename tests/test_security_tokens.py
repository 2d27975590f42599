"""The write token under attack: wrong tokens are limited per client (429 with Retry-After past the
limit, even for the right token), and every write and every refused one leaves a log line."""

from __future__ import annotations

import json
import urllib.parse

from tests.conftest import TOKEN, serve
from tests.live_process import kg_serve, make_store, request

GRAPH = "http://example.org/g"
NT = b'<http://example.org/s> <http://example.org/p> "x" .\n'


def put(url: str, token: str | None, graph: str = GRAPH):
    headers = {"Content-Type": "application/n-triples", "Accept": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return request(f"{url}/graph-store?{urllib.parse.urlencode({'graph': graph})}", NT, headers,
                   "PUT")


def test_wrong_tokens_past_the_limit_get_429_with_retry_after(settings, store):
    with serve(settings.replace(auth_failures=3), store) as (url, _):
        for _ in range(3):
            assert put(url, "wrong-token-guess")[0] == 403
        status, headers, body = put(url, "wrong-token-guess")
        assert status == 429 and int(headers["Retry-After"]) > 0
        assert "too many wrong tokens" in json.loads(body)["error"]["message"]
        assert put(url, TOKEN)[0] == 429  # the right token waits too: guessing stops here
        assert not store.has_graph(GRAPH)


def test_missing_tokens_do_not_count_as_guesses(settings, store):
    with serve(settings.replace(auth_failures=2), store) as (url, _):
        for _ in range(4):
            assert put(url, None)[0] == 401
        assert put(url, TOKEN)[0] == 201


def test_writes_and_refused_writes_are_logged(tmp_path):
    with kg_serve(make_store(tmp_path / "store"), {"KG_TOKEN": TOKEN}) as (url, proc):
        assert put(url, TOKEN)[0] == 201
        assert put(url, "wrong-token-guess")[0] == 403
        assert put(url, None, graph="http://example.org/x\nforged line")[0] == 401
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    log = err.decode()
    assert f"write 'PUT /graph-store?graph={urllib.parse.quote(GRAPH, safe='')}' from 127.0.0.1: 201" in log
    assert "refused write 'PUT /graph-store?graph=" in log and "from 127.0.0.1: wrong token" in log
    assert "no bearer token" in log
    assert "\nforged line" not in log  # a line break in the request stays inside its log line
    assert TOKEN not in log and "wrong-token-guess" not in log
