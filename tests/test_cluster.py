"""`kg ingest` and `kg load` on a Dask cluster: real `dask scheduler` and `dask worker` processes on
loopback, and `--workers N` local clusters. The store a parallel ingest leaves is the store a
serial ingest of the same inputs leaves, slugs of clashing names included, because identity is
decided by the one writing process in input order."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, EXAMPLES, ROOT

BIN = Path(sys.executable).parent
BASE = "http://localhost:5000/"
TIMEOUT_S = 600  # a command on a busy machine: the workers load the models first
# Two pairs of small documents whose entities share a slug but are different kinds of thing:
# the first of each pair to be ingested keeps the plain slug, the other gets a suffixed one.
CLASHING = {
    "c1-singer.txt": "Певица Мадонна дала концерт. Мадонна исполнила новые песни.",
    "c2-charity.txt": "Организация «Мадонна» провела благотворительный вечер.",
    "c3-singer-again.txt": "Певица Мадонна дала ещё один концерт. Мадонна спела старые песни.",
    "c4-charity-again.txt": "Организация «Мадонна» провела ещё один благотворительный вечер.",
}


def kg(*args: str, store: Path, timeout: float = TIMEOUT_S) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args, "--store", str(store)],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={"PATH": f"{BIN}:/usr/bin:/bin", "KG_BASE": BASE,
                               "HOME": os.environ.get("HOME", "/tmp")})


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """A `dask scheduler` and a `dask worker` with two single-threaded worker processes on free
    loopback ports; the address of the scheduler. Both are stopped after the module."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}  # cluster_helpers, on workers
    procs = [subprocess.Popen(
        [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
         "--no-dashboard"], stdout=open(logs / "scheduler.log", "wb"), stderr=subprocess.STDOUT,
        env=env)]
    try:
        procs.append(subprocess.Popen(
            [str(BIN / "dask"), "worker", address, "--nworkers", "2", "--nthreads", "1",
             "--host", "127.0.0.1", "--no-dashboard", "--local-directory", str(logs)],
            stdout=open(logs / "worker.log", "wb"), stderr=subprocess.STDOUT, env=env))
        with Client(address, timeout=120) as client:
            client.wait_for_workers(2, timeout=180)
        yield address
    finally:
        for proc in reversed(procs):
            _stop(proc)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The clashing documents, the examples, the corpus articles, and one example again (a
    re-ingest in the same run)."""
    if not CORPUS.is_dir():
        pytest.skip(f"needs the shared corpus beside the project: {CORPUS} is missing")
    folder = tmp_path_factory.mktemp("clashing")
    for name, text in CLASHING.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder), str(EXAMPLES), str(CORPUS), str(EXAMPLES / "ru-lavrov-ankara-talks.txt")]


def _dump(store: Path) -> str:
    r = kg("dump", "--format", "nq", store=store, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _quads(store: Path) -> list[str]:
    """The store's quads, sorted, without the extraction time (the only one a rerun changes)."""
    return sorted(line for line in _dump(store).splitlines() if "endedAtTime" not in line)


@pytest.fixture(scope="module")
def serial(inputs, tmp_path_factory):
    """What a serial ingest of the inputs prints and stores, and its store."""
    store = tmp_path_factory.mktemp("serial") / "store"
    r = kg("ingest", *inputs, store=store)
    assert r.returncode == 0, r.stderr
    return r.stdout, _quads(store), store


@pytest.fixture(scope="module")
def on_scheduler(scheduler, inputs, tmp_path_factory):
    store = tmp_path_factory.mktemp("parallel") / "store"
    r = kg("ingest", *inputs, "--scheduler", scheduler, store=store)
    assert r.returncode == 0, r.stderr
    return r, store


def test_ingest_on_a_scheduler_stores_exactly_what_a_serial_ingest_stores(on_scheduler, serial):
    r, store = on_scheduler
    assert _quads(store) == serial[1]


