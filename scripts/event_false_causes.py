"""List the false events of readable tests/gold-nerel folders (class + actors, as `kg eval` scores
them) with their sentence and the gold events on or near their trigger, sorted by a first cause.

    python scripts/event_false_causes.py tests/gold-nerel/dev [more folders] [--corpus DIR] [-v]
                                         [--by-class]

A prediction is false when no gold event has its class and actors. Its first cause: a gold event
on one of its mentions (its trigger or a later one) with its class (actors wrong; how they differ
from the nearest such gold event's is counted beside: none named, one missing or more, one extra
or more, missing and extra), one with another class (class wrong), another prediction of its
class and trigger words in the article
(duplicate?), or no gold event there (to be sorted by reading: generic, coreference, name,
headline, sense, background). `--by-class` counts each cause within each predicted class, and the
false events with no actor and those not `Actual` within each cause (totals only, allowed on the
judge folders: no sentence is printed).
Held-out folders (`frozen*`) and held-out articles are refused: this lists their text. The judge
folders (held_out.JUDGES) are read by totals only: with `-v` they are refused too.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from event_spans import sentence_around  # noqa: E402
from held_out import JUDGES, held_out  # noqa: E402

from kg.eval import ASSERTED, events_with_gold_actors, gold_classes, load_gold  # noqa: E402
from kg.pipeline import extract, make_document  # noqa: E402


def false_events(gold_dir: Path, corpus: Path) -> list[dict]:
    classes = gold_classes(gold_dir)
    frozen = held_out()
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = load_gold(path)
        if gold.article in frozen:
            sys.exit(f"event_false_causes: {gold.article} is held out")
        text = (corpus / gold.article).read_text(encoding="utf-8")
        x = extract(make_document(text, id=Path(gold.article).stem, published=gold.published))
        preds = [(e, a) for e, a in events_with_gold_actors(gold, x)
                 if e.kind != "Statement" and (classes is None or e.kind in classes)]
        if not any("factuality" in g for g in gold.events):
            preds = [(e, a) for e, a in preds if e.factuality in ASSERTED]
        keys = [(g["class"], frozenset(g["agents"] + g["targets"] + g["others"]))
                for g in gold.events]
        names = {e.key: e.name for e in x.entities}
        for e, acts in preds:
            if (e.kind, acts) in keys:
                continue
            s, t = e.trigger.start, e.trigger.end
            spans = [(m.start, m.end) for m in (e.trigger, *e.mentions)]
            on = [g for g in gold.events
                  if any(g["trigger"][0] < b and a < g["trigger"][1] for a, b in spans)]
            same = [g for g in on if g["class"] == e.kind]
            how = ""
            if same:
                cause = "actors"
                how = min((actor_difference(acts, g) for g in same), key=_DIFFERENCES.index)
            elif on:
                cause = "class"
            elif any(k is not e and k.kind == e.kind and k.trigger.text.lower()[:5]
                     == e.trigger.text.lower()[:5] for k, _ in preds):
                cause = "duplicate?"
            else:
                cause = "no gold event"
            near = [f"{g['class']}:{text[g['trigger'][0]:g['trigger'][1]]!r}"
                    f"{sorted(g['agents'] + g['targets'] + g['others'])}"
                    for g in gold.events if abs(g["trigger"][0] - s) < 250]
            out.append({"folder": gold_dir.name, "article": gold.article, "cause": cause,
                        "how": how, "kind": e.kind, "trigger": e.trigger.text, "start": s,
                        "factuality": e.factuality,
                        "actors": [names.get(k, k) for k in e.actors], "aligned": sorted(acts),
                        "sentence": sentence_around(text, s, t), "near": near})
    return out


_DIFFERENCES = ("one missing or more", "one extra or more", "missing and extra", "none named")


def actor_difference(predicted: frozenset[str], gold: dict) -> str:
    """How a false event's actors (as gold ids) differ from a gold event's of its class on its
    trigger: a subset of the gold's is a miss, a superset an actor too many (the place or an actor
    from another clause), neither both; with no actor at all, none named."""
    wanted = frozenset(gold["agents"] + gold["targets"] + gold["others"])
    if not predicted:
        return "none named"
    if predicted < wanted:
        return "one missing or more"
    if predicted > wanted:
        return "one extra or more"
    return "missing and extra"


def by_class(rows: list[dict]) -> list[str]:
    """Per predicted class, its false events by cause (the actors' difference beside `actors`),
    then per cause those with no actor and those not told as done: counts only."""
    lines = ["", "## by predicted class"]
    per = collections.Counter(r["kind"] for r in rows)
    for kind, total in per.most_common():
        parts = collections.Counter(f"{r['cause']}{' (' + r['how'] + ')' if r['how'] else ''}"
                                    for r in rows if r["kind"] == kind)
        lines.append(f"{total:4d}  {kind}: "
                     + ", ".join(f"{c} {n}" for c, n in parts.most_common()))
    lines.append("")
    lines.append("## by cause: no actor / not Actual")
    for cause, n in collections.Counter(r["cause"] for r in rows).most_common():
        mine = [r for r in rows if r["cause"] == cause]
        bare = sum(1 for r in mine if not r["aligned"])
        ahead = sum(1 for r in mine if r["factuality"] != "Actual")
        lines.append(f"{n:4d}  {cause}: no actor {bare}, not Actual {ahead}")
    hows = collections.Counter(r["how"] for r in rows if r["how"])
    lines.append("actors: " + ", ".join(f"{h} {n}" for h, n in hows.most_common()))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dirs", type=Path, nargs="+", metavar="gold_dir")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "nerel-dev")
    ap.add_argument("-v", action="store_true", help="list each false event")
    ap.add_argument("--by-class", action="store_true",
                    help="also count the causes within each predicted class (totals only)")
    args = ap.parse_args()
    if any(d.resolve().name.startswith("frozen") for d in args.gold_dirs):
        sys.exit("event_false_causes: a frozen folder is held out")
    if args.v and any(d.resolve().name in JUDGES for d in args.gold_dirs):
        sys.exit("event_false_causes: a judge folder is read by totals only (no -v)")
    rows = [r for d in args.gold_dirs for r in false_events(d, args.corpus)]
    for cause, n in collections.Counter(r["cause"] for r in rows).most_common():
        print(f"{n:4d}  {cause}")
    if args.by_class:
        print("\n".join(by_class(rows)))
    if args.v:
        for r in sorted(rows, key=lambda r: (r["cause"], r["kind"])):
            how = f" {r['how']}" if r["how"] else ""
            print(f"\n[{r['cause']}{how}] {r['folder']}/{r['article']}@{r['start']} {r['kind']} "
                  f"{r['trigger']!r} {r['factuality']} actors={r['actors']} → {r['aligned']}")
            print(f"   {r['sentence']}")
            for n in r["near"]:
                print(f"   gold {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
