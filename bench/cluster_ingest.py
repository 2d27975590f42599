"""Parallel ingest speed: articles per second end to end (NLP, graph, SHACL, identity, store
writes) on a local Dask cluster of 1 and of 2 worker processes, and serially in one process, over
the corpus and the nerel-dev texts (without the held-out articles of tests/gold-nerel/frozen).

Prints one row per configuration: documents, cluster start-up seconds (workers started and their
models loaded), ingest seconds after start-up, articles per second with and without start-up, and
the CPU time per article of the `kg` process (serially: everything; on a cluster: the writer's
share, which bounds how far adding workers can speed an ingest up) and of the workers, and
articles per CPU-second (per core, whatever else the machine runs).
Checks that every configuration stored the same quads (bar the extraction time).

    .venv/bin/python bench/cluster_ingest.py [--limit N] [--workers 1 2] [--serial]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
FROZEN = ROOT / "tests" / "gold-nerel" / "frozen" / "ARTICLES"


def texts(limit: int | None) -> list[Path]:
    held_out = set(FROZEN.read_text(encoding="utf-8").split()) if FROZEN.exists() else set()
    nerel = [p for p in sorted((SHARED / "data" / "nerel-dev").glob("*.txt"))
             if p.stem not in held_out]
    paths = sorted((SHARED / "corpus").glob("*.txt")) + nerel
    return paths[:limit] if limit else paths


def documents(paths: list[Path], settings):
    from kg.errors import KgError
    from kg.pipeline import make_document

    out = []
    for p in paths:
        try:
            out.append((str(p), make_document(p.read_text(encoding="utf-8"), id=p.stem,
                                              settings=settings)))
        except KgError as exc:
            out.append((str(p), exc))
    return out


def quads(store) -> set[str]:
    return {str(q) for q in store.quads() if "endedAtTime" not in str(q.predicate)}


def run_cluster(docs, workers: int, folder: str):
    from kg import cluster
    from kg.settings import Settings
    from kg.store import open_store

    settings = Settings(store=f"{folder}/w{workers}", workers=workers)
    store = open_store(settings.store)
    started = time.perf_counter()
    with cluster.connect(settings) as client:
        before = client.run(time.process_time)
        up, cpu = time.perf_counter(), time.process_time()
        summary = cluster.ingest(docs, settings=settings, store=store, client=client)
        done, cpu = time.perf_counter(), time.process_time() - cpu
        after = client.run(time.process_time)
    store.flush()
    workers_cpu = sum(after[w] - before[w] for w in before)
    return f"{workers} worker{'s' if workers > 1 else ''}", summary.stored, len(summary.refused) + \
        len(summary.failed), up - started, done - up, cpu, workers_cpu, quads(store)


def run_serial(docs, folder: str):
    from kg.errors import KgError
    from kg.pipeline import extract, ingest
    from kg.records import Document
    from kg.settings import Settings
    from kg.store import open_store

    settings = Settings(store=f"{folder}/serial")
    store = open_store(settings.store)
    started = time.perf_counter()
    extract(Document("warm-up", docs[0][1].text))  # load the models, as a worker does at start
    up, cpu = time.perf_counter(), time.process_time()
    stored = failed = 0
    for _, doc in docs:
        try:
            if isinstance(doc, KgError):
                raise doc
            ingest(doc, settings=settings, store=store)
            stored += 1
        except KgError:
            failed += 1
    done, cpu = time.perf_counter(), time.process_time() - cpu
    store.flush()
    return "serial", stored, failed, up - started, done - up, cpu, 0.0, quads(store)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, help="first N texts only")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--serial", action="store_true", help="also ingest serially in this process")
    args = ap.parse_args()
    from kg.settings import Settings

    paths = texts(args.limit)
    docs = documents(paths, Settings())
    print(f"{len(docs)} texts; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
          flush=True)
    print("| configuration | stored | not stored | start-up s | ingest s | articles/s "
          "| articles/s with start-up | CPU ms per article: kg process | workers "
          "| articles per CPU-second |\n|---|---|---|---|---|---|---|---|---|---|", flush=True)
    stores = []
    with tempfile.TemporaryDirectory() as folder:
        runs = [lambda n=n: run_cluster(docs, n, folder) for n in args.workers]
        if args.serial:
            runs.insert(0, lambda: run_serial(docs, folder))
        for run in runs:
            name, stored, failed, startup, seconds, cpu, workers_cpu, content = run()
            stores.append(content)
            print(f"| {name} | {stored} | {failed} | {startup:.1f} | {seconds:.1f} | "
                  f"{len(docs) / seconds:.2f} | {len(docs) / (startup + seconds):.2f} | "
                  f"{1000 * cpu / len(docs):.1f} | {1000 * workers_cpu / len(docs):.1f} | "
                  f"{len(docs) / (cpu + workers_cpu):.2f} |", flush=True)
    same = all(s == stores[0] for s in stores)
    print(f"same quads in every configuration: {same}; load average now "
          f"{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
