"""No call out of the server but to an allowed endpoint: SERVICE and LOAD however they are written
(escapes, run-on keywords, in an Update), checked against a live server on loopback with a
listener that records every connection it gets."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from tests.conftest import TOKEN, serve
from tests.live_process import request
from tests.loopback import Listener
from tests.test_server_sparql import get

AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update",
        "Accept": "application/json"}


def hidden_service_queries(url: str) -> list[str]:
    """Ways to write a SERVICE to `url` that a reader of the text can miss."""
    host = urllib.parse.urlsplit(url)
    return [
        # `\#` is an escape inside a prefixed name, not the start of a comment
        "PREFIX ex: <http://e/> SELECT * WHERE { BIND(ex:a\\# AS ?b) "
        f"SERVICE <{url}> {{ ?x ?y ?z }} }}",
        "PREFIX ex: <http://e/> SELECT * WHERE { ?s ex:p\\#q ?o . "
        f"SERVICE <{url}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ SERVICE<{url}> {{ ?x ?y ?z }} }}",  # no space after the keyword
        f"PREFIX ex: <http://{host.netloc}/> SELECT * WHERE {{ SERVICEex:sparql {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ SERVICESILENT<{url}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ sErViCe <{url}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ ?s ?p 'a\\'' . SERVICE <{url}> {{ ?x ?y ?z }} }}",  # escaped quote
        f"SELECT * WHERE {{ SERVICE <http://{host.netloc}\\u002Fsparql> {{ ?x ?y ?z }} }}",
        f"BASE <http://{host.netloc}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?x ?y ?z }} }}",
    ]


@pytest.fixture
def spy():
    with Listener() as listener:
        yield listener


def test_a_service_hidden_from_a_text_check_is_refused_and_calls_nothing(live_server, spy):
    for query in hidden_service_queries(spy.url):
        status, _, body = get(live_server, query, "application/json")
        assert status == 403, (query, body)
    assert spy.calls == []


def test_a_hidden_service_in_a_posted_query_is_refused_and_calls_nothing(live_server, spy):
    for query in hidden_service_queries(spy.url):
        status, _, _ = request(f"{live_server}/sparql", data=query.encode(),
                               headers={"Content-Type": "application/sparql-query"}, method="POST")
        assert status == 403, query
    assert spy.calls == []


def test_load_behind_an_escaped_hash_is_refused_and_fetches_nothing(live_server, spy):
    update = ("PREFIX ex: <http://e/> INSERT DATA { GRAPH <http://e/g> { ex:a ex:b ex:c\\# } } ; "
              f"LOAD <{spy.url}> INTO GRAPH <http://e/g2>")
    status, _, body = request(f"{live_server}/sparql", data=update.encode(), headers=AUTH,
                              method="POST")
    assert status == 403 and "LOAD" in json.loads(body)["error"]["message"]
    assert spy.calls == []


def test_a_service_hidden_in_an_update_is_refused_and_calls_nothing(live_server, spy):
    update = ("PREFIX ex: <http://e/> INSERT { GRAPH ex:g { ?x ?y ?z } } WHERE { "
              f"BIND(ex:a\\# AS ?b) SERVICE <{spy.url}> {{ ?x ?y ?z }} }}")
    status, _, _ = request(f"{live_server}/sparql", data=update.encode(), headers=AUTH,
                           method="POST")
    assert status == 403
    assert spy.calls == []


def test_checking_an_updates_syntax_runs_none_of_it(settings, store, spy):
    # federation allows the listener, so only running the update could call it; the update is
    # refused after its syntax check (it writes the default graph), so it must never have run
    with serve(settings.replace(federation=spy.url), store) as (url, _):
        update = f"INSERT {{ ?x ?y ?z }} WHERE {{ SERVICE <{spy.url}> {{ ?x ?y ?z }} }}"
        status, _, body = request(f"{url}/sparql", data=update.encode(), headers=AUTH,
                                  method="POST")
    assert status == 400 and "default graph" in json.loads(body)["error"]["message"]
    assert spy.calls == []


def test_an_update_syntax_error_names_the_place_in_the_senders_text(live_server):
    update = "PREFIX ex: <http://e/>\nINSERT DATA { GRAPH ex:g { ex:a ex:b ex:c }"
    status, _, body = request(f"{live_server}/sparql", data=update.encode(), headers=AUTH,
                              method="POST")
    assert status == 400 and "error at 2:" in json.loads(body)["error"]["message"]


def test_an_allowed_service_in_an_update_is_still_run(settings, store, spy):
    with serve(settings.replace(federation=spy.url), store) as (url, _):
        update = ("INSERT { GRAPH <http://e/g> { ?x ?y ?z } } WHERE { SERVICE SILENT "
                  f"<{spy.url}> {{ ?x ?y ?z }} }}")
        status, _, _ = request(f"{url}/sparql", data=update.encode(), headers=AUTH, method="POST")
    assert status == 200 and len(spy.calls) == 1


def test_the_word_service_in_strings_iris_and_names_is_no_call(live_server, seeded, spy):
    query = ("PREFIX service: <http://e/service/> SELECT ?service WHERE { "
             "?service <http://e/service> 'SERVICE <x> {}' . # SERVICE <http://e/>\n"
             "OPTIONAL { ?service service:load \"\"\"service\"\"\" } }")
    status, _, body = get(live_server, query, "application/json")
    assert status == 403  # a prefix named `service:` reads as the keyword: refused, not guessed
    status, _, body = get(live_server, query.replace("service:", "svc:"), "application/json")
    assert status == 200, body
    assert spy.calls == []


def test_query_workers_cannot_connect_anywhere_when_federation_is_off(settings, store, seeded,
                                                                      spy):
    """The engine itself, past every text check: a SERVICE run in a worker reaches nothing."""
    from kg.store.oxigraph.workers import QueryPool

    pool = QueryPool(store.location, 1, lambda: store.generation, network=False)
    try:
        req = {"query": f"SELECT * WHERE {{ SERVICE <{spy.url}> {{ ?x ?y ?z }} }}",
               "formats": {"results": "json", "graph": "ttl"}, "max_rows": 10}
        with pytest.raises(Exception) as failure:
            pool.run(req, 10)
        assert "Permission denied" in str(failure.value)
    finally:
        pool.close()
    assert spy.calls == []


def test_query_workers_of_a_federating_server_reach_the_allowed_endpoint(settings, store, seeded,
                                                                         spy):
    with serve(settings.replace(federation=spy.url), store) as (url, _):
        status, _, _ = get(url, f"SELECT * WHERE {{ SERVICE <{spy.url}> {{ ?x ?y ?z }} }}")
    assert status == 200 and len(spy.calls) == 1
