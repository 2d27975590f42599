"""A remote engine that stops a query at its own time limit (Virtuoso's MaxQueryExecutionTime,
Oxigraph server's --timeout-s), below newskg's KG_QUERY_TIMEOUT: the client of the endpoint learns
that the query was stopped, in the one error shape, and never gets part of an answer as if it were
all of it."""

from __future__ import annotations

import json
import shutil
import tempfile
import urllib.parse
from pathlib import Path

import pytest

from kg.settings import Settings
from kg.store import open_store
from tests.conftest import EX, G1, G2, T, serve
from tests.engines import oxigraph_command, start_oxigraph, start_virtuoso, virtuoso_command
from tests.live_process import request
from tests.test_server_protocol_backends import HEAVY

# 3^13 rows, each hashed: tens of seconds on either engine, so far past the engine's limit of 1 s
# that no engine finishes it first, however late it looks at its clock.
HEAVIER = HEAVY.replace("?ee ?ff ?gg . ", "?ee ?ff ?gg . ?hh ?ii ?jj . ").replace(
    "STR(?ee),", "STR(?ee), STR(?hh),")

ENGINES = {"oxigraph-server": (oxigraph_command, start_oxigraph),
           "virtuoso": (virtuoso_command, start_virtuoso)}


@pytest.fixture(scope="module", params=sorted(ENGINES))
def strict(request):
    """An engine of its own that stops every query after 1 s."""
    installed, start = ENGINES[request.param]
    if installed() is None:
        pytest.skip(f"{request.param} is not installed (scripts/test-deps.sh installs it)")
    folder = Path(tempfile.mkdtemp(prefix="newskg-strict-"))
    engine = start(folder, max_seconds=1)
    yield engine
    engine.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def url(strict, tmp_path):
    env = strict.settings_env()
    settings = Settings(store_query_url=env["KG_STORE_QUERY_URL"],
                        store_update_url=env["KG_STORE_UPDATE_URL"],
                        store_user=env.get("KG_STORE_USER", ""),
                        store_password=env.get("KG_STORE_PASSWORD", ""),
                        # newskg's own limit is far away: Oxigraph server looks at its limit
                        # only as it writes the answer, after the aggregate's tens of seconds of
                        # work, and a busy machine stretches those past 30 s
                        query_timeout=300.0)
    store = open_store(settings)
    store.replace_graphs({G1: {T("putin", "label", "Путин"), T("a", "knows", EX + "b")},
                          G2: {T("putin", "label", "Путин"), T("c", "knows", EX + "d")}})
    with serve(settings, store) as (base, _):
        yield base


def test_a_query_the_engine_stops_at_its_own_limit_is_an_error_not_an_answer(strict, url):
    status, _, body = request(f"{url}/sparql?" + urllib.parse.urlencode({"query": HEAVIER}),
                              headers={"Accept": "application/json"})
    assert status != 200, body[:300]
    message = json.loads(body)["error"]["message"]
    if strict.name == "virtuoso":  # says so in its answer: a query past the time limit
        assert status == 503 and "its own time limit" in message
    else:  # ends its answer early: a broken answer from the store
        assert status == 502 and "breaks off" in message
