"""Loads N-Quads (gzip accepted) into a newskg store for the benchmarks, one named graph at a time
through `Store.replace_graph`, so the default graph stays the exact set union; no SHACL (the bench
data conforms). Used by run_peers.sh only when `kg load` is not available."""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def graphs(path: Path):
    """(graph IRI, rdflib Graph) for each run of consecutive quads of one named graph."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.store.oxigraph import from_ox

    opener = gzip.open if path.suffix == ".gz" else open
    name, g = None, Graph()
    with opener(path, "rb") as f:
        for q in ox.parse(f, format=ox.RdfFormat.N_QUADS):
            if not isinstance(q.graph_name, ox.NamedNode):
                raise SystemExit(f"{path}: a quad outside a named graph: {q}")
            if q.graph_name.value != name:
                if name is not None:
                    yield name, g
                name, g = q.graph_name.value, Graph()
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    if name is not None:
        yield name, g


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", help="store folder (created if missing)")
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)

    from kg.store import open_store

    store = open_store(args.store)
    seen: set[str] = set()
    t0, n_graphs, n_triples = time.perf_counter(), 0, 0
    for path in args.files:
        for name, g in graphs(path):
            if name in seen:  # a graph split over two runs: merge with what is stored
                g += store.graph(name)
            seen.add(name)
            n_triples += store.replace_graph(name, g)
            n_graphs += 1
            if n_graphs % 1000 == 0:
                rate = n_triples / (time.perf_counter() - t0)
                print(f"  {n_graphs} graphs, {n_triples} quads, {rate:.0f} quads/s", file=sys.stderr)
    store.flush()
    dt = time.perf_counter() - t0
    print(f"loaded {n_graphs} graphs, {n_triples} quads in {dt:.1f} s ({n_triples / dt:.0f} quads/s); "
          f"default graph {store.triples_count()} triples", file=sys.stderr)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
