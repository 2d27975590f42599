"""Where a SPARQL request's time goes in our server: each bench query timed layer by layer on one
store, one request at a time, so the differences between layers are the cost of each layer.

Layers (median ms over repeated runs of the same query, the layers interleaved):
  evaluate   store.query() and iterating every solution/triple, in process (the query engine)
  serialise  store.query() and writing the answer in the format the server picks, to memory
  flask      the app through its test client with the /sparql fast path taken off and every query
             in a worker process (how the server answered before server.fast_path)
  wsgi0      the app as built (fast path in front) through its test client, queries run in the
             request's thread by a streaming thread (KG_QUERY_WORKERS=0; no socket)
  wsgi       the app as served by default: fast path, queries in worker processes except those
             proven quick and small at this store generation, which run in the request's thread
  http0      `kg serve` (waitress) in its own process, queries in-thread (KG_QUERY_WORKERS=0)
  http       `kg serve` as it runs by default
  floor      a bare waitress WSGI app answering a fixed body: the HTTP round trip alone
  floor-stream  the same body as a generator fed by another thread (chunked, like our answers)
Then a cProfile of the wsgi layer for chosen queries (--cprofile), to see inside the app.
"""

from __future__ import annotations

import argparse
import cProfile
import http.client
import importlib.util
import io
import json
import os
import pstats
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED_BENCH = Path(os.environ.get("NEWSKG_SHARED", ROOT.parent / "shared")) / "bench"
GRAPH_ACCEPT = "application/n-triples, text/plain;q=0.5"
RESULTS_ACCEPT = "application/sparql-results+json"

_FLOOR_APP = """
import sys, waitress
import queue, threading
body = b'{"head":{},"boolean":true}'
stream = sys.argv[2] == "stream"
def app(environ, start_response):
    environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    if not stream:
        start_response("200 OK", [("Content-Type", "application/sparql-results+json"),
                                  ("Content-Length", str(len(body)))])
        return [body]
    start_response("200 OK", [("Content-Type", "application/sparql-results+json")])
    q = queue.Queue()
    threading.Thread(target=lambda: (q.put(body), q.put(None))).start()
    return iter(q.get, None)
waitress.serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=8, _quiet=True)
"""