def test_ingest_on_a_scheduler_prints_what_a_serial_ingest_prints_in_input_order(on_scheduler,
                                                                                   serial):
    assert on_scheduler[0].stdout == serial[0]
    assert "\t(replaced)" in on_scheduler[0].stdout.splitlines()[-1]


def test_ingest_on_a_scheduler_ends_with_a_summary(on_scheduler, inputs):
    examples, corpus = len(list(EXAMPLES.glob("*.txt"))), len(list(CORPUS.glob("*.txt")))
    total = len(CLASHING) + examples + corpus + 1
    assert on_scheduler[0].stderr.strip().splitlines()[-1] == \
        f"kg: {total} documents stored, 0 refused by the shapes, 0 failed"


def test_the_first_of_two_clashing_names_keeps_the_slug_and_the_other_is_suffixed(on_scheduler):
    _, store = on_scheduler
    q = ("SELECT ?d ?e WHERE { GRAPH ?d { ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e } "
         "FILTER(STRSTARTS(STR(?d), '" + BASE + "doc/c') && STRSTARTS(STR(?e), '" + BASE + "entity/')) }")
    r = kg("query", q, "--format", "csv", store=store, timeout=120)
    rows = {tuple(line.split(",")) for line in r.stdout.splitlines()[1:]}
    assert rows == {(f"{BASE}doc/c1-singer", f"{BASE}entity/madonna"),
                    (f"{BASE}doc/c2-charity", f"{BASE}entity/madonna-organization"),
                    (f"{BASE}doc/c3-singer-again", f"{BASE}entity/madonna"),
                    (f"{BASE}doc/c4-charity-again", f"{BASE}entity/madonna-organization")}


def test_ingest_on_a_local_cluster_stores_exactly_what_a_serial_ingest_stores(inputs, serial,
                                                                                tmp_path):
    r = kg("ingest", *inputs, "--workers", "2", store=tmp_path / "store")
    assert r.returncode == 0, r.stderr
    assert r.stdout == serial[0]
    assert _quads(tmp_path / "store") == serial[1]


