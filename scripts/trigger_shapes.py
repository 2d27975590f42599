"""Trigger precision against NEREL by the grammatical shape of the trigger word.

For every article of nerel-dev outside tests/gold-nerel/frozen*/ARTICLES, each event the pipeline
makes is counted by the shape of its trigger token and whether it sits on a NEREL EVENT span (any
of its trigger mentions overlaps one, as in ../shared/eval/score_nerel_events.py): part of speech
and verb form (`NOUN`, `NOUN/Plur`, `VERB/Fin/Past`, `VERB/Fin/Pres`, `VERB/Fin/Fut`, `VERB/Inf`,
`VERB/Conv`, `attr`, `short`), factuality, the class group (speech act, relation-like, other: the
groups of scripts/nerel_event_classes.py), whether the trigger stands in the article's first line
(a headline), inside quote marks, in a clause reported by a speech verb the statement layer found,
and whether another event of its class lies on a NEREL span in the same sentence (a second telling
or a word NEREL did not choose). Printed: per shape, events, on a NEREL span, share; no article
text. `--tsv F` writes one row per event (on, class, trigger, shape, factuality, article).

    python scripts/trigger_shapes.py [--texts ../shared/data/nerel-dev] [--limit N] [--tsv F]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from held_out import studied  # noqa: E402
from nerel_event_classes import RELATION_LIKE, SPEECH_ACTS  # noqa: E402


def shape(t) -> str:
    f = t.feats
    if f.get("VerbForm") == "Part":
        return "short" if f.get("Variant") == "Short" else "attr"
    if t.pos == "NOUN":
        return "NOUN/Plur" if f.get("Number") == "Plur" else "NOUN"
    vf = f.get("VerbForm", "")
    if vf == "Fin":
        return f"VERB/Fin/{f.get('Tense', '')}"
    return f"{t.pos}/{vf}" if vf else t.pos


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--tsv")
    a = ap.parse_args(argv)
    from kg import pipeline
    from kg.nlp.ru.events import _Extractor

    tokens: dict[tuple[int, int], object] = {}
    records = _Extractor.records

    def spy(self):
        for f in self.events:
            tokens[(f.trigger.start, f.trigger.end)] = f.trigger
        return records(self)
    _Extractor.records = spy

    names = studied(a.texts, a.limit)  # judges and held-out left out
    n: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    m: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    rows = []
    for name in names:
        gold = json.loads((Path(a.texts) / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (Path(a.texts) / f"{name}.txt").read_text(encoding="utf-8")
        tokens.clear()
        x = pipeline.extract(pipeline.make_document(text, id=name))
        gs = [(g["trigger"]["begin"], g["trigger"]["end"]) for g in gold["events"]]
        said = [(sp.start, sp.end) for s in x.statements for sp in (s.quote, s.content)
                if sp is not None]
        first = text.find("\n")
        on_of = {}
        for ev in x.events:
            on_of[id(ev)] = any(min(e, ge) > max(b, gb) for m_ in (ev.trigger, *ev.mentions)
                                for b, e in [(m_.start, m_.end)] for gb, ge in gs)
        for ev in x.events:
            on = on_of[id(ev)]
            t = tokens.get((ev.trigger.start, ev.trigger.end))
            sh = shape(t) if t is not None else "?"
            group = ("speech" if ev.kind in SPEECH_ACTS else
                     "relation-like" if ev.kind in RELATION_LIKE else "other")
            b = ev.trigger.start
            before = text[text.rfind("\n", 0, b) + 1:b]
            quoted = before.count("«") > before.count("»")
            reported = any(s <= b < e for s, e in said)
            sib = ev.sentence is not None and any(
                o is not ev and o.kind == ev.kind and on_of[id(o)] and o.sentence is not None
                and o.sentence.start == ev.sentence.start for o in x.events)
            keys = {"shape": sh, "factuality": ev.factuality, "group": group,
                    "group/factuality": f"{group}/{ev.factuality}",
                    "other, Actual: shape": sh if group == "other" and ev.factuality == "Actual" else None,
                    "headline": str(first < 0 or b < first),
                    "in quote marks": str(quoted),
                    "inside a statement's span": str(reported),
                    "class twin on a NEREL span in the sentence": str(sib)}
            for k, v in keys.items():
                if v is None:
                    continue
                n[k][v] += 1
                m[k][v] += on
            rows.append(f"{int(on)}\t{ev.kind}\t{ev.trigger.text}\t{sh}\t{ev.factuality}\t"
                        f"{int(b < first)}\t{int(quoted)}\t{int(reported)}\t{int(sib)}\t{name}")
    print(f"{len(names)} articles; events {len(rows)}, on a NEREL span "
          f"{sum(r[0] == '1' for r in rows)}")
    for k in n:
        print(f"\n{k}: events, on a NEREL span, share, off")
        for v, c in n[k].most_common():
            print(f"  {v:28s} {c:5d} {m[k][v]:5d} {m[k][v] / c:5.2f} {c - m[k][v]:5d}")
    if a.tsv:
        Path(a.tsv).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
