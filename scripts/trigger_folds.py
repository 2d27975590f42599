"""The 2-fold figure of the learned trigger lexicon (scripts/learn_triggers.py), from the events
scorer's per-article counts (scripts/score_nerel.py events --json).

Each half of the readable nerel-dev articles (scripts/learn_triggers.py `half`: SHA-256 of the
`.txt` file name) is measured with the lexicon learned from the other half; the counts of the two
halves add up. The baseline is a run without learned lines (KG_LEARNED_TRIGGERS=none) over the
same articles: its counts are summed over the same two halves.

    python scripts/trigger_folds.py --baseline BASE.json [--baseline BASE2.json]
        --fold FOLD_ON_B.json --fold FOLD_ON_A.json
        [--dump ON_B.jsonl LEARNED_A.tsv --dump ON_A.jsonl LEARNED_B.tsv]

--dump: the events of a fold run (score_nerel.py --events-dump) and the learned file it ran with:
prints, per class, the events whose trigger word is a learned lemma that lie on a NEREL EVENT span
(tp) or not (fp), and the lemmas behind them.
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

from event_spans import nerel_event_spans, on_nerel  # noqa: E402

KEYS = ("sys", "sys_on_nerel", "nerel_named", "nerel_named_covered", "act_sys", "act_gold",
        "act_tp_sys", "act_tp_gold", "place_n", "place_ok")


def figures(t: collections.Counter) -> str:
    def r(a: str, b: str) -> str:
        return f"{t[a] / t[b]:.3f} ({t[a]}/{t[b]})" if t[b] else "-"
    return (f"trigger precision {r('sys_on_nerel', 'sys')}, "
            f"coverage {r('nerel_named_covered', 'nerel_named')}, "
            f"actors P {r('act_tp_sys', 'act_sys')} R {r('act_tp_gold', 'act_gold')}, "
            f"place {r('place_ok', 'place_n')}")


def learned_events(dump: Path, learned: Path, texts: Path) -> collections.Counter:
    """(class, lemma, tp|fp) → events of a fold run whose trigger word's lemma is a learned one."""
    from kg.nlp.ru.models import load_models

    morph = load_models().morph_vocab
    rows = [ln.split("\t") for ln in learned.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    lemmas = {r[0] for r in rows}
    out: collections.Counter = collections.Counter()
    for ln in dump.read_text(encoding="utf-8").splitlines():
        rec = json.loads(ln)
        spans = nerel_event_spans(texts, rec["doc"])
        for ev in rec["events"]:
            words = ev["trigger"].lower().replace("ё", "е").split()
            forms = {p.normal_form.replace("ё", "е") for w in words for p in morph.parse(w)}
            hit = forms & lemmas
            if not hit:
                continue
            on = on_nerel(ev["spans"], spans)
            out[(ev["kind"], min(hit), "tp" if on else "fp")] += 1
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", action="append", required=True,
                    help="a scorer JSON without learned lines (one run, or one per half)")
    ap.add_argument("--fold", action="append", required=True)
    ap.add_argument("--dump", nargs=2, action="append", default=[])
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    a = ap.parse_args(argv)
    base = {}
    for path in a.baseline:
        base.update(json.loads(Path(path).read_text())["articles"])
    learned, baseline = collections.Counter(), collections.Counter()
    for path in a.fold:
        arts = json.loads(Path(path).read_text())["articles"]
        for name, c in arts.items():
            learned.update(c)
            baseline.update(base[name])
        print(f"{path}: {len(arts)} articles")
    print(f"baseline: {figures(baseline)}")
    print(f"learned:  {figures(learned)}")
    if a.dump:
        per = collections.Counter()
        for dump, lex in a.dump:
            per.update(learned_events(Path(dump), Path(lex), Path(a.texts)))
        kinds = sorted({k for k, _, _ in per})
        print("learned-lemma events per class: tp / fp (lemmas)")
        for kind in kinds:
            tp = sum(n for (k, _, v), n in per.items() if k == kind and v == "tp")
            fp = sum(n for (k, _, v), n in per.items() if k == kind and v == "fp")
            lem = collections.Counter()
            for (k, lm, _), n in per.items():
                if k == kind:
                    lem[lm] += n
            words = ", ".join(f"{lm} {n}" for lm, n in sorted(lem.items()))
            print(f"  {kind:16s} {tp:3d} / {fp:3d}  {words}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
