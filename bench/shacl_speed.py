"""SHACL cost per graph: pySHACL as it was called before, pySHACL as it is called now, and the
compiled shapes (kg.validate), interleaved in one process over the same graphs; CPU ms per graph
and whether every verdict agrees.

Graphs: the corpus articles through the pipeline (`--corpus`, default ../shared/corpus), and/or the
named graphs of an N-Quads file (`--nquads FILE`, e.g. ../shared/bench/gen.py output), which are
checked as `kg load` checks them (kg.validate.check_triples on the parsed triples).
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus_graphs(folder: Path) -> list:
    from kg import pipeline
    from kg.rdf.build import build_graph
    from kg.settings import Settings

    settings = Settings.load({"store": ""}, environ={})
    out = []
    for f in sorted(folder.glob("*.txt")):
        doc = pipeline.make_document(f.read_text(encoding="utf-8"), id=f.stem, settings=settings)
        out.append(build_graph(pipeline.extract(doc, settings), settings.base))
    return out


def nquads_graphs(path: Path, limit: int) -> list:
    from kg.loader import read_graphs

    return [list(ts) for _, ts in itertools.islice(read_graphs([str(path)], None), limit)]


def cpu_ms(fn, items) -> tuple[float, list]:
    t = time.process_time()
    verdicts = [fn(x) for x in items]
    return (time.process_time() - t) * 1000 / len(items), verdicts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--nquads", type=Path)
    ap.add_argument("--limit", type=int, default=300, help="graphs read from --nquads")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)

    from pyshacl import validate as pyshacl_validate

    from kg.rdf.terms import triples_to_graph
    from kg.validate import _pyshacl, check_triples, compiled_shapes, shapes_graph, validate

    def before(graph) -> bool:  # kg.validate up to 6389888: advanced mode, the graph copied
        return bool(pyshacl_validate(graph, shacl_graph=shapes_graph(), advanced=True,
                                     allow_warnings=True, inference="none")[0])

    def now(graph) -> bool:
        return _pyshacl(graph)[0]

    def compiled(graph) -> bool:
        return validate(graph).conforms

    sets = []
    if not args.no_corpus:
        graphs = corpus_graphs(args.corpus)
        sets.append(("corpus articles (pipeline graphs)", graphs,
                     [("pySHACL before", before), ("pySHACL now", now), ("compiled", compiled)]))
    if args.nquads:
        runs = nquads_graphs(args.nquads, args.limit)
        sets.append((f"{args.nquads.name}: first {len(runs)} graphs as kg load checks them", runs,
                     [("pySHACL before", lambda ts: before(triples_to_graph(ts))),
                      ("pySHACL now", lambda ts: now(triples_to_graph(ts))),
                      ("compiled",
                       lambda ts: check_triples(ts, lambda: triples_to_graph(ts)) is None)]))
    compiled_shapes()
    for title, items, engines in sets:
        sizes = [len(x) for x in items]
        print(f"== {title}: {len(items)} graphs, {statistics.mean(sizes):.0f} triples on average")
        for _, fn in engines:
            fn(items[0])  # warm-up: shapes parsed and compiled, queries prepared
        times = {name: [] for name, _ in engines}
        verdicts = {}
        for _ in range(args.rounds):
            for name, fn in engines:
                ms, verdicts[name] = cpu_ms(fn, items)
                times[name].append(ms)
        for name, _ in engines:
            print(f"  {name:<15} CPU ms per graph: median {statistics.median(times[name]):7.2f}"
                  f"  (rounds: {', '.join(f'{t:.2f}' for t in times[name])})")
        agree = all(verdicts[name] == verdicts["pySHACL before"] for name, _ in engines)
        print(f"  conforming: {sum(verdicts['compiled'])} of {len(items)}; "
              f"every verdict agrees: {agree}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
