"""Query workers have a memory bound: an ORDER BY over a three-way cross join, which grows a worker
by gigabytes in seconds, is stopped at the limit and answered with a 503 naming it; the worker's
resident size, measured while it runs, stays under the limit; the server keeps answering."""

from __future__ import annotations

import os
import signal
import threading
import time
import urllib.parse

import pyoxigraph as ox

from tests.conftest import serve
from tests.live_process import answers, request

LIMIT_MB = 1024
CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i ?a ?d ?g"


def worker_pids() -> list[int]:
    """The query worker processes this test process started."""
    me, out = os.getpid(), []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == me and b"_worker_main" in cmd:
            out.append(int(entry))
    return out


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def test_a_query_past_the_memory_limit_gets_a_503_and_the_worker_stays_under_it(settings, store):
    triples = {ox.Triple(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                         ox.Literal(f"value number {i} " * 3)) for i in range(500)}
    store.replace_graphs({"http://example.org/g": triples})
    limited = settings.replace(query_memory_mb=LIMIT_MB, query_workers=1, query_timeout=90)
    with serve(limited, store) as (url, _):
        assert answers(url)
        result: dict = {}

        def ask() -> None:
            result["answer"] = request(f"{url}/sparql?{urllib.parse.urlencode({'query': CROSS_JOIN})}",
                                       headers={"Accept": "application/sparql-results+json"},
                                       timeout=120)

        thread = threading.Thread(target=ask)
        thread.start()
        peak, runaway = 0.0, False
        while thread.is_alive():
            for pid in worker_pids():
                peak = max(peak, rss_mb(pid))
                if peak > 2 * LIMIT_MB:  # unbounded: stop it before it takes the machine
                    runaway = True
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.02)
        thread.join()
        status, _, body = result["answer"]
        assert not runaway, f"the worker grew past {peak:.0f} MB"
        assert status == 503, body[:300]
        assert b"KG_QUERY_MEMORY_MB" in body and b"memory" in body
        assert 0 < peak <= LIMIT_MB * 1.05
        assert answers(url)  # a fresh worker answers the next query