def test_a_bad_input_fails_alone_and_is_named_with_its_reason(scheduler, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-good.txt").write_text(CLASHING["c1-singer.txt"], encoding="utf-8")
    (tmp_path / "in" / "b-latin1.txt").write_bytes("Певица".encode("cp1251"))
    (tmp_path / "in" / "c-english.txt").write_text(
        "The singer gave a concert in the city and sang her new songs to a large crowd.",
        encoding="utf-8")
    r = kg("ingest", str(tmp_path / "in"), "--scheduler", scheduler, store=tmp_path / "store")
    assert r.returncode == 1
    assert r.stdout.startswith(f"{BASE}doc/a-good\t")
    lines = r.stderr.strip().splitlines()
    assert any("b-latin1.txt: not UTF-8 text" in line and "(not stored)" in line for line in lines)
    assert any("c-english.txt" in line and "does not look like Russian" in line for line in lines)
    assert lines[-1] == "kg: 1 documents stored, 0 refused by the shapes, 2 failed"


def test_a_document_the_shapes_refuse_is_reported_with_the_reason_and_not_stored(scheduler,
                                                                                  settings, store):
    from distributed import Client

    from cluster_helpers import prepare_with_a_misplaced_mention
    from kg import cluster
    from kg.pipeline import make_document

    docs = [("misplaced", make_document("Иван Петров приехал.", id="misplaced",
                                        settings=settings))]
    with Client(scheduler, timeout=60) as client:
        summary = cluster.ingest(docs, settings=settings, store=store, client=client,
                                 prepare=prepare_with_a_misplaced_mention)
    assert (summary.stored, summary.failed) == (0, [])
    [(name, exc)] = summary.refused
    assert name == "misplaced" and "anchorOf" in exc.report.text
    assert store.graph_names() == []


@pytest.mark.parametrize("batch", [1, 3])
def test_clashing_names_are_settled_alike_whether_written_at_once_or_one_by_one(
        scheduler, settings, store, batch):
    from distributed import Client

    from kg import cluster
    from kg.pipeline import make_document

    docs = [(n, make_document(t, id=n[:-4], settings=settings)) for n, t in CLASHING.items()]
    with Client(scheduler, timeout=60) as client:
        summary = cluster.ingest(docs, settings=settings, store=store, client=client, batch=batch)
    assert summary.stored == len(CLASHING)
    rows = store.query("SELECT DISTINCT ?e WHERE { ?m "
                       "<http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e "
                       "FILTER(CONTAINS(STR(?e), '/entity/')) }")
    assert {r["e"].value for r in rows} == {f"{settings.base}entity/madonna",
                                           f"{settings.base}entity/madonna-organization"}


class _CountingStore:
    """A real store that counts the questions asked about which graphs it holds."""

    def __init__(self, store):
        self.store, self.asked = store, 0

    def __getattr__(self, name):
        return getattr(self.store, name)

    def has_graph(self, name):
        self.asked += 1
        return self.store.has_graph(name)

    def existing_graphs(self, names):
        self.asked += 1
        return self.store.existing_graphs(names)


def test_which_documents_are_stored_already_is_asked_per_window_not_per_document(
        scheduler, settings, store):
    from distributed import Client

    from kg import cluster
    from kg.pipeline import make_document

    texts = [f"Певица Мадонна дала концерт номер {i}." for i in range(24)]
    docs = [(f"d{i}", make_document(t, id=f"d{i}", settings=settings))
            for i, t in enumerate(texts)]
    with Client(scheduler, timeout=60) as client:
        cluster.ingest(docs[:2], settings=settings, store=store, client=client)
        counting = _CountingStore(store)
        seen = []
        summary = cluster.ingest(docs + docs[5:6], settings=settings, store=counting,
                                 client=client, on_stored=lambda r: seen.append(r.replaced))
    assert summary.stored == 25
    # stored before the run, stored for the first time, and written again later in the run
    assert seen[:2] == [True, True] and seen[2:24] == [False] * 22 and seen[24] is True
    assert counting.asked <= 4


def test_load_on_a_scheduler_stores_what_a_serial_load_stores(scheduler, serial, tmp_path):
    dump = tmp_path / "all.nq"
    dump.write_text(_dump(serial[2]), encoding="utf-8")
    bad = tmp_path / "bad.nq"
    bad.write_text(f"<{BASE}doc/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                   f"<http://schema.org/NewsArticle> <{BASE}doc/x> .\n", encoding="utf-8")
    r = kg("load", str(dump), str(bad), "--scheduler", scheduler, store=tmp_path / "store")
    assert r.returncode == 3, r.stderr
    assert f"VIOLATES\t{BASE}doc/x" in r.stderr
    assert "1 graphs refused by the shapes" in r.stdout
    assert sorted(_dump(tmp_path / "store").splitlines()) == sorted(dump.read_text().splitlines())


def test_the_plain_command_line_does_not_import_dask():
    code = "import sys, kg.cli; kg.cli.build_parser(); print('distributed' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_an_unreachable_scheduler_is_an_error_that_says_where(tmp_path):
    started = time.monotonic()
    r = kg("ingest", str(EXAMPLES), "--scheduler", f"tcp://127.0.0.1:{_free_port()}",
           store=tmp_path / "store", timeout=120)
    assert r.returncode == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:" in r.stderr
    assert time.monotonic() - started < 90


def test_a_missing_input_stops_the_run_after_storing_what_came_before_it(scheduler, tmp_path):
    good = tmp_path / "a-good.txt"
    good.write_text(CLASHING["c1-singer.txt"], encoding="utf-8")
    r = kg("ingest", str(good), str(tmp_path / "missing.txt"), "--scheduler", scheduler,
           store=tmp_path / "store")
    assert r.returncode == 2
    assert "missing.txt: no such file or folder" in r.stderr
    assert r.stdout.startswith(f"{BASE}doc/a-good\t")
