"""What one client can take from the server, against a live server on loopback: CPU for the
checks of a request, connections, the request body, memory in caches keyed by client input, and
the query workers. Every test here is bounded in time and stops by itself."""

from __future__ import annotations

import json
import socket
import time

import pytest

from tests.test_server_sparql import call


def cpu_and_answer(url: str, body: bytes, content_type: str) -> tuple[float, int, bytes]:
    """(CPU seconds this process spent, status, body): the server runs in this process."""
    started = time.process_time()
    status, _, answer = call(f"{url}/sparql", "POST", body,
                             {"Content-Type": content_type, "Accept": "application/json"})
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
