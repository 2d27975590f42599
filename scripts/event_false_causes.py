"""List the false events of readable tests/gold-nerel folders (class + actors, as `kg eval` scores
them) with their sentence and the gold events on or near their trigger, sorted by a first cause.

    python scripts/event_false_causes.py tests/gold-nerel/dev [more folders] [--corpus DIR] [-v]

A prediction is false when no gold event has its class and actors. Its first cause: a gold event
on one of its mentions (its trigger or a later one) with its class (actors wrong), one with another
class (class wrong), another prediction of its class and trigger words in the article
(duplicate?), or no gold event there (to be sorted by reading: generic, coreference, name,
headline, sense, background).
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
            if any(g["class"] == e.kind for g in on):
                cause = "actors"
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
                        "kind": e.kind, "trigger": e.trigger.text, "start": s,
                        "factuality": e.factuality,
                        "actors": [names.get(k, k) for k in e.actors], "aligned": sorted(acts),
                        "sentence": sentence_around(text, s, t), "near": near})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dirs", type=Path, nargs="+", metavar="gold_dir")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "nerel-dev")
    ap.add_argument("-v", action="store_true", help="list each false event")
    args = ap.parse_args()
    if any(d.resolve().name.startswith("frozen") for d in args.gold_dirs):
        sys.exit("event_false_causes: a frozen folder is held out")
    if args.v and any(d.resolve().name in JUDGES for d in args.gold_dirs):
        sys.exit("event_false_causes: a judge folder is read by totals only (no -v)")
    rows = [r for d in args.gold_dirs for r in false_events(d, args.corpus)]
    for cause, n in collections.Counter(r["cause"] for r in rows).most_common():
        print(f"{n:4d}  {cause}")
    if args.v:
        for r in sorted(rows, key=lambda r: (r["cause"], r["kind"])):
            print(f"\n[{r['cause']}] {r['folder']}/{r['article']}@{r['start']} {r['kind']} "
                  f"{r['trigger']!r} {r['factuality']} actors={r['actors']} → {r['aligned']}")
            print(f"   {r['sentence']}")
            for n in r["near"]:
                print(f"   gold {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
