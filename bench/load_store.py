"""Loads N-Quads (gzip accepted) into a newskg store for the benchmarks through the store's own
writes, so the default graph stays the exact set union: `bulk_add_new_graphs` in batches when the
store has it (new graphs only), else `replace_graph` one graph at a time. No SHACL: run_peers.sh
uses this when `kg load` is missing or is asked not to be used (--loader script)."""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def graphs(path: Path):
    """(graph IRI, set of pyoxigraph Triples) for each run of consecutive quads of one graph."""
    import pyoxigraph as ox

    opener = gzip.open if path.suffix == ".gz" else open
    name, g = None, set()
    with opener(path, "rb") as f:
        for q in ox.parse(f, format=ox.RdfFormat.N_QUADS):
            if not isinstance(q.graph_name, ox.NamedNode):
                raise SystemExit(f"{path}: a quad outside a named graph: {q}")
            if q.graph_name.value != name:
                if name is not None:
                    yield name, g
                name, g = q.graph_name.value, set()
            g.add(q.triple)
    if name is not None:
        yield name, g


def _as_rdflib(triples):
    from rdflib import Graph

    from kg.store.oxigraph.store import from_ox

    out = Graph()
    for t in triples:
        out.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", help="store folder (created if missing)")
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)

    from kg.store import open_store

    store = open_store(args.store)
    bulk = hasattr(store, "bulk_add_new_graphs")
    print(f"writing with {'bulk_add_new_graphs' if bulk else 'replace_graph'}", file=sys.stderr)
    seen: set[str] = set()
    batch: dict[str, set] = {}
    t0, n_graphs, n_triples = time.perf_counter(), 0, 0

    def flush_batch() -> None:
        nonlocal n_triples
        there = store.existing_graphs(batch)
        fresh = {n: ts for n, ts in batch.items() if n not in there}
        if fresh:
            n_triples += store.bulk_add_new_graphs(fresh)
        for n, ts in batch.items():  # graphs already stored (a graph split over two runs)
            if n not in fresh:
                n_triples += store.replace_graph(n, _as_rdflib(ts | store.triples(n)))
        batch.clear()

    for path in args.files:
        for name, g in graphs(path):
            n_graphs += 1
            if bulk and name not in seen:
                batch[name] = g
                if len(batch) >= 1000:
                    flush_batch()
            else:
                flush_batch() if batch else None
                if name in seen:
                    g |= store.triples(name) if bulk else set()
                n_triples += store.replace_graph(name, _as_rdflib(g))
            seen.add(name)
            if n_graphs % 1000 == 0:
                rate = n_triples / (time.perf_counter() - t0)
                print(f"  {n_graphs} graphs, {n_triples} quads, {rate:.0f} quads/s", file=sys.stderr)
    if batch:
        flush_batch()
    store.flush()
    dt = time.perf_counter() - t0
    print(f"loaded {n_graphs} graphs, {n_triples} quads in {dt:.1f} s ({n_triples / dt:.0f} quads/s); "
          f"default graph {store.triples_count()} triples", file=sys.stderr)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
