"""How the events' times agree with NEREL's time arguments (POINT_IN_TIME, START_TIME, END_TIME)
on the nerel-dev articles (docs/quality.md, "Event times against NEREL").

    python scripts/nerel_event_times.py [--texts ../shared/data/nerel-dev] [--limit N] [--json F]
                                        [--list F]

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
are printed, never article text, so the figures may be taken on all articles. `--list F` writes
one JSON line per judged event that is not `neither` (its case, class, trigger, our time, NEREL's
times and the sentence) to F, for the studiable articles only: the held-out and the judges'
articles are left out of the listing (scripts/held_out.py), never out of the counts.
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


def _sentence(text: str, at: int) -> str:
    """The line-and-full-stop bounded stretch of text around `at`, for a listing row."""
    b = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    ends = [i for i in (text.find("\n", at), text.find(". ", at)) if i >= 0]
    return text[b:min(ends) + 1 if ends else len(text)].strip()


def score_article(text: str, gold: dict, stem: str,
                  rows: list[dict] | None = None) -> collections.Counter:
    """The four counts of one article; with `rows`, one row per judged event is appended."""
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
            case = "missed" if times else "neither"
        elif not times:
            case = "extra"
        else:
            case = "agree" if any(_overlap(ours, t) for t in times) else "disagree"
        c[case] += 1
        if rows is not None and case != "neither":
            rows.append({"stem": stem, "case": case, "kind": e.kind,
                         "trigger": e.trigger.text, "at": e.trigger.start,
                         "ours": text[ours[0]:ours[1]] if ours else None,
                         "value": (f"{e.time.year}-{e.time.month}-{e.time.day}"
                                   if e.time is not None else None),
                         "nerel": [text[t[0]:t[1]] for t in times],
                         "sentence": _sentence(text, e.trigger.start)})
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "data" / "nerel-dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--list", type=Path, help="rows of the studiable articles, JSON lines")
    args = ap.parse_args()
    from held_out import unstudied  # noqa: E402  (scripts/ is on the path when run as a script)
    hidden = unstudied()
    listed: list[dict] = []
    total: collections.Counter = collections.Counter()
    files = sorted(args.texts.glob("*.gold.json"))[: args.limit]
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = f.with_name(f.name.removesuffix(".gold.json") + ".txt")
        rows = None if args.list is None or text.stem in hidden else listed
        total += score_article(text.read_text(encoding="utf-8"), gold, text.stem, rows)
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
    if args.list:
        args.list.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in listed),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
