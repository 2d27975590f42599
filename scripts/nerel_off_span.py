"""List our events that lie on no NEREL EVENT span, from an events dump, by class and trigger.

    python scripts/nerel_off_span.py DUMP [--texts DIR] [--show PATTERN] [--min N]

DUMP is the file `scripts/score_nerel.py events --events-dump DUMP` writes (the readable
articles' events). An event counts as on NEREL when one of its trigger spans overlaps a NEREL
EVENT span, as the scorer's trigger precision counts it. Without `--show` it prints, per class,
the events off NEREL and all events, then the (class, first six trigger letters) groups with at
least `--min` events off NEREL (default 3). `--show PATTERN` prints each off-NEREL event whose
"class trigger" holds PATTERN, with its sentence, for reading.
Held-out articles and the judge folders' (tests/gold-nerel/dev10 … dev13; scripts/held_out.py
`unstudied`) are skipped: their text is read by totals only.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from event_spans import nerel_event_spans, on_nerel, sentence_around  # noqa: E402
from held_out import unstudied  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump")
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    ap.add_argument("--show")
    ap.add_argument("--min", type=int, default=3)
    args = ap.parse_args(argv)
    texts = Path(args.texts)
    skip = set(unstudied())  # held-out and judge articles
    total, on = collections.Counter(), collections.Counter()
    groups = collections.Counter()
    for line in Path(args.dump).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["doc"] in skip:
            continue
        spans = nerel_event_spans(texts, row["doc"])
        text = None
        for e in row["events"]:
            hit = on_nerel(e["spans"], spans)
            total[e["kind"]] += 1
            on[e["kind"]] += hit
            if hit:
                continue
            groups[(e["kind"], e["trigger"].lower()[:6])] += 1
            if args.show is not None and args.show in f"{e['kind']} {e['trigger'].lower()}":
                text = text or (texts / f"{row['doc']}.txt").read_text(encoding="utf-8")
                print(row["doc"], e["kind"], e["trigger"], "|",
                      sentence_around(text, e["spans"][0][0])[:300])
    if args.show is not None:
        return 0
    n, k = sum(total.values()), sum(on.values())
    print(f"{n - k} of {n} events on no NEREL span "
          f"(precision {k / max(n, 1):.3f} on these articles)")
    for kind in sorted(total, key=lambda c: on[c] - total[c]):
        print(f"  {kind:22s} off {total[kind] - on[kind]:4d} of {total[kind]:4d}")
    for (kind, stem), count in groups.most_common():
        if count >= args.min:
            print(f"{count:4d}  {kind} {stem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
