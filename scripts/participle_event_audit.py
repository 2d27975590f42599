"""How many events an attributive participle triggers, and what share NEREL marks, by class.

Every article of nerel-dev outside tests/gold-nerel/frozen*/ARTICLES is run through the pipeline
with every event class let through for a past attributive participle (kg/nlp/ru/events.py
`told_by_participle`; kg/data/ru/participle_event_kinds.txt is bypassed unless `--listed`);
`--all-tenses` lets present participles through as well. Each event whose trigger is such a
participle is counted, and counted as marked when its trigger overlaps a NEREL EVENT span (what
the shared scorer's trigger precision counts); so is each such participle a line fits
("candidates", whether or not its roles name an entity). Printed: per class, per lemma, per
tense and voice, per relation: events, marked, share. No article text.

    python scripts/participle_event_audit.py [--texts ../shared/data/nerel-dev] [--limit N]
        [--listed] [--all-tenses] [--tsv F]
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


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--all-tenses", action="store_true")
    ap.add_argument("--listed", action="store_true")
    ap.add_argument("--tsv")
    a = ap.parse_args(argv)
    from kg import pipeline
    from kg.nlp.ru import events
    from kg.nlp.ru.events import _Extractor, rules

    kinds = frozenset(r.kind for rs in rules().values() for r in rs)
    if not a.listed:
        events.participle_kinds = lambda: kinds
    if a.all_tenses:
        def any_tense(self, t):
            h = self.described(t)
            return h is not None and self.beside_its_noun(t, h)
        _Extractor.told_by_participle = any_tense
    seen: list[tuple] = []
    records = _Extractor.records

    cands: list[tuple] = []

    def spy(self):
        for t in self.a.tokens:
            if _Extractor.attributive(t) and self.told_by_participle(t) and self.rule_for(t):
                cands.append((t.lemma, self.rule_for(t).kind, t.feats.get("Tense", ""), t.rel,
                              t.start, t.end))
        for f in self.events:
            t = f.trigger
            if _Extractor.attributive(t):
                h = self.head(t)
                seen.append((t.lemma, f.kind, t.feats.get("Tense", ""), t.feats.get("Voice", ""),
                             t.feats.get("Aspect", ""), t.rel, h.pos if h else "", t.start, t.end))
        return records(self)
    _Extractor.records = spy

    names = studied(a.texts, a.limit)  # judges and held-out left out
    rows = []
    crow: list[tuple] = []
    for name in names:
        gold = json.loads((Path(a.texts) / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (Path(a.texts) / f"{name}.txt").read_text(encoding="utf-8")
        seen.clear()
        cands.clear()
        pipeline.extract(pipeline.make_document(text, id=name))
        gspans = {(g["trigger"]["begin"], g["trigger"]["end"]): g.get("type", "")
                  for g in gold["events"]}
        for lemma, kind, tense, rel, b, e in cands:
            hit = any(min(e, ge) > max(b, gb) for gb, ge in gspans)
            crow.append((lemma, kind, tense, rel, int(hit)))
        for lemma, kind, tense, voice, aspect, rel, hpos, b, e in seen:
            hit = [c for (gb, ge), c in gspans.items() if min(e, ge) > max(b, gb)]
            rows.append((lemma, kind, tense, voice, aspect, rel, hpos, int(bool(hit)),
                         hit[0] if hit else "", name))
    print(f"{len(names)} articles; participle events {len(rows)}, marked by NEREL "
          f"{sum(r[7] for r in rows)}")
    for title, key in (("class", lambda r: r[1]),
                       ("tense/voice/aspect", lambda r: "/".join(r[2:5])),
                       ("relation/head", lambda r: f"{r[5]}/{r[6]}"),
                       ("lemma", lambda r: f"{r[0]}/{r[2]}/{r[3]}\t{r[1]}")):
        n: collections.Counter[str] = collections.Counter()
        m: collections.Counter[str] = collections.Counter()
        for r in rows:
            n[key(r)] += 1
            m[key(r)] += r[7]
        print(f"\n{title}: events, marked, share")
        for k, c in n.most_common():
            print(f"  {k:40s} {c:4d} {m[k]:4d} {m[k] / c:5.2f}")
    print("\ncandidates (a line fits, roles not asked): class/tense/relation, tokens, marked, "
          "share")
    n2: collections.Counter[str] = collections.Counter()
    m2: collections.Counter[str] = collections.Counter()
    for r in crow:
        for k in (f"{r[1]}/{r[2]}/{r[3]}", f"ALL/{r[2]}/{r[3]}", f"{r[0]}/{r[2]}"):
            n2[k] += 1
            m2[k] += r[4]
    for k, c in n2.most_common():
        print(f"  {k:40s} {c:4d} {m2[k]:4d} {m2[k] / c:5.2f}")
    if a.tsv:
        lines = ("\t".join(map(str, r)) for r in rows)
        Path(a.tsv).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
