"""How fast the entity index and the reconciliation service are on a store: the time to build the
in-memory search index (once per store generation), its memory, and the latency of index
searches and reconciliation batches through the Flask app (no network), with percentiles.

    .venv/bin/python bench/search_speed.py --store DIR [--rounds 50]

The store is typically `../shared/bench/gen.py --docs 20000` loaded with bench/load_store.py."""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Index searches: a common short prefix, a two-word prefix, a rare name, a Latin alias, types.
SEARCHES = [
    "/entity/?q=%D0%B2",  # «в»: a one-letter prefix, thousands of hits
    "/entity/?q=%D0%BF%D1%83%D1%82",  # «пут»
    "/entity/?q=%D1%81%D0%B5%D1%80%D0%B3%D0%B5%D0%B9%20%D0%BB%D0%B0%D0%B2",  # «сергей лав»
    "/entity/?q=lavrov",
    "/entity/?type=person&page=20",
    "/entity/",
    "/doc/?q=%D0%BF%D1%83%D1%82",
    "/event/?type=Meeting&q=%D0%BF%D1%83%D1%82%D0%B8%D0%BD",
]
#: One reconciliation batch of ten queries, as OpenRefine sends them.
BATCH = {
    "q0": {"query": "Владимир Путин", "type": "http://schema.org/Person"},
    "q1": {"query": "Владимиром Путиным"},
    "q2": {"query": "Сергей Лавров", "properties": [{"pid": "schema:jobTitle",
                                                     "v": "министр иностранных дел России"}]},
    "q3": {"query": "Лавров", "type": "schema:Person", "limit": 3},
    "q4": {"query": "Putin", "properties": [{"pid": "owl:sameAs", "v": "Q7747"}]},
    "q5": {"properties": [{"pid": "owl:sameAs", "v": "Q6279"}]},
    "q6": {"query": "Россия", "type": "schema:Place"},
    "q7": {"query": "МИД России", "type": "schema:Organization"},
    "q8": {"query": "Неизвестный Человек"},
    "q9": {"query": "Джозеф Байден", "properties": [{"pid": "schema:affiliation", "v": "США"}]},
}


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _summary(ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    return f"p50 {statistics.median(ms):7.2f} ms  p90 {q[89]:7.2f} ms  max {max(ms):7.2f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--rounds", type=int, default=50)
    args = ap.parse_args(argv)

    from kg.search_index import SearchIndex
    from kg.settings import Settings
    from kg.store import open_store
    from server import create_app

    store = open_store(args.store, read_only=True)
    rss0 = _rss_mib()
    for part in ("entities", "docs", "events"):
        times = []
        for _ in range(1):
            index = SearchIndex(store)
            built = getattr(index, part)()
            times.append(built.built_in)
        size = len(getattr(built, {"entities": "entities", "docs": "docs", "events": "events"}[part]))
        print(f"build {part:<8} ({size} items): {', '.join(f'{t:.2f}' for t in times)} s")
    print(f"peak RSS grew {_rss_mib() - rss0:.0f} MiB (to {_rss_mib():.0f} MiB)")
    del index, built

    app = create_app(Settings.load({"store": args.store, "query_workers": 0}, environ={}), store=store)
    client = app.test_client()
    for path in ("/entity/", "/doc/", "/event/"):
        t0 = time.perf_counter()
        client.get(path, headers={"Accept": "application/json"})  # the first request builds
        print(f"first GET {path} (builds its part of the index): {time.perf_counter() - t0:.2f} s")
    for path in SEARCHES:
        def run(path=path):
            r = client.get(path, headers={"Accept": "application/json"})
            assert r.status_code == 200, (path, r.status_code, r.data[:300])
        total = client.get(path, headers={"Accept": "application/json"}).get_json()["total"]
        print(f"GET {path:<60} {total:>6} hits  {_summary(_timed(run, args.rounds))}")
    body = {"queries": json.dumps(BATCH)}

    def batch():
        r = client.post("/reconcile", data=body)
        assert r.status_code == 200, r.data[:300]
    found = client.post("/reconcile", data=body).get_json()
    tops = {k: (v["result"][0]["id"], v["result"][0]["score"]) if v["result"] else None
            for k, v in found.items()}
    print(f"reconcile, batch of {len(BATCH)}: {_summary(_timed(batch, max(5, args.rounds // 5)))}")
    print("  top candidates:", tops)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
