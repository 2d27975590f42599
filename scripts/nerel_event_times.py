"""How the events' times agree with NEREL's time arguments (POINT_IN_TIME, START_TIME, END_TIME)
on the nerel-dev articles (docs/quality.md, "Event times against NEREL").

    python scripts/nerel_event_times.py [--texts ../shared/data/nerel-dev] [--limit N] [--json F]

The shared event scorer (../shared/eval/score_nerel_events.py) measures actors and place on the
events whose trigger overlaps a NEREL EVENT span, but not time. This script does the same for
time, with the extraction run in process: over those matched events,

  agree       both give a time, and the event's time expression overlaps one of NEREL's time
              arguments of that event
  disagree    both give a time, and they do not overlap
  missed      NEREL gives a time, the event none
  extra       the event gives a time, NEREL none (NEREL leaves many times unmarked, so this is
              not counted as an error in accuracy, only reported)

accuracy = agree / (agree + disagree); recall = agree / (agree + disagree + missed). Only counts
are printed, never article text, so the figures may be taken on all articles.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import extract, make_document  # noqa: E402

TIME_ROLES = {"POINT_IN_TIME", "START_TIME", "END_TIME"}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_article(text: str, gold: dict, stem: str) -> collections.Counter:
    """The four counts of one article."""
    c: collections.Counter = collections.Counter()
    x = extract(make_document(text, id=stem))
    nerel = [((g["trigger"]["begin"], g["trigger"]["end"]),
              [(a["begin"], a["end"]) for a in g["arguments"] if a["role"] in TIME_ROLES])
             for g in gold["events"]]
    for e in x.events:
        if e.kind == "Statement":
            continue
        spans = [(m.start, m.end) for m in (e.trigger, *e.mentions)]
        on = [times for trig, times in nerel if any(_overlap(s, trig) for s in spans)]
        if not on:
            continue
        times = [t for ts in on for t in ts]
        ours = (e.time.span.start, e.time.span.end) if e.time is not None else None
        if ours is None:
            c["missed" if times else "neither"] += 1
        elif not times:
            c["extra"] += 1
        else:
            c["agree" if any(_overlap(ours, t) for t in times) else "disagree"] += 1
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "data" / "nerel-dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    total: collections.Counter = collections.Counter()
    files = sorted(args.texts.glob("*.gold.json"))[: args.limit]
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = f.with_name(f.name.removesuffix(".gold.json") + ".txt")
        total += score_article(text.read_text(encoding="utf-8"), gold, text.stem)
    judged = total["agree"] + total["disagree"]
    acc = total["agree"] / judged if judged else 0.0
    rec = total["agree"] / (judged + total["missed"]) if judged + total["missed"] else 0.0
    print(f"{len(files)} articles; matched events: agree {total['agree']}, disagree "
          f"{total['disagree']}, missed {total['missed']}, extra {total['extra']}, neither "
          f"{total['neither']}")
    print(f"time accuracy {acc:.3f} ({total['agree']}/{judged}), recall {rec:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"totals": dict(total), "accuracy": acc, "recall": rec},
                                        indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
