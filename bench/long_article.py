"""Extraction time against article length: is it near-linear, and what length is honest to accept?

Builds articles of the given lengths by joining the nerel-dev texts (`../shared/data/nerel-dev/`,
the held-out articles of tests/gold-nerel/frozen/ARTICLES left out) with blank lines, in file-name
order, and cuts each at its length. Each is run once through the NLP alone (`kg.nlp.extract`) and,
with `--prepare`, through everything an ingest does before the store write (NLP, linking, RDF,
SHACL: `kg.pipeline.prepare`). Prints CPU and wall seconds per length, and the CPU time per
1,000 characters, which stays flat when the cost is linear. The texts are read, never stored.

    .venv/bin/python bench/long_article.py [--lengths 25000,50000,100000,200000] [--prepare]
                                           [--profile N]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NEREL = ROOT.parent / "shared" / "data" / "nerel-dev"
FROZEN = ROOT / "tests" / "gold-nerel" / "frozen" / "ARTICLES"


def long_text(length: int, folder: Path = NEREL) -> str:
    """`length` characters of nerel-dev articles joined by blank lines (held-out ones left out)."""
    frozen = {ln.strip() for ln in FROZEN.read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")}
    parts, size = [], 0
    for path in sorted(folder.glob("*.txt")):
        if path.stem in frozen or path.name in frozen:
            continue
        text = path.read_text(encoding="utf-8").strip()
        parts.append(text)
        size += len(text) + 2
        if size >= length:
            break
    if size < length:
        sys.exit(f"long_article: only {size} characters in {folder}")
    return "\n\n".join(parts)[:length]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lengths", default="25000,50000,100000,200000",
                    help="comma-separated article lengths in characters")
    ap.add_argument("--prepare", action="store_true",
                    help="also time kg.pipeline.prepare (NLP + linking + RDF + SHACL)")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="print the N functions of kg/ with the most own time (cProfile) per run")
    args = ap.parse_args()
    if not NEREL.is_dir():
        sys.exit(f"long_article: {NEREL} not found (../shared must sit beside the project)")

    from kg import nlp, pipeline
    from kg.settings import Settings

    settings = Settings().replace(max_text_chars=10**9)
    pipeline.prepare(pipeline.make_document("Министр прибыл в Москву.", settings=settings),
                     settings)  # models, shapes and caches load here, uncounted

    stages = [("nlp", lambda d: nlp.extract(d))]
    if args.prepare:
        stages.append(("prepare", lambda d: pipeline.prepare(d, settings)))
    print(f"{'chars':>9} {'stage':>8} {'cpu s':>8} {'wall s':>8} {'cpu ms/1k chars':>16} "
          f"{'entities':>9} {'events':>7} {'statements':>11}")
    for length in (int(x) for x in args.lengths.split(",")):
        document = pipeline.make_document(long_text(length), id=f"long-{length}", settings=settings)
        for name, run in stages:
            profile = cProfile.Profile() if args.profile else None
            cpu, wall = time.process_time(), time.perf_counter()
            if profile:
                profile.enable()
            out = run(document)
            if profile:
                profile.disable()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            x = out[0] if isinstance(out, tuple) else out
            per_1k = 1e6 * cpu / length
            print(f"{length:>9} {name:>8} {cpu:>8.1f} {wall:>8.1f} {per_1k:>16.1f} "
                  f"{len(x.entities):>9} {len(x.events):>7} {len(x.statements):>11}", flush=True)
            if profile:
                pstats.Stats(profile).sort_stats("tottime").print_stats(r"kg/", args.profile)


if __name__ == "__main__":
    main()
