"""Each query of the bench mix run in process on a store as written and as the join planner
rewrites it, interleaved round after round: engine time (median ms) and whether the answers agree.

    .venv/bin/python bench/join_planning.py --store ~/.cache/newskg-bench/newskg-20000-s1 --rounds 3
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.store.oxigraph.join_planner import Planner  # noqa: E402


def _load_tool(shared: Path):
    spec = importlib.util.spec_from_file_location("bench_load", shared / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _answer(store: ox.Store, query: str) -> tuple[float, object]:
    started = time.perf_counter()
    result = store.query(query)
    if isinstance(result, ox.QueryBoolean):
        answer: object = bool(result)
    elif isinstance(result, ox.QuerySolutions):
        answer = sorted(tuple(str(v) for v in row) for row in result)
    else:
        answer = sorted(str(t) for t in result)
    return (time.perf_counter() - started) * 1000, answer


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True, help="an on-disk newskg store (opened read-only)")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the ../shared folder")
    ap.add_argument("--base", default="http://localhost:5000/", help="base IRI of the bench data")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    load = _load_tool(Path(args.shared))
    queries = load.load_queries(str(Path(args.shared) / "bench" / "queries"),
                                load.placeholders(args.base))
    store = ox.Store.read_only(args.store)
    planner = Planner()
    print(f"{'query':28} {'plan ms':>8} {'as written':>11} {'planned':>9}  answers")
    for name, text in ((q[0], q[1]) for q in queries):
        started = time.perf_counter()
        planned = planner.plan(store, text)
        plan_ms = (time.perf_counter() - started) * 1000
        if planned is None:
            print(f"{name:28} {plan_ms:8.1f} {'(runs as written)':>21}")
            continue
        written, rewritten, same = [], [], True
        for _ in range(args.rounds):
            ms, a = _answer(store, text)
            written.append(ms)
            ms, b = _answer(store, planned)
            rewritten.append(ms)
            same = same and a == b
        print(f"{name:28} {plan_ms:8.1f} {statistics.median(written):11.1f} "
              f"{statistics.median(rewritten):9.1f}  {'same' if same else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