def _load_tool():
    """../shared/bench/load.py, for its placeholders and query reader (one source of truth)."""
    spec = importlib.util.spec_from_file_location("bench_load", SHARED_BENCH / "load.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, proc: subprocess.Popen, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"no server on port {port} after {limit} s")


def interleave(fns: dict, reps: int, budget: float) -> dict[str, list[float]]:
    """Time every layer's fn() in turn, round after round (order rotated), so that noise from
    other work on the machine falls on all layers alike; up to `reps` rounds (at least 3),
    stopping early once `budget` seconds have been spent."""
    for fn in fns.values():
        fn()  # warm-up: caches, first-use imports, worker processes
    times: dict[str, list[float]] = {k: [] for k in fns}
    names = list(fns)
    start = time.perf_counter()
    r = 0
    while r < reps and (r < 3 or time.perf_counter() - start < budget):
        for k in names[r % len(names):] + names[:r % len(names)]:
            t0 = time.perf_counter()
            fns[k]()
            times[k].append((time.perf_counter() - t0) * 1000)
        r += 1
    return times


def _post(conn: http.client.HTTPConnection, text: str, accept: str) -> bytes:
    conn.request("POST", "/sparql", body=text.encode(), headers={
        "Accept": accept, "Content-Type": "application/sparql-query; charset=utf-8"})
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        raise RuntimeError(f"HTTP {r.status}: {body[:200]!r}")
    return body


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True,
                    help="a loaded newskg store (not open for writing elsewhere)")
    ap.add_argument("--base", default="http://localhost:5000/")
    ap.add_argument("--queries", default=str(SHARED_BENCH / "queries"))
    ap.add_argument("--only", default="", help="comma-separated query-name prefixes (default all)")
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--budget", type=float, default=20.0,
                    help="seconds per query at most (all layers)")
    ap.add_argument("--cprofile", default="01,11",
                    help="query prefixes to cProfile in the wsgi layer")
    ap.add_argument("--cprofile-layer", choices=("wsgi0", "wsgi", "flask"), default="wsgi0",
                    help="wsgi0: the query runs in-thread, so the engine shows; wsgi: as served; "
                         "flask: the path before the fast path")
    ap.add_argument("--settle", type=float, default=10.0,
                    help="seconds to wait after the servers start, before timing: their start-up "
                         "work (the dump files of the store) would fall on the first query")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    tool = _load_tool()
    queries = tool.load_queries(args.queries, tool.placeholders(args.base))
    only = tuple(p for p in args.only.split(",") if p)
    if only:
        queries = [q for q in queries if q[0].startswith(only)]

    import pyoxigraph as ox

    from kg.rdf.formats import RDF_FORMATS, RESULTS_FORMATS
    from kg.settings import Settings
    from kg.store import open_store
    from server import create_app
    from server.sparql import query_pool

    settings = Settings.load({"store": args.store, "base": args.base}, environ={})
    results: dict[str, dict] = {name: {} for name, _, _ in queries}

    # -- servers: our server with and without query worker processes, and two bare floors
    servers = {"http": ([sys.executable, "-m", "kg", "serve"], {}),
               "http0": ([sys.executable, "-m", "kg", "serve"], {"KG_QUERY_WORKERS": "0"}),
               "floor": ([sys.executable, "-c", _FLOOR_APP], {"FLOOR": "list"}),
               "floor-stream": ([sys.executable, "-c", _FLOOR_APP], {"FLOOR": "stream"})}
    procs, conns = [], {}
    # a second server cannot open the same store for writing: give it a copy (nobody writes)
    copy_dir = tempfile.mkdtemp(prefix="newskg-profile-")
    copy = os.path.join(copy_dir, "store")
    shutil.copytree(args.store, copy)
    # in process, read-only beside the servers (as the query workers open it)
    store = open_store(args.store, read_only=True)
    client = create_app(settings, store=store).test_client()
    client0 = create_app(settings.replace(query_workers=0), store=store).test_client()
    plain = create_app(settings, store=store)
    plain.wsgi_app = plain.wsgi_app.flask_wsgi  # the fast path taken off
    query_pool(plain).local = None  # and no query in the request's thread: always a worker
    client_flask = plain.test_client()
    nt, js = RDF_FORMATS["nt"].ox_format, RESULTS_FORMATS["json"].ox_format

    # the engine's own evaluation and serialisation, below the store seam
    def evaluate(text: str) -> None:
        r = store.raw.query(text)
        if not isinstance(r, ox.QueryBoolean):
            for _ in r:
                pass

    def serialise(text: str) -> None:
        r = store.raw.query(text)
        buf = io.BytesIO()
        if isinstance(r, ox.QueryTriples):
            ox.serialize(r, buf, nt)
        else:
            r.serialize(buf, js)

    def wsgi(text: str, accept: str, c=client) -> None:
        resp = c.post("/sparql", data=text.encode(), headers={
            "Accept": accept, "Content-Type": "application/sparql-query; charset=utf-8"})
        resp.get_data()
        if resp.status_code != 200:
            raise RuntimeError(f"HTTP {resp.status_code}: {resp.get_data()[:200]!r}")

    profiles: dict[str, str] = {}
    prof_only = tuple(p for p in args.cprofile.split(",") if p)
    try:
        for layer, (cmd, extra) in servers.items():
            port = _free_port()
            env = {**os.environ, "KG_STORE": copy if layer == "http0" else args.store,
                   "KG_BASE": args.base, **extra}
            argv_ = (cmd + ["--host", "127.0.0.1", "--port", str(port)] if "kg" in cmd
                     else cmd + [str(port), extra["FLOOR"]])
            procs.append(subprocess.Popen(argv_, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
            _wait_port(port, procs[-1])
            conns[layer] = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        time.sleep(args.settle)
        for name, text, form in queries:
            accept = GRAPH_ACCEPT if form == "CONSTRUCT" else RESULTS_ACCEPT
            fns = {"evaluate": lambda t=text: evaluate(t),
                   "serialise": lambda t=text: serialise(t),
                   "flask": lambda t=text, a=accept: wsgi(t, a, client_flask),
                   "wsgi0": lambda t=text, a=accept: wsgi(t, a, client0),
                   "wsgi": lambda t=text, a=accept: wsgi(t, a)}
            for layer, conn in conns.items():
                fns[layer] = lambda c=conn, t=text, a=accept: _post(c, t, a)
            results[name] = interleave(fns, args.reps, args.budget)
            if prof_only and name.startswith(prof_only):
                prof = cProfile.Profile()
                prof.enable()
                for _ in range(200 if name[:2] in ("01", "11", "08", "12") else 5):
                    wsgi(text, accept, {"wsgi0": client0, "wsgi": client,
                                        "flask": client_flask}[args.cprofile_layer])
                prof.disable()
                out = io.StringIO()
                pstats.Stats(prof, stream=out).strip_dirs().sort_stats("tottime").print_stats(18)
                profiles[name] = out.getvalue()
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(copy_dir, ignore_errors=True)

    layers = ["evaluate", "serialise", "flask", "wsgi0", "wsgi", "http0", "http", "floor",
              "floor-stream"]
    print(f"median ms per request, one at a time (store {args.store})")
    print(f"{'query':<26}" + "".join(f"{k:>13}" for k in layers) + "   n")
    summary = {}
    for name, _, _ in queries:
        med = {k: statistics.median(results[name][k]) for k in layers}
        summary[name] = {**med, "n": {k: len(results[name][k]) for k in layers}}
        print(f"{name:<26}" + "".join(f"{med[k]:13.2f}" for k in layers)
              + f"   {min(len(v) for v in results[name].values())}")
    for name, text in profiles.items():
        print(f"\n== cProfile, {args.cprofile_layer} layer, {name} (tottime)\n{text}")
    if args.json:
        args.json.write_text(json.dumps({"medians": summary, "raw": results, "profiles": profiles},
                                        indent=1), encoding="utf-8")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
