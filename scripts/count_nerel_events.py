"""Counts what NEREL's events are in nerel-dev: trigger lemmas (natasha's parse and pymorphy lemmas,
as the extractor sees them), by frequency, with how many the trigger lexicon (kg/data/ru/triggers.tsv) covers and under which class.

The articles of tests/gold-nerel/frozen*/ARTICLES and of the judge folders are skipped
(scripts/held_out.py `unstudied`): they are measured by totals only.

    python scripts/count_nerel_events.py [--texts ../shared/data/nerel-dev] [--top 150] [--json F]
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
from held_out import unstudied  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "nerel-dev"))
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    from kg.nlp.ru.analysis import analyse
    from kg.nlp.ru.events import rules

    held = unstudied()
    lemmas: collections.Counter[str] = collections.Counter()
    named: collections.Counter[str] = collections.Counter()  # events with a named participant
    pos: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    articles = 0
    for gold_path in sorted(Path(a.texts).glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        if name in held:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold["events"]:
            continue
        articles += 1
        an = analyse((Path(a.texts) / f"{name}.txt").read_text(encoding="utf-8"))
        for ev in gold["events"]:
            b, e = ev["trigger"]["begin"], ev["trigger"]["end"]
            toks = [t for t in an.tokens if t.start < e and t.end > b]
            inside = {t.index for t in toks}
            # the syntactic head of a multi-word trigger: the token whose head lies outside it
            heads = [t for t in toks if t.head not in inside and t.pos not in ("ADP", "PUNCT")]
            if not heads:
                continue
            lemma = heads[0].lemma.replace("ё", "е")
            lemmas[lemma] += 1
            pos[lemma][heads[0].pos] += 1
            if any(arg.get("entity") for arg in ev["arguments"]
                   if arg["role"] in ("AGENT", "PARTICIPANT_IN", "ORGANIZES")):
                named[lemma] += 1
    lex = rules()
    total, total_named = sum(lemmas.values()), sum(named.values())
    covered = sum(n for lem, n in lemmas.items() if lem in lex)
    covered_named = sum(n for lem, n in named.items() if lem in lex)
    print(f"{articles} articles, {total} NEREL events ({total_named} with a named participant), "
          f"{len(lemmas)} trigger lemmas; the lexicon has a line for {covered} "
          f"({covered / total:.2f}), {covered_named} of the named ({covered_named / total_named:.2f})")
    print(f"{'lemma':24s} {'all':>5s} {'named':>5s}  class")
    for lem, n in lemmas.most_common(a.top):
        kinds = ",".join(sorted({r.kind for r in lex.get(lem, ())})) or "-"
        print(f"{lem:24s} {n:5d} {named[lem]:5d}  {kinds}")
    if a.json:
        Path(a.json).write_text(json.dumps({"articles": articles, "lemmas": lemmas,
                                            "named": named}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
